#include "Time.h"

#include "Clock.h"

#include <cstdio>
#include <ctime>

namespace mid::Time {

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 nowMs()
{
    return Clock::current().nowMs();
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QString rfc3339Ms(qint64 msSinceEpoch)
{
    // gmtime_r and a fixed format: QDateTime::toString is a visible cost on hot answers
    // that carry several times.
    const time_t seconds =
        static_cast<time_t>(msSinceEpoch >= 0 ? msSinceEpoch / 1000 : (msSinceEpoch - 999) / 1000);
    struct tm parts = {};
    gmtime_r(&seconds, &parts);
    char buf[32];
    const int n =
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900,
                      parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec);
    return QString::fromLatin1(buf, n);
}

QString nowRfc3339()
{
    return rfc3339Ms(nowMs());
}

QDateTime parseRfc3339(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

qint64 parseUnixOrRfc3339Ms(const QString &text)
{
    bool digits = false;
    const qint64 seconds = text.toLongLong(&digits);
    if (digits)
        return seconds * 1000;
    const QDateTime t = parseRfc3339(text);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace mid::Time
