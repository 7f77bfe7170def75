#include "Envelope.h"

#include "ApiError.h"
#include "HttpStatus.h"
#include "core/JsonWriter.h"
#include "core/Time.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mid::Envelope {

QJsonObject meta(const QString &requestId)
{
    return {{QStringLiteral("requestId"), requestId},
            {QStringLiteral("timestamp"), Time::nowRfc3339()}};
}

namespace {
QByteArray dataJson(const QJsonValue &data)
{
    if (data.isObject())
        return QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
    if (data.isArray())
        return QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact);
    // Scalars: serialize inside an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{data}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}
} // namespace

QByteArray success(int code, const QString &message, const QJsonValue &data,
                   const QString &requestId)
{
    return successWithJson(
        code, message, data.isUndefined() || data.isNull() ? QByteArray("null") : dataJson(data),
        requestId);
}

QByteArray successWithJson(int code, const QString &message, const QByteArray &dataJson,
                           const QString &requestId)
{
    // Written by hand around the serialized data: building one QJsonObject that embeds the
    // data would deep-copy it, which is a sizeable share of a fast request.
    QByteArray out;
    out.reserve(256 + dataJson.size());
    out += "{\"code\":";
    out += QByteArray::number(code);
    out += ",\"data\":";
    out += dataJson;
    out += ",\"error\":false,\"message\":";
    JsonWriter::appendString(
        out, message.isEmpty() ? QString::fromLatin1(HttpStatus::reasonPhrase(code)) : message);
    out += ",\"meta\":{\"requestId\":";
    JsonWriter::appendString(out, requestId);
    out += ",\"timestamp\":";
    JsonWriter::appendString(out, Time::nowRfc3339());
    out += "},\"success\":true}";
    return out;
}

QByteArray failure(const ApiError &error, const QString &requestId)
{
    QJsonObject body{{QStringLiteral("error"), true},
                     {QStringLiteral("success"), false},
                     {QStringLiteral("code"), error.status()},
                     {QStringLiteral("type"), error.type()},
                     {QStringLiteral("message"), error.message()},
                     {QStringLiteral("meta"), meta(requestId)}};
    if (!error.details().isEmpty())
        body.insert(QStringLiteral("details"), error.details());
    for (auto it = error.extraFields.begin(); it != error.extraFields.end(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace mid::Envelope
