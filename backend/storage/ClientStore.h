#pragma once

#include "domain/Client.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace mid {

class Database;

// Rows of the clients and webhook_endpoints tables.
class ClientStore
{
public:
    explicit ClientStore(Database &db) : m_db(db) {}

    QList<Client> loadAll();
    void insert(const Client &client);
    void update(const Client &client);
    void remove(const QString &clientId);

    struct WebhookEndpointRow
    {
        QString id, clientId, url;
        QStringList events;
        QByteArray secretSealed;
        QString status;
        qint64 createdAt = 0;
    };
    void insertWebhookEndpoint(const WebhookEndpointRow &row);

private:
    Database &m_db;
};

} // namespace mid
