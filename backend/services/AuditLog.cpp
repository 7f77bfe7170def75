#include "AuditLog.h"

#include "core/ApiError.h"
#include "core/Ids.h"
#include "core/Time.h"
#include "crypto/Hash.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAudit, "mid.audit")

namespace mid {

namespace {
const QString kColumns = QStringLiteral(
    "seq, id, at, actor, action, resource, outcome, ip, user_agent, request_id, details, hash");

AuditEntry fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.at = q.value(2).toLongLong();
    e.actor = q.value(3).toString();
    e.action = q.value(4).toString();
    e.resource = q.value(5).toString();
    e.outcome = q.value(6).toInt();
    e.ip = q.value(7).toString();
    e.userAgent = q.value(8).toString();
    e.requestId = q.value(9).toString();
    e.detailsText = q.value(10).toString().toUtf8();
    e.details = QJsonDocument::fromJson(e.detailsText).object();
    e.hash = q.value(11).toString();
    return e;
}

QString chainHash(const QString &previous, const AuditEntry &e)
{
    return QString::fromLatin1(Hash::sha256(previous.toLatin1() + e.canonical()).toHex());
}
} // namespace

QByteArray AuditEntry::canonical() const
{
    // Netstrings ("<length>:<bytes>,") of the fields in a fixed order: unambiguous whatever
    // the fields contain, and cheap enough to compute on every request.
    QByteArray out;
    out.reserve(256);
    auto field = [&out](const QByteArray &bytes) {
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
        out += ',';
    };
    field(id.toUtf8());
    field(QByteArray::number(at));
    field(actor.toUtf8());
    field(action.toUtf8());
    field(resource.toUtf8());
    field(QByteArray::number(outcome));
    field(ip.toUtf8());
    field(userAgent.toUtf8());
    field(requestId.toUtf8());
    field(detailsJson());
    return out;
}

QByteArray AuditEntry::detailsJson() const
{
    return detailsText.isEmpty() ? QJsonDocument(details).toJson(QJsonDocument::Compact) : detailsText;
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("at"), Time::rfc3339Ms(at)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("action"), action},
            {QStringLiteral("resource"), resource},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("ip"), ip},
            {QStringLiteral("userAgent"), userAgent},
            {QStringLiteral("requestId"), requestId},
            {QStringLiteral("details"), details},
            {QStringLiteral("hash"), hash}};
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

AuditLog::AuditLog(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &AuditLog::flush);
}

AuditLog::~AuditLog()
{
    if (!m_queue.isEmpty() && m_db.isOpen())
        flush();
}

void AuditLog::start()
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    m_lastHash = q.next() ? q.value(0).toString() : genesisHash();
    q.finish();
}

void AuditLog::record(AuditEntry entry)
{
    // A null QString binds as SQL NULL; every text column is NOT NULL.
    for (QString *field : {&entry.actor, &entry.action, &entry.resource, &entry.ip, &entry.userAgent, &entry.requestId}) {
        if (field->isNull())
            *field = QLatin1String("");
    }
    if (entry.id.isEmpty())
        entry.id = Ids::make(QStringLiteral("aud"));
    if (!entry.at)
        entry.at = Time::nowMs();
    m_queue.append(std::move(entry));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void AuditLog::flush()
{
    if (m_queue.isEmpty())
        return;
    if (m_lastHash.isEmpty())
        start();
    QString last = m_lastHash;
    try {
        Transaction tx(m_db);
        for (AuditEntry &e : m_queue) {
            e.hash = chainHash(last, e);
            m_db.exec(QStringLiteral("INSERT INTO audit_events (id, at, actor, action, resource, outcome, ip, "
                                     "user_agent, request_id, details, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                      {e.id, e.at, e.actor, e.action, e.resource, e.outcome, e.ip, e.userAgent, e.requestId,
                       QString::fromUtf8(e.detailsJson()), e.hash});
            last = e.hash;
        }
        tx.commit();
    } catch (const ApiError &) {
        qCWarning(lcAudit) << "could not write" << m_queue.size() << "audit rows; will retry";
        m_flushTimer.start(1000);
        return;
    }
    m_lastHash = last;
    const int n = int(m_queue.size());
    m_queue.clear();
    Q_EMIT appended(n);
}

AuditLog::Page AuditLog::query(const AuditFilter &f, int limit, const QString &cursor)
{
    flush();
    QString where = QStringLiteral(" WHERE 1=1");
    QVariantList values;
    auto add = [&](const QString &clause, const QVariant &v) {
        where += clause;
        values << v;
    };
    if (!f.actor.isEmpty())
        add(QStringLiteral(" AND actor=?"), f.actor);
    if (!f.action.isEmpty())
        add(QStringLiteral(" AND action=?"), f.action);
    if (!f.resource.isEmpty())
        add(QStringLiteral(" AND resource=?"), f.resource);
    if (f.outcome)
        add(QStringLiteral(" AND outcome=?"), *f.outcome);
    if (f.fromMs)
        add(QStringLiteral(" AND at>=?"), f.fromMs);
    if (f.toMs)
        add(QStringLiteral(" AND at<=?"), f.toMs);
    if (!f.query.isEmpty()) {
        // instr() finds the text literally: no LIKE wildcards to escape.
        where += QStringLiteral(" AND (instr(actor, ?) OR instr(action, ?) OR instr(resource, ?) OR instr(details, ?))");
        values << f.query << f.query << f.query << f.query;
    }
    Page page;
    {
        QSqlQuery &count = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM audit_events") + where);
        for (int i = 0; i < values.size(); ++i)
            count.bindValue(i, values.at(i));
        if (!count.exec() || !count.next())
            throw ApiError(ApiError::Kind::ServerError, QStringLiteral("internal error"));
        page.total = count.value(0).toLongLong();
        count.finish();
    }
    if (!cursor.isEmpty()) {
        bool ok = false;
        const qint64 seq = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
        if (!ok || seq <= 0)
            throw ApiError::validation(QStringLiteral("cursor"), QStringLiteral("invalid"),
                                       QStringLiteral("cursor is not one this server issued"));
        add(QStringLiteral(" AND seq<?"), seq);
    }
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_events") + where
                                 + QStringLiteral(" ORDER BY seq DESC LIMIT ?"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    q.bindValue(int(values.size()), limit + 1);
    if (!q.exec())
        throw ApiError(ApiError::Kind::ServerError, QStringLiteral("internal error"));
    while (q.next()) {
        if (page.items.size() == limit) {
            page.nextCursor = QString::fromLatin1(QByteArray::number(page.items.constLast().seq)
                                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            break;
        }
        page.items.append(fromRow(q));
    }
    q.finish();
    return page;
}

AuditLog::Verdict AuditLog::verify()
{
    flush();
    Verdict v;
    QString previous = genesisHash();
    qint64 expectedSeq = 0;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_events ORDER BY seq")))
        throw ApiError(ApiError::Kind::ServerError, QStringLiteral("internal error"));
    while (q.next()) {
        const AuditEntry e = fromRow(q);
        ++v.checked;
        if (expectedSeq && e.seq != expectedSeq) {
            v = {false, v.checked, e.seq, e.id,
                 QStringLiteral("rows %1 to %2 are missing").arg(expectedSeq).arg(e.seq - 1)};
            break;
        }
        if (chainHash(previous, e) != e.hash) {
            v = {false, v.checked, e.seq, e.id, QStringLiteral("row content does not match its hash")};
            break;
        }
        previous = e.hash;
        expectedSeq = e.seq + 1;
    }
    if (v.intact && previous != m_lastHash && !m_lastHash.isEmpty()) {
        // The chain is consistent but shorter than what this server wrote: rows were cut off the end.
        v = {false, v.checked, expectedSeq, {}, QStringLiteral("the newest rows were removed")};
    }
    return v;
}

} // namespace mid
