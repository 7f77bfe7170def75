#pragma once

#include "storage/MessageStore.h"

#include <QJsonObject>

namespace mid {

class Database;
class Outbox;

// The configured message channel: what the server "sends" to a person (enrollment codes by
// SMS). This build has no SMS gateway: a message is written to the messages table, which the
// console's Messages log and GET /admin/v1/messages show, and `message.sent` fires (without
// the body, which may hold a code).
class MessageChannel
{
public:
    MessageChannel(Database &db, Outbox &outbox) : m_db(db), m_store(db), m_outbox(outbox) {}

    OutboundMessage sendSms(const QString &to, const QString &body, const QString &purpose,
                            const QString &clientId);

    struct Page
    {
        QList<OutboundMessage> items;
        qint64 total = 0;
        QString nextCursor;
    };
    Page list(const MessageFilter &filter, int limit, const QString &cursor);

    static QJsonObject toJson(const OutboundMessage &message);

private:
    Database &m_db;
    MessageStore m_store;
    Outbox &m_outbox;
};

} // namespace mid
