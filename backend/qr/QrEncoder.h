#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid {

// QR codes of §7 with libqrencode: one static call gives a PNG or SVG image that a stock
// decoder reads back to exactly the given content. Content is encoded as its UTF-8 bytes in
// 8-bit mode, so a URL round-trips byte for byte (no mode switching, no case folding).
class QrEncoder
{
public:
    enum class EcLevel
    {
        L,
        M,
        Q,
        H
    };

    static constexpr int kQuietZone = 4; // modules of white around the symbol (ISO 18004)

    enum class Error
    {
        None,
        Empty,        // nothing to encode
        TooLong,      // more than the largest symbol holds at this level
        SizeTooSmall, // fewer than one pixel per module at the requested size
        Failed,       // libqrencode or the image writer failed otherwise
    };

    struct Result
    {
        QByteArray image;
        Error error = Error::None;
        QString message;
        bool ok() const { return error == Error::None; }
    };

    // The symbol as modules: width × width, quiet zone not included.
    struct Matrix
    {
        int version = 0;
        int width = 0;
        QByteArray dark; // one byte per module, row-major; non-zero = dark
        bool isDark(int x, int y) const { return dark.at(y * width + x) != 0; }
        // The fewest pixels across that hold the symbol and its quiet zone.
        int minimumSize() const { return width + 2 * kQuietZone; }
    };

    // PNG, exactly size × size pixels: black modules on white, the largest integer module
    // scale that fits the symbol and its quiet zone, centred, the rest white.
    static Result png(const QString &content, int size, EcLevel level = EcLevel::M);
    // SVG, width and height `size`: one <path> of the dark modules on a white background,
    // viewBox in modules, crispEdges so renderers do not blur module edges.
    static Result svg(const QString &content, int size, EcLevel level = EcLevel::M);

    static std::optional<Matrix> encode(const QByteArray &content, EcLevel level, Result *error);

    static std::optional<EcLevel> parseLevel(const QString &name);
    static QString levelName(EcLevel level);
    static const QStringList &levelNames();

private:
    static std::optional<Matrix> prepare(const QString &content, int size, EcLevel level,
                                         Result *result);
};

} // namespace mid
