#include "WebhooksController.h"

#include "core/BodyReader.h"
#include "domain/Webhook.h"
#include "domain/WebhookEvents.h"
#include "services/ClientService.h"
#include "services/WebhookService.h"

#include <QJsonArray>

namespace mid {

namespace {
const QString kTag = QStringLiteral("Webhooks");
const QString kEndpoints = QStringLiteral("/admin/v1/webhooks/endpoints");
const QString kDeliveries = QStringLiteral("/admin/v1/webhooks/deliveries");
} // namespace

void WebhooksController::registerRoutes(Router &r)
{
    auto add = [&](const char *method, const QString &path, Role role, const char *action,
                   const char *summary, Reply (WebhooksController::*fn)(RequestContext &),
                   const RouteDoc &doc) {
        r.add(operatorRoute(method, path, role, action, summary, kTag, this, fn, doc));
    };
    const QString one = kEndpoints + QStringLiteral("/:id");
    add("GET", kEndpoints, Role::Auditor, "", "List webhook endpoints",
        &WebhooksController::listEndpoints,
        {.responseSchema = "WebhookEndpointList",
         .description = "Every tenant's endpoints, or one tenant's with `clientId`; a client's "
                        "first endpoint (`first`) is its `webhookUrl` of §6. Secrets never "
                        "appear here.",
         .query = {{"clientId", "string", "Only this tenant's endpoints."}}});
    add("POST", kEndpoints, Role::Operator, "webhook.endpoint.create", "Create a webhook endpoint",
        &WebhooksController::createEndpoint,
        {.requestSchema = "WebhookEndpointCreate",
         .responseSchema = "WebhookEndpointWithSecret",
         .successStatus = 201,
         .description = "`url` must be https (http only to a loopback host); `events` empty or "
                        "absent means every event. The answer carries the signing secret "
                        "(`secret`, `whsec_…`)."});
    add("GET", one, Role::Auditor, "", "Get a webhook endpoint", &WebhooksController::getEndpoint,
        {.responseSchema = "WebhookEndpoint"});
    add("PUT", one, Role::Operator, "webhook.endpoint.update", "Change a webhook endpoint",
        &WebhooksController::updateEndpoint,
        {.requestSchema = "WebhookEndpointUpdate", .responseSchema = "WebhookEndpoint"});
    add("DELETE", one, Role::Operator, "webhook.endpoint.delete", "Delete a webhook endpoint",
        &WebhooksController::deleteEndpoint,
        {.responseSchema = "WebhookEndpointDeleted",
         .description = "Deliveries still waiting for it are cancelled."});
    add("POST", one + QStringLiteral("/pause"), Role::Operator, "webhook.endpoint.pause",
        "Pause a webhook endpoint", &WebhooksController::pauseEndpoint,
        {.responseSchema = "WebhookEndpoint",
         .description = "New and waiting deliveries are held (`held`) until it is resumed.",
         .noBody = true});
    add("POST", one + QStringLiteral("/resume"), Role::Operator, "webhook.endpoint.resume",
        "Resume a paused or disabled webhook endpoint", &WebhooksController::resumeEndpoint,
        {.responseSchema = "WebhookEndpoint",
         .description = "Held deliveries become due at once.",
         .noBody = true});
    add("POST", one + QStringLiteral("/ping"), Role::Operator, "webhook.endpoint.ping",
        "Send a ping event to a webhook endpoint", &WebhooksController::pingEndpoint,
        {.responseSchema = "WebhookDelivery",
         .successStatus = 202,
         .description = "Queues a `ping` delivery to this endpoint only (held while it is "
                        "paused); follow it at /admin/v1/webhooks/deliveries/:id.",
         .noBody = true});
    add("POST", one + QStringLiteral("/rotate"), Role::Operator, "webhook.endpoint.rotate",
        "Rotate a webhook endpoint's secret", &WebhooksController::rotateEndpoint,
        {.requestSchema = "WebhookRotate",
         .responseSchema = "WebhookEndpointWithSecret",
         .description = "The new secret is in the answer. For `graceSeconds` (default 86400) "
                        "every delivery carries one `v1,` signature per valid secret in "
                        "`webhook-signature`, so a receiver can switch without a gap.",
         .bodyOptional = true});
    add("GET", one + QStringLiteral("/secret"), Role::Operator, "webhook.endpoint.read_secret",
        "Read a webhook endpoint's current secret", &WebhooksController::endpointSecret,
        {.responseSchema = "WebhookSecret",
         .description = "Admins and operators only; the read is audited (the secret never is)."});
    add("GET", kDeliveries, Role::Auditor, "", "List webhook deliveries",
        &WebhooksController::listDeliveries,
        {.responseSchema = "WebhookDeliveryList",
         .description = "The outbox, newest first: one delivery per event and endpoint (or "
                        "consent callbackUrl).",
         .query = {{"clientId", "string", "Only this tenant's deliveries."},
                   {"endpointId", "string", "Only deliveries to this endpoint."},
                   {"event", "string", "Only this event type."},
                   {"status", "string", "pending, retrying, held, delivered, failed or cancelled."},
                   {"resource", "string",
                    "Only deliveries about this resource (a consent's sessionId, a device id)."}},
         .paged = true});
    add("GET", kDeliveries + QStringLiteral("/:id"), Role::Auditor, "",
        "Get a webhook delivery with its attempts", &WebhooksController::getDelivery,
        {.responseSchema = "WebhookDeliveryDetail",
         .description = "Every attempt with its request and response headers and bodies "
                        "(truncated at 64 KiB), and the event that caused it."});
    add("POST", kDeliveries + QStringLiteral("/:id/replay"), Role::Operator,
        "webhook.delivery.replay", "Replay a webhook delivery", &WebhooksController::replayDelivery,
        {.responseSchema = "WebhookDelivery",
         .successStatus = 202,
         .description = "A new delivery of the same event (same `id` and `webhook-id`) to the "
                        "same place, due at once; `replayOf` names the original.",
         .noBody = true});
}

QStringList WebhooksController::eventsFrom(BodyReader &body, const QString &field)
{
    const auto events = body.stringList(field);
    for (const QString &e : events.value_or(QStringList())) {
        if (!webhookEventNames().contains(e) || e == QLatin1String("ping"))
            body.invalid(field, QStringLiteral("enum"),
                         QStringLiteral("unknown webhook event \"%1\"").arg(e));
    }
    return events.value_or(QStringList());
}

void WebhooksController::checkUrl(BodyReader &body, const std::optional<QString> &url)
{
    if (url && !WebhookRules::isAllowedUrl(*url))
        body.invalid(QStringLiteral("url"), QStringLiteral("format"),
                     QStringLiteral("url must be an https URL (http only to a loopback host)"));
}

Reply WebhooksController::listEndpoints(RequestContext &ctx)
{
    QJsonArray items;
    for (const WebhookEndpoint &e :
         m_webhooks.endpoints(ctx.queryValue(QStringLiteral("clientId"))))
        items.append(WebhookService::toJson(e));
    return Reply::ok(listData(items, items.size(), {}));
}

Reply WebhooksController::createEndpoint(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const auto clientId = body.string(QStringLiteral("clientId"), true);
    const auto url = body.string(QStringLiteral("url"), true);
    checkUrl(body, url);
    const QStringList events = eventsFrom(body, QStringLiteral("events"));
    const auto description = body.string(QStringLiteral("description"));
    if (description && description->size() > 500)
        body.invalid(QStringLiteral("description"), QStringLiteral("length"),
                     QStringLiteral("description is at most 500 characters"));
    if (clientId && !m_clients.find(*clientId))
        body.invalid(QStringLiteral("clientId"), QStringLiteral("unknown"),
                     QStringLiteral("no client has this clientId"));
    body.finish();
    const auto created =
        m_webhooks.create(*clientId, *url, events, description.value_or(QString()));
    ctx.auditResource = created.endpoint.id;
    QJsonObject data = WebhookService::toJson(created.endpoint);
    data.insert(QStringLiteral("secret"), created.secret);
    return Reply::created(data, QStringLiteral("Webhook endpoint created"));
}

Reply WebhooksController::getEndpoint(RequestContext &ctx)
{
    return Reply::ok(WebhookService::toJson(m_webhooks.endpoint(ctx.param(QStringLiteral("id")))));
}

Reply WebhooksController::updateEndpoint(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    EndpointInput patch;
    patch.url = body.string(QStringLiteral("url"));
    checkUrl(body, patch.url);
    if (ctx.json().contains(QStringLiteral("events")))
        patch.events = eventsFrom(body, QStringLiteral("events"));
    patch.description = body.string(QStringLiteral("description"));
    if (patch.description && patch.description->size() > 500)
        body.invalid(QStringLiteral("description"), QStringLiteral("length"),
                     QStringLiteral("description is at most 500 characters"));
    body.finish();
    const WebhookEndpoint e = m_webhooks.update(ctx.param(QStringLiteral("id")), patch);
    ctx.auditResource = e.id;
    ctx.auditDetails = {{QStringLiteral("fields"), QJsonArray::fromStringList(ctx.json().keys())}};
    return Reply::ok(WebhookService::toJson(e), QStringLiteral("Webhook endpoint updated"));
}

Reply WebhooksController::deleteEndpoint(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    m_webhooks.remove(id);
    ctx.auditResource = id;
    return Reply::ok(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}},
                     QStringLiteral("Webhook endpoint deleted"));
}

Reply WebhooksController::pauseEndpoint(RequestContext &ctx)
{
    const WebhookEndpoint e = m_webhooks.pause(ctx.param(QStringLiteral("id")));
    ctx.auditResource = e.id;
    return Reply::ok(WebhookService::toJson(e), QStringLiteral("Webhook endpoint paused"));
}

Reply WebhooksController::resumeEndpoint(RequestContext &ctx)
{
    const WebhookEndpoint e = m_webhooks.resume(ctx.param(QStringLiteral("id")));
    ctx.auditResource = e.id;
    return Reply::ok(WebhookService::toJson(e), QStringLiteral("Webhook endpoint resumed"));
}

Reply WebhooksController::pingEndpoint(RequestContext &ctx)
{
    const WebhookDelivery d = m_webhooks.ping(ctx.param(QStringLiteral("id")));
    ctx.auditResource = d.endpointId;
    Reply reply = Reply::ok(WebhookService::toJson(d), QStringLiteral("Ping queued"));
    reply.status = 202;
    return reply;
}

Reply WebhooksController::rotateEndpoint(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const auto grace = body.integer(QStringLiteral("graceSeconds"));
    if (grace && (*grace < 0 || *grace > WebhookService::kMaxGraceSeconds))
        body.invalid(
            QStringLiteral("graceSeconds"), QStringLiteral("range"),
            QStringLiteral("graceSeconds must be 0 to %1").arg(WebhookService::kMaxGraceSeconds));
    body.finish();
    const int graceSeconds = int(grace.value_or(WebhookService::kDefaultGraceSeconds));
    const auto rotated = m_webhooks.rotate(ctx.param(QStringLiteral("id")), graceSeconds);
    ctx.auditResource = rotated.endpoint.id;
    ctx.auditDetails = {{QStringLiteral("graceSeconds"), graceSeconds}};
    QJsonObject data = WebhookService::toJson(rotated.endpoint);
    data.insert(QStringLiteral("secret"), rotated.secret);
    data.insert(QStringLiteral("graceSeconds"), graceSeconds);
    return Reply::ok(data, QStringLiteral("Webhook secret rotated"));
}

Reply WebhooksController::endpointSecret(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    const QString secret = m_webhooks.secretOf(id);
    ctx.auditResource = id;
    return Reply::ok(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("secret"), secret}},
                     QStringLiteral("Webhook secret"));
}

Reply WebhooksController::listDeliveries(RequestContext &ctx)
{
    const Paging paging = Paging::from(ctx);
    const DeliveryFilter filter{
        ctx.queryValue(QStringLiteral("clientId")), ctx.queryValue(QStringLiteral("endpointId")),
        ctx.queryValue(QStringLiteral("event")), ctx.queryValue(QStringLiteral("status")),
        ctx.queryValue(QStringLiteral("resource"))};
    const auto page = m_webhooks.deliveries(filter, paging.limit, paging.cursor);
    QJsonArray items;
    for (const WebhookDelivery &d : page.items)
        items.append(WebhookService::toJson(d));
    return Reply::ok(listData(items, page.total, page.nextCursor));
}

Reply WebhooksController::getDelivery(RequestContext &ctx)
{
    return Reply::ok(m_webhooks.deliveryDetail(ctx.param(QStringLiteral("id"))));
}

Reply WebhooksController::replayDelivery(RequestContext &ctx)
{
    const WebhookDelivery copy = m_webhooks.replay(ctx.param(QStringLiteral("id")));
    ctx.auditResource = copy.replayOf;
    ctx.auditDetails = {{QStringLiteral("delivery"), copy.id}};
    Reply reply = Reply::ok(WebhookService::toJson(copy), QStringLiteral("Delivery replayed"));
    reply.status = 202;
    return reply;
}

} // namespace mid
