#pragma once

#include "Router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mid {

// One API area (qBittorrent's APIController idea): its actions are member functions and it
// adds its rows to the route table; everything shared lives in HttpServer.
class Controller
{
public:
    virtual ~Controller() = default;
    virtual void registerRoutes(Router &router) = 0;

protected:
    // A member function of the controller as a row's handler.
    template <typename Area>
    static std::function<Reply(RequestContext &)> bind(Area *area,
                                                       Reply (Area::*action)(RequestContext &))
    {
        return [area, action](RequestContext &ctx) { return (area->*action)(ctx); };
    }

    // A row of the console's API (§13): operators with at least `role`, not rate limited,
    // audited as `action` (empty: a read, not audited).
    template <typename Area>
    static Route operatorRoute(const char *method, const QString &path, Role role,
                               const char *action, const char *summary, const QString &tag,
                               Area *area, Reply (Area::*handler)(RequestContext &),
                               const RouteDoc &doc)
    {
        return {.method = method,
                .pattern = path,
                .access = Access::Operator,
                .role = role,
                .notRateLimited = QStringLiteral("operators are not rate limited"),
                .action = QString::fromLatin1(action),
                .summary = QString::fromLatin1(summary),
                .tag = tag,
                .handler = bind(area, handler),
                .doc = doc};
    }
};

// List paging of §0: `limit` (default 50, max 500) and an opaque `cursor`.
struct Paging
{
    int limit = 50;
    QString cursor;
    static Paging from(const RequestContext &ctx);
};

// The `data` of every §0 list answer: {items, total, nextCursor} (null on the last page).
QJsonObject listData(const QJsonArray &items, qint64 total, const QString &nextCursor);

} // namespace mid
