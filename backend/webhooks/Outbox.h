#pragma once

#include "events/EventBus.h"
#include "storage/OutboxStore.h"
#include "storage/WebhookStore.h"

#include <QObject>

namespace mid {

class Database;

// The transactional outbox of §9: a state change records its event here inside its own
// transaction, and the event row and one delivery row per receiving endpoint (and the
// consent's callbackUrl) commit with it or not at all. Only after the commit does the event
// reach the live stream and the dispatcher hear that deliveries are due, so the console and
// the receivers see the same rows, and a crash at any point invents or loses nothing.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(Database &db, EventBus &bus, QObject *parent = nullptr);

    struct Routing
    {
        QString resource;    // what the event is about (consent, device, enrollment id)
        QString callbackUrl; // a consent's own callback, besides the client's endpoints
        QString endpointId;  // only this endpoint, whatever it subscribed to (ping)
    };
    // Records one event; joins the caller's transaction when one is open. `dataJson`, when
    // the caller has it, is `data` already serialized: stored as it is.
    DomainEvent record(const QString &type, const QString &clientId, const QJsonObject &data,
                       const Routing &routing = {}, const QByteArray &dataJson = {});
    // A new delivery of a recorded event to the same place as `original` (an operator's
    // replay); due at once.
    WebhookDelivery redeliver(const WebhookDelivery &original);

    // Whether events of this type are delivered to webhooks at all (§9's list); the others
    // (consent.scanned, client.updated, …) only reach the console.
    static bool isDeliverable(const QString &type);
    // For a change that makes held deliveries due (an endpoint resumed): the dispatcher
    // hears of it once the open transaction commits.
    void wakeDispatcherAfterCommit();

Q_SIGNALS:
    // Deliveries committed and due: the dispatcher's cue to look (queued to its thread).
    void deliveriesQueued();

private:
    WebhookDelivery delivery(const EventRecord &event, const QString &endpointId,
                             const QString &url, const QString &status);

    Database &m_db;
    EventBus &m_bus;
    OutboxStore m_outbox;
    WebhookStore m_endpoints;
};

} // namespace mid
