#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace mid::fido {

// The machine codes of VerificationError::step(): one per check of WebAuthn Level 3 §7.1
// (registration) and §7.2 (authentication), stable so that audit rows, metrics and tests
// can rely on them.
namespace Step {
inline constexpr char CredentialType[] = "credential.type";
inline constexpr char CredentialId[] = "credential.id";
inline constexpr char CredentialResponse[] = "credential.response";
inline constexpr char CredentialUserHandle[] = "credential.userHandle";
inline constexpr char CredentialAlgorithm[] = "credential.algorithm";
inline constexpr char CredentialPublicKey[] = "credential.publicKey";
inline constexpr char ClientDataJson[] = "clientData.json";
inline constexpr char ClientDataType[] = "clientData.type";
inline constexpr char ClientDataChallenge[] = "clientData.challenge";
inline constexpr char ClientDataOrigin[] = "clientData.origin";
inline constexpr char ClientDataCrossOrigin[] = "clientData.crossOrigin";
inline constexpr char ClientDataTopOrigin[] = "clientData.topOrigin";
inline constexpr char AttestationObject[] = "attestationObject";
inline constexpr char AuthDataTruncated[] = "authData.truncated";
inline constexpr char AuthDataTrailingBytes[] = "authData.trailingBytes";
inline constexpr char AuthDataAttestedCredential[] = "authData.attestedCredentialData";
inline constexpr char AuthDataExtensions[] = "authData.extensions";
inline constexpr char AuthDataRpIdHash[] = "authData.rpIdHash";
inline constexpr char AuthDataUserPresent[] = "authData.userPresent";
inline constexpr char AuthDataUserVerified[] = "authData.userVerified";
inline constexpr char AuthDataBackupState[] = "authData.backupState";
inline constexpr char AuthDataSignCount[] = "authData.signCount";
inline constexpr char AttestationFormat[] = "attestation.format";
inline constexpr char AttestationStatement[] = "attestation.statement";
inline constexpr char AttestationAlgorithm[] = "attestation.algorithm";
inline constexpr char AttestationSignature[] = "attestation.signature";
inline constexpr char AttestationCertificate[] = "attestation.certificate";
inline constexpr char AttestationTrust[] = "attestation.trust";
inline constexpr char AssertionSignature[] = "assertion.signature";
} // namespace Step

// Why a WebAuthn ceremony was refused. step() names the failed check (one of Step above);
// message() is for people and starts with that step, e.g. "clientData.origin: origin
// https://evil.example is not allowed". Nothing secret is ever put into the message.
//
// A signature counter that did not grow (§7.2 step 22) is a clone warning: the assertion is
// refused like any other failure, but the caller should also flag the stored credential.
class VerificationError : public std::exception
{
public:
    VerificationError(const char *step, const QString &detail);

    static VerificationError cloneWarning(quint32 storedCount, quint32 receivedCount);

    QString step() const { return m_step; }
    QString message() const { return m_message; }
    bool isCloneWarning() const { return m_cloneWarning; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_step;
    QString m_message;
    QByteArray m_what;
    bool m_cloneWarning = false;
};

} // namespace mid::fido
