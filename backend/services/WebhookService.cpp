#include "WebhookService.h"

#include "core/Cursor.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "domain/WebhookEvents.h"
#include "storage/Database.h"
#include "webhooks/EndpointSecrets.h"
#include "webhooks/Outbox.h"
#include "webhooks/SignatureCheck.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mid {

namespace {
QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QJsonValue timeOrNull(qint64 ms)
{
    return ms ? QJsonValue(Time::rfc3339Ms(ms)) : QJsonValue(QJsonValue::Null);
}
// A stored body as the inspector shows it: JSON when it is JSON, else text, else base64.
QJsonObject bodyJson(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QJsonObject out{{QStringLiteral("size"), body.size()}};
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() == body)
        out.insert(QStringLiteral("text"), text);
    else
        out.insert(QStringLiteral("base64"), QString::fromLatin1(body.toBase64()));
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        out.insert(QStringLiteral("json"),
                   doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    return out;
}
} // namespace

WebhookService::WebhookService(Database &db, Outbox &outbox, QByteArray dataKey)
    : m_db(db), m_outbox(outbox), m_dataKey(std::move(dataKey)), m_store(db), m_deliveries(db)
{
}

WebhookService::Created WebhookService::create(const QString &clientId, const QString &url,
                                               const QStringList &events,
                                               const QString &description)
{
    WebhookEndpoint e;
    e.id = Ids::make(QStringLiteral("whe"));
    e.clientId = clientId;
    e.url = url;
    e.events = events;
    e.description = description;
    e.createdAt = e.updatedAt = Time::nowMs();
    const QString secret = EndpointSecrets::newSecret();
    e.secretSealed = EndpointSecrets::seal(m_dataKey, e.id, secret);
    Transaction tx(m_db);
    e.position = m_store.nextPosition(clientId);
    m_store.insert(e);
    m_outbox.record(QStringLiteral("webhook.endpoint_created"), clientId, toJson(e), {e.id});
    tx.commit();
    return {e, secret};
}

WebhookService::Created WebhookService::setFirstEndpoint(const QString &clientId,
                                                         const QString &url,
                                                         const std::optional<QStringList> &events)
{
    Transaction tx(m_db);
    if (auto first = firstEndpoint(clientId)) {
        const WebhookEndpoint e = update(first->id, {url, events, std::nullopt});
        tx.commit();
        return {e, {}};
    }
    Created created = create(clientId, url, events.value_or(QStringList()), QString());
    tx.commit();
    return created;
}

WebhookEndpoint WebhookService::update(const QString &id, const EndpointInput &patch)
{
    WebhookEndpoint e = endpoint(id);
    if (patch.url)
        e.url = *patch.url;
    if (patch.events)
        e.events = *patch.events;
    if (patch.description)
        e.description = *patch.description;
    e.updatedAt = Time::nowMs();
    Transaction tx(m_db);
    m_store.update(e);
    m_outbox.record(QStringLiteral("webhook.endpoint_updated"), e.clientId, toJson(e), {e.id});
    tx.commit();
    return e;
}

void WebhookService::remove(const QString &id)
{
    const WebhookEndpoint e = endpoint(id);
    Transaction tx(m_db);
    m_deliveries.cancelFor(e.id, Time::nowMs());
    m_store.remove(e.id);
    m_outbox.record(QStringLiteral("webhook.endpoint_deleted"), e.clientId,
                    {{QStringLiteral("id"), e.id}, {QStringLiteral("clientId"), e.clientId}},
                    {e.id});
    tx.commit();
}

void WebhookService::removeAllOf(const QString &clientId)
{
    Transaction tx(m_db);
    for (const WebhookEndpoint &e : m_store.list(clientId)) {
        m_deliveries.cancelFor(e.id, Time::nowMs());
        m_store.remove(e.id);
    }
    tx.commit();
}

WebhookEndpoint WebhookService::setStatus(const QString &id, const QString &status)
{
    WebhookEndpoint e = endpoint(id);
    if (e.status == status)
        return e;
    const qint64 now = Time::nowMs();
    e.status = status;
    e.statusReason.clear();
    e.updatedAt = now;
    Transaction tx(m_db);
    m_store.update(e);
    if (status == WebhookRules::kPaused)
        m_deliveries.holdFor(e.id, now);
    else if (m_deliveries.releaseFor(e.id, now) > 0)
        m_outbox.wakeDispatcherAfterCommit();
    m_outbox.record(status == WebhookRules::kPaused ? QStringLiteral("webhook.endpoint_paused")
                                                    : QStringLiteral("webhook.endpoint_resumed"),
                    e.clientId, toJson(e), {e.id});
    tx.commit();
    return e;
}

WebhookEndpoint WebhookService::pause(const QString &id)
{
    return setStatus(id, WebhookRules::kPaused);
}

WebhookEndpoint WebhookService::resume(const QString &id)
{
    return setStatus(id, WebhookRules::kActive);
}

WebhookService::Created WebhookService::rotate(const QString &id, int graceSeconds)
{
    WebhookEndpoint e = endpoint(id);
    const qint64 now = Time::nowMs();
    const QString secret = EndpointSecrets::newSecret();
    Transaction tx(m_db);
    if (graceSeconds > 0)
        m_store.keepOldSecret(e.id, e.secretSealed, now, now + qint64(graceSeconds) * 1000);
    e.secretSealed = EndpointSecrets::seal(m_dataKey, e.id, secret);
    e.updatedAt = now;
    m_store.update(e);
    QJsonObject data = toJson(e);
    data.insert(QStringLiteral("previousSecretValidUntil"),
                graceSeconds > 0 ? QJsonValue(Time::rfc3339Ms(now + qint64(graceSeconds) * 1000))
                                 : QJsonValue(QJsonValue::Null));
    m_outbox.record(QStringLiteral("webhook.endpoint_rotated"), e.clientId, data, {e.id});
    tx.commit();
    return {e, secret};
}

QString WebhookService::secretOf(const QString &id)
{
    const WebhookEndpoint e = endpoint(id);
    const QString secret = EndpointSecrets::open(m_dataKey, e.id, e.secretSealed);
    if (secret.isEmpty())
        throw ServiceError::internal(
            QStringLiteral("The endpoint's secret cannot be opened with this box's data key"));
    return secret;
}

WebhookDelivery WebhookService::ping(const QString &id)
{
    const WebhookEndpoint e = endpoint(id);
    const QJsonObject data{{QStringLiteral("endpointId"), e.id},
                           {QStringLiteral("clientId"), e.clientId},
                           {QStringLiteral("message"),
                            QStringLiteral("A test event sent by an operator of this box")}};
    const DomainEvent event =
        m_outbox.record(QStringLiteral("ping"), e.clientId, data, {QString(), QString(), e.id});
    const auto page = m_deliveries.listDeliveries({{}, e.id, QStringLiteral("ping"), {}, {}}, 1, 0);
    if (page.items.isEmpty() || page.items.first().eventId != event.id)
        throw ServiceError::internal(QStringLiteral("The ping was not queued"));
    return page.items.first();
}

WebhookEndpoint WebhookService::endpoint(const QString &id)
{
    std::optional<WebhookEndpoint> e;
    if (Ids::looksLike(id, QStringLiteral("whe")))
        e = m_store.find(id);
    if (!e)
        throw ServiceError::notFound(QStringLiteral("Webhook endpoint"));
    return *e;
}

QList<WebhookEndpoint> WebhookService::endpoints(const QString &clientId)
{
    return m_store.list(clientId);
}

std::optional<WebhookEndpoint> WebhookService::firstEndpoint(const QString &clientId)
{
    const auto all = m_store.list(clientId);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

WebhookService::Page WebhookService::deliveries(const DeliveryFilter &filter, int limit,
                                                const QString &cursor)
{
    const auto rows =
        m_deliveries.listDeliveries(filter, limit, cursor.isEmpty() ? 0 : Cursor::decode(cursor));
    Page page{rows.items, rows.total, {}};
    if (rows.more)
        page.nextCursor = Cursor::encode(rows.items.constLast().seq);
    return page;
}

WebhookDelivery WebhookService::delivery(const QString &id)
{
    std::optional<WebhookDelivery> d;
    if (Ids::looksLike(id, QStringLiteral("whd")))
        d = m_deliveries.findDelivery(id);
    if (!d)
        throw ServiceError::notFound(QStringLiteral("Webhook delivery"));
    return *d;
}

QList<WebhookAttempt> WebhookService::attempts(const QString &deliveryId)
{
    return m_deliveries.attempts(deliveryId);
}

QJsonObject WebhookService::deliveryDetail(const QString &id)
{
    const WebhookDelivery d = delivery(id);
    QJsonObject out = toJson(d);
    QJsonArray attemptList;
    // Checked as the receiver would today: with the secrets valid now.
    const QStringList secrets = EndpointSecrets::forDelivery(m_dataKey, m_db, d, Time::nowMs());
    for (const WebhookAttempt &a : m_deliveries.attempts(d.id)) {
        QJsonObject attempt = toJson(a);
        attempt.insert(QStringLiteral("signatures"),
                       SignatureCheck::check(a.requestBody, a.requestHeaders, secrets));
        attemptList.append(attempt);
    }
    out.insert(QStringLiteral("attemptList"), attemptList);
    if (const auto event = m_deliveries.findEvent(d.eventId))
        out.insert(QStringLiteral("payload"),
                   QJsonObject{{QStringLiteral("id"), event->id},
                               {QStringLiteral("event"), event->type},
                               {QStringLiteral("timestamp"), Time::rfc3339Ms(event->at)},
                               {QStringLiteral("data"), event->data}});
    if (!d.endpointId.isEmpty()) {
        if (const auto endpoint = m_store.find(d.endpointId))
            out.insert(QStringLiteral("endpoint"), toJson(*endpoint));
    }
    return out;
}

WebhookDelivery WebhookService::replay(const QString &deliveryId)
{
    const WebhookDelivery original = delivery(deliveryId);
    if (!original.endpointId.isEmpty() && !m_store.find(original.endpointId))
        throw ServiceError::conflict(
            QStringLiteral("The endpoint of this delivery was deleted; it cannot be replayed"));
    const WebhookDelivery copy = m_outbox.redeliver(original);
    if (copy.id.isEmpty())
        throw ServiceError::conflict(QStringLiteral("The event of this delivery is gone"));
    return copy;
}

QJsonObject WebhookService::toJson(const WebhookEndpoint &e)
{
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("clientId"), e.clientId},
        {QStringLiteral("url"), e.url},
        {QStringLiteral("events"), QJsonArray::fromStringList(e.events)},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("statusReason"), textOrNull(e.statusReason)},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("first"), e.position == 0},
        {QStringLiteral("createdAt"), Time::rfc3339Ms(e.createdAt)},
        {QStringLiteral("updatedAt"), Time::rfc3339Ms(e.updatedAt ? e.updatedAt : e.createdAt)}};
}

QJsonObject WebhookService::toJson(const WebhookDelivery &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("eventId"), d.eventId},
            {QStringLiteral("event"), d.eventType},
            {QStringLiteral("clientId"), textOrNull(d.clientId)},
            {QStringLiteral("endpointId"), textOrNull(d.endpointId)},
            {QStringLiteral("url"), d.url},
            {QStringLiteral("resource"), textOrNull(d.resource)},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("attempts"), d.attempts},
            {QStringLiteral("nextAttemptAt"),
             d.status == QLatin1String("pending") || d.status == QLatin1String("retrying")
                 ? timeOrNull(d.nextAttemptAt)
                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lastStatusCode"),
             d.lastStatusCode ? QJsonValue(d.lastStatusCode) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lastError"), textOrNull(d.lastError)},
            {QStringLiteral("latencyMs"),
             d.lastDurationMs >= 0 ? QJsonValue(d.lastDurationMs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("replayOf"), textOrNull(d.replayOf)},
            {QStringLiteral("createdAt"), Time::rfc3339Ms(d.createdAt)},
            {QStringLiteral("updatedAt"), Time::rfc3339Ms(d.updatedAt)},
            {QStringLiteral("deliveredAt"), timeOrNull(d.deliveredAt)}};
}

QJsonObject WebhookService::toJson(const WebhookAttempt &a)
{
    return {
        {QStringLiteral("number"), a.number},
        {QStringLiteral("startedAt"), Time::rfc3339Ms(a.startedAt)},
        {QStringLiteral("durationMs"), a.durationMs},
        {QStringLiteral("statusCode"),
         a.statusCode ? QJsonValue(a.statusCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error"), textOrNull(a.error)},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("headers"), a.requestHeaders},
                                                {QStringLiteral("body"), bodyJson(a.requestBody)}}},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("headers"), a.responseHeaders},
                     {QStringLiteral("body"), bodyJson(a.responseBody)},
                     {QStringLiteral("truncated"), a.responseTruncated}}}};
}

} // namespace mid
