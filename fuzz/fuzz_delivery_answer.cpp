// What a webhook receiver answers, as the dispatcher's HTTP client reads it
// (webhooks/DeliveryHttpClient: http_parser, interim 1xx answers, Content-Length, chunked and
// close-delimited bodies, keep-alive, the header and body caps), over a real loopback connection
// in this process: the client posts, a scripted server answers with the input and then closes.
//
// Input: the answer's bytes, cut into separate writes at each "|CUT|"; the client reads each
// piece before the next is sent.
//
// Checked, besides the sanitizers: the client always reports exactly once (an answer or why
// there is none) once the server has closed, and what it reports keeps its bounds.
#include "support/Check.h"
#include "support/FuzzSupport.h"
#include "webhooks/DeliveryHttpClient.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace mid;

namespace {
constexpr qsizetype kMaxBody = 1024;

bool clientHasRead(const DeliveryHttpClient &client)
{
    for (QTcpSocket *socket : client.findChildren<QTcpSocket *>()) {
        if (socket->state() == QAbstractSocket::ConnectedState &&
            (socket->bytesAvailable() > 0 || fuzz::unreadBytes(socket->socketDescriptor()) > 0))
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTcpServer *listener = [] {
        auto *server = new QTcpServer; // lives as long as the process
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            fprintf(stderr, "fuzz_delivery_answer: cannot listen\n");
            std::abort();
        }
        return server;
    }();
    const QList<QByteArray> pieces = fuzz::split(fuzz::bytes(data, size), "|CUT|");

    int calls = 0;
    HttpAnswer answer;
    {
        DeliveryHttpClient client(kMaxBody);
        HttpPost post;
        post.address = QHostAddress::LocalHost;
        post.port = listener->serverPort();
        post.host = QStringLiteral("receiver.example");
        post.target = "/hooks/mid?x=1";
        post.headers = {{"Content-Type", "application/json"}, {"webhook-id", "evt_fuzz"}};
        post.body = R"({"event":"consent.approved"})";
        client.post(post, [&](const HttpAnswer &a) {
            ++calls;
            answer = a;
        });

        QPointer<QTcpSocket> server;
        MID_FUZZ_CHECK(fuzz::spinUntil([&] { return listener->hasPendingConnections(); }, 5000),
                       "the client did not connect");
        server = listener->nextPendingConnection();
        // The request, whole (its body ends it), before anything is answered.
        QByteArray request;
        fuzz::spinUntil(
            [&] {
                request += server->readAll();
                return request.endsWith(post.body);
            },
            5000);
        MID_FUZZ_CHECK(request.startsWith("POST /hooks/mid?x=1 HTTP/1.1\r\n"),
                       "the request line is not the one asked for");
        for (const QByteArray &piece : pieces) {
            if (calls > 0 || !server || server->state() != QAbstractSocket::ConnectedState)
                break;
            server->write(piece);
            server->flush();
            fuzz::spinUntil([&] { return calls > 0 || !server || server->bytesToWrite() == 0; },
                            5000);
            fuzz::spinUntil([&] { return calls > 0 || clientHasRead(client); }, 5000);
        }
        if (server) {
            server->disconnectFromHost();
            server->deleteLater();
        }
        const bool reported = fuzz::spinUntil([&] { return calls > 0; }, 5000);
        MID_FUZZ_CHECK(reported, "no answer and no error after the server closed");
    }
    fuzz::spinUntil([] { return true; }, 0); // the client's sockets, deleted later
    MID_FUZZ_CHECK(calls == 1, "the client reported more than once");
    if (answer.status == 0) {
        MID_FUZZ_CHECK(!answer.error.isEmpty(), "no status and no error");
    } else {
        MID_FUZZ_CHECK(answer.status / 100 != 1, "an interim answer reported as the answer");
        MID_FUZZ_CHECK(answer.body.size() <= kMaxBody, "a body past the cap was kept");
        MID_FUZZ_CHECK(answer.error.isEmpty(), "an answer with an error");
    }
    fuzz::say(QStringLiteral("status %1, %2 body bytes%3, error \"%4\"")
                  .arg(answer.status)
                  .arg(answer.body.size())
                  .arg(answer.bodyTruncated ? QStringLiteral(" (truncated)") : QString())
                  .arg(answer.error));
    return 0;
}
