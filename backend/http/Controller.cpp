#include "Controller.h"

namespace mid {

Paging Paging::from(const RequestContext &ctx)
{
    return {ctx.queryInt(QStringLiteral("limit"), 50, 1, 500),
            ctx.queryValue(QStringLiteral("cursor"))};
}

QJsonObject listData(const QJsonArray &items, qint64 total, const QString &nextCursor)
{
    return {{QStringLiteral("items"), items},
            {QStringLiteral("total"), total},
            {QStringLiteral("nextCursor"),
             nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor)}};
}

} // namespace mid
