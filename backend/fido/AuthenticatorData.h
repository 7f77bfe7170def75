#pragma once

#include <QByteArray>
#include <QCborMap>

#include <optional>

namespace mid::fido {

// The flags byte of authenticator data (WebAuthn L3 §6.1).
struct AuthenticatorFlags
{
    enum Bit : quint8
    {
        UserPresent = 0x01,
        UserVerified = 0x04,
        BackupEligible = 0x08,
        BackupState = 0x10,
        AttestedCredentialData = 0x40,
        ExtensionData = 0x80,
    };

    quint8 raw = 0;

    bool has(Bit bit) const { return (raw & bit) != 0; }
    bool userPresent() const { return has(UserPresent); }
    bool userVerified() const { return has(UserVerified); }
    bool backupEligible() const { return has(BackupEligible); }
    bool backupState() const { return has(BackupState); }
};

// attestedCredentialData (§6.5.2). The public key stays in its COSE form here: whether its
// algorithm is acceptable is a relying-party decision taken before the key is decoded.
struct AttestedCredential
{
    QByteArray aaguid;        // 16 bytes
    QByteArray credentialId;  // 1..1023 bytes
    QByteArray publicKeyCose; // the exact COSE_Key bytes
    QCborMap publicKey;       // the same, decoded
    int algorithm = 0;        // its "alg" (label 3)
};

// Authenticator data (§6.1), parsed with exact lengths: the attested credential data is
// present exactly when AT is set, the extensions map exactly when ED is set, and nothing may
// follow them.
struct AuthenticatorData
{
    QByteArray raw; // the bytes as signed
    QByteArray rpIdHash;
    AuthenticatorFlags flags;
    quint32 signCount = 0;
    std::optional<AttestedCredential> attestedCredential;
    QCborMap extensions;

    // Throws VerificationError: authData.truncated, authData.trailingBytes,
    // authData.attestedCredentialData (bad credential id length, COSE key without integer
    // alg), authData.extensions (not a CBOR map).
    static AuthenticatorData parse(const QByteArray &bytes);
};

} // namespace mid::fido
