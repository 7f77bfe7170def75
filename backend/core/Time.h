#pragma once

#include <QDateTime>
#include <QString>

namespace mid::Time {

// The time of the installed Clock (core/Clock.h): the one way the server reads the time.
QDateTime now();
qint64 nowMs();
// RFC 3339 UTC with 'Z' and whole seconds: 2025-12-18T15:30:00Z.
QString rfc3339(const QDateTime &t);
QString rfc3339Ms(qint64 msSinceEpoch);
QString nowRfc3339();
// Accepts RFC 3339 with Z or an offset; invalid QDateTime when it is not one.
QDateTime parseRfc3339(const QString &text);
// A time a client may give either way (seed 004 does): unix seconds as digits, or RFC 3339.
// Ms since the epoch; 0 when it is neither.
qint64 parseUnixOrRfc3339Ms(const QString &text);

} // namespace mid::Time
