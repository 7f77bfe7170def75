#include "BodyGuard.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace mid {

namespace {
constexpr qint64 kMaxDrain = 64LL * 1024 * 1024;
constexpr int kRefusedCloseMs = 10'000;
constexpr char kAdminSurfaceProperty[] = "midServesAdminSurface";

// QByteArray::trimmed() on a view (QByteArrayView has none in Qt 6.4): every request's head
// passes here, so no header is copied to be read.
QByteArrayView trimmedView(QByteArrayView v)
{
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    while (!v.isEmpty() && space(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && space(v.back()))
        v.chop(1);
    return v;
}

qint64 declaredLength(QByteArrayView head, bool *chunked)
{
    qint64 length = 0;
    for (qsizetype start = 0; start < head.size();) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(start, end - start);
        start = end + 1;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = trimmedView(line.first(colon));
        const QByteArrayView value = trimmedView(line.sliced(colon + 1));
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toByteArray().toLongLong();
        else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 &&
                 value.toByteArray().toLower().contains("chunked"))
            *chunked = true;
    }
    return length;
}

// Where a request head ends: the index of the line end before its empty line (-1 while there is
// none yet), with *bytes set to the head's whole length, empty line included. A line ends with
// LF, its CR optional: what Qt's parser (http_parser) accepts, so the guard cannot be walked
// around with bare LFs.
qsizetype headEnd(QByteArrayView head, qsizetype *bytes)
{
    for (qsizetype i = head.indexOf('\n'); i >= 0; i = head.indexOf('\n', i + 1)) {
        qsizetype next = i + 1;
        if (next < head.size() && head.at(next) == '\r')
            ++next;
        if (next < head.size() && head.at(next) == '\n') {
            *bytes = next + 1;
            return i > 0 && head.at(i - 1) == '\r' ? i - 1 : i;
        }
    }
    return -1;
}

// How many lines `head` holds, as Qt's parser ends them: at LF (CR before it optional), and at
// a CR not followed by LF (the parser takes the next byte as the line's end).
qsizetype lineEnds(QByteArrayView head)
{
    qsizetype ends = head.count('\n');
    for (qsizetype i = head.indexOf('\r'); i >= 0 && i + 1 < head.size();
         i = head.indexOf('\r', i + 1)) {
        if (head.at(i + 1) != '\n')
            ++ends;
    }
    return ends;
}

// One socket's stream of requests, as far as the guard needs to follow it. Qt's parser reads
// every byte as it arrives, so each readyRead shows the guard only new bytes: a head or a
// chunked terminator cut between TCP segments is put together here.
class StreamGuard : public QObject
{
public:
    StreamGuard(QTcpSocket *socket, const ClientBounds &bounds,
                GuardedTcpServer::BodyLimitLookup limitOf, GuardedTcpServer::RefusalWriter writer)
        : QObject(socket), m_socket(socket), m_bounds(bounds), m_limitOf(std::move(limitOf)),
          m_writer(std::move(writer))
    {
        m_deadline.setSingleShot(true);
        // A slow client loses its connection; Qt's server deletes the socket when it closes.
        connect(&m_deadline, &QTimer::timeout, m_socket, &QTcpSocket::abort);
        // Connected before Qt's own handler, so it runs first on every readyRead.
        connect(socket, &QTcpSocket::readyRead, this, &StreamGuard::onReadyRead);
        m_deadline.start(m_bounds.headTimeoutMs); // the first head
    }

private:
    void onReadyRead();
    bool readHead(const QByteArray &pending, qsizetype *offset);
    // Follows a chunked body through `pending` from `offset`; returns where it stopped (the
    // body's end, or the end of `pending`).
    qsizetype readChunked(const QByteArray &pending, qsizetype offset);
    void endChunked();
    // Answers a refused request and keeps reading (and discarding) what the client still sends
    // before closing: closing with unread data makes the kernel send a reset, which can destroy
    // the answer before the client reads it.
    void refuse(const QByteArray &head, GuardedTcpServer::Refusal refusal, qint64 limit,
                qint64 declared);
    void drain();

    QTcpSocket *m_socket;
    const ClientBounds m_bounds;
    GuardedTcpServer::BodyLimitLookup m_limitOf;
    GuardedTcpServer::RefusalWriter m_writer;
    QTimer m_deadline;
    QByteArray m_head;     // the current request's head so far (before its CRLF CRLF)
    qint64 m_bodyLeft = 0; // bytes of a Content-Length body still to pass
    // A chunked body is followed chunk by chunk, as Qt's parser will read it: sizes count
    // against the limit when they are announced, and data that merely looks like the last
    // chunk is never taken for it.
    enum class Chunk
    {
        None,     // not in a chunked body
        SizeLine, // reading "<hex size>[;extensions]\r\n"
        Data,     // m_chunkLeft bytes of data to pass
        DataEnd,  // the CRLF after a chunk's data
        Trailer,  // trailer lines after the last chunk, up to an empty one
    };
    Chunk m_chunk = Chunk::None;
    qint64 m_chunkLeft = 0;   // Data: bytes left; DataEnd: CRLF bytes left
    qint64 m_chunkedSeen = 0; // data bytes announced so far
    QByteArray m_chunkLine;   // the size or trailer line so far
    qint64 m_limit = 0;       // body limit of the current request
    bool m_refused = false;   // answered: drain what the client still sends, then close
    qint64 m_drainLeft = 0;
};

void StreamGuard::onReadyRead()
{
    if (m_refused || m_socket->state() != QAbstractSocket::ConnectedState) {
        drain();
        return;
    }
    const QByteArray pending = m_socket->peek(m_socket->bytesAvailable());
    qsizetype offset = 0;
    while (offset < pending.size() && !m_refused) {
        if (m_chunk != Chunk::None) {
            offset = readChunked(pending, offset);
            continue;
        }
        if (m_bodyLeft > 0) {
            const qint64 take = qMin<qint64>(m_bodyLeft, pending.size() - offset);
            m_bodyLeft -= take;
            offset += take;
            if (m_bodyLeft > 0)
                m_deadline.start(m_bounds.bodyStallMs);
            else
                m_deadline.stop(); // the request is whole; the answer takes what it takes
            continue;
        }
        if (!readHead(pending, &offset))
            return;
    }
}

// Takes the head bytes of `pending` from *offset; true when a whole head was read (and the
// request it starts is within its limits).
bool StreamGuard::readHead(const QByteArray &pending, qsizetype *offset)
{
    if (m_head.isEmpty() && !m_deadline.isActive())
        m_deadline.start(m_bounds.headTimeoutMs); // the next request's first byte
    const qsizetype before = m_head.size();
    m_head += pending.mid(*offset);
    qsizetype headBytes = 0;
    const qsizetype end = headEnd(m_head, &headBytes);
    const qsizetype seen = end < 0 ? m_head.size() : headBytes;
    const qsizetype lines = lineEnds(QByteArrayView(m_head).first(seen));
    if (seen > m_bounds.maxHeadBytes || lines > m_bounds.maxHeaderLines + 2) {
        refuse(m_head.left(qMin(seen, m_bounds.maxHeadBytes)),
               GuardedTcpServer::Refusal::HeadTooLarge, m_bounds.maxHeadBytes, 0);
        return false;
    }
    if (end < 0)
        return false; // the rest of the head comes with a later read
    const QByteArray head = m_head.left(end);
    *offset += headBytes - before;
    m_head.clear();
    bool chunked = false;
    const qint64 length = declaredLength(head, &chunked);
    // A request without a body cannot pass its limit: only one with a body asks its route.
    const bool hasBody = chunked || length > 0;
    const qint64 own = hasBody && m_limitOf ? m_limitOf(bytesBefore(head, '\n')) : 0;
    m_limit = own > 0 ? own : m_bounds.maxBody;
    if (length > m_limit) {
        refuse(head, GuardedTcpServer::Refusal::BodyTooLarge, m_limit,
               length - (pending.size() - *offset));
        return false;
    }
    m_bodyLeft = length;
    m_chunk = chunked ? Chunk::SizeLine : Chunk::None;
    m_chunkedSeen = 0;
    m_chunkLine.clear();
    if (chunked)
        m_head = head; // what a refusal of the body answers
    if (hasBody)
        m_deadline.start(m_bounds.bodyStallMs);
    else
        m_deadline.stop();
    return true;
}

qsizetype StreamGuard::readChunked(const QByteArray &pending, qsizetype offset)
{
    constexpr qsizetype kMaxLine = 4096; // a size line with extensions, or a trailer line
    while (offset < pending.size() && m_chunk != Chunk::None && !m_refused) {
        if (m_chunk == Chunk::Data || m_chunk == Chunk::DataEnd) {
            const qint64 take = qMin<qint64>(m_chunkLeft, pending.size() - offset);
            m_chunkLeft -= take;
            offset += take;
            if (m_chunkLeft == 0 && m_chunk == Chunk::Data) {
                m_chunk = Chunk::DataEnd;
                m_chunkLeft = 2;
            } else if (m_chunkLeft == 0) {
                m_chunk = Chunk::SizeLine;
            }
            continue;
        }
        const qsizetype lineEnd = pending.indexOf('\n', offset);
        const qsizetype end = lineEnd < 0 ? pending.size() : lineEnd + 1;
        m_chunkLine += QByteArrayView(pending).sliced(offset, end - offset);
        offset = end;
        if (m_chunkLine.size() > kMaxLine) {
            m_socket->abort(); // no parser reads such a line: a malformed or hostile body
            return pending.size();
        }
        if (lineEnd < 0)
            break; // the rest of the line comes with a later read
        const QByteArray line = m_chunkLine.trimmed();
        m_chunkLine.clear();
        if (m_chunk == Chunk::Trailer) {
            if (line.isEmpty())
                endChunked();
            continue;
        }
        bool ok = false;
        const qint64 size = bytesBefore(line, ';').trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            m_socket->abort();
            return pending.size();
        }
        m_chunkedSeen += size;
        if (m_chunkedSeen > m_limit) {
            refuse(m_head, GuardedTcpServer::Refusal::BodyTooLarge, m_limit, 0);
            return pending.size();
        }
        m_chunk = size == 0 ? Chunk::Trailer : Chunk::Data;
        m_chunkLeft = size;
    }
    if (m_chunk != Chunk::None && !m_refused)
        m_deadline.start(m_bounds.bodyStallMs);
    return offset;
}

void StreamGuard::endChunked()
{
    m_chunk = Chunk::None;
    m_head.clear();
    m_deadline.stop(); // the request is whole; the answer takes what it takes
}

void StreamGuard::refuse(const QByteArray &head, GuardedTcpServer::Refusal refusal, qint64 limit,
                         qint64 declared)
{
    m_socket->skip(m_socket->bytesAvailable());
    m_refused = true;
    m_drainLeft = declared > 0 ? qMin(declared, kMaxDrain) : kMaxDrain;
    m_socket->write(m_writer(head, m_socket->peerAddress(), refusal, limit));
    // Whatever the client does, the connection ends soon.
    disconnect(&m_deadline, nullptr, m_socket, nullptr);
    connect(&m_deadline, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    m_deadline.start(kRefusedCloseMs);
}

void StreamGuard::drain()
{
    m_drainLeft -= m_socket->skip(m_socket->bytesAvailable());
    if (m_drainLeft <= 0)
        m_socket->disconnectFromHost();
}
} // namespace

void GuardedTcpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool GuardedTcpServer::servesAdminSurface(const QTcpSocket *socket)
{
    return socket->property(kAdminSurfaceProperty).toBool();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = servesTls() ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (!admit(socket))
        return;
    socket->setProperty(kAdminSurfaceProperty, m_servesAdminSurface);
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        startHandshake(tls);
    else
        addPendingConnection(socket);
}

// Counts the connection against its address, or refuses it at once when the address holds
// its share: one address's flood does not hold the connections of others.
bool GuardedTcpServer::admit(QTcpSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    if (m_perAddress.value(peer) >= m_bounds.maxConnectionsPerAddress) {
        socket->abort();
        socket->deleteLater();
        return false;
    }
    ++m_perAddress[peer];
    connect(socket, &QObject::destroyed, this, [this, peer] {
        if (--m_perAddress[peer] <= 0)
            m_perAddress.remove(peer);
    });
    return true;
}

void GuardedTcpServer::startHandshake(QSslSocket *socket)
{
    socket->setSslConfiguration(m_tls);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    deadline->start(m_bounds.headTimeoutMs);
    // A failed handshake (a TLS 1.1 client, plain HTTP on the TLS port) ends the connection.
    const auto failed = connect(socket, &QAbstractSocket::errorOccurred, socket,
                                [socket] { socket->deleteLater(); });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, deadline, failed] {
        delete deadline;
        disconnect(failed);
        addPendingConnection(socket);
        // QTcpServer announces connections only from its accept loop; one added later is
        // announced here (the signal is private, so through the meta-object).
        QMetaObject::invokeMethod(this, "pendingConnectionAvailable", Qt::DirectConnection);
    });
    socket->startServerEncryption();
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        new StreamGuard(socket, m_bounds, m_limitOf, m_refusal);
    return socket;
}

} // namespace mid
