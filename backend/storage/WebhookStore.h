#pragma once

#include "domain/Webhook.h"

#include <QList>
#include <optional>

namespace mid {

class Database;

// Rows of webhook_endpoints and the previous secrets of their rotations.
class WebhookStore
{
public:
    explicit WebhookStore(Database &db) : m_db(db) {}

    void insert(const WebhookEndpoint &endpoint);
    void update(const WebhookEndpoint &endpoint);
    void remove(const QString &id);
    std::optional<WebhookEndpoint> find(const QString &id);
    // Oldest first; every client's when clientId is empty.
    QList<WebhookEndpoint> list(const QString &clientId);
    // Endpoints that take new deliveries (active or paused), oldest first.
    QList<WebhookEndpoint> receiving(const QString &clientId);
    int nextPosition(const QString &clientId);

    void keepOldSecret(const QString &endpointId, const QByteArray &sealed, qint64 createdAt,
                       qint64 expiresAt);
    // Sealed previous secrets still valid at `nowMs`, newest first.
    QList<QByteArray> oldSecrets(const QString &endpointId, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace mid
