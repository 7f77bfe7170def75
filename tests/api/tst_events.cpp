// The console's live stream of §13 (GET /admin/v1/events, Server-Sent Events): who may open
// it, what it carries for each state change, resuming with Last-Event-ID, several consoles at
// once and a server that goes away under an open stream. The stream is read off the wire
// here (QNetworkReply::readyRead), not through the console's own client, so what is tested
// is what the server sends.
#include "support/ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtTest>

#include <optional>

using namespace mid::test;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString describe(const Response &r)
{
    return QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(600)));
}

Headers bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toUtf8()}};
}

// One event off the wire: the SSE fields and the JSON of its data lines.
struct SseEvent
{
    QString id;   // the `id:` field (empty when the frame has none)
    QString type; // the `event:` field
    QJsonObject body;
    QByteArray frame;
    QJsonObject data() const { return body.value(QStringLiteral("data")).toObject(); }
};

// Reads GET /admin/v1/events as a browser's EventSource would, keeping every event.
class SseReader
{
public:
    SseReader(const QString &baseUrl, const Headers &headers,
              const QString &path = QStringLiteral("/admin/v1/events"))
    {
        QNetworkRequest request(QUrl(baseUrl + path));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Accept", "text/event-stream");
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        m_reply = m_nam.get(request);
        QObject::connect(m_reply, &QNetworkReply::readyRead, &m_context, [this] { read(); });
        QObject::connect(m_reply, &QNetworkReply::finished, &m_context, [this] {
            read();
            m_finished = true;
        });
    }
    ~SseReader() { close(); }

    void close()
    {
        if (m_reply) {
            QNetworkReply *reply = m_reply;
            m_reply = nullptr;
            QObject::disconnect(reply, nullptr, &m_context, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }
    bool finished() const { return m_finished; }
    int status() const
    {
        return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }
    QByteArray header(const QByteArray &name) const
    {
        return m_reply ? m_reply->rawHeader(name) : QByteArray();
    }
    QNetworkReply::NetworkError error() const
    {
        return m_reply ? m_reply->error() : QNetworkReply::NoError;
    }
    const QList<SseEvent> &events() const { return m_events; }
    const QByteArray &raw() const { return m_raw; }

    // The first event (from index `from` on) of that type matching `match`, waiting for it.
    std::optional<SseEvent> waitFor(const QString &type,
                                    const std::function<bool(const SseEvent &)> &match = {},
                                    int timeoutMs = 5000, qsizetype from = 0)
    {
        std::optional<SseEvent> found;
        waitUntil(
            [&] {
                for (qsizetype i = from; i < m_events.size(); ++i) {
                    const SseEvent &e = m_events.at(i);
                    if (e.type == type && (!match || match(e))) {
                        found = e;
                        return true;
                    }
                }
                return m_finished;
            },
            timeoutMs);
        return found;
    }
    bool has(const QString &type, const std::function<bool(const SseEvent &)> &match = {}) const
    {
        for (const SseEvent &e : m_events)
            if (e.type == type && (!match || match(e)))
                return true;
        return false;
    }
    QString lastId() const
    {
        for (qsizetype i = m_events.size() - 1; i >= 0; --i)
            if (!m_events.at(i).id.isEmpty())
                return m_events.at(i).id;
        return {};
    }
    QStringList types() const
    {
        QStringList out;
        for (const SseEvent &e : m_events)
            out << e.type;
        return out;
    }

private:
    void read()
    {
        if (!m_reply)
            return;
        const QByteArray chunk = m_reply->readAll();
        m_raw += chunk;
        m_buffer += chunk;
        m_buffer.replace("\r\n", "\n");
        qsizetype end;
        while ((end = m_buffer.indexOf("\n\n")) >= 0) {
            parse(m_buffer.left(end));
            m_buffer.remove(0, end + 2);
        }
    }
    void parse(const QByteArray &block)
    {
        SseEvent e;
        e.frame = block;
        QByteArray data;
        for (const QByteArray &line : block.split('\n')) {
            if (line.isEmpty() || line.startsWith(':'))
                continue;
            const qsizetype colon = line.indexOf(':');
            const QByteArray field = colon < 0 ? line : line.left(colon);
            QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (field == "data")
                data += (data.isEmpty() ? QByteArray() : QByteArrayLiteral("\n")) + value;
            else if (field == "id")
                e.id = QString::fromUtf8(value);
            else if (field == "event")
                e.type = QString::fromUtf8(value);
        }
        if (data.isEmpty())
            return; // retry: lines and keep-alive comments
        e.body = QJsonDocument::fromJson(data).object();
        if (e.type.isEmpty())
            e.type = QStringLiteral("message");
        m_events.append(e);
    }

    QNetworkAccessManager m_nam;
    QObject m_context; // receiver of the reply's signals, so close() cuts only ours
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QByteArray m_raw;
    QList<SseEvent> m_events;
    bool m_finished = false;
};

std::function<bool(const SseEvent &)> dataHas(const QString &key, const QString &value)
{
    return [key, value](const SseEvent &e) { return e.data().value(key).toString() == value; };
}
} // namespace

class TestEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void unauthorized_data();
    void unauthorized();
    void helloAndHeaders();
    void clientCreated();
    void clientEventsCarryNoSecrets();
    void consentLifecycle();
    void adminConsentEvents();
    void metricsTick();
    void auditAppended();
    void resume();
    void resumeUnknownId_data();
    void resumeUnknownId();
    void resumeByQuery();
    void resumeAfterTick();
    void twoStreams();
    void closedStreamForgotten();
    void otherRequestsWhileStreaming();
    void headIsNotAStream();
    void revokedTokenEndsStream_data();
    void revokedTokenEndsStream();
    void serverStopEndsStream();
    void resumeAfterRestart();
    void inboundRequestIsAnnounced();

private:
    std::unique_ptr<ServerFixture> m_f;
    HttpClient &http() { return m_f->http(); }
    std::unique_ptr<SseReader> open(const Headers &extra = {});
    // Opens a stream and waits for its hello; fails the test through the returned null.
    std::unique_ptr<SseReader> openReady(const Headers &extra = {});
    int subscribers();
};

void TestEvents::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
}

void TestEvents::cleanupTestCase()
{
    m_f.reset();
}

std::unique_ptr<SseReader> TestEvents::open(const Headers &extra)
{
    Headers h = m_f->admin();
    h.append(extra);
    return std::make_unique<SseReader>(m_f->server().baseUrl(), h);
}

std::unique_ptr<SseReader> TestEvents::openReady(const Headers &extra)
{
    auto s = open(extra);
    if (!s->waitFor(QStringLiteral("stream.hello"))) {
        qWarning() << "no stream.hello; status" << s->status() << "body" << s->raw();
        return nullptr;
    }
    return s;
}

int TestEvents::subscribers()
{
    return http()
        .get(QStringLiteral("/admin/v1/overview"), m_f->admin())
        .data()
        .value(QStringLiteral("counts"))
        .toObject()
        .value(QStringLiteral("streamSubscribers"))
        .toInt(-1);
}

void TestEvents::unauthorized_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("no token") << QStringLiteral("none");
    QTest::newRow("unknown token") << QStringLiteral("unknown");
    QTest::newRow("client bearer + X-Client-ID") << QStringLiteral("bearer");
    QTest::newRow("client X-Mobid-Key") << QStringLiteral("mobid");
    QTest::newRow("client Basic") << QStringLiteral("basic");
    QTest::newRow("client key as bearer") << QStringLiteral("key-only");
    QTest::newRow("admin token + X-Client-ID") << QStringLiteral("admin+client-id");
}

void TestEvents::unauthorized()
{
    QFETCH(QString, scheme);
    const TestClient c = m_f->createClient();
    Headers h;
    if (scheme == QLatin1String("unknown"))
        h = bearer(QStringLiteral("mid_op_notarealtoken0000000000000000000000000"));
    else if (scheme == QLatin1String("bearer"))
        h = c.bearer();
    else if (scheme == QLatin1String("mobid"))
        h = c.mobidKey();
    else if (scheme == QLatin1String("basic"))
        h = c.basic();
    else if (scheme == QLatin1String("key-only"))
        h = bearer(c.apiKey);
    else if (scheme == QLatin1String("admin+client-id"))
        h = {{"Authorization", "Bearer " + m_f->adminToken().toUtf8()},
             {"X-Client-ID", c.clientId.toUtf8()}};
    const Response r = http().get(QStringLiteral("/admin/v1/events"), h);
    QVERIFY2(r.status == 401, qPrintable(describe(r)));
    QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    const QJsonObject j = r.json();
    QCOMPARE(j.value(QStringLiteral("error")), QJsonValue(true));
    QCOMPARE(j.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(j.value(QStringLiteral("code")).toInt(), 401);
    QCOMPARE(j.value(QStringLiteral("type")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(!j.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(j.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("requestId")));
    QVERIFY(!r.header("X-Request-ID").isEmpty());
}

void TestEvents::helloAndHeaders()
{
    auto s = open();
    const auto hello = s->waitFor(QStringLiteral("stream.hello"));
    QVERIFY2(hello, s->raw().constData());
    QCOMPARE(s->status(), 200);
    QVERIFY2(s->header("Content-Type").startsWith("text/event-stream"),
             s->header("Content-Type").constData());
    QVERIFY(!s->header("X-Request-ID").isEmpty());
    QCOMPARE(s->header("Cache-Control"), QByteArray("no-store"));
    // The very first event is the hello, it carries no id (so it never moves Last-Event-ID),
    // and without Last-Event-ID nothing was replayed.
    QCOMPARE(s->events().first().type, QStringLiteral("stream.hello"));
    QVERIFY2(hello->id.isEmpty(), hello->frame.constData());
    QCOMPARE(hello->data().value(QStringLiteral("replayed")), QJsonValue(false));
    QVERIFY(!hello->data().value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY(!s->finished());

    // An operator of any role may follow the stream.
    for (const char *role : {"operator", "auditor"}) {
        const QString name = QStringLiteral("sse-%1-%2")
                                 .arg(QLatin1String(role))
                                 .arg(QRandomGenerator::global()->generate());
        QCOMPARE(http()
                     .post(QStringLiteral("/admin/v1/operators"),
                           {{QStringLiteral("username"), name},
                            {QStringLiteral("password"), QStringLiteral("a long password")},
                            {QStringLiteral("role"), QLatin1String(role)}},
                           m_f->admin())
                     .status,
                 201);
        const Response login =
            http().post(QStringLiteral("/admin/v1/login"),
                        {{QStringLiteral("username"), name},
                         {QStringLiteral("password"), QStringLiteral("a long password")}});
        QCOMPARE(login.status, 200);
        SseReader other(m_f->server().baseUrl(),
                        bearer(login.data().value(QStringLiteral("token")).toString()));
        QVERIFY2(other.waitFor(QStringLiteral("stream.hello")), role);
        QCOMPARE(other.status(), 200);
    }
}

void TestEvents::clientCreated()
{
    auto s = openReady();
    QVERIFY(s);
    const Response r =
        http().post(QStringLiteral("/v1/clients"), obj(R"({"name":"Streamed"})"), m_f->admin());
    QCOMPARE(r.status, 201);
    const QString id = r.data().value(QStringLiteral("clientId")).toString();
    const auto e =
        s->waitFor(QStringLiteral("client.created"), dataHas(QStringLiteral("clientId"), id));
    QVERIFY2(e, qPrintable(s->types().join(QLatin1Char(','))));
    QVERIFY(e->id.startsWith(QLatin1String("evt_")));
    QCOMPARE(e->body.value(QStringLiteral("id")).toString(), e->id);
    QCOMPARE(e->body.value(QStringLiteral("event")).toString(), QStringLiteral("client.created"));
    QCOMPARE(e->body.value(QStringLiteral("clientId")).toString(), id);
    QVERIFY(!e->body.value(QStringLiteral("timestamp")).toString().isEmpty());
    QCOMPARE(e->data().value(QStringLiteral("name")).toString(), QStringLiteral("Streamed"));

    // Updating and deleting the client are state changes too.
    QCOMPARE(
        http()
            .put(QStringLiteral("/v1/clients/") + id, obj(R"({"name":"Renamed"})"), m_f->admin())
            .status,
        200);
    QVERIFY2(s->waitFor(QStringLiteral("client.updated"),
                        dataHas(QStringLiteral("name"), QStringLiteral("Renamed"))),
             qPrintable(s->types().join(QLatin1Char(','))));
    QCOMPARE(http().del(QStringLiteral("/v1/clients/") + id, m_f->admin()).status, 200);
    QVERIFY2(s->waitFor(QStringLiteral("client.deleted"),
                        [&](const SseEvent &ev) {
                            return ev.body.value(QStringLiteral("clientId")).toString() == id;
                        }),
             qPrintable(s->types().join(QLatin1Char(','))));
}

void TestEvents::clientEventsCarryNoSecrets()
{
    auto s = openReady();
    QVERIFY(s);
    const TestClient c = m_f->createClient();
    QVERIFY(s->waitFor(QStringLiteral("client.created"),
                       dataHas(QStringLiteral("clientId"), c.clientId)));
    const Response regen = http().send(
        "POST", QStringLiteral("/v1/clients/") + c.clientId + QStringLiteral("/regenerate-key"), {},
        m_f->admin());
    QCOMPARE(regen.status, 200);
    QVERIFY(s->waitFor(QStringLiteral("client.key_regenerated"),
                       dataHas(QStringLiteral("clientId"), c.clientId)));
    const QString newKey = regen.data().value(QStringLiteral("apiKey")).toString();
    const QString newSecret = regen.data().value(QStringLiteral("clientSecret")).toString();
    QVERIFY(!newKey.isEmpty());
    for (const QString &secret : {c.apiKey, c.clientSecret, newKey, newSecret})
        QVERIFY(!s->raw().contains(secret.toUtf8()));
    QVERIFY(!s->raw().contains("apiKey"));
    QVERIFY(!s->raw().contains("clientSecret"));
}

void TestEvents::consentLifecycle()
{
    const TestClient c = m_f->createClient();
    auto s = openReady();
    QVERIFY(s);
    const QJsonObject consent = m_f->createConsent(c);
    const QString id = consent.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const auto created =
        s->waitFor(QStringLiteral("consent.created"), dataHas(QStringLiteral("sessionId"), id));
    QVERIFY2(created, qPrintable(s->types().join(QLatin1Char(','))));
    QCOMPARE(created->data().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(created->body.value(QStringLiteral("clientId")).toString(), c.clientId);

    QCOMPARE(http().del(QStringLiteral("/v1/consents/") + id, c.bearer()).status, 200);
    const auto revoked =
        s->waitFor(QStringLiteral("consent.revoked"), dataHas(QStringLiteral("sessionId"), id));
    QVERIFY2(revoked, qPrintable(s->types().join(QLatin1Char(','))));
    QCOMPARE(revoked->data().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QVERIFY(revoked->id != created->id);
    // In the order they happened.
    qsizetype createdAt = -1, revokedAt = -1;
    for (qsizetype i = 0; i < s->events().size(); ++i) {
        if (s->events().at(i).id == created->id)
            createdAt = i;
        if (s->events().at(i).id == revoked->id)
            revokedAt = i;
    }
    QVERIFY(createdAt >= 0 && createdAt < revokedAt);
}

void TestEvents::adminConsentEvents()
{
    // Consents an operator creates and revokes for a tenant reach the stream as well.
    const TestClient c = m_f->createClient();
    auto s = openReady();
    QVERIFY(s);
    const Response r =
        http().post(QStringLiteral("/admin/v1/consents"),
                    {{QStringLiteral("clientId"), c.clientId},
                     {QStringLiteral("recipient"), QStringLiteral("+2348012345678")}},
                    m_f->admin());
    QVERIFY2(r.status == 201, qPrintable(describe(r)));
    const QString id = r.data().value(QStringLiteral("id")).toString();
    QVERIFY(
        s->waitFor(QStringLiteral("consent.created"), dataHas(QStringLiteral("sessionId"), id)));
    QCOMPARE(http().del(QStringLiteral("/admin/v1/consents/") + id, m_f->admin()).status, 200);
    QVERIFY(
        s->waitFor(QStringLiteral("consent.revoked"), dataHas(QStringLiteral("sessionId"), id)));
}

void TestEvents::metricsTick()
{
    auto s = openReady();
    QVERIFY(s);
    const qsizetype start = s->events().size();
    const auto tick = s->waitFor(QStringLiteral("metrics.tick"), {}, 3000, start);
    QVERIFY2(tick, qPrintable(s->types().join(QLatin1Char(','))));
    const QJsonObject d = tick->data();
    QVERIFY2(d.value(QStringLiteral("requests")).toObject().contains(QStringLiteral("total")),
             tick->frame.constData());
    QVERIFY(d.value(QStringLiteral("latency")).toObject().contains(QStringLiteral("p99")));
    QVERIFY(d.value(QStringLiteral("consents")).toObject().contains(QStringLiteral("created")));
    QVERIFY(!d.value(QStringLiteral("t")).toString().isEmpty());
    // One a second: a second one follows.
    const auto next = s->waitFor(
        QStringLiteral("metrics.tick"), [&](const SseEvent &e) { return e.id != tick->id; }, 3000,
        start);
    QVERIFY(next);
    QVERIFY(next->data().value(QStringLiteral("t")).toString() >
            d.value(QStringLiteral("t")).toString());
}

void TestEvents::auditAppended()
{
    auto s = openReady();
    QVERIFY(s);
    const qsizetype start = s->events().size();
    // Audited: an operator action.
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/clients"), obj(R"({"name":"Audited"})"), m_f->admin())
                 .status,
             201);
    const auto e = s->waitFor(QStringLiteral("audit.appended"), {}, 3000, start);
    QVERIFY2(e, qPrintable(s->types().join(QLatin1Char(','))));
    QVERIFY2(e->data().value(QStringLiteral("rows")).toInt() >= 1, e->frame.constData());
}

void TestEvents::resume()
{
    auto first = openReady();
    QVERIFY(first);
    const TestClient a = m_f->createClient();
    QVERIFY(first->waitFor(QStringLiteral("client.created"),
                           dataHas(QStringLiteral("clientId"), a.clientId)));
    // Everything up to here was seen; what follows while away is what must come back.
    const QString lastId = first->lastId();
    QVERIFY(!lastId.isEmpty());
    first->close();
    first.reset();

    const TestClient b = m_f->createClient();
    const QString consentId = m_f->createConsent(b).value(QStringLiteral("id")).toString();

    auto again = open({{"Last-Event-ID", lastId.toUtf8()}});
    const auto hello = again->waitFor(QStringLiteral("stream.hello"));
    QVERIFY2(hello, again->raw().constData());
    QCOMPARE(hello->data().value(QStringLiteral("replayed")), QJsonValue(true));
    const auto missed = again->waitFor(QStringLiteral("client.created"),
                                       dataHas(QStringLiteral("clientId"), b.clientId));
    QVERIFY2(missed, qPrintable(again->types().join(QLatin1Char(','))));
    QVERIFY(again->waitFor(QStringLiteral("consent.created"),
                           dataHas(QStringLiteral("sessionId"), consentId)));
    // Nothing from before the id comes back, and nothing twice.
    QVERIFY(!again->has(QStringLiteral("client.created"),
                        dataHas(QStringLiteral("clientId"), a.clientId)));
    QSet<QString> seen;
    for (const SseEvent &e : again->events()) {
        if (e.id.isEmpty())
            continue;
        QVERIFY2(e.id != lastId, qPrintable(e.id));
        QVERIFY2(!seen.contains(e.id), qPrintable(e.id));
        seen.insert(e.id);
    }
    // The replay comes right after the hello, before anything live.
    QCOMPARE(again->events().first().type, QStringLiteral("stream.hello"));
    // And the stream stays live after the replay.
    const TestClient c = m_f->createClient();
    QVERIFY(again->waitFor(QStringLiteral("client.created"),
                           dataHas(QStringLiteral("clientId"), c.clientId)));
}

void TestEvents::resumeUnknownId_data()
{
    QTest::addColumn<QByteArray>("lastEventId");
    QTest::newRow("unknown evt id") << QByteArray("evt_doesnotexist00000000");
    QTest::newRow("garbage") << QByteArray("garbage");
}

void TestEvents::resumeUnknownId()
{
    QFETCH(QByteArray, lastEventId);
    const TestClient before = m_f->createClient();
    auto s = open({{"Last-Event-ID", lastEventId}});
    const auto hello = s->waitFor(QStringLiteral("stream.hello"));
    QVERIFY2(hello, s->raw().constData());
    QCOMPARE(s->status(), 200);
    QCOMPARE(hello->data().value(QStringLiteral("replayed")), QJsonValue(false));
    // Nothing replayed: the console reloads instead.
    QVERIFY(!waitUntil(
        [&] {
            return s->has(QStringLiteral("client.created"),
                          dataHas(QStringLiteral("clientId"), before.clientId));
        },
        300));
    // But it is live.
    const TestClient after = m_f->createClient();
    QVERIFY(s->waitFor(QStringLiteral("client.created"),
                       dataHas(QStringLiteral("clientId"), after.clientId)));
}

void TestEvents::resumeByQuery()
{
    // EventSource cannot set headers on its first connect; ?lastEventId= does the same.
    auto first = openReady();
    QVERIFY(first);
    const TestClient a = m_f->createClient();
    QVERIFY(first->waitFor(QStringLiteral("client.created"),
                           dataHas(QStringLiteral("clientId"), a.clientId)));
    const QString lastId = first->lastId();
    first.reset();
    const TestClient b = m_f->createClient();
    SseReader again(m_f->server().baseUrl(), m_f->admin(),
                    QStringLiteral("/admin/v1/events?lastEventId=") + lastId);
    const auto hello = again.waitFor(QStringLiteral("stream.hello"));
    QVERIFY(hello);
    QCOMPARE(hello->data().value(QStringLiteral("replayed")), QJsonValue(true));
    QVERIFY(again.waitFor(QStringLiteral("client.created"),
                          dataHas(QStringLiteral("clientId"), b.clientId)));
}

void TestEvents::resumeAfterTick()
{
    // Ticks come every second and carry an id, so the id a console remembers last is most
    // often a tick's; resuming from it must work as from any other event.
    auto first = openReady();
    QVERIFY(first);
    const TestClient a = m_f->createClient();
    QVERIFY(first->waitFor(QStringLiteral("client.created"),
                           dataHas(QStringLiteral("clientId"), a.clientId)));
    const qsizetype start = first->events().size();
    const auto tick = first->waitFor(QStringLiteral("metrics.tick"), {}, 3000, start);
    QVERIFY(tick);
    QVERIFY2(!tick->id.isEmpty(), tick->frame.constData());
    first.reset();

    const TestClient b = m_f->createClient();
    auto again = open({{"Last-Event-ID", tick->id.toUtf8()}});
    const auto hello = again->waitFor(QStringLiteral("stream.hello"));
    QVERIFY(hello);
    QCOMPARE(hello->data().value(QStringLiteral("replayed")), QJsonValue(true));
    QVERIFY2(again->waitFor(QStringLiteral("client.created"),
                            dataHas(QStringLiteral("clientId"), b.clientId), 2000),
             qPrintable(again->types().join(QLatin1Char(','))));
}

void TestEvents::twoStreams()
{
    auto one = openReady();
    auto two = openReady();
    QVERIFY(one && two);
    const TestClient c = m_f->createClient();
    const auto a = one->waitFor(QStringLiteral("client.created"),
                                dataHas(QStringLiteral("clientId"), c.clientId));
    const auto b = two->waitFor(QStringLiteral("client.created"),
                                dataHas(QStringLiteral("clientId"), c.clientId));
    QVERIFY(a && b);
    QCOMPARE(a->id, b->id);
    QCOMPARE(a->body, b->body);
    // Closing one leaves the other live.
    one.reset();
    const QString consentId = m_f->createConsent(c).value(QStringLiteral("id")).toString();
    QVERIFY(two->waitFor(QStringLiteral("consent.created"),
                         dataHas(QStringLiteral("sessionId"), consentId)));
}

void TestEvents::closedStreamForgotten()
{
    const int before = subscribers();
    QVERIFY(before >= 0);
    auto a = openReady();
    auto b = openReady();
    QVERIFY(a && b);
    QCOMPARE(subscribers(), before + 2);
    a.reset();
    b.reset();
    // The server notices consoles that went away.
    QVERIFY2(waitUntil([&] { return subscribers() == before; }, 5000),
             qPrintable(QString::number(subscribers())));
    // And publishing after that is harmless.
    QCOMPARE(m_f->createClient().clientId.isEmpty(), false);
    QCOMPARE(http().get(QStringLiteral("/healthz")).status, 200);
}

void TestEvents::otherRequestsWhileStreaming()
{
    auto s = openReady();
    QVERIFY(s);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), m_f->admin()).status, 200);
    QVERIFY(!s->finished());
    const TestClient c = m_f->createClient();
    QVERIFY(s->waitFor(QStringLiteral("client.created"),
                       dataHas(QStringLiteral("clientId"), c.clientId)));
}

void TestEvents::headIsNotAStream()
{
    // HEAD is GET without a body (RFC 9110 §9.3.2): the head of the stream, then nothing, so
    // the connection can carry the next request. Read off a raw socket to see every byte.
    const QUrl base(m_f->server().baseUrl());
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(socket.waitForConnected(3000));
    socket.write("HEAD /admin/v1/events HTTP/1.1\r\nHost: " + base.authority().toLatin1() +
                 "\r\nAuthorization: Bearer " + m_f->adminToken().toUtf8() + "\r\n\r\n");
    QByteArray received;
    QVERIFY(waitUntil(
        [&] {
            received += socket.readAll();
            return received.contains("\r\n\r\n");
        },
        3000));
    // Give a body time to show up, and an event to be published meanwhile.
    QVERIFY(!m_f->createClient().clientId.isEmpty());
    waitUntil(
        [&] {
            received += socket.readAll();
            return false;
        },
        300);
    const qsizetype headEnd = received.indexOf("\r\n\r\n") + 4;
    QVERIFY2(received.startsWith("HTTP/1.1 200"), received.constData());
    QVERIFY2(received.size() == headEnd, qPrintable(QStringLiteral("HEAD answered with a body: ") +
                                                    QString::fromUtf8(received.mid(headEnd, 200))));

    // The same connection still answers the next request properly.
    socket.write("GET /healthz HTTP/1.1\r\nHost: " + base.authority().toLatin1() + "\r\n\r\n");
    QByteArray next;
    waitUntil(
        [&] {
            next += socket.readAll();
            return next.contains("\r\n\r\n");
        },
        2000);
    QVERIFY2(next.startsWith("HTTP/1.1 200"), next.left(200).constData());
}

void TestEvents::revokedTokenEndsStream_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("logout") << QStringLiteral("logout");
    QTest::newRow("operator deleted") << QStringLiteral("delete");
}

void TestEvents::revokedTokenEndsStream()
{
    // A token that no longer opens anything must not keep receiving every state change.
    QFETCH(QString, how);
    const QString name = QStringLiteral("sse-gone-%1").arg(QRandomGenerator::global()->generate());
    QCOMPARE(http()
                 .post(QStringLiteral("/admin/v1/operators"),
                       {{QStringLiteral("username"), name},
                        {QStringLiteral("password"), QStringLiteral("a long password")},
                        {QStringLiteral("role"), QStringLiteral("operator")}},
                       m_f->admin())
                 .status,
             201);
    const Response login =
        http().post(QStringLiteral("/admin/v1/login"),
                    {{QStringLiteral("username"), name},
                     {QStringLiteral("password"), QStringLiteral("a long password")}});
    QCOMPARE(login.status, 200);
    const QString token = login.data().value(QStringLiteral("token")).toString();
    SseReader s(m_f->server().baseUrl(), bearer(token));
    QVERIFY(s.waitFor(QStringLiteral("stream.hello")));
    if (how == QLatin1String("logout"))
        QCOMPARE(http().send("POST", QStringLiteral("/admin/v1/logout"), {}, bearer(token)).status,
                 200);
    else
        QCOMPARE(http().del(QStringLiteral("/admin/v1/operators/") + name, m_f->admin()).status,
                 200);
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), bearer(token)).status, 401);
    const TestClient c = m_f->createClient();
    QVERIFY(!c.clientId.isEmpty());
    QVERIFY2(waitUntil([&] { return s.finished(); }, 5000),
             "the stream outlived its revoked token");
    QVERIFY2(
        !s.has(QStringLiteral("client.created"), dataHas(QStringLiteral("clientId"), c.clientId)),
        "a revoked token still receives the live stream");
}

void TestEvents::serverStopEndsStream()
{
    auto f = std::make_unique<ServerFixture>();
    QVERIFY2(f->ok(), qPrintable(f->error()));
    SseReader s(f->server().baseUrl(), f->admin());
    QVERIFY(s.waitFor(QStringLiteral("stream.hello")));
    SseReader t(f->server().baseUrl(), f->admin());
    QVERIFY(t.waitFor(QStringLiteral("stream.hello")));
    QVERIFY(!s.finished());
    f.reset(); // stops the server with both streams open
    QVERIFY2(waitUntil([&] { return s.finished() && t.finished(); }, 5000),
             "the stream did not end when the server stopped");
    // Settle: late socket events must not touch the dead server.
    QTest::qWait(200);
}

// The stream replays from the recorded events (the outbox's rows), so a console that comes
// back after the server restarted gets what it missed, with the same ids.
void TestEvents::resumeAfterRestart()
{
    QTemporaryDir dir;
    const auto sameDir = [&dir](mid::ServerConfig &c) { c.dataDir = dir.path(); };
    auto f = std::make_unique<ServerFixture>(sameDir);
    QVERIFY2(f->ok(), qPrintable(f->error()));
    QString lastId;
    {
        SseReader s(f->server().baseUrl(), f->admin());
        QVERIFY(s.waitFor(QStringLiteral("stream.hello")));
        const TestClient a = f->createClient();
        QVERIFY(s.waitFor(QStringLiteral("client.created"),
                          dataHas(QStringLiteral("clientId"), a.clientId)));
        lastId = s.lastId();
    }
    const TestClient b =
        f->createClient({{QStringLiteral("webhookUrl"), QStringLiteral("http://127.0.0.1:9/")}});
    const QString consentId = f->createConsent(b).value(QStringLiteral("id")).toString();
    f.reset();

    f = std::make_unique<ServerFixture>(sameDir);
    QVERIFY2(f->ok(), qPrintable(f->error()));
    Headers resume = f->admin();
    resume.append({"Last-Event-ID", lastId.toUtf8()});
    SseReader again(f->server().baseUrl(), resume);
    const auto hello = again.waitFor(QStringLiteral("stream.hello"));
    QVERIFY2(hello, again.raw().constData());
    QCOMPARE(hello->data().value(QStringLiteral("replayed")), QJsonValue(true));
    QVERIFY(again.waitFor(QStringLiteral("client.created"),
                          dataHas(QStringLiteral("clientId"), b.clientId)));
    const auto created = again.waitFor(QStringLiteral("consent.created"),
                                       dataHas(QStringLiteral("sessionId"), consentId));
    QVERIFY(created);
    QVERIFY(created->id.startsWith(QLatin1String("evt_")));
    // The replayed event is the recorded one the webhooks carry.
    const Response rows = f->http().get(
        QStringLiteral("/admin/v1/webhooks/deliveries?resource=") + consentId, f->admin());
    QCOMPARE(rows.status, 200);
    const QJsonArray items = rows.data().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("eventId")).toString(), created->id);
}

// Every stored inbound webhook request reaches the console live, whatever its verdict.
void TestEvents::inboundRequestIsAnnounced()
{
    auto s = openReady();
    QVERIFY(s);
    const Response r = http().send("POST", QStringLiteral("/v1/webhooks/stripe"),
                                   R"({"id":"evt_live","type":"invoice.paid"})",
                                   {{"Stripe-Signature", "t=1,v1=00"}});
    QCOMPARE(r.status, 503);
    const auto e = s->waitFor(QStringLiteral("webhook.inbound"));
    QVERIFY2(e, qPrintable(s->types().join(QLatin1Char(','))));
    QCOMPARE(e->data().value(QStringLiteral("provider")).toString(), QStringLiteral("stripe"));
    QCOMPARE(e->data().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("not_configured"));
    QVERIFY(e->data().value(QStringLiteral("id")).toString().startsWith(QLatin1String("whi_")));
    QVERIFY(!e->frame.contains("Stripe-Signature"));
}

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
