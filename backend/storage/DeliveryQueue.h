#pragma once

#include "domain/Webhook.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace mid {

class Database;

// The dispatcher's side of webhook_deliveries: due rows are claimed with a lease
// (claimed_by, lease_until) in one UPDATE, so several dispatchers could share one database;
// a lease that ran out (its holder crashed) makes the row due again. Every attempt is
// recorded with the delivery's new state in one transaction.
class DeliveryQueue
{
public:
    explicit DeliveryQueue(Database &db) : m_db(db) {}

    // What a dispatcher leaves out of a claim: rows it is sending already, and the
    // endpoints (or callback URLs, for rows without one) that are at their concurrency cap.
    struct Exclusions
    {
        QStringList deliveryIds;
        QStringList targets; // endpoint_id, or url when endpoint_id is NULL
    };

    // Claims up to `limit` due rows (pending or retrying, next_attempt_at <= now, no live
    // lease) for `worker` until `leaseUntil`, oldest due first, and returns them.
    QList<WebhookDelivery> claim(const QString &worker, qint64 nowMs, qint64 leaseUntil, int limit,
                                 const Exclusions &exclude = {});
    // Gives a claimed row back untouched (a dispatcher that cannot start it now, or stops).
    void release(const QStringList &deliveryIds, const QString &worker);
    // When the next row becomes claimable (its due time, or its lease's end), if any.
    std::optional<qint64> nextDue(const Exclusions &exclude = {});

    struct Outcome
    {
        QString status; // delivered | retrying | failed
        qint64 nextAttemptAt = 0;
        qint64 deliveredAt = 0;
        // 410 Gone: the endpoint is disabled with this reason and its other deliveries that
        // were still to be sent are cancelled, in the same transaction.
        QString disableEndpointReason;
    };
    // Inserts the attempt and updates the delivery (attempts + 1, status, next attempt, last
    // status/error/duration, delivered_at, lease cleared) in one transaction. Returns the row
    // as it is now, or nothing when `worker` no longer holds its lease (another dispatcher
    // took it over after the lease ran out): then nothing is written.
    std::optional<WebhookDelivery> record(const WebhookDelivery &delivery,
                                          const WebhookAttempt &attempt, const Outcome &outcome,
                                          const QString &worker);
    // A claimed row that must not be sent: its endpoint was paused (held), disabled or
    // deleted (cancelled) since the row was claimed.
    std::optional<WebhookDelivery> settle(const QString &deliveryId, const QString &status,
                                          const QString &reason, const QString &worker,
                                          qint64 nowMs);

    // The sealed client secret (clients.secret_enc) that signs a consent's callbackUrl when
    // its client has no endpoint.
    QByteArray clientSecretSealed(const QString &clientId);

    static constexpr int kMaxStoredBytes = 64 * 1024;

private:
    std::optional<WebhookDelivery> find(const QString &id);
    Database &m_db;
};

} // namespace mid
