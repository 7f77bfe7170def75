// The request boundary: bytes from a client as http/BodyGuard's GuardedTcpServer reads them
// before Qt's HTTP parser (request heads, Content-Length and chunked bodies, pipelined requests,
// heads and chunk terminators cut between reads), then Qt's parser itself, over a real loopback
// connection in this process. The guard has small bounds here (heads of 1 KiB or 20 lines,
// bodies of 4 KiB, 16 KiB on the one upload route of a real Router) so that inputs reach them.
//
// Input: the bytes the client sends, cut into separate writes at each "|CUT|"; the server reads
// each piece before the next is sent.
//
// Checked, besides the sanitizers: what reaches a handler keeps the guard's bounds (no body over
// the limit of the route it reaches, no more header lines than allowed), and a connection the
// client ends is closed and uncounted by the server (no socket or per-address count is kept).
#include "http/BodyGuard.h"
#include "http/Router.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

using namespace mid;

namespace {
constexpr qint64 kBodyLimit = 4096;
constexpr qint64 kUploadLimit = 16384;
constexpr int kHeaderLines = 20;

ClientBounds bounds()
{
    ClientBounds b;
    b.maxBody = kBodyLimit;
    b.maxHeadBytes = 1024;
    b.maxHeaderLines = kHeaderLines;
    b.maxConnectionsPerAddress = 4;
    return b;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Get:
        return "GET";
    default:
        return "OTHER";
    }
}

// Answers every request with its body, as any handler would read it.
class EchoServer final : public QAbstractHttpServer
{
public:
    explicit EchoServer(const Router &router) : m_router(router) {}
    int handled = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ++handled;
        const Router::Match match =
            m_router.match(methodName(request.method()), request.url().path());
        const qint64 limit =
            match.policy && match.policy->maxBody > 0 ? match.policy->maxBody : kBodyLimit;
        MID_FUZZ_CHECK(request.body().size() <= limit,
                       "a body over its route's limit reached the handler");
        MID_FUZZ_CHECK(request.headers().size() <= kHeaderLines,
                       "more header lines than the guard allows reached the handler");
        makeResponder(request, socket)
            .write(request.body(), "application/octet-stream",
                   QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    const Router &m_router;
};

// Remembers the server side of the connection under test.
class Listener final : public GuardedTcpServer
{
public:
    Listener() : GuardedTcpServer(bounds()) {}
    QPointer<QTcpSocket> last;
    bool accepted = false;

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = GuardedTcpServer::nextPendingConnection();
        if (socket) {
            last = socket;
            accepted = true;
        }
        return socket;
    }
};

QByteArray refusal(GuardedTcpServer::Refusal refusal)
{
    const QByteArray status = refusal == GuardedTcpServer::Refusal::BodyTooLarge
                                  ? "413 Payload Too Large"
                                  : "431 Request Header Fields Too Large";
    return "HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

struct Harness
{
    Router router;
    Listener *listener = new Listener;
    EchoServer server{router};

    Harness()
    {
        router.add({.method = "POST", .pattern = QStringLiteral("/v1/things")});
        router.add({.method = "PUT", .pattern = QStringLiteral("/v1/things/:id")});
        router.add(
            {.method = "POST", .pattern = QStringLiteral("/upload"), .maxBody = kUploadLimit});
        listener->setBodyLimitLookup(
            [this](const QByteArray &requestLine) { return router.bodyLimitFor(requestLine); });
        listener->setRefusalWriter([](const QByteArray &, const QHostAddress &,
                                      GuardedTcpServer::Refusal r, qint64) { return refusal(r); });
        if (!listener->listen(QHostAddress::LocalHost, 0)) {
            fprintf(stderr, "fuzz_http_guard: cannot listen\n");
            std::abort();
        }
        server.bind(listener); // the server owns it from here
    }
};
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Harness *harness = new Harness; // lives as long as the process
    Listener &listener = *harness->listener;
    listener.accepted = false;
    listener.last = nullptr;

    const QList<QByteArray> pieces = fuzz::split(fuzz::bytes(data, size), "|CUT|");
    // A piece is read when the server's socket holds no unread byte in the kernel (Qt reads
    // them all into its buffer and announces readyRead, where the guard and the parser run).
    const auto consumed = [&listener](const QTcpSocket &) {
        if (!listener.accepted)
            return false;
        QTcpSocket *socket = listener.last;
        return !socket || socket->state() != QAbstractSocket::ConnectedState ||
               fuzz::unreadBytes(socket->socketDescriptor()) == 0;
    };
    const fuzz::Exchange exchange =
        fuzz::exchange(listener.serverPort(), pieces, {.consumed = consumed, .timeoutMs = 5000});
    MID_FUZZ_CHECK(exchange.connected, "the connection was not accepted");
    MID_FUZZ_CHECK(exchange.closedByServer,
                   "the server kept the connection open after the client's end of stream");
    const bool released = fuzz::spinUntil(
        [&listener] {
            return !listener.last && listener.connectionsFrom(QHostAddress::LocalHost) == 0;
        },
        5000);
    MID_FUZZ_CHECK(released, "a closed connection is still kept or counted by the server");
    fuzz::say(QStringLiteral("answered (%1 requests handled so far):\n%2")
                  .arg(harness->server.handled)
                  .arg(QString::fromLatin1(exchange.received.left(2000))));
    return 0;
}
