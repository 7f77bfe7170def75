// DocumentType::sniff: a document's type from its bytes alone (PNG, JPEG, PDF), refusing other
// formats, truncated or implausible files, and polyglots another reader would take for
// something else.
#include "domain/DocumentType.h"

#include <QtTest>

using namespace mid;
using DocumentType::Kind;

Q_DECLARE_METATYPE(mid::DocumentType::Kind)

namespace {

QByteArray be32(quint32 v)
{
    const char bytes[] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(bytes, 4);
}

quint32 crc32(QByteArrayView bytes) // PNG §5.5
{
    quint32 c = 0xffffffff;
    for (const char byte : bytes) {
        c ^= uchar(byte);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320 ^ (c >> 1) : c >> 1;
    }
    return ~c;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return be32(data.size()) + type + data + be32(crc32(type + data));
}

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

// A real 1×1 grey PNG (QImage reads it), with `extra` chunks between IHDR and IDAT.
QByteArray png(const QByteArrayList &extra = {})
{
    const QByteArray ihdr = be32(1) + be32(1) + QByteArray("\x08\0\0\0\0", 5); // 8-bit grey
    const QByteArray pixels = qCompress(QByteArray(2, '\0')).sliced(4); // filter 0, one pixel
    return kPngSignature + pngChunk("IHDR", ihdr) + extra.join() + pngChunk("IDAT", pixels) +
           pngChunk("IEND", {});
}

QByteArray text(const QByteArray &content)
{
    return pngChunk("tEXt", "Comment" + QByteArray(1, '\0') + content);
}

// A real 1×1 grey JPEG, as QImage writes it (quality 10): JFIF, DQT, SOF0, DHT, SOS, EOI.
const QByteArray kJpeg = QByteArray::fromHex(
    "ffd8ffe000104a46494600010101006000600000ffdb00430050373c463c32504641465a55505f78c882786e6e"
    "78f5afb991c8ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
    "ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a"
    "0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1"
    "082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455"
    "565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8"
    "a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6"
    "f7f8f9faffda0008010100003f002bffd9");

// The JPEG with a comment segment (COM) right after SOI.
QByteArray jpegWithComment(const QByteArray &comment)
{
    const quint32 length = comment.size() + 2;
    return kJpeg.first(2) + "\xff\xfe" + be32(length).sliced(2) + comment + kJpeg.sliced(2);
}

const QByteArray kPdf = "%PDF-1.4\n"
                        "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                        "trailer << /Root 1 0 R >>\n"
                        "%%EOF\n";

QByteArray pdfWith(const QByteArray &object)
{
    return kPdf.first(9) + object + kPdf.sliced(9);
}

const QString kPngBroken = QStringLiteral("the PNG is truncated or malformed: ");
const QString kJpegBroken = QStringLiteral("the JPEG is truncated or malformed: ");
const QString kPdfBroken = QStringLiteral("the PDF is truncated or malformed: ");
const QString kNone = QStringLiteral("the file is none of PNG, JPEG and PDF");

} // namespace

class TestDocumentType : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sniff_data();
    void sniff();
    void names_data();
    void names();
};

void TestDocumentType::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mimeType"); // empty: refused
    QTest::addColumn<QString>("why");

    // The name and the declared type are no inputs: a PNG sent as "id.pdf", application/pdf,
    // is a PNG.
    QTest::newRow("PNG") << png() << "image/png" << QString();
    QTest::newRow("PNG with text") << png({text("scanned")}) << "image/png" << QString();
    QTest::newRow("PNG with %PDF- past 1024 bytes")
        << png({text(QByteArray(1100, 'x') + "%PDF-1.4")}) << "image/png" << QString();
    QTest::newRow("JPEG") << kJpeg << "image/jpeg" << QString();
    QTest::newRow("JPEG with a comment") << jpegWithComment("scan") << "image/jpeg" << QString();
    QTest::newRow("PDF") << kPdf << "application/pdf" << QString();
    QTest::newRow("PDF 2.0, CRLF")
        << QByteArray(kPdf).replace("%PDF-1.4", "%PDF-2.0").replace("\n", "\r\n")
        << "application/pdf" << QString();
    QTest::newRow("PDF with an update")
        << kPdf + "3 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\r\n\n"
        << "application/pdf" << QString();

    QTest::newRow("empty") << QByteArray() << QString() << "the file is empty";
    QTest::newRow("text") << QByteArray("Passport number: L898902C3\n") << QString() << kNone;
    QTest::newRow("HTML") << QByteArray("<!doctype html><html><script>alert(1)</script>")
                          << QString() << kNone;
    QTest::newRow("SVG") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") << QString()
                         << kNone;
    QTest::newRow("ZIP") << QByteArray("PK\x03\x04\x14\0\0\0\0\0", 10) << QString() << kNone;
    QTest::newRow("GIF") << QByteArray("GIF89a\x01\0\x01\0\0\0\0;", 14) << QString() << kNone;
    QTest::newRow("PNG signature alone")
        << kPngSignature << QString() << kPngBroken + "it ends before its IEND chunk";

    QTest::newRow("PNG without IEND")
        << png().chopped(12) << QString() << kPngBroken + "it ends before its IEND chunk";
    QTest::newRow("PNG cut inside a chunk")
        << png().chopped(20) << QString() << kPngBroken + "a chunk runs past the end";
    QTest::newRow("PNG with bytes after IEND") << png() + '\n'
                                               << QString() << kPngBroken + "bytes follow IEND";
    QTest::newRow("PNG without IHDR first")
        << kPngSignature + text("x") + png().sliced(8) << QString()
        << kPngBroken + "IHDR is not the first chunk, or not the only one";
    QTest::newRow("PNG without IDAT") << png().first(33) + pngChunk("IEND", {}) << QString()
                                      << kPngBroken + "it has no IDAT chunk";
    QTest::newRow("JPEG without EOI")
        << kJpeg.chopped(2) << QString() << kJpegBroken + "it does not end with EOI (FF D9)";
    QTest::newRow("JPEG with a line end after EOI")
        << kJpeg + '\n'
        << QString() << kJpegBroken + "it does not end with EOI (FF D9)";
    QTest::newRow("JPEG of SOI and EOI")
        << QByteArray("\xff\xd8\xff\xd9") << QString() << kJpegBroken + "a marker is out of place";
    QTest::newRow("JPEG segment past the end")
        << QByteArray("\xff\xd8\xff\xe0\x7f\xff\xff\xd9") << QString()
        << kJpegBroken + "a segment runs past the end";
    QTest::newRow("JPEG scan before a frame")
        << QByteArray("\xff\xd8\xff\xda\0\x02\xff\xd9", 8) << QString()
        << kJpegBroken + "its scan comes before a frame header";
    QTest::newRow("PDF without %%EOF")
        << kPdf.chopped(6) << QString() << kPdfBroken + "it has no %%EOF in its last 1024 bytes";
    QTest::newRow("PDF with %%EOF far from the end")
        << kPdf + QByteArray(1024, ' ') << QString()
        << kPdfBroken + "it has no %%EOF in its last 1024 bytes";
    QTest::newRow("PDF with bytes after %%EOF")
        << kPdf + "PK" << QString()
        << kPdfBroken + "bytes other than whitespace follow its last %%EOF";
    QTest::newRow("PDF 1.9") << QByteArray(kPdf).replace("%PDF-1.4", "%PDF-1.9") << QString()
                             << kPdfBroken +
                                    "its header is not %PDF-1.0 to %PDF-1.7 or %PDF-2.0 and a "
                                    "line end";

    const QString polyglot = QStringLiteral("the %1 is also another format (a polyglot): ");
    QTest::newRow("PNG carrying a PDF header")
        << png({text("%PDF-1.4")}) << QString()
        << polyglot.arg("PNG") + "its first 1024 bytes carry a PDF header";
    QTest::newRow("JPEG carrying a PDF header")
        << jpegWithComment("%PDF-1.4") << QString()
        << polyglot.arg("JPEG") + "its first 1024 bytes carry a PDF header";
    QTest::newRow("PDF carrying a script")
        << pdfWith("3 0 obj (<script>alert(1)</script>) endobj\n") << QString()
        << polyglot.arg("PDF") + "its first 1024 bytes carry an HTML or SVG tag (<script)";
    QTest::newRow("PDF carrying HTML in capitals")
        << pdfWith("% <HTML>\n") << QString()
        << polyglot.arg("PDF") + "its first 1024 bytes carry an HTML or SVG tag (<html)";
    QTest::newRow("PNG carrying SVG")
        << png({text("<svg onload=alert(1)>")}) << QString()
        << polyglot.arg("PNG") + "its first 1024 bytes carry an HTML or SVG tag (<svg)";
    QTest::newRow("PNG carrying a ZIP")
        << png({pngChunk("zIPx", QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'))}) << QString()
        << polyglot.arg("PNG") + "it carries a ZIP end record";
}

void TestDocumentType::sniff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mimeType);
    QFETCH(QString, why);

    QString reason;
    const auto sniffed = DocumentType::sniff(bytes, &reason);
    QCOMPARE(sniffed ? sniffed->mimeType : QString(), mimeType);
    QCOMPARE(reason, why);
    if (sniffed)
        QCOMPARE(DocumentType::mimeTypeOf(sniffed->kind), mimeType);
}

void TestDocumentType::names_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("extension");

    QTest::newRow("PNG") << Kind::Png << "image/png"
                         << "png";
    QTest::newRow("JPEG") << Kind::Jpeg << "image/jpeg"
                          << "jpg";
    QTest::newRow("PDF") << Kind::Pdf << "application/pdf"
                         << "pdf";
}

void TestDocumentType::names()
{
    QFETCH(Kind, kind);
    QFETCH(QString, mimeType);
    QFETCH(QString, extension);

    QCOMPARE(DocumentType::mimeTypeOf(kind), mimeType);
    QCOMPARE(DocumentType::extensionOf(kind), extension);
}

QTEST_MAIN(TestDocumentType)
#include "tst_documenttype.moc"
