#include "SigningService.h"

#include "ConsentService.h"
#include "DocumentService.h"
#include "SigningKeyService.h"
#include "TenantRow.h"
#include "core/Cursor.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/Base64Url.h"
#include "storage/Database.h"
#include "webhooks/Outbox.h"

#include <QJsonArray>

namespace mid {

namespace {
QString b64(const QByteArray &bytes)
{
    return Base64Url::encodeToString(bytes);
}

// Signing words for the consent states a filter may name.
QString consentStatusFor(const QString &signingStatus)
{
    if (signingStatus == QLatin1String("signed"))
        return QStringLiteral("approved");
    for (const char *same : {"pending", "rejected", "expired", "revoked"}) {
        if (signingStatus == QLatin1String(same))
            return signingStatus;
    }
    throw ServiceError::invalid(
        QStringLiteral("status"), QStringLiteral("enum"),
        QStringLiteral("status must be pending, signed, rejected, expired or revoked"));
}
} // namespace

SigningService::SigningService(Database &db, ConsentService &consents, DocumentService &documents,
                               Outbox &outbox, SigningKeyService &keys, QString issuer)
    : m_store(db), m_db(db), m_consents(consents), m_documents(documents), m_outbox(outbox),
      m_keys(keys), m_issuer(std::move(issuer))
{
}

SigningSession SigningService::create(const Client &client, const SigningInput &input)
{
    const IdentityDocument document = m_documents.get(client.clientId, input.documentId);
    if (document.purpose != QLatin1String("signing"))
        throw ServiceError::invalid(QStringLiteral("documentId"), QStringLiteral("purpose"),
                                    QStringLiteral("documentId names an identity document; "
                                                   "upload the document to sign with POST "
                                                   "/v1/signing/documents"));
    if (document.isDeleted())
        throw ServiceError::invalid(QStringLiteral("documentId"), QStringLiteral("deleted"),
                                    QStringLiteral("the document was removed by the retention "
                                                   "setting"));
    SigningSession s;
    s.id = Ids::make(QStringLiteral("sig"));
    s.clientId = client.clientId;
    s.documentId = document.id;
    s.documentSha256 = document.sha256;
    s.signer = input.signer;
    s.reason = input.reason;
    s.intent = input.intent;
    s.createdAt = Time::nowMs();

    ConsentInput consent;
    consent.recipient = input.signer;
    consent.intent = input.intent;
    consent.expiresIn = input.expiresIn;
    // What the approver page and the phone show of the document being signed.
    consent.metadata = QJsonObject{{QStringLiteral("signingSessionId"), s.id},
                                   {QStringLiteral("documentId"), document.id},
                                   {QStringLiteral("documentName"), document.filename},
                                   {QStringLiteral("documentContentType"), document.contentType},
                                   {QStringLiteral("documentSha256"), document.sha256},
                                   {QStringLiteral("reason"), input.reason}};
    Transaction tx(m_db);
    s.consentId = m_consents.create(client, consent).id;
    m_store.insert(s);
    m_outbox.record(QStringLiteral("signing.created"), s.clientId, toJson(s), {s.id});
    tx.commit();
    return s;
}

SigningSession SigningService::get(const QString &clientId, const QString &id)
{
    return tenantRow(clientId, id, QStringLiteral("sig"), QStringLiteral("Signing session"),
                     [this](const QString &key) { return m_store.find(key); });
}

Consent SigningService::consentOf(const SigningSession &session)
{
    return m_consents.get({}, session.consentId);
}

SigningSession SigningService::revoke(const QString &clientId, const QString &id)
{
    Transaction tx(m_db);
    const SigningSession s = get(clientId, id);
    const Consent consent = consentOf(s);
    if (consent.status != ConsentStatus::Pending)
        throw ServiceError::conflict(QStringLiteral("Only a pending signing session can be "
                                                    "revoked; this one is %1")
                                         .arg(statusOf(s, consent)));
    m_consents.revoke({}, s.consentId);
    tx.commit();
    return s;
}

SigningService::Page SigningService::list(const QString &clientId, const QString &status, int limit,
                                          const QString &cursor)
{
    SigningFilter filter;
    filter.clientId = clientId;
    if (!status.isEmpty())
        filter.consentStatus = consentStatusFor(status);
    const auto rows = m_store.list(filter, cursor.isEmpty() ? 0 : Cursor::decode(cursor), limit);
    Page page{rows.items, rows.total, rows.nextCursor(), {}};
    const auto byConsent = m_store.countByConsentStatus(clientId);
    for (auto it = byConsent.cbegin(); it != byConsent.cend(); ++it)
        page.counts.insert(it.key() == QLatin1String("approved") ? QStringLiteral("signed")
                                                                 : it.key(),
                           it.value());
    return page;
}

SigningService::DocumentToSign SigningService::documentOf(const SigningSession &s)
{
    const IdentityDocument d = m_documents.get({}, s.documentId);
    return {d.filename, d.contentType, s.documentSha256, s.reason};
}

std::optional<SigningService::DocumentToSign>
SigningService::documentToSign(const QString &consentId)
{
    const auto s = m_store.findByConsent(consentId);
    if (!s)
        return std::nullopt;
    return documentOf(*s);
}

std::optional<QByteArray> SigningService::challengeCommitment(const QString &consentId)
{
    const auto s = m_store.findByConsent(consentId);
    if (!s)
        return std::nullopt;
    return QByteArray::fromHex(s->documentSha256.toLatin1());
}

QJsonObject SigningService::evidenceOf(const SigningSession &s, const SignatureAssertion &a,
                                       qint64 signedAt) const
{
    return {{QStringLiteral("signingSessionId"), s.id},
            {QStringLiteral("documentId"), s.documentId},
            {QStringLiteral("documentSha256"), s.documentSha256},
            {QStringLiteral("signer"), s.signer},
            {QStringLiteral("intent"), s.intent},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("challenge"), b64(a.challenge)},
            {QStringLiteral("credentialId"), b64(a.credentialId)},
            {QStringLiteral("credentialPublicKey"), b64(a.credentialPublicKey)},
            {QStringLiteral("algorithm"), a.algorithm},
            {QStringLiteral("authenticatorData"), b64(a.authenticatorData)},
            {QStringLiteral("clientDataJSON"), b64(a.clientDataJson)},
            {QStringLiteral("signature"), b64(a.signature)},
            {QStringLiteral("userId"), a.userId},
            {QStringLiteral("deviceId"), a.deviceId},
            {QStringLiteral("signedAt"), Time::rfc3339Ms(signedAt)}};
}

void SigningService::consentDecided(const Consent &consent, bool approved,
                                    const SignatureAssertion &assertion)
{
    std::optional<SigningSession> s = m_store.findByConsent(consent.id);
    if (!s)
        return;
    QJsonObject event{{QStringLiteral("signingSessionId"), s->id},
                      {QStringLiteral("documentId"), s->documentId},
                      {QStringLiteral("documentSha256"), s->documentSha256},
                      {QStringLiteral("signer"), s->signer},
                      {QStringLiteral("intent"), s->intent},
                      {QStringLiteral("consentId"), consent.id}};
    if (!approved) {
        event.insert(QStringLiteral("status"), QStringLiteral("rejected"));
        m_outbox.record(QStringLiteral("signing.completed"), s->clientId, event, {s->id});
        return;
    }
    // The ceremony's challenge is ours; this only guards against a session whose document
    // changed under it, which would make the evidence prove something else.
    if (assertion.challenge.left(32) != QByteArray::fromHex(s->documentSha256.toLatin1()))
        throw ServiceError::conflict(
            QStringLiteral("The assertion's challenge does not commit to this document"));
    s->signedAt = Time::nowMs();
    s->evidence = evidenceOf(*s, assertion, s->signedAt);
    QJsonObject sealed = s->evidence;
    sealed.insert(QStringLiteral("iss"), m_issuer);
    sealed.insert(QStringLiteral("iat"), s->signedAt / 1000);
    s->seal = m_keys.sign(sealed);
    m_store.saveEvidence(*s);
    event.insert(QStringLiteral("status"), QStringLiteral("signed"));
    event.insert(QStringLiteral("signedAt"), Time::rfc3339Ms(s->signedAt));
    event.insert(QStringLiteral("evidence"), s->evidence);
    event.insert(QStringLiteral("seal"), s->seal);
    m_outbox.record(QStringLiteral("signing.completed"), s->clientId, event, {s->id});
    if (s->intent == QLatin1String("mandate"))
        m_outbox.record(QStringLiteral("mandate.signed"), s->clientId, event, {s->id});
}

QString SigningService::statusOf(const SigningSession &s, const Consent &consent)
{
    if (s.signedAt)
        return QStringLiteral("signed");
    return ConsentRules::statusName(consent.status);
}

QJsonObject SigningService::toJson(const SigningSession &s)
{
    const Consent consent = consentOf(s);
    auto time = [](qint64 ms) { return ms ? QJsonValue(Time::rfc3339Ms(ms)) : QJsonValue(); };
    const DocumentToSign document = documentOf(s);
    return {{QStringLiteral("signingSessionId"), s.id},
            {QStringLiteral("id"), s.id},
            {QStringLiteral("clientId"), s.clientId},
            {QStringLiteral("status"), statusOf(s, consent)},
            {QStringLiteral("documentId"), s.documentId},
            {QStringLiteral("documentSha256"), s.documentSha256},
            {QStringLiteral("documentName"), document.name},
            {QStringLiteral("documentContentType"), document.contentType},
            {QStringLiteral("signer"), s.signer},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("intent"), s.intent},
            {QStringLiteral("consentId"), s.consentId},
            {QStringLiteral("qrCode"), m_consents.qrImageUrl(consent.id)},
            {QStringLiteral("approvalUrl"), m_consents.approvalUrl(consent.id)},
            {QStringLiteral("deepLink"), m_consents.deepLink(consent.id)},
            {QStringLiteral("expiresAt"), time(consent.expiresAt)},
            {QStringLiteral("createdAt"), time(s.createdAt)},
            {QStringLiteral("decidedAt"), time(consent.decidedAt)},
            {QStringLiteral("signedAt"), time(s.signedAt)},
            {QStringLiteral("evidence"), s.evidence.isEmpty() ? QJsonValue() : s.evidence},
            {QStringLiteral("seal"), s.seal.isEmpty() ? QJsonValue() : QJsonValue(s.seal)}};
}

QJsonObject SigningService::evidenceBundle(const SigningSession &s)
{
    if (!s.signedAt)
        throw ServiceError::conflict(QStringLiteral("The session is not signed; there is no "
                                                    "evidence yet"));
    const IdentityDocument d = m_documents.get({}, s.documentId);
    return {{QStringLiteral("evidence"), s.evidence},
            {QStringLiteral("seal"), s.seal},
            {QStringLiteral("jwks"), m_keys.jwks()},
            {QStringLiteral("document"), QJsonObject{{QStringLiteral("id"), d.id},
                                                     {QStringLiteral("sha256"), d.sha256},
                                                     {QStringLiteral("filename"), d.filename},
                                                     {QStringLiteral("contentType"), d.contentType},
                                                     {QStringLiteral("size"), d.size}}}};
}

} // namespace mid
