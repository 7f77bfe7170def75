#include "Verifier.h"

#include "AttestationObject.h"
#include "ClientData.h"
#include "CoseKey.h"
#include "PublicKey.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <QUuid>

namespace mid::fido {

namespace {
constexpr int kChallengeBytes = 32;
constexpr char kDerSequenceTag = 0x30; // first byte of SubjectPublicKeyInfo

bool originAllowed(const QString &origin, const QStringList &allowed)
{
    for (QString entry : allowed) {
        // Configuration may spell an origin with a trailing slash; browsers never send one.
        if (entry.endsWith(QLatin1Char('/')))
            entry.chop(1);
        if (!origin.isEmpty() && origin == entry)
            return true;
    }
    return false;
}

// Shown origins come from the client: keep messages short.
QString shown(const QString &text)
{
    constexpr qsizetype kMaxShown = 100;
    return text.left(kMaxShown);
}

void checkClientData(const ClientData &client, const char *expectedType, const RelyingParty &rp,
                     const QByteArray &expectedChallenge)
{
    if (client.type != QLatin1String(expectedType))
        throw VerificationError(Step::ClientDataType,
                                QStringLiteral("type is \"%1\", expected \"%2\"")
                                    .arg(shown(client.type), QLatin1String(expectedType)));
    if (expectedChallenge.isEmpty() ||
        !Hash::equalConstantTime(client.challenge, expectedChallenge))
        throw VerificationError(Step::ClientDataChallenge,
                                QStringLiteral("challenge does not match the one issued"));
    if (!originAllowed(client.origin, rp.allowedOrigins))
        throw VerificationError(
            Step::ClientDataOrigin,
            QStringLiteral("origin %1 is not allowed").arg(shown(client.origin)));
    if (client.crossOrigin && !rp.allowCrossOrigin)
        throw VerificationError(Step::ClientDataCrossOrigin,
                                QStringLiteral("cross-origin ceremonies are not allowed"));
    // A top origin only makes sense for a cross-origin ceremony, and only an allowed one.
    if (!client.topOrigin.isEmpty() &&
        (!client.crossOrigin || !originAllowed(client.topOrigin, rp.allowedTopOrigins)))
        throw VerificationError(
            Step::ClientDataTopOrigin,
            QStringLiteral("top origin %1 is not allowed").arg(shown(client.topOrigin)));
}

void checkAuthenticatorData(const AuthenticatorData &data, const RelyingParty &rp)
{
    if (!Hash::equalConstantTime(data.rpIdHash, Hash::sha256(rp.rpId.toUtf8())))
        throw VerificationError(
            Step::AuthDataRpIdHash,
            QStringLiteral("rpIdHash is not SHA-256 of the RP id %1").arg(rp.rpId));
    if (!data.flags.userPresent())
        throw VerificationError(Step::AuthDataUserPresent,
                                QStringLiteral("user presence flag (UP) is not set"));
    if (rp.requireUserVerification && !data.flags.userVerified())
        throw VerificationError(Step::AuthDataUserVerified,
                                QStringLiteral("user verification is required but UV is not set"));
    if (data.flags.backupState() && !data.flags.backupEligible())
        throw VerificationError(Step::AuthDataBackupState,
                                QStringLiteral("backup state (BS) set without backup "
                                               "eligibility (BE)"));
}

const AttestedCredential &attestedCredentialOf(const AuthenticatorData &data,
                                               const QByteArray &responseId)
{
    if (!data.attestedCredential)
        throw VerificationError(Step::AuthDataAttestedCredential,
                                QStringLiteral("registration without attested credential data "
                                               "(AT flag)"));
    if (!Hash::equalConstantTime(data.attestedCredential->credentialId, responseId))
        throw VerificationError(Step::CredentialId,
                                QStringLiteral("rawId differs from the credential id in "
                                               "authenticator data"));
    return *data.attestedCredential;
}

PublicKey storedKey(const StoredCredential &credential)
{
    const QByteArray &bytes = credential.publicKey;
    PublicKey key = !bytes.isEmpty() && bytes.at(0) == kDerSequenceTag
                        ? PublicKey::fromSpki(bytes, credential.algorithm)
                        : CoseKey::decode(bytes);
    if (key.algorithm() != credential.algorithm)
        throw VerificationError(Step::CredentialPublicKey,
                                QStringLiteral("stored key does not match the stored algorithm"));
    return key;
}

void checkUserHandle(const StoredCredential &credential, const QByteArray &received)
{
    if (!credential.userHandle.isEmpty() && !received.isEmpty() &&
        !Hash::equalConstantTime(credential.userHandle, received))
        throw VerificationError(Step::CredentialUserHandle,
                                QStringLiteral("userHandle is not the credential's user"));
}

// §7.2 step 22: a counter that does not grow means two copies of one key may exist. Both
// zero is the normal case for authenticators that keep no counter.
void checkSignCount(quint32 stored, quint32 received)
{
    if ((stored != 0 || received != 0) && received <= stored)
        throw VerificationError::cloneWarning(stored, received);
}
} // namespace

QString RegistrationResult::aaguidString() const
{
    return QUuid::fromRfc4122(aaguid).toString(QUuid::WithoutBraces);
}

RegistrationResult verifyRegistration(const RelyingParty &rp, const QByteArray &expectedChallenge,
                                      const QJsonObject &registrationResponseJson)
{
    const RegistrationResponse response = RegistrationResponse::parse(registrationResponseJson);
    const ClientData client = ClientData::parse(response.clientDataJson);
    checkClientData(client, "webauthn.create", rp, expectedChallenge);

    const AttestationObject object = AttestationObject::parse(response.attestationObject);
    const AuthenticatorData authData = AuthenticatorData::parse(object.authData);
    checkAuthenticatorData(authData, rp);
    const AttestedCredential &credential = attestedCredentialOf(authData, response.credentialId);
    if (!rp.allowedAlgorithms.contains(credential.algorithm))
        throw VerificationError(Step::CredentialAlgorithm,
                                QStringLiteral("algorithm %1 is not allowed")
                                    .arg(CoseAlgorithm::name(credential.algorithm)));
    const PublicKey key = CoseKey::decode(credential.publicKey);

    const AttestationResult attestation =
        Attestation::verify({object, authData, key, client.hash, rp.attestationTrustAnchors});
    if (rp.requireTrustedAttestation && attestation.type != AttestationType::Basic)
        throw VerificationError(Step::AttestationTrust,
                                QStringLiteral("a trusted attestation is required, got %1")
                                    .arg(attestationTypeName(attestation.type)));

    RegistrationResult result;
    result.credentialId = credential.credentialId;
    result.publicKeyCose = credential.publicKeyCose;
    result.publicKeySpki = key.spkiDer();
    result.algorithm = credential.algorithm;
    result.aaguid = credential.aaguid;
    result.signCount = authData.signCount;
    result.flags = authData.flags;
    result.transports = response.transports;
    result.authenticatorAttachment = response.authenticatorAttachment;
    result.attestationFormat = object.format;
    result.attestationType = attestation.type;
    result.attestationTrustPath = attestation.trustPath;
    return result;
}

AssertionResult verifyAssertion(const RelyingParty &rp, const QByteArray &expectedChallenge,
                                const StoredCredential &credential,
                                const QJsonObject &authenticationResponseJson)
{
    const AuthenticationResponse response =
        AuthenticationResponse::parse(authenticationResponseJson);
    if (!Hash::equalConstantTime(response.credentialId, credential.credentialId))
        throw VerificationError(Step::CredentialId,
                                QStringLiteral("response is for another credential"));
    checkUserHandle(credential, response.userHandle);

    const ClientData client = ClientData::parse(response.clientDataJson);
    checkClientData(client, "webauthn.get", rp, expectedChallenge);
    const AuthenticatorData authData = AuthenticatorData::parse(response.authenticatorData);
    checkAuthenticatorData(authData, rp);

    if (!storedKey(credential).verify(authData.raw + client.hash, response.signature))
        throw VerificationError(
            Step::AssertionSignature,
            QStringLiteral("signature does not verify with the credential key"));
    checkSignCount(credential.signCount, authData.signCount);

    AssertionResult result;
    result.credentialId = credential.credentialId;
    result.signCount = authData.signCount;
    result.userHandle = response.userHandle;
    result.flags = authData.flags;
    result.authenticatorAttachment = response.authenticatorAttachment;
    return result;
}

QByteArray makeChallenge()
{
    return Random::bytes(kChallengeBytes);
}

} // namespace mid::fido
