#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace mid {

class BodyReader;

// Body fields the FIDO, enrollment and device endpoints share, read and checked the same way
// everywhere (problems are recorded in the reader; call finish()).
namespace DeviceInput {
// An E.164 number (trimmed); empty when absent.
QString mobile(BodyReader &body, const QString &field, bool required);
// The phone's own deviceId: 1–128 of letters, digits and - _ . : ; empty when absent.
QString deviceKey(BodyReader &body, bool required);
// deviceInfo {model, os, appVersion}: strings of at most 200 characters.
std::optional<QJsonObject> deviceInfo(BodyReader &body);
// A short optional text field (model, os, …), at most 200 characters.
QString text(BodyReader &body, const QString &field, bool required);
} // namespace DeviceInput

} // namespace mid
