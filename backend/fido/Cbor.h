#pragma once

// Internal to backend/fido: strict CBOR decoding on top of QCborValue, which by itself
// ignores bytes after the first item and keeps duplicate map keys.

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>

namespace mid::fido::Cbor {

// Decodes the one item starting at data[offset] and returns the offset just after it.
// Throws VerificationError(step) when the item is malformed, or (truncatedStep ? truncatedStep
// : step) when the data ends inside it.
QCborValue decodeItem(const QByteArray &data, qsizetype offset, qsizetype *end, const char *step,
                      const char *truncatedStep = nullptr);
// Decodes data as exactly one item; trailing bytes are an error too.
QCborValue decodeWhole(const QByteArray &data, const char *step);
// Throws when a key appears twice: Qt keeps both, and a lookup would silently see the first.
void requireUniqueKeys(const QCborMap &map, const char *step);

} // namespace mid::fido::Cbor
