// The "packed" attestation statement format (WebAuthn L3 §8.2): self attestation, signed by
// the credential key, or basic attestation with an x5c certificate chain.
#include "Attestation.h"
#include "AttestationChain.h"
#include "AttestationStatement.h"
#include "VerificationError.h"

namespace mid::fido::Attestation {

namespace {
int statementAlgorithm(const QCborMap &statement)
{
    const QCborValue alg = statement.value(QLatin1String("alg"));
    if (!alg.isInteger())
        throw VerificationError(Step::AttestationStatement,
                                QStringLiteral("\"alg\" missing or not an integer"));
    const qint64 value = alg.toInteger();
    if (value != int(value) || !CoseAlgorithm::isSupported(int(value)))
        throw VerificationError(
            Step::AttestationAlgorithm,
            QStringLiteral("attestation algorithm %1 is not supported").arg(value));
    return int(value);
}

void requireSignature(const PublicKey &key, const AttestationInput &input,
                      const QByteArray &signature)
{
    if (!key.verify(input.authData.raw + input.clientDataHash, signature))
        throw VerificationError(Step::AttestationSignature,
                                QStringLiteral("packed attestation signature does not verify"));
}

AttestationResult verifySelf(const AttestationInput &input, int alg, const QByteArray &signature)
{
    if (alg != input.credentialKey.algorithm())
        throw VerificationError(Step::AttestationAlgorithm,
                                QStringLiteral("self attestation alg %1 differs from the "
                                               "credential's %2")
                                    .arg(CoseAlgorithm::name(alg),
                                         CoseAlgorithm::name(input.credentialKey.algorithm())));
    requireSignature(input.credentialKey, input, signature);
    return {AttestationType::Self, {}};
}

AttestationResult verifyCertified(const AttestationInput &input, int alg,
                                  const QByteArray &signature)
{
    const AttestationChain chain =
        AttestationChain::fromX5c(input.object.statement.value(QLatin1String("x5c")));
    requireSignature(chain.leafKey(alg), input, signature);
    chain.checkPackedRequirements(input.authData.attestedCredential->aaguid);
    const bool trusted = chain.verifyTrust(input.trustAnchors);
    return {trusted ? AttestationType::Basic : AttestationType::BasicUntrusted, chain.der()};
}
} // namespace

AttestationResult verifyPacked(const AttestationInput &input)
{
    const QCborMap &statement = input.object.statement;
    if (statement.contains(QLatin1String("ecdaaKeyId")))
        throw VerificationError(Step::AttestationStatement,
                                QStringLiteral("ECDAA attestation is not supported"));
    AttestationStatement::allowOnly(
        statement, {QLatin1String("alg"), QLatin1String("sig"), QLatin1String("x5c")}, "packed");
    const int alg = statementAlgorithm(statement);
    const QByteArray signature = AttestationStatement::signature(statement);
    return statement.contains(QLatin1String("x5c")) ? verifyCertified(input, alg, signature)
                                                    : verifySelf(input, alg, signature);
}

} // namespace mid::fido::Attestation
