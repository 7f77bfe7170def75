#pragma once

#include "AttestationObject.h"
#include "AuthenticatorData.h"
#include "PublicKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mid::fido {

// What an attestation proves about where the credential key lives (WebAuthn L3 §6.5.3).
enum class AttestationType
{
    None,           // "none": no statement at all
    Self,           // signed by the credential key itself
    Basic,          // x5c chain that leads to a configured trust anchor
    BasicUntrusted, // x5c chain, but no trust anchors are configured to judge it
};
// "none", "self", "basic", "basic-untrusted": the stored and reported spelling.
QString attestationTypeName(AttestationType type);

struct AttestationResult
{
    AttestationType type = AttestationType::None;
    QList<QByteArray> trustPath; // x5c as received (DER, leaf first); empty without one
};

// Everything an attestation statement format needs to judge its statement.
struct AttestationInput
{
    const AttestationObject &object;
    const AuthenticatorData &authData; // with attested credential data
    const PublicKey &credentialKey;
    const QByteArray &clientDataHash;
    const QList<QByteArray> &trustAnchors; // DER certificates; may be empty
};

// Attestation statement formats (WebAuthn L3 §8). Each throws VerificationError:
// attestation.statement (wrong members), attestation.algorithm, attestation.signature,
// attestation.certificate, attestation.trust.
namespace Attestation {

// "none", "packed", "fido-u2f".
QStringList supportedFormats();
// Dispatches on the format; any other format is attestation.format, naming it.
AttestationResult verify(const AttestationInput &input);

AttestationResult verifyNone(const AttestationInput &input);
AttestationResult verifyPacked(const AttestationInput &input);
AttestationResult verifyFidoU2f(const AttestationInput &input);

} // namespace Attestation

} // namespace mid::fido
