#pragma once

// WebAuthn relying-party verification (WebAuthn Level 3 §7.1 registration, §7.2
// authentication) for ES256, RS256 and EdDSA credentials and the "none", "packed" and
// "fido-u2f" attestation formats.
//
// Each function either returns what the relying party should store or throws
// VerificationError, whose step() names the failed check. What stays with the caller (the
// service layer), because it needs storage:
//  - Challenges: make them with makeChallenge(), keep them server-side with their expiry,
//    and consume a challenge (delete it) before verifying, whatever the outcome, so that it
//    is single-use; pass the stored bytes as expectedChallenge. An expired or unknown
//    challenge never reaches these functions.
//  - Registration: on success, refuse the result if RegistrationResult::credentialId is
//    already registered to any user (§7.1 step 26); otherwise store credentialId,
//    publicKeySpki, algorithm, signCount, transports, aaguid and attestation type with
//    the user, plus the user handle sent in the creation options.
//  - Authentication: find the stored credential by credentialIdOf(response) and check it
//    belongs to the user being authenticated / was in allowCredentials (§7.2 step 5–6),
//    then verify. On success store AssertionResult::signCount. On a VerificationError with
//    isCloneWarning() the assertion is refused; also flag the credential for review.

#include "Attestation.h"
#include "AuthenticatorData.h"
#include "ResponseJson.h"
#include "VerificationError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mid::fido {

struct RelyingParty
{
    QString rpId;               // e.g. "example.com"; its SHA-256 must be the rpIdHash
    QStringList allowedOrigins; // exact origins, e.g. "https://example.com"
    bool requireUserVerification = false;
    QList<int> allowedAlgorithms{-7, -257, -8}; // COSE ids, see CoseAlgorithm
    // Cross-origin iframes are refused unless allowed; then topOrigin, when sent, must be
    // one of allowedTopOrigins.
    bool allowCrossOrigin = false;
    QStringList allowedTopOrigins;
    // DER X.509 certificates (roots or intermediates) that attestation chains must lead to.
    // Empty: x5c chains are accepted as AttestationType::BasicUntrusted.
    QList<QByteArray> attestationTrustAnchors;
    // Refuse registrations whose attestation is not Basic (chained to an anchor).
    bool requireTrustedAttestation = false;
};

struct RegistrationResult
{
    QByteArray credentialId;
    QByteArray publicKeyCose; // as the authenticator sent it
    QByteArray publicKeySpki; // SubjectPublicKeyInfo DER: the form to store
    int algorithm = 0;        // COSE algorithm
    QByteArray aaguid;        // 16 bytes
    quint32 signCount = 0;
    AuthenticatorFlags flags;
    QStringList transports;
    QString authenticatorAttachment;
    QString attestationFormat;
    AttestationType attestationType = AttestationType::None;
    QList<QByteArray> attestationTrustPath; // x5c, DER, leaf first

    bool userVerified() const { return flags.userVerified(); }
    // The aaguid as a UUID string without braces.
    QString aaguidString() const;
};

// What the relying party stored at registration.
struct StoredCredential
{
    QByteArray credentialId;
    QByteArray publicKey; // SubjectPublicKeyInfo DER or COSE_Key; told apart by the first byte
    int algorithm = 0;
    quint32 signCount = 0;
    QByteArray userHandle; // user.id of the creation options; empty: not checked
};

struct AssertionResult
{
    QByteArray credentialId;
    quint32 signCount = 0; // to store
    QByteArray userHandle; // as the authenticator returned it; may be empty
    AuthenticatorFlags flags;
    QString authenticatorAttachment;

    bool userVerified() const { return flags.userVerified(); }
};

// §7.1. registrationResponseJson is the RegistrationResponseJSON object of the browser.
RegistrationResult verifyRegistration(const RelyingParty &rp, const QByteArray &expectedChallenge,
                                      const QJsonObject &registrationResponseJson);

// §7.2. authenticationResponseJson is the AuthenticationResponseJSON object of the browser.
AssertionResult verifyAssertion(const RelyingParty &rp, const QByteArray &expectedChallenge,
                                const StoredCredential &credential,
                                const QJsonObject &authenticationResponseJson);

// 32 random bytes: WebAuthn asks for at least 16 (§13.4.3), the API contract for 32.
QByteArray makeChallenge();

} // namespace mid::fido
