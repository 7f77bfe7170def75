#include "MessageStore.h"

#include "Database.h"
#include "SqlFilter.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace mid {

namespace {
const QString kColumns =
    QStringLiteral("seq, id, channel, to_address, body, purpose, client_id, created_at");
} // namespace

void MessageStore::insert(const OutboundMessage &m)
{
    m_db.exec(QStringLiteral("INSERT INTO messages (id, channel, to_address, body, purpose, "
                             "client_id, created_at) VALUES (?,?,?,?,?,?,?)"),
              {m.id, m.channel, m.to, m.body, m.purpose, SqlValues::nullableText(m.clientId),
               m.createdAt});
}

MessageStore::Page MessageStore::list(const MessageFilter &filter, int limit, qint64 beforeSeq)
{
    SqlFilter where;
    if (!filter.to.isEmpty())
        where.add(QStringLiteral("to_address=?"), {filter.to});
    if (!filter.purpose.isEmpty())
        where.add(QStringLiteral("purpose=?"), {filter.purpose});
    if (!filter.clientId.isEmpty())
        where.add(QStringLiteral("client_id=?"), {filter.clientId});
    Page page;
    page.total = where.count(m_db, QStringLiteral("messages"));
    QSqlQuery &q = where.page(m_db, kColumns, QStringLiteral("messages"), beforeSeq, limit + 1);
    while (q.next()) {
        page.items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toString(), q.value(7).toLongLong()});
    }
    q.finish();
    page.more = page.items.size() > limit;
    if (page.more)
        page.items.removeLast();
    return page;
}

} // namespace mid
