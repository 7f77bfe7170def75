#include "ConsentsController.h"

#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "domain/PhoneNumber.h"
#include "services/IdTokenIssuer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>

namespace mid {

void ConsentsController::registerRoutes(Router &r)
{
    auto add = [&](const char *method, const char *path, RateGroup group, const char *action,
                   const char *summary, Reply (ConsentsController::*fn)(RequestContext &),
                   const RouteDoc &doc) {
        r.add({.method = method,
               .pattern = QString::fromLatin1(path),
               .access = Access::Client,
               .scope = QStringLiteral("consents"),
               .rateGroup = group,
               .action = QString::fromLatin1(action),
               .summary = QString::fromLatin1(summary),
               .tag = QStringLiteral("Consents"),
               .handler = bind(this, fn),
               .doc = doc});
    };
    const RouteDoc createDoc{
        .requestSchema = "ConsentCreate",
        .responseSchema = "Consent",
        .description =
            "Creates a `pending` consent session for `recipient`. Decisions this server makes "
            "where the seeds are silent: a `clientId` in the body that differs from the "
            "authenticated client answers **403**; `intent` and `purpose` given together and "
            "different answer **422** (`details[0].field = purpose`, issue `conflict`). The "
            "answer is 200 (not 201), as the seeds show. `qrCode` is the absolute URL of the QR "
            "image, `approvalUrl` the web approver page `/approve/{id}`, `deepLink` "
            "`mobid://auth?session={id}`. A pending session whose `expiresAt` passes becomes "
            "`expired` within 2 s without any request."};
    const char *createSummary = "Create a consent session";
    add("POST", "/v1/consents/auth", RateGroup::Consents, "consent.create", createSummary,
        &ConsentsController::create, createDoc);
    add("POST", "/v1/service/consents/search", RateGroup::Consents, "consent.create", createSummary,
        &ConsentsController::create, createDoc);
    add("POST", "/v1/auth/sessions", RateGroup::Auth, "consent.create", createSummary,
        &ConsentsController::create, createDoc);
    add("GET", "/v1/consents", RateGroup::Consents, "consent.list", "List consent sessions",
        &ConsentsController::list,
        {.responseSchema = "ConsentList",
         .description = "The caller's sessions, newest first.",
         .query = {{"status", "enum:pending|approved|rejected|expired|revoked",
                    "Only sessions in this status."},
                   {"recipient", "string", "Only sessions for this E.164 number."}},
         .paged = true});
    add("POST", "/v1/auth/verify", RateGroup::Auth, "consent.verify",
        "Verify a session; an idToken when approved", &ConsentsController::verify,
        {.requestSchema = "SessionVerify",
         .responseSchema = "SessionVerification",
         .description = "The session and `verified`; when it is approved also an `idToken` (JWT "
                        "RS256, key at `/dvs/jwks`, claims sub, aud = clientId, sid, iat, exp)."});
    const RouteDoc getDoc{.responseSchema = "Consent",
                          .description = "Another client's session answers 404, never 403."};
    add("GET", "/v1/consents/:id", RateGroup::Consents, "consent.get", "Get a consent session",
        &ConsentsController::get, getDoc);
    add("GET", "/v1/service/consents/:id", RateGroup::Consents, "consent.get",
        "Get a consent session", &ConsentsController::get, getDoc);
    add("GET", "/v1/auth/sessions/:id", RateGroup::Auth, "consent.get", "Get a consent session",
        &ConsentsController::get, getDoc);
    for (const char *path : {"/v1/consents/:id", "/v1/service/consents/:id"}) {
        add("PUT", path, RateGroup::Consents, "consent.update", "Update a pending consent session",
            &ConsentsController::update,
            {.requestSchema = "ConsentUpdate",
             .responseSchema = "Consent",
             .description = "Only a `pending` session can change (terminal states answer 409); "
                            "`recipient` cannot change (422). `intent`/`purpose` follow the "
                            "create rules."});
        add("DELETE", path, RateGroup::Consents, "consent.revoke", "Revoke a consent session",
            &ConsentsController::revoke,
            {.responseSchema = "Consent",
             .description = "A pending session becomes `revoked`; an approved one becomes "
                            "`revoked` (withdrawn) with `revokedAt`. Rejected, expired and "
                            "revoked sessions answer 409."});
    }
    registerAdminRoutes(r);
}

void ConsentsController::registerAdminRoutes(Router &r)
{
    auto add = [&](const char *method, const char *path, Role role, const char *action,
                   const char *summary, Reply (ConsentsController::*fn)(RequestContext &),
                   const RouteDoc &doc) {
        r.add({.method = method,
               .pattern = QString::fromLatin1(path),
               .access = Access::Operator,
               .role = role,
               .notRateLimited = QStringLiteral("operators are not rate limited"),
               .action = QString::fromLatin1(action),
               .summary = QString::fromLatin1(summary),
               .tag = QStringLiteral("Admin"),
               .handler = bind(this, fn),
               .doc = doc});
    };
    add("GET", "/admin/v1/consents", Role::Auditor, "", "Every tenant's consent sessions",
        &ConsentsController::adminList,
        {.responseSchema = "AdminConsentList",
         .description = "Every tenant's sessions, newest first, each with its tenant's name.",
         .query = {{"clientId", "string", "Only sessions of this tenant."},
                   {"status", "enum:pending|approved|rejected|expired|revoked",
                    "Only sessions in this status."},
                   {"recipient", "string", "Only sessions for this E.164 number."},
                   {"recipientContains", "string",
                    "Only sessions whose number contains these digits (an optional leading +); "
                    "anything else answers 422."},
                   {"from", "date-time", "Sessions created at or after this RFC 3339 time."},
                   {"to", "date-time", "Sessions created at or before this RFC 3339 time."}},
         .paged = true});
    add("POST", "/admin/v1/consents", Role::Operator, "consent.create",
        "Create a consent session on behalf of the tenant named by clientId",
        &ConsentsController::adminCreate,
        {.requestSchema = "AdminConsentCreate",
         .responseSchema = "AdminConsent",
         .successStatus = 201,
         .description = "As `POST /v1/consents/auth`, for the tenant `clientId` names (unknown: "
                        "422). The audit row's actor is the operator."});
    add("GET", "/admin/v1/consents/:id", Role::Auditor, "", "Any tenant's consent session",
        &ConsentsController::adminGet, {.responseSchema = "AdminConsent"});
    add("DELETE", "/admin/v1/consents/:id", Role::Operator, "consent.revoke",
        "Revoke any tenant's consent session", &ConsentsController::adminRevoke,
        {.responseSchema = "AdminConsent",
         .description = "As `DELETE /v1/consents/{id}`, for any tenant's session."});
}

QJsonObject ConsentsController::adminJson(const Consent &consent) const
{
    QJsonObject o = m_consents.toJson(consent);
    const std::optional<Client> client = m_clients.find(consent.clientId);
    o.insert(QStringLiteral("clientName"), client ? client->name : QString());
    return o;
}

ConsentFilter ConsentsController::readFilter(const RequestContext &ctx)
{
    ConsentFilter filter;
    filter.clientId = ctx.queryValue(QStringLiteral("clientId"));
    filter.recipient = ctx.queryValue(QStringLiteral("recipient"));
    filter.recipientContains = ctx.queryValue(QStringLiteral("recipientContains"));
    static const QRegularExpression numberPart(QStringLiteral("^\\+?[0-9]{1,15}$"));
    if (!filter.recipientContains.isEmpty() && !numberPart.match(filter.recipientContains).hasMatch())
        throw ServiceError::invalid(QStringLiteral("recipientContains"), QStringLiteral("format"),
                                    QStringLiteral("recipientContains must be digits of a phone "
                                                   "number, optionally starting with +"));
    const QString status = ctx.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = ConsentRules::parseStatus(status);
        if (!filter.status)
            throw ServiceError::invalid(
                QStringLiteral("status"), QStringLiteral("enum"),
                QStringLiteral("status must be pending, approved, rejected, expired or revoked"));
    }
    filter.createdFromMs = ctx.queryTime(QStringLiteral("from"));
    filter.createdToMs = ctx.queryTime(QStringLiteral("to"));
    return filter;
}

Reply ConsentsController::adminList(RequestContext &ctx)
{
    const Paging paging = Paging::from(ctx);
    const auto page = m_consents.list(readFilter(ctx), paging.limit, paging.cursor);
    QJsonArray items;
    for (const Consent &c : page.items)
        items.append(adminJson(c));
    return Reply::ok(listData(items, page.total, page.nextCursor));
}

Reply ConsentsController::adminGet(RequestContext &ctx)
{
    const Consent c = m_consents.get({}, ctx.param(QStringLiteral("id")));
    return Reply::ok(adminJson(c), QStringLiteral("Consent session retrieved"));
}

Reply ConsentsController::adminCreate(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const ConsentInput input = readInput(body, true);
    const auto clientId = body.string(QStringLiteral("clientId"), true);
    body.finish();
    const std::optional<Client> client = m_clients.find(clientId.value_or(QString()));
    if (!client)
        throw ServiceError::invalid(QStringLiteral("clientId"), QStringLiteral("unknown"),
                                    QStringLiteral("clientId names no tenant of this server"));
    if (!client->isActive())
        throw ServiceError::conflict(QStringLiteral("The tenant is suspended"));
    const Consent c = m_consents.create(*client, input);
    ctx.auditResource = c.id;
    ctx.auditDetails = {{QStringLiteral("intent"), c.intent},
                        {QStringLiteral("clientId"), client->clientId}};
    return Reply::created(adminJson(c), QStringLiteral("Consent session created"));
}

Reply ConsentsController::adminRevoke(RequestContext &ctx)
{
    const Consent c = m_consents.revoke({}, ctx.param(QStringLiteral("id")));
    return Reply::ok(adminJson(c), QStringLiteral("Consent session revoked"));
}

ConsentInput ConsentsController::readInput(BodyReader &body, bool creating)
{
    ConsentInput in;
    if (const auto recipient = body.string(QStringLiteral("recipient"), creating)) {
        in.recipient = recipient->trimmed();
        if (!PhoneNumber::isE164(in.recipient))
            body.invalid(QStringLiteral("recipient"), QStringLiteral("format"),
                         QStringLiteral("recipient must be an E.164 phone number"));
    }
    const auto intent = body.string(QStringLiteral("intent"));
    const auto purpose = body.string(QStringLiteral("purpose"));
    if (intent && purpose && *intent != *purpose)
        body.invalid(QStringLiteral("purpose"), QStringLiteral("conflict"),
                     QStringLiteral("intent and purpose name the same thing and must agree"));
    in.intent = intent ? intent : purpose;
    if (in.intent && !ConsentRules::intents().contains(*in.intent))
        body.invalid(intent ? QStringLiteral("intent") : QStringLiteral("purpose"),
                     QStringLiteral("enum"),
                     QStringLiteral("intent must be one of: ") +
                         ConsentRules::intents().join(QStringLiteral(", ")));
    in.scope = body.stringList(QStringLiteral("scope"));
    if (in.scope && in.scope->size() > 50)
        body.invalid(QStringLiteral("scope"), QStringLiteral("length"),
                     QStringLiteral("scope has at most 50 entries"));
    in.callbackUrl = body.string(QStringLiteral("callbackUrl"));
    if (in.callbackUrl && !ConsentRules::isAllowedCallbackUrl(*in.callbackUrl))
        body.invalid(QStringLiteral("callbackUrl"), QStringLiteral("format"),
                     QStringLiteral("callbackUrl must be an https URL (http only to loopback)"));
    in.metadata = body.object(QStringLiteral("metadata"));
    if (in.metadata && QJsonDocument(*in.metadata).toJson(QJsonDocument::Compact).size() >
                           ConsentRules::kMaxMetadataBytes)
        body.invalid(QStringLiteral("metadata"), QStringLiteral("size"),
                     QStringLiteral("metadata must be at most 4 KiB as JSON"));
    if (const auto expiresIn = body.integer(QStringLiteral("expiresIn"))) {
        if (*expiresIn < ConsentRules::kMinExpiresIn || *expiresIn > ConsentRules::kMaxExpiresIn)
            body.invalid(QStringLiteral("expiresIn"), QStringLiteral("range"),
                         QStringLiteral("expiresIn must be from 30 to 3600 seconds"));
        else
            in.expiresIn = int(*expiresIn);
    }
    return in;
}

Reply ConsentsController::create(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const ConsentInput input = readInput(body, true);
    const auto clientId = body.string(QStringLiteral("clientId"));
    body.finish();
    if (clientId && *clientId != ctx.principal.client.clientId)
        throw ServiceError::forbidden(
            QStringLiteral("clientId does not match the authenticated client"));
    QByteArray json;
    const Consent c = m_consents.create(ctx.principal.client, input, &json);
    ctx.auditResource = c.id;
    ctx.auditDetails = {{QStringLiteral("intent"), c.intent}};
    return Reply::okJson(json, QStringLiteral("Consent session created"));
}

Reply ConsentsController::get(RequestContext &ctx)
{
    return Reply::okJson(
        m_consents.getJson(ctx.principal.client.clientId, ctx.param(QStringLiteral("id"))),
        QStringLiteral("Consent session retrieved"));
}

Reply ConsentsController::list(RequestContext &ctx)
{
    const Paging paging = Paging::from(ctx);
    ConsentFilter filter;
    filter.clientId = ctx.principal.client.clientId;
    filter.recipient = ctx.queryValue(QStringLiteral("recipient"));
    const QString status = ctx.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = ConsentRules::parseStatus(status);
        if (!filter.status)
            throw ServiceError::invalid(
                QStringLiteral("status"), QStringLiteral("enum"),
                QStringLiteral("status must be pending, approved, rejected, expired or revoked"));
    }
    const auto page = m_consents.list(filter, paging.limit, paging.cursor);
    QJsonArray items;
    for (const Consent &c : page.items)
        items.append(m_consents.toJson(c));
    return Reply::ok(listData(items, page.total, page.nextCursor));
}

Reply ConsentsController::update(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const ConsentInput patch = readInput(body, false);
    if (body.has(QStringLiteral("recipient")))
        body.invalid(QStringLiteral("recipient"), QStringLiteral("immutable"),
                     QStringLiteral("recipient cannot be changed"));
    body.finish();
    const Consent c =
        m_consents.update(ctx.principal.client.clientId, ctx.param(QStringLiteral("id")), patch);
    return Reply::okJson(m_consents.toJsonBytes(c), QStringLiteral("Consent session updated"));
}

Reply ConsentsController::revoke(RequestContext &ctx)
{
    const Consent c =
        m_consents.revoke(ctx.principal.client.clientId, ctx.param(QStringLiteral("id")));
    return Reply::okJson(m_consents.toJsonBytes(c), QStringLiteral("Consent session revoked"));
}

Reply ConsentsController::verify(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const auto sessionId = body.string(QStringLiteral("sessionId"), true);
    body.finish();
    const Consent c = m_consents.get(ctx.principal.client.clientId, *sessionId);
    ctx.auditResource = c.id;
    QJsonObject data = m_consents.toJson(c);
    data.insert(QStringLiteral("verified"), c.status == ConsentStatus::Approved);
    if (c.status == ConsentStatus::Approved && m_idTokens)
        data.insert(QStringLiteral("idToken"), m_idTokens->issue(c));
    return Reply::ok(data, c.status == ConsentStatus::Approved
                               ? QStringLiteral("Session verified")
                               : QStringLiteral("Session is not approved"));
}

} // namespace mid
