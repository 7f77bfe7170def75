#include "Time.h"

#include "Clock.h"

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
    // gmtime_r and digits written in place: QDateTime::toString, and then snprintf, were
    // visible costs on hot answers that carry several times.
    const time_t seconds =
        static_cast<time_t>(msSinceEpoch >= 0 ? msSinceEpoch / 1000 : (msSinceEpoch - 999) / 1000);
    struct tm parts = {};
    gmtime_r(&seconds, &parts);
    const int year = qBound(0, parts.tm_year + 1900, 9999);
    char buf[] = "0000-00-00T00:00:00Z";
    const auto put2 = [&buf](int at, int value) {
        buf[at] = char('0' + value / 10);
        buf[at + 1] = char('0' + value % 10);
    };
    put2(0, year / 100);
    put2(2, year % 100);
    put2(5, parts.tm_mon + 1);
    put2(8, parts.tm_mday);
    put2(11, parts.tm_hour);
    put2(14, parts.tm_min);
    put2(17, parts.tm_sec);
    return QString::fromLatin1(buf, sizeof buf - 1);
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
