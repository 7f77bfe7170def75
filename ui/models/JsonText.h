#pragma once

#include <QJsonObject>
#include <QString>

namespace mid::ui {

// The string at `key` of a JSON object, or empty.
inline QString jsonText(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace mid::ui
