#include "DevicesController.h"

#include "DeviceInput.h"
#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "domain/Consent.h"
#include "domain/PhoneNumber.h"
#include "services/DeviceService.h"

#include <QJsonArray>

namespace mid {

void DevicesController::registerRoutes(Router &r)
{
    auto add = [&](const char *method, const char *path, Role role, const char *action,
                   const char *summary, Reply (DevicesController::*fn)(RequestContext &),
                   const RouteDoc &doc) {
        r.add({.method = method,
               .pattern = QString::fromLatin1(path),
               .access = Access::ClientOrOperator,
               .scope = QStringLiteral("devices"),
               .role = role,
               .rateGroup = RateGroup::Devices,
               .action = QString::fromLatin1(action),
               .summary = QString::fromLatin1(summary),
               .tag = QStringLiteral("Devices"),
               .handler = bind(this, fn),
               .doc = doc});
    };
    add("POST", "/v1/devices", Role::Operator, "device.create",
        "Register a device (without a credential)", &DevicesController::create,
        {.requestSchema = "DeviceCreate",
         .responseSchema = "DeviceWithCredentials",
         .successStatus = 201,
         .description = "Registers a device without a credential (201), or for the same number "
                        "updates the device its `deviceId` names (200). A `deviceId` of another "
                        "number: 409. The device is visible to the calling tenant."});
    add("GET", "/v1/devices", Role::Auditor, "device.list", "List devices",
        &DevicesController::list,
        {.responseSchema = "DeviceList",
         .description = "A tenant sees the devices enrolled through it or that decided one "
                        "of its sessions; operators see all. Newest first.",
         .query = {{"mobile", "string", "Only devices of this E.164 number."},
                   {"status", "enum:active|blocked|deregistered", "Only devices in this status."}},
         .paged = true});
    add("GET", "/v1/devices/:id", Role::Auditor, "device.get", "Get a device with its credentials",
        &DevicesController::get,
        {.responseSchema = "DeviceWithCredentials",
         .description = "`{id}` is the `dev_…` id or the phone's `deviceId`. A device the "
                        "tenant does not see answers 404."});
    add("DELETE", "/v1/devices/:id", Role::Operator, "device.deregister",
        "Deregister a device: its credentials are revoked", &DevicesController::deregister,
        {.responseSchema = "DeviceWithCredentials",
         .description = "Every credential is revoked; `device.deregistered` fires. Already "
                        "deregistered: 409."});
    add("POST", "/v1/devices/:id/block", Role::Operator, "device.block", "Block a device",
        &DevicesController::block,
        {.requestSchema = "DeviceBlock",
         .responseSchema = "Device",
         .description = "Only an active device (else 409). A blocked device's ceremonies "
                        "answer 403 and raise `auth.failed`; `device.blocked` fires.",
         .bodyOptional = true});
    add("POST", "/v1/devices/:id/unblock", Role::Operator, "device.unblock", "Unblock a device",
        &DevicesController::unblock,
        {.responseSchema = "Device",
         .description = "Only a blocked device (else 409); `device.unblocked` fires.",
         .noBody = true});
}

QString DevicesController::viewer(const RequestContext &ctx)
{
    return ctx.principal.isClient() ? ctx.principal.client.clientId : QString();
}

Reply DevicesController::create(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString mobile = DeviceInput::mobile(body, QStringLiteral("mobile"), true);
    const QString deviceKey = DeviceInput::deviceKey(body, false);
    DeviceDetails details;
    details.model = DeviceInput::text(body, QStringLiteral("model"), true);
    details.os = DeviceInput::text(body, QStringLiteral("os"), true);
    details.appVersion = DeviceInput::text(body, QStringLiteral("appVersion"), true);
    if (body.has(QStringLiteral("pushToken")))
        details.pushToken = DeviceInput::text(body, QStringLiteral("pushToken"), false);
    body.finish();
    const auto [device, created] = m_devices.upsert(mobile, deviceKey, details, viewer(ctx));
    if (created)
        m_devices.publish(QStringLiteral("device.registered"), device);
    ctx.auditResource = device.id;
    const QJsonObject data = m_devices.toJsonWithCredentials(device);
    return created ? Reply::created(data, QStringLiteral("Device registered"))
                   : Reply::ok(data, QStringLiteral("Device updated"));
}

Reply DevicesController::list(RequestContext &ctx)
{
    const Paging paging = Paging::from(ctx);
    const QString mobile = ctx.queryValue(QStringLiteral("mobile")).trimmed();
    if (!mobile.isEmpty() && !PhoneNumber::isE164(mobile))
        throw ServiceError::invalid(QStringLiteral("mobile"), QStringLiteral("format"),
                                    QStringLiteral("mobile must be an E.164 phone number"));
    const QString status = ctx.queryValue(QStringLiteral("status"));
    if (!status.isEmpty() && !DeviceRules::statuses().contains(status))
        throw ServiceError::invalid(
            QStringLiteral("status"), QStringLiteral("enum"),
            QStringLiteral("status must be active, blocked or deregistered"));
    const auto page = m_devices.list(viewer(ctx), mobile, status, paging.limit, paging.cursor);
    QJsonArray items;
    for (const Device &d : page.items)
        items.append(m_devices.toJson(d));
    return Reply::ok(listData(items, page.total, page.nextCursor));
}

Reply DevicesController::get(RequestContext &ctx)
{
    const Device d = m_devices.get(viewer(ctx), ctx.param(QStringLiteral("id")));
    return Reply::ok(m_devices.toJsonWithCredentials(d), QStringLiteral("Device retrieved"));
}

Reply DevicesController::deregister(RequestContext &ctx)
{
    const Device d = m_devices.deregister(viewer(ctx), ctx.param(QStringLiteral("id")));
    ctx.auditResource = d.id;
    return Reply::ok(m_devices.toJsonWithCredentials(d), QStringLiteral("Device deregistered"));
}

Reply DevicesController::block(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString reason = DeviceInput::text(body, QStringLiteral("reason"), false);
    body.finish();
    const Device d = m_devices.block(viewer(ctx), ctx.param(QStringLiteral("id")), reason);
    ctx.auditResource = d.id;
    ctx.auditDetails = {{QStringLiteral("reason"), reason}};
    return Reply::ok(m_devices.toJson(d), QStringLiteral("Device blocked"));
}

Reply DevicesController::unblock(RequestContext &ctx)
{
    const Device d = m_devices.unblock(viewer(ctx), ctx.param(QStringLiteral("id")));
    ctx.auditResource = d.id;
    return Reply::ok(m_devices.toJson(d), QStringLiteral("Device unblocked"));
}

} // namespace mid
