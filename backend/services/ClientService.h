#pragma once

#include "WebhookService.h"
#include "domain/Client.h"
#include "storage/ClientStore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

namespace mid {

class Database;
class Outbox;

struct ClientInput
{
    QString name;
    QString plan = QStringLiteral("free");
    std::optional<QString> status;
    std::optional<QStringList> scopes;
    std::optional<QStringList> allowedOrigins;
    std::optional<QString> qrPayload;
    std::optional<std::optional<QJsonObject>> rateLimits; // outer: given; inner: null clears
    std::optional<QString> webhookUrl;
    std::optional<QStringList> webhookEvents;
    std::optional<QString> stripeCustomerId;
};

// Tenants: creation with one-time credentials, updates, key regeneration, deletion, and the
// credential look-ups every request makes. All clients are kept in memory (a box has tens or
// hundreds), so authenticating a request never touches the database.
class ClientService : public QObject
{
    Q_OBJECT
public:
    ClientService(Database &db, QByteArray dataKey, Outbox &outbox, WebhookService &webhooks,
                  QObject *parent = nullptr);

    void load();

    struct Issued
    {
        Client client;
        QString apiKey;
        QString clientSecret;
        QJsonObject webhook; // the first endpoint with its secret, when webhookUrl was given
    };
    Issued create(const ClientInput &input);
    Client update(const QString &clientId, const ClientInput &patch);
    void remove(const QString &clientId);
    Issued regenerateKey(const QString &clientId, int graceSeconds);

    std::optional<Client> find(const QString &clientId) const;
    QList<Client> list() const;

    // Credential checks of §1; nullopt when the credential matches no client.
    std::optional<Client> byApiKey(const QString &apiKey) const;
    std::optional<Client> bySecret(const QString &clientId, const QString &secret) const;
    QString secretOf(const Client &client) const;
    // Whether any tenant lists this browser origin in its allowedOrigins.
    bool anyAllowsOrigin(const QString &origin) const;

    static QByteArray keyHash(const QString &apiKey);

private:
    static QJsonObject firstEndpointJson(const WebhookService::Created &created);
    void index(const Client &client);
    void unindex(const Client &client);

    Database &m_db;
    ClientStore m_store;
    QByteArray m_dataKey;
    Outbox &m_outbox;
    WebhookService &m_webhooks;
    QHash<QString, Client> m_clients;
    QHash<QByteArray, QString> m_byKeyHash;
};

} // namespace mid
