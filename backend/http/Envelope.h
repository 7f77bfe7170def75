#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mid {

class ApiError;

// The §0 envelope, a superset of seeds 000/001/003 (error, code, message, data) and 002
// (success, data, meta) so clients of either dialect parse it.
namespace Envelope {

QByteArray success(int code, const QString &message, const QJsonValue &data,
                   const QString &requestId);
// The same with `data` already serialized (hot answers written with JsonWriter).
QByteArray successWithJson(int code, const QString &message, const QByteArray &dataJson,
                           const QString &requestId);
QByteArray failure(const ApiError &error, const QString &requestId);
QJsonObject meta(const QString &requestId);

} // namespace Envelope

} // namespace mid
