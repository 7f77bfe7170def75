#include "DocumentSamples.h"

#include "domain/Mrz.h"

#include <QBuffer>
#include <QImage>

namespace mid::test::DocumentSamples {

namespace {
QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0xe8, 0xee, 0xf4));
    for (int y = height / 4; y < height * 3 / 4; ++y) {
        for (int x = width / 8; x < width * 3 / 8; ++x)
            image.setPixelColor(x, y, QColor(0x55, 0x66, 0x88));
    }
    return image;
}

QString withCheckDigit(const QString &field)
{
    return field + QString::number(Mrz::checkDigit(field));
}
} // namespace

QByteArray png(int width, int height)
{
    return encode(picture(width, height), "PNG");
}

QByteArray jpeg()
{
    return encode(picture(64, 48), "JPEG");
}

QByteArray pdf(const QString &text)
{
    // Objects with byte offsets in the cross-reference table, as a reader expects.
    const QByteArray content = "BT /F1 18 Tf 72 720 Td (" + text.toLatin1() + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QString icaoMrz()
{
    return QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                          "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
}

QString mrzExpiring(const QDate &expiry)
{
    const QString number = withCheckDigit(QStringLiteral("L898902C3"));
    const QString birth = withCheckDigit(QStringLiteral("740812"));
    const QString expires = withCheckDigit(expiry.toString(QStringLiteral("yyMMdd")));
    const QString personal = withCheckDigit(QStringLiteral("ZE184226B<<<<<"));
    const QString composite = number + birth + expires + personal;
    const QString line2 = number + QStringLiteral("UTO") + birth + QStringLiteral("F") + expires +
                          personal + QString::number(Mrz::checkDigit(composite));
    return QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n") + line2;
}

QByteArray multipart(const QList<Part> &parts, QByteArray *contentType, const QByteArray &boundary)
{
    *contentType = "multipart/form-data; boundary=" + boundary;
    QByteArray body;
    for (const Part &p : parts) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name + '"';
        if (!p.filename.isEmpty())
            body += "; filename=\"" + p.filename + '"';
        body += "\r\n";
        if (!p.contentType.isEmpty())
            body += "Content-Type: " + p.contentType + "\r\n";
        body += "\r\n" + p.body + "\r\n";
    }
    return body + "--" + boundary + "--\r\n";
}

} // namespace mid::test::DocumentSamples
