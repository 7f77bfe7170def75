#include "domain/PhoneNumber.h"
#include "EnrollmentsController.h"

#include "DeviceInput.h"
#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "domain/Consent.h"
#include "services/ConsentService.h"
#include "services/EnrollmentService.h"

namespace mid {

void EnrollmentsController::registerRoutes(Router &r)
{
    auto add = [&](const char *method, const char *path, Access access, const char *action,
                   const char *summary, Reply (EnrollmentsController::*fn)(RequestContext &)) {
        r.add({.method = method,
               .pattern = QString::fromLatin1(path),
               .access = access,
               .scope = access == Access::Public ? QString() : QStringLiteral("enrollments"),
               // No §11 group row: the per-device limit of 5 per hour is counted by
               // EnrollmentService over every way in (tenant, operator, approver page), and a
               // tenant-wide bucket would cap a whole tenant at 5 enrollments an hour.
               .action = QString::fromLatin1(action),
               .summary = QString::fromLatin1(summary),
               .tag = QStringLiteral("Enrollments"),
               .handler = [this, fn](RequestContext &ctx) { return (this->*fn)(ctx); }});
    };
    add("POST", "/v1/enrollments", Access::ClientOrOperator, "enrollment.create",
        "Start an enrollment: a 6-digit code is sent to the number",
        &EnrollmentsController::create);
    add("GET", "/v1/enrollments/:id", Access::ClientOrOperator, "enrollment.get",
        "Get an enrollment", &EnrollmentsController::get);
    add("POST", "/v1/enrollments/:id/verify", Access::Public, "enrollment.verify",
        "Verify the code; answers the single-use enrollmentToken", &EnrollmentsController::verify);
    add("POST", "/approve/:id/enrollments", Access::Public, "enrollment.create_for_session",
        "Enroll a device for the recipient of a consent session (web approver page)",
        &EnrollmentsController::createForSession);
}

Reply EnrollmentsController::created(RequestContext &ctx, const QJsonObject &data)
{
    ctx.auditResource = data.value(QStringLiteral("enrollmentId")).toString();
    ctx.auditDetails.insert(QStringLiteral("deviceId"), data.value(QStringLiteral("deviceId")));
    return Reply::ok(data, QStringLiteral("Enrollment created; a code was sent to the number"));
}

Reply EnrollmentsController::create(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    EnrollmentInput input;
    input.mobile = DeviceInput::mobile(body, QStringLiteral("mobile"), true);
    input.deviceKey = DeviceInput::deviceKey(body, true);
    input.deviceInfo = DeviceInput::deviceInfo(body).value_or(QJsonObject());
    input.externalUserId = DeviceInput::text(body, QStringLiteral("userId"), false);
    const QString clientId = body.string(QStringLiteral("clientId")).value_or(QString());
    body.finish();
    if (ctx.principal.isClient()) {
        if (!clientId.isEmpty() && clientId != ctx.principal.client.clientId)
            throw ServiceError::forbidden(
                QStringLiteral("clientId does not match the authenticated client"));
        input.clientId = ctx.principal.client.clientId;
    } else {
        input.clientId = clientId; // an operator may enroll on a tenant's behalf, or on none
    }
    input.actor = ctx.principal.actor();
    return created(ctx, m_enrollments.create(input));
}

Reply EnrollmentsController::createForSession(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    EnrollmentInput input;
    input.deviceKey = DeviceInput::deviceKey(body, true);
    input.deviceInfo = DeviceInput::deviceInfo(body).value_or(QJsonObject());
    body.finish();
    const auto consent = m_consents.find(ctx.param(QStringLiteral("id")));
    if (!consent)
        throw ServiceError::notFound(QStringLiteral("Consent session"));
    if (consent->status != ConsentStatus::Pending || consent->expiresAt <= Time::nowMs())
        throw ServiceError::conflict(
            QStringLiteral("The consent session is no longer pending; no enrollment can be made "
                           "through it"));
    input.mobile = consent->recipient;
    input.clientId = consent->clientId;
    input.actor = QStringLiteral("approver:") + consent->id;
    ctx.auditDetails.insert(QStringLiteral("sessionId"), consent->id);
    // Whoever holds the link may call this: it learns no more of the number than the page shows.
    QJsonObject data = m_enrollments.create(input);
    data.insert(QStringLiteral("mobile"), PhoneNumber::masked(input.mobile));
    data.remove(QStringLiteral("userId"));
    return created(ctx, data);
}

Reply EnrollmentsController::verify(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString code = body.string(QStringLiteral("code"), true).value_or(QString()).trimmed();
    if (body.has(QStringLiteral("code")) && !EnrollmentRules::isCodeShaped(code))
        body.invalid(QStringLiteral("code"), QStringLiteral("format"),
                     QStringLiteral("code must be the 6 digits that were sent"));
    body.finish();
    const QJsonObject data = m_enrollments.verify(ctx.param(QStringLiteral("id")), code);
    return Reply::ok(data, QStringLiteral("Enrollment verified"));
}

Reply EnrollmentsController::get(RequestContext &ctx)
{
    const Enrollment e =
        m_enrollments.get(ctx.principal.client.clientId, ctx.param(QStringLiteral("id")));
    return Reply::ok(m_enrollments.toJson(e), QStringLiteral("Enrollment retrieved"));
}

} // namespace mid
