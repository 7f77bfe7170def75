// DeliveryHttpClient against a server the test scripts byte for byte: framing (length, chunked,
// close-delimited, 1xx), keep-alive reuse and its limits, the retry of a dead kept-alive
// connection, the errors, abort and deletion in flight, the exact request bytes, and TLS
// verification against the host name.
#include "support/TestPki.h"
#include "webhooks/DeliveryHttpClient.h"

#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace mid;
using namespace mid::test;

namespace {

const QByteArray kOk = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

// A raw HTTP server: it collects each request (headers and a Content-Length body) and hands it
// to `answer`, which writes whatever the test wants. With setTls() it serves TLS.
class ScriptedServer : public QTcpServer
{
public:
    // Default: kOk on every request.
    std::function<void(QTcpSocket *socket, int request)> answer = [](QTcpSocket *socket, int) {
        socket->write(kOk);
    };
    QList<QPointer<QTcpSocket>> connections; // accepted, in order
    QList<QByteArray> requests;
    QList<int> requestConnection; // which connection carried each request
    int disconnects = 0;

    ScriptedServer() { listen(QHostAddress::LocalHost); }
    void setTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_certificate = certificate;
        m_key = key;
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        QSslSocket *tls = m_certificate.isNull() ? nullptr : new QSslSocket(this);
        QTcpSocket *socket = tls ? tls : new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const int index = int(connections.size());
        connections.append(socket);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, index, buffer] {
            buffer->append(socket->readAll());
            takeRequests(socket, index, *buffer);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this] { ++disconnects; });
        if (tls) {
            tls->setLocalCertificate(m_certificate);
            tls->setPrivateKey(m_key);
            tls->startServerEncryption();
        }
    }

private:
    void takeRequests(QTcpSocket *socket, int connection, QByteArray &buffer)
    {
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer.left(headerEnd).toLower();
            const qsizetype at = head.indexOf("\r\ncontent-length: ");
            const qsizetype length =
                at < 0 ? 0 : head.mid(at + 18, head.indexOf('\r', at + 2) - at - 18).toLongLong();
            const qsizetype total = headerEnd + 4 + length;
            if (buffer.size() < total)
                return;
            requests.append(buffer.left(total));
            requestConnection.append(connection);
            buffer.remove(0, total);
            answer(socket, int(requests.size()) - 1);
        }
    }

    QSslCertificate m_certificate;
    QSslKey m_key;
};

// Writes the pieces a few milliseconds apart, so they reach the client in separate reads.
void writeInPieces(QTcpSocket *socket, QList<QByteArray> pieces, bool closeAfter = false)
{
    if (pieces.isEmpty()) {
        if (closeAfter)
            socket->disconnectFromHost();
        return;
    }
    socket->write(pieces.takeFirst());
    socket->flush();
    QTimer::singleShot(2, socket,
                       [socket, pieces, closeAfter] { writeInPieces(socket, pieces, closeAfter); });
}

QList<QByteArray> split(const QByteArray &bytes, qsizetype size)
{
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < bytes.size(); at += size)
        pieces.append(bytes.mid(at, size));
    return pieces;
}

HttpPost postTo(const QTcpServer &server, const QString &host = QStringLiteral("receiver.test"))
{
    HttpPost post;
    post.address = QHostAddress::LocalHost;
    post.port = server.serverPort();
    post.host = host;
    post.target = "/hook";
    post.body = "{}";
    return post;
}

struct Outcome
{
    int calls = 0;
    HttpAnswer answer;
};

std::shared_ptr<Outcome> start(DeliveryHttpClient &client, const HttpPost &post,
                               quint64 *id = nullptr)
{
    auto outcome = std::make_shared<Outcome>();
    const quint64 started = client.post(post, [outcome](const HttpAnswer &answer) {
        ++outcome->calls;
        outcome->answer = answer;
    });
    if (id)
        *id = started;
    return outcome;
}

// A server certificate for receiver.test under TestPki's root, made once.
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QSslCertificate ca;

    static const TlsIdentity &instance()
    {
        static const TlsIdentity identity = [] {
            const TestPki &pki = TestPki::instance();
            const TestKey serverKey = TestKey::shared(kEs256, 301);
            CertSpec spec;
            spec.commonName = QStringLiteral("receiver.test");
            spec.organizationalUnit = QStringLiteral("Webhook receiver");
            spec.dnsNames = {QStringLiteral("receiver.test")};
            const ossl::Certificate leaf =
                makeCertificate(serverKey, spec, pki.rootKey, pki.root.get());
            return TlsIdentity{QSslCertificate(der(leaf.get()), QSsl::Der),
                               QSslKey(serverKey.privateKeyPem(), QSsl::Ec),
                               QSslCertificate(pki.rootDer, QSsl::Der)};
        }();
        return identity;
    }
};

} // namespace

class TestDeliveryHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answers_data();
    void answers();
    void requestBytes_data();
    void requestBytes();
    void keepAliveReuse();
    void postFromDone();
    void notReused_data();
    void notReused();
    void bodyTruncatedConnectionReused();
    void deadIdleConnectionRetried_data();
    void deadIdleConnectionRetried();
    void freshConnectionClosedWithoutAnswer();
    void connectionRefused();
    void headersTooLarge_data();
    void headersTooLarge();
    void malformed_data();
    void malformed();
    void errorsArriveFromTheEventLoop();
    void abortInFlight();
    void abortBeforeConnected();
    void deleteClientInFlight();
    void idleLimitPerKey();
    void idleTimeout();
    void tls_data();
    void tls();
};

void TestDeliveryHttpClient::answers_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length")
        << QList<QByteArray>{"HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello"} << 201
        << QByteArray("hello");
    const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n";
    QTest::newRow("chunked, odd pieces, extension, trailer")
        << split(chunked, 7) << 200 << QByteArray("hello, world");
    QTest::newRow("chunked, byte by byte")
        << split(chunked, 1) << 200 << QByteArray("hello, world");
    QTest::newRow("100 Continue, then the answer")
        << QList<QByteArray>{"HTTP/1.1 100 Continue\r\n\r\n",
                             "HTTP/1.1 202 Accepted\r\nContent-Length: 4\r\n\r\ndone"}
        << 202 << QByteArray("done");
    QTest::newRow("100 Continue and the answer in one packet")
        << QList<QByteArray>{"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: "
                             "2\r\n\r\nok"}
        << 200 << QByteArray("ok");
    QTest::newRow("204 without a body")
        << QList<QByteArray>{"HTTP/1.1 204 No Content\r\n\r\n"} << 204 << QByteArray();
    QTest::newRow("500 with a body")
        << QList<QByteArray>{"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n\r\n",
                             "oops"}
        << 500 << QByteArray("oops");
}

// Every framing ends in the same answer, and the connection stays open for the next request.
void TestDeliveryHttpClient::answers()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    ScriptedServer server;
    server.answer = [pieces](QTcpSocket *socket, int) { writeInPieces(socket, pieces); };
    DeliveryHttpClient client(1024);

    const auto outcome = start(client, postTo(server));
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->answer.error, QString());
    QCOMPARE(outcome->answer.status, status);
    QCOMPARE(outcome->answer.body, body);
    QVERIFY(!outcome->answer.bodyTruncated);
    for (const auto &[name, value] : outcome->answer.headers)
        QVERIFY2(name != "X-Trailer", "a trailer is not a header");
    QCOMPARE(client.idleConnectionCount(), 1);
}

void TestDeliveryHttpClient::requestBytes_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::newRow("path and query")
        << QByteArray("/path?q=1") << QByteArray("POST /path?q=1 HTTP/1.1");
    QTest::newRow("empty target") << QByteArray() << QByteArray("POST / HTTP/1.1");
}

void TestDeliveryHttpClient::requestBytes()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, requestLine);
    ScriptedServer server;
    DeliveryHttpClient client(1024);
    HttpPost post = postTo(server);
    post.target = target;
    post.headers = {{"Content-Type", "application/json"},
                    {"X-Signature", "t=1,v1=ab"},
                    {"User-Agent", "MID-Webhooks/1"}};
    post.body = R"({"event":"consent.approved"})";

    const auto outcome = start(client, post);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(server.requests.size(), 1);
    const QByteArray expected =
        requestLine + "\r\nHost: receiver.test:" + QByteArray::number(server.serverPort()) +
        "\r\nContent-Length: 28\r\nContent-Type: application/json\r\n"
        "X-Signature: t=1,v1=ab\r\nUser-Agent: MID-Webhooks/1\r\n\r\n"
        R"({"event":"consent.approved"})";
    QCOMPARE(server.requests.first(), expected);
}

void TestDeliveryHttpClient::keepAliveReuse()
{
    ScriptedServer server;
    server.answer = [](QTcpSocket *socket, int) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Two: 2\r\n"
                      "Content-Length: 2\r\n\r\nok");
    };
    DeliveryHttpClient client(1024);

    for (int i = 0; i < 2; ++i) {
        const auto outcome = start(client, postTo(server));
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->answer.status, 200);
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {"Content-Type", "text/plain"}, {"X-Two", "2"}, {"Content-Length", "2"}};
        QCOMPARE(outcome->answer.headers, headers);
    }
    QCOMPARE(server.connections.size(), 1);
    QCOMPARE(server.requestConnection, QList<int>({0, 0}));
    QCOMPARE(client.connectionCount(), 1);
    QCOMPARE(client.idleConnectionCount(), 1);
}

// The dispatcher starts a target's next delivery from the last one's `done`: the connection is
// back in the pool by then.
void TestDeliveryHttpClient::postFromDone()
{
    ScriptedServer server;
    DeliveryHttpClient client(1024);
    auto second = std::make_shared<Outcome>();
    client.post(postTo(server), [&client, &server, second](const HttpAnswer &answer) {
        QCOMPARE(answer.status, 200);
        QCOMPARE(client.idleConnectionCount(), 1);
        client.post(postTo(server), [second](const HttpAnswer &answer) {
            ++second->calls;
            second->answer = answer;
        });
        QCOMPARE(second->calls, 0);
    });
    QTRY_COMPARE(second->calls, 1);
    QCOMPARE(second->answer.status, 200);
    QCOMPARE(server.connections.size(), 1);
}

void TestDeliveryHttpClient::notReused_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("serverCloses");
    QTest::newRow("Connection: close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok")
        << false;
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok")
                              << false;
    QTest::newRow("bytes after the answer")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n") << false;
    QTest::newRow("close-delimited body") << QByteArray("HTTP/1.1 200 OK\r\n\r\nok") << true;
}

// The answer arrives whole, but its connection is closed rather than kept: the next post opens
// another.
void TestDeliveryHttpClient::notReused()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, serverCloses);
    ScriptedServer server;
    server.answer = [answer, serverCloses](QTcpSocket *socket, int) {
        writeInPieces(socket, {answer}, serverCloses);
    };
    DeliveryHttpClient client(1024);

    for (int i = 0; i < 2; ++i) {
        const auto outcome = start(client, postTo(server));
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->answer.error, QString());
        QCOMPARE(outcome->answer.status, 200);
        QCOMPARE(outcome->answer.body, QByteArray("ok"));
        QCOMPARE(client.connectionCount(), 0);
    }
    QCOMPARE(server.connections.size(), 2);
}

void TestDeliveryHttpClient::bodyTruncatedConnectionReused()
{
    ScriptedServer server;
    const QByteArray body(5000, 'x');
    server.answer = [body](QTcpSocket *socket, int) {
        writeInPieces(socket,
                      split("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + body, 1500));
    };
    DeliveryHttpClient client(16);

    for (int i = 0; i < 2; ++i) {
        const auto outcome = start(client, postTo(server));
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->answer.status, 200);
        QCOMPARE(outcome->answer.body, QByteArray(16, 'x'));
        QVERIFY(outcome->answer.bodyTruncated);
        QCOMPARE(client.idleConnectionCount(), 1);
    }
    QCOMPARE(server.connections.size(), 1);
}

void TestDeliveryHttpClient::deadIdleConnectionRetried_data()
{
    QTest::addColumn<bool>("clientNoticesFirst");
    // The close is still unread when the post reuses the connection: the request goes out on a
    // dead connection and is retried on a fresh one.
    QTest::newRow("close unnoticed") << false;
    QTest::newRow("close noticed while idle") << true;
}

void TestDeliveryHttpClient::deadIdleConnectionRetried()
{
    QFETCH(bool, clientNoticesFirst);
    ScriptedServer server;
    DeliveryHttpClient client(1024);
    const auto first = start(client, postTo(server));
    QTRY_COMPARE(first->calls, 1);
    QCOMPARE(client.idleConnectionCount(), 1);

    server.connections.first()->disconnectFromHost();
    if (clientNoticesFirst)
        QTRY_COMPARE(client.connectionCount(), 0);
    const auto second = start(client, postTo(server));
    QTRY_COMPARE(second->calls, 1);
    QCOMPARE(second->answer.error, QString());
    QCOMPARE(second->answer.status, 200);
    QCOMPARE(server.connections.size(), 2);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(client.idleConnectionCount(), 1);
}

// On a new connection the server saw the request and chose to close: no retry.
void TestDeliveryHttpClient::freshConnectionClosedWithoutAnswer()
{
    ScriptedServer server;
    server.answer = [](QTcpSocket *socket, int) { socket->disconnectFromHost(); };
    DeliveryHttpClient client(1024);

    const auto outcome = start(client, postTo(server));
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->answer.status, 0);
    QCOMPARE(outcome->answer.error, QStringLiteral("connection closed before an answer"));
    QTest::qWait(50);
    QCOMPARE(server.connections.size(), 1);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(client.connectionCount(), 0);
}

void TestDeliveryHttpClient::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    DeliveryHttpClient client(1024);
    HttpPost post;
    post.address = QHostAddress::LocalHost;
    post.port = closedPort;
    post.host = QStringLiteral("receiver.test");

    const auto outcome = start(client, post);
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->answer.status, 0);
    QVERIFY2(outcome->answer.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(outcome->answer.error));
    QCOMPARE(client.connectionCount(), 0);
}

void TestDeliveryHttpClient::headersTooLarge_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("one 70 KB header") << "X-Big: " + QByteArray(70000, 'a') + "\r\n" << true;
    // Under http_parser's own 80 KB limit: the client's 64 KiB cap is what stops these.
    QByteArray many;
    for (int i = 0; i < 1100; ++i)
        many += "X-Header-" + QByteArray::number(i).rightJustified(4, '0') + ": " +
                QByteArray(45, 'v') + "\r\n";
    QTest::newRow("1100 headers, 67 KB") << many << true;
    QTest::newRow("60 KB of headers") << many.left(60 * 1024 - 200) + "X-Last: 1\r\n" << false;
}

void TestDeliveryHttpClient::headersTooLarge()
{
    QFETCH(QByteArray, headers);
    QFETCH(bool, tooLarge);
    ScriptedServer server;
    const QByteArray answer = "HTTP/1.1 200 OK\r\n" + headers + "Content-Length: 2\r\n\r\nok";
    server.answer = [answer](QTcpSocket *socket, int) {
        writeInPieces(socket, split(answer, 8000));
    };
    DeliveryHttpClient client(1024);

    const auto outcome = start(client, postTo(server));
    QTRY_COMPARE(outcome->calls, 1);
    if (tooLarge) {
        QCOMPARE(outcome->answer.status, 0);
        QCOMPARE(outcome->answer.error, QStringLiteral("answer headers too large"));
        QCOMPARE(client.connectionCount(), 0);
    } else {
        QCOMPARE(outcome->answer.status, 200);
        QCOMPARE(outcome->answer.body, QByteArray("ok"));
    }
}

void TestDeliveryHttpClient::malformed_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("error");
    QTest::newRow("garbage") << QByteArray("garbage\r\n\r\n")
                             << QStringLiteral("malformed answer: invalid constant string");
    QTest::newRow("bad chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        << QStringLiteral("malformed answer: invalid character in chunk size header");
    QTest::newRow("bad content length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n")
        << QStringLiteral("malformed answer: invalid character in content-length header");
    // Found by fuzz_delivery_answer: status 0 read as "no answer" with no error.
    QTest::newRow("status 000") << QByteArray("HTTP/1.1 000 OK\r\nContent-Length: 0\r\n\r\n")
                                << QStringLiteral(
                                       "malformed answer: status 0 is not an HTTP status");
    QTest::newRow("status 999") << QByteArray("HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n")
                                << QStringLiteral(
                                       "malformed answer: status 999 is not an HTTP status");
    QTest::newRow("protocol switch")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\n\r\n")
        << QStringLiteral("malformed answer: unrequested protocol switch");
    QTest::newRow("cut short by a close")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        << QStringLiteral("connection closed in the middle of the answer");
}

void TestDeliveryHttpClient::malformed()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, error);
    ScriptedServer server;
    server.answer = [answer](QTcpSocket *socket, int) { writeInPieces(socket, {answer}, true); };
    DeliveryHttpClient client(1024);

    const auto outcome = start(client, postTo(server));
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->answer.status, 0);
    QCOMPARE(outcome->answer.error, error);
    QCOMPARE(client.connectionCount(), 0);
}

// Even an error known inside post() reaches `done` from the event loop, and abort() still
// cancels it.
void TestDeliveryHttpClient::errorsArriveFromTheEventLoop()
{
    ScriptedServer server;
    DeliveryHttpClient client(1024);
    HttpPost smuggling = postTo(server);
    smuggling.headers = {{"X-Injected", "a\r\nHost: elsewhere"}};

    const auto outcome = start(client, smuggling);
    QCOMPARE(outcome->calls, 0);
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY(outcome->answer.error.startsWith(QStringLiteral("invalid request")));

    quint64 id = 0;
    const auto aborted = start(client, smuggling, &id);
    client.abort(id);
    QTest::qWait(20);
    QCOMPARE(aborted->calls, 0);
    QCOMPARE(server.connections.size(), 0);
}

void TestDeliveryHttpClient::abortInFlight()
{
    ScriptedServer server;
    server.answer = [](QTcpSocket *, int) {}; // never answers
    DeliveryHttpClient client(1024);

    quint64 id = 0;
    const auto outcome = start(client, postTo(server), &id);
    QTRY_COMPARE(server.requests.size(), 1);
    client.abort(id);
    QCOMPARE(client.connectionCount(), 0);
    QTRY_COMPARE(server.disconnects, 1);
    client.abort(id); // unknown by now: ignored
    QTest::qWait(20);
    QCOMPARE(outcome->calls, 0);
}

void TestDeliveryHttpClient::abortBeforeConnected()
{
    ScriptedServer server;
    DeliveryHttpClient client(1024);

    quint64 id = 0;
    const auto outcome = start(client, postTo(server), &id);
    client.abort(id);
    QTest::qWait(50);
    QCOMPARE(outcome->calls, 0);
    QCOMPARE(server.requests.size(), 0);
    QCOMPARE(client.connectionCount(), 0);
}

void TestDeliveryHttpClient::deleteClientInFlight()
{
    ScriptedServer server;
    QList<QPointer<QTcpSocket>> waiting;
    server.answer = [&waiting](QTcpSocket *socket, int) { waiting.append(socket); };
    auto client = std::make_unique<DeliveryHttpClient>(1024);

    const auto answered = start(*client, postTo(server)); // the server answers after the delete
    QTRY_COMPARE(waiting.size(), 1);
    const auto connecting = start(*client, postTo(server)); // not connected yet
    HttpPost invalid = postTo(server);
    invalid.target = "/a b";
    const auto queued = start(*client, invalid); // its error is queued
    client.reset();

    if (waiting.first())
        waiting.first()->write(kOk);
    QTRY_COMPARE(server.disconnects, server.connections.size());
    QTest::qWait(50);
    QCOMPARE(answered->calls, 0);
    QCOMPARE(connecting->calls, 0);
    QCOMPARE(queued->calls, 0);
}

// Nine posts at once open nine connections; when they end, eight stay idle.
void TestDeliveryHttpClient::idleLimitPerKey()
{
    ScriptedServer server;
    QList<QPointer<QTcpSocket>> waiting;
    server.answer = [&waiting](QTcpSocket *socket, int request) {
        waiting.append(socket);
        if (waiting.size() == 9) { // all nine are busy at once
            for (const auto &each : waiting)
                each->write(kOk);
        } else if (request >= 9) {
            socket->write(kOk);
        }
    };
    DeliveryHttpClient client(1024);

    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 9; ++i)
        outcomes.append(start(client, postTo(server)));
    QCOMPARE(client.connectionCount(), 9);
    for (const auto &outcome : outcomes)
        QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(client.idleConnectionCount(), DeliveryHttpClient::kMaxIdlePerKey);
    QCOMPARE(client.connectionCount(), DeliveryHttpClient::kMaxIdlePerKey);
    QTRY_COMPARE(server.disconnects, 1);

    // Another host name is another pool, even on the same address.
    const auto other = start(client, postTo(server, QStringLiteral("other.test")));
    QTRY_COMPARE(other->calls, 1);
    QCOMPARE(server.connections.size(), 10);
    QCOMPARE(client.idleConnectionCount(), DeliveryHttpClient::kMaxIdlePerKey + 1);
}

void TestDeliveryHttpClient::idleTimeout()
{
    ScriptedServer server;
    DeliveryHttpClient client(1024);
    QCOMPARE(client.idleTimeout(), 30000);
    client.setIdleTimeout(400);

    const auto first = start(client, postTo(server));
    QTRY_COMPARE(first->calls, 1);
    QTest::qWait(200);
    const auto second = start(client, postTo(server, QStringLiteral("other.test")));
    QTRY_COMPARE(second->calls, 1);
    QCOMPARE(client.idleConnectionCount(), 2);
    // The first closes at its own 400 ms, the second later: one sweep timer serves both.
    QTRY_COMPARE_WITH_TIMEOUT(client.idleConnectionCount(), 1, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(client.idleConnectionCount(), 0, 2000);
    QTRY_COMPARE(server.disconnects, 2);
}

void TestDeliveryHttpClient::tls_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("error"); // a part of it; empty: a 200
    QTest::newRow("trusted, matching host") << QStringLiteral("receiver.test") << true << QString();
    QTest::newRow("host name mismatch")
        << QStringLiteral("other.test") << true << QStringLiteral("host name did not match");
    QTest::newRow("untrusted issuer")
        << QStringLiteral("receiver.test") << false << QStringLiteral("certificate");
}

void TestDeliveryHttpClient::tls()
{
    QFETCH(QString, host);
    QFETCH(bool, trustCa);
    QFETCH(QString, error);
    // Webhooks to https receivers need a TLS backend: its absence is a failure, not a skip.
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend (qt6 OpenSSL plugin missing)");
    const TlsIdentity &identity = TlsIdentity::instance();
    QVERIFY(!identity.key.isNull());
    ScriptedServer server;
    server.setTls(identity.certificate, identity.key);
    DeliveryHttpClient client(1024);
    if (trustCa) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(identity.ca);
        client.setSslConfiguration(configuration);
    }
    HttpPost post = postTo(server, host);
    post.tls = true;

    for (int i = 0; i < (error.isEmpty() ? 2 : 1); ++i) {
        const auto outcome = start(client, post);
        QTRY_COMPARE(outcome->calls, 1);
        if (!error.isEmpty()) {
            QCOMPARE(outcome->answer.status, 0);
            QVERIFY2(outcome->answer.error.startsWith(QStringLiteral("TLS handshake failed: ")),
                     qPrintable(outcome->answer.error));
            QVERIFY2(outcome->answer.error.contains(error, Qt::CaseInsensitive),
                     qPrintable(outcome->answer.error));
            QCOMPARE(client.connectionCount(), 0);
            QCOMPARE(server.requests.size(), 0);
            return;
        }
        QCOMPARE(outcome->answer.error, QString());
        QCOMPARE(outcome->answer.status, 200);
        QCOMPARE(outcome->answer.body, QByteArray("ok"));
    }
    QCOMPARE(server.connections.size(), 1); // the TLS session was kept alive
    QVERIFY(server.requests.first().contains("\r\nHost: receiver.test:"));
}

QTEST_GUILESS_MAIN(TestDeliveryHttpClient)
#include "tst_deliveryhttpclient.moc"
