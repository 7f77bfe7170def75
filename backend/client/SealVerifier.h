#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mid {

// What an offline check of a signing session's seal found.
struct SealVerification
{
    bool valid = false;
    QString kid;         // the server key the seal names
    QString problem;     // the first check that failed, in words; empty when valid
    QString note;        // a check that could not be made offline (valid stays true)
    QJsonObject payload; // the seal's claims: trust them only when valid
};

// Checks the seal of a signed document (API.md §10) with nothing but the server's published
// keys, as anyone holding the evidence bundle can:
//  1. the seal is a compact JWS whose header names a key of `jwks` (GET /dvs/jwks) by kid,
//     and its signature verifies under that key (RS256 or ES256);
//  2. its payload names the document: documentSha256 equals `documentSha256Hex`;
//  3. the signer's clientDataJSON (base64url in the payload) has a challenge whose first 32
//     bytes are that SHA-256, so the assertion commits to this document;
//  4. the FIDO assertion itself verifies: its signature over authenticatorData ‖
//     SHA-256(clientDataJSON) under the credential's public key (SPKI DER) — ES256 and
//     RS256; an EdDSA assertion is reported in `note` as not checked offline.
SealVerification verifySeal(const QByteArray &jws, const QJsonObject &jwks,
                            const QString &documentSha256Hex);

} // namespace mid
