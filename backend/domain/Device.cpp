#include "Device.h"

namespace mid {

bool Device::isActive() const
{
    return status == DeviceRules::kActive;
}
bool Device::isBlocked() const
{
    return status == DeviceRules::kBlocked;
}
bool Device::isDeregistered() const
{
    return status == DeviceRules::kDeregistered;
}

namespace DeviceRules {

const QStringList &statuses()
{
    static const QStringList all{kActive, kBlocked, kDeregistered};
    return all;
}

bool isValidDeviceKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 128)
        return false;
    for (const QChar c : key) {
        const bool ok = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                        (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char(':');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace DeviceRules
} // namespace mid
