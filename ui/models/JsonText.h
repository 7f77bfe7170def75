#pragma once

#include <QJsonObject>
#include <QString>

namespace mid::ui {

// The string at `key` of a JSON object, or empty.
inline QString jsonText(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A long id (a hash, a credential id) as a table shows it: its head and tail around "…". The
// whole id goes in a tooltip and the clipboard.
inline QString shortId(const QString &id, int head = 10, int tail = 6)
{
    return id.size() > head + tail + 4 ? id.left(head) + QStringLiteral("…") + id.right(tail) : id;
}

} // namespace mid::ui
