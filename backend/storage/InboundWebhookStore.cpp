#include "InboundWebhookStore.h"

#include "Database.h"
#include "SqlFilter.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace mid {

namespace {
const QString kColumns = QStringLiteral(
    "seq, id, provider, provider_event_id, event_type, customer_ref, received_at, ip, headers, "
    "body, body_size, body_truncated, verdict, reason, http_status, decoded, effects, client_id, "
    "duplicate_of");

InboundWebhook fromRow(const QSqlQuery &q)
{
    InboundWebhook r;
    r.seq = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.provider = q.value(2).toString();
    r.eventId = q.value(3).toString();
    r.eventType = q.value(4).toString();
    r.customer = q.value(5).toString();
    r.receivedAt = q.value(6).toLongLong();
    r.ip = q.value(7).toString();
    r.headers = SqlValues::object(q.value(8));
    r.body = q.value(9).toByteArray();
    r.bodySize = q.value(10).toLongLong();
    r.bodyTruncated = q.value(11).toBool();
    r.verdict = q.value(12).toString();
    r.reason = q.value(13).toString();
    r.httpStatus = q.value(14).toInt();
    r.decoded = SqlValues::object(q.value(15));
    if (!q.value(16).isNull())
        r.effects = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array();
    r.clientId = q.value(17).toString();
    r.duplicateOf = q.value(18).toString();
    return r;
}

// An empty text, never NULL (a null QString binds as NULL).
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString arrayJson(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<InboundWebhook> all(QSqlQuery &q)
{
    QList<InboundWebhook> out;
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    return out;
}
} // namespace

void InboundWebhookStore::insert(InboundWebhook r)
{
    r.bodySize = r.body.size();
    r.bodyTruncated = r.body.size() > kMaxStoredBody;
    if (r.bodyTruncated)
        r.body.truncate(kMaxStoredBody);
    m_db.exec(
        QStringLiteral("INSERT INTO inbound_webhooks (id, provider, provider_event_id, event_type, "
                       "customer_ref, received_at, ip, headers, body, body_size, body_truncated, "
                       "verdict, reason, http_status, decoded, effects, client_id, duplicate_of) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {r.id, r.provider, SqlValues::nullableText(r.eventId), SqlValues::nullableText(r.eventType),
         SqlValues::nullableText(r.customer), r.receivedAt, r.ip, SqlValues::json(r.headers),
         QVariant(r.body.isNull() ? QByteArray("") : r.body), r.bodySize, r.bodyTruncated ? 1 : 0,
         r.verdict, notNull(r.reason), r.httpStatus,
         r.decoded.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                             : QVariant(SqlValues::json(r.decoded)),
         r.effects ? QVariant(arrayJson(*r.effects)) : QVariant(QMetaType(QMetaType::QString)),
         SqlValues::nullableText(r.clientId), SqlValues::nullableText(r.duplicateOf)});
}

std::optional<InboundWebhook> InboundWebhookStore::find(const QString &id)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM inbound_webhooks WHERE id=?"),
                             {id});
    const QList<InboundWebhook> rows = all(q);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<InboundWebhook> InboundWebhookStore::findVerified(const QString &provider,
                                                                const QString &eventId)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM inbound_webhooks WHERE provider=? AND "
                                                "provider_event_id=? AND verdict='verified'"),
                             {provider, eventId});
    const QList<InboundWebhook> rows = all(q);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

void InboundWebhookStore::setEffects(const QString &id, const QJsonArray &effects,
                                     const QString &clientId, const QString &reason)
{
    m_db.exec(QStringLiteral("UPDATE inbound_webhooks SET effects=?, client_id=?, reason=? "
                             "WHERE id=?"),
              {arrayJson(effects), SqlValues::nullableText(clientId), notNull(reason), id});
}

QList<InboundWebhook> InboundWebhookStore::pendingEffects(const QString &provider)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM inbound_webhooks WHERE provider=? AND "
                                                "verdict='verified' AND effects IS NULL "
                                                "ORDER BY seq"),
                             {provider});
    return all(q);
}

QStringList InboundWebhookStore::recentTypes(const QString &provider, const QString &customer,
                                             const QStringList &types, int limit)
{
    // A handful of types: one bound value each.
    QStringList marks;
    QVariantList values{provider, customer};
    for (const QString &t : types) {
        marks << QStringLiteral("?");
        values << t;
    }
    values << limit;
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT event_type FROM inbound_webhooks WHERE provider=? AND "
                                     "customer_ref=? AND verdict='verified' AND event_type IN (%1) "
                                     "ORDER BY seq DESC LIMIT ?")
                          .arg(marks.join(QLatin1Char(','))));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    Database::run(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

InboundWebhookStore::Page InboundWebhookStore::list(const InboundWebhookFilter &filter, int limit,
                                                    qint64 beforeSeq)
{
    SqlFilter where;
    if (!filter.provider.isEmpty())
        where.add(QStringLiteral("provider=?"), {filter.provider});
    if (!filter.verdict.isEmpty())
        where.add(QStringLiteral("verdict=?"), {filter.verdict});
    Page page;
    page.total = where.count(m_db, QStringLiteral("inbound_webhooks"));
    // Lists never carry bodies (up to 256 KiB each): an empty blob in the body's place.
    QString columns = kColumns;
    columns.replace(QStringLiteral(" body,"), QStringLiteral(" X'' AS body,"));
    QSqlQuery &q =
        where.page(m_db, columns, QStringLiteral("inbound_webhooks"), beforeSeq, limit + 1);
    page.items = all(q);
    page.more = page.items.size() > limit;
    if (page.more)
        page.items.removeLast();
    return page;
}

} // namespace mid
