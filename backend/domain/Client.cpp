#include "Client.h"

#include "core/Time.h"

#include <QJsonArray>

namespace mid {

QJsonObject Client::toJson() const
{
    QJsonObject o{
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("id"), clientId},
        {QStringLiteral("name"), name},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("status"), status},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("allowedOrigins"), QJsonArray::fromStringList(allowedOrigins)},
        {QStringLiteral("qrPayload"), qrPayload},
        {QStringLiteral("rateLimits"),
         rateLimits ? QJsonValue(*rateLimits) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createdAt"), Time::rfc3339Ms(createdAt)},
        {QStringLiteral("updatedAt"), Time::rfc3339Ms(updatedAt)},
    };
    if (!stripeCustomerId.isEmpty())
        o.insert(QStringLiteral("stripeCustomerId"), stripeCustomerId);
    return o;
}

namespace ClientRules {
const QStringList &allScopes()
{
    static const QStringList s = {QStringLiteral("consents"), QStringLiteral("fido"),
                                  QStringLiteral("devices"),  QStringLiteral("enrollments"),
                                  QStringLiteral("qr"),       QStringLiteral("identity"),
                                  QStringLiteral("signing"),  QStringLiteral("mpin")};
    return s;
}
const QStringList &plans()
{
    static const QStringList p = {QStringLiteral("free"), QStringLiteral("basic"),
                                  QStringLiteral("growth"), QStringLiteral("enterprise")};
    return p;
}
const QStringList &qrPayloads()
{
    static const QStringList p = {QStringLiteral("approval"), QStringLiteral("deeplink")};
    return p;
}
} // namespace ClientRules

} // namespace mid
