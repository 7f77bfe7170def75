#include "Time.h"

#include <QTimeZone>

namespace mid::Time {

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QString rfc3339Ms(qint64 msSinceEpoch)
{
    return rfc3339(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC));
}

QString nowRfc3339()
{
    return rfc3339(now());
}

QDateTime parseRfc3339(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace mid::Time
