#pragma once

#include "domain/Client.h"
#include "domain/Consent.h"
#include "domain/IdentityDocument.h"
#include "storage/IdentityStores.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace mid {

class ConsentService;
class Database;
class DocumentService;
class Outbox;
class SigningKeyService;

struct SigningInput
{
    QString documentId;
    QString signer; // E.164
    QString reason;
    QString intent = QStringLiteral("signing"); // or mandate
    std::optional<int> expiresIn;
};

// What the signer's FIDO assertion leaves as evidence of a signature, from the ceremony that
// decided the signing session's consent.
struct SignatureAssertion
{
    QByteArray challenge; // the ceremony's: the document's SHA-256 then 16 random bytes
    QByteArray credentialId;
    QByteArray credentialPublicKey; // SubjectPublicKeyInfo DER
    QString algorithm;              // ES256, RS256 or EdDSA
    QByteArray authenticatorData;
    QByteArray clientDataJson;
    QByteArray signature;
    QString userId;
    QString deviceId;
};

// Document signing (§10). A signing session is a consent session of intent `signing` or
// `mandate` for the signer, plus the document it is about: the approver page and the device
// simulator show the document, the FIDO challenge commits to the document's SHA-256 (its
// first 32 bytes are that hash), and the approving assertion becomes the evidence, sealed
// with a JWS by the server key published at /dvs/jwks.
class SigningService
{
public:
    SigningService(Database &db, ConsentService &consents, DocumentService &documents,
                   Outbox &outbox, SigningKeyService &keys, QString issuer);

    SigningSession create(const Client &client, const SigningInput &input);
    // The tenant's session (another tenant's is 404); any with an empty clientId.
    SigningSession get(const QString &clientId, const QString &id);
    // Revokes a pending session; 409 once signed or ended.
    SigningSession revoke(const QString &clientId, const QString &id);

    struct Page
    {
        QList<SigningSession> items;
        qint64 total = 0;
        QString nextCursor;
        QHash<QString, qint64> counts; // per signing status
    };
    // `status` is a signing status (pending, signed, rejected, expired, revoked) or empty.
    Page list(const QString &clientId, const QString &status, int limit, const QString &cursor);

    // What the signer of this consent is asked to sign, from the session and its document
    // (never from the consent's metadata, which its tenant may change); nullopt for a consent
    // that is no signing session's.
    struct DocumentToSign
    {
        QString name;
        QString contentType;
        QString sha256;
        QString reason;
    };
    std::optional<DocumentToSign> documentToSign(const QString &consentId);
    // The SHA-256 a FIDO challenge for this consent must commit to, when it is a signing
    // session's.
    std::optional<QByteArray> challengeCommitment(const QString &consentId);
    // Called in the transaction that decides a consent by a FIDO assertion: a signing
    // session's consent becomes `signed` with its sealed evidence, or `rejected`, and
    // signing.completed (and mandate.signed for mandates) commit with the decision.
    void consentDecided(const Consent &consent, bool approved, const SignatureAssertion &assertion);

    QJsonObject toJson(const SigningSession &session);
    // {evidence, seal, jwks, document}: what a relying party keeps to prove the signature.
    QJsonObject evidenceBundle(const SigningSession &session);
    static QString statusOf(const SigningSession &session, const Consent &consent);

private:
    QJsonObject evidenceOf(const SigningSession &session, const SignatureAssertion &assertion,
                           qint64 signedAt) const;
    Consent consentOf(const SigningSession &session);
    DocumentToSign documentOf(const SigningSession &session);

    SigningSessionStore m_store;
    Database &m_db;
    ConsentService &m_consents;
    DocumentService &m_documents;
    Outbox &m_outbox;
    SigningKeyService &m_keys;
    QString m_issuer;
};

} // namespace mid
