#include "Outbox.h"

#include "core/Ids.h"
#include "core/Time.h"
#include "domain/WebhookEvents.h"
#include "storage/Database.h"

namespace mid {

Outbox::Outbox(Database &db, EventBus &bus, QObject *parent)
    : QObject(parent), m_db(db), m_bus(bus), m_outbox(db), m_endpoints(db)
{
}

bool Outbox::isDeliverable(const QString &type)
{
    return webhookEventNames().contains(type);
}

WebhookDelivery Outbox::delivery(const EventRecord &event, const QString &endpointId,
                                 const QString &url, const QString &status)
{
    WebhookDelivery d;
    d.id = Ids::makeOrdered(QStringLiteral("whd"));
    d.eventId = event.id;
    d.eventType = event.type;
    d.clientId = event.clientId;
    d.endpointId = endpointId;
    d.url = url;
    d.resource = event.resource;
    d.status = status;
    d.nextAttemptAt = status == QLatin1String("held") ? 0 : event.at;
    d.createdAt = d.updatedAt = event.at;
    return d;
}

DomainEvent Outbox::record(const QString &type, const QString &clientId, const QJsonObject &data,
                           const Routing &routing, const QByteArray &dataJson)
{
    const EventRecord event{Ids::makeOrdered(QStringLiteral("evt")),
                            type,
                            clientId,
                            routing.resource,
                            Time::nowMs(),
                            data,
                            dataJson};
    Transaction tx(m_db);
    m_outbox.insertEvent(event);
    int queued = 0;
    if (!routing.endpointId.isEmpty()) {
        if (const auto endpoint = m_endpoints.find(routing.endpointId)) {
            m_outbox.insertDelivery(
                delivery(event, endpoint->id, endpoint->url, QStringLiteral("pending")));
            ++queued;
        }
    } else if (isDeliverable(type) && !clientId.isEmpty()) {
        bool callbackCovered = routing.callbackUrl.isEmpty();
        for (const WebhookEndpoint &endpoint : m_endpoints.receiving(clientId)) {
            if (!WebhookRules::wants(endpoint, type))
                continue;
            const bool paused = endpoint.status == WebhookRules::kPaused;
            m_outbox.insertDelivery(
                delivery(event, endpoint.id, endpoint.url,
                         paused ? QStringLiteral("held") : QStringLiteral("pending")));
            queued += paused ? 0 : 1;
            callbackCovered = callbackCovered || endpoint.url == routing.callbackUrl;
        }
        if (!callbackCovered) {
            m_outbox.insertDelivery(
                delivery(event, QString(), routing.callbackUrl, QStringLiteral("pending")));
            ++queued;
        }
    }
    const DomainEvent published{event.id, type, clientId, event.at, data};
    m_db.afterCommit([this, published, queued] {
        m_bus.emitRecorded(published);
        if (queued > 0)
            Q_EMIT deliveriesQueued();
    });
    tx.commit();
    return published;
}

WebhookDelivery Outbox::redeliver(const WebhookDelivery &original)
{
    const auto event = m_outbox.findEvent(original.eventId);
    if (!event)
        return {};
    WebhookDelivery d =
        delivery(*event, original.endpointId, original.url, QStringLiteral("pending"));
    d.replayOf = original.id;
    d.createdAt = d.updatedAt = d.nextAttemptAt = Time::nowMs();
    Transaction tx(m_db);
    m_outbox.insertDelivery(d);
    wakeDispatcherAfterCommit();
    tx.commit();
    return d;
}

void Outbox::wakeDispatcherAfterCommit()
{
    m_db.afterCommit([this] { Q_EMIT deliveriesQueued(); });
}

} // namespace mid
