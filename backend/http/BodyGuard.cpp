#include "BodyGuard.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace mid {

namespace {
// Where one socket stands in its stream of requests, as far as the guard needs to know. Qt's
// parser reads every byte as it arrives, so each readyRead shows the guard only new bytes: a
// head or a chunked terminator cut between TCP segments is put together here.
struct StreamState
{
    QByteArray head;        // the current request's head so far (before its CRLF CRLF)
    qint64 bodyLeft = 0;    // bytes of a Content-Length body still to pass
    bool chunked = false;   // inside a chunked body
    qint64 chunkedSeen = 0; // bytes of it seen so far
    QByteArray chunkedTail; // its last bytes, for a terminator cut between reads
    qint64 limit = 0;       // body limit of the current request
    bool refused = false;   // answered 413: drain what the client still sends, then close
    qint64 drainLeft = 0;
};

constexpr qint64 kMaxHead = 64 * 1024;
constexpr qint64 kMaxDrain = 64LL * 1024 * 1024;

qint64 declaredLength(const QByteArray &head, bool *chunked)
{
    qint64 length = 0;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            *chunked = true;
    }
    return length;
}

// Answers 413 and keeps reading (and discarding) what the client still sends before
// closing: closing with unread data makes the kernel send a reset, which can destroy the
// answer before the client reads it.
void refuse(QTcpSocket *socket, StreamState &state, const QByteArray &answer, qint64 declared)
{
    socket->skip(socket->bytesAvailable());
    state.refused = true;
    state.drainLeft = declared > 0 ? qMin(declared, kMaxDrain) : kMaxDrain;
    socket->write(answer);
    // Whatever happens, the connection ends soon.
    QTimer::singleShot(10000, socket, [socket] { socket->disconnectFromHost(); });
}

void drain(QTcpSocket *socket, StreamState &state)
{
    state.drainLeft -= socket->skip(socket->bytesAvailable());
    if (state.drainLeft <= 0)
        socket->disconnectFromHost();
}
} // namespace

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (!socket)
        return nullptr;
    auto state = std::make_shared<StreamState>();
    const qint64 bodyLimit = m_maxBody;
    const BodyLimitLookup limitOf = m_limitOf;
    const RefusalWriter writer = m_refusal;
    // Connected before Qt's own handler, so it runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, socket, [socket, state, bodyLimit, limitOf, writer] {
        if (state->refused || socket->state() != QAbstractSocket::ConnectedState) {
            drain(socket, *state);
            return;
        }
        const QByteArray pending = socket->peek(socket->bytesAvailable());
        qsizetype offset = 0;
        while (offset < pending.size()) {
            if (state->chunked) {
                const QByteArray window = state->chunkedTail + pending.mid(offset);
                if (window.contains("\r\n0\r\n\r\n") ||
                    (state->chunkedSeen == 0 && window.startsWith("0\r\n\r\n"))) {
                    *state = StreamState{};
                } else if ((state->chunkedSeen += pending.size() - offset) > state->limit) {
                    refuse(socket, *state, writer(state->head, socket->peerAddress(), state->limit),
                           0);
                } else {
                    state->chunkedTail = window.right(6);
                }
                return;
            }
            if (state->bodyLeft > 0) {
                const qint64 take = qMin<qint64>(state->bodyLeft, pending.size() - offset);
                state->bodyLeft -= take;
                offset += take;
                continue;
            }
            const qsizetype before = state->head.size();
            if (before > kMaxHead)
                return; // past any head we judge: Qt's parser refuses it by its own bound
            state->head += pending.mid(offset);
            const qsizetype end = state->head.indexOf("\r\n\r\n");
            if (end < 0)
                return; // the rest of the head comes with a later read
            const QByteArray head = state->head.left(end);
            offset += end + 4 - before;
            bool chunked = false;
            const qint64 length = declaredLength(head, &chunked);
            const qint64 own = limitOf ? limitOf(head.left(head.indexOf('\r'))) : 0;
            *state = StreamState{};
            state->limit = own > 0 ? own : bodyLimit;
            state->head = head;
            if (length > state->limit) {
                refuse(socket, *state, writer(head, socket->peerAddress(), state->limit),
                       length - (pending.size() - offset));
                return;
            }
            state->bodyLeft = length;
            state->chunked = chunked;
            if (!chunked)
                state->head.clear(); // from here on it holds the next request's head
        }
    });
    return socket;
}

} // namespace mid
