#include "MessageChannel.h"

#include "core/Cursor.h"
#include "core/Ids.h"
#include "core/Time.h"
#include "storage/Database.h"
#include "webhooks/Outbox.h"

namespace mid {

OutboundMessage MessageChannel::sendSms(const QString &to, const QString &body,
                                        const QString &purpose, const QString &clientId)
{
    OutboundMessage m;
    m.id = Ids::make(QStringLiteral("msg"));
    m.channel = QStringLiteral("sms");
    m.to = to;
    m.body = body;
    m.purpose = purpose;
    m.clientId = clientId;
    m.createdAt = Time::nowMs();
    Transaction tx(m_db);
    m_store.insert(m);
    // The body (a code) stays in the message log, out of the event stream.
    QJsonObject data = toJson(m);
    data.remove(QStringLiteral("body"));
    m_outbox.record(QStringLiteral("message.sent"), {}, data, {m.id});
    tx.commit();
    return m;
}

MessageChannel::Page MessageChannel::list(const MessageFilter &filter, int limit,
                                          const QString &cursor)
{
    const auto rows = m_store.list(filter, limit, cursor.isEmpty() ? 0 : Cursor::decode(cursor));
    Page page{rows.items, rows.total, {}};
    if (rows.more)
        page.nextCursor = Cursor::encode(rows.items.constLast().seq);
    return page;
}

QJsonObject MessageChannel::toJson(const OutboundMessage &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("channel"), m.channel},
            {QStringLiteral("to"), m.to},
            {QStringLiteral("body"), m.body},
            {QStringLiteral("purpose"), m.purpose},
            {QStringLiteral("clientId"),
             m.clientId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.clientId)},
            {QStringLiteral("createdAt"), Time::rfc3339Ms(m.createdAt)}};
}

} // namespace mid
