#include "FidoController.h"

#include "DeviceInput.h"
#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "services/AuthService.h"
#include "services/FidoService.h"

namespace mid {

void FidoController::registerRoutes(Router &r)
{
    auto add = [&](const char *path, const char *action, const char *summary,
                   Reply (FidoController::*fn)(RequestContext &)) {
        for (const char *base : {"/v1/fido/", "/v1/auth/fido/"}) {
            r.add({.method = "POST",
                   .pattern = QString::fromLatin1(base) + QString::fromLatin1(path),
                   .access = Access::Public,
                   .rateGroup = QStringLiteral("fido"),
                   .action = QString::fromLatin1(action),
                   .summary = QString::fromLatin1(summary),
                   .tag = QStringLiteral("FIDO2"),
                   .handler = [this, fn](RequestContext &ctx) { return (this->*fn)(ctx); }});
        }
    };
    add("register/begin", "fido.register.begin",
        "Begin a FIDO2 registration (client credentials or an enrollmentToken)",
        &FidoController::registerBegin);
    add("register/complete", "fido.register.complete", "Complete a FIDO2 registration",
        &FidoController::registerComplete);
    add("authenticate/begin", "fido.authenticate.begin",
        "Begin a FIDO2 authentication (for a consent session, a number or a device)",
        &FidoController::authenticateBegin);
    add("authenticate/complete", "fido.authenticate.complete",
        "Complete a FIDO2 authentication; decides a bound consent session",
        &FidoController::authenticateComplete);
}

std::optional<Client> FidoController::callingClient(RequestContext &ctx)
{
    const Credentials cred{ctx.header("authorization"), ctx.header("x-client-id"),
                           ctx.header("x-mobid-key")};
    if (cred.authorization.isEmpty() && cred.mobidKey.isEmpty())
        return std::nullopt;
    ctx.principal = m_auth.authenticateClient(cred);
    if (!ctx.principal.hasScope(QStringLiteral("fido")))
        throw ServiceError::forbidden(QStringLiteral("This credential lacks the \"fido\" scope"));
    return ctx.principal.client;
}

Reply FidoController::registerBegin(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    RegistrationStart start;
    start.enrollmentToken = body.string(QStringLiteral("enrollmentToken")).value_or(QString());
    const bool withToken = !start.enrollmentToken.isEmpty();
    start.mobile = DeviceInput::mobile(body, QStringLiteral("mobile"), !withToken);
    start.deviceKey = DeviceInput::deviceKey(body, !withToken);
    start.deviceInfo = DeviceInput::deviceInfo(body);
    body.finish();
    if (!withToken) {
        start.client = callingClient(ctx);
        if (!start.client && body.has(QStringLiteral("activationToken")))
            throw ServiceError::unauthenticated(
                QStringLiteral("activationToken (§8) is not accepted by this server yet; use "
                               "client credentials or an enrollmentToken"));
    }
    const QJsonObject options = m_fido.beginRegistration(start);
    ctx.auditResource = options.value(QStringLiteral("registrationId")).toString();
    ctx.auditDetails = {{QStringLiteral("deviceId"), start.deviceKey},
                        {QStringLiteral("via"),
                         withToken ? QStringLiteral("enrollmentToken") : QStringLiteral("client")}};
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
    const QJsonObject data =
        m_fido.completeAuthentication(id, *credential, decision == QLatin1String("approve"));
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
