#pragma once

#include "domain/Webhook.h"
#include "storage/OutboxStore.h"
#include "storage/WebhookStore.h"

#include <QJsonObject>
#include <optional>

namespace mid {

class Database;
class Outbox;

struct EndpointInput
{
    std::optional<QString> url;
    std::optional<QStringList> events;
    std::optional<QString> description;
};

// Webhook endpoints of §9 (create, update, pause/resume, rotate, ping, the secret) and the
// outbox's deliveries as operators inspect and replay them. Every change commits with the
// deliveries it holds, releases or cancels.
class WebhookService
{
public:
    WebhookService(Database &db, Outbox &outbox, QByteArray dataKey);

    struct Created
    {
        WebhookEndpoint endpoint;
        QString secret; // shown once (and later only at /:id/secret)
    };
    Created create(const QString &clientId, const QString &url, const QStringList &events,
                   const QString &description);
    // A client's webhookUrl / webhookEvents of §6 are its first endpoint: created the first
    // time, updated after. The secret is set only when it was created.
    Created setFirstEndpoint(const QString &clientId, const QString &url,
                             const std::optional<QStringList> &events);
    WebhookEndpoint update(const QString &id, const EndpointInput &patch);
    void remove(const QString &id);
    // Every endpoint of a deleted client, and what was still to be sent to it.
    void removeAllOf(const QString &clientId);
    WebhookEndpoint pause(const QString &id);
    WebhookEndpoint resume(const QString &id);
    Created rotate(const QString &id, int graceSeconds);
    QString secretOf(const QString &id);
    WebhookDelivery ping(const QString &id);

    WebhookEndpoint endpoint(const QString &id);
    QList<WebhookEndpoint> endpoints(const QString &clientId);
    // A client's first endpoint, if any (its §6 webhookUrl).
    std::optional<WebhookEndpoint> firstEndpoint(const QString &clientId);

    struct Page
    {
        QList<WebhookDelivery> items;
        qint64 total = 0;
        QString nextCursor;
    };
    Page deliveries(const DeliveryFilter &filter, int limit, const QString &cursor);
    WebhookDelivery delivery(const QString &id);
    QList<WebhookAttempt> attempts(const QString &deliveryId);
    // The delivery with every attempt, the event it carries and its endpoint (the console's
    // inspector).
    QJsonObject deliveryDetail(const QString &id);
    WebhookDelivery replay(const QString &deliveryId);

    static QJsonObject toJson(const WebhookEndpoint &endpoint);
    static QJsonObject toJson(const WebhookDelivery &delivery);
    static QJsonObject toJson(const WebhookAttempt &attempt);

    static constexpr int kDefaultGraceSeconds = 86400;
    static constexpr int kMaxGraceSeconds = 30 * 86400;

private:
    WebhookEndpoint setStatus(const QString &id, const QString &status);

    Database &m_db;
    Outbox &m_outbox;
    QByteArray m_dataKey;
    WebhookStore m_store;
    OutboxStore m_deliveries;
};

} // namespace mid
