#pragma once

#include <QList>
#include <QString>

namespace mid {

class Database;

// One message the server sent to a person (the outbound message channel: enrollment codes).
struct OutboundMessage
{
    qint64 seq = 0;
    QString id;      // msg_…
    QString channel; // "sms"
    QString to;
    QString body;
    QString purpose; // e.g. "enrollment"
    QString clientId;
    qint64 createdAt = 0;
};

struct MessageFilter
{
    QString to;
    QString purpose;
    QString clientId;
};

// Rows of the messages table.
class MessageStore
{
public:
    explicit MessageStore(Database &db) : m_db(db) {}

    void insert(const OutboundMessage &message);

    struct Page
    {
        QList<OutboundMessage> items; // newest first
        qint64 total = 0;
        bool more = false;
    };
    Page list(const MessageFilter &filter, int limit, qint64 beforeSeq);

private:
    Database &m_db;
};

} // namespace mid
