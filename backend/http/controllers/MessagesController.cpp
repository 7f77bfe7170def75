#include "MessagesController.h"

#include "services/MessageChannel.h"

#include <QJsonArray>

namespace mid {

void MessagesController::registerRoutes(Router &r)
{
    r.add({.method = "GET",
           .pattern = QStringLiteral("/admin/v1/messages"),
           .access = Access::Operator,
           .role = Role::Auditor,
           .notRateLimited = QStringLiteral("operators are not rate limited"),
           .summary = QStringLiteral("Messages the server sent"),
           .tag = QStringLiteral("Admin"),
           .handler = bind(this, &MessagesController::list),
           .doc = {.responseSchema = "MessageList",
                   .description = "The outbound message channel (enrollment codes), newest first.",
                   .query = {{"to", "string", "Only messages to this number."},
                             {"purpose", "string", "Only messages of this purpose (enrollment)."},
                             {"clientId", "string", "Only messages sent for this tenant."}},
                   .paged = true}});
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
