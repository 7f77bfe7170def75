// The single request pipeline of §0: envelope, 404/405, request ids, body limits, content
// types, 400/422 with details, X-RateLimit-* on every /v1 answer, no internals in errors.
#include "support/ServerFixture.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

#include <tuple>

using namespace mid::test;

namespace {
const QRegularExpression
    kRfc3339(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"));
const QRegularExpression kRequestId(QStringLiteral("^req_[0-9A-Za-z]{16,}$"));

QByteArray consentBody(const QByteArray &recipient = "+2348012345678")
{
    return "{\"recipient\":\"" + recipient + "\"}";
}

QStringList detailStrings(const Response &r)
{
    QStringList out;
    for (const auto &d : r.json().value(QStringLiteral("details")).toArray())
        out << d.toObject().value(QStringLiteral("field")).toString() + QLatin1Char(':') +
                   d.toObject().value(QStringLiteral("issue")).toString();
    return out;
}

// What no error body may ever show: SQL, driver names, C++ or other stack traces, paths.
void verifyNoInternals(const Response &r)
{
    const QByteArray lower = r.body.toLower();
    for (const char *needle :
         {"select ", "insert ", "update ", "delete from", "sqlite", "qsql", "no such table",
          "constraint", "std::", "exception", "traceback", "stack", ".cpp", "/work/"})
        QVERIFY2(!lower.contains(needle),
                 qPrintable(QStringLiteral("\"%1\" in %2")
                                .arg(QLatin1String(needle), QString::fromUtf8(r.body))));
}
} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void successEnvelope();
    void notFound_data();
    void notFound();
    void methodNotAllowed_data();
    void methodNotAllowed();
    void requestIdEchoed_data();
    void requestIdEchoed();
    void requestIdReplaced_data();
    void requestIdReplaced();
    void payloadTooLarge_data();
    void payloadTooLarge();
    void bodyAtLimitAccepted();
    void oversizedDeclaredInAnyPacket_data();
    void oversizedDeclaredInAnyPacket();
    void chunkedBodies_data();
    void chunkedBodies();
    void chunkedBodyCountedByItsChunks_data();
    void chunkedBodyCountedByItsChunks();
    void unsupportedMediaType_data();
    void unsupportedMediaType();
    void acceptedContentTypes_data();
    void acceptedContentTypes();
    void malformedJson_data();
    void malformedJson();
    void wrongTypes_data();
    void wrongTypes();
    void validation_data();
    void validation();
    void rateLimitHeaders_data();
    void rateLimitHeaders();
    void serverErrorHidesSql();

private:
    Response call(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QByteArray &who, const QByteArray &contentType = "application/json",
                  const Headers &extra = {});
    std::unique_ptr<ServerFixture> m_f;
    TestClient m_client;
};

void TestEnvelope::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_client = m_f->createClient();
    QVERIFY(!m_client.apiKey.isEmpty());
}

void TestEnvelope::cleanupTestCase()
{
    m_f.reset();
}

Response TestEnvelope::call(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QByteArray &who, const QByteArray &contentType,
                            const Headers &extra)
{
    Headers headers = extra;
    if (who == "client")
        headers += m_client.bearer();
    else if (who == "admin")
        headers += m_f->admin();
    return m_f->http().send(method, path, body, headers, contentType);
}

void TestEnvelope::successEnvelope()
{
    const Response r = call("POST", QStringLiteral("/v1/consents/auth"), consentBody(), "client");
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("error")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("success")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("code")).toInt(), 200);
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(o.value(QStringLiteral("data")).isObject());
    const QJsonObject meta = o.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("requestId")).toString().toLatin1(),
             r.header("X-Request-ID"));
    QVERIFY(kRequestId.match(meta.value(QStringLiteral("requestId")).toString()).hasMatch());
    QVERIFY(kRfc3339.match(meta.value(QStringLiteral("timestamp")).toString()).hasMatch());
}

void TestEnvelope::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("who");
    QTest::newRow("unknown /v1 path")
        << QByteArray("GET") << QStringLiteral("/v1/nothing-here") << QByteArray();
    QTest::newRow("unknown /v1 path, authenticated")
        << QByteArray("GET") << QStringLiteral("/v1/nothing/here") << QByteArray("client");
    QTest::newRow("unknown admin path")
        << QByteArray("GET") << QStringLiteral("/admin/v1/nothing") << QByteArray("admin");
    QTest::newRow("unknown root path")
        << QByteArray("GET") << QStringLiteral("/nothing") << QByteArray();
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << QByteArray();
    QTest::newRow("POST to unknown path")
        << QByteArray("POST") << QStringLiteral("/v1/unknown") << QByteArray("client");
    QTest::newRow("too deep") << QByteArray("GET") << QStringLiteral("/v1/consents/a/b/c")
                              << QByteArray("client");
    QTest::newRow("unknown consent")
        << QByteArray("GET") << QStringLiteral("/v1/consents/cons_doesnotexist0000000")
        << QByteArray("client");
}

void TestEnvelope::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, who);
    const Response r = call(method, path, method == "POST" ? QByteArray("{}") : QByteArray(), who);
    QCOMPARE(r.status, 404);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("error")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("code")).toInt(), 404);
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!r.header("X-Request-ID").isEmpty());
    QCOMPARE(o.value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("requestId"))
                 .toString()
                 .toLatin1(),
             r.header("X-Request-ID"));
    verifyNoInternals(r);
}

void TestEnvelope::methodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArrayList>("allowed");
    QTest::newRow("PATCH /v1/consents")
        << QByteArray("PATCH") << QStringLiteral("/v1/consents") << QByteArrayList{"GET"};
    QTest::newRow("DELETE /v1/clients")
        << QByteArray("DELETE") << QStringLiteral("/v1/clients") << QByteArrayList{"POST", "GET"};
    QTest::newRow("GET /v1/auth/token")
        << QByteArray("GET") << QStringLiteral("/v1/auth/token") << QByteArrayList{"POST"};
    QTest::newRow("POST /healthz")
        << QByteArray("POST") << QStringLiteral("/healthz") << QByteArrayList{"GET"};
    QTest::newRow("PUT /v1/auth/sessions/:id")
        << QByteArray("PUT") << QStringLiteral("/v1/auth/sessions/cons_x") << QByteArrayList{"GET"};
    QTest::newRow("POST /v1/consents/:id")
        << QByteArray("POST") << QStringLiteral("/v1/consents/cons_x")
        << QByteArrayList{"GET", "PUT", "DELETE"};
    QTest::newRow("DELETE /admin/v1/audit")
        << QByteArray("DELETE") << QStringLiteral("/admin/v1/audit") << QByteArrayList{"GET"};
}

void TestEnvelope::methodNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArrayList, allowed);
    // Unauthenticated on purpose: the method is refused before credentials are looked at.
    const Response r = call(method, path, {}, {});
    QCOMPARE(r.status, 405);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("method_not_allowed"));
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 405);
    QByteArrayList got = r.header("Allow").split(',');
    for (QByteArray &m : got)
        m = m.trimmed();
    std::sort(got.begin(), got.end());
    std::sort(allowed.begin(), allowed.end());
    QCOMPARE(got, allowed);
    QVERIFY(!r.header("X-Request-ID").isEmpty());
}

void TestEnvelope::requestIdEchoed_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("simple") << QByteArray("my-request-1");
    QTest::newRow("uuid") << QByteArray("3f2c1d9e-8b7a-4c5d-9e0f-1a2b3c4d5e6f");
    QTest::newRow("dots colons underscores") << QByteArray("svc.api:trace_42");
    QTest::newRow("one char") << QByteArray("x");
    QTest::newRow("64 chars") << QByteArray(64, 'a');
}

void TestEnvelope::requestIdEchoed()
{
    QFETCH(QByteArray, id);
    for (const auto &[method, path, who] :
         {std::tuple{QByteArray("POST"), QStringLiteral("/v1/consents/auth"), QByteArray("client")},
          std::tuple{QByteArray("GET"), QStringLiteral("/v1/nothing"), QByteArray()},
          std::tuple{QByteArray("GET"), QStringLiteral("/healthz"), QByteArray()}}) {
        const Response r = call(method, path, method == "POST" ? consentBody() : QByteArray(), who,
                                "application/json", {{"X-Request-ID", id}});
        QCOMPARE(r.header("X-Request-ID"), id);
        if (path != QLatin1String("/healthz"))
            QCOMPARE(r.json()
                         .value(QStringLiteral("meta"))
                         .toObject()
                         .value(QStringLiteral("requestId"))
                         .toString()
                         .toLatin1(),
                     id);
    }
}

void TestEnvelope::requestIdReplaced_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("65 chars") << QByteArray(65, 'a');
    QTest::newRow("space") << QByteArray("has space");
    QTest::newRow("markup") << QByteArray("<script>alert(1)</script>");
    QTest::newRow("slash") << QByteArray("a/b");
    QTest::newRow("quote") << QByteArray("a\"b");
    QTest::newRow("semicolon") << QByteArray("a;b");
    QTest::newRow("non-ascii") << QByteArray("caf\xc3\xa9");
    QTest::newRow("header injection") << QByteArray("abc%0d%0aSet-Cookie:x=1");
}

void TestEnvelope::requestIdReplaced()
{
    QFETCH(QByteArray, id);
    const Response r = call("POST", QStringLiteral("/v1/consents/auth"), consentBody(), "client",
                            "application/json", {{"X-Request-ID", id}});
    QCOMPARE(r.status, 200);
    const QByteArray given = r.header("X-Request-ID");
    QVERIFY(given != id);
    QVERIFY2(kRequestId.match(QString::fromLatin1(given)).hasMatch(), given.constData());
    QCOMPARE(r.json()
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("requestId"))
                 .toString()
                 .toLatin1(),
             given);
    QVERIFY(!r.body.contains(id));
}

void TestEnvelope::payloadTooLarge_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("who");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("authenticated JSON") << QStringLiteral("/v1/consents/auth")
                                        << QByteArray("client") << QByteArray("application/json");
    QTest::newRow("unauthenticated")
        << QStringLiteral("/v1/consents/auth") << QByteArray() << QByteArray("application/json");
    QTest::newRow("wrong type too")
        << QStringLiteral("/v1/consents/auth") << QByteArray("client") << QByteArray("text/plain");
    QTest::newRow("unknown path") << QStringLiteral("/v1/nothing") << QByteArray("client")
                                  << QByteArray("application/json");
    QTest::newRow("admin") << QStringLiteral("/v1/clients") << QByteArray("admin")
                           << QByteArray("application/json");
}

void TestEnvelope::payloadTooLarge()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, who);
    QFETCH(QByteArray, contentType);
    // 1 MiB + 1 byte of otherwise valid JSON.
    const QByteArray prefix = "{\"recipient\":\"+2348012345678\",\"metadata\":{\"pad\":\"";
    const QByteArray suffix = "\"}}";
    const QByteArray body =
        prefix + QByteArray(1024 * 1024 + 1 - prefix.size() - suffix.size(), 'x') + suffix;
    QCOMPARE(body.size(), 1024 * 1024 + 1);
    const Response r =
        call("POST", path, body, who, contentType, {{"X-Request-ID", "too-large-1"}});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("payload_too_large"));
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 413);
    QCOMPARE(r.json().value(QStringLiteral("error")), QJsonValue(true));
    QCOMPARE(r.header("X-Request-ID"), QByteArray("too-large-1"));
    QCOMPARE(r.json()
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("requestId"))
                 .toString(),
             QStringLiteral("too-large-1"));
    QVERIFY(!r.header("X-RateLimit-Limit").isEmpty());
    QVERIFY(!r.header("X-RateLimit-Remaining").isEmpty());
    QVERIFY(!r.header("X-RateLimit-Reset").isEmpty());
    // The server is still there for the next request.
    QCOMPARE(call("GET", QStringLiteral("/healthz"), {}, {}).status, 200);
}

void TestEnvelope::bodyAtLimitAccepted()
{
    // Exactly 1 MiB is allowed through to validation (here: metadata over 4 KiB → 422).
    const QByteArray prefix = "{\"recipient\":\"+2348012345678\",\"metadata\":{\"pad\":\"";
    const QByteArray suffix = "\"}}";
    const QByteArray body =
        prefix + QByteArray(1024 * 1024 - prefix.size() - suffix.size(), 'x') + suffix;
    const Response r = call("POST", QStringLiteral("/v1/consents/auth"), body, "client");
    QCOMPARE(r.status, 422);
    QCOMPARE(detailStrings(r), QStringList{QStringLiteral("metadata:size")});
}

void TestEnvelope::oversizedDeclaredInAnyPacket_data()
{
    // Where the head is cut between TCP segments: an attacker chooses it.
    QTest::addColumn<int>("cut");
    QTest::newRow("whole head at once") << -1;
    QTest::newRow("cut after Content-Length") << 1;
    QTest::newRow("cut inside the final CRLF CRLF") << 2;
    QTest::newRow("cut inside the Content-Length line") << 3;
}

void TestEnvelope::oversizedDeclaredInAnyPacket()
{
    // A declared body over the limit is refused from the head alone, before a byte of it is
    // sent, however the head arrives: the body is never buffered.
    QFETCH(int, cut);
    const QUrl base(m_f->server().baseUrl());
    const QByteArray head =
        "POST /v1/consents/auth HTTP/1.1\r\nHost: " + base.authority().toLatin1() +
        "\r\nContent-Length: 104857600\r\nContent-Type: application/json\r\n\r\n";
    QList<qsizetype> cuts;
    if (cut == 1)
        cuts << head.indexOf("Content-Type");
    else if (cut == 2)
        cuts << head.size() - 3;
    else if (cut == 3)
        cuts << head.indexOf("104857") << head.indexOf("7600");
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(socket.waitForConnected(3000));
    qsizetype from = 0;
    for (const qsizetype at : std::as_const(cuts)) {
        socket.write(head.mid(from, at - from));
        QVERIFY(socket.waitForBytesWritten(1000));
        QTest::qWait(100); // its own segment, read by the server on its own
        from = at;
    }
    socket.write(head.mid(from));
    QByteArray received;
    QVERIFY2(waitUntil(
                 [&] {
                     received += socket.readAll();
                     return received.contains("\r\n\r\n");
                 },
                 5000),
             "no answer before the body: the declared length went unseen");
    QVERIFY2(received.startsWith("HTTP/1.1 413"), received.left(200).constData());
}

void TestEnvelope::chunkedBodies_data()
{
    QTest::addColumn<int>("chunks");   // of 64 KiB each
    QTest::addColumn<bool>("refused"); // 413 before the body ends
    QTest::newRow("1 MiB + 64 KiB: refused while it streams") << 17 << true;
    QTest::newRow("small, its terminator cut between segments: answered, then the next")
        << 0 << false;
}

void TestEnvelope::chunkedBodies()
{
    // A chunked body has no declared length: the guard counts it as it streams, and finds
    // its end even when the terminator is cut between segments, so the next request on the
    // connection is judged afresh.
    QFETCH(int, chunks);
    QFETCH(bool, refused);
    const QUrl base(m_f->server().baseUrl());
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(socket.waitForConnected(3000));
    const QByteArray host = "Host: " + base.authority().toLatin1() + "\r\n";
    socket.write("POST /v1/consents/auth HTTP/1.1\r\n" + host +
                 "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    QByteArray received;
    const auto answered = [&](int count, int timeoutMs) {
        return waitUntil(
            [&] {
                received += socket.readAll();
                return received.count("HTTP/1.1 ") >= count;
            },
            timeoutMs);
    };
    const QByteArray chunk =
        QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
    for (int i = 0; i < chunks && !received.contains("HTTP/1.1 "); ++i) {
        socket.write(chunk);
        socket.waitForBytesWritten(1000);
        received += socket.readAll();
    }
    if (refused) {
        QVERIFY2(answered(1, 5000), "no answer to a chunked body over the limit");
        QVERIFY2(received.startsWith("HTTP/1.1 413"), received.left(200).constData());
        return;
    }
    socket.write("2\r\n{}\r\n0\r");
    QVERIFY(socket.waitForBytesWritten(1000));
    QTest::qWait(100);
    socket.write("\n\r\n");
    QVERIFY2(answered(1, 5000), "no answer to a small chunked body");
    QVERIFY2(received.startsWith("HTTP/1.1 401"), received.left(200).constData());
    socket.write("POST /v1/consents/auth HTTP/1.1\r\n" + host +
                 "Content-Length: 104857600\r\nContent-Type: application/json\r\n\r\n");
    QVERIFY2(answered(2, 5000), "the next request on the connection was not judged");
    QVERIFY2(received.mid(received.lastIndexOf("HTTP/1.1 ")).startsWith("HTTP/1.1 413"),
             received.constData());
}

void TestEnvelope::chunkedBodyCountedByItsChunks_data()
{
    // Whole bodies written at once: the guard must follow the chunk sizes, not look for a
    // terminator (found by fuzz_http_guard: a body over the limit that arrived with its
    // terminator in one read was never counted).
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray big(600 * 1024, 'x');
    const QByteArray size = QByteArray::number(big.size(), 16);
    QTest::newRow("over the limit, terminator in the same read")
        << size + "\r\n" + big + "\r\n" + size + "\r\n" + big + "\r\n0\r\n\r\n"
        << 413;
    // Unfinished: only a guard that counts answers before the body ends.
    QTest::newRow("data that looks like the last chunk, then more")
        << "10\r\nab\r\n0\r\n\r\ncdefghi\r\n" + size + "\r\n" + big + "\r\n" + size + "\r\n" + big
        << 413;
    QTest::newRow("small with an extension and a trailer: answered")
        << QByteArray("2;name=value\r\n{}\r\n0\r\nX-Trailer: 1\r\n\r\n") << 401;
}

void TestEnvelope::chunkedBodyCountedByItsChunks()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QUrl base(m_f->server().baseUrl());
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(socket.waitForConnected(3000));
    socket.write("POST /v1/consents/auth HTTP/1.1\r\nHost: " + base.authority().toLatin1() +
                 "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + body);
    QByteArray received;
    QVERIFY2(waitUntil(
                 [&] {
                     received += socket.readAll();
                     return received.contains("\r\n\r\n");
                 },
                 5000),
             "no answer");
    QVERIFY2(received.startsWith("HTTP/1.1 " + QByteArray::number(status)),
             received.left(200).constData());
    // Refused by the guard, before Qt buffered the body: the connection ends with the answer.
    if (status == 413)
        QVERIFY2(received.contains("Connection: close"), received.left(400).constData());
}

void TestEnvelope::unsupportedMediaType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("who");
    QTest::newRow("text/plain") << QStringLiteral("/v1/consents/auth") << QByteArray("text/plain")
                                << QByteArray("client");
    QTest::newRow("xml") << QStringLiteral("/v1/consents/auth") << QByteArray("application/xml")
                         << QByteArray("client");
    QTest::newRow("form where only JSON is taken")
        << QStringLiteral("/v1/consents/auth") << QByteArray("application/x-www-form-urlencoded")
        << QByteArray("client");
    QTest::newRow("text/json") << QStringLiteral("/v1/consents/auth") << QByteArray("text/json")
                               << QByteArray("client");
    QTest::newRow("unauthenticated")
        << QStringLiteral("/v1/consents/auth") << QByteArray("text/plain") << QByteArray();
    QTest::newRow("PUT") << QStringLiteral("/v1/consents/cons_x") << QByteArray("text/plain")
                         << QByteArray("client");
    QTest::newRow("clients") << QStringLiteral("/v1/clients") << QByteArray("text/html")
                             << QByteArray("admin");
    QTest::newRow("token endpoint")
        << QStringLiteral("/v1/auth/token") << QByteArray("text/plain") << QByteArray();
}

void TestEnvelope::unsupportedMediaType()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, who);
    const QByteArray method = path.contains(QLatin1String("cons_")) ? "PUT" : "POST";
    const Response r = call(method, path, consentBody(), who, contentType);
    QCOMPARE(r.status, 415);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("unsupported_media_type"));
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 415);
}

void TestEnvelope::acceptedContentTypes_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("application/json") << QByteArray("application/json");
    QTest::newRow("with charset") << QByteArray("application/json; charset=utf-8");
    QTest::newRow("upper case") << QByteArray("Application/JSON");
    QTest::newRow("+json suffix") << QByteArray("application/vnd.mid+json");
}

void TestEnvelope::acceptedContentTypes()
{
    QFETCH(QByteArray, contentType);
    const Response r =
        call("POST", QStringLiteral("/v1/consents/auth"), consentBody(), "client", contentType);
    QCOMPARE(r.status, 200);
}

void TestEnvelope::malformedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray("{\"recipient\":");
    QTest::newRow("trailing comma") << QByteArray("{\"recipient\":\"+2348012345678\",}");
    QTest::newRow("single quotes") << QByteArray("{'recipient':'+2348012345678'}");
    QTest::newRow("not JSON") << QByteArray("recipient=+2348012345678");
    QTest::newRow("array") << QByteArray("[{\"recipient\":\"+2348012345678\"}]");
    QTest::newRow("string") << QByteArray("\"+2348012345678\"");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"recipient\":\"\xff\xfe\"}");
}

void TestEnvelope::malformedJson()
{
    QFETCH(QByteArray, body);
    const Response r = call("POST", QStringLiteral("/v1/consents/auth"), body, "client");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("bad_request"));
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 400);
    QCOMPARE(r.json().value(QStringLiteral("error")), QJsonValue(true));
    verifyNoInternals(r);
}

void TestEnvelope::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("details");
    QTest::newRow("recipient number") << QByteArray(R"({"recipient":2348012345678})")
                                      << QStringList{QStringLiteral("recipient:type")};
    QTest::newRow("scope string") << QByteArray(
                                         R"({"recipient":"+2348012345678","scope":"profile"})")
                                  << QStringList{QStringLiteral("scope:type")};
    QTest::newRow("scope of numbers")
        << QByteArray(R"({"recipient":"+2348012345678","scope":[1,2]})")
        << QStringList{QStringLiteral("scope:type")};
    QTest::newRow("metadata array")
        << QByteArray(R"({"recipient":"+2348012345678","metadata":[1]})")
        << QStringList{QStringLiteral("metadata:type")};
    QTest::newRow("expiresIn string")
        << QByteArray(R"({"recipient":"+2348012345678","expiresIn":"300"})")
        << QStringList{QStringLiteral("expiresIn:type")};
    QTest::newRow("expiresIn fraction")
        << QByteArray(R"({"recipient":"+2348012345678","expiresIn":30.5})")
        << QStringList{QStringLiteral("expiresIn:type")};
    QTest::newRow("several at once")
        << QByteArray(R"({"recipient":true,"intent":1,"callbackUrl":{}})")
        << QStringList{QStringLiteral("recipient:type"), QStringLiteral("intent:type"),
                       QStringLiteral("callbackUrl:type")};
}

void TestEnvelope::wrongTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, details);
    const Response r = call("POST", QStringLiteral("/v1/consents/auth"), body, "client");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("bad_request"));
    QStringList got = detailStrings(r);
    got.sort();
    details.sort();
    QCOMPARE(got, details);
}

void TestEnvelope::validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("details");
    QTest::newRow("empty body") << QByteArray()
                                << QStringList{QStringLiteral("recipient:required")};
    QTest::newRow("empty object") << QByteArray("{}")
                                  << QStringList{QStringLiteral("recipient:required")};
    QTest::newRow("not E.164") << QByteArray(R"({"recipient":"08012345678"})")
                               << QStringList{QStringLiteral("recipient:format")};
    QTest::newRow("unknown intent")
        << QByteArray(R"({"recipient":"+2348012345678","intent":"party"})")
        << QStringList{QStringLiteral("intent:enum")};
    QTest::newRow("unknown purpose")
        << QByteArray(R"({"recipient":"+2348012345678","purpose":"party"})")
        << QStringList{QStringLiteral("purpose:enum")};
    QTest::newRow("intent and purpose disagree")
        << QByteArray(R"({"recipient":"+2348012345678","intent":"login","purpose":"transaction"})")
        << QStringList{QStringLiteral("purpose:conflict")};
    QTest::newRow("expiresIn too short")
        << QByteArray(R"({"recipient":"+2348012345678","expiresIn":29})")
        << QStringList{QStringLiteral("expiresIn:range")};
    QTest::newRow("expiresIn too long")
        << QByteArray(R"({"recipient":"+2348012345678","expiresIn":3601})")
        << QStringList{QStringLiteral("expiresIn:range")};
    QTest::newRow("http callback")
        << QByteArray(R"({"recipient":"+2348012345678","callbackUrl":"http://example.com/cb"})")
        << QStringList{QStringLiteral("callbackUrl:format")};
    QTest::newRow("metadata over 4 KiB")
        << QByteArray(R"({"recipient":"+2348012345678","metadata":{"k":")") +
               QByteArray(4100, 'v') + QByteArray("\"}}")
        << QStringList{QStringLiteral("metadata:size")};
    QByteArray manyScopes = R"({"recipient":"+2348012345678","scope":[)";
    for (int i = 0; i < 101; ++i)
        manyScopes += (i ? ",\"s" : "\"s") + QByteArray::number(i) + '"';
    QTest::newRow("101 scope items")
        << manyScopes + "]}" << QStringList{QStringLiteral("scope:length")};
    QTest::newRow("several at once")
        << QByteArray(R"({"recipient":"123","intent":"x","expiresIn":1})")
        << QStringList{QStringLiteral("recipient:format"), QStringLiteral("intent:enum"),
                       QStringLiteral("expiresIn:range")};
}

void TestEnvelope::validation()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, details);
    const Response r = call("POST", QStringLiteral("/v1/consents/auth"), body, "client");
    QCOMPARE(r.status, 422);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("validation_error"));
    QCOMPARE(o.value(QStringLiteral("code")).toInt(), 422);
    QCOMPARE(o.value(QStringLiteral("success")), QJsonValue(false));
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    QStringList got = detailStrings(r);
    got.sort();
    details.sort();
    QCOMPARE(got, details);
    verifyNoInternals(r);
}

void TestEnvelope::rateLimitHeaders_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("who");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    const QByteArray json = "application/json";
    QTest::newRow("200") << QByteArray("GET") << QStringLiteral("/v1/consents") << QByteArray()
                         << QByteArray("client") << json << 200;
    QTest::newRow("200 create") << QByteArray("POST") << QStringLiteral("/v1/consents/auth")
                                << consentBody() << QByteArray("client") << json << 200;
    QTest::newRow("401 no credentials") << QByteArray("GET") << QStringLiteral("/v1/consents")
                                        << QByteArray() << QByteArray() << json << 401;
    QTest::newRow("401 bad key") << QByteArray("GET") << QStringLiteral("/v1/consents")
                                 << QByteArray() << QByteArray("bad") << json << 401;
    QTest::newRow("404 unknown path") << QByteArray("GET") << QStringLiteral("/v1/nothing")
                                      << QByteArray() << QByteArray() << json << 404;
    QTest::newRow("404 unknown consent")
        << QByteArray("GET") << QStringLiteral("/v1/consents/cons_00000000000000000000")
        << QByteArray() << QByteArray("client") << json << 404;
    QTest::newRow("405") << QByteArray("PATCH") << QStringLiteral("/v1/consents") << QByteArray()
                         << QByteArray("client") << json << 405;
    QTest::newRow("400") << QByteArray("POST") << QStringLiteral("/v1/consents/auth")
                         << QByteArray("{") << QByteArray("client") << json << 400;
    QTest::newRow("415") << QByteArray("POST") << QStringLiteral("/v1/consents/auth")
                         << consentBody() << QByteArray("client") << QByteArray("text/plain")
                         << 415;
    QTest::newRow("422") << QByteArray("POST") << QStringLiteral("/v1/consents/auth")
                         << QByteArray("{}") << QByteArray("client") << json << 422;
    QTest::newRow("operator on /v1/clients") << QByteArray("GET") << QStringLiteral("/v1/clients")
                                             << QByteArray() << QByteArray("admin") << json << 200;
    QTest::newRow("token endpoint 400") << QByteArray("POST") << QStringLiteral("/v1/auth/token")
                                        << QByteArray("{}") << QByteArray() << json << 400;
}

void TestEnvelope::rateLimitHeaders()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, who);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    Headers extra;
    if (who == "bad")
        extra = {{"Authorization", "Bearer not-a-key"},
                 {"X-Client-ID", m_client.clientId.toUtf8()}};
    const Response r = call(method, path, body, who, contentType, extra);
    QCOMPARE(r.status, status);
    bool ok = false;
    const qint64 limit = r.header("X-RateLimit-Limit").toLongLong(&ok);
    QVERIFY2(ok && limit > 0, r.header("X-RateLimit-Limit").constData());
    const qint64 remaining = r.header("X-RateLimit-Remaining").toLongLong(&ok);
    QVERIFY(ok && remaining >= 0 && remaining <= limit);
    const qint64 reset = r.header("X-RateLimit-Reset").toLongLong(&ok);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(ok && reset >= now && reset <= now + 24 * 3600 + 1,
             r.header("X-RateLimit-Reset").constData());
    QVERIFY(!r.header("X-Request-ID").isEmpty());
}

void TestEnvelope::serverErrorHidesSql()
{
    // A fresh server whose consents table disappears underneath it: the database error must
    // become a plain 500 in the envelope.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const TestClient c = f.createClient();
    QCOMPARE(f.http()
                 .post(QStringLiteral("/v1/consents/auth"),
                       QJsonObject{{QStringLiteral("recipient"), QStringLiteral("+2348012345678")}},
                       c.bearer())
                 .status,
             200);
    f.server().database().exec(QStringLiteral("ALTER TABLE consents RENAME TO consents_gone"));
    for (const auto &[method, path] :
         {std::pair{QByteArray("POST"), QStringLiteral("/v1/consents/auth")},
          std::pair{QByteArray("GET"), QStringLiteral("/v1/consents")}}) {
        const Response r = f.http().send(
            method, path, method == "POST" ? consentBody() : QByteArray(), c.bearer());
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("server_error"));
        QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 500);
        QVERIFY(!r.header("X-Request-ID").isEmpty());
        QVERIFY(!r.header("X-RateLimit-Limit").isEmpty());
        verifyNoInternals(r);
        QVERIFY(!r.body.contains("consents_gone"));
        QVERIFY(!r.body.contains("consents "));
    }
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
