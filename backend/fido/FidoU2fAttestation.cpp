// The "fido-u2f" attestation statement format (WebAuthn L3 §8.6): a CTAP1/U2F authenticator
// signs a fixed message with the key of its single attestation certificate.
#include "Attestation.h"
#include "AttestationChain.h"
#include "AttestationStatement.h"
#include "VerificationError.h"

#include <QCborArray>

namespace mid::fido::Attestation {

namespace {
// 0x00 ‖ rpIdHash ‖ clientDataHash ‖ credentialId ‖ 0x04 ‖ x ‖ y (U2F raw message format).
QByteArray verificationData(const AttestationInput &input)
{
    return QByteArray(1, '\x00') + input.authData.rpIdHash + input.clientDataHash +
           input.authData.attestedCredential->credentialId + QByteArray(1, '\x04') +
           input.credentialKey.ecPoint();
}
} // namespace

AttestationResult verifyFidoU2f(const AttestationInput &input)
{
    const QCborMap &statement = input.object.statement;
    AttestationStatement::allowOnly(statement, {QLatin1String("sig"), QLatin1String("x5c")},
                                    "fido-u2f");
    const QByteArray signature = AttestationStatement::signature(statement);
    const QCborValue x5c = statement.value(QLatin1String("x5c"));
    if (!x5c.isArray() || x5c.toArray().size() != 1)
        throw VerificationError(Step::AttestationStatement,
                                QStringLiteral("fido-u2f x5c must hold exactly one certificate"));
    if (input.credentialKey.algorithm() != CoseAlgorithm::ES256)
        throw VerificationError(Step::AttestationAlgorithm,
                                QStringLiteral("fido-u2f needs an ES256 (P-256) credential key"));

    const AttestationChain chain = AttestationChain::fromX5c(x5c);
    if (!chain.leafKey(CoseAlgorithm::ES256).verify(verificationData(input), signature))
        throw VerificationError(Step::AttestationSignature,
                                QStringLiteral("fido-u2f attestation signature does not verify"));
    const bool trusted = chain.verifyTrust(input.trustAnchors);
    return {trusted ? AttestationType::Basic : AttestationType::BasicUntrusted, chain.der()};
}

} // namespace mid::fido::Attestation
