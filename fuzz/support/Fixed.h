#pragma once

// The fixed values the corpora were made with (tools/make_corpora.cpp) and the targets check
// against: relying party, challenge, clock, secrets, ids. Header-only, so that the corpus
// generator shares them without the compiled-in keys.

#include "crypto/Base64Url.h"

#include <QByteArray>
#include <QString>

namespace mid::fuzz::Fixed {

inline constexpr qint64 kNowSeconds = 1767225600; // 2026-01-01T00:00:00Z
inline const QString kRpId = QStringLiteral("mid.example");
inline const QString kOrigin = QStringLiteral("https://mid.example");
inline const QByteArray kStripeSecret = QByteArrayLiteral("whsec_fuzzStripeSigningSecret0123");
inline const QString kAppStoreBundleId = QStringLiteral("com.example.mid");
inline const QString kPlayAudience = QStringLiteral("https://mid.example/v1/webhooks/playstore");
inline const QString kPlayKid = QStringLiteral("fuzz-rsa-1");
inline const QString kPlayToken = QStringLiteral("fuzz-play-push-token-0123");
inline const QString kWebhookSecret = QStringLiteral("whsec_ZnV6ei13ZWJob29rLXNlY3JldC0wMTIz");
inline const QString kOldWebhookSecret = QStringLiteral("whsec_b2xkLXdlYmhvb2stc2VjcmV0LTAxMjM=");

// The WebAuthn challenge (32 bytes) of every ceremony in the corpora.
inline QByteArray challenge()
{
    return QByteArrayLiteral("MID fuzz challenge, 32 bytes...!");
}

// clientDataJSON as browsers write it (type, challenge, origin, crossOrigin; not sorted).
inline QByteArray clientData(const char *type)
{
    return QByteArrayLiteral("{\"type\":\"") + type + "\",\"challenge\":\"" +
           Base64Url::encode(challenge()) + "\",\"origin\":\"" + kOrigin.toUtf8() +
           "\",\"crossOrigin\":false}";
}
inline QByteArray registrationClientData()
{
    return clientData("webauthn.create");
}
inline QByteArray assertionClientData()
{
    return clientData("webauthn.get");
}

inline QByteArray aaguid()
{
    return QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10");
}
inline QByteArray userHandle()
{
    return QByteArrayLiteral("fuzz-user-0001");
}
inline QByteArray credentialId()
{
    return QByteArray::fromHex("c0ffee00c0ffee01c0ffee02c0ffee03");
}

} // namespace mid::fuzz::Fixed
