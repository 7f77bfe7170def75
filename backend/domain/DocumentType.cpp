#include "DocumentType.h"

#include <QByteArray>

namespace mid::DocumentType {

namespace {

constexpr QByteArrayView kPngSignature("\x89PNG\r\n\x1a\n", 8);
constexpr QByteArrayView kJpegStart("\xff\xd8\xff", 3);
constexpr QByteArrayView kJpegEnd("\xff\xd9", 2);
constexpr QByteArrayView kPdfHeader("%PDF-", 5);
constexpr qsizetype kSniffWindow = 1024; // where PDF readers find a header, browsers a tag
// A ZIP reader looks for the end record this far from the end (22 bytes and a comment).
constexpr qsizetype kZipEndWindow = 22 + 0xffff;
constexpr quint32 kMaxPngLength = 0x7fffffff; // PNG §5.3: chunk lengths and image sizes

quint32 be32(QByteArrayView b, qsizetype at)
{
    return quint32(uchar(b.at(at))) << 24 | quint32(uchar(b.at(at + 1))) << 16 |
           quint32(uchar(b.at(at + 2))) << 8 | quint32(uchar(b.at(at + 3)));
}

quint32 be16(QByteArrayView b, qsizetype at)
{
    return quint32(uchar(b.at(at))) << 8 | quint32(uchar(b.at(at + 1)));
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isPngChunkType(QByteArrayView type)
{
    return isLetter(type.at(0)) && isLetter(type.at(1)) && isLetter(type.at(2)) &&
           isLetter(type.at(3));
}

bool isValidIhdr(QByteArrayView b, qsizetype at, quint32 length)
{
    const quint32 width = be32(b, at + 8);
    const quint32 height = be32(b, at + 12);
    return length == 13 && width > 0 && height > 0 && width <= kMaxPngLength &&
           height <= kMaxPngLength;
}

// Walks the chunk chain from IHDR to IEND (PNG §5.3, §5.6); CRCs are not checked, since a bad
// one makes the image unreadable, not another format.
QString pngProblem(QByteArrayView b)
{
    bool sawData = false;
    for (qsizetype at = kPngSignature.size(); at + 12 <= b.size();) {
        const quint32 length = be32(b, at);
        const QByteArrayView type = b.sliced(at + 4, 4);
        if (length > kMaxPngLength || qsizetype(length) > b.size() - at - 12)
            return QStringLiteral("a chunk runs past the end");
        if (!isPngChunkType(type))
            return QStringLiteral("a chunk type is not four letters");
        const bool first = at == kPngSignature.size();
        if (first != (type == "IHDR")) // IHDR first, and only there
            return QStringLiteral("IHDR is not the first chunk, or not the only one");
        if (first && !isValidIhdr(b, at, length))
            return QStringLiteral("IHDR is malformed");
        sawData = sawData || type == "IDAT";
        at += 12 + qsizetype(length);
        if (type != "IEND")
            continue;
        if (length != 0)
            return QStringLiteral("IEND is malformed");
        if (at != b.size())
            return QStringLiteral("bytes follow IEND");
        return sawData ? QString() : QStringLiteral("it has no IDAT chunk");
    }
    return QStringLiteral("it ends before its IEND chunk");
}

bool isStandaloneJpegMarker(uchar marker)
{
    return marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7); // TEM, RSTn
}

bool isJpegFrameMarker(uchar marker) // SOF0 to SOF15; C4, C8 and CC are other segments
{
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

// Walks the marker segments (ITU T.81 §B.1) from SOI to the first scan, which must follow a
// frame header; the entropy-coded data after it is not decoded, but EOI must end the file.
QString jpegProblem(QByteArrayView b)
{
    if (!b.endsWith(kJpegEnd))
        return QStringLiteral("it does not end with EOI (FF D9)");
    bool sawFrame = false;
    qsizetype at = 2;
    while (at < b.size()) {
        if (uchar(b.at(at)) != 0xff)
            return QStringLiteral("a segment does not start with a marker");
        while (at < b.size() && uchar(b.at(at)) == 0xff) // fill bytes before a marker
            ++at;
        if (at == b.size())
            break;
        const uchar marker = uchar(b.at(at++));
        if (marker == 0x00 || marker == 0xd8 || marker == 0xd9)
            return QStringLiteral("a marker is out of place");
        if (isStandaloneJpegMarker(marker))
            continue;
        if (at + 2 > b.size())
            break;
        const qsizetype length = be16(b, at);
        if (length < 2 || length > b.size() - at)
            return QStringLiteral("a segment runs past the end");
        if (marker == 0xda && !sawFrame)
            return QStringLiteral("its scan comes before a frame header");
        if (marker == 0xda)
            return at + length + kJpegEnd.size() <= b.size()
                       ? QString()
                       : QStringLiteral("its scan header runs into EOI");
        sawFrame = sawFrame || isJpegFrameMarker(marker);
        at += length;
    }
    return QStringLiteral("its segments end before a scan");
}

bool isPdfVersion(QByteArrayView v)
{
    return v == "2.0" ||
           (v.size() == 3 && v.at(0) == '1' && v.at(1) == '.' && v.at(2) >= '0' && v.at(2) <= '7');
}

bool isPdfWhitespace(char c) // PDF 32000 §7.2.2, without NUL
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

QString pdfProblem(QByteArrayView b)
{
    const qsizetype versionAt = kPdfHeader.size();
    if (b.size() < versionAt + 4 || !isPdfVersion(b.sliced(versionAt, 3)) ||
        !isPdfWhitespace(b.at(versionAt + 3)))
        return QStringLiteral("its header is not %PDF-1.0 to %PDF-1.7 or %PDF-2.0 and a line end");
    const QByteArrayView tail = b.last(qMin(b.size(), kSniffWindow));
    const qsizetype eof = tail.lastIndexOf("%%EOF");
    if (eof < 0)
        return QStringLiteral("it has no %%EOF in its last %1 bytes").arg(kSniffWindow);
    for (const char c : tail.sliced(eof + 5)) {
        if (!isPdfWhitespace(c))
            return QStringLiteral("bytes other than whitespace follow its last %%EOF");
    }
    return {};
}

// What another reader would find in the bytes (a PDF viewer, a browser, an unzipper).
QString polyglotProblem(Kind kind, QByteArrayView b)
{
    const QByteArray head = b.first(qMin(b.size(), kSniffWindow)).toByteArray().toLower();
    if (kind != Kind::Pdf && head.contains("%pdf-"))
        return QStringLiteral("its first %1 bytes carry a PDF header").arg(kSniffWindow);
    for (const char *tag : {"<html", "<head", "<body", "<script", "<iframe", "<svg", "<!doctype"}) {
        if (head.contains(tag)) {
            return QStringLiteral("its first %1 bytes carry an HTML or SVG tag (%2)")
                .arg(kSniffWindow)
                .arg(QLatin1StringView(tag));
        }
    }
    if (b.last(qMin(b.size(), kZipEndWindow)).contains("PK\x05\x06"))
        return QStringLiteral("it carries a ZIP end record");
    return {};
}

std::optional<Kind> kindBySignature(QByteArrayView b)
{
    if (b.startsWith(kPngSignature))
        return Kind::Png;
    if (b.startsWith(kJpegStart))
        return Kind::Jpeg;
    if (b.startsWith(kPdfHeader))
        return Kind::Pdf;
    return std::nullopt;
}

QString nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Png:
        return QStringLiteral("PNG");
    case Kind::Jpeg:
        return QStringLiteral("JPEG");
    case Kind::Pdf:
        break;
    }
    return QStringLiteral("PDF");
}

QString structureProblem(Kind kind, QByteArrayView b)
{
    switch (kind) {
    case Kind::Png:
        return pngProblem(b);
    case Kind::Jpeg:
        return jpegProblem(b);
    case Kind::Pdf:
        break;
    }
    return pdfProblem(b);
}

std::nullopt_t refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

} // namespace

std::optional<Sniffed> sniff(QByteArrayView bytes, QString *why)
{
    if (bytes.isEmpty())
        return refuse(why, QStringLiteral("the file is empty"));
    const std::optional<Kind> kind = kindBySignature(bytes);
    if (!kind)
        return refuse(why, QStringLiteral("the file is none of PNG, JPEG and PDF"));
    const QString broken = structureProblem(*kind, bytes);
    if (!broken.isEmpty())
        return refuse(
            why, QStringLiteral("the %1 is truncated or malformed: %2").arg(nameOf(*kind), broken));
    const QString polyglot = polyglotProblem(*kind, bytes);
    if (!polyglot.isEmpty())
        return refuse(why, QStringLiteral("the %1 is also another format (a polyglot): %2")
                               .arg(nameOf(*kind), polyglot));
    return Sniffed{*kind, mimeTypeOf(*kind)};
}

QString mimeTypeOf(Kind kind)
{
    switch (kind) {
    case Kind::Png:
        return QStringLiteral("image/png");
    case Kind::Jpeg:
        return QStringLiteral("image/jpeg");
    case Kind::Pdf:
        break;
    }
    return QStringLiteral("application/pdf");
}

QString extensionOf(Kind kind)
{
    switch (kind) {
    case Kind::Png:
        return QStringLiteral("png");
    case Kind::Jpeg:
        return QStringLiteral("jpg");
    case Kind::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

} // namespace mid::DocumentType
