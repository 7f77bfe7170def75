#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace mid::Base64Url {

// RFC 4648 §5 alphabet without padding, as JOSE and WebAuthn write binary fields.
QByteArray encode(const QByteArray &data);
inline QString encodeToString(const QByteArray &data)
{
    return QString::fromLatin1(encode(data));
}

// Accepts the text with or without '=' padding. nullopt on anything else: characters outside
// the URL-safe alphabet (also '+' and '/'), whitespace, misplaced or excess padding, an
// impossible length, or non-zero unused bits (so each value has exactly one spelling).
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace mid::Base64Url
