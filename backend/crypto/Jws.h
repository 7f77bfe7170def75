#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mid {

class SigningKey;

// JWS compact serialization (RFC 7515) for JWTs (RFC 7519): RS256 and ES256 only.
namespace Jws {

// One token taken apart. Nothing in it is trustworthy until verify() has returned it.
struct Parts
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // "<header b64url>.<payload b64url>", what the signature covers
    QByteArray signature;    // decoded
};

// header {"alg": key.alg(), "kid": kid, "typ": "JWT"}. Empty when the key cannot sign.
QByteArray sign(const SigningKey &key, const QString &kid, const QJsonObject &payload);

// Splits and decodes without checking the signature (to read the kid that picks the key).
// nullopt unless there are exactly three base64url parts and header and payload are JSON
// objects.
std::optional<Parts> decode(const QByteArray &compact);

// The parts when the signature is valid under `publicKey` and the header names exactly that
// key's algorithm. Rejected: alg "none" or any other alg (no algorithm confusion: an RSA key
// never checks an HS256 or ES256 token), a "crit" header (no extension is understood), and
// tokens that do not decode. Claims (exp, aud, …) are the caller's to check.
std::optional<Parts> verify(const QByteArray &compact, const SigningKey &publicKey);

} // namespace Jws

} // namespace mid
