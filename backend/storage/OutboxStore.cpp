#include "OutboxStore.h"

#include "Database.h"
#include "SqlFilter.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace mid {

namespace {
const QString kDeliveryColumns = QStringLiteral(
    "seq, id, event_id, event_type, client_id, endpoint_id, url, resource, status, attempts, "
    "next_attempt_at, last_status_code, last_error, last_duration_ms, replay_of, created_at, "
    "updated_at, delivered_at");
} // namespace

const QString &OutboxStore::deliveryColumns()
{
    return kDeliveryColumns;
}

WebhookDelivery OutboxStore::deliveryFrom(const QSqlQuery &q)
{
    WebhookDelivery d;
    d.seq = q.value(0).toLongLong();
    d.id = q.value(1).toString();
    d.eventId = q.value(2).toString();
    d.eventType = q.value(3).toString();
    d.clientId = q.value(4).toString();
    d.endpointId = q.value(5).toString();
    d.url = q.value(6).toString();
    d.resource = q.value(7).toString();
    d.status = q.value(8).toString();
    d.attempts = q.value(9).toInt();
    d.nextAttemptAt = q.value(10).toLongLong();
    d.lastStatusCode = q.value(11).toInt();
    d.lastError = q.value(12).toString();
    d.lastDurationMs = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
    d.replayOf = q.value(14).toString();
    d.createdAt = q.value(15).toLongLong();
    d.updatedAt = q.value(16).toLongLong();
    d.deliveredAt = q.value(17).toLongLong();
    return d;
}

namespace {

QJsonObject headersFrom(const QVariant &v)
{
    return SqlValues::object(v);
}
} // namespace

void OutboxStore::insertEvent(const EventRecord &e)
{
    // One per state change: through SQLite directly (Database::native).
    NativeStatement insert = m_db.native(
        "INSERT INTO events (id, type, client_id, resource, at, data) VALUES (?,?,?,?,?,?)");
    insert.bind(1, e.id);
    insert.bind(2, e.type);
    e.clientId.isEmpty() ? insert.bindNull(3) : insert.bind(3, e.clientId);
    e.resource.isEmpty() ? insert.bindNull(4) : insert.bind(4, e.resource);
    insert.bind(5, e.at);
    insert.bind(6, e.dataJson.isEmpty() ? SqlValues::json(e.data).toUtf8() : e.dataJson);
    insert.run();
}

namespace {
EventRecord eventFrom(const QSqlQuery &q)
{
    return EventRecord{q.value(0).toString(),   q.value(1).toString(),
                       q.value(2).toString(),   q.value(3).toString(),
                       q.value(4).toLongLong(), SqlValues::object(q.value(5))};
}
} // namespace

std::optional<EventRecord> OutboxStore::findEvent(const QString &id)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT id, type, client_id, resource, at, data FROM events WHERE id=?"),
        {id});
    std::optional<EventRecord> out;
    if (q.next())
        out = eventFrom(q);
    q.finish();
    return out;
}

QHash<QString, EventRecord> OutboxStore::findEvents(const QStringList &ids)
{
    QHash<QString, EventRecord> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT id, type, client_id, resource, at, data FROM events "
                                 "WHERE id IN (SELECT value FROM json_each(?))"),
                  {SqlValues::json(ids)});
    while (q.next()) {
        EventRecord e = eventFrom(q);
        out.insert(e.id, std::move(e));
    }
    q.finish();
    return out;
}

std::optional<QList<EventRecord>> OutboxStore::eventsAfter(const QString &id, int limit)
{
    QSqlQuery &seqOf = m_db.exec(QStringLiteral("SELECT seq FROM events WHERE id=?"), {id});
    const qint64 seq = seqOf.next() ? seqOf.value(0).toLongLong() : -1;
    seqOf.finish();
    if (seq < 0)
        return std::nullopt;
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, type, client_id, resource, at, data FROM "
                                            "events WHERE seq>? ORDER BY seq LIMIT ?"),
                             {seq, limit + 1});
    QList<EventRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong(), SqlValues::object(q.value(5))});
    q.finish();
    if (out.size() > limit)
        return std::nullopt;
    return out;
}

void OutboxStore::insertDelivery(const WebhookDelivery &d)
{
    m_db.exec(QStringLiteral("INSERT INTO webhook_deliveries (id, event_id, event_type, "
                             "client_id, endpoint_id, url, resource, status, attempts, "
                             "next_attempt_at, replay_of, created_at, updated_at) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
              {d.id, d.eventId, d.eventType, SqlValues::nullableText(d.clientId),
               SqlValues::nullableText(d.endpointId), d.url, SqlValues::nullableText(d.resource),
               d.status, d.attempts, SqlValues::nullableMs(d.nextAttemptAt),
               SqlValues::nullableText(d.replayOf), d.createdAt, d.updatedAt});
}

std::optional<WebhookDelivery> OutboxStore::findDelivery(const QString &id)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kDeliveryColumns +
                                 QStringLiteral(" FROM webhook_deliveries WHERE id=?"),
                             {id});
    std::optional<WebhookDelivery> out;
    if (q.next())
        out = deliveryFrom(q);
    q.finish();
    return out;
}

OutboxStore::Page OutboxStore::listDeliveries(const DeliveryFilter &filter, int limit,
                                              qint64 beforeSeq)
{
    SqlFilter where;
    if (!filter.clientId.isEmpty())
        where.add(QStringLiteral("client_id=?"), {filter.clientId});
    if (!filter.endpointId.isEmpty())
        where.add(QStringLiteral("endpoint_id=?"), {filter.endpointId});
    if (!filter.eventType.isEmpty())
        where.add(QStringLiteral("event_type=?"), {filter.eventType});
    if (!filter.status.isEmpty())
        where.add(QStringLiteral("status=?"), {filter.status});
    if (!filter.resource.isEmpty())
        where.add(QStringLiteral("resource=?"), {filter.resource});
    Page page;
    page.total = where.count(m_db, QStringLiteral("webhook_deliveries"));
    QSqlQuery &q = where.page(m_db, kDeliveryColumns, QStringLiteral("webhook_deliveries"),
                              beforeSeq, limit + 1);
    while (q.next())
        page.items.append(deliveryFrom(q));
    q.finish();
    page.more = page.items.size() > limit;
    if (page.more)
        page.items.removeLast();
    return page;
}

QList<WebhookAttempt> OutboxStore::attempts(const QString &deliveryId)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT delivery_id, number, started_at, duration_ms, status_code, error, "
                       "request_headers, request_body, response_headers, response_body, "
                       "response_truncated FROM webhook_attempts WHERE delivery_id=? "
                       "ORDER BY number"),
        {deliveryId});
    QList<WebhookAttempt> out;
    while (q.next()) {
        WebhookAttempt a;
        a.deliveryId = q.value(0).toString();
        a.number = q.value(1).toInt();
        a.startedAt = q.value(2).toLongLong();
        a.durationMs = q.value(3).toLongLong();
        a.statusCode = q.value(4).toInt();
        a.error = q.value(5).toString();
        a.requestHeaders = headersFrom(q.value(6));
        a.requestBody = q.value(7).toByteArray();
        a.responseHeaders = headersFrom(q.value(8));
        a.responseBody = q.value(9).toByteArray();
        a.responseTruncated = q.value(10).toBool();
        out.append(a);
    }
    q.finish();
    return out;
}

int OutboxStore::holdFor(const QString &endpointId, qint64 nowMs)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE webhook_deliveries SET status='held', "
                                            "updated_at=? WHERE endpoint_id=? AND "
                                            "status IN ('pending','retrying')"),
                             {nowMs, endpointId});
    return q.numRowsAffected();
}

int OutboxStore::releaseFor(const QString &endpointId, qint64 nowMs)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("UPDATE webhook_deliveries SET status=CASE WHEN attempts>0 THEN "
                                 "'retrying' ELSE 'pending' END, next_attempt_at=?, updated_at=? "
                                 "WHERE endpoint_id=? AND status='held'"),
                  {nowMs, nowMs, endpointId});
    return q.numRowsAffected();
}

int OutboxStore::cancelFor(const QString &endpointId, qint64 nowMs)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE webhook_deliveries SET status='cancelled', "
                                            "next_attempt_at=NULL, updated_at=? WHERE "
                                            "endpoint_id=? AND status IN "
                                            "('pending','retrying','held')"),
                             {nowMs, endpointId});
    return q.numRowsAffected();
}

} // namespace mid
