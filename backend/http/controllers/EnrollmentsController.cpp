#include "EnrollmentsController.h"

#include "DeviceInput.h"
#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "domain/Consent.h"
#include "domain/PhoneNumber.h"
#include "services/ConsentService.h"
#include "services/EnrollmentService.h"

namespace mid {

void EnrollmentsController::registerRoutes(Router &r)
{
    const QString tag = QStringLiteral("Enrollments");
    // The per-device limit of §11 (5 an hour per deviceId) is counted by EnrollmentService in
    // the database, over every way in (tenant, operator, approver page) and across restarts,
    // so these rows carry the group (an enterprise client's `groups.enrollments`) but no
    // device key: the limiter would count the same attempts a second time.
    r.add(
        {.method = "POST",
         .pattern = QStringLiteral("/v1/enrollments"),
         .access = Access::ClientOrOperator,
         .scope = QStringLiteral("enrollments"),
         .role = Role::Operator,
         .rateGroup = RateGroup::Enrollments,
         .action = QStringLiteral("enrollment.create"),
         .summary = QStringLiteral("Start an enrollment: a 6-digit code is sent to the number"),
         .tag = tag,
         .handler = bind(this, &EnrollmentsController::create),
         .doc = {
             .requestSchema = "EnrollmentCreate",
             .responseSchema = "Enrollment",
             .description =
                 "A 6-digit code is sent to `mobile` (SMS; this build writes it to the message "
                 "log, "
                 "`GET /admin/v1/messages`; with `--demo` also `data.demoCode`). The code is valid "
                 "10 minutes. Operators may enroll on a person's behalf (audit actor: the "
                 "operator; "
                 "`clientId` optional). At most 5 enrollments per hour per `deviceId`, however "
                 "made: "
                 "429 \"Too many enrollment attempts from this device\". Answers 200 (seed "
                 "shape)."}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/v1/enrollments/:id"),
           .access = Access::ClientOrOperator,
           .scope = QStringLiteral("enrollments"),
           .role = Role::Auditor,
           .rateGroup = RateGroup::Enrollments,
           .action = QStringLiteral("enrollment.get"),
           .summary = QStringLiteral("Get an enrollment"),
           .tag = tag,
           .handler = bind(this, &EnrollmentsController::get),
           .doc = {.responseSchema = "Enrollment",
                   .description =
                       "Another tenant's enrollment answers 404. The token is never shown."}});
    // Device-side: the enrollment id and the code are the capability; five wrong codes fail
    // the enrollment, so calls without credentials are limited per address only.
    r.add(
        {.method = "POST",
         .pattern = QStringLiteral("/v1/enrollments/:id/verify"),
         .access = Access::None,
         .rateGroup = RateGroup::PlanOnly,
         .action = QStringLiteral("enrollment.verify"),
         .summary = QStringLiteral("Verify the code; answers the single-use enrollmentToken"),
         .tag = tag,
         .handler = bind(this, &EnrollmentsController::verify),
         .doc = {
             .requestSchema = "EnrollmentVerify",
             .responseSchema = "EnrollmentVerified",
             .description =
                 "Device-side: the enrollment id and the code are the capability (no client "
                 "key). A right code answers the `enrollmentToken` (single use, 15 min, shown "
                 "once). A wrong code answers 422 (`details[0].field = code`, `attemptsRemaining` "
                 "at the top level); the fifth makes the enrollment `failed`. Anything but a "
                 "`pending_verification` enrollment answers 409."}});
    // The approver page: the consent session is the capability, limited per session.
    r.add(
        {.method = "POST",
         .pattern = QStringLiteral("/approve/:id/enrollments"),
         .access = Access::None,
         .rateGroup = RateGroup::Consents,
         .deviceKey = DeviceKeys::pathId(),
         .action = QStringLiteral("enrollment.create_for_session"),
         .summary = QStringLiteral(
             "Enroll a device for the recipient of a consent session (web approver page)"),
         .tag = tag,
         .handler = bind(this, &EnrollmentsController::createForSession),
         .doc = {.requestSchema = "ApproverEnrollmentCreate",
                 .responseSchema = "Enrollment",
                 .description =
                     "For the web approver page: the consent session id is the capability. Creates "
                     "an enrollment for the session's recipient on behalf of the session's tenant "
                     "(same code, limits and answer as POST /v1/enrollments). Unknown session 404; "
                     "a session no longer pending 409."}});
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
