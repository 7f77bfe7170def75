#include "OpenApi.h"

#include "Router.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <vector>

Q_LOGGING_CATEGORY(lcOpenApi, "mid.openapi")

// The resource lives in the static midcore library: make sure its initializer is linked in.
static void initOpenApiResources()
{
    Q_INIT_RESOURCE(openapi);
}

namespace mid {

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QJsonObject ref(const QString &pointer)
{
    return {{QStringLiteral("$ref"), pointer}};
}

QJsonObject schemaRef(const QString &name)
{
    return ref(QStringLiteral("#/components/schemas/") + name);
}

const char *kInfoDescription =
    R"(## Conventions
- **JSON** bodies (`Content-Type: application/json`, UTF-8); bodies over 1 MiB answer 413 (an operation with a limit of its own says so), decided from `Content-Length` before the body is parsed. Unknown body fields are ignored (so clients of every seed dialect can send their own extras); a wrong JSON type answers 400, a rule broken 422, both with `details`.
- **Envelope**: every `/v1` and `/admin/v1` answer except `/v1/auth/token` is `{error, success, code, message, data, meta{requestId, timestamp}}`; errors add `type` and `details` (see the `Error` schema). Lists are `{items, total, nextCursor}` with `limit` (default 50, max 500) and an opaque `cursor`. Unknown paths answer 404 and a known path with another method 405 (with `Allow`), both in the envelope.
- **Times** are RFC 3339 in UTC with `Z` (`2025-12-18T15:30:00Z`).
- **Ids** are prefixed random base62 (`cons_`, `qr_`, `req_`, …, at least 16 random characters); client ids are `mid_client_` + 12 base62.
- **X-Request-ID** is on every answer: yours when you send 1–64 safe characters, else a new `req_…`.
- **Client bounds**: a request line and headers over 16 KiB or 100 header lines answer 431 `headers_too_large` (not in the contract's error table: a deviation) and close the connection; a connection that has not sent a whole head 10 s after it opened (or after its next request's first byte), or falls silent for 10 s inside a body, is closed; past 128 connections from one address, further ones are closed at once.
- **Arrays** in request bodies take at most 100 items of at most 2048 characters each, unless the schema says fewer (else 422, issue `length`).
- **Durability**: an answer is written only once what the request changed is committed; when that commit fails, a write answers 503 `unavailable` and nothing of it was kept.

## Authentication
Client endpoints accept any of: `Authorization: Bearer <apiKey>` together with `X-Client-ID` (the two must belong together), `X-Mobid-Key: <apiKey>`, `Authorization: Basic base64(clientId:clientSecret)`, or `Authorization: Bearer <access_token>` from `POST /v1/auth/token`. A client lacking the scope an endpoint needs gets 403; a suspended client gets 403. Operators use `Authorization: Bearer <operator token>` on `/admin/v1/*`, `/v1/clients*` and the other operations that say so; each names the least role it needs (`auditor` < `operator` < `admin`): the `auditor` role only reads, and a role too low answers 403.

## Rate limits
Every `/v1` answer (and every other rate-limited operation's: each says whether it is) carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (unix seconds) for the tightest limit that applies. **When no limit applies** (an `enterprise` client without `rateLimits`), `X-RateLimit-Limit` and `X-RateLimit-Remaining` report **1000000000**. Calls refused before the limiter ran (bad credentials, unknown paths) report the anonymous per-address limit. 429 answers also carry `Retry-After` and, at the top level of the body, `retryAfter`, `resetTime`, `limit` and `remaining`.

## Webhooks (§9)
- Every state change records its event and one delivery per receiving endpoint of the client (and the consent's `callbackUrl`, unless an endpoint has the same URL) **in the same transaction** as the change: no delivery is lost or invented by a crash. Deliveries are retried with backoff (about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h, each ±20 %), then `failed`; a `410 Gone` disables the endpoint. Redirects are not followed. Delivery to a private, link-local or unique-local address is refused unless an admin allows it (`webhooksAllowPrivateNetworks`); loopback is always allowed.
- **callbackUrl deliveries** are signed with the secrets of the client's first endpoint when it has one, else with the client's own `clientSecret` (its UTF-8 bytes are the HMAC key).
- A **paused** endpoint keeps its deliveries (`held`) until it is resumed; deleting an endpoint cancels what waited for it. `ping` goes only to the endpoint it is sent to; endpoints cannot subscribe to it.
- A **replay** is a new delivery (`replayOf`) of the same event: same `id` and `webhook-id`, so receivers that de-duplicate by id ignore it unless they choose not to.

## Decisions where the seeds are silent
- A `clientId` in a consent create body that differs from the authenticated client: **403**.
- `intent` and `purpose` (two spellings of one field) both given and different: **422**.
- Consent creation answers **200** with the session (seed shape), client creation **201**.
- Another tenant's resource answers **404**, never 403.
- `approvalUrl` points at `/approve/{id}`, an HTML page served by this server where the recipient decides with a FIDO assertion; opening it marks the session's QR code scanned.
- Audit rows are written in one transaction per event-loop turn, right after that turn's answers; an audit search flushes pending rows first, so it sees every call answered before it.
- **Devices have two ids.** `id` (`dev_…`) is the server's; `deviceId` is the phone's own install id, chosen by the phone and sent in enrollments, register/begin and POST /v1/devices. While a device is not deregistered its `deviceId` names it alone (another number's `deviceId` answers 409); a deregistered phone that registers again gets a new `dev_…` under the same `deviceId`. `/v1/devices/{id}` accepts either; without a `deviceId` a device's `deviceId` is its `dev_…` id. In every answer top-level `deviceId` is the phone's, `device.id` the server's (consents show `device {id: dev_…, model}`).
- **A refused WebAuthn ceremony answers 401** (`unauthorized`) with `details[0] = {field: "credential", issue: <step>}`: the WebAuthn check that failed (`clientData.origin`, `clientData.challenge`, `assertion.signature`, `authData.signCount`, `attestation.format`, …) or the ceremony's own (`challenge.used`, `challenge.expired`, `credential.unknown`, `credential.revoked`, `credential.notAllowed`, `credential.id` for an id already registered). Unknown registrationId/authenticationId: 404. A blocked device: 403. A consent session that can no longer be decided (expired, decided, revoked): 409. `auth.failed` fires for every refused authentication.
- Challenges are 32 random bytes, single use (taken before verification, whatever the outcome) and expire after `timeout` (300 s). User verification is required (`userVerification: "required"`). The RP id and allowed origins come from `--rp-id` / `--rp-origins` (default: the public URL's host and origin).
- An enrollment code is 6 digits, sent by SMS (this build writes it to the message log, `GET /admin/v1/messages`; `--demo` also answers it as `demoCode`), valid 10 minutes; a wrong code answers **422** with `attemptsRemaining`, the fifth makes the enrollment `failed`. Verifying answers the `enrollmentToken` (once); register/begin redeems it (single use, 15 min). At most 5 enrollments per hour per `deviceId`, whoever asks: 429 "Too many enrollment attempts from this device".
)";

// Known areas in reading order (what a client integrates first comes first); tags of routes
// added later follow in registration order.
const QList<QPair<QString, QString>> &knownTags()
{
    static const QList<QPair<QString, QString>> t = {
        {QStringLiteral("Consents"),
         QStringLiteral("Consent sessions (seeds 000, 001, 003) and seed 002's auth sessions; "
                        "every path alias is listed.")},
        {QStringLiteral("Auth"),
         QStringLiteral("OAuth 2.0 client credentials and session verification.")},
        {QStringLiteral("QR codes"),
         QStringLiteral("QR codes for sessions and arbitrary content, and the web approver page.")},
        {QStringLiteral("FIDO2"),
         QStringLiteral("WebAuthn registration and authentication (§3); /v1/fido and "
                        "/v1/auth/fido are aliases.")},
        {QStringLiteral("Enrollments"),
         QStringLiteral("Proving a number with a code sent to it, then registering a device "
                        "(§4).")},
        {QStringLiteral("Devices"),
         QStringLiteral("Users' devices and their FIDO credentials (§5).")},
        {QStringLiteral("Clients"),
         QStringLiteral("Tenants and their credentials. Operators, or a client acting on itself.")},
        {QStringLiteral("Webhooks"),
         QStringLiteral("Outbound endpoints and deliveries (operators), and the inbound Stripe, "
                        "App Store and Google Play notifications (§9).")},
        {QStringLiteral("Admin"), QStringLiteral("The console / admin API (operator tokens).")},
        {QStringLiteral("MPin"),
         QStringLiteral("The MPin-compatible API of seed 004; this build serves its key set.")},
        {QStringLiteral("Operations"),
         QStringLiteral("Health, readiness, metrics and this documentation.")},
    };
    return t;
}

// ---- Pieces of an operation --------------------------------------------------------------

QString pascal(const QString &text)
{
    QString out;
    bool upper = true;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString pathWords(const QString &pattern)
{
    QString out;
    for (const QString &segment : pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment.startsWith(QLatin1Char(':')))
            out += QStringLiteral("By") + pascal(segment.mid(1));
        else
            out += pascal(segment);
    }
    return out;
}

QJsonObject queryParameter(const QueryParam &p)
{
    QJsonObject schema;
    if (p.type.startsWith(QLatin1String("enum:"))) {
        schema = {{QStringLiteral("type"), QStringLiteral("string")},
                  {QStringLiteral("enum"),
                   QJsonArray::fromStringList(p.type.mid(5).split(QLatin1Char('|')))}};
    } else if (p.type == QLatin1String("date-time")) {
        schema = {{QStringLiteral("type"), QStringLiteral("string")},
                  {QStringLiteral("format"), QStringLiteral("date-time")}};
    } else {
        schema = {{QStringLiteral("type"), p.type}};
    }
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("in"), QStringLiteral("query")},
            {QStringLiteral("required"), false},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("schema"), schema}};
}

QJsonObject headerRefs(bool rateLimited)
{
    QJsonObject h{
        {QStringLiteral("X-Request-ID"), ref(QStringLiteral("#/components/headers/X-Request-ID"))}};
    if (rateLimited) {
        for (const char *name : {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"})
            h.insert(str(name), ref(QStringLiteral("#/components/headers/") + str(name)));
    }
    return h;
}

QJsonObject mediaOf(const QJsonObject &schema)
{
    return {{QStringLiteral("schema"), schema}};
}

QJsonObject stringSchema()
{
    return {{QStringLiteral("type"), QStringLiteral("string")}};
}

// The success answer: its media types and schema, from the row's content and dialect.
QJsonObject successResponse(const Route &route)
{
    const RouteDoc &doc = route.doc;
    QJsonObject content;
    QString description;
    switch (doc.content) {
    case Content::Envelope: {
        QJsonObject schema = schemaRef(QStringLiteral("Envelope"));
        description = QStringLiteral("Success: the §0 envelope");
        if (!doc.responseSchema.isEmpty()) {
            schema = {{QStringLiteral("allOf"),
                       QJsonArray{schemaRef(QStringLiteral("Envelope")),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                              {QStringLiteral("properties"),
                                               QJsonObject{{QStringLiteral("data"),
                                                            schemaRef(doc.responseSchema)}}}}}}};
            description =
                QStringLiteral("Success: the envelope with `data` = %1").arg(doc.responseSchema);
        }
        content.insert(QStringLiteral("application/json"), mediaOf(schema));
        break;
    }
    case Content::Json:
        content.insert(QStringLiteral("application/json"),
                       mediaOf(doc.responseSchema.isEmpty()
                                   ? QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}
                                   : schemaRef(doc.responseSchema)));
        description = doc.responseSchema.isEmpty()
                          ? QStringLiteral("Success (JSON without the envelope)")
                          : QStringLiteral("Success: %1 (no envelope)").arg(doc.responseSchema);
        break;
    case Content::Html:
        content.insert(QStringLiteral("text/html"), mediaOf(stringSchema()));
        description = QStringLiteral("An HTML page");
        break;
    case Content::Text:
        content.insert(QStringLiteral("text/plain"), mediaOf(stringSchema()));
        description = QStringLiteral("Text");
        break;
    case Content::Certificate:
        content.insert(QStringLiteral("application/x-x509-ca-cert"), mediaOf(stringSchema()));
        description = QStringLiteral("A PEM certificate");
        break;
    case Content::Image:
        content.insert(
            QStringLiteral("image/png"),
            mediaOf({{QStringLiteral("type"), QStringLiteral("string")},
                     {QStringLiteral("contentMediaType"), QStringLiteral("image/png")}}));
        content.insert(QStringLiteral("image/svg+xml"), mediaOf(stringSchema()));
        description = QStringLiteral("The image");
        break;
    case Content::Document:
        for (const char *type : {"image/png", "image/jpeg", "application/pdf"})
            content.insert(
                QString::fromLatin1(type),
                mediaOf({{QStringLiteral("type"), QStringLiteral("string")},
                         {QStringLiteral("contentMediaType"), QString::fromLatin1(type)}}));
        description = QStringLiteral("The document's bytes, with its sniffed type");
        break;
    case Content::EventStream:
        content.insert(QStringLiteral("text/event-stream"), mediaOf(stringSchema()));
        description = QStringLiteral("A stream of Server-Sent Events that stays open");
        break;
    }
    return {{QStringLiteral("description"), description},
            {QStringLiteral("headers"), headerRefs(route.isRateLimited())},
            {QStringLiteral("content"), content}};
}

// An error answer in the row's dialect: the shared envelope responses, or the OAuth / raw
// shapes built here.
QJsonObject errorResponse(const Route &route, int code, const char *envelopeName)
{
    const bool oauthCode = code == 400 || code == 401 || code == 403;
    switch (route.dialect) {
    case Dialect::Envelope:
        break;
    case Dialect::OAuth:
        if (!oauthCode)
            break;
        return {
            {QStringLiteral("description"), QStringLiteral("RFC 6749 §5.2 error (%1)").arg(code)},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("application/json"),
                          mediaOf(schemaRef(QStringLiteral("OAuthError")))}}}};
    case Dialect::Raw:
        return {{QStringLiteral("description"),
                 QStringLiteral("Error (%1) without the envelope").arg(code)},
                {QStringLiteral("content"),
                 QJsonObject{{QStringLiteral("application/json"),
                              mediaOf(schemaRef(QStringLiteral("RawError")))}}}};
    }
    return ref(QStringLiteral("#/components/responses/") + str(envelopeName));
}

bool requiresCredentials(const Route &route)
{
    return route.access != Access::None;
}

QJsonObject responsesFor(const Route &route)
{
    const RouteDoc &doc = route.doc;
    const bool takesBody = route.takesBody() && !doc.noBody;
    QJsonObject r;
    r.insert(QString::number(doc.successStatus), successResponse(route));
    auto add = [&](int code, const char *name) {
        r.insert(QString::number(code), errorResponse(route, code, name));
    };
    add(400, "BadRequest");
    if (requiresCredentials(route) || route.dialect == Dialect::OAuth)
        add(401, "Unauthorized");
    if (requiresCredentials(route))
        add(403, "Forbidden");
    add(404, "NotFound");
    add(405, "MethodNotAllowed");
    if (requiresCredentials(route) && (takesBody || route.method == "DELETE"))
        add(409, "Conflict");
    if (takesBody) {
        add(413, "PayloadTooLarge");
        add(415, "UnsupportedMediaType");
    }
    if (takesBody || !doc.query.isEmpty() || doc.paged || requiresCredentials(route))
        add(422, "ValidationError");
    if (route.isRateLimited())
        add(429, "RateLimited");
    add(431, "HeadersTooLarge");
    add(500, "ServerError");
    if (takesBody || route.method == "DELETE")
        add(503, "WriteUnavailable");
    if (doc.mayBeUnavailable) {
        QJsonObject unavailable = successResponse(route);
        unavailable.insert(QStringLiteral("description"),
                           QStringLiteral("Not ready: the same body with status not_ready"));
        r.insert(QStringLiteral("503"), unavailable);
    }
    return r;
}

QJsonArray clientSchemes(const Route &route)
{
    const QJsonArray scopes = route.scope.isEmpty() ? QJsonArray() : QJsonArray{route.scope};
    return {QJsonObject{{QStringLiteral("bearerApiKey"), QJsonArray()},
                        {QStringLiteral("clientId"), QJsonArray()}},
            QJsonObject{{QStringLiteral("mobidKey"), QJsonArray()}},
            QJsonObject{{QStringLiteral("basicClientSecret"), QJsonArray()}},
            QJsonObject{{QStringLiteral("oauth2ClientCredentials"), scopes}}};
}

QJsonArray securityFor(const Route &route)
{
    const QJsonObject op{{QStringLiteral("operatorBearer"), QJsonArray()}};
    switch (route.access) {
    case Access::None:
    case Access::ProviderSigned:
        return {};
    case Access::Client:
        return clientSchemes(route);
    case Access::Operator:
        return {op};
    case Access::ClientOrOperator: {
        QJsonArray all = clientSchemes(route);
        all.append(op);
        return all;
    }
    case Access::ClientOptional: {
        QJsonArray all = clientSchemes(route);
        all.append(QJsonObject()); // OpenAPI: an empty requirement makes the others optional
        return all;
    }
    case Access::BasicOnly:
        return {QJsonObject{{QStringLiteral("basicClientSecret"), QJsonArray()}}};
    }
    return {};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Admin:
    case Role::Unset:
        break;
    }
    return QStringLiteral("admin");
}

QString scopeText(const Route &route)
{
    return route.scope.isEmpty()
               ? QStringLiteral("Client credentials")
               : QStringLiteral("Client credentials with the `%1` scope").arg(route.scope);
}

QString accessText(const Route &route)
{
    const QString role =
        QStringLiteral("an operator token of role `%1` or higher").arg(roleName(route.role));
    switch (route.access) {
    case Access::None:
        return QStringLiteral("No credentials.");
    case Access::Client:
        return scopeText(route) + QLatin1Char('.');
    case Access::Operator:
        return role.at(0).toUpper() + role.mid(1) + QLatin1Char('.');
    case Access::ClientOrOperator:
        return QStringLiteral("%1, or %2.").arg(scopeText(route), role);
    case Access::ClientOptional:
        return QStringLiteral("%1 when sent; without them the body's token is the capability.")
            .arg(scopeText(route));
    case Access::BasicOnly:
        return QStringLiteral("HTTP Basic `clientId:clientSecret` only.");
    case Access::ProviderSigned:
        return QStringLiteral("No credentials: the provider's signature over the raw body.");
    }
    return {};
}

QString groupName(RateGroup group)
{
    const QString name = RateLimitPolicy::groupLimit(group).name;
    return name.isEmpty() ? QStringLiteral("plan limits only") : QStringLiteral("`%1`").arg(name);
}

// The row's §11 rule in words.
QString rateText(const Route &route)
{
    if (!route.isRateLimited())
        return QStringLiteral("**Not rate limited:** %1.").arg(route.notRateLimited);
    QString text = QStringLiteral("**Rate limits (§11):** the caller's plan; group %1")
                       .arg(groupName(route.rateGroup.value_or(RateGroup::PlanOnly)));
    if (route.deviceKey)
        text += QStringLiteral("; device-side, also limited per device (the `deviceId` it names, "
                               "else the credential it carries, else the session or token)");
    return text + QLatin1Char('.');
}

QJsonObject securitySchemes(const QString &publicUrl)
{
    QJsonObject scopes;
    const QList<QPair<const char *, const char *>> names = {
        {"consents", "Consent sessions"},
        {"fido", "FIDO2 registration and authentication"},
        {"devices", "Devices"},
        {"enrollments", "Enrollments"},
        {"qr", "QR codes"},
        {"identity", "Identity verification"},
        {"signing", "Document signing"},
        {"mpin", "MPin-compatible API"}};
    for (const auto &s : names)
        scopes.insert(str(s.first), str(s.second));
    return {
        {QStringLiteral("bearerApiKey"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                     {QStringLiteral("scheme"), QStringLiteral("bearer")},
                     {QStringLiteral("description"),
                      QStringLiteral("`Authorization: Bearer <apiKey>` (seeds 000/003); must be "
                                     "sent together with X-Client-ID.")}}},
        {QStringLiteral("clientId"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                     {QStringLiteral("in"), QStringLiteral("header")},
                     {QStringLiteral("name"), QStringLiteral("X-Client-ID")},
                     {QStringLiteral("description"),
                      QStringLiteral("The client id that the Bearer apiKey belongs to.")}}},
        {QStringLiteral("mobidKey"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                     {QStringLiteral("in"), QStringLiteral("header")},
                     {QStringLiteral("name"), QStringLiteral("X-Mobid-Key")},
                     {QStringLiteral("description"),
                      QStringLiteral("`X-Mobid-Key: <apiKey>` (seed 001).")}}},
        {QStringLiteral("basicClientSecret"),
         QJsonObject{
             {QStringLiteral("type"), QStringLiteral("http")},
             {QStringLiteral("scheme"), QStringLiteral("basic")},
             {QStringLiteral("description"),
              QStringLiteral("`Authorization: Basic base64(clientId:clientSecret)` (seed 004).")}}},
        {QStringLiteral("oauth2ClientCredentials"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("oauth2")},
                     {QStringLiteral("description"),
                      QStringLiteral("An access token from POST /v1/auth/token, sent as "
                                     "`Authorization: Bearer <access_token>` (seed 002).")},
                     {QStringLiteral("flows"),
                      QJsonObject{{QStringLiteral("clientCredentials"),
                                   QJsonObject{{QStringLiteral("tokenUrl"),
                                                publicUrl + QStringLiteral("/v1/auth/token")},
                                               {QStringLiteral("scopes"), scopes}}}}}}},
        {QStringLiteral("operatorBearer"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                     {QStringLiteral("scheme"), QStringLiteral("bearer")},
                     {QStringLiteral("description"),
                      QStringLiteral("`Authorization: Bearer <operator token>` from POST "
                                     "/admin/v1/login or the bootstrap token.")}}},
    };
}

// Areas may keep their schemas in resources/openapi/components-<area>.json (listed in
// openapi.qrc); their sections are merged into the main components object.
void mergeComponentParts(QJsonObject &components)
{
    const QDir dir(QStringLiteral(":/mid/openapi"));
    for (const QString &name : dir.entryList({QStringLiteral("components-*.json")}, QDir::Files)) {
        QFile part(dir.filePath(name));
        const QJsonObject extra = part.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(part.readAll()).object()
                                      : QJsonObject();
        if (extra.isEmpty())
            qCWarning(lcOpenApi) << "OpenAPI components part" << name << "is missing or empty";
        for (auto section = extra.begin(); section != extra.end(); ++section) {
            QJsonObject merged = components.value(section.key()).toObject();
            const QJsonObject add = section.value().toObject();
            for (auto it = add.begin(); it != add.end(); ++it)
                merged.insert(it.key(), it.value());
            components.insert(section.key(), merged);
        }
    }
}

} // namespace

QString OpenApi::pathTemplate(const QString &pattern)
{
    QStringList out;
    for (const QString &segment : pattern.split(QLatin1Char('/')))
        out.append(segment.startsWith(QLatin1Char(':'))
                       ? QLatin1Char('{') + segment.mid(1) + QLatin1Char('}')
                       : segment);
    return out.join(QLatin1Char('/'));
}

QString OpenApi::baseOperationId(const Route &route)
{
    QString id = route.action.isEmpty()
                     ? QString::fromLatin1(route.method).toLower() + pathWords(route.pattern)
                     : pascal(route.action);
    if (!route.action.isEmpty() && !id.isEmpty())
        id[0] = id[0].toLower();
    return id;
}

namespace {
// A schema names its properties itself or through one part of an allOf.
bool namesProperties(const QJsonObject &schema)
{
    if (!schema.value(QStringLiteral("properties")).toObject().isEmpty())
        return true;
    for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray()) {
        if (!part.toObject().value(QStringLiteral("properties")).toObject().isEmpty())
            return true;
    }
    return false;
}
} // namespace

QStringList OpenApi::problemsOf(const Route &route, const QJsonObject &schemas)
{
    if (route.isFallback())
        return {};
    QStringList problems;
    const RouteDoc &doc = route.doc;
    if (route.takesBody() && !doc.noBody) {
        if (doc.requestSchema.isEmpty())
            problems << QStringLiteral("takes a body but names no request schema");
        else if (!namesProperties(schemas.value(doc.requestSchema).toObject()))
            problems << QStringLiteral("request schema %1 is missing or names no properties")
                            .arg(doc.requestSchema);
    }
    const bool jsonAnswer = doc.content == Content::Envelope || doc.content == Content::Json;
    if (jsonAnswer && doc.responseSchema.isEmpty())
        problems << QStringLiteral("has no %1 schema").arg(doc.successStatus);
    else if (jsonAnswer && !schemas.contains(doc.responseSchema))
        problems << QStringLiteral("response schema %1 is missing").arg(doc.responseSchema);
    const bool operatorMay =
        route.access == Access::Operator || route.access == Access::ClientOrOperator;
    if (operatorMay && route.role == Role::Unset)
        problems << QStringLiteral("operators may call it but it names no role");
    if (!operatorMay && route.role != Role::Unset)
        problems << QStringLiteral("names a role but operators may not call it");
    if (!route.rateGroup && route.isRateLimited())
        problems << QStringLiteral("has neither a rate group nor a reason for none");
    if (route.rateGroup && !route.isRateLimited())
        problems << QStringLiteral("has a rate group and a reason for none");
    if (route.access == Access::ProviderSigned && !route.verifier)
        problems << QStringLiteral("is provider-signed without a verifier");
    if (!route.scope.isEmpty() &&
        (route.access == Access::None || route.access == Access::Operator ||
         route.access == Access::ProviderSigned))
        problems << QStringLiteral("names a scope no client credential is asked for");
    return problems;
}

void OpenApi::ensureResources()
{
    static const bool ready = (initOpenApiResources(), true);
    Q_UNUSED(ready);
}

QJsonObject OpenApi::loadComponents()
{
    ensureResources();
    QFile file(QStringLiteral(":/mid/openapi/components.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcOpenApi) << "OpenAPI components resource is missing";
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        qCWarning(lcOpenApi) << "OpenAPI components resource is not a JSON object:"
                             << error.errorString();
    QJsonObject components = doc.object();
    mergeComponentParts(components);
    return components;
}

namespace {

QJsonArray parametersOf(const Route &route)
{
    QJsonArray parameters;
    for (const QString &segment : route.segments) {
        if (!segment.startsWith(QLatin1Char(':')))
            continue;
        parameters.append(QJsonObject{{QStringLiteral("name"), segment.mid(1)},
                                      {QStringLiteral("in"), QStringLiteral("path")},
                                      {QStringLiteral("required"), true},
                                      {QStringLiteral("schema"), stringSchema()}});
    }
    for (const QueryParam &q : route.doc.query)
        parameters.append(queryParameter(q));
    if (route.doc.paged) {
        parameters.append(ref(QStringLiteral("#/components/parameters/limit")));
        parameters.append(ref(QStringLiteral("#/components/parameters/cursor")));
    }
    parameters.append(ref(QStringLiteral("#/components/parameters/X-Request-ID")));
    return parameters;
}

QJsonObject requestBodyOf(const Route &route)
{
    const QJsonObject schema = route.doc.requestSchema.isEmpty()
                                   ? QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}
                                   : schemaRef(route.doc.requestSchema);
    QJsonObject content{{QStringLiteral("application/json"), mediaOf(schema)}};
    if (route.acceptsForm)
        content.insert(QStringLiteral("application/x-www-form-urlencoded"), mediaOf(schema));
    if (route.acceptsMultipart)
        content.insert(QStringLiteral("multipart/form-data"),
                       mediaOf(schemaRef(QStringLiteral("DocumentUploadForm"))));
    QJsonObject body{{QStringLiteral("required"), !route.doc.bodyOptional},
                     {QStringLiteral("content"), content}};
    if (route.maxBody > 0)
        body.insert(QStringLiteral("description"),
                    QStringLiteral("At most %1 bytes (else 413).").arg(route.maxBody));
    return body;
}

QString dialectText(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Envelope:
        return {};
    case Dialect::OAuth:
        return QStringLiteral("Errors 400 and 401 are RFC 6749 §5.2 `{error, error_description}`; "
                              "the others keep the §0 envelope.");
    case Dialect::Raw:
        return QStringLiteral("Answers without the envelope (seed 004); errors are "
                              "`{error, message, requestId}` (`RawError`).");
    }
    return {};
}

// The operation's prose: its own words, then what the row says of access, limits and audit.
QString descriptionOf(const Route &route, const QString &aliasOf)
{
    QStringList text;
    if (!aliasOf.isEmpty())
        text << QStringLiteral("Alias of `%1 %2`; identical behaviour.")
                    .arg(QString::fromLatin1(route.method), aliasOf);
    if (!route.doc.description.isEmpty())
        text << route.doc.description;
    text << QStringLiteral("**Access:** %1").arg(accessText(route));
    if (!dialectText(route.dialect).isEmpty())
        text << dialectText(route.dialect);
    text << rateText(route);
    if (!route.action.isEmpty())
        text << QStringLiteral("**Audited as** `%1`.").arg(route.action);
    return text.join(QStringLiteral("\n\n"));
}

QString uniqueOperationId(const Route &route, QSet<QString> &used)
{
    // Aliases of one action get their path appended.
    QString id = OpenApi::baseOperationId(route);
    if (used.contains(id))
        id += QStringLiteral("Via") + pathWords(route.pattern);
    for (int n = 2; used.contains(id); ++n)
        id = OpenApi::baseOperationId(route) + QString::number(n);
    used.insert(id);
    return id;
}

QJsonObject operationOf(const Route &route, const QString &id, const QString &aliasOf)
{
    const QString tag = route.tag.isEmpty() ? QStringLiteral("Other") : route.tag;
    QJsonObject op{{QStringLiteral("operationId"), id},
                   {QStringLiteral("summary"),
                    route.summary.isEmpty()
                        ? QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern
                        : route.summary},
                   {QStringLiteral("description"), descriptionOf(route, aliasOf)},
                   {QStringLiteral("tags"), QJsonArray{tag}},
                   {QStringLiteral("parameters"), parametersOf(route)},
                   {QStringLiteral("responses"), responsesFor(route)},
                   {QStringLiteral("security"), securityFor(route)},
                   {QStringLiteral("x-mid-access"), accessText(route)}};
    if (!route.scope.isEmpty())
        op.insert(QStringLiteral("x-mid-scope"), route.scope);
    if (route.access == Access::Operator || route.access == Access::ClientOrOperator)
        op.insert(QStringLiteral("x-mid-role"), roleName(route.role));
    if (route.isRateLimited())
        op.insert(QStringLiteral("x-mid-rate-group"),
                  RateLimitPolicy::groupLimit(route.rateGroup.value_or(RateGroup::PlanOnly)).name);
    else
        op.insert(QStringLiteral("x-mid-not-rate-limited"), route.notRateLimited);
    if (!route.action.isEmpty())
        op.insert(QStringLiteral("x-mid-audit-action"), route.action);
    if (route.takesBody() && !route.doc.noBody)
        op.insert(QStringLiteral("requestBody"), requestBodyOf(route));
    return op;
}

// The info text: what this build serves, from the areas its rows are in, then the
// conventions every operation shares.
QString infoDescription(const QJsonArray &tags)
{
    QStringList areas;
    for (const QJsonValue &t : tags) {
        const QJsonObject tag = t.toObject();
        const QString about = tag.value(QStringLiteral("description")).toString();
        areas << QStringLiteral("- **%1**%2")
                     .arg(tag.value(QStringLiteral("name")).toString(),
                          about.isEmpty() ? QString() : ": " + about);
    }
    return QStringLiteral("The MID (Mobile Identity) API as this build serves it. This document "
                          "is generated from the server's live route table, so it lists exactly "
                          "what this build serves; path aliases of the different seed dialects "
                          "are listed as their own operations and behave identically.\n\n"
                          "## Areas\n") +
           areas.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
           QString::fromUtf8(kInfoDescription);
}

} // namespace

QJsonObject OpenApi::build(const Router &router, const QString &publicUrl)
{
    QJsonObject paths;
    QSet<QString> usedIds;
    QHash<QString, QString> canonical; // "METHOD action" -> first path with it
    QStringList tagOrder;

    for (const Route &route : router.routes()) {
        if (route.isFallback())
            continue; // unknown paths: documented once, in the conventions
        const QString path = pathTemplate(route.pattern);
        const QString method = QString::fromLatin1(route.method).toLower();
        QJsonObject item = paths.value(path).toObject();
        if (item.contains(method))
            continue; // a later duplicate row is never matched by the router either
        const QString tag = route.tag.isEmpty() ? QStringLiteral("Other") : route.tag;
        if (!tagOrder.contains(tag))
            tagOrder.append(tag);

        QString aliasOf;
        const QString aliasKey =
            QString::fromLatin1(route.method) + QLatin1Char(' ') + route.action;
        if (!route.action.isEmpty()) {
            if (canonical.contains(aliasKey))
                aliasOf = canonical.value(aliasKey);
            else
                canonical.insert(aliasKey, path);
        }
        item.insert(method, operationOf(route, uniqueOperationId(route, usedIds), aliasOf));
        paths.insert(path, item);
    }

    QJsonArray tags;
    for (const auto &known : knownTags()) {
        if (tagOrder.removeAll(known.first))
            tags.append(QJsonObject{{QStringLiteral("name"), known.first},
                                    {QStringLiteral("description"), known.second}});
    }
    for (const QString &tag : std::as_const(tagOrder))
        tags.append(QJsonObject{{QStringLiteral("name"), tag}});

    QJsonObject components = loadComponents();
    components.insert(QStringLiteral("securitySchemes"), securitySchemes(publicUrl));
    QStringList tagNames;
    for (const QJsonValue &t : std::as_const(tags))
        tagNames << t.toObject().value(QStringLiteral("name")).toString();

    return {{QStringLiteral("openapi"), QStringLiteral("3.1.0")},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("MID API")},
                         {QStringLiteral("version"), QStringLiteral(MID_VERSION)},
                         {QStringLiteral("summary"), QStringLiteral("Mobile Identity: ") +
                                                         tagNames.join(QStringLiteral(", "))},
                         {QStringLiteral("description"), infoDescription(tags)}}},
            {QStringLiteral("servers"),
             QJsonArray{QJsonObject{{QStringLiteral("url"), publicUrl},
                                    {QStringLiteral("description"),
                                     QStringLiteral("This server (its public base URL)")}}}},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("components"), components}};
}

} // namespace mid
