#include "ClientService.h"

#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/AesGcm.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "storage/ClientStore.h"
#include "storage/Database.h"
#include "webhooks/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mid {

namespace {
QString newApiKey()
{
    return QStringLiteral("mid_sk_") + Ids::base62(40);
}
QString newSecret()
{
    return QStringLiteral("mid_cs_") + Ids::base62(40);
}
} // namespace

ClientService::ClientService(Database &db, QByteArray dataKey, Outbox &outbox,
                             WebhookService &webhooks, QObject *parent)
    : QObject(parent), m_db(db), m_store(db), m_dataKey(std::move(dataKey)), m_outbox(outbox),
      m_webhooks(webhooks)
{
}

QByteArray ClientService::keyHash(const QString &apiKey)
{
    // API keys carry 238 bits of randomness, so a plain SHA-256 cannot be brute-forced.
    return Hash::sha256(apiKey.toUtf8());
}

void ClientService::load()
{
    m_clients.clear();
    m_byKeyHash.clear();
    for (const Client &c : m_store.loadAll()) {
        m_clients.insert(c.clientId, c);
        index(c);
    }
}

void ClientService::index(const Client &client)
{
    m_byKeyHash.insert(client.apiKeyHash, client.clientId);
    if (!client.oldKeyHash.isEmpty())
        m_byKeyHash.insert(client.oldKeyHash, client.clientId);
}

void ClientService::unindex(const Client &client)
{
    m_byKeyHash.remove(client.apiKeyHash);
    if (!client.oldKeyHash.isEmpty())
        m_byKeyHash.remove(client.oldKeyHash);
}

QJsonObject ClientService::firstEndpointJson(const WebhookService::Created &created)
{
    QJsonObject json = WebhookService::toJson(created.endpoint);
    json.insert(QStringLiteral("webhookSecret"), created.secret);
    return json;
}

ClientService::Issued ClientService::create(const ClientInput &input)
{
    Client c;
    c.clientId = Ids::clientId();
    c.name = input.name;
    c.plan = input.plan;
    c.status = input.status.value_or(QStringLiteral("active"));
    c.scopes = input.scopes.value_or(ClientRules::allScopes());
    c.allowedOrigins = input.allowedOrigins.value_or(QStringList());
    c.qrPayload = input.qrPayload.value_or(QStringLiteral("approval"));
    if (input.rateLimits)
        c.rateLimits = *input.rateLimits;
    c.stripeCustomerId = input.stripeCustomerId.value_or(QString());
    const QString apiKey = newApiKey();
    const QString secret = newSecret();
    c.apiKeyHash = keyHash(apiKey);
    c.secretSealed = AesGcm::seal(m_dataKey, secret.toUtf8(), c.clientId.toUtf8());
    c.createdAt = c.updatedAt = Time::nowMs();

    Issued issued{c, apiKey, secret, {}};
    {
        Transaction tx(m_db);
        m_store.insert(c);
        if (input.webhookUrl)
            issued.webhook = firstEndpointJson(
                m_webhooks.setFirstEndpoint(c.clientId, *input.webhookUrl, input.webhookEvents));
        m_outbox.record(QStringLiteral("client.created"), c.clientId, c.toJson(), {c.clientId});
        tx.commit();
    }
    m_clients.insert(c.clientId, c);
    index(c);
    return issued;
}

Client ClientService::update(const QString &clientId, const ClientInput &patch)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        throw ServiceError::notFound(QStringLiteral("Client"));
    Client c = it.value();
    if (!patch.name.isEmpty())
        c.name = patch.name;
    if (!patch.plan.isEmpty())
        c.plan = patch.plan;
    if (patch.status)
        c.status = *patch.status;
    if (patch.scopes)
        c.scopes = *patch.scopes;
    if (patch.allowedOrigins)
        c.allowedOrigins = *patch.allowedOrigins;
    if (patch.qrPayload)
        c.qrPayload = *patch.qrPayload;
    if (patch.rateLimits)
        c.rateLimits = *patch.rateLimits;
    if (patch.stripeCustomerId)
        c.stripeCustomerId = *patch.stripeCustomerId;
    c.updatedAt = Time::nowMs();
    {
        Transaction tx(m_db);
        m_store.update(c);
        if (patch.webhookUrl)
            m_webhooks.setFirstEndpoint(c.clientId, *patch.webhookUrl, patch.webhookEvents);
        m_outbox.record(QStringLiteral("client.updated"), c.clientId, c.toJson(), {c.clientId});
        // Credential checks read the cache: it changes only once the change is durable (the
        // caller's transaction may be larger than this one).
        m_db.afterCommit([this, c] {
            if (auto cached = m_clients.find(c.clientId); cached != m_clients.end())
                cached.value() = c;
        });
        tx.commit();
    }
    return c;
}

void ClientService::remove(const QString &clientId)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        throw ServiceError::notFound(QStringLiteral("Client"));
    Transaction tx(m_db);
    m_webhooks.removeAllOf(clientId);
    m_store.remove(clientId);
    m_outbox.record(QStringLiteral("client.deleted"), clientId,
                    {{QStringLiteral("clientId"), clientId}}, {clientId});
    tx.commit();
    unindex(it.value());
    m_clients.erase(it);
}

ClientService::Issued ClientService::regenerateKey(const QString &clientId, int graceSeconds)
{
    auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        throw ServiceError::notFound(QStringLiteral("Client"));
    // §1: regeneration issues a new key *and* secret, each shown once. The previous pair
    // keeps working for graceSeconds (default 0), and so do access tokens issued before.
    Client c = it.value();
    const QString apiKey = newApiKey();
    const QString secret = newSecret();
    const qint64 now = Time::nowMs();
    c.oldKeyHash = graceSeconds > 0 ? c.apiKeyHash : QByteArray();
    c.oldSecretSealed = graceSeconds > 0 ? c.secretSealed : QByteArray();
    c.oldKeyExpiresAt = graceSeconds > 0 ? now + qint64(graceSeconds) * 1000 : 0;
    c.apiKeyHash = keyHash(apiKey);
    c.secretSealed = AesGcm::seal(m_dataKey, secret.toUtf8(), c.clientId.toUtf8());
    c.credentialsRotatedAt = now;
    c.updatedAt = now;
    Transaction tx(m_db);
    m_store.update(c);
    m_outbox.record(QStringLiteral("client.key_regenerated"), c.clientId, c.toJson(), {c.clientId});
    tx.commit();
    unindex(it.value());
    it.value() = c;
    index(c);
    return {c, apiKey, secret, {}};
}

std::optional<Client> ClientService::find(const QString &clientId) const
{
    auto it = m_clients.constFind(clientId);
    if (it == m_clients.cend())
        return std::nullopt;
    return it.value();
}

QList<Client> ClientService::list() const
{
    QList<Client> out = m_clients.values();
    std::sort(out.begin(), out.end(), [](const Client &a, const Client &b) {
        // Newest first; the id breaks ties so paging sees one fixed order.
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.clientId < b.clientId;
    });
    return out;
}

std::optional<Client> ClientService::byApiKey(const QString &apiKey) const
{
    const QByteArray hash = keyHash(apiKey);
    auto it = m_byKeyHash.constFind(hash);
    if (it == m_byKeyHash.cend())
        return std::nullopt;
    const Client &c = m_clients[it.value()];
    if (Hash::equalConstantTime(c.apiKeyHash, hash))
        return c;
    if (Hash::equalConstantTime(c.oldKeyHash, hash) && Time::nowMs() < c.oldKeyExpiresAt)
        return c;
    return std::nullopt;
}

std::optional<Client> ClientService::bySecret(const QString &clientId, const QString &secret) const
{
    const auto c = find(clientId);
    if (!c)
        return std::nullopt;
    if (Hash::equalConstantTime(secretOf(*c).toUtf8(), secret.toUtf8()))
        return c;
    if (!c->oldSecretSealed.isEmpty() && Time::nowMs() < c->oldKeyExpiresAt) {
        const auto previous = AesGcm::open(m_dataKey, c->oldSecretSealed, c->clientId.toUtf8());
        if (previous && Hash::equalConstantTime(*previous, secret.toUtf8()))
            return c;
    }
    return std::nullopt;
}

bool ClientService::anyAllowsOrigin(const QString &origin) const
{
    for (const Client &c : m_clients) {
        if (c.isActive() && c.allowedOrigins.contains(origin))
            return true;
    }
    return false;
}

QString ClientService::secretOf(const Client &client) const
{
    const auto plain = AesGcm::open(m_dataKey, client.secretSealed, client.clientId.toUtf8());
    return plain ? QString::fromUtf8(*plain) : QString();
}

} // namespace mid
