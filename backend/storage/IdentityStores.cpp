#include "IdentityStores.h"

#include "Database.h"
#include "SqlFilter.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mid {

using namespace SqlValues;

namespace {

template <typename Row, typename From> std::optional<Row> one(QSqlQuery &q, From from)
{
    std::optional<Row> out;
    if (q.next())
        out = from(q);
    q.finish();
    return out;
}

template <typename Row, typename From>
KeysetPage<Row> pageOf(Database &db, const SqlFilter &sql, const QString &columns,
                       const QString &table, qint64 beforeSeq, int limit, From from)
{
    KeysetPage<Row> page;
    page.total = sql.count(db, table);
    QSqlQuery &q = sql.page(db, columns, table, beforeSeq, limit + 1);
    while (q.next())
        page.items << from(q);
    q.finish();
    page.more = page.items.size() > limit;
    if (page.more)
        page.items.removeLast();
    return page;
}

QJsonArray array(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// ---- documents

const QString kDocumentColumns = QStringLiteral(
    "seq, id, client_id, purpose, filename, content_type, size, sha256, mrz_json, created_at, "
    "deleted_at");

IdentityDocument documentFrom(const QSqlQuery &q)
{
    IdentityDocument d;
    d.seq = q.value(0).toLongLong();
    d.id = q.value(1).toString();
    d.clientId = q.value(2).toString();
    d.purpose = q.value(3).toString();
    d.filename = q.value(4).toString();
    d.contentType = q.value(5).toString();
    d.size = q.value(6).toLongLong();
    d.sha256 = q.value(7).toString();
    d.mrz = object(q.value(8));
    for (const QJsonValue &line : d.mrz.value(QStringLiteral("lines")).toArray())
        d.mrzLines << line.toString();
    d.createdAt = q.value(9).toLongLong();
    d.deletedAt = q.value(10).toLongLong();
    return d;
}

// ---- verifications

const QString kVerificationColumns = QStringLiteral(
    "seq, id, client_id, type, mobile, user_id, claimed_name, document_ids, checks, status, note, "
    "decided_by, decided_at, created_at, updated_at");

Verification verificationFrom(const QSqlQuery &q)
{
    Verification v;
    v.seq = q.value(0).toLongLong();
    v.id = q.value(1).toString();
    v.clientId = q.value(2).toString();
    v.type = q.value(3).toString();
    v.mobile = q.value(4).toString();
    v.userId = q.value(5).toString();
    v.claimedName = object(q.value(6));
    v.documentIds = stringList(q.value(7));
    v.checks = IdentityRules::checksFrom(array(q.value(8)));
    v.status =
        IdentityRules::parseStatus(q.value(9).toString()).value_or(VerificationStatus::Pending);
    v.note = q.value(10).toString();
    v.decidedBy = q.value(11).toString();
    v.decidedAt = q.value(12).toLongLong();
    v.createdAt = q.value(13).toLongLong();
    v.updatedAt = q.value(14).toLongLong();
    return v;
}

// ---- signing sessions

const QString kSigningColumns =
    QStringLiteral("seq, id, client_id, consent_id, document_id, document_sha256, signer, "
                   "reason, intent, evidence, seal, signed_at, created_at");
// The sessions with their consent's status, which is theirs (SigningService::statusOf).
const QString kSigningWithStatus = QStringLiteral(
    "(SELECT s.*, c.status AS consent_status FROM signing_sessions s JOIN consents c ON "
    "c.id = s.consent_id)");

SigningSession signingFrom(const QSqlQuery &q)
{
    SigningSession s;
    s.seq = q.value(0).toLongLong();
    s.id = q.value(1).toString();
    s.clientId = q.value(2).toString();
    s.consentId = q.value(3).toString();
    s.documentId = q.value(4).toString();
    s.documentSha256 = q.value(5).toString();
    s.signer = q.value(6).toString();
    s.reason = q.value(7).toString();
    s.intent = q.value(8).toString();
    s.evidence = object(q.value(9));
    s.seal = q.value(10).toString();
    s.signedAt = q.value(11).toLongLong();
    s.createdAt = q.value(12).toLongLong();
    return s;
}

QHash<QString, qint64> countsOf(QSqlQuery &q)
{
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

} // namespace

void DocumentStore::insert(const IdentityDocument &d)
{
    m_db.exec(QStringLiteral("INSERT INTO documents (id, client_id, purpose, filename, "
                             "content_type, size, sha256, mrz_json, created_at) "
                             "VALUES (?,?,?,?,?,?,?,?,?)"),
              {d.id, d.clientId, d.purpose, d.filename.isNull() ? QStringLiteral("") : d.filename,
               d.contentType, d.size, d.sha256,
               d.mrz.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(json(d.mrz)),
               d.createdAt});
}

std::optional<IdentityDocument> DocumentStore::find(const QString &id)
{
    return one<IdentityDocument>(m_db.exec(QStringLiteral("SELECT ") + kDocumentColumns +
                                               QStringLiteral(" FROM documents WHERE id=?"),
                                           {id}),
                                 documentFrom);
}

QList<IdentityDocument> DocumentStore::liveCreatedBefore(qint64 beforeMs, int limit)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kDocumentColumns +
                                 QStringLiteral(" FROM documents WHERE deleted_at IS NULL AND "
                                                "created_at<? ORDER BY created_at LIMIT ?"),
                             {beforeMs, limit});
    QList<IdentityDocument> out;
    while (q.next())
        out << documentFrom(q);
    q.finish();
    return out;
}

void DocumentStore::markDeleted(const QString &id, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE documents SET deleted_at=? WHERE id=?"), {nowMs, id});
}

void VerificationStore::insert(const Verification &v)
{
    m_db.exec(QStringLiteral("INSERT INTO verifications (id, client_id, type, mobile, user_id, "
                             "claimed_name, document_ids, checks, status, created_at, "
                             "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
              {v.id, v.clientId, v.type, nullableText(v.mobile), nullableText(v.userId),
               json(v.claimedName), json(v.documentIds),
               jsonText(IdentityRules::checksJson(v.checks)), IdentityRules::statusName(v.status),
               v.createdAt, v.updatedAt});
}

void VerificationStore::saveDecision(const Verification &v)
{
    m_db.exec(QStringLiteral("UPDATE verifications SET status=?, note=?, decided_by=?, "
                             "decided_at=?, updated_at=? WHERE id=?"),
              {IdentityRules::statusName(v.status), nullableText(v.note), nullableText(v.decidedBy),
               nullableMs(v.decidedAt), v.updatedAt, v.id});
}

std::optional<Verification> VerificationStore::find(const QString &id)
{
    return one<Verification>(m_db.exec(QStringLiteral("SELECT ") + kVerificationColumns +
                                           QStringLiteral(" FROM verifications WHERE id=?"),
                                       {id}),
                             verificationFrom);
}

KeysetPage<Verification> VerificationStore::list(const VerificationFilter &f, qint64 beforeSeq,
                                                 int limit)
{
    SqlFilter sql;
    if (!f.clientId.isEmpty())
        sql.add(QStringLiteral("client_id=?"), {f.clientId});
    if (f.status)
        sql.add(QStringLiteral("status=?"), {IdentityRules::statusName(*f.status)});
    return pageOf<Verification>(m_db, sql, kVerificationColumns, QStringLiteral("verifications"),
                                beforeSeq, limit, verificationFrom);
}

QHash<QString, qint64> VerificationStore::countByStatus(const QString &clientId)
{
    return countsOf(
        clientId.isEmpty()
            ? m_db.exec(
                  QStringLiteral("SELECT status, COUNT(*) FROM verifications GROUP BY status"))
            : m_db.exec(QStringLiteral("SELECT status, COUNT(*) FROM verifications WHERE "
                                       "client_id=? GROUP BY status"),
                        {clientId}));
}

void SigningSessionStore::insert(const SigningSession &s)
{
    m_db.exec(QStringLiteral("INSERT INTO signing_sessions (id, client_id, consent_id, "
                             "document_id, document_sha256, signer, reason, intent, created_at) "
                             "VALUES (?,?,?,?,?,?,?,?,?)"),
              {s.id, s.clientId, s.consentId, s.documentId, s.documentSha256, s.signer,
               s.reason.isNull() ? QStringLiteral("") : s.reason, s.intent, s.createdAt});
}

void SigningSessionStore::saveEvidence(const SigningSession &s)
{
    m_db.exec(QStringLiteral("UPDATE signing_sessions SET evidence=?, seal=?, signed_at=? "
                             "WHERE id=?"),
              {json(s.evidence), s.seal, nullableMs(s.signedAt), s.id});
}

std::optional<SigningSession> SigningSessionStore::find(const QString &id)
{
    return one<SigningSession>(m_db.exec(QStringLiteral("SELECT ") + kSigningColumns +
                                             QStringLiteral(" FROM signing_sessions WHERE id=?"),
                                         {id}),
                               signingFrom);
}

std::optional<SigningSession> SigningSessionStore::findByConsent(const QString &consentId)
{
    return one<SigningSession>(
        m_db.exec(QStringLiteral("SELECT ") + kSigningColumns +
                      QStringLiteral(" FROM signing_sessions WHERE consent_id=?"),
                  {consentId}),
        signingFrom);
}

KeysetPage<SigningSession> SigningSessionStore::list(const SigningFilter &f, qint64 beforeSeq,
                                                     int limit)
{
    SqlFilter sql;
    if (!f.clientId.isEmpty())
        sql.add(QStringLiteral("client_id=?"), {f.clientId});
    if (!f.consentStatus.isEmpty())
        sql.add(QStringLiteral("consent_status=?"), {f.consentStatus});
    return pageOf<SigningSession>(m_db, sql, kSigningColumns, kSigningWithStatus, beforeSeq, limit,
                                  signingFrom);
}

QHash<QString, qint64> SigningSessionStore::countByConsentStatus(const QString &clientId)
{
    const QString select =
        QStringLiteral("SELECT consent_status, COUNT(*) FROM ") + kSigningWithStatus;
    return countsOf(clientId.isEmpty()
                        ? m_db.exec(select + QStringLiteral(" GROUP BY consent_status"))
                        : m_db.exec(select + QStringLiteral(" WHERE client_id=? GROUP BY "
                                                            "consent_status"),
                                    {clientId}));
}

} // namespace mid
