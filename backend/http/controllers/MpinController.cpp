#include "MpinController.h"

#include "core/BodyReader.h"
#include "core/Cursor.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/Base64Url.h"
#include "domain/Consent.h"
#include "domain/PhoneNumber.h"
#include "http/ApiError.h"
#include "http/HtmlPage.h"
#include "services/AuditLog.h"
#include "services/ClientService.h"
#include "services/MpinService.h"

namespace mid {

namespace {
const QString kTag = QStringLiteral("MPin");
const QString kSeedNote = QStringLiteral(
    " Seed 004 dialect: HTTP Basic `clientId:clientSecret` only, answers without the envelope, "
    "errors `{error, message, requestId}`; the body is read as JSON whatever its Content-Type "
    "says (seed 004's curl examples label it a form).");

// The JSON body for a rate-limit key; one that is not JSON is the handler's to refuse.
QJsonObject bodyOrEmpty(RequestContext &ctx)
{
    try {
        return ctx.json();
    } catch (const ApiError &) {
        return {};
    }
}

// Issuing and typing a user's OTPs count against one per-user budget (§11: device-side calls
// are limited by what they act on, never by address).
QString otpRateKey(const QString &clientId, const QString &userId)
{
    return QStringLiteral("otp:") + clientId + QLatin1Char(':') + userId;
}

// Seed 004's own list paging: offset (default 0) and limit (default 50, at most 500).
struct OffsetPaging
{
    int offset = 0;
    int limit = 50;
    static OffsetPaging from(const RequestContext &ctx)
    {
        return {ctx.queryInt(QStringLiteral("offset"), 0, 0, 1000000),
                ctx.queryInt(QStringLiteral("limit"), 50, 1, 500)};
    }
};

QString userIdFrom(BodyReader &body, const QString &field)
{
    const QString userId =
        body.string(field, true, MpinRules::kMaxUserIdLength).value_or(QString());
    if (!userId.isEmpty() && !MpinRules::isValidUserId(userId))
        body.invalid(field, QStringLiteral("format"),
                     field + QStringLiteral(" must have no control characters"));
    return userId;
}

QString deviceNameFrom(BodyReader &body, bool required)
{
    const QString name =
        body.string(QStringLiteral("deviceName"), required, MpinRules::kMaxDeviceNameLength)
            .value_or(QString());
    if (required && name.trimmed().isEmpty() && body.has(QStringLiteral("deviceName")))
        body.invalid(QStringLiteral("deviceName"), QStringLiteral("required"),
                     QStringLiteral("deviceName must not be empty"));
    return name;
}

// What seed 004's audit list says of a call: its eventType and eventStatus.
struct AuditEventKind
{
    QString type, verb;
};

AuditEventKind kindOf(const QString &action)
{
    static const QHash<QString, AuditEventKind> known{
        {QStringLiteral("mpin.activate.initiate"), {"activation", "initiate"}},
        {QStringLiteral("mpin.verification.create"), {"verification", "verification_url"}},
        {QStringLiteral("mpin.verification.redeem"), {"verification", "confirm"}},
        {QStringLiteral("mpin.identity.rename"), {"update", "rename"}},
        {QStringLiteral("mpin.identity.revoke"), {"revocation", "revoke"}},
        {QStringLiteral("mpin.dvs.verify"), {"signature", "verify"}},
        {QStringLiteral("mpin.otp.issue"), {"otp", "otp"}},
        {QStringLiteral("fido.register.begin"), {"registration", "register_begin"}},
        {QStringLiteral("fido.register.complete"), {"registration", "register"}},
        {QStringLiteral("fido.authenticate.begin"), {"authentication", "authenticate_begin"}},
        {QStringLiteral("fido.authenticate.complete"), {"authentication", "authenticate"}},
    };
    if (const auto it = known.constFind(action); it != known.constEnd())
        return *it;
    const qsizetype dot = action.indexOf(QLatin1Char('.'));
    return {dot < 0 ? action : action.left(dot),
            dot < 0 ? action : action.mid(dot + 1).replace(QLatin1Char('.'), QLatin1Char('_'))};
}

QUrl redirectTarget(const QString &redirectUri, const QString &state)
{
    QUrl url(redirectUri);
    if (!state.isEmpty()) {
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("state"),
                           QString::fromLatin1(QUrl::toPercentEncoding(state)));
        url.setQuery(query);
    }
    return url;
}

// `expiration` of POST /verification: unix seconds, a lifetime in seconds (a number below
// 10^9 cannot be a date of this century), or RFC 3339; 0 for the default.
constexpr qint64 kFirstUnixSecondOfThisCentury = 1000000000; // 2001-09-09, near enough

qint64 verificationExpiry(BodyReader &body, qint64 nowMs)
{
    const QJsonValue value = body.body().value(QStringLiteral("expiration"));
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return 0;
    const QString text =
        value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
    bool number = false;
    const qint64 seconds = text.toLongLong(&number);
    const qint64 atMs = number && seconds < kFirstUnixSecondOfThisCentury
                            ? nowMs + seconds * 1000
                            : Time::parseUnixOrRfc3339Ms(text);
    if (atMs <= nowMs || atMs > nowMs + MpinRules::kVerificationMaxMs) {
        body.invalid(QStringLiteral("expiration"), QStringLiteral("range"),
                     QStringLiteral("expiration must be in the future and at most 7 days ahead "
                                    "(unix seconds, seconds from now, or RFC 3339)"));
        return 0;
    }
    return atMs;
}

MpinService::Activation redeemFrom(MpinService &mpin, RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString code = body.string(QStringLiteral("code"), false, 128).value_or(QString());
    const QString otp = body.string(QStringLiteral("otp"), false, 16).value_or(QString());
    const QString clientId =
        body.string(QStringLiteral("clientId"), !otp.isEmpty(), 64).value_or(QString());
    const QString userId = otp.isEmpty() ? QString() : userIdFrom(body, QStringLiteral("userId"));
    if (code.isEmpty() && otp.isEmpty())
        body.invalid(QStringLiteral("code"), QStringLiteral("required"),
                     QStringLiteral("code (from a verification URL) or otp is required"));
    body.finish();
    return code.isEmpty() ? mpin.redeemOtp(clientId, userId, otp, ctx.ip)
                          : mpin.redeemCode(code, ctx.ip);
}
} // namespace

void MpinController::registerRoutes(Router &r)
{
    addSeedRoutes(r);
    addDeviceRoutes(r);
    addOperatorRoutes(r);
}

void MpinController::addSeedRoutes(Router &r)
{
    auto add = [&](const char *method, const QString &path, const char *action, const char *summary,
                   Reply (MpinController::*fn)(RequestContext &), RouteDoc doc) {
        doc.content = Content::Json;
        doc.description += kSeedNote;
        r.add({.method = method,
               .pattern = path,
               .access = Access::BasicOnly,
               .scope = QStringLiteral("mpin"),
               .dialect = Dialect::Raw,
               .rateGroup = RateGroup::PlanOnly,
               .action = QString::fromLatin1(action),
               .summary = QString::fromLatin1(summary),
               .tag = kTag,
               .handler = bind(this, fn),
               .doc = doc});
    };
    const QString project = QStringLiteral("/api/v1/projects/:projectId");
    add("POST", QStringLiteral("/activate/initiate"), "mpin.activate.initiate",
        "Create an MPin identity and its activation token", &MpinController::initiate,
        {.requestSchema = "MpinInitiate",
         .responseSchema = "MpinActivation",
         .description =
             "`actToken` is the `activationToken` of FIDO `register/begin` (§3), single use, "
             "valid 15 min (`expireTime`, unix s). The identity is listed in `mpinids` once "
             "that registration completes; `hashMPinId` = hex SHA-256 of its mpinId."});
    add("POST", QStringLiteral("/verification"), "mpin.verification.create",
        "Create a verification URL that enrols a new device", &MpinController::createVerification,
        {.requestSchema = "MpinVerification",
         .responseSchema = "MpinVerificationUrl",
         .description =
             "`clientId` must be the caller's; `delivery` must be \"no\". `expiration`: unix "
             "seconds, a lifetime in seconds (below 10^9), or RFC 3339; default 24 h, at most "
             "7 days. `redirectURI`: https, or http to loopback. The link opens a page of this "
             "box that registers a passkey for the user (its code works once), then redirects "
             "to `redirectURI` with `state`. `scope`, `nonce`, `accessId` and `stage` are "
             "accepted and not used."});
    add("GET", project + QStringLiteral("/audit"), "", "The project's audit log (seed 004)",
        &MpinController::audit,
        {.responseSchema = "MpinAuditList",
         .description =
             "Rows of the §12 audit log of this project: its own calls and device-side calls "
             "about its identities, newest first. `appID` is the client id (`applicationId` "
             "naming anything else gives an empty list). `country` is empty: the box has no "
             "geolocation database.",
         .query = {{"applicationId", "string", "Application (client) id"},
                   {"fromDate", "date-time", "Start of the period (RFC 3339)"},
                   {"toDate", "date-time", "End of the period (RFC 3339)"},
                   {"userId", "string", "User id"},
                   {"mpinId", "string", "Identity (hash, as listed)"},
                   {"deviceName", "string", "Device name"},
                   {"offset", "integer", "List offset (default 0)"},
                   {"limit", "integer", "List limit (default 50, at most 500)"}}});
    add("GET", project + QStringLiteral("/mpinids"), "", "The project's MPin identities",
        &MpinController::listIdentities,
        {.responseSchema = "MpinIdentityList",
         .description = "Active and revoked identities, newest first. `mpinId` is the hex "
                        "SHA-256 of the identity (its `hashMPinId`).",
         .query = {{"userId", "string", "User id"},
                   {"revoked", "enum:true|false", "Revocation status"},
                   {"offset", "integer", "List offset (default 0)"},
                   {"limit", "integer", "List limit (default 50, at most 500)"}}});
    add("PUT", project + QStringLiteral("/mpinids/:mpinId"), "mpin.identity.rename",
        "Rename an identity's device", &MpinController::renameIdentity,
        {.requestSchema = "MpinRename",
         .responseSchema = "MpinIdentity",
         .description = "`:mpinId` is the listed hash (the hex of the identity document is "
                        "accepted too)."});
    add("POST", project + QStringLiteral("/mpinids/:mpinId/revocation"), "mpin.identity.revoke",
        "Revoke an identity", &MpinController::revokeIdentity,
        {.requestSchema = "MpinRevocation",
         .responseSchema = "MpinRevoked",
         .description = "Its FIDO credential is revoked with it: it can no longer authenticate, "
                        "sign a DVS request or decide a consent, and each refusal says why. "
                        "Revoking again answers the first reason.",
         .bodyOptional = true});
    add("POST", QStringLiteral("/dvs/verify"), "mpin.dvs.verify",
        "Verify a DVS signature; a certificate JWT when it holds", &MpinController::verifyDvs,
        {.requestSchema = "DvsVerify",
         .responseSchema = "DvsCertificate",
         .description =
             "MID DVS scheme: `signature.mpinId` = hex of the identity document; `hash` = hex "
             "of the signed digest; `u` = hex uncompressed P-256 point (04‖x‖y) of the "
             "identity's ES256 FIDO credential; `v` = hex ECDSA P-256 signature r‖s over "
             "SHA-256(hash bytes ‖ ASCII decimal `timestamp`); `publicKey` and `dtas` are "
             "recorded. `type` is \"verification\". The certificate is a JWT (RS256, `kid` "
             "of the current key at `/dvs/jwks`) with `cAt`, `exp` = cAt + 10 s, `hash`. "
             "A bad signature, an unknown, pending or revoked identity, or a timestamp more "
             "than 60 s off answers 401."});
}

void MpinController::addDeviceRoutes(Router &r)
{
    // The OTP request's HMAC is its credential (seed 004 sends no Authorization header).
    r.add({.method = "POST",
           .pattern = QStringLiteral("/otp"),
           .access = Access::None,
           .dialect = Dialect::Raw,
           .rateGroup = RateGroup::Auth,
           .deviceKey =
               [](RequestContext &ctx) {
                   const QJsonObject body = bodyOrEmpty(ctx);
                   return otpRateKey(body.value(QStringLiteral("client_id")).toString(),
                                     body.value(QStringLiteral("user_id")).toString());
               },
           .action = QStringLiteral("mpin.otp.issue"),
           .summary = QStringLiteral("A one-time code for a user, encrypted for the client"),
           .tag = kTag,
           .handler = bind(this, &MpinController::issueOtp),
           .doc = {.requestSchema = "MpinOtpRequest",
                   .responseSchema = "MpinOtp",
                   .content = Content::Json,
                   .description =
                       "No Authorization header: `signature` = hex HMAC-SHA256(clientSecret, "
                       "client_id ‖ user_id ‖ expires) authenticates the call; a wrong one "
                       "answers 401. `expires` (RFC 3339 UTC) in the past or more than 1 h "
                       "ahead answers 400. The answer is AES-256-GCM under SHA-256(clientSecret) "
                       "with a random 12-byte iv and no AAD, all base64; the plaintext is "
                       "`{\"otp\":\"<6 digits>\",\"expireTime\":<unix s>}`. The user types the "
                       "code on `/verification/confirmation?client_id=…&user_id=…&stage=otp` "
                       "to activate a device (10 min, 5 tries). Optional `device_name`."}});
    const QString page = QStringLiteral("/verification/confirmation");
    r.add({.method = "GET",
           .pattern = page,
           .access = Access::None,
           .rateGroup = RateGroup::PlanOnly,
           .summary = QStringLiteral("The page a verification URL opens"),
           .tag = kTag,
           .handler = bind(this, &MpinController::confirmationPage),
           .doc = {.content = Content::Html,
                   .description = "Registers a passkey on this device for the link's user, then "
                                  "redirects to the link's redirect URI with its state. Opening "
                                  "the page does not use the code up; registering does.",
                   .query = {{"client_id", "string", "Client (project) id"},
                             {"code", "string", "The link's code"},
                             {"redirect_uri", "string", "Where to go afterwards"},
                             {"stage", "string", "auth, or otp to type a one-time code"},
                             {"user_id", "string", "User id"}}}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/verification/assets/activate.js"),
           .access = Access::None,
           .notRateLimited = QStringLiteral("a static script"),
           .summary = QStringLiteral("The verification page's script"),
           .tag = kTag,
           .handler = bind(this, &MpinController::confirmationScript),
           .doc = {.content = Content::Text}});
    r.add({.method = "POST",
           .pattern = page,
           .access = Access::None,
           .dialect = Dialect::Raw,
           .rateGroup = RateGroup::Fido,
           .deviceKey =
               [](RequestContext &ctx) {
                   const QJsonObject body = bodyOrEmpty(ctx);
                   const QString code = body.value(QStringLiteral("code")).toString();
                   return code.isEmpty()
                              ? otpRateKey(body.value(QStringLiteral("clientId")).toString(),
                                           body.value(QStringLiteral("userId")).toString())
                              : code;
               },
           .action = QStringLiteral("mpin.verification.redeem"),
           .summary = QStringLiteral("Redeem a verification code or OTP for an activation token"),
           .tag = kTag,
           .handler = bind(this, &MpinController::redeem),
           .doc = {.requestSchema = "MpinRedeem",
                   .responseSchema = "MpinRedeemed",
                   .content = Content::Json,
                   .description =
                       "`{code}` from a verification URL, or `{clientId, userId, otp}`. Uses the "
                       "code up and answers a new pending identity's `activationToken` for FIDO "
                       "`register/begin`, and `redirectTo` (the link's redirect URI with its "
                       "state, or empty). `mobile` is the user id when that is an E.164 number; "
                       "otherwise register/begin needs the device's `mobile`. Unknown code 404, "
                       "used or expired 409; a wrong OTP 422 with `attemptsRemaining`."}});
}

void MpinController::addOperatorRoutes(Router &r)
{
    const QString base = QStringLiteral("/admin/v1/mpin/identities");
    const QString tag = QStringLiteral("Admin");
    r.add(operatorRoute("GET", base, Role::Auditor, "", "MPin identities of every project", tag,
                        this, &MpinController::adminList,
                        {.responseSchema = "MpinAdminIdentityList",
                         .query = {{"clientId", "string", "Project (client) id"},
                                   {"userId", "string", "User id"},
                                   {"deviceId", "string", "Device (dev_…)"},
                                   {"revoked", "enum:true|false", "Revocation status"}},
                         .paged = true}));
    r.add(operatorRoute("PUT", base + QStringLiteral("/:id"), Role::Operator,
                        "mpin.identity.rename", "Rename an MPin identity's device", tag, this,
                        &MpinController::adminRename,
                        {.requestSchema = "MpinRename", .responseSchema = "MpinAdminIdentity"}));
    r.add(operatorRoute("POST", base + QStringLiteral("/:id/revoke"), Role::Operator,
                        "mpin.identity.revoke", "Revoke an MPin identity", tag, this,
                        &MpinController::adminRevoke,
                        {.requestSchema = "MpinRevocation",
                         .responseSchema = "MpinAdminIdentity",
                         .description = "As seed 004's revocation: the credential is revoked too.",
                         .bodyOptional = true}));
}

// ---- Seed 004 ----------------------------------------------------------------------------

QString MpinController::ownProject(const RequestContext &ctx) const
{
    const QString clientId = ctx.principal.client.clientId;
    if (ctx.param(QStringLiteral("projectId")) != clientId)
        throw ServiceError::notFound(QStringLiteral("Project"));
    return clientId;
}

void MpinController::describe(RequestContext &ctx, const MpinIdentity &i)
{
    ctx.auditResource = i.hash;
    ctx.auditDetails.insert(QStringLiteral("clientId"), i.clientId);
    ctx.auditDetails.insert(QStringLiteral("userId"), i.userId);
    ctx.auditDetails.insert(QStringLiteral("mpinId"), i.hash);
    ctx.auditDetails.insert(QStringLiteral("deviceName"), i.deviceName);
}

Reply MpinController::initiate(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString userId = userIdFrom(body, QStringLiteral("userId"));
    const QString deviceName = deviceNameFrom(body, false);
    body.finish();
    const auto a = m_mpin.initiate(ctx.principal.client, userId, deviceName, ctx.ip);
    describe(ctx, a.identity);
    return Reply::plainJson(
        QJsonObject{{QStringLiteral("hashMPinId"), a.identity.hash},
                    {QStringLiteral("actToken"), a.actToken},
                    {QStringLiteral("expireTime"), a.identity.actExpiresAt / 1000},
                    {QStringLiteral("redirectURI"), QString()}});
}

Reply MpinController::createVerification(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    MpinService::VerificationRequest v;
    v.userId = userIdFrom(body, QStringLiteral("userId"));
    v.deviceName = deviceNameFrom(body, false);
    const QString clientId = body.string(QStringLiteral("clientId"), true, 64).value_or(QString());
    if (!clientId.isEmpty() && clientId != ctx.principal.client.clientId)
        body.invalid(QStringLiteral("clientId"), QStringLiteral("mismatch"),
                     QStringLiteral("clientId must be the client of the credentials"));
    v.redirectUri = body.string(QStringLiteral("redirectURI"), false, 2048).value_or(QString());
    if (!v.redirectUri.isEmpty() && !ConsentRules::isAllowedCallbackUrl(v.redirectUri))
        body.invalid(QStringLiteral("redirectURI"), QStringLiteral("format"),
                     QStringLiteral("redirectURI must be an https URL (http only to loopback)"));
    v.state = body.string(QStringLiteral("state"), false, 512).value_or(QString());
    body.string(QStringLiteral("nonce"), false, 512);
    body.string(QStringLiteral("accessId"), false, 128);
    body.string(QStringLiteral("stage"), false, 64);
    if (body.body().value(QStringLiteral("scope")).isString())
        body.string(QStringLiteral("scope"), false, 1024);
    else
        body.stringList(QStringLiteral("scope"));
    const QString delivery =
        body.string(QStringLiteral("delivery"), true, 16).value_or(QStringLiteral("no"));
    if (delivery != QLatin1String("no"))
        body.invalid(QStringLiteral("delivery"), QStringLiteral("value"),
                     QStringLiteral("delivery must be \"no\": the box sends no messages for "
                                    "verification URLs"));
    v.expiresAt = verificationExpiry(body, Time::nowMs());
    body.finish();
    const QString url = m_mpin.createVerificationUrl(ctx.principal.client, v);
    ctx.auditDetails = {{QStringLiteral("clientId"), ctx.principal.client.clientId},
                        {QStringLiteral("userId"), v.userId},
                        {QStringLiteral("deviceName"), v.deviceName}};
    return Reply::plainJson(QJsonObject{{QStringLiteral("verificationURL"), url}});
}

Reply MpinController::audit(RequestContext &ctx)
{
    const QString clientId = ownProject(ctx);
    const OffsetPaging paging = OffsetPaging::from(ctx);
    AuditFilter f;
    f.tenant = clientId;
    f.userId = ctx.queryValue(QStringLiteral("userId"));
    f.mpinId = ctx.queryValue(QStringLiteral("mpinId")).toLower();
    f.deviceName = ctx.queryValue(QStringLiteral("deviceName"));
    f.fromMs = ctx.queryTime(QStringLiteral("fromDate"));
    f.toMs = ctx.queryTime(QStringLiteral("toDate"));
    const QString application = ctx.queryValue(QStringLiteral("applicationId"));
    QJsonArray list;
    qint64 total = 0;
    if (application.isEmpty() || application == clientId) {
        const auto page = m_audit.queryOffset(f, paging.offset, paging.limit);
        total = page.total;
        const QString appName = ctx.principal.client.name;
        for (const AuditEntry &e : page.items) {
            const AuditEventKind kind = kindOf(e.action);
            const QString outcome =
                e.outcome < 400 ? QStringLiteral("_success") : QStringLiteral("_failure");
            // Every row has every key of seed 004's shape, "" when the call did not name it.
            auto detail = [&e](const char *key) {
                return e.details.value(QLatin1String(key)).toString();
            };
            list.append(QJsonObject{{QStringLiteral("IPAddress"), e.ip},
                                    {QStringLiteral("appID"), clientId},
                                    {QStringLiteral("appName"), appName},
                                    {QStringLiteral("country"), QString()},
                                    {QStringLiteral("createdAt"), Time::rfc3339Ms(e.at)},
                                    {QStringLiteral("deviceName"), detail("deviceName")},
                                    {QStringLiteral("eventStatus"), kind.verb + outcome},
                                    {QStringLiteral("eventType"), kind.type},
                                    {QStringLiteral("mpinID"), detail("mpinId")},
                                    {QStringLiteral("userID"), detail("userId")}});
        }
    }
    return Reply::plainJson(
        QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("list"), list}});
}

Reply MpinController::listIdentities(RequestContext &ctx)
{
    MpinFilter f;
    f.clientId = ownProject(ctx);
    f.userId = ctx.queryValue(QStringLiteral("userId"));
    const QString revoked = ctx.queryValue(QStringLiteral("revoked")).toLower();
    if (revoked == QLatin1String("true") || revoked == QLatin1String("false"))
        f.revoked = revoked == QLatin1String("true");
    else if (!revoked.isEmpty())
        throw ServiceError::invalid(QStringLiteral("revoked"), QStringLiteral("format"),
                                    QStringLiteral("revoked must be true or false"));
    const OffsetPaging paging = OffsetPaging::from(ctx);
    const auto page = m_mpin.store().list(f, paging.offset, paging.limit);
    QJsonArray list;
    for (const MpinIdentity &i : page.items)
        list.append(i.toSeedJson());
    return Reply::plainJson(
        QJsonObject{{QStringLiteral("total"), page.total}, {QStringLiteral("list"), list}});
}

Reply MpinController::renameIdentity(RequestContext &ctx)
{
    const QString clientId = ownProject(ctx);
    BodyReader body(ctx.json());
    const QString deviceName = deviceNameFrom(body, true);
    body.finish();
    const MpinIdentity i = m_mpin.rename(clientId, ctx.param(QStringLiteral("mpinId")), deviceName);
    describe(ctx, i);
    QJsonObject out = i.toSeedJson();
    out.remove(QStringLiteral("projectId")); // seed 004's answer has no projectId
    return Reply::plainJson(out);
}

Reply MpinController::revokeIdentity(RequestContext &ctx)
{
    const QString clientId = ownProject(ctx);
    BodyReader body(ctx.json());
    const QString reason = body.string(QStringLiteral("reason"), false, MpinRules::kMaxReasonLength)
                               .value_or(QString());
    body.finish();
    const MpinIdentity i = m_mpin.revoke(clientId, ctx.param(QStringLiteral("mpinId")), reason);
    describe(ctx, i);
    ctx.auditDetails.insert(QStringLiteral("reason"), i.revokeReason);
    return Reply::plainJson(QJsonObject{{QStringLiteral("hashMPinID"), i.hash},
                                        {QStringLiteral("reason"), i.revokeReason}});
}

Reply MpinController::verifyDvs(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const auto signature = body.object(QStringLiteral("signature"));
    const auto timestamp = body.integer(QStringLiteral("timestamp"), true);
    const QString type = body.string(QStringLiteral("type"), true, 64).value_or(QString());
    if (!signature && !body.has(QStringLiteral("signature")))
        body.invalid(QStringLiteral("signature"), QStringLiteral("required"),
                     QStringLiteral("signature is required"));
    if (!type.isEmpty() && type != QLatin1String("verification"))
        body.invalid(QStringLiteral("type"), QStringLiteral("value"),
                     QStringLiteral("type must be \"verification\""));
    MpinService::DvsRequest r;
    if (signature) {
        BodyReader s(*signature);
        auto field = [&](const char *name, bool required) {
            return s.string(QString::fromLatin1(name), required, 8192).value_or(QString());
        };
        r.hashHex = field("hash", true);
        r.uHex = field("u", true);
        r.vHex = field("v", true);
        r.mpinIdHex = field("mpinId", true);
        r.publicKey = field("publicKey", false);
        r.dtas = field("dtas", false);
        s.finish();
    }
    body.finish();
    r.timestamp = timestamp.value_or(0);
    MpinIdentity identity;
    try {
        const QString certificate =
            m_mpin.verifyDvs(ctx.principal.client, r, Time::nowMs(), &identity);
        describe(ctx, identity);
        ctx.auditDetails.insert(QStringLiteral("hash"), r.hashHex.left(128));
        return Reply::plainJson(QJsonObject{{QStringLiteral("certificate"), certificate}});
    } catch (const ServiceError &) {
        if (!identity.hash.isEmpty())
            describe(ctx, identity); // a refused signature is the identity's event too
        throw;
    }
}

Reply MpinController::issueOtp(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    MpinService::OtpRequest r;
    r.clientId = body.string(QStringLiteral("client_id"), true, 64).value_or(QString());
    r.userId = userIdFrom(body, QStringLiteral("user_id"));
    r.expires = body.string(QStringLiteral("expires"), true, 64).value_or(QString());
    r.signature = body.string(QStringLiteral("signature"), true, 128).value_or(QString());
    r.deviceName =
        body.string(QStringLiteral("device_name"), false, MpinRules::kMaxDeviceNameLength)
            .value_or(QString());
    body.finish();
    ctx.auditDetails = {{QStringLiteral("clientId"), r.clientId}};
    const QJsonObject sealed = m_mpin.issueOtp(r, Time::nowMs());
    ctx.auditDetails.insert(QStringLiteral("userId"), r.userId);
    return Reply::plainJson(sealed);
}

// ---- The verification page ---------------------------------------------------------------

Reply MpinController::confirmationPage(RequestContext &ctx)
{
    const QString clientId = ctx.queryValue(QStringLiteral("client_id"));
    const QString code = ctx.queryValue(QStringLiteral("code"));
    const bool otpStage = code.isEmpty();
    QString userId = ctx.queryValue(QStringLiteral("user_id"));
    QString problem;
    QString clientName;
    try {
        if (!otpStage) {
            const MpinCode c = m_mpin.inspectCode(code);
            userId = c.userId;
            clientName = m_clients.find(c.clientId).value_or(Client()).name;
        } else if (const auto client = m_clients.find(clientId); client && !userId.isEmpty()) {
            clientName = client->name;
        } else {
            throw ServiceError::notFound(QStringLiteral("Verification link"));
        }
    } catch (const ServiceError &e) {
        problem = e.kind() == ServiceError::Kind::NotFound
                      ? QStringLiteral("This link is not valid. Ask the service for a new one.")
                      : e.message();
    }
    return HtmlPage::render(
        QStringLiteral(":/mid/web/activate.html"),
        {{QStringLiteral("clientName"), clientName},
         {QStringLiteral("clientId"), clientId},
         {QStringLiteral("userId"), userId},
         {QStringLiteral("code"), code},
         {QStringLiteral("stage"), otpStage ? QStringLiteral("otp") : QStringLiteral("auth")},
         {QStringLiteral("needsMobile"),
          PhoneNumber::isE164(userId) ? QStringLiteral("false") : QStringLiteral("true")},
         {QStringLiteral("problem"), problem}},
        problem.isEmpty() ? 200 : 410);
}

Reply MpinController::confirmationScript(RequestContext &)
{
    return HtmlPage::asset(QStringLiteral(":/mid/web/activate.js"), HtmlPage::kScript);
}

Reply MpinController::redeem(RequestContext &ctx)
{
    const MpinService::Activation a = redeemFrom(m_mpin, ctx);
    describe(ctx, a.identity);
    const MpinIdentity &i = a.identity;
    const QString redirect =
        a.redirectUri.isEmpty()
            ? QString()
            : redirectTarget(a.redirectUri, a.state).toString(QUrl::FullyEncoded);
    return Reply::plainJson(QJsonObject{
        {QStringLiteral("activationToken"), a.actToken},
        {QStringLiteral("hashMPinId"), i.hash},
        {QStringLiteral("userId"), i.userId},
        {QStringLiteral("deviceName"), i.deviceName},
        {QStringLiteral("mobile"), PhoneNumber::isE164(i.userId) ? i.userId : QString()},
        {QStringLiteral("expireTime"), i.actExpiresAt / 1000},
        {QStringLiteral("redirectTo"), redirect}});
}

// ---- Console -----------------------------------------------------------------------------

QJsonObject MpinController::adminJson(const MpinIdentity &i) const
{
    QJsonObject o = i.toSeedJson();
    o.insert(QStringLiteral("clientId"), i.clientId);
    o.insert(QStringLiteral("clientName"), m_clients.find(i.clientId).value_or(Client()).name);
    o.insert(QStringLiteral("status"), i.status);
    o.insert(QStringLiteral("mpinIdDocument"), QString::fromUtf8(i.mpinId));
    o.insert(QStringLiteral("deviceId"), i.deviceId);
    o.insert(QStringLiteral("credentialId"), Base64Url::encodeToString(i.credentialId));
    o.insert(QStringLiteral("activatedAt"),
             i.activatedAt ? QJsonValue(Time::rfc3339Ms(i.activatedAt)) : QJsonValue());
    o.insert(QStringLiteral("revokedAt"),
             i.revokedAt ? QJsonValue(Time::rfc3339Ms(i.revokedAt)) : QJsonValue());
    o.insert(QStringLiteral("revokeReason"), i.revokeReason);
    return o;
}

Reply MpinController::adminList(RequestContext &ctx)
{
    MpinFilter f;
    f.clientId = ctx.queryValue(QStringLiteral("clientId"));
    f.userId = ctx.queryValue(QStringLiteral("userId"));
    f.deviceId = ctx.queryValue(QStringLiteral("deviceId"));
    const QString revoked = ctx.queryValue(QStringLiteral("revoked")).toLower();
    if (!revoked.isEmpty())
        f.revoked = revoked == QLatin1String("true");
    const Paging paging = Paging::from(ctx);
    bool more = false;
    const auto page = m_mpin.store().listBefore(
        f, paging.cursor.isEmpty() ? 0 : Cursor::decode(paging.cursor), paging.limit, &more);
    QJsonArray items;
    for (const MpinIdentity &i : page.items)
        items.append(adminJson(i));
    return Reply::ok(
        listData(items, page.total, more ? Cursor::encode(page.items.constLast().seq) : QString()));
}

Reply MpinController::adminRename(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString deviceName = deviceNameFrom(body, true);
    body.finish();
    const MpinIdentity i = m_mpin.rename({}, ctx.param(QStringLiteral("id")), deviceName);
    describe(ctx, i);
    return Reply::ok(adminJson(i), QStringLiteral("Identity renamed"));
}

Reply MpinController::adminRevoke(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString reason = body.string(QStringLiteral("reason"), false, MpinRules::kMaxReasonLength)
                               .value_or(QString());
    body.finish();
    const MpinIdentity i = m_mpin.revoke({}, ctx.param(QStringLiteral("id")), reason);
    describe(ctx, i);
    ctx.auditDetails.insert(QStringLiteral("reason"), i.revokeReason);
    return Reply::ok(adminJson(i), QStringLiteral("Identity revoked"));
}

} // namespace mid
