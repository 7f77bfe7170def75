#include "InboundWebhookService.h"

#include "ClientService.h"
#include "core/Cursor.h"
#include "core/Ids.h"
#include "core/Time.h"
#include "crypto/Hash.h"
#include "domain/Client.h"
#include "storage/Database.h"
#include "webhooks/AppStore.h"
#include "webhooks/Outbox.h"
#include "webhooks/PlayStore.h"
#include "webhooks/Stripe.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInbound, "mid.webhooks.inbound")

namespace mid {

namespace {
const QString kVerified = QStringLiteral("verified");
const QString kRejected = QStringLiteral("rejected");
const QString kNotConfigured = QStringLiteral("not_configured");
const QString kDuplicate = QStringLiteral("duplicate");

const QString kPaid = QStringLiteral("invoice.paid");
const QString kFailed = QStringLiteral("invoice.payment_failed");
// §9: a client is suspended after this many failed payments in a row.
constexpr int kFailuresToSuspend = 3;

QJsonObject storedHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonObject out;
    for (const auto &h : headers) {
        const QString name = QString::fromLatin1(h.first).toLower();
        // A bearer token is a credential while it lives: kept out of the row.
        const QString value = name == QLatin1String("authorization")
                                  ? QStringLiteral("(redacted, %1 bytes)").arg(h.second.size())
                                  : QString::fromUtf8(h.second.left(8192));
        const QString before = out.value(name).toString();
        out.insert(name, before.isEmpty() ? value : before + QStringLiteral(", ") + value);
    }
    return out;
}

// The plan a subscription (or checkout session) names: metadata.plan, else the first item's
// price.lookup_key, when that is a plan of §11.
QString planOf(const QJsonObject &object)
{
    const QString meta = object.value(QStringLiteral("metadata"))
                             .toObject()
                             .value(QStringLiteral("plan"))
                             .toString();
    if (ClientRules::plans().contains(meta))
        return meta;
    const QJsonArray items =
        object.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray();
    const QString key = items.isEmpty() ? QString()
                                        : items.first()
                                              .toObject()
                                              .value(QStringLiteral("price"))
                                              .toObject()
                                              .value(QStringLiteral("lookup_key"))
                                              .toString();
    return ClientRules::plans().contains(key) ? key : QString();
}

QJsonObject change(const QString &clientId, const char *field, const QString &from,
                   const QString &to)
{
    return {{QStringLiteral("clientId"), clientId},
            {QStringLiteral("field"), QLatin1String(field)},
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to}};
}
} // namespace

QString InboundWebhookService::name(Provider provider)
{
    switch (provider) {
    case Provider::Stripe:
        return QStringLiteral("stripe");
    case Provider::AppStore:
        return QStringLiteral("appstore");
    case Provider::PlayStore:
        return QStringLiteral("playstore");
    }
    return {};
}

QByteArray InboundWebhookService::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int InboundWebhookService::statusFor(const QString &verdict)
{
    if (verdict == kRejected)
        return 400;
    if (verdict == kNotConfigured)
        return 503;
    return 200;
}

InboundWebhookService::InboundWebhookService(Database &db, ClientService &clients, Outbox &outbox)
    : m_db(db), m_clients(clients), m_outbox(outbox), m_store(db)
{
}

InboundCheck InboundWebhookService::check(Provider provider, const Request &request,
                                          InboundEvent *event) const
{
    QString why;
    const qint64 nowSeconds = Time::nowMs() / 1000;
    switch (provider) {
    case Provider::Stripe: {
        const InboundCheck signature =
            Stripe::verify(request.header("stripe-signature"), request.body,
                           m_providers.settings().stripeWebhookSecret.toUtf8(), nowSeconds);
        if (!signature.ok)
            return signature;
        auto decoded = Stripe::decodeEvent(request.body, &why);
        if (!decoded)
            return InboundCheck::fail(why);
        *event = *decoded;
        return InboundCheck::pass();
    }
    case Provider::AppStore: {
        auto decoded = AppStore::decodeNotification(request.body, m_providers.appStoreRoots(),
                                                    m_providers.settings().appStoreBundleId, &why);
        if (!decoded)
            return InboundCheck::fail(why);
        *event = *decoded;
        return InboundCheck::pass();
    }
    case Provider::PlayStore: {
        const QByteArray authorization = request.header("authorization");
        if (!authorization.isEmpty() && m_providers.playOidcConfigured()) {
            const InboundCheck bearer =
                PlayStore::verifyBearer(authorization, m_providers.playJwks(),
                                        m_providers.settings().playStoreAudience, nowSeconds);
            if (!bearer.ok)
                return bearer;
        } else if (!request.queryToken.isEmpty() && m_providers.playTokenConfigured()) {
            if (!Hash::equalConstantTime(request.queryToken.toUtf8(),
                                         m_providers.settings().playStoreToken.toUtf8()))
                return InboundCheck::fail(QStringLiteral("?token= is not the configured token"));
        } else {
            return InboundCheck::fail(
                m_providers.playOidcConfigured()
                    ? QStringLiteral("no Authorization: Bearer token (Pub/Sub OIDC) was sent")
                    : QStringLiteral("no ?token= was sent (OIDC is not configured)"));
        }
        auto decoded = PlayStore::decodePush(request.body, &why);
        if (!decoded)
            return InboundCheck::fail(why);
        *event = *decoded;
        return InboundCheck::pass();
    }
    }
    return InboundCheck::fail(QStringLiteral("unknown provider"));
}

InboundWebhook InboundWebhookService::rowFor(const Verification &v) const
{
    InboundWebhook row;
    row.id = Ids::make(QStringLiteral("whi"));
    row.provider = name(v.provider);
    row.eventId = v.event.eventId;
    row.eventType = v.event.eventType;
    row.customer = v.event.customer;
    row.receivedAt = v.receivedAt;
    row.ip = v.request.ip;
    row.headers = storedHeaders(v.request.headers);
    row.body = v.request.body;
    row.verdict = v.verdict;
    row.reason = v.reason;
    row.httpStatus = statusFor(v.verdict);
    row.decoded = v.event.decoded;
    return row;
}

InboundWebhookService::Verification InboundWebhookService::verify(Provider provider,
                                                                  const Request &request)
{
    Verification v;
    v.provider = provider;
    v.request = request;
    v.receivedAt = Time::nowMs();
    const bool configured = provider == Provider::Stripe     ? m_providers.stripeConfigured()
                            : provider == Provider::AppStore ? m_providers.appStoreConfigured()
                                                             : m_providers.playConfigured();
    if (!configured) {
        v.verdict = kNotConfigured;
        v.reason =
            QStringLiteral("%1 webhooks are not configured on this server").arg(name(provider));
    } else {
        const InboundCheck result = check(provider, request, &v.event);
        v.verdict = result.ok ? kVerified : kRejected;
        v.reason = result.reason;
    }
    if (v.ok())
        return v;
    InboundWebhook row = rowFor(v);
    row.effects = QJsonArray();
    Transaction tx(m_db);
    m_store.insert(row);
    announce(row.id);
    tx.commit();
    v.rowId = row.id;
    return v;
}

InboundWebhookService::Receipt InboundWebhookService::accept(const Verification &verified)
{
    Q_ASSERT(verified.ok());
    InboundWebhook row = rowFor(verified);
    // The row, the client change it causes (with its client.updated event) and the record of
    // that change commit together.
    Transaction tx(m_db);
    const std::optional<InboundWebhook> original = m_store.findVerified(row.provider, row.eventId);
    {
        if (original) {
            row.verdict = kDuplicate;
            row.duplicateOf = original->id;
            row.reason =
                QStringLiteral("repeat of %1: acknowledged, not acted on again").arg(original->id);
            row.effects = QJsonArray();
        } else if (verified.provider != Provider::Stripe) {
            // No mapping of app purchases to tenants in §9: stored and decoded, nothing changes.
            row.effects = QJsonArray();
            row.reason = QStringLiteral("stored; app store purchases change no tenant");
        }
        m_store.insert(row);
    }
    if (original) {
        if (!original->effects && verified.provider == Provider::Stripe)
            applyStripe(*original); // a row stored before effects were applied atomically
    } else if (verified.provider == Provider::Stripe) {
        applyStripe(row);
    }
    announce(row.id);
    tx.commit();
    return {row.id, original.has_value()};
}

void InboundWebhookService::announce(const QString &rowId)
{
    if (const auto row = m_store.find(rowId))
        m_outbox.record(QStringLiteral("webhook.inbound"), row->clientId, toJson(*row, false),
                        {row->id});
}

int InboundWebhookService::resumePending()
{
    const QList<InboundWebhook> pending = m_store.pendingEffects(name(Provider::Stripe));
    for (const InboundWebhook &row : pending)
        applyStripe(row);
    return int(pending.size());
}

void InboundWebhookService::applyStripe(const InboundWebhook &row)
{
    static const QStringList handled = {QStringLiteral("customer.subscription.created"),
                                        QStringLiteral("customer.subscription.updated"),
                                        QStringLiteral("customer.subscription.deleted"),
                                        kPaid,
                                        kFailed,
                                        QStringLiteral("checkout.session.completed")};
    const QString type = row.eventType;
    if (!handled.contains(type)) {
        m_store.setEffects(row.id, {}, {}, QStringLiteral("%1 changes nothing here").arg(type));
        return;
    }
    std::optional<Client> client;
    if (!row.customer.isEmpty()) {
        for (const Client &c : m_clients.list()) {
            if (c.stripeCustomerId == row.customer) {
                client = c;
                break;
            }
        }
    }
    if (!client) {
        m_store.setEffects(
            row.id, {}, {},
            row.customer.isEmpty()
                ? QStringLiteral("the event names no customer")
                : QStringLiteral("no client has stripeCustomerId %1").arg(row.customer));
        return;
    }
    const QJsonObject object = row.decoded.value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("object"))
                                   .toObject();
    ClientInput patch;
    patch.plan.clear(); // unchanged unless set below
    QString reason;
    QJsonArray effects;
    if (type == QLatin1String("customer.subscription.deleted")) {
        patch.plan = QStringLiteral("free");
    } else if (type.startsWith(QLatin1String("customer.subscription.")) ||
               type == QLatin1String("checkout.session.completed")) {
        patch.plan = planOf(object);
        if (patch.plan.isEmpty())
            reason = QStringLiteral("names no plan of §11 (metadata.plan or the first item's "
                                    "price.lookup_key)");
    } else if (type == kFailed) {
        // Consecutive failures: the customer's verified payment events, newest first (this
        // one included), up to the last paid invoice.
        const QStringList recent =
            m_store.recentTypes(row.provider, row.customer, {kPaid, kFailed}, kFailuresToSuspend);
        int failures = 0;
        while (failures < recent.size() && recent.at(failures) == kFailed)
            ++failures;
        reason = QStringLiteral("payment failure %1 in a row").arg(failures);
        if (failures >= kFailuresToSuspend)
            patch.status = QStringLiteral("suspended");
    } else if (type == kPaid) {
        patch.status = QStringLiteral("active");
    }
    if (patch.plan == client->plan)
        patch.plan.clear();
    if (patch.status && *patch.status == client->status)
        patch.status.reset();
    if (!patch.plan.isEmpty())
        effects.append(change(client->clientId, "plan", client->plan, patch.plan));
    if (patch.status)
        effects.append(change(client->clientId, "status", client->status, *patch.status));
    if (!effects.isEmpty()) {
        m_clients.update(client->clientId, patch);
        qCInfo(lcInbound).noquote()
            << "stripe" << row.eventId << type << "changed" << client->clientId;
    }
    if (reason.isEmpty())
        reason = effects.isEmpty() ? QStringLiteral("already as the event says") : QString();
    m_store.setEffects(row.id, effects, client->clientId, reason);
}

InboundWebhookService::Page InboundWebhookService::list(const InboundWebhookFilter &filter,
                                                        int limit, const QString &cursor)
{
    const auto rows = m_store.list(filter, limit, cursor.isEmpty() ? 0 : Cursor::decode(cursor));
    Page page{rows.items, rows.total, {}};
    if (rows.more)
        page.nextCursor = Cursor::encode(rows.items.constLast().seq);
    return page;
}

std::optional<InboundWebhook> InboundWebhookService::find(const QString &id)
{
    return m_store.find(id);
}

QJsonObject InboundWebhookService::toJson(const InboundWebhook &r, bool full)
{
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    QJsonObject out{{QStringLiteral("id"), r.id},
                    {QStringLiteral("provider"), r.provider},
                    {QStringLiteral("eventId"), orNull(r.eventId)},
                    {QStringLiteral("eventType"), orNull(r.eventType)},
                    {QStringLiteral("receivedAt"), Time::rfc3339Ms(r.receivedAt)},
                    {QStringLiteral("ip"), r.ip},
                    {QStringLiteral("verdict"), r.verdict},
                    {QStringLiteral("reason"), r.reason},
                    {QStringLiteral("status"), r.httpStatus},
                    {QStringLiteral("clientId"), orNull(r.clientId)},
                    {QStringLiteral("duplicateOf"), orNull(r.duplicateOf)},
                    {QStringLiteral("effects"),
                     r.effects ? QJsonValue(*r.effects) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("effectsPending"), !r.effects.has_value()},
                    {QStringLiteral("bodySize"), r.bodySize},
                    {QStringLiteral("bodyTruncated"), r.bodyTruncated}};
    if (!full)
        return out;
    const QString text = QString::fromUtf8(r.body);
    const bool utf8 = text.toUtf8() == r.body;
    out.insert(QStringLiteral("headers"), r.headers);
    out.insert(QStringLiteral("body"), utf8 ? text : QString::fromLatin1(r.body.toBase64()));
    out.insert(QStringLiteral("bodyEncoding"),
               utf8 ? QStringLiteral("utf8") : QStringLiteral("base64"));
    out.insert(QStringLiteral("decoded"),
               r.decoded.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.decoded));
    return out;
}

} // namespace mid
