#include "MessagesController.h"

#include "services/MessageChannel.h"

#include <QJsonArray>

namespace mid {

void MessagesController::registerRoutes(Router &r)
{
    r.add({.method = "GET",
           .pattern = QStringLiteral("/admin/v1/messages"),
           .access = Access::Operator,
           .summary = QStringLiteral("Messages the server sent (filters to, purpose, clientId)"),
           .tag = QStringLiteral("Admin"),
           .handler = [this](RequestContext &ctx) { return list(ctx); }});
}

Reply MessagesController::list(RequestContext &ctx)
{
    const Paging paging = Paging::from(ctx);
    const MessageFilter filter{ctx.queryValue(QStringLiteral("to")).trimmed(),
                               ctx.queryValue(QStringLiteral("purpose")),
                               ctx.queryValue(QStringLiteral("clientId"))};
    const auto page = m_messages.list(filter, paging.limit, paging.cursor);
    QJsonArray items;
    for (const OutboundMessage &m : page.items)
        items.append(MessageChannel::toJson(m));
    return Reply::ok(listData(items, page.total, page.nextCursor));
}

} // namespace mid
