#pragma once

#include <QHash>
#include <QStringList>

#include "domain/Webhook.h"

#include <QJsonObject>
#include <QList>
#include <optional>

class QSqlQuery;

namespace mid {

class Database;

// A recorded state change: the row behind every live event and every webhook body.
struct EventRecord
{
    QString id; // evt_…
    QString type;
    QString clientId;
    QString resource;
    qint64 at = 0;
    QJsonObject data;
    QByteArray dataJson; // when set on insert: `data` already serialized, stored as it is
};

struct DeliveryFilter
{
    QString clientId;
    QString endpointId;
    QString eventType;
    QString status;
    QString resource;
};

// Rows of events, webhook_deliveries and webhook_attempts as the API reads and writes them
// (the dispatcher's claim of due rows is in DeliveryQueue).
class OutboxStore
{
public:
    // The columns deliveryFrom reads, in its order (a claim reads rows as the store does).
    static const QString &deliveryColumns();
    static WebhookDelivery deliveryFrom(const QSqlQuery &query);
    explicit OutboxStore(Database &db) : m_db(db) {}

    void insertEvent(const EventRecord &event);
    std::optional<EventRecord> findEvent(const QString &id);
    // The events of these ids that exist, by id, in one query.
    QHash<QString, EventRecord> findEvents(const QStringList &ids);
    // Events recorded after `id`, oldest first; nullopt when `id` is not recorded or more
    // than `limit` followed it.
    std::optional<QList<EventRecord>> eventsAfter(const QString &id, int limit);
    void insertDelivery(const WebhookDelivery &delivery);

    std::optional<WebhookDelivery> findDelivery(const QString &id);
    struct Page
    {
        QList<WebhookDelivery> items; // newest first
        qint64 total = 0;
        bool more = false;
    };
    Page listDeliveries(const DeliveryFilter &filter, int limit, qint64 beforeSeq);
    QList<WebhookAttempt> attempts(const QString &deliveryId);

    // Pausing holds what is waiting for the endpoint; resuming makes it due at `nowMs`;
    // disabling or deleting it cancels what was still to be sent.
    int holdFor(const QString &endpointId, qint64 nowMs);
    int releaseFor(const QString &endpointId, qint64 nowMs);
    int cancelFor(const QString &endpointId, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace mid
