#include "MpinIdentity.h"

#include "core/Time.h"

namespace mid {

bool MpinIdentity::isRevoked() const
{
    return status == MpinRules::kRevoked;
}

bool MpinIdentity::isActive() const
{
    return status == MpinRules::kActive;
}

QJsonObject MpinIdentity::toSeedJson() const
{
    return {{QStringLiteral("mpinId"), hash},
            {QStringLiteral("projectId"), clientId},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("deviceName"), deviceName},
            {QStringLiteral("ip"), ip},
            {QStringLiteral("country"), country},
            {QStringLiteral("dvs"), dvs},
            {QStringLiteral("createdAt"), Time::rfc3339Ms(createdAt)},
            {QStringLiteral("updatedAt"), Time::rfc3339Ms(updatedAt)},
            {QStringLiteral("revoked"), isRevoked()}};
}

namespace MpinRules {

bool isValidUserId(const QString &userId)
{
    if (userId.isEmpty() || userId.size() > kMaxUserIdLength)
        return false;
    for (const QChar c : userId) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace MpinRules

} // namespace mid
