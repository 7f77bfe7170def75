#include "DeliveryQueue.h"

#include "Database.h"
#include "OutboxStore.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace mid {

namespace {
// The claimable rows, with what the caller leaves out (bound as JSON arrays).
const char kDueWhere[] =
    "status IN ('pending','retrying') AND id NOT IN (SELECT value FROM json_each(?)) "
    "AND COALESCE(endpoint_id, url) NOT IN (SELECT value FROM json_each(?))";
} // namespace

QList<WebhookDelivery> DeliveryQueue::due(qint64 nowMs, int limit, const Exclusions &exclude,
                                          bool *capped)
{
    QList<WebhookDelivery> rows;
    if (capped)
        *capped = false;
    if (limit <= 0)
        return rows;
    const QString due = QStringLiteral("SELECT ") + OutboxStore::deliveryColumns() +
                        QStringLiteral(" FROM webhook_deliveries WHERE ") +
                        QLatin1String(kDueWhere) +
                        QStringLiteral(" AND next_attempt_at<=? AND (lease_until IS NULL OR "
                                       "lease_until<?)");
    const QString order = QStringLiteral(" ORDER BY next_attempt_at, seq LIMIT ?");
    const QString excludedIds = SqlValues::json(exclude.deliveryIds);
    const QString excludedTargets = SqlValues::json(exclude.targets);
    QSqlQuery &q =
        exclude.onlyTarget.isEmpty()
            ? m_db.exec(due + order, {excludedIds, excludedTargets, nowMs, nowMs, limit})
            : m_db.exec(due + QStringLiteral(" AND COALESCE(endpoint_id, url)=?") + order,
                        {excludedIds, excludedTargets, nowMs, nowMs, exclude.onlyTarget, limit});
    QHash<QString, int> taken = exclude.inFlight;
    bool left = false;
    while (q.next()) {
        WebhookDelivery d = OutboxStore::deliveryFrom(q);
        const QString target = d.endpointId.isEmpty() ? d.url : d.endpointId;
        if (exclude.perTarget > 0 && taken.value(target) >= exclude.perTarget) {
            left = true;
            continue;
        }
        ++taken[target];
        rows.append(std::move(d));
    }
    q.finish();
    if (capped)
        *capped = left;
    return rows;
}

QSet<QString> DeliveryQueue::claim(const QStringList &deliveryIds, const QString &worker,
                                   qint64 nowMs, qint64 leaseUntil)
{
    QSet<QString> claimed;
    if (deliveryIds.isEmpty())
        return claimed;
    // One statement: a row still claimable when it runs is taken by this worker, and by no
    // other (another dispatcher may have taken some since they were read).
    QSqlQuery &q =
        m_db.exec(QStringLiteral("UPDATE webhook_deliveries SET claimed_by=?, lease_until=? "
                                 "WHERE id IN (SELECT value FROM json_each(?)) AND "
                                 "status IN ('pending','retrying') AND next_attempt_at<=? AND "
                                 "(lease_until IS NULL OR lease_until<?) RETURNING id"),
                  {worker, leaseUntil, SqlValues::json(deliveryIds), nowMs, nowMs});
    while (q.next())
        claimed.insert(q.value(0).toString());
    q.finish();
    return claimed;
}

void DeliveryQueue::release(const QStringList &deliveryIds, const QString &worker)
{
    if (deliveryIds.isEmpty())
        return;
    m_db.exec(QStringLiteral("UPDATE webhook_deliveries SET claimed_by=NULL, lease_until=NULL "
                             "WHERE claimed_by=? AND id IN (SELECT value FROM json_each(?))"),
              {worker, SqlValues::json(deliveryIds)});
}

std::optional<qint64> DeliveryQueue::nextDue(const Exclusions &exclude)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until>="
                                 "next_attempt_at THEN lease_until + 1 ELSE next_attempt_at END) "
                                 "FROM webhook_deliveries WHERE ") +
                      QLatin1String(kDueWhere),
                  {SqlValues::json(exclude.deliveryIds), SqlValues::json(exclude.targets)});
    std::optional<qint64> out;
    if (q.next() && !q.value(0).isNull())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

std::optional<WebhookDelivery> DeliveryQueue::find(const QString &id)
{
    return OutboxStore(m_db).findDelivery(id);
}

std::optional<WebhookDelivery> DeliveryQueue::record(const WebhookDelivery &d,
                                                     const WebhookAttempt &a,
                                                     const Outcome &outcome, const QString &worker)
{
    Transaction tx(m_db);
    const qint64 now = a.startedAt + a.durationMs;
    QSqlQuery &u = m_db.exec(
        QStringLiteral("UPDATE webhook_deliveries SET attempts=attempts+1, status=?, "
                       "next_attempt_at=?, last_status_code=?, last_error=?, last_duration_ms=?, "
                       "delivered_at=?, claimed_by=NULL, lease_until=NULL, updated_at=? "
                       "WHERE id=? AND claimed_by=? AND status IN ('pending','retrying')"),
        {outcome.status,
         outcome.status == QLatin1String("retrying") ? QVariant(outcome.nextAttemptAt)
                                                     : QVariant(QMetaType(QMetaType::LongLong)),
         a.statusCode ? QVariant(a.statusCode) : QVariant(QMetaType(QMetaType::Int)),
         SqlValues::nullableText(a.error), a.durationMs, SqlValues::nullableMs(outcome.deliveredAt),
         now, d.id, worker});
    if (u.numRowsAffected() != 1) {
        tx.commit(); // the lease was lost: nothing was written (an outer transaction goes on)
        return std::nullopt;
    }
    // An empty body is stored as empty, not NULL (a null QByteArray binds as NULL).
    const auto truncated = [](const QByteArray &b) {
        return b.isEmpty() ? QByteArray("") : b.left(kMaxStoredBytes);
    };
    m_db.exec(QStringLiteral("INSERT INTO webhook_attempts (delivery_id, number, started_at, "
                             "duration_ms, status_code, error, request_headers, request_body, "
                             "response_headers, response_body, response_truncated) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
              {d.id, d.attempts + 1, a.startedAt, a.durationMs,
               a.statusCode ? QVariant(a.statusCode) : QVariant(QMetaType(QMetaType::Int)),
               SqlValues::nullableText(a.error), SqlValues::json(a.requestHeaders),
               truncated(a.requestBody), SqlValues::json(a.responseHeaders),
               truncated(a.responseBody),
               a.responseTruncated || a.responseBody.size() > kMaxStoredBytes ? 1 : 0});
    if (!outcome.disableEndpointReason.isEmpty() && !d.endpointId.isEmpty()) {
        m_db.exec(QStringLiteral("UPDATE webhook_endpoints SET status='disabled', "
                                 "status_reason=?, updated_at=? WHERE id=?"),
                  {outcome.disableEndpointReason, now, d.endpointId});
        // What was still to be sent is cancelled; attempts in flight (a live lease) record
        // their own answer, and their retry finds the endpoint disabled.
        m_db.exec(QStringLiteral("UPDATE webhook_deliveries SET status='cancelled', "
                                 "next_attempt_at=NULL, updated_at=? WHERE endpoint_id=? AND "
                                 "id<>? AND status IN ('pending','retrying','held') AND "
                                 "(lease_until IS NULL OR lease_until<?)"),
                  {now, d.endpointId, d.id, now});
    }
    tx.commit();
    // The row as the UPDATE left it (read back, it would cost a query per attempt).
    WebhookDelivery after = d;
    after.attempts = d.attempts + 1;
    after.status = outcome.status;
    after.nextAttemptAt = outcome.status == QLatin1String("retrying") ? outcome.nextAttemptAt : 0;
    after.lastStatusCode = a.statusCode;
    after.lastError = a.error;
    after.lastDurationMs = a.durationMs;
    after.deliveredAt = outcome.deliveredAt;
    after.updatedAt = now;
    return after;
}

std::optional<WebhookDelivery> DeliveryQueue::settle(const QString &deliveryId,
                                                     const QString &status, const QString &reason,
                                                     const QString &worker, qint64 nowMs)
{
    Transaction tx(m_db);
    QSqlQuery &u = m_db.exec(
        QStringLiteral("UPDATE webhook_deliveries SET status=?, last_error=COALESCE(?, "
                       "last_error), next_attempt_at=CASE WHEN ?='held' THEN next_attempt_at "
                       "ELSE NULL END, claimed_by=NULL, lease_until=NULL, updated_at=? "
                       "WHERE id=? AND claimed_by=? AND status IN ('pending','retrying')"),
        {status, SqlValues::nullableText(reason), status, nowMs, deliveryId, worker});
    if (u.numRowsAffected() != 1) {
        tx.commit(); // nothing was written
        return std::nullopt;
    }
    auto after = find(deliveryId);
    tx.commit();
    return after;
}

QByteArray DeliveryQueue::clientSecretSealed(const QString &clientId)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT secret_enc FROM clients WHERE client_id=?"), {clientId});
    QByteArray out;
    if (q.next())
        out = q.value(0).toByteArray();
    q.finish();
    return out;
}

} // namespace mid
