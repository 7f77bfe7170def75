#pragma once

#include "domain/Webhook.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace mid {

class Database;

// What a dispatcher leaves out of a claim: rows it is sending already, and the endpoints (or
// callback URLs, for rows without one) that are at their concurrency cap. (DeliveryQueue::
// Exclusions; declared out here so that its member initializers can serve a default argument.)
struct DeliveryExclusions
{
    QStringList deliveryIds;
    QStringList targets; // endpoint_id, or url when endpoint_id is NULL
    // When perTarget > 0, a claim takes at most perTarget - inFlight[target] rows of a
    // target (rows it cannot start now are not claimed, so they need no giving back).
    int perTarget = 0;
    QHash<QString, int> inFlight;
    // When set, only this target's rows (a dispatcher refilling the slot an attempt freed).
    QString onlyTarget;
};

// The dispatcher's side of webhook_deliveries: due rows are claimed with a lease
// (claimed_by, lease_until) by a guarded UPDATE, so several dispatchers could share one
// database; a lease that ran out (its holder crashed) makes the row due again. Every attempt is
// recorded with the delivery's new state in one transaction.
class DeliveryQueue
{
public:
    explicit DeliveryQueue(Database &db) : m_db(db) {}

    using Exclusions = DeliveryExclusions;

    // Up to `limit` due rows (pending or retrying, next_attempt_at <= now, no live lease),
    // oldest due first, read without taking the writers' lock. `capped` (when given) tells
    // whether due rows among the first `limit` were left because their target reached its
    // cap: rows of other targets may then lie beyond them.
    QList<WebhookDelivery> due(qint64 nowMs, int limit, const Exclusions &exclude = {},
                               bool *capped = nullptr);
    // Leases those of `deliveryIds` that are still claimable to `worker` until `leaseUntil`,
    // in one statement (so that of two dispatchers, one gets a row), and returns their ids.
    QSet<QString> claim(const QStringList &deliveryIds, const QString &worker, qint64 nowMs,
                        qint64 leaseUntil);
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
