#pragma once

#include "storage/InboundWebhookStore.h"
#include "webhooks/InboundEvent.h"
#include "webhooks/InboundProviders.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mid {

class Outbox;

class ClientService;
class Database;

// Inbound webhooks of §9: Stripe, App Store Server Notifications V2 and Google Play RTDN
// (Pub/Sub push). Every request is stored with its verdict (verified, rejected,
// not_configured, duplicate); a provider's event id is acted on once; verified Stripe billing
// events change the plan or status of the client whose stripeCustomerId they name.
//
// Atomicity: the request's row (with its verdict, and for a repeat the duplicate row) commits
// in one transaction. A Stripe effect goes through ClientService::update, which commits in a
// transaction of its own (the database has no nested transactions, and the service keeps its
// in-memory tenants in step with its own commit), and its record is written after that. So a
// stop between the row and the effect leaves a verified row with no effects (NULL): the
// provider, never having had its 200, sends the event again, and that repeat (or the next
// start, resumePending) applies the pending effect; the effect computes a target state (plan,
// status), so applying it again changes nothing. A stop between the effect and its record
// leaves the change made and the row pending; it is recorded the same way.
class InboundWebhookService
{
public:
    enum class Provider
    {
        Stripe,
        AppStore,
        PlayStore
    };
    static QString name(Provider provider);

    // A request as it arrived.
    struct Request
    {
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString ip;
        QString queryToken; // Play's ?token=
        QByteArray header(const QByteArray &name) const;
    };

    // What verify() made of a request. A failure is stored already (rowId).
    struct Verification
    {
        Provider provider = Provider::Stripe;
        QString verdict; // verified, rejected, not_configured
        QString reason;
        QString rowId;
        InboundEvent event;
        Request request;
        qint64 receivedAt = 0;
        bool ok() const { return verdict == QLatin1String("verified"); }
    };

    struct Receipt
    {
        QString id;
        bool duplicate = false;
    };

    InboundWebhookService(Database &db, ClientService &clients, Outbox &outbox);

    const InboundProviders &providers() const { return m_providers; }
    // Applies at once: the next request is verified with these.
    void setProviders(InboundProviders providers) { m_providers = std::move(providers); }
    void configure(const InboundSettings &settings)
    {
        setProviders(InboundProviders::from(settings));
    }
    // Why `value` cannot be the setting `name`; empty when it can (empty clears).
    static QString settingProblem(const QString &name, const QString &value)
    {
        return InboundProviders::problem(name, value);
    }

    // Checks the request against its provider's configuration and decodes it. A provider that
    // is not configured, or a request that fails a check, is stored with that verdict here.
    Verification verify(Provider provider, const Request &request);
    // Stores a verified request (or a repeat of one as a duplicate) and applies its effects.
    Receipt accept(const Verification &verified);
    // Applies the effects of verified rows a stop left without them (called at start).
    int resumePending();

    struct Page
    {
        QList<InboundWebhook> items;
        qint64 total = 0;
        QString nextCursor;
    };
    Page list(const InboundWebhookFilter &filter, int limit, const QString &cursor);
    std::optional<InboundWebhook> find(const QString &id);

    // The list view (no headers, body or decoded payload) or the full one.
    static QJsonObject toJson(const InboundWebhook &row, bool full);

    static int statusFor(const QString &verdict);

private:
    InboundCheck check(Provider provider, const Request &request, InboundEvent *event) const;
    InboundWebhook rowFor(const Verification &v) const;
    void applyStripe(const InboundWebhook &row);
    // The stored request on the live stream (`webhook.inbound`), in the open transaction.
    void announce(const QString &rowId);

    Database &m_db;
    ClientService &m_clients;
    Outbox &m_outbox;
    InboundWebhookStore m_store;
    InboundProviders m_providers;
};

} // namespace mid
