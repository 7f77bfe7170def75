#include "EventStreamHub.h"

#include "core/Time.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace mid {

namespace {
QByteArray chunk(const QByteArray &payload)
{
    return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
}
} // namespace

EventStreamHub::EventStreamHub(EventBus &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    // Proxies drop idle connections and a console must notice a dead server: a comment every
    // 15 s keeps both honest.
    m_keepAlive.setInterval(15000);
    connect(&m_keepAlive, &QTimer::timeout, this, &EventStreamHub::keepAlive);
}

EventStreamHub::~EventStreamHub()
{
    closeAll();
}

QByteArray EventStreamHub::frame(const DomainEvent &event)
{
    QJsonObject body = event.toJson();
    if (!event.clientId.isEmpty())
        body.insert(QStringLiteral("clientId"), event.clientId);
    return "id: " + event.id.toUtf8() + "\nevent: " + event.type.toUtf8() +
           "\ndata: " + QJsonDocument(body).toJson(QJsonDocument::Compact) + "\n\n";
}

void EventStreamHub::attach(QTcpSocket *socket, const QString &lastEventId, const Owner &owner)
{
    if (!m_listening) {
        // Subscribing makes every publisher build its payload, so the hub only listens once
        // a console has asked; it then keeps listening so a reconnecting console can resume.
        connect(&m_bus, &EventBus::published, this, &EventStreamHub::onEvent);
        m_listening = true;
    }
    const auto missed = lastEventId.isEmpty() ? std::nullopt : missedSince(lastEventId);
    const DomainEvent hello{{}, QStringLiteral("stream.hello"), {}, Time::nowMs(),
                            {{QStringLiteral("version"), QStringLiteral(MID_VERSION)},
                             {QStringLiteral("replayed"), missed.has_value()}}};
    QByteArray first = frame(hello);
    first.replace("id: \n", ""); // the hello has no id: it must not move Last-Event-ID
    send(socket, "retry: 2000\n\n" + first);
    for (const QByteArray &payload : missed.value_or(QList<QByteArray>()))
        send(socket, payload);

    m_sockets.append({socket, owner});
    connect(socket, &QObject::destroyed, this, [this] {
        m_sockets.removeIf([](const Subscriber &s) { return s.socket.isNull(); });
        if (m_sockets.isEmpty())
            m_keepAlive.stop();
    });
    if (!m_keepAlive.isActive())
        m_keepAlive.start();
}

std::optional<QList<QByteArray>> EventStreamHub::missedSince(const QString &lastEventId) const
{
    // The memory buffer first: it also holds what is never recorded (ticks, delivery updates).
    for (qsizetype i = qsizetype(m_recent.size()) - 1; i >= 0; --i) {
        if (m_recent[size_t(i)].first != lastEventId)
            continue;
        QList<QByteArray> frames;
        for (size_t j = size_t(i) + 1; j < m_recent.size(); ++j)
            if (!m_recent[j].second.isEmpty())
                frames.append(m_recent[j].second);
        return frames;
    }
    if (!m_recorded)
        return std::nullopt;
    const auto events = m_recorded(lastEventId, int(kReplayEvents));
    if (!events)
        return std::nullopt;
    QList<QByteArray> frames;
    for (const DomainEvent &event : *events)
        frames.append(frame(event));
    return frames;
}

void EventStreamHub::onEvent(const DomainEvent &event)
{
    const QByteArray payload = frame(event);
    // Ticks are not worth replaying, but their ids are resume points like any other.
    const bool tick = event.type == QLatin1String("metrics.tick");
    m_recent.emplace_back(event.id, tick ? QByteArray() : payload);
    if (qsizetype(m_recent.size()) > kReplayEvents)
        m_recent.pop_front();
    for (const Subscriber &s : std::as_const(m_sockets))
        if (s.socket)
            send(s.socket, payload);
}

void EventStreamHub::send(QTcpSocket *socket, const QByteArray &payload)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (socket->bytesToWrite() > kMaxBacklogBytes) {
        // A console that stopped reading would make the server hold its events forever;
        // it reconnects with Last-Event-ID and catches up from the replay buffer instead.
        socket->abort();
        return;
    }
    socket->write(chunk(payload));
}

void EventStreamHub::keepAlive()
{
    for (const Subscriber &s : std::as_const(m_sockets))
        if (s.socket)
            send(s.socket, QByteArrayLiteral(": keep-alive\n\n"));
}

void EventStreamHub::end(QTcpSocket *socket)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write("0\r\n\r\n");
        socket->disconnectFromHost();
    }
}

void EventStreamHub::closeAll()
{
    for (const Subscriber &s : std::as_const(m_sockets))
        end(s.socket);
    m_sockets.clear();
    m_keepAlive.stop();
}

void EventStreamHub::closeStreamsOf(const QByteArray &tokenKey, const QString &operatorId)
{
    m_sockets.removeIf([&](const Subscriber &s) {
        const bool revoked = (!tokenKey.isEmpty() && s.owner.tokenKey == tokenKey) ||
                             (!operatorId.isEmpty() && s.owner.operatorId == operatorId);
        if (revoked)
            end(s.socket);
        return revoked;
    });
}

} // namespace mid
