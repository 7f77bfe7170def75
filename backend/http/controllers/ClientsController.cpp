#include "ClientsController.h"

#include "core/BodyReader.h"
#include "core/Cursor.h"
#include "core/ServiceError.h"
#include "domain/Consent.h"
#include "domain/WebhookEvents.h"

#include <QJsonArray>
#include <QUrl>

namespace mid {

namespace {
bool isOrigin(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty() && url.path().isEmpty() && !url.hasQuery() && !url.hasFragment() &&
           url.userInfo().isEmpty();
}

void readRateLimits(BodyReader &body, ClientInput &input)
{
    if (body.isNull(QStringLiteral("rateLimits"))) {
        input.rateLimits = std::optional<QJsonObject>();
        return;
    }
    const auto rl = body.object(QStringLiteral("rateLimits"));
    if (!rl)
        return;
    auto checkNumber = [&](const QJsonObject &o, const QString &key, const QString &field) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(qint64(v.toDouble())))
            body.invalid(field, QStringLiteral("format"),
                         field + QStringLiteral(" must be a non-negative integer or null"));
    };
    for (const char *k : {"perMinute", "perDay", "concurrent"})
        checkNumber(*rl, QString::fromLatin1(k),
                    QStringLiteral("rateLimits.") + QString::fromLatin1(k));
    const QJsonValue groups = rl->value(QStringLiteral("groups"));
    if (groups.isObject()) {
        const QJsonObject g = groups.toObject();
        for (auto it = g.begin(); it != g.end(); ++it) {
            if (!QStringList{QStringLiteral("consents"), QStringLiteral("auth"),
                             QStringLiteral("fido"), QStringLiteral("enrollments"),
                             QStringLiteral("devices")}
                     .contains(it.key()))
                body.invalid(
                    QStringLiteral("rateLimits.groups.") + it.key(), QStringLiteral("unknown"),
                    QStringLiteral("rateLimits.groups has no group named %1").arg(it.key()));
            checkNumber(g, it.key(), QStringLiteral("rateLimits.groups.") + it.key());
        }
    } else if (!groups.isUndefined() && !groups.isNull()) {
        body.invalid(QStringLiteral("rateLimits.groups"), QStringLiteral("format"),
                     QStringLiteral("rateLimits.groups must be an object"));
    }
    input.rateLimits = std::optional<QJsonObject>(*rl);
}
} // namespace

void ClientsController::registerRoutes(Router &r)
{
    auto add = [&](const char *method, const char *path, Role role, const char *action,
                   const char *summary, Reply (ClientsController::*fn)(RequestContext &),
                   const RouteDoc &doc) {
        r.add({.method = method,
               .pattern = QString::fromLatin1(path),
               .access = Access::ClientOrOperator,
               .role = role,
               // A client acting on itself counts against its plan; operators are not limited.
               .rateGroup = RateGroup::PlanOnly,
               .action = QString::fromLatin1(action),
               .summary = QString::fromLatin1(summary),
               .tag = QStringLiteral("Clients"),
               .handler = bind(this, fn),
               .doc = doc});
    };
    add("POST", "/v1/clients/:id/regenerate-key", Role::Operator, "client.regenerate_key",
        "Regenerate a client's API key", &ClientsController::regenerateKey,
        {.requestSchema = "RegenerateKey",
         .responseSchema = "ClientWithCredentials",
         .description = "Operators, or a client for itself. Returns the new `apiKey` once; the "
                        "old one keeps working for `graceSeconds` (default 0).",
         .bodyOptional = true});
    add("POST", "/v1/clients", Role::Operator, "client.create", "Create a client (tenant)",
        &ClientsController::create,
        {.requestSchema = "ClientCreate",
         .responseSchema = "ClientWithCredentials",
         .successStatus = 201,
         .description =
             "Operators only (a client credential gets 403). The answer carries `apiKey` and "
             "`clientSecret` once; they are never shown again. With `webhookUrl`, the first "
             "webhook endpoint (§9) and its `webhookSecret` are created too (`webhook`); later "
             "updates with `webhookUrl` change that endpoint. An `enterprise` client "
             "without `rateLimits` has no limits at all (X-RateLimit-Limit then reports "
             "1000000000)."});
    add("GET", "/v1/clients", Role::Auditor, "client.list", "List clients",
        &ClientsController::list,
        {.responseSchema = "ClientList",
         .description = "Operators only.",
         .query = {{"q", "string", "Text in the name or client id."},
                   {"status", "enum:active|suspended", "Only clients in this status."},
                   {"plan", "enum:free|basic|growth|enterprise", "Only clients on this plan."}},
         .paged = true});
    add("GET", "/v1/clients/:id", Role::Auditor, "client.get", "Get a client",
        &ClientsController::get,
        {.responseSchema = "Client",
         .description =
             "Operators read any client; a client credential may read only its own (else 403)."});
    add("PUT", "/v1/clients/:id", Role::Operator, "client.update", "Update a client",
        &ClientsController::update,
        {.requestSchema = "ClientUpdate",
         .responseSchema = "Client",
         .description = "Operators only. Setting `status: suspended` makes every credential of "
                        "the client answer 403 until it is active again."});
    add("DELETE", "/v1/clients/:id", Role::Operator, "client.delete",
        "Delete a client and revoke its credentials", &ClientsController::remove,
        {.responseSchema = "ClientDeleted",
         .description = "Operators only. Every credential of the client stops working at once."});
}

void ClientsController::requireOperator(const RequestContext &ctx)
{
    if (!ctx.principal.isOperator())
        throw ServiceError::forbidden(
            QStringLiteral("Only operators may do this; a client may only read itself and "
                           "regenerate its own key"));
}

void ClientsController::requireSelfOrOperator(const RequestContext &ctx)
{
    if (ctx.principal.isClient() &&
        ctx.principal.client.clientId != ctx.param(QStringLiteral("id")))
        throw ServiceError::forbidden(QStringLiteral("A client may only act on itself"));
}

ClientInput ClientsController::readInput(BodyReader &body, bool creating)
{
    ClientInput in;
    if (const auto name = body.string(QStringLiteral("name"), creating)) {
        in.name = name->trimmed();
        if (in.name.isEmpty() || in.name.size() > 120)
            body.invalid(QStringLiteral("name"), QStringLiteral("length"),
                         QStringLiteral("name must be 1 to 120 characters"));
    }
    if (const auto plan = body.string(QStringLiteral("plan"))) {
        in.plan = *plan;
        if (!ClientRules::plans().contains(*plan))
            body.invalid(QStringLiteral("plan"), QStringLiteral("enum"),
                         QStringLiteral("plan must be one of: ") +
                             ClientRules::plans().join(QStringLiteral(", ")));
    } else if (!creating) {
        in.plan.clear();
    }
    if (!creating) {
        in.status = body.string(QStringLiteral("status"));
        if (in.status && *in.status != QLatin1String("active") &&
            *in.status != QLatin1String("suspended"))
            body.invalid(QStringLiteral("status"), QStringLiteral("enum"),
                         QStringLiteral("status must be active or suspended"));
    }
    in.scopes = body.stringList(QStringLiteral("scopes"));
    for (const QString &s : in.scopes.value_or(QStringList())) {
        if (!ClientRules::allScopes().contains(s))
            body.invalid(QStringLiteral("scopes"), QStringLiteral("enum"),
                         QStringLiteral("unknown scope \"%1\"; scopes are: %2")
                             .arg(s, ClientRules::allScopes().join(QStringLiteral(", "))));
    }
    in.allowedOrigins = body.stringList(QStringLiteral("allowedOrigins"));
    for (const QString &o : in.allowedOrigins.value_or(QStringList())) {
        if (!isOrigin(o))
            body.invalid(
                QStringLiteral("allowedOrigins"), QStringLiteral("format"),
                QStringLiteral("\"%1\" is not an origin like https://app.example.com").arg(o));
    }
    in.qrPayload = body.string(QStringLiteral("qrPayload"));
    if (in.qrPayload && !ClientRules::qrPayloads().contains(*in.qrPayload))
        body.invalid(QStringLiteral("qrPayload"), QStringLiteral("enum"),
                     QStringLiteral("qrPayload must be approval or deeplink"));
    in.webhookUrl = body.string(QStringLiteral("webhookUrl"));
    if (in.webhookUrl && !ConsentRules::isAllowedCallbackUrl(*in.webhookUrl))
        body.invalid(QStringLiteral("webhookUrl"), QStringLiteral("format"),
                     QStringLiteral("webhookUrl must be an https URL (http only to loopback)"));
    in.webhookEvents = body.stringList(QStringLiteral("webhookEvents"));
    for (const QString &e : in.webhookEvents.value_or(QStringList())) {
        if (!webhookEventNames().contains(e))
            body.invalid(QStringLiteral("webhookEvents"), QStringLiteral("enum"),
                         QStringLiteral("unknown webhook event \"%1\"").arg(e));
    }
    in.stripeCustomerId = body.string(QStringLiteral("stripeCustomerId"));
    readRateLimits(body, in);
    body.finish();
    return in;
}

Reply ClientsController::create(RequestContext &ctx)
{
    requireOperator(ctx);
    BodyReader body(ctx.json());
    const ClientInput input = readInput(body, true);
    const auto issued = m_clients.create(input);
    QJsonObject data = issued.client.toJson();
    data.insert(QStringLiteral("apiKey"), issued.apiKey);
    data.insert(QStringLiteral("clientSecret"), issued.clientSecret);
    if (!issued.webhook.isEmpty()) {
        data.insert(QStringLiteral("webhook"), issued.webhook);
        data.insert(QStringLiteral("webhookSecret"),
                    issued.webhook.value(QStringLiteral("webhookSecret")));
    }
    ctx.auditResource = issued.client.clientId;
    ctx.auditDetails = {{QStringLiteral("name"), issued.client.name},
                        {QStringLiteral("plan"), issued.client.plan}};
    return Reply::created(
        data,
        QStringLiteral(
            "Client created; store the apiKey and clientSecret now, they are not shown again"));
}

Reply ClientsController::list(RequestContext &ctx)
{
    requireOperator(ctx);
    const Paging paging = Paging::from(ctx);
    const QString search = ctx.queryValue(QStringLiteral("q")).trimmed();
    const QString status = ctx.queryValue(QStringLiteral("status"));
    const QString plan = ctx.queryValue(QStringLiteral("plan"));
    QList<Client> matching;
    for (const Client &c : m_clients.list()) {
        if (!search.isEmpty() && !c.name.contains(search, Qt::CaseInsensitive) &&
            !c.clientId.contains(search))
            continue;
        if ((!status.isEmpty() && c.status != status) || (!plan.isEmpty() && c.plan != plan))
            continue;
        matching.append(c);
    }
    const qint64 offset = paging.cursor.isEmpty() ? 0 : Cursor::decode(paging.cursor);
    QJsonArray items;
    for (qsizetype i = offset; i < matching.size() && items.size() < paging.limit; ++i)
        items.append(matching.at(i).toJson());
    const qsizetype next = offset + items.size();
    return Reply::ok(listData(items, matching.size(),
                              next < matching.size() ? Cursor::encode(next) : QString()));
}

Reply ClientsController::get(RequestContext &ctx)
{
    requireSelfOrOperator(ctx);
    const auto client = m_clients.find(ctx.param(QStringLiteral("id")));
    if (!client)
        throw ServiceError::notFound(QStringLiteral("Client"));
    return Reply::ok(client->toJson());
}

Reply ClientsController::update(RequestContext &ctx)
{
    requireOperator(ctx);
    BodyReader body(ctx.json());
    const ClientInput patch = readInput(body, false);
    const Client c = m_clients.update(ctx.param(QStringLiteral("id")), patch);
    ctx.auditDetails = {{QStringLiteral("fields"), QJsonArray::fromStringList(ctx.json().keys())}};
    return Reply::ok(c.toJson(), QStringLiteral("Client updated"));
}

Reply ClientsController::remove(RequestContext &ctx)
{
    requireOperator(ctx);
    const QString id = ctx.param(QStringLiteral("id"));
    m_clients.remove(id);
    return Reply::ok(
        QJsonObject{{QStringLiteral("clientId"), id}, {QStringLiteral("deleted"), true}},
        QStringLiteral("Client deleted; its credentials no longer work"));
}

Reply ClientsController::regenerateKey(RequestContext &ctx)
{
    requireSelfOrOperator(ctx);
    BodyReader body(ctx.json());
    const auto grace = body.integer(QStringLiteral("graceSeconds"));
    if (grace && (*grace < 0 || *grace > 7 * 24 * 3600))
        body.invalid(QStringLiteral("graceSeconds"), QStringLiteral("range"),
                     QStringLiteral("graceSeconds must be from 0 to 604800"));
    body.finish();
    const auto issued =
        m_clients.regenerateKey(ctx.param(QStringLiteral("id")), int(grace.value_or(0)));
    QJsonObject data = issued.client.toJson();
    data.insert(QStringLiteral("apiKey"), issued.apiKey);
    data.insert(QStringLiteral("clientSecret"), issued.clientSecret);
    data.insert(QStringLiteral("graceSeconds"), grace.value_or(0));
    ctx.auditDetails = {{QStringLiteral("graceSeconds"), grace.value_or(0)}};
    return Reply::ok(
        data,
        QStringLiteral(
            "API key and client secret regenerated; store them now, they are not shown again"));
}

} // namespace mid
