#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace mid::DocumentType {

enum class Kind
{
    Png,
    Jpeg,
    Pdf,
};

struct Sniffed
{
    Kind kind;
    QString mimeType; // image/png, image/jpeg, application/pdf
};

// The type a document's bytes are; the file name and the declared Content-Type are never
// inputs. nullopt, with the reason in *why, when the bytes are empty, none of PNG, JPEG and PDF,
// truncated or implausible for their type, or a polyglot that another reader (a PDF viewer, a
// browser sniffing HTML or SVG, an unzipper) would take for something else:
// - PNG: signature, IHDR first, the chunk chain whole with an IDAT, IEND the last bytes;
// - JPEG: SOI, marker segments that fit up to a frame and a scan, EOI the last two bytes (no
//   trailer, no padding: what follows EOI is where polyglots hide);
// - PDF: "%PDF-1.0" to "%PDF-1.7" or "%PDF-2.0" at offset 0, its last "%%EOF" within the last
//   1024 bytes and followed by whitespace only;
// - any kind: no "%PDF-" (PDF readers take it anywhere in the first 1024 bytes) outside a PDF,
//   no HTML or SVG tag in the first 1024 bytes, no ZIP end record in the last 64 KiB.
// Depends on QtCore only.
std::optional<Sniffed> sniff(QByteArrayView bytes, QString *why);

QString mimeTypeOf(Kind kind);
QString extensionOf(Kind kind); // png, jpg, pdf

} // namespace mid::DocumentType
