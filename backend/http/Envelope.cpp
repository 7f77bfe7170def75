#include "Envelope.h"

#include "core/ApiError.h"
#include "core/Time.h"

#include <QJsonDocument>

namespace mid::Envelope {

QJsonObject meta(const QString &requestId)
{
    return {{QStringLiteral("requestId"), requestId}, {QStringLiteral("timestamp"), Time::nowRfc3339()}};
}

QByteArray success(int code, const QString &message, const QJsonValue &data, const QString &requestId)
{
    const QJsonObject body{{QStringLiteral("error"), false},
                           {QStringLiteral("success"), true},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("message"), message.isEmpty() ? reasonPhrase(code) : message},
                           {QStringLiteral("data"), data.isUndefined() ? QJsonValue(QJsonValue::Null) : data},
                           {QStringLiteral("meta"), meta(requestId)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
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

QString reasonPhrase(int code)
{
    switch (code) {
    case 200: return QStringLiteral("OK");
    case 201: return QStringLiteral("Created");
    case 204: return QStringLiteral("No Content");
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 409: return QStringLiteral("Conflict");
    case 413: return QStringLiteral("Payload Too Large");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 422: return QStringLiteral("Unprocessable Entity");
    case 429: return QStringLiteral("Too Many Requests");
    default: return code >= 500 ? QStringLiteral("Internal Server Error") : QStringLiteral("OK");
    }
}

} // namespace mid::Envelope
