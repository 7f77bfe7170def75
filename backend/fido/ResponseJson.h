#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mid::fido {

// RegistrationResponseJSON (WebAuthn L3 §5.1.8), as PublicKeyCredential.toJSON() writes it,
// with the binary members decoded (base64url, padding accepted). Only the members the
// relying party checks are kept; the convenience copies a browser adds (publicKey,
// authenticatorData, publicKeyAlgorithm) are ignored in favour of the attestationObject.
struct RegistrationResponse
{
    QByteArray credentialId;
    QByteArray clientDataJson;
    QByteArray attestationObject;
    QStringList transports;
    QString authenticatorAttachment;

    // Throws VerificationError: credential.type unless type is "public-key", credential.id
    // when id/rawId are missing, malformed or disagree, credential.response for a missing or
    // malformed response member.
    static RegistrationResponse parse(const QJsonObject &json);
};

// AuthenticationResponseJSON (§5.1.9), decoded the same way.
struct AuthenticationResponse
{
    QByteArray credentialId;
    QByteArray clientDataJson;
    QByteArray authenticatorData;
    QByteArray signature;
    QByteArray userHandle; // empty when the authenticator sent none
    QString authenticatorAttachment;

    static AuthenticationResponse parse(const QJsonObject &json);
};

// The credential id a response names (rawId, else id), for looking the stored credential up
// before verifying an assertion. Throws VerificationError(credential.id).
QByteArray credentialIdOf(const QJsonObject &json);

} // namespace mid::fido
