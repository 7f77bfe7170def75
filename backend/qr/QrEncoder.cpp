#include "QrEncoder.h"

#include <QBuffer>
#include <QImage>

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace mid {

namespace {
struct QrCodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeFree>;

QRecLevel toQrLevel(QrEncoder::EcLevel level)
{
    switch (level) {
    case QrEncoder::EcLevel::L:
        return QR_ECLEVEL_L;
    case QrEncoder::EcLevel::M:
        return QR_ECLEVEL_M;
    case QrEncoder::EcLevel::Q:
        return QR_ECLEVEL_Q;
    case QrEncoder::EcLevel::H:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

void fail(QrEncoder::Result *result, QrEncoder::Error error, const QString &message)
{
    result->error = error;
    result->message = message;
}

// Sets pixels [from, from + count) of a Format_Mono scan line (most significant bit first).
void setDarkRun(uchar *line, int from, int count)
{
    for (int x = from; x < from + count; ++x)
        line[x >> 3] |= uchar(0x80 >> (x & 7));
}

QByteArray renderPng(const QrEncoder::Matrix &m, int size)
{
    const int modules = m.minimumSize();
    const int scale = size / modules;
    // Centre the symbol; the pixels left over by the integer scale become extra white margin.
    const int origin = (size - modules * scale) / 2 + QrEncoder::kQuietZone * scale;

    QImage image(size, size, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < m.width; ++y) {
        uchar *first = image.scanLine(origin + y * scale);
        for (int x = 0; x < m.width; ++x) {
            if (m.isDark(x, y))
                setDarkRun(first, origin + x * scale, scale);
        }
        for (int row = 1; row < scale; ++row)
            std::memcpy(image.scanLine(origin + y * scale + row), first, image.bytesPerLine());
    }

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return png;
}

QByteArray renderSvg(const QrEncoder::Matrix &m, int size)
{
    const int modules = m.minimumSize();
    // One subpath per horizontal run of dark modules keeps the path short and exact.
    QByteArray path;
    for (int y = 0; y < m.width; ++y) {
        for (int x = 0; x < m.width;) {
            if (!m.isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m.width && m.isDark(x + run, y))
                ++run;
            path += 'M' + QByteArray::number(x + QrEncoder::kQuietZone) + ' ' +
                    QByteArray::number(y + QrEncoder::kQuietZone) + 'h' + QByteArray::number(run) +
                    "v1h-" + QByteArray::number(run) + 'z';
            x += run;
        }
    }
    const QByteArray n = QByteArray::number(modules);
    const QByteArray px = QByteArray::number(size);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
           px + "\" height=\"" + px + "\" viewBox=\"0 0 " + n + ' ' + n +
           "\" shape-rendering=\"crispEdges\">" + "<rect width=\"" + n + "\" height=\"" + n +
           "\" fill=\"#fff\"/>" + "<path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}
} // namespace

std::optional<QrEncoder::Matrix> QrEncoder::encode(const QByteArray &content, EcLevel level,
                                                   Result *result)
{
    if (content.isEmpty()) {
        fail(result, Error::Empty, QStringLiteral("QR content is empty"));
        return std::nullopt;
    }
    errno = 0;
    // Version 0: the smallest symbol that holds the data. encodeData takes the bytes as they
    // are (8-bit mode, NUL allowed), where encodeString would pick modes and may fold case.
    const QrCodePtr code(QRcode_encodeData(
        int(content.size()), reinterpret_cast<const unsigned char *>(content.constData()), 0,
        toQrLevel(level)));
    if (!code) {
        if (errno == ERANGE)
            fail(result, Error::TooLong,
                 QStringLiteral("Content of %1 bytes is too long for a QR code at level %2")
                     .arg(content.size())
                     .arg(levelName(level)));
        else
            fail(result, Error::Failed,
                 QStringLiteral("QR encoding failed: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return std::nullopt;
    }
    Matrix m;
    m.version = code->version;
    m.width = code->width;
    m.dark.resize(qsizetype(m.width) * m.width);
    // Bit 0 of each libqrencode byte is the module colour; the others are encoder metadata.
    for (qsizetype i = 0; i < m.dark.size(); ++i)
        m.dark[i] = char(code->data[i] & 1);
    return m;
}

std::optional<QrEncoder::Matrix> QrEncoder::prepare(const QString &content, int size, EcLevel level,
                                                    Result *result)
{
    auto matrix = encode(content.toUtf8(), level, result);
    if (!matrix)
        return std::nullopt;
    const int needed = matrix->minimumSize();
    if (size < needed) {
        fail(result, Error::SizeTooSmall,
             QStringLiteral("size must be at least %1 pixels for this content at level %2")
                 .arg(needed)
                 .arg(levelName(level)));
        return std::nullopt;
    }
    return matrix;
}

QrEncoder::Result QrEncoder::png(const QString &content, int size, EcLevel level)
{
    Result result;
    if (const auto matrix = prepare(content, size, level, &result)) {
        result.image = renderPng(*matrix, size);
        if (result.image.isEmpty())
            fail(&result, Error::Failed, QStringLiteral("PNG encoding failed"));
    }
    return result;
}

QrEncoder::Result QrEncoder::svg(const QString &content, int size, EcLevel level)
{
    Result result;
    if (const auto matrix = prepare(content, size, level, &result))
        result.image = renderSvg(*matrix, size);
    return result;
}

std::optional<QrEncoder::EcLevel> QrEncoder::parseLevel(const QString &name)
{
    const qsizetype index = levelNames().indexOf(name.toUpper());
    if (index < 0)
        return std::nullopt;
    return static_cast<EcLevel>(index);
}

QString QrEncoder::levelName(EcLevel level)
{
    return levelNames().at(static_cast<int>(level));
}

const QStringList &QrEncoder::levelNames()
{
    static const QStringList names{QStringLiteral("L"), QStringLiteral("M"), QStringLiteral("Q"),
                                   QStringLiteral("H")};
    return names;
}

} // namespace mid
