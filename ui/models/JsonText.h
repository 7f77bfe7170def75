#pragma once

#include <QJsonObject>
#include <QString>

#include <initializer_list>

namespace mid::ui {

// The string at `key` of a JSON object, or empty.
inline QString jsonText(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The first non-empty string among `keys` (servers and seeds spell some fields two ways).
inline QString firstJsonText(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = jsonText(o, key);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace mid::ui
