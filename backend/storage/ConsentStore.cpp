#include "ConsentStore.h"

#include "Database.h"
#include "SqlFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mid {

namespace {
const QString kColumns = QStringLiteral(
    "seq, id, client_id, recipient, intent, scope, metadata, callback_url, status, created_at, "
    "expires_at, updated_at, scanned_at, decided_at, revoked_at, user_json, device_json");

QByteArray compactUtf8(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QByteArray compactUtf8(const QStringList &l)
{
    return QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact);
}
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(compactUtf8(o));
}
QString compact(const QStringList &l)
{
    return QString::fromUtf8(compactUtf8(l));
}
QVariant nullableMs(qint64 ms)
{
    return ms ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
QVariant nullableJson(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(o));
}

Consent fromRow(const QSqlQuery &q)
{
    Consent c;
    c.seq = q.value(0).toLongLong();
    c.id = q.value(1).toString();
    c.clientId = q.value(2).toString();
    c.recipient = q.value(3).toString();
    c.intent = q.value(4).toString();
    for (const auto &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        c.scope << v.toString();
    c.metadata = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    c.callbackUrl = q.value(7).toString();
    c.status = ConsentRules::parseStatus(q.value(8).toString()).value_or(ConsentStatus::Pending);
    c.createdAt = q.value(9).toLongLong();
    c.expiresAt = q.value(10).toLongLong();
    c.updatedAt = q.value(11).toLongLong();
    c.scannedAt = q.value(12).toLongLong();
    c.decidedAt = q.value(13).toLongLong();
    c.revokedAt = q.value(14).toLongLong();
    c.user = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    c.device = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    return c;
}

QList<Consent> readAll(QSqlQuery &q)
{
    QList<Consent> out;
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    return out;
}
} // namespace

qint64 ConsentStore::insert(const Consent &c)
{
    // The one write of every consent creation: through SQLite directly (Database::native).
    NativeStatement insert =
        m_db.native("INSERT INTO consents (id, client_id, recipient, intent, scope, metadata, "
                    "callback_url, status, created_at, expires_at, updated_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, c.id);
    insert.bind(2, c.clientId);
    insert.bind(3, c.recipient);
    insert.bind(4, c.intent);
    insert.bind(5, compactUtf8(c.scope));
    insert.bind(6, compactUtf8(c.metadata));
    if (c.callbackUrl.isEmpty())
        insert.bindNull(7);
    else
        insert.bind(7, c.callbackUrl);
    insert.bind(8, ConsentRules::statusName(c.status));
    insert.bind(9, c.createdAt);
    insert.bind(10, c.expiresAt);
    insert.bind(11, c.updatedAt);
    insert.run();
    return insert.lastInsertRowId();
}

std::optional<Consent> ConsentStore::find(const QString &id)
{
    const QList<Consent> rows = readAll(m_db.exec(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM consents WHERE id=?"), {id}));
    return rows.isEmpty() ? std::nullopt : std::optional<Consent>(rows.constFirst());
}

void ConsentStore::save(const Consent &c)
{
    m_db.exec(QStringLiteral(
                  "UPDATE consents SET intent=?, scope=?, metadata=?, callback_url=?, status=?, "
                  "expires_at=?, updated_at=?, scanned_at=?, decided_at=?, revoked_at=?, "
                  "user_json=?, device_json=? WHERE id=?"),
              {c.intent, compact(c.scope), compact(c.metadata), nullableText(c.callbackUrl),
               ConsentRules::statusName(c.status), c.expiresAt, c.updatedAt,
               nullableMs(c.scannedAt), nullableMs(c.decidedAt), nullableMs(c.revokedAt),
               nullableJson(c.user), nullableJson(c.device), c.id});
}

bool ConsentStore::markScanned(const QString &id, qint64 nowMs)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("UPDATE consents SET scanned_at=?, updated_at=? "
                                 "WHERE id=? AND scanned_at IS NULL AND status='pending'"),
                  {nowMs, nowMs, id});
    return q.numRowsAffected() > 0;
}

ConsentStore::Page ConsentStore::list(const ConsentFilter &filter, int limit, qint64 beforeSeq)
{
    SqlFilter where;
    if (!filter.clientId.isEmpty())
        where.add(QStringLiteral("client_id=?"), {filter.clientId});
    if (filter.status)
        where.add(QStringLiteral("status=?"), {ConsentRules::statusName(*filter.status)});
    if (!filter.recipient.isEmpty())
        where.add(QStringLiteral("recipient=?"), {filter.recipient});
    if (!filter.recipientContains.isEmpty())
        where.add(QStringLiteral("instr(recipient, ?) > 0"), {filter.recipientContains});
    if (filter.createdFromMs)
        where.add(QStringLiteral("created_at>=?"), {filter.createdFromMs});
    if (filter.createdToMs)
        where.add(QStringLiteral("created_at<=?"), {filter.createdToMs});
    Page page;
    page.total = where.count(m_db, QStringLiteral("consents"));
    page.items =
        readAll(where.page(m_db, kColumns, QStringLiteral("consents"), beforeSeq, limit + 1));
    page.more = page.items.size() > limit;
    if (page.more)
        page.items.removeLast();
    return page;
}

QList<Consent> ConsentStore::expireDue(qint64 nowMs)
{
    return readAll(m_db.exec(QStringLiteral("UPDATE consents SET status='expired', updated_at=? "
                                            "WHERE status='pending' AND expires_at<=? RETURNING ") +
                                 kColumns,
                             {nowMs, nowMs}));
}

std::optional<qint64> ConsentStore::nextExpiry()
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT MIN(expires_at) FROM consents WHERE status='pending'"));
    std::optional<qint64> next;
    if (q.next() && !q.value(0).isNull())
        next = q.value(0).toLongLong();
    q.finish();
    return next;
}

QHash<QString, qint64> ConsentStore::countByStatus()
{
    QHash<QString, qint64> out;
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT status, COUNT(*) FROM consents GROUP BY status"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

} // namespace mid
