// The listener's bounds on slow and greedy clients (GuardedTcpServer), tried with raw sockets
// as an attacker would: a head over 16 KiB or 100 lines is answered 431 and stores nothing; a
// client that dribbles its head, falls silent mid-body or sends nothing is closed within the
// bound while others are served, and a kept-alive connection between requests is not; one
// address's flood of connections is refused at once while another address is served.
#include "support/ServerFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

using namespace mid::test;

namespace {
constexpr int kBoundMs = 1000; // the tests' head timeout and body stall

// A raw connection to the fixture's server, from `source` when given (any 127/8 address is
// this machine's loopback).
std::unique_ptr<QTcpSocket> connectTo(ServerFixture &f, const QHostAddress &source = {})
{
    const QUrl base(f.server().baseUrl());
    auto socket = std::make_unique<QTcpSocket>();
    if (!source.isNull() && !socket->bind(source))
        return nullptr;
    socket->connectToHost(base.host(), quint16(base.port()));
    if (!socket->waitForConnected(3000))
        return nullptr;
    return socket;
}

// Reads until a whole answer head arrived (or the connection closed); returns what came.
QByteArray answerOf(QTcpSocket &socket, int timeoutMs = 5000)
{
    QByteArray received;
    waitUntil(
        [&] {
            received += socket.readAll();
            return received.contains("\r\n\r\n") ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    // The body: Content-Length after the head.
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    const qsizetype at = received.indexOf("Content-Length: ");
    if (headEnd > 0 && at > 0 && at < headEnd) {
        const qint64 length =
            received.mid(at + 16, received.indexOf('\r', at) - at - 16).toLongLong();
        waitUntil(
            [&] {
                received += socket.readAll();
                return received.size() >= headEnd + 4 + length;
            },
            timeoutMs);
    }
    return received;
}

QJsonObject bodyOf(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

// How long until the server closes `socket` (-1: not within `timeoutMs`).
qint64 closedAfter(QTcpSocket &socket, const QElapsedTimer &since, int timeoutMs,
                   const std::function<void()> &meanwhile = {})
{
    const bool closed = waitUntil(
        [&] {
            if (meanwhile)
                meanwhile();
            socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return closed ? since.elapsed() : -1;
}

QByteArray consentRequest(ServerFixture &f, const TestClient &client, const QByteArray &extra)
{
    const QByteArray body = R"({"recipient":"+2348012345678"})";
    QByteArray head = "POST /v1/consents/auth HTTP/1.1\r\nHost: " +
                      QUrl(f.server().baseUrl()).authority().toLatin1() + "\r\n";
    for (const auto &h : client.bearer())
        head += h.first + ": " + h.second + "\r\n";
    return head +
           "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extra + "\r\n" + body;
}

int consentCount(ServerFixture &f, const TestClient &client)
{
    return f.http()
        .get(QStringLiteral("/v1/consents"), client.bearer())
        .data()
        .value(QStringLiteral("total"))
        .toInt();
}

QByteArray headers(int count, int valueBytes)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "X-Pad-" + QByteArray::number(i) + ": " + QByteArray(valueBytes, 'a') + "\r\n";
    return out;
}
} // namespace

class TestHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headBounds_data();
    void headBounds();
    void slowClientClosed_data();
    void slowClientClosed();
    void keptAliveConnectionNotClosed();
    void floodFromOneAddress();
    void closedConnectionsFreeTheirPlace_data();
    void closedConnectionsFreeTheirPlace();
};

void TestHardening::headBounds_data()
{
    QTest::addColumn<QByteArray>("extra"); // header lines added to a valid creation
    QTest::addColumn<bool>("refused");
    QTest::newRow("one header of 64 KiB") << headers(1, 64 * 1024) << true;
    QTest::newRow("17 KiB in 20 headers") << headers(20, 870) << true;
    QTest::newRow("101 short headers") << headers(101, 1) << true;
    QTest::newRow("15 KiB in 15 headers: served") << headers(15, 1000) << false;
    QTest::newRow("90 short headers: served") << headers(90, 1) << false;
    // Qt's parser takes a bare LF as a line end, so the guard must too (found by fuzz_http_guard).
    QTest::newRow("101 headers ending in bare LF") << headers(101, 1).replace("\r\n", "\n") << true;
    QTest::newRow("101 headers ending in a lone CR")
        << headers(101, 1).replace("\r\n", "\rX") << true;
    QTest::newRow("90 headers ending in bare LF: served")
        << headers(90, 1).replace("\r\n", "\n") << false;
}

void TestHardening::headBounds()
{
    QFETCH(QByteArray, extra);
    QFETCH(bool, refused);
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const TestClient client = f.createClient();
    auto socket = connectTo(f);
    QVERIFY(socket);
    socket->write(consentRequest(f, client, extra));
    const QByteArray answer = answerOf(*socket);
    if (!refused) {
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(300).constData());
        QCOMPARE(consentCount(f, client), 1);
        return;
    }
    QVERIFY2(answer.startsWith("HTTP/1.1 431 Request Header Fields Too Large"),
             answer.left(300).constData());
    const QJsonObject error = bodyOf(answer);
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 431);
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("headers_too_large"));
    QVERIFY(answer.contains("Connection: close"));
    // Nothing of the request was acted on, and the server serves the next client.
    QCOMPARE(consentCount(f, client), 0);
    QCOMPARE(f.http().get(QStringLiteral("/healthz")).status, 200);
}

void TestHardening::slowClientClosed_data()
{
    QTest::addColumn<QByteArray>("first"); // sent at once
    QTest::addColumn<QByteArray>("drip");  // then every 200 ms (empty: silence)
    QTest::newRow("silent after connecting") << QByteArray() << QByteArray();
    QTest::newRow("dribbles its head")
        << QByteArray("GET /healthz HTTP/1.1\r\n") << QByteArray("X-Slow: 1\r\n");
    QTest::newRow("stalls mid-body")
        << QByteArray("POST /v1/consents/auth HTTP/1.1\r\nHost: x\r\nContent-Type: "
                      "application/json\r\nContent-Length: 100\r\n\r\n{\"recipient\":")
        << QByteArray();
}

void TestHardening::slowClientClosed()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, drip);
    ServerFixture f([](mid::ServerConfig &c) {
        c.requestHeadTimeoutMs = kBoundMs;
        c.requestBodyStallMs = kBoundMs;
    });
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QElapsedTimer since;
    since.start();
    auto slow = connectTo(f);
    QVERIFY(slow);
    slow->write(first);
    QElapsedTimer dripClock;
    dripClock.start();
    int served = 0;
    const qint64 closed = closedAfter(*slow, since, 10 * kBoundMs, [&] {
        if (!drip.isEmpty() && dripClock.elapsed() >= 200) {
            slow->write(drip);
            dripClock.restart();
        }
        // Others are served meanwhile.
        if (served < 3 && f.http().get(QStringLiteral("/healthz")).status == 200)
            ++served;
    });
    QVERIFY2(closed >= 0, "the slow client kept its connection");
    QVERIFY2(closed >= kBoundMs - 100 && closed < 3 * kBoundMs,
             qPrintable(QStringLiteral("closed after %1 ms").arg(closed)));
    QCOMPARE(served, 3);
}

void TestHardening::keptAliveConnectionNotClosed()
{
    // The head timeout runs from a request's first byte: a client that keeps its connection
    // between requests (browsers, the console) keeps it.
    ServerFixture f([](mid::ServerConfig &c) {
        c.requestHeadTimeoutMs = kBoundMs;
        c.requestBodyStallMs = kBoundMs;
    });
    QVERIFY2(f.ok(), qPrintable(f.error()));
    auto socket = connectTo(f);
    QVERIFY(socket);
    const QByteArray get = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    socket->write(get);
    QVERIFY(answerOf(*socket).startsWith("HTTP/1.1 200"));
    QTest::qWait(2 * kBoundMs);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    socket->write(get);
    QVERIFY(answerOf(*socket).startsWith("HTTP/1.1 200"));
}

void TestHardening::floodFromOneAddress()
{
    constexpr int kCap = 8;
    ServerFixture f([](mid::ServerConfig &c) { c.maxConnectionsPerAddress = kCap; });
    QVERIFY2(f.ok(), qPrintable(f.error()));
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < kCap + 4; ++i) {
        auto socket = connectTo(f, QHostAddress(QStringLiteral("127.0.0.1")));
        QVERIFY(socket);
        flood.push_back(std::move(socket));
    }
    // The ones past the cap are closed at once; the others stay.
    const auto open = [&] {
        int n = 0;
        for (const auto &s : flood)
            n += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return n;
    };
    QVERIFY2(waitUntil([&] { return open() == kCap; }, 3000),
             qPrintable(QStringLiteral("%1 of the flood still open").arg(open())));
    // Another address is served while the flood holds its connections.
    auto other = connectTo(f, QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(other);
    other->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(answerOf(*other).startsWith("HTTP/1.1 200"));
    // And the flood's own open connections still work.
    for (const auto &s : flood) {
        if (s->state() != QAbstractSocket::ConnectedState)
            continue;
        s->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(answerOf(*s).startsWith("HTTP/1.1 200"));
        break;
    }
    // A closed one frees its place.
    flood.front()->abort();
    QTest::qWait(300); // the server sees the close
    auto again = connectTo(f, QHostAddress(QStringLiteral("127.0.0.1")));
    QVERIFY(again);
    again->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(answerOf(*again).startsWith("HTTP/1.1 200"));
}

void TestHardening::closedConnectionsFreeTheirPlace_data()
{
    QTest::addColumn<QByteArray>("send"); // what each connection sends before the server closes it
    QTest::newRow("refused 431, then closed by the client")
        << headers(101, 1).prepend("GET /healthz HTTP/1.1\r\n").append("\r\n");
    QTest::newRow("closed for a slow head") << QByteArray("GET /healthz HTTP/1.1\r\n");
}

void TestHardening::closedConnectionsFreeTheirPlace()
{
    // Closed connections leave the address's count (those the server closes too): twice the
    // cap of them in a row, then the address is still served.
    QFETCH(QByteArray, send);
    constexpr int kCap = 4;
    ServerFixture f([](mid::ServerConfig &c) {
        c.maxConnectionsPerAddress = kCap;
        c.requestHeadTimeoutMs = 200;
    });
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const QHostAddress source(QStringLiteral("127.0.0.3"));
    for (int i = 0; i < 2 * kCap; ++i) {
        auto socket = connectTo(f, source);
        QVERIFY(socket);
        socket->write(send);
        QElapsedTimer since;
        since.start();
        if (send.endsWith("\r\n\r\n")) {
            QVERIFY(answerOf(*socket).startsWith("HTTP/1.1 431"));
            socket->close(); // as a client does once it has its answer
            continue;
        }
        QVERIFY2(closedAfter(*socket, since, 5000) >= 0, qPrintable(QString::number(i)));
    }
    QTest::qWait(100);
    auto last = connectTo(f, source);
    QVERIFY(last);
    last->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(answerOf(*last).startsWith("HTTP/1.1 200"));
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
