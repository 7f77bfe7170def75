#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace mid {

// One answer of a MID server as the console sees it: the envelope taken apart, or why there
// was no answer at all.
struct ApiResult
{
    int status = 0;       // HTTP status; 0 when the server could not be reached
    QJsonValue data;      // the envelope's `data` (or the whole body of an unenveloped answer)
    QString message;      // the envelope's message, or the network error's text
    QString errorType;    // `type` of an error envelope (validation_error, conflict, …)
    QJsonArray details;   // `details` of a validation error
    QByteArray raw;       // the body as received (images, exports)
    QByteArray contentType;

    bool ok() const { return status >= 200 && status < 300; }
    bool unreachable() const { return status == 0; }
    QJsonObject object() const { return data.toObject(); }
    // For a list answer: data.items.
    QJsonArray items() const { return data.toObject().value(QStringLiteral("items")).toArray(); }
    // One sentence a person can act on: the server's message plus the fields it complains of.
    QString errorText() const;
};

} // namespace mid

Q_DECLARE_METATYPE(mid::ApiResult)
