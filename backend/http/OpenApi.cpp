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

// ---- What the route table cannot say by itself -------------------------------------------

enum class Body
{
    Envelope, // §0 envelope with `data` of the response schema
    Json,     // JSON without the envelope
    Html,
    Text,
    Image,
};

struct QueryParam
{
    const char *name;
    const char *type; // integer, string, or "enum:a|b|c"
    const char *description;
};

struct OperationDoc
{
    const char *request = nullptr;  // schema name of the JSON body
    const char *response = nullptr; // schema name of the result
    Body body = Body::Envelope;
    int status = 200;
    const char *description = nullptr;
    std::vector<QueryParam> query = {};
    bool paged = false;       // limit + cursor
    bool oauthErrors = false; // 400/401 in RFC 6749 shape
    bool bodyRequired = true;
    bool serviceUnavailable = false; // may answer 503
};

const char *kAuditOrdering =
    "Audit rows are written in one transaction per event-loop turn, right after the answers of "
    "that turn are written; a search flushes pending rows first, so it always sees every call "
    "answered before it.";

void insertIdentityDocs(QHash<QString, OperationDoc> &d)
{
    d.insert(
        QStringLiteral("fido.register.begin"),
        {.request = "FidoRegisterBegin",
         .response = "FidoRegistrationOptions",
         .description =
             "Credentials: client credentials (scope `fido`; `mobile` and `deviceId` required) "
             "**or** an `enrollmentToken` from a verified enrollment (no client key; the token "
             "is redeemed here, once). `activationToken` (§8) is not accepted yet: without other "
             "credentials it answers 401. A `deviceId` registered to another number answers "
             "409, a blocked device 403. `excludeCredentials` lists the device's credentials. "
             "Rate limit: 20 per 15 min per deviceId (or per token)."});
    d.insert(
        QStringLiteral("fido.register.complete"),
        {.request = "FidoRegisterComplete",
         .response = "FidoRegistered",
         .description =
             "Verifies the attestation (WebAuthn L3 §7.1: none, packed self and x5c, fido-u2f) "
             "and stores the credential with the device (created, or the one this deviceId "
             "names). Through an enrollment token the enrollment becomes `completed` "
             "(`enrollment.completed`); `device.registered` fires. Refusals: 401 with the failed "
             "step in `details[0].issue`."});
    d.insert(
        QStringLiteral("fido.authenticate.begin"),
        {.request = "FidoAuthenticateBegin",
         .response = "FidoAuthenticationOptions",
         .description =
             "No client key: the session id is the capability. With `sessionId` (a pending, "
             "unexpired consent: else 409; unknown: 404) only credentials of active devices "
             "registered to the session's recipient are offered (none: 409). With `deviceId` or "
             "`mobile`: that device's / number's credentials (none: 404). Only blocked devices: "
             "403 and `auth.failed`."});
    d.insert(QStringLiteral("fido.authenticate.complete"),
             {.request = "FidoAuthenticateComplete",
              .response = "FidoAuthenticated",
              .description =
                  "Verifies the assertion (WebAuthn L3 §7.2). For a ceremony bound to a consent "
                  "session, `decision` (default approve) decides it: `consent.approved` / "
                  "`consent.rejected` with `user {id, mobile, verified}` and `device {id, model}`, "
                  "and the device becomes visible to the session's tenant. `auth.success` or "
                  "`auth.failed` fires. A signature counter that does not grow is refused "
                  "(`authData.signCount`) and flags the credential."});
    d.insert(
        QStringLiteral("enrollment.create"),
        {.request = "EnrollmentCreate",
         .response = "Enrollment",
         .description =
             "A 6-digit code is sent to `mobile` (SMS; this build writes it to the message log, "
             "`GET /admin/v1/messages`; with `--demo` also `data.demoCode`). The code is valid "
             "10 minutes. Operators may enroll on a person's behalf (audit actor: the operator; "
             "`clientId` optional). At most 5 enrollments per hour per `deviceId`, however made: "
             "429 \"Too many enrollment attempts from this device\". Answers 200 (seed shape)."});
    d.insert(QStringLiteral("POST /approve/:id/enrollments"),
             {.request = "ApproverEnrollmentCreate",
              .response = "Enrollment",
              .description =
                  "For the web approver page: the consent session id is the capability. Creates "
                  "an enrollment for the session's recipient on behalf of the session's tenant "
                  "(same code, limits and answer as POST /v1/enrollments). Unknown session 404; "
                  "a session no longer pending 409."});
    d.insert(QStringLiteral("enrollment.verify"),
             {.request = "EnrollmentVerify",
              .response = "EnrollmentVerified",
              .description =
                  "Device-side: the enrollment id and the code are the capability (no client "
                  "key). A right code answers the `enrollmentToken` (single use, 15 min, shown "
                  "once). A wrong code answers 422 (`details[0].field = code`, `attemptsRemaining` "
                  "at the top level); the fifth makes the enrollment `failed`. Anything but a "
                  "`pending_verification` enrollment answers 409."});
    d.insert(QStringLiteral("enrollment.get"),
             {.response = "Enrollment",
              .description = "Another tenant's enrollment answers 404. The token is never shown."});
    d.insert(QStringLiteral("device.create"),
             {.request = "DeviceCreate",
              .response = "DeviceWithCredentials",
              .status = 201,
              .description =
                  "Registers a device without a credential (201), or for the same number "
                  "updates the device its `deviceId` names (200). A `deviceId` of another "
                  "number: 409. The device is visible to the calling tenant."});
    d.insert(
        QStringLiteral("device.list"),
        {.response = "DeviceList",
         .description = "A tenant sees the devices enrolled through it or that decided one "
                        "of its sessions; operators see all. Newest first.",
         .query = {{"mobile", "string", "Only devices of this E.164 number."},
                   {"status", "enum:active|blocked|deregistered", "Only devices in this status."}},
         .paged = true});
    d.insert(QStringLiteral("device.get"),
             {.response = "DeviceWithCredentials",
              .description = "`{id}` is the `dev_…` id or the phone's `deviceId`. A device the "
                             "tenant does not see answers 404."});
    d.insert(QStringLiteral("device.deregister"),
             {.response = "DeviceWithCredentials",
              .description = "Every credential is revoked; `device.deregistered` fires. Already "
                             "deregistered: 409."});
    d.insert(QStringLiteral("device.block"),
             {.request = "DeviceBlock",
              .response = "Device",
              .description = "Only an active device (else 409). A blocked device's ceremonies "
                             "answer 403 and raise `auth.failed`; `device.blocked` fires.",
              .bodyRequired = false});
    d.insert(QStringLiteral("device.unblock"),
             {.response = "Device",
              .description = "Only a blocked device (else 409); `device.unblocked` fires."});
    d.insert(QStringLiteral("GET /admin/v1/messages"),
             {.response = "MessageList",
              .description = "The outbound message channel (enrollment codes), newest first.",
              .query = {{"to", "string", "Only messages to this number."},
                        {"purpose", "string", "Only messages of this purpose (enrollment)."},
                        {"clientId", "string", "Only messages sent for this tenant."}},
              .paged = true});
}

// Keyed by the route's audit action, else by "METHOD /pattern". Routes without an entry are
// still documented, with a generic answer.
const QHash<QString, OperationDoc> &operationDocs()
{
    static const QHash<QString, OperationDoc> docs = [] {
        QHash<QString, OperationDoc> d;
        // Clients (§6)
        d.insert(
            QStringLiteral("client.create"),
            {.request = "ClientCreate",
             .response = "ClientWithCredentials",
             .status = 201,
             .description =
                 "Operators only (a client credential gets 403). The answer carries `apiKey` and "
                 "`clientSecret` once; they are never shown again. With `webhookUrl`, the first "
                 "webhook endpoint and its `webhookSecret` are created too. An `enterprise` client "
                 "without `rateLimits` has no limits at all (X-RateLimit-Limit then reports "
                 "1000000000)."});
        d.insert(
            QStringLiteral("client.list"),
            {.response = "ClientList",
             .description = "Operators only.",
             .query = {{"q", "string", "Text in the name or client id."},
                       {"status", "enum:active|suspended", "Only clients in this status."},
                       {"plan", "enum:free|basic|growth|enterprise", "Only clients on this plan."}},
             .paged = true});
        d.insert(QStringLiteral("client.get"),
                 {.response = "Client",
                  .description = "Operators read any client; a client credential may read only its "
                                 "own (else 403)."});
        d.insert(
            QStringLiteral("client.update"),
            {.request = "ClientUpdate",
             .response = "Client",
             .description =
                 "Operators only. Setting `status: suspended` makes every credential of the client "
                 "answer 403 until it is active again."});
        d.insert(QStringLiteral("client.delete"),
                 {.response = "ClientDeleted",
                  .description =
                      "Operators only. Every credential of the client stops working at once."});
        d.insert(QStringLiteral("client.regenerate_key"),
                 {.request = "RegenerateKey",
                  .response = "ClientWithCredentials",
                  .description = "Operators, or a client for itself. Returns the new `apiKey` "
                                 "once; the old one keeps "
                                 "working for `graceSeconds` (default 0).",
                  .bodyRequired = false});
        // Consents (§2)
        d.insert(
            QStringLiteral("consent.create"),
            {.request = "ConsentCreate",
             .response = "Consent",
             .description =
                 "Creates a `pending` consent session for `recipient`. Decisions this server makes "
                 "where the seeds are silent: a `clientId` in the body that differs from the "
                 "authenticated client answers **403**; `intent` and `purpose` given together and "
                 "different answer **422** (`details[0].field = purpose`, issue `conflict`). The "
                 "answer is 200 (not 201), as the seeds show. `qrCode` is the absolute URL of the "
                 "QR "
                 "image, `approvalUrl` the web approver page `/approve/{id}`, `deepLink` "
                 "`mobid://auth?session={id}`. A pending session whose `expiresAt` passes becomes "
                 "`expired` within 2 s without any request."});
        d.insert(QStringLiteral("consent.get"),
                 {.response = "Consent",
                  .description = "Another client's session answers 404, never 403."});
        d.insert(QStringLiteral("consent.list"),
                 {.response = "ConsentList",
                  .description = "The caller's sessions, newest first.",
                  .query = {{"status", "enum:pending|approved|rejected|expired|revoked",
                             "Only sessions in this status."},
                            {"recipient", "string", "Only sessions for this E.164 number."}},
                  .paged = true});
        d.insert(
            QStringLiteral("consent.update"),
            {.request = "ConsentUpdate",
             .response = "Consent",
             .description =
                 "Only a `pending` session can change (terminal states answer 409); `recipient` "
                 "cannot change (422). `intent`/`purpose` follow the create rules."});
        d.insert(QStringLiteral("consent.revoke"),
                 {.response = "Consent",
                  .description =
                      "A pending session becomes `revoked`; an approved one becomes `revoked` "
                      "(withdrawn) with `revokedAt`. Rejected, expired and revoked sessions answer "
                      "409."});
        d.insert(QStringLiteral("consent.verify"),
                 {.request = "SessionVerify",
                  .response = "SessionVerification",
                  .description = "The session and `verified`; when it is approved also an "
                                 "`idToken` (JWT RS256, key "
                                 "at `/dvs/jwks`, claims sub, aud = clientId, sid, iat, exp)."});
        // OAuth (§1)
        d.insert(
            QStringLiteral("auth.token"),
            {.request = "TokenRequest",
             .response = "Token",
             .body = Body::Json,
             .description =
                 "OAuth 2.0 client credentials (RFC 6749 §4.4). JSON or form-encoded body; "
                 "`client_id`/`client_secret` in the body or as HTTP Basic credentials (Basic "
                 "wins). "
                 "Answers and errors are RFC 6749 shapes, without the envelope. The token is "
                 "accepted as `Authorization: Bearer` on every client endpoint for `expires_in` s.",
             .oauthErrors = true});
        // Admin (§12, §13)
        d.insert(QStringLiteral("audit.verify"),
                 {.response = "AuditVerify",
                  .description = "Recomputes the hash chain (hash = SHA-256(previous hash ‖ row)) "
                                 "over every row."});
        d.insert(
            QStringLiteral("GET /admin/v1/audit"),
            {.response = "AuditPage",
             .description = kAuditOrdering,
             .query = {{"actor", "string", "A client id or operator:<name>."},
                       {"action", "string", "An action such as consent.create."},
                       {"resource", "string", "The id acted on."},
                       {"from", "date-time", "Events at or after this RFC 3339 time."},
                       {"to", "date-time", "Events at or before this RFC 3339 time."},
                       {"outcome", "integer", "HTTP status of the call (100–599)."},
                       {"q", "string", "Text anywhere in actor, action, resource or details."}},
             .paged = true});
        d.insert(
            QStringLiteral("operator.logout"),
            {.response = "LoggedOut", .description = "Ends the calling operator token at once."});
        // QR codes (§7)
        const std::vector<QueryParam> imageQuery = {
            {"format", "enum:png|svg", "Image format (default png, or the code's own)."},
            {"size", "integer", "Width and height in pixels (64–2048)."},
            {"ecLevel", "enum:L|M|Q|H", "Error correction level."}};
        d.insert(
            QStringLiteral("qr.generate"),
            {.request = "QrGenerate",
             .response = "QrCode",
             .status = 201,
             .description =
                 "The image at `imageUrl` is a real QR code (libqrencode) that decodes to exactly "
                 "`content`. A session QR needs a pending session of the caller (else 404/409)."});
        d.insert(
            QStringLiteral("qr.get"),
            {.response = "QrCode",
             .description =
                 "`status` is `active`, `scanned` (the approver page of its session was opened) or "
                 "`expired`; `scanCount` counts the openings."});
        d.insert(
            QStringLiteral("GET /v1/qr/:id/image"),
            {.body = Body::Image,
             .description =
                 "The QR image, PNG or SVG. No credentials: the id is the capability. An expired "
                 "code answers 409.",
             .query = imageQuery});
        d.insert(
            QStringLiteral("GET /v1/consents/qr/:type/:id"),
            {.body = Body::Image,
             .description =
                 "The QR image of a consent session, without credentials (the id is the "
                 "capability). It encodes the session's `approvalUrl`, or its `deepLink` when the "
                 "client's `qrPayload` is `deeplink`. `type` is auth, sign or enroll.",
             .query = imageQuery});
        d.insert(
            QStringLiteral("GET /approve/:id"),
            {.body = Body::Html,
             .description =
                 "The web approver page of a session (the consent's `approvalUrl`, "
                 "`/approve/{id}`): an HTML page where the recipient approves or rejects with a "
                 "FIDO "
                 "assertion from a device registered to the recipient. Opening it marks the "
                 "session's "
                 "QR code `scanned`. Unknown sessions get an HTML 404 page, expired or withdrawn "
                 "ones an HTML 410 page."});
        d.insert(QStringLiteral("GET /approve/:id/session.json"),
                 {.response = "ApproverSession",
                  .body = Body::Json,
                  .description = "What the approver page shows (recipient masked); the page polls "
                                 "it for the decision."});
        // FIDO2 (§3), enrollments (§4), devices (§5), the message log
        insertIdentityDocs(d);
        // Operations (§14)
        d.insert(QStringLiteral("GET /healthz"),
                 {.response = "Health",
                  .body = Body::Json,
                  .description = "Answers while the process is alive."});
        d.insert(QStringLiteral("GET /readyz"),
                 {.response = "Readiness",
                  .body = Body::Json,
                  .description =
                      "200 when the database answers and every migration is applied, else 503.",
                  .serviceUnavailable = true});
        d.insert(QStringLiteral("GET /metrics"),
                 {.body = Body::Text,
                  .description = "Prometheus text format: requests by route and code, a latency "
                                 "histogram, consents "
                                 "by status, rate-limited requests, the audit queue."});
        d.insert(
            QStringLiteral("GET /v1/openapi.json"),
            {.response = "OpenApiDocument",
             .body = Body::Json,
             .description =
                 "This document, produced from the server's live route table (so it covers every "
                 "endpoint this build serves). Plain JSON, no envelope."});
        d.insert(QStringLiteral("GET /docs"),
                 {.body = Body::Html,
                  .description =
                      "A readable page of this document, served offline (no external assets)."});
        return d;
    }();
    return docs;
}

const OperationDoc *docFor(const Route &route)
{
    const auto &docs = operationDocs();
    if (!route.action.isEmpty()) {
        const auto it = docs.constFind(route.action);
        if (it != docs.cend())
            return &*it;
    }
    const auto it =
        docs.constFind(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);
    return it == docs.cend() ? nullptr : &*it;
}

const char *kInfoDescription =
    R"(The MID (Mobile Identity) API: consent sessions approved with FIDO2 passkeys, devices, enrollments, QR codes, identity verification and signing, an MPin-compatible API, webhooks and an admin API. This document is generated from the server's live route table, so it lists exactly what this build serves; path aliases of the different seed dialects are listed as their own operations and behave identically.

## Conventions
- **JSON** bodies (`Content-Type: application/json`, UTF-8); bodies over 1 MiB (uploads 10 MiB) answer 413, decided from `Content-Length` before the body is parsed. Unknown body fields are ignored (so clients of every seed dialect can send their own extras); a wrong JSON type answers 400, a rule broken 422, both with `details`.
- **Envelope**: every `/v1` and `/admin/v1` answer except `/v1/auth/token` is `{error, success, code, message, data, meta{requestId, timestamp}}`; errors add `type` and `details` (see the `Error` schema). Lists are `{items, total, nextCursor}` with `limit` (default 50, max 500) and an opaque `cursor`. Unknown paths answer 404 and a known path with another method 405 (with `Allow`), both in the envelope.
- **Times** are RFC 3339 in UTC with `Z` (`2025-12-18T15:30:00Z`).
- **Ids** are prefixed random base62 (`cons_`, `qr_`, `req_`, …, at least 16 random characters); client ids are `mid_client_` + 12 base62.
- **X-Request-ID** is on every answer: yours when you send 1–64 safe characters, else a new `req_…`.

## Authentication
Client endpoints accept any of: `Authorization: Bearer <apiKey>` together with `X-Client-ID` (the two must belong together), `X-Mobid-Key: <apiKey>`, `Authorization: Basic base64(clientId:clientSecret)`, or `Authorization: Bearer <access_token>` from `POST /v1/auth/token`. A client lacking the scope an endpoint needs gets 403; a suspended client gets 403. Operators use `Authorization: Bearer <operator token>` on `/admin/v1/*` and `/v1/clients*`; the `auditor` role is read-only (403 on anything but GET).

## Rate limits
Every `/v1` answer carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (unix seconds) for the tightest limit that applies. **When no limit applies** (an `enterprise` client without `rateLimits`), `X-RateLimit-Limit` and `X-RateLimit-Remaining` report **1000000000**. Calls refused before the limiter ran (bad credentials, unknown paths) report the anonymous per-address limit. 429 answers also carry `Retry-After` and, at the top level of the body, `retryAfter`, `resetTime`, `limit` and `remaining`.

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
        {QStringLiteral("Admin"), QStringLiteral("The console / admin API (operator tokens).")},
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
    const QString type = str(p.type);
    if (type.startsWith(QLatin1String("enum:"))) {
        schema = {{QStringLiteral("type"), QStringLiteral("string")},
                  {QStringLiteral("enum"),
                   QJsonArray::fromStringList(type.mid(5).split(QLatin1Char('|')))}};
    } else if (type == QLatin1String("date-time")) {
        schema = {{QStringLiteral("type"), QStringLiteral("string")},
                  {QStringLiteral("format"), QStringLiteral("date-time")}};
    } else {
        schema = {{QStringLiteral("type"), type}};
    }
    return {{QStringLiteral("name"), str(p.name)},
            {QStringLiteral("in"), QStringLiteral("query")},
            {QStringLiteral("required"), false},
            {QStringLiteral("description"), str(p.description)},
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

QJsonObject successResponse(const Route &route, const OperationDoc *doc, bool underV1)
{
    const bool enveloped = route.pattern.startsWith(QLatin1String("/v1/")) ||
                           route.pattern.startsWith(QLatin1String("/admin/v1/"));
    const Body body = doc ? doc->body : (enveloped ? Body::Envelope : Body::Json);
    QJsonObject content;
    QString description = QStringLiteral("Success");
    switch (body) {
    case Body::Envelope: {
        QJsonObject schema = schemaRef(QStringLiteral("Envelope"));
        if (doc && doc->response) {
            schema = {{QStringLiteral("allOf"),
                       QJsonArray{schemaRef(QStringLiteral("Envelope")),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                              {QStringLiteral("properties"),
                                               QJsonObject{{QStringLiteral("data"),
                                                            schemaRef(str(doc->response))}}}}}}};
            description =
                QStringLiteral("Success: the envelope with `data` = %1").arg(str(doc->response));
        } else {
            description = QStringLiteral("Success: the §0 envelope");
        }
        content.insert(QStringLiteral("application/json"),
                       QJsonObject{{QStringLiteral("schema"), schema}});
        break;
    }
    case Body::Json:
        content.insert(
            QStringLiteral("application/json"),
            QJsonObject{{QStringLiteral("schema"),
                         doc && doc->response
                             ? schemaRef(str(doc->response))
                             : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}});
        description = doc && doc->response
                          ? QStringLiteral("Success: %1 (no envelope)").arg(str(doc->response))
                          : QStringLiteral("Success (JSON without the envelope)");
        break;
    case Body::Html:
        content.insert(
            QStringLiteral("text/html"),
            QJsonObject{{QStringLiteral("schema"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        description = QStringLiteral("An HTML page");
        break;
    case Body::Text:
        content.insert(
            QStringLiteral("text/plain"),
            QJsonObject{{QStringLiteral("schema"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        description = QStringLiteral("Plain text");
        break;
    case Body::Image: {
        const QJsonObject binary{
            {QStringLiteral("schema"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                         {QStringLiteral("contentMediaType"), QStringLiteral("image/png")}}}};
        content.insert(QStringLiteral("image/png"), binary);
        content.insert(
            QStringLiteral("image/svg+xml"),
            QJsonObject{{QStringLiteral("schema"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        description = QStringLiteral("The image");
        break;
    }
    }
    return {{QStringLiteral("description"), description},
            {QStringLiteral("headers"), headerRefs(underV1)},
            {QStringLiteral("content"), content}};
}

QJsonObject responsesFor(const Route &route, const OperationDoc *doc)
{
    const bool underV1 = route.pattern.startsWith(QLatin1String("/v1/"));
    const bool hasBody = route.method == "POST" || route.method == "PUT" || route.method == "PATCH";
    const bool authenticated = route.access != Access::Public;
    QJsonObject r;
    r.insert(QString::number(doc ? doc->status : 200), successResponse(route, doc, underV1));
    auto add = [&](int code, const char *name) {
        r.insert(QString::number(code), ref(QStringLiteral("#/components/responses/") + str(name)));
    };
    if (doc && doc->oauthErrors) {
        add(400, "OAuthBadRequest");
        add(401, "OAuthUnauthorized");
    } else {
        add(400, "BadRequest");
        if (authenticated) {
            add(401, "Unauthorized");
            add(403, "Forbidden");
        }
    }
    add(404, "NotFound");
    add(405, "MethodNotAllowed");
    if (authenticated && (hasBody || route.method == "DELETE"))
        add(409, "Conflict");
    if (hasBody) {
        add(413, "PayloadTooLarge");
        add(415, "UnsupportedMediaType");
    }
    if (hasBody || (doc && (!doc->query.empty() || doc->paged)) || (!doc && authenticated))
        add(422, "ValidationError");
    if (underV1)
        add(429, "RateLimited");
    add(500, "ServerError");
    if (doc && doc->serviceUnavailable) {
        QJsonObject unavailable = successResponse(route, doc, underV1);
        unavailable.insert(QStringLiteral("description"),
                           QStringLiteral("Not ready: the same body with status not_ready"));
        r.insert(QStringLiteral("503"), unavailable);
    }
    return r;
}

QJsonArray securityFor(const Route &route)
{
    QJsonArray clientSchemes;
    if (route.access == Access::Client || route.access == Access::ClientOrOperator) {
        const QJsonArray scopes = route.scope.isEmpty() ? QJsonArray() : QJsonArray{route.scope};
        clientSchemes = {QJsonObject{{QStringLiteral("bearerApiKey"), QJsonArray()},
                                     {QStringLiteral("clientId"), QJsonArray()}},
                         QJsonObject{{QStringLiteral("mobidKey"), QJsonArray()}},
                         QJsonObject{{QStringLiteral("basicClientSecret"), QJsonArray()}},
                         QJsonObject{{QStringLiteral("oauth2ClientCredentials"), scopes}}};
    }
    const QJsonObject op{{QStringLiteral("operatorBearer"), QJsonArray()}};
    switch (route.access) {
    case Access::Public:
        return {};
    case Access::Client:
        return clientSchemes;
    case Access::Operator:
        return {op};
    case Access::ClientOrOperator: {
        QJsonArray all = clientSchemes;
        all.append(op);
        return all;
    }
    }
    return {};
}

QString accessText(const Route &route)
{
    switch (route.access) {
    case Access::Public:
        return QStringLiteral("No credentials.");
    case Access::Client:
        return route.scope.isEmpty()
                   ? QStringLiteral("Client credentials.")
                   : QStringLiteral("Client credentials with the `%1` scope.").arg(route.scope);
    case Access::Operator:
        return QStringLiteral("An operator token.");
    case Access::ClientOrOperator:
        if (!route.pattern.startsWith(QLatin1String("/v1/clients")))
            return QStringLiteral("Client credentials with the `%1` scope, or an operator token "
                                  "(operators act on every tenant; auditors only read).")
                .arg(route.scope);
        return QStringLiteral(
            "An operator token, or client credentials acting on the client itself.");
    }
    return {};
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

QJsonObject OpenApi::build(const Router &router, const QString &publicUrl)
{
    QJsonObject paths;
    QSet<QString> usedIds;
    QHash<QString, QString> canonical; // "METHOD action" -> first path with it
    QStringList tagOrder;

    for (const Route &route : router.routes()) {
        const OperationDoc *doc = docFor(route);
        const QString path = pathTemplate(route.pattern);
        const QString tag = route.tag.isEmpty() ? QStringLiteral("Other") : route.tag;
        if (!tagOrder.contains(tag))
            tagOrder.append(tag);

        // Unique operationId: aliases of one action get their path appended.
        QString id = baseOperationId(route);
        if (usedIds.contains(id))
            id += QStringLiteral("Via") + pathWords(route.pattern);
        for (int n = 2; usedIds.contains(id); ++n)
            id = baseOperationId(route) + QString::number(n);
        usedIds.insert(id);

        QStringList description;
        const QString aliasKey =
            QString::fromLatin1(route.method) + QLatin1Char(' ') + route.action;
        if (!route.action.isEmpty()) {
            if (canonical.contains(aliasKey))
                description << QStringLiteral("Alias of `%1 %2`; identical behaviour.")
                                   .arg(QString::fromLatin1(route.method),
                                        canonical.value(aliasKey));
            else
                canonical.insert(aliasKey, path);
        }
        if (doc && doc->description)
            description << str(doc->description);
        description << QStringLiteral("**Access:** %1").arg(accessText(route));
        if (!route.rateGroup.isEmpty())
            description << QStringLiteral("**Rate-limit group:** `%1` (§11).").arg(route.rateGroup);
        if (!route.action.isEmpty())
            description << QStringLiteral("**Audited as** `%1`.").arg(route.action);

        QJsonArray parameters;
        for (const QString &segment : route.segments) {
            if (!segment.startsWith(QLatin1Char(':')))
                continue;
            parameters.append(
                QJsonObject{{QStringLiteral("name"), segment.mid(1)},
                            {QStringLiteral("in"), QStringLiteral("path")},
                            {QStringLiteral("required"), true},
                            {QStringLiteral("schema"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        }
        if (doc) {
            for (const QueryParam &q : doc->query)
                parameters.append(queryParameter(q));
            if (doc->paged) {
                parameters.append(ref(QStringLiteral("#/components/parameters/limit")));
                parameters.append(ref(QStringLiteral("#/components/parameters/cursor")));
            }
        }
        parameters.append(ref(QStringLiteral("#/components/parameters/X-Request-ID")));

        QJsonObject op{{QStringLiteral("operationId"), id},
                       {QStringLiteral("summary"),
                        route.summary.isEmpty()
                            ? QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern
                            : route.summary},
                       {QStringLiteral("description"), description.join(QStringLiteral("\n\n"))},
                       {QStringLiteral("tags"), QJsonArray{tag}},
                       {QStringLiteral("parameters"), parameters},
                       {QStringLiteral("responses"), responsesFor(route, doc)},
                       {QStringLiteral("security"), securityFor(route)},
                       {QStringLiteral("x-mid-access"), accessText(route)}};
        if (!route.scope.isEmpty())
            op.insert(QStringLiteral("x-mid-scope"), route.scope);
        if (!route.rateGroup.isEmpty())
            op.insert(QStringLiteral("x-mid-rate-group"), route.rateGroup);
        if (!route.action.isEmpty())
            op.insert(QStringLiteral("x-mid-audit-action"), route.action);

        const bool takesBody =
            route.method == "POST" || route.method == "PUT" || route.method == "PATCH";
        if (takesBody) {
            const QJsonObject schema =
                doc && doc->request
                    ? schemaRef(str(doc->request))
                    : QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
            QJsonObject content{{QStringLiteral("application/json"),
                                 QJsonObject{{QStringLiteral("schema"), schema}}}};
            if (route.acceptsForm)
                content.insert(QStringLiteral("application/x-www-form-urlencoded"),
                               QJsonObject{{QStringLiteral("schema"), schema}});
            op.insert(QStringLiteral("requestBody"),
                      QJsonObject{{QStringLiteral("required"),
                                   doc && doc->request ? doc->bodyRequired : false},
                                  {QStringLiteral("content"), content}});
        }

        QJsonObject item = paths.value(path).toObject();
        const QString method = QString::fromLatin1(route.method).toLower();
        if (item.contains(method))
            continue; // a later duplicate row is never matched by the router either
        item.insert(method, op);
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

    return {
        {QStringLiteral("openapi"), QStringLiteral("3.1.0")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("MID API")},
                     {QStringLiteral("version"), QStringLiteral(MID_VERSION)},
                     {QStringLiteral("summary"),
                      QStringLiteral(
                          "Mobile Identity: consents, FIDO2, devices, QR, MPin, webhooks, admin")},
                     {QStringLiteral("description"), QString::fromUtf8(kInfoDescription)}}},
        {QStringLiteral("servers"),
         QJsonArray{QJsonObject{{QStringLiteral("url"), publicUrl},
                                {QStringLiteral("description"),
                                 QStringLiteral("This server (its public base URL)")}}}},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), components}};
}

} // namespace mid
