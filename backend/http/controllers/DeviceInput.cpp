#include "DeviceInput.h"

#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "domain/Consent.h"
#include "domain/Device.h"
#include "domain/PhoneNumber.h"

namespace mid::DeviceInput {

QString mobile(BodyReader &body, const QString &field, bool required)
{
    const QString value = body.string(field, required).value_or(QString()).trimmed();
    if (!value.isEmpty() && !PhoneNumber::isE164(value))
        body.invalid(field, QStringLiteral("format"),
                     field + QStringLiteral(" must be an E.164 phone number"));
    return value;
}

QString deviceKey(BodyReader &body, bool required)
{
    const QString field = QStringLiteral("deviceId");
    const QString value = body.string(field, required).value_or(QString());
    if (body.has(field) && !DeviceRules::isValidDeviceKey(value))
        body.invalid(
            field, QStringLiteral("format"),
            QStringLiteral("deviceId must be 1-128 letters, digits, '-', '_', '.' or ':'"));
    return value;
}

QString text(BodyReader &body, const QString &field, bool required)
{
    const QString value = body.string(field, required).value_or(QString());
    if (value.size() > DeviceRules::kMaxInfoLength)
        body.invalid(field, QStringLiteral("length"),
                     field + QStringLiteral(" is at most 200 characters"));
    return value;
}

std::optional<QJsonObject> deviceInfo(BodyReader &body)
{
    const auto info = body.object(QStringLiteral("deviceInfo"));
    if (!info)
        return std::nullopt;
    BodyReader inner(*info);
    QJsonObject clean;
    for (const char *name : {"model", "os", "appVersion"}) {
        const QString field = QString::fromLatin1(name);
        const auto value = inner.string(field);
        if (!value)
            continue;
        if (value->size() > DeviceRules::kMaxInfoLength)
            body.invalid(QStringLiteral("deviceInfo.") + field, QStringLiteral("length"),
                         QStringLiteral("deviceInfo.%1 is at most 200 characters").arg(field));
        clean.insert(field, *value);
    }
    try {
        inner.finish();
    } catch (const ServiceError &) {
        body.invalid(QStringLiteral("deviceInfo"), QStringLiteral("type"),
                     QStringLiteral("deviceInfo model, os and appVersion must be strings"));
    }
    return clean;
}

} // namespace mid::DeviceInput
