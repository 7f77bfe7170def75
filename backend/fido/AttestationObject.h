#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>

namespace mid::fido {

// The CBOR attestationObject of a registration (WebAuthn L3 §6.5.4): exactly one map with
// text keys "fmt" (text), "attStmt" (map) and "authData" (bytes), nothing after it.
struct AttestationObject
{
    QString format;
    QCborMap statement;
    QByteArray authData;

    // Throws VerificationError(attestationObject) on any other shape.
    static AttestationObject parse(const QByteArray &cbor);
};

} // namespace mid::fido
