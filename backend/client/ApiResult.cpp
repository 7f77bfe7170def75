#include "ApiResult.h"

#include <QCoreApplication>

namespace mid {

QString ApiResult::errorText() const
{
    if (unreachable())
        return QCoreApplication::translate("mid::ApiResult",
                                           "The server could not be reached (%1).")
            .arg(message);
    QString text = message.isEmpty() ? QCoreApplication::translate("mid::ApiResult",
                                                                   "The server answered %1.")
                                           .arg(status)
                                     : message;
    QStringList fields;
    for (const QJsonValue &d : details) {
        const QJsonObject o = d.toObject();
        const QString field = o.value(QStringLiteral("field")).toString();
        if (!field.isEmpty())
            fields << QStringLiteral("%1 (%2)").arg(field, o.value(QStringLiteral("issue")).toString());
    }
    if (!fields.isEmpty() && !text.contains(fields.first().section(QLatin1Char(' '), 0, 0)))
        text += QStringLiteral(": ") + fields.join(QStringLiteral(", "));
    return text;
}

} // namespace mid
