#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mid {

// A software FIDO2 authenticator together with the browser's half of WebAuthn: given the
// options JSON a relying party sends (PublicKeyCredentialCreationOptionsJSON /
// PublicKeyCredentialRequestOptionsJSON) and the caller's origin, it answers with exactly
// the JSON a browser's PublicKeyCredential.toJSON() produces. The console's device
// simulator and the API tests use it in place of a phone.
//
// Every credential has its own freshly generated key (P-256 by default; Ed25519 and
// RSA-2048 on request), is discoverable, and lives in memory; toJson()/fromJson() let a
// simulated phone be saved and restored. That JSON holds the private keys unencrypted:
// whoever persists it must protect it like any key file.
//
// It always "verifies" the user (UP, and UV unless disabled) and never asks anyone: it is
// a test and simulation tool, not an authenticator to protect real accounts with.
class SoftwareAuthenticator
{
public:
    enum class Attestation
    {
        PackedSelf, // "packed", signed by the credential key (what platform authenticators do)
        None,       // "none", empty attStmt
    };

    struct Options
    {
        // COSE algorithms it will create keys for (-7 ES256, -8 EdDSA, -257 RS256). The
        // relying party's pubKeyCredParams order picks among them, as a real one would.
        QList<int> algorithms{-7};
        Attestation attestation = Attestation::PackedSelf;
        QByteArray aaguid; // 16 bytes; empty: the simulator's own aaguid
        QStringList transports{QStringLiteral("internal"), QStringLiteral("hybrid")};
        QString attachment = QStringLiteral("platform");
        bool userVerification = true; // whether it can (and so does) set UV
    };

    struct Credential
    {
        QByteArray id;
        QString rpId;
        QByteArray userHandle;
        QString userName;
        QString userDisplayName;
        int algorithm = 0;
        quint32 signCount = 0;
        QDateTime created;
    };

    // Like a rejected navigator.credentials promise: json is empty and error starts with
    // the DOMException name ("NotAllowedError: …", "InvalidStateError: …", …).
    struct Result
    {
        QJsonObject json;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    static const QByteArray &defaultAaguid();

    SoftwareAuthenticator();
    explicit SoftwareAuthenticator(Options options);
    ~SoftwareAuthenticator();
    SoftwareAuthenticator(SoftwareAuthenticator &&other) noexcept;
    SoftwareAuthenticator &operator=(SoftwareAuthenticator &&other) noexcept;
    SoftwareAuthenticator(const SoftwareAuthenticator &) = delete;
    SoftwareAuthenticator &operator=(const SoftwareAuthenticator &) = delete;

    const Options &options() const { return m_options; }

    // navigator.credentials.create(): creationOptions may also be wrapped as {"publicKey":
    // {...}}. Gives a RegistrationResponseJSON. A new credential replaces one of the same
    // RP and user handle, as discoverable credentials do.
    Result create(const QJsonObject &creationOptions, const QString &origin);
    // navigator.credentials.get(): gives an AuthenticationResponseJSON from the first
    // credential of allowCredentials it holds, or (empty list) its newest for the RP. Each
    // assertion increments that credential's signature counter.
    Result get(const QJsonObject &requestOptions, const QString &origin);

    QList<Credential> credentials() const;
    bool remove(const QByteArray &credentialId);
    void clear();

    QJsonObject toJson() const;
    // nullopt, with *error set, when json is not what toJson() writes.
    static std::optional<SoftwareAuthenticator> fromJson(const QJsonObject &json,
                                                         QString *error = nullptr);

private:
    struct Entry; // a credential and its private key

    Entry *find(const QByteArray &credentialId, const QString &rpId);

    Options m_options;
    std::vector<Entry> m_entries;
};

} // namespace mid
