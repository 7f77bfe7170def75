#include "FidoController.h"

#include "DeviceInput.h"
#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "services/FidoService.h"

namespace mid {

namespace {
// An MPin identity's calls are its project's (seed 004's audit list reads them by these keys).
void describeIdentity(RequestContext &ctx, const QJsonObject &mpin)
{
    if (mpin.isEmpty())
        return;
    ctx.auditDetails.insert(QStringLiteral("clientId"), mpin.value(QStringLiteral("clientId")));
    ctx.auditDetails.insert(QStringLiteral("userId"), mpin.value(QStringLiteral("userId")));
    ctx.auditDetails.insert(QStringLiteral("mpinId"), mpin.value(QStringLiteral("hashMPinId")));
    ctx.auditDetails.insert(QStringLiteral("deviceName"), mpin.value(QStringLiteral("deviceName")));
}
} // namespace

void FidoController::registerRoutes(Router &r)
{
    // Device-side calls (§3, §11): limited per device, by what the body names.
    auto add = [&](const char *path, Access access, const char *action, const char *summary,
                   Reply (FidoController::*fn)(RequestContext &), const RouteDoc &doc) {
        for (const char *base : {"/v1/fido/", "/v1/auth/fido/"}) {
            r.add({.method = "POST",
                   .pattern = QString::fromLatin1(base) + QString::fromLatin1(path),
                   .access = access,
                   .scope = access == Access::None ? QString() : QStringLiteral("fido"),
                   .rateGroup = RateGroup::Fido,
                   .deviceKey = DeviceKeys::fromBody(),
                   .action = QString::fromLatin1(action),
                   .summary = QString::fromLatin1(summary),
                   .tag = QStringLiteral("FIDO2"),
                   .handler = bind(this, fn),
                   .doc = doc});
        }
    };
    // Client credentials, or an enrollmentToken in the body instead.
    add("register/begin", Access::ClientOptional, "fido.register.begin",
        "Begin a FIDO2 registration (client credentials or an enrollmentToken)",
        &FidoController::registerBegin,
        {.requestSchema = "FidoRegisterBegin",
         .responseSchema = "FidoRegistrationOptions",
         .description =
             "Credentials: client credentials (scope `fido`; `mobile` and `deviceId` required) "
             "**or** an `enrollmentToken` from a verified enrollment (no client key; the token "
             "is redeemed here, once) **or** an `activationToken` of §8 (`actToken`; `deviceId` "
             "required, `mobile` defaults to the identity's user id when that is an E.164 "
             "number and is required otherwise). A `deviceId` registered to another number answers "
             "409, a blocked device 403. `excludeCredentials` lists the device's credentials. "
             "Rate limit: 20 per 15 min per deviceId (or per token)."});
    // The ceremony id, session id or enrollment token is the capability: no client key.
    add("register/complete", Access::None, "fido.register.complete",
        "Complete a FIDO2 registration", &FidoController::registerComplete,
        {.requestSchema = "FidoRegisterComplete",
         .responseSchema = "FidoRegistered",
         .description =
             "Verifies the attestation (WebAuthn L3 §7.1: none, packed self and x5c, fido-u2f) "
             "and stores the credential with the device (created, or the one this deviceId "
             "names). Through an enrollment token the enrollment becomes `completed` "
             "(`enrollment.completed`); `device.registered` fires. Refusals: 401 with the failed "
             "step in `details[0].issue`."});
    add("authenticate/begin", Access::None, "fido.authenticate.begin",
        "Begin a FIDO2 authentication (for a consent session, a number or a device)",
        &FidoController::authenticateBegin,
        {.requestSchema = "FidoAuthenticateBegin",
         .responseSchema = "FidoAuthenticationOptions",
         .description =
             "No client key: the session id is the capability. With `sessionId` (a pending, "
             "unexpired consent: else 409; unknown: 404) only credentials of active devices "
             "registered to the session's recipient are offered (none: 409). With `deviceId` or "
             "`mobile`: that device's / number's credentials (none: 404). Only blocked devices: "
             "403 and `auth.failed`."});
    add("authenticate/complete", Access::None, "fido.authenticate.complete",
        "Complete a FIDO2 authentication; decides a bound consent session",
        &FidoController::authenticateComplete,
        {.requestSchema = "FidoAuthenticateComplete",
         .responseSchema = "FidoAuthenticated",
         .description =
             "Verifies the assertion (WebAuthn L3 §7.2). For a ceremony bound to a consent "
             "session, `decision` (default approve) decides it: `consent.approved` / "
             "`consent.rejected` with `user {id, mobile, verified}` and `device {id, model}`, "
             "and the device becomes visible to the session's tenant. `auth.success` or "
             "`auth.failed` fires. A signature counter that does not grow is refused "
             "(`authData.signCount`) and flags the credential."});
}

Reply FidoController::registerBegin(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    RegistrationStart start;
    start.enrollmentToken = body.string(QStringLiteral("enrollmentToken")).value_or(QString());
    start.activationToken =
        body.string(QStringLiteral("activationToken"), false, 128).value_or(QString());
    const bool withToken = !start.enrollmentToken.isEmpty() || !start.activationToken.isEmpty();
    start.mobile = DeviceInput::mobile(body, QStringLiteral("mobile"), !withToken);
    start.deviceKey = DeviceInput::deviceKey(body, !withToken);
    start.deviceInfo = DeviceInput::deviceInfo(body);
    body.finish();
    if (!withToken && ctx.principal.isClient())
        start.client = ctx.principal.client;
    if (!start.activationToken.isEmpty())
        describeIdentity(ctx, m_fido.mpinIdentityOfToken(start.activationToken));
    const QJsonObject options = m_fido.beginRegistration(start);
    ctx.auditResource = options.value(QStringLiteral("registrationId")).toString();
    ctx.auditDetails.insert(QStringLiteral("deviceId"), start.deviceKey);
    ctx.auditDetails.insert(QStringLiteral("via"), !start.activationToken.isEmpty()
                                                       ? QStringLiteral("activationToken")
                                                   : withToken ? QStringLiteral("enrollmentToken")
                                                               : QStringLiteral("client"));
    return Reply::ok(options, QStringLiteral("Registration options generated"));
}

Reply FidoController::registerComplete(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString id = body.string(QStringLiteral("registrationId"), true).value_or(QString());
    const auto credential = body.object(QStringLiteral("credential"));
    if (!credential && !body.has(QStringLiteral("credential")))
        body.invalid(QStringLiteral("credential"), QStringLiteral("required"),
                     QStringLiteral("credential is required"));
    body.finish();
    ctx.auditResource = id;
    const QJsonObject data = m_fido.completeRegistration(id, *credential);
    ctx.auditDetails = {
        {QStringLiteral("credentialId"), data.value(QStringLiteral("credentialId"))},
        {QStringLiteral("device"), data.value(QStringLiteral("device"))}};
    describeIdentity(ctx, data.value(QStringLiteral("mpin")).toObject());
    return Reply::ok(data, QStringLiteral("Device registered"));
}

Reply FidoController::authenticateBegin(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    AuthenticationStart start;
    start.sessionId = body.string(QStringLiteral("sessionId")).value_or(QString());
    start.mobile = DeviceInput::mobile(body, QStringLiteral("mobile"), false);
    start.deviceKey = DeviceInput::deviceKey(body, false);
    if (start.sessionId.isEmpty() && start.mobile.isEmpty() &&
        !body.has(QStringLiteral("deviceId")))
        body.invalid(QStringLiteral("sessionId"), QStringLiteral("required"),
                     QStringLiteral("one of sessionId, mobile or deviceId is required"));
    body.finish();
    const QJsonObject options = m_fido.beginAuthentication(start);
    ctx.auditResource = options.value(QStringLiteral("authenticationId")).toString();
    if (!start.sessionId.isEmpty())
        ctx.auditDetails.insert(QStringLiteral("sessionId"), start.sessionId);
    return Reply::ok(options, QStringLiteral("Authentication options generated"));
}

Reply FidoController::authenticateComplete(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString id = body.string(QStringLiteral("authenticationId"), true).value_or(QString());
    const auto credential = body.object(QStringLiteral("credential"));
    if (!credential && !body.has(QStringLiteral("credential")))
        body.invalid(QStringLiteral("credential"), QStringLiteral("required"),
                     QStringLiteral("credential is required"));
    const QString decision =
        body.string(QStringLiteral("decision")).value_or(QStringLiteral("approve"));
    if (decision != QLatin1String("approve") && decision != QLatin1String("reject"))
        body.invalid(QStringLiteral("decision"), QStringLiteral("enum"),
                     QStringLiteral("decision must be approve or reject"));
    body.finish();
    ctx.auditResource = id;
    // Before the verdict, so a refused identity's row is its project's too.
    describeIdentity(ctx, m_fido.mpinIdentityOf(*credential));
    const QJsonObject data =
        m_fido.completeAuthentication(id, *credential, decision == QLatin1String("approve"));
    if (!ctx.auditDetails.contains(QStringLiteral("userId")))
        ctx.auditDetails.insert(QStringLiteral("userId"), data.value(QStringLiteral("userId")));
    if (data.contains(QStringLiteral("sessionId"))) {
        ctx.auditDetails.insert(QStringLiteral("sessionId"),
                                data.value(QStringLiteral("sessionId")));
        ctx.auditDetails.insert(QStringLiteral("decision"), decision);
    }
    ctx.auditDetails.insert(
        QStringLiteral("deviceId"),
        data.value(QStringLiteral("device")).toObject().value(QStringLiteral("id")));
    return Reply::ok(data, QStringLiteral("Authentication verified"));
}

} // namespace mid
