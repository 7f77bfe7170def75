#pragma once

#include "EventBus.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

class QTcpSocket;

namespace mid {

// The live stream of §13 (GET /admin/v1/events) as Server-Sent Events: every event of the
// bus goes to every attached console as one chunk of a chunked answer. A console that comes
// back with Last-Event-ID gets what it missed from a short replay buffer; the first frame
// (`stream.hello`) says whether that worked, so a console knows when to reload instead.
class EventStreamHub : public QObject
{
    Q_OBJECT
public:
    explicit EventStreamHub(EventBus &bus, QObject *parent = nullptr);
    ~EventStreamHub() override;

    // Who opened a stream: it ends when that token or that operator is revoked.
    struct Owner
    {
        QByteArray tokenKey;
        QString operatorId;
    };
    // Takes over a socket whose answer head was written; the socket stays owned by Qt's
    // server, which deletes it when the peer goes away.
    void attach(QTcpSocket *socket, const QString &lastEventId, const Owner &owner);
    qsizetype subscriberCount() const { return m_sockets.size(); }
    // Where recorded events are kept (the outbox's events table): events recorded after the
    // given id, oldest first, at most `limit`; nullopt when the id is unknown there or more
    // than `limit` followed it. A console that comes back after a restart resumes from it.
    using RecordedAfter =
        std::function<std::optional<QList<DomainEvent>>(const QString &eventId, int limit)>;
    void setRecordedSource(RecordedAfter source) { m_recorded = std::move(source); }
    // Ends every stream (server shutdown): the last chunk, then the sockets close.
    void closeAll();
    // Ends the streams opened with this token (tokenKey set) or by this operator.
    void closeStreamsOf(const QByteArray &tokenKey, const QString &operatorId);

    static constexpr qsizetype kReplayEvents = 2000;
    static constexpr qint64 kMaxBacklogBytes = 8 * 1024 * 1024;

private:
    void onEvent(const DomainEvent &event);
    void send(QTcpSocket *socket, const QByteArray &payload);
    void keepAlive();
    static QByteArray frame(const DomainEvent &event);
    // The frames a console resuming after `lastEventId` missed; nullopt when it cannot know.
    std::optional<QList<QByteArray>> missedSince(const QString &lastEventId) const;
    static void end(QTcpSocket *socket);
    struct Subscriber
    {
        QPointer<QTcpSocket> socket;
        Owner owner;
    };

    EventBus &m_bus;
    QList<Subscriber> m_sockets;
    std::deque<std::pair<QString, QByteArray>> m_recent; // event id → frame
    RecordedAfter m_recorded;
    QTimer m_keepAlive;
    bool m_listening = false;
};

} // namespace mid
