#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid::test {

// Runs a command-line tool the suite checks against (zbarimg, rsvg-convert, openssl): its
// stdout, or nullopt with *error saying what is missing or what it printed. A missing tool
// is a failure, not a skip: scripts/install-deps.sh installs every one of them.
std::optional<QByteArray> runTool(const QString &program, const QStringList &args, QString *error,
                                  const QByteArray &input = {});

// What a stock decoder (zbarimg) reads from a PNG or SVG QR image (SVG rasterised by
// rsvg-convert first, since zbarimg reads only raster images), without its newline.
QString decodeQr(const QByteArray &image, bool svg, QString *error);

} // namespace mid::test
