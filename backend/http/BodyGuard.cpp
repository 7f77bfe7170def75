#include "BodyGuard.h"

#include "Envelope.h"
#include "core/ApiError.h"
#include "core/Ids.h"

#include <QPointer>
#include <QTcpSocket>

namespace mid {

namespace {
// Where one socket stands in its stream of requests, as far as the guard needs to know.
struct StreamState
{
    bool inHead = true;      // waiting for the next request head
    qint64 bodyLeft = 0;     // bytes of a Content-Length body still to pass
    bool chunked = false;    // inside a chunked body
    qint64 chunkedSeen = 0;  // bytes of it seen so far
    qint64 limit = 0;        // body limit of the current request
};

constexpr qint64 kMaxHead = 64 * 1024;

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

void refuse(QTcpSocket *socket, qint64 limit)
{
    const ApiError e(ApiError::Kind::PayloadTooLarge, QStringLiteral("Request body is larger than %1 bytes").arg(limit));
    const QString requestId = Ids::make(QStringLiteral("req"));
    const QByteArray body = Envelope::failure(e, requestId);
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "X-Request-ID: " + requestId.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}
} // namespace

bool GuardedTcpServer::isUploadPath(const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() < 2)
        return false;
    const QByteArray path = parts.at(1);
    return path.startsWith("/v1/identity/documents") || path.startsWith("/v1/signing/documents");
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (!socket)
        return nullptr;
    auto state = std::make_shared<StreamState>();
    const qint64 bodyLimit = m_maxBody;
    const qint64 uploadLimit = m_maxUpload;
    // Connected before Qt's own handler, so it runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, socket, [socket, state, bodyLimit, uploadLimit] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            socket->readAll();
            return;
        }
        QByteArray pending = socket->peek(socket->bytesAvailable());
        qsizetype offset = 0;
        while (offset < pending.size()) {
            if (state->chunked) {
                state->chunkedSeen += pending.size() - offset;
                if (pending.indexOf("\r\n0\r\n\r\n", offset) >= 0 || pending.startsWith("0\r\n\r\n")) {
                    *state = StreamState{};
                } else if (state->chunkedSeen > state->limit) {
                    socket->readAll();
                    refuse(socket, state->limit);
                }
                return;
            }
            if (state->bodyLeft > 0) {
                const qint64 take = qMin<qint64>(state->bodyLeft, pending.size() - offset);
                state->bodyLeft -= take;
                offset += take;
                continue;
            }
            const qsizetype end = pending.indexOf("\r\n\r\n", offset);
            if (end < 0)
                return; // head not complete yet; Qt's parser keeps it
            if (end - offset > kMaxHead)
                return;
            bool chunked = false;
            const QByteArray head = pending.mid(offset, end - offset);
            const qint64 length = declaredLength(head, &chunked);
            state->limit = isUploadPath(head.left(head.indexOf('\r'))) ? uploadLimit : bodyLimit;
            if (length > state->limit) {
                socket->readAll();
                refuse(socket, state->limit);
                return;
            }
            offset = end + 4;
            state->bodyLeft = length;
            state->chunked = chunked;
            state->chunkedSeen = 0;
        }
    });
    return socket;
}

} // namespace mid
