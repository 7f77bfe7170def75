#pragma once

#include <QByteArray>
#include <QString>

namespace mid::fido {

// CollectedClientData (WebAuthn L3 §5.8.1): what the browser says it was asked to sign.
// parse() only checks the shape; the values are judged by the Verifier against the relying
// party and the expected challenge.
struct ClientData
{
    QString type;         // "webauthn.create" or "webauthn.get"
    QByteArray challenge; // decoded from base64url
    QString origin;
    bool crossOrigin = false;
    QString topOrigin; // empty when absent
    QByteArray hash;   // SHA-256 of the exact bytes received, which the authenticator signed

    // Throws VerificationError: clientData.json when the bytes are not a JSON object with
    // string type/origin/challenge (and boolean crossOrigin, string topOrigin if present),
    // clientData.challenge when the challenge is not base64url.
    static ClientData parse(const QByteArray &json);
};

} // namespace mid::fido
