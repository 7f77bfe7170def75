// Clients (tenants) of §1 and §6: create/list/get/update/delete/regenerate-key, one-time
// credentials, who may do what, suspension, grace periods, webhook secrets, validation. The
// class runs on a ManualClock: grace periods end when a test moves the time.
#include "support/ServerFixture.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QtTest>

using namespace mid::test;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A word no other test's client names contain, to scope list queries (q=) to one test.
QString uniqueTag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QStringList detailStrings(const Response &r)
{
    QStringList out;
    for (const auto &d : r.json().value(QStringLiteral("details")).toArray())
        out << d.toObject().value(QStringLiteral("field")).toString() + QLatin1Char(':') +
                   d.toObject().value(QStringLiteral("issue")).toString();
    out.sort();
    return out;
}

Headers bearerOnly(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toUtf8()}};
}

// Every credential scheme of §1 a client can use, by name.
Headers credentials(const TestClient &c, const QString &scheme)
{
    if (scheme == QLatin1String("bearer"))
        return c.bearer();
    if (scheme == QLatin1String("mobid"))
        return c.mobidKey();
    if (scheme == QLatin1String("basic"))
        return c.basic();
    return bearerOnly(c.apiKey);
}
} // namespace

class TestClients : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void create();
    void createDefaults();
    void credentialsShownOnce();
    void list();
    void listPaging();
    void listFilters();
    void get();
    void update();
    void remove();
    void deletedCredentialsRejected_data();
    void deletedCredentialsRejected();
    void operatorRequired_data();
    void operatorRequired();
    void clientActsOnItself_data();
    void clientActsOnItself();
    void suspended_data();
    void suspended();
    void regenerateKey_data();
    void regenerateKey();
    void regenerateGraceExpires();
    void regenerateByClientItself();
    void webhookSecret();
    void validation_data();
    void validation();
    void wrongTypes_data();
    void wrongTypes();
    void notFound_data();
    void notFound();

private:
    mid::ManualClock m_clock; // before the server, which must stop before the clock goes
    std::unique_ptr<ServerFixture> m_f;
    HttpClient &http() { return m_f->http(); }
};

// One server for the whole class: every test makes its own clients, so none depends on what
// another left behind (starting a server generates its signing key, which takes a moment).
void TestClients::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
}

void TestClients::cleanupTestCase()
{
    m_f.reset();
}

void TestClients::create()
{
    const QJsonObject body =
        obj(R"({"name":"Acme Bank","plan":"growth","scopes":["consents","fido"],
        "allowedOrigins":["https://app.acme.example"],"qrPayload":"deeplink",
        "rateLimits":{"perMinute":10}})");
    const Response r = http().post(QStringLiteral("/v1/clients"), body, m_f->admin());
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 201);
    const QJsonObject d = r.data();
    const QString id = d.value(QStringLiteral("clientId")).toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^mid_client_[0-9A-Za-z]{12}$")).match(id).hasMatch(),
        qPrintable(id));
    QCOMPARE(d.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Bank"));
    QCOMPARE(d.value(QStringLiteral("plan")).toString(), QStringLiteral("growth"));
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(d.value(QStringLiteral("scopes")).toArray(),
             QJsonArray({QStringLiteral("consents"), QStringLiteral("fido")}));
    QCOMPARE(d.value(QStringLiteral("allowedOrigins")).toArray(),
             QJsonArray({QStringLiteral("https://app.acme.example")}));
    QCOMPARE(d.value(QStringLiteral("qrPayload")).toString(), QStringLiteral("deeplink"));
    QCOMPARE(
        d.value(QStringLiteral("rateLimits")).toObject().value(QStringLiteral("perMinute")).toInt(),
        10);
    QVERIFY(d.value(QStringLiteral("apiKey")).toString().size() >= 32);
    QVERIFY(d.value(QStringLiteral("clientSecret")).toString().size() >= 32);
    QVERIFY(d.value(QStringLiteral("apiKey")) != d.value(QStringLiteral("clientSecret")));
    QVERIFY(!d.value(QStringLiteral("createdAt")).toString().isEmpty());
}

void TestClients::createDefaults()
{
    const Response r =
        http().post(QStringLiteral("/v1/clients"), obj(R"({"name":"Minimal"})"), m_f->admin());
    QCOMPARE(r.status, 201);
    const QJsonObject d = r.data();
    QCOMPARE(d.value(QStringLiteral("plan")).toString(), QStringLiteral("free"));
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    // New clients get every scope unless created otherwise.
    QStringList scopes;
    for (const auto &s : d.value(QStringLiteral("scopes")).toArray())
        scopes << s.toString();
    scopes.sort();
    QStringList all = {QStringLiteral("consents"), QStringLiteral("fido"),
                       QStringLiteral("devices"),  QStringLiteral("enrollments"),
                       QStringLiteral("qr"),       QStringLiteral("identity"),
                       QStringLiteral("signing"),  QStringLiteral("mpin")};
    all.sort();
    QCOMPARE(scopes, all);
    QCOMPARE(d.value(QStringLiteral("rateLimits")), QJsonValue(QJsonValue::Null));
}

void TestClients::credentialsShownOnce()
{
    const Response created =
        http().post(QStringLiteral("/v1/clients"), obj(R"({"name":"Once"})"), m_f->admin());
    const QString id = created.data().value(QStringLiteral("clientId")).toString();
    const QByteArray key = created.data().value(QStringLiteral("apiKey")).toString().toUtf8();
    const QByteArray secret =
        created.data().value(QStringLiteral("clientSecret")).toString().toUtf8();
    QVERIFY(!key.isEmpty() && !secret.isEmpty());
    const TestClient c{id, QString::fromUtf8(key), QString::fromUtf8(secret)};

    const QList<Response> reads = {
        http().get(QStringLiteral("/v1/clients/") + id, m_f->admin()),
        http().get(QStringLiteral("/v1/clients"), m_f->admin()),
        http().get(QStringLiteral("/v1/clients/") + id, c.bearer()),
        http().put(QStringLiteral("/v1/clients/") + id, obj(R"({"name":"Once renamed"})"),
                   m_f->admin()),
    };
    for (const Response &r : reads) {
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(key));
        QVERIFY(!r.body.contains(secret));
        QVERIFY(!r.body.contains("apiKey"));
        QVERIFY(!r.body.contains("clientSecret"));
        QVERIFY(!r.body.toLower().contains("hash"));
    }
}

void TestClients::list()
{
    const TestClient a = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Alpha")}});
    const TestClient b = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Beta")}});
    const Response r = http().get(QStringLiteral("/v1/clients?limit=500"), m_f->admin());
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data();
    const QJsonArray items = d.value(QStringLiteral("items")).toArray();
    QVERIFY(d.value(QStringLiteral("total")).toInt() >= 2);
    QCOMPARE(items.size(), d.value(QStringLiteral("total")).toInt());
    QCOMPARE(d.value(QStringLiteral("nextCursor")), QJsonValue(QJsonValue::Null));
    QSet<QString> ids;
    for (const auto &item : items)
        ids.insert(item.toObject().value(QStringLiteral("clientId")).toString());
    QVERIFY(ids.contains(a.clientId));
    QVERIFY(ids.contains(b.clientId));
    for (const TestClient &c : {a, b}) {
        QVERIFY(!r.body.contains(c.apiKey.toUtf8()));
        QVERIFY(!r.body.contains(c.clientSecret.toUtf8()));
    }
}

void TestClients::listPaging()
{
    const QString tag = uniqueTag();
    QSet<QString> created;
    for (int i = 0; i < 7; ++i)
        created.insert(m_f->createClient({{QStringLiteral("name"),
                                           QStringLiteral("Paging %1 %2").arg(tag).arg(i)}})
                           .clientId);
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        QString path = QStringLiteral("/v1/clients?limit=3&q=") + tag;
        if (!cursor.isEmpty())
            path +=
                QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Response r = http().get(path, m_f->admin());
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.data();
        QCOMPARE(d.value(QStringLiteral("total")).toInt(), 7);
        const QJsonArray items = d.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 3);
        for (const auto &item : items) {
            const QString id = item.toObject().value(QStringLiteral("clientId")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
        }
        cursor = d.value(QStringLiteral("nextCursor")).toString();
        QVERIFY(++pages <= 3);
    } while (!cursor.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(seen, created);

    QCOMPARE(http().get(QStringLiteral("/v1/clients?limit=0"), m_f->admin()).status, 422);
    QCOMPARE(http().get(QStringLiteral("/v1/clients?limit=501"), m_f->admin()).status, 422);
    QCOMPARE(http().get(QStringLiteral("/v1/clients?cursor=%21%21"), m_f->admin()).status, 422);
}

void TestClients::listFilters()
{
    const QString tag = uniqueTag();
    m_f->createClient({{QStringLiteral("name"), tag + QStringLiteral(" Free one")},
                       {QStringLiteral("plan"), QStringLiteral("free")}});
    const TestClient e =
        m_f->createClient({{QStringLiteral("name"), tag + QStringLiteral(" Big Corp")}});
    QCOMPARE(http()
                 .put(QStringLiteral("/v1/clients/") + e.clientId, obj(R"({"status":"suspended"})"),
                      m_f->admin())
                 .status,
             200);
    auto total = [&](const QString &query) {
        return http()
            .get(QStringLiteral("/v1/clients?q=") + tag + QLatin1Char('&') + query, m_f->admin())
            .data()
            .value(QStringLiteral("total"))
            .toInt();
    };
    QCOMPARE(total(QStringLiteral("plan=free")), 1);
    QCOMPARE(total(QStringLiteral("plan=enterprise")), 1);
    QCOMPARE(total(QStringLiteral("status=suspended")), 1);
    QCOMPARE(total(QStringLiteral("status=active")), 1);
    QCOMPARE(total(QString()), 2);
    QCOMPARE(
        http()
            .get(QStringLiteral("/v1/clients?q=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(tag + QStringLiteral(" big"))),
                 m_f->admin())
            .data()
            .value(QStringLiteral("total"))
            .toInt(),
        1); // case-insensitive
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/clients?q=nothing-like-it-") + tag, m_f->admin())
                 .data()
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
}

void TestClients::get()
{
    const TestClient c = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Readable")}});
    const Response r = http().get(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(QStringLiteral("clientId")).toString(), c.clientId);
    QCOMPARE(r.data().value(QStringLiteral("name")).toString(), QStringLiteral("Readable"));
    QCOMPARE(r.data().value(QStringLiteral("plan")).toString(), QStringLiteral("enterprise"));
}

void TestClients::update()
{
    const TestClient c = m_f->createClient();
    const Response r = http().put(
        QStringLiteral("/v1/clients/") + c.clientId,
        obj(R"({"name":"Renamed","plan":"basic","scopes":["consents"],"qrPayload":"deeplink",
                                          "allowedOrigins":["http://localhost:3000"],"rateLimits":{"perDay":100}})"),
        m_f->admin());
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data();
    QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(d.value(QStringLiteral("plan")).toString(), QStringLiteral("basic"));
    QCOMPARE(d.value(QStringLiteral("scopes")).toArray(), QJsonArray({QStringLiteral("consents")}));
    QCOMPARE(d.value(QStringLiteral("qrPayload")).toString(), QStringLiteral("deeplink"));
    QCOMPARE(
        d.value(QStringLiteral("rateLimits")).toObject().value(QStringLiteral("perDay")).toInt(),
        100);
    // A partial update leaves the rest alone; rateLimits null clears them.
    const Response again = http().put(QStringLiteral("/v1/clients/") + c.clientId,
                                      obj(R"({"rateLimits":null})"), m_f->admin());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.data().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(again.data().value(QStringLiteral("plan")).toString(), QStringLiteral("basic"));
    QCOMPARE(again.data().value(QStringLiteral("rateLimits")), QJsonValue(QJsonValue::Null));
    // Persisted: a read shows the same.
    const Response read = http().get(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin());
    QCOMPARE(read.data().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    // The credentials did not change.
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, 200);
}

void TestClients::remove()
{
    const TestClient c = m_f->createClient();
    const Response r = http().del(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(QStringLiteral("deleted")), QJsonValue(true));
    QCOMPARE(http().get(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin()).status, 404);
    QCOMPARE(http().del(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin()).status, 404);
    QVERIFY(!http()
                 .get(QStringLiteral("/v1/clients?limit=500"), m_f->admin())
                 .body.contains(c.clientId.toUtf8()));
}

void TestClients::deletedCredentialsRejected_data()
{
    QTest::addColumn<QString>("scheme");
    for (const char *s :
         {"bearer", "mobid", "basic", "bearer key alone", "access token", "grace key"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestClients::deletedCredentialsRejected()
{
    QFETCH(QString, scheme);
    TestClient c = m_f->createClient();
    Headers headers = credentials(c, scheme);
    if (scheme == QLatin1String("access token")) {
        const Response t =
            http().post(QStringLiteral("/v1/auth/token"),
                        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("client_id"), c.clientId},
                         {QStringLiteral("client_secret"), c.clientSecret}});
        QCOMPARE(t.status, 200);
        headers = bearerOnly(t.json().value(QStringLiteral("access_token")).toString());
    } else if (scheme == QLatin1String("grace key")) {
        // An old key still inside its grace period dies with the client too.
        const Response g = http().post(QStringLiteral("/v1/clients/") + c.clientId +
                                           QStringLiteral("/regenerate-key"),
                                       {{QStringLiteral("graceSeconds"), 3600}}, m_f->admin());
        QCOMPARE(g.status, 200);
    }
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), headers).status, 200);
    QCOMPARE(http().del(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin()).status, 200);
    const Response r = http().get(QStringLiteral("/v1/consents"), headers);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(http().get(QStringLiteral("/v1/clients/") + c.clientId, headers).status, 401);
    if (scheme == QLatin1String("basic")) {
        const Response t =
            http().post(QStringLiteral("/v1/auth/token"),
                        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("client_id"), c.clientId},
                         {QStringLiteral("client_secret"), c.clientSecret}});
        QCOMPARE(t.status, 401);
    }
}

void TestClients::operatorRequired_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {self}: the calling client; {other}: another client
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/v1/clients")
                            << QByteArray(R"({"name":"x"})");
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/v1/clients") << QByteArray();
    QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/v1/clients/{other}")
                         << QByteArray();
    QTest::newRow("update") << QByteArray("PUT") << QStringLiteral("/v1/clients/{other}")
                            << QByteArray(R"({"name":"x"})");
    QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/v1/clients/{other}")
                            << QByteArray();
    QTest::newRow("regenerate") << QByteArray("POST")
                                << QStringLiteral("/v1/clients/{other}/regenerate-key")
                                << QByteArray("{}");
}

void TestClients::operatorRequired()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const TestClient other = m_f->createClient();
    path.replace(QStringLiteral("{other}"), other.clientId);
    // No credentials, a wrong operator token, and an operator-looking token with X-Client-ID: 401.
    for (const Headers &h : {Headers{}, bearerOnly(QStringLiteral("wrong-token")),
                             Headers{{"Authorization", "Bearer " + m_f->adminToken().toUtf8()},
                                     {"X-Client-ID", "x"}}}) {
        const Response r = http().send(method, path, body, h);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("unauthorized"));
    }
    const Response ok = http().send(method, path, body, m_f->admin());
    QVERIFY2(ok.status == 200 || ok.status == 201, ok.body.constData());
}

void TestClients::clientActsOnItself_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("get self") << QByteArray("GET") << QStringLiteral("/v1/clients/{self}")
                              << QByteArray() << 200;
    QTest::newRow("regenerate own key")
        << QByteArray("POST") << QStringLiteral("/v1/clients/{self}/regenerate-key")
        << QByteArray("{}") << 200;
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/v1/clients")
                            << QByteArray(R"({"name":"x"})") << 403;
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/v1/clients") << QByteArray()
                          << 403;
    QTest::newRow("get other") << QByteArray("GET") << QStringLiteral("/v1/clients/{other}")
                               << QByteArray() << 403;
    QTest::newRow("get missing") << QByteArray("GET")
                                 << QStringLiteral("/v1/clients/mid_client_000000000000")
                                 << QByteArray() << 403;
    QTest::newRow("update self") << QByteArray("PUT") << QStringLiteral("/v1/clients/{self}")
                                 << QByteArray(R"({"plan":"enterprise"})") << 403;
    QTest::newRow("suspend other") << QByteArray("PUT") << QStringLiteral("/v1/clients/{other}")
                                   << QByteArray(R"({"status":"suspended"})") << 403;
    QTest::newRow("delete self") << QByteArray("DELETE") << QStringLiteral("/v1/clients/{self}")
                                 << QByteArray() << 403;
    QTest::newRow("delete other") << QByteArray("DELETE") << QStringLiteral("/v1/clients/{other}")
                                  << QByteArray() << 403;
    QTest::newRow("regenerate other's key")
        << QByteArray("POST") << QStringLiteral("/v1/clients/{other}/regenerate-key")
        << QByteArray("{}") << 403;
}

void TestClients::clientActsOnItself()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const TestClient other = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Other")}});
    for (const QString &scheme :
         {QStringLiteral("bearer"), QStringLiteral("mobid"), QStringLiteral("basic")}) {
        const TestClient self =
            m_f->createClient({{QStringLiteral("plan"), QStringLiteral("free")}});
        QString p = path;
        p.replace(QStringLiteral("{self}"), self.clientId)
            .replace(QStringLiteral("{other}"), other.clientId);
        const Response r = http().send(method, p, body, credentials(self, scheme));
        QVERIFY2(r.status == status,
                 qPrintable(scheme + QStringLiteral(": ") + QString::fromUtf8(r.body)));
        if (status == 403)
            QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
                     QStringLiteral("forbidden"));
        if (status == 200 && method == "GET") {
            QCOMPARE(r.data().value(QStringLiteral("clientId")).toString(), self.clientId);
            QVERIFY(!r.body.contains(self.apiKey.toUtf8()));
        }
    }
    // Nothing happened to the other client.
    const Response o = http().get(QStringLiteral("/v1/clients/") + other.clientId, m_f->admin());
    QCOMPARE(o.status, 200);
    QCOMPARE(o.data().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), other.bearer()).status, 200);
}

void TestClients::suspended_data()
{
    QTest::addColumn<QString>("scheme");
    for (const char *s : {"bearer", "mobid", "basic", "bearer key alone"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestClients::suspended()
{
    QFETCH(QString, scheme);
    const TestClient c = m_f->createClient();
    const Headers h = credentials(c, scheme);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), h).status, 200);
    QCOMPARE(http()
                 .put(QStringLiteral("/v1/clients/") + c.clientId, obj(R"({"status":"suspended"})"),
                      m_f->admin())
                 .status,
             200);
    const QList<QPair<QByteArray, QString>> calls = {
        {"GET", QStringLiteral("/v1/consents")},
        {"POST", QStringLiteral("/v1/consents/auth")},
        {"GET", QStringLiteral("/v1/clients/") + c.clientId},
        {"POST", QStringLiteral("/v1/clients/") + c.clientId + QStringLiteral("/regenerate-key")},
    };
    for (const auto &[method, path] : calls) {
        const Response r = http().send(
            method, path,
            method == "POST" ? QByteArray(R"({"recipient":"+2348012345678"})") : QByteArray(), h);
        QVERIFY2(r.status == 403,
                 qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(r.body)));
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("forbidden"));
    }
    // No token for a suspended client either.
    const Response t =
        http().post(QStringLiteral("/v1/auth/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("client_id"), c.clientId},
                     {QStringLiteral("client_secret"), c.clientSecret}});
    QVERIFY(t.status == 401 || t.status == 403);
    // Reactivated, the same credentials work again.
    QCOMPARE(http()
                 .put(QStringLiteral("/v1/clients/") + c.clientId, obj(R"({"status":"active"})"),
                      m_f->admin())
                 .status,
             200);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), h).status, 200);
}

void TestClients::regenerateKey_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("oldStillValid");
    QTest::newRow("default grace (0)") << QByteArray("{}") << false;
    QTest::newRow("empty body") << QByteArray() << false;
    QTest::newRow("graceSeconds 0") << QByteArray(R"({"graceSeconds":0})") << false;
    QTest::newRow("graceSeconds 300") << QByteArray(R"({"graceSeconds":300})") << true;
}

void TestClients::regenerateKey()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, oldStillValid);
    const TestClient c = m_f->createClient();
    const Response r = http().send(
        "POST", QStringLiteral("/v1/clients/") + c.clientId + QStringLiteral("/regenerate-key"),
        body, m_f->admin());
    QCOMPARE(r.status, 200);
    const QString newKey = r.data().value(QStringLiteral("apiKey")).toString();
    const QString newSecret = r.data().value(QStringLiteral("clientSecret")).toString();
    QVERIFY(newKey.size() >= 32);
    QVERIFY(newKey != c.apiKey);
    // §1: regeneration issues a new key and a new secret, each shown this once.
    QVERIFY(newSecret.size() >= 32);
    QVERIFY(newSecret != c.clientSecret);
    QVERIFY(!r.body.contains(c.clientSecret.toUtf8()));
    const TestClient renewed{c.clientId, newKey, newSecret};
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), renewed.bearer()).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), renewed.mobidKey()).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), renewed.basic()).status, 200);
    const int expected = oldStillValid ? 200 : 401;
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, expected);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.mobidKey()).status, expected);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.basic()).status, expected);
    // Neither is ever shown again.
    const Response read = http().get(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin());
    QVERIFY(!read.body.contains(newKey.toUtf8()));
    QVERIFY(!read.body.contains(newSecret.toUtf8()));
}

void TestClients::regenerateGraceExpires()
{
    const TestClient c = m_f->createClient();
    QCOMPARE(
        http()
            .post(QStringLiteral("/v1/clients/") + c.clientId + QStringLiteral("/regenerate-key"),
                  {{QStringLiteral("graceSeconds"), 1}}, m_f->admin())
            .status,
        200);
    m_clock.advance(std::chrono::milliseconds(999));
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, 200);
    m_clock.advance(std::chrono::milliseconds(1));
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, 401);
}

void TestClients::regenerateByClientItself()
{
    const TestClient c = m_f->createClient();
    const Response r =
        http().post(QStringLiteral("/v1/clients/") + c.clientId + QStringLiteral("/regenerate-key"),
                    {}, c.mobidKey());
    QCOMPARE(r.status, 200);
    const QString newKey = r.data().value(QStringLiteral("apiKey")).toString();
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.mobidKey()).status, 401);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), {{"X-Mobid-Key", newKey.toUtf8()}}).status,
             200);
}

void TestClients::webhookSecret()
{
    const Response r =
        http().post(QStringLiteral("/v1/clients"),
                    obj(R"({"name":"Hooked","webhookUrl":"https://hooks.example.com/mid",
                                           "webhookEvents":["consent.approved","consent.expired"]})"),
                    m_f->admin());
    QCOMPARE(r.status, 201);
    const QString secret = r.data().value(QStringLiteral("webhookSecret")).toString();
    QVERIFY2(secret.startsWith(QLatin1String("whsec_")), qPrintable(secret));
    // The part after whsec_ is a base64 key (Standard Webhooks).
    const auto key = QByteArray::fromBase64Encoding(secret.mid(6).toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(key);
    QVERIFY(key.decoded.size() >= 24);
    const QJsonObject hook = r.data().value(QStringLiteral("webhook")).toObject();
    QCOMPARE(hook.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://hooks.example.com/mid"));
    QCOMPARE(hook.value(QStringLiteral("events")).toArray().size(), 2);
    const QString id = r.data().value(QStringLiteral("clientId")).toString();
    const TestClient c{id, r.data().value(QStringLiteral("apiKey")).toString(), {}};
    for (const Response &read : {http().get(QStringLiteral("/v1/clients/") + id, m_f->admin()),
                                 http().get(QStringLiteral("/v1/clients"), m_f->admin()),
                                 http().get(QStringLiteral("/v1/clients/") + id, c.bearer())}) {
        QCOMPARE(read.status, 200);
        QVERIFY(!read.body.contains(secret.toUtf8()));
        QVERIFY(!read.body.contains(secret.mid(6).toUtf8()));
    }
    // Without webhookUrl there is no webhook secret at all.
    const Response plain =
        http().post(QStringLiteral("/v1/clients"), obj(R"({"name":"Plain"})"), m_f->admin());
    QVERIFY(!plain.body.contains("whsec_"));
}

void TestClients::validation_data()
{
    QTest::addColumn<QByteArray>("method"); // POST: create; PUT: update
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("details");
    QTest::newRow("name missing") << QByteArray("POST") << QByteArray(R"({"plan":"free"})")
                                  << QStringList{QStringLiteral("name:required")};
    QTest::newRow("name blank") << QByteArray("POST") << QByteArray(R"({"name":"   "})")
                                << QStringList{QStringLiteral("name:length")};
    QTest::newRow("name too long")
        << QByteArray("POST") << (QByteArray(R"({"name":")") + QByteArray(121, 'n') + "\"}")
        << QStringList{QStringLiteral("name:length")};
    QTest::newRow("unknown plan") << QByteArray("POST")
                                  << QByteArray(R"({"name":"x","plan":"platinum"})")
                                  << QStringList{QStringLiteral("plan:enum")};
    QTest::newRow("unknown scope")
        << QByteArray("POST") << QByteArray(R"({"name":"x","scopes":["consents","admin"]})")
        << QStringList{QStringLiteral("scopes:enum")};
    QTest::newRow("origin with path")
        << QByteArray("POST")
        << QByteArray(R"({"name":"x","allowedOrigins":["https://a.example/path"]})")
        << QStringList{QStringLiteral("allowedOrigins:format")};
    QTest::newRow("origin not a URL")
        << QByteArray("POST") << QByteArray(R"({"name":"x","allowedOrigins":["a.example"]})")
        << QStringList{QStringLiteral("allowedOrigins:format")};
    QTest::newRow("http webhook") << QByteArray("POST")
                                  << QByteArray(
                                         R"({"name":"x","webhookUrl":"http://hooks.example.com"})")
                                  << QStringList{QStringLiteral("webhookUrl:format")};
    QTest::newRow("unknown webhook event")
        << QByteArray("POST")
        << QByteArray(
               R"({"name":"x","webhookUrl":"https://h.example","webhookEvents":["consent.eaten"]})")
        << QStringList{QStringLiteral("webhookEvents:enum")};
    QTest::newRow("qrPayload") << QByteArray("POST")
                               << QByteArray(R"({"name":"x","qrPayload":"sms"})")
                               << QStringList{QStringLiteral("qrPayload:enum")};
    QTest::newRow("negative perMinute")
        << QByteArray("POST") << QByteArray(R"({"name":"x","rateLimits":{"perMinute":-1}})")
        << QStringList{QStringLiteral("rateLimits.perMinute:format")};
    QTest::newRow("fractional perDay")
        << QByteArray("POST") << QByteArray(R"({"name":"x","rateLimits":{"perDay":1.5}})")
        << QStringList{QStringLiteral("rateLimits.perDay:format")};
    QTest::newRow("unknown group")
        << QByteArray("POST")
        << QByteArray(R"({"name":"x","rateLimits":{"groups":{"payments":5}}})")
        << QStringList{QStringLiteral("rateLimits.groups.payments:unknown")};
    QTest::newRow("group not a number")
        << QByteArray("POST") << QByteArray(R"({"name":"x","rateLimits":{"groups":{"fido":"5"}}})")
        << QStringList{QStringLiteral("rateLimits.groups.fido:format")};
    QTest::newRow("several at once")
        << QByteArray("POST") << QByteArray(R"({"plan":"gold","qrPayload":"x"})")
        << QStringList{QStringLiteral("name:required"), QStringLiteral("plan:enum"),
                       QStringLiteral("qrPayload:enum")};
    QTest::newRow("update: unknown status")
        << QByteArray("PUT") << QByteArray(R"({"status":"deleted"})")
        << QStringList{QStringLiteral("status:enum")};
    QTest::newRow("update: blank name") << QByteArray("PUT") << QByteArray(R"({"name":""})")
                                        << QStringList{QStringLiteral("name:length")};
    QTest::newRow("update: unknown plan") << QByteArray("PUT") << QByteArray(R"({"plan":"mega"})")
                                          << QStringList{QStringLiteral("plan:enum")};
}

void TestClients::validation()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, details);
    const TestClient c = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Unchanged")}});
    const int clientsBefore = http()
                                  .get(QStringLiteral("/v1/clients"), m_f->admin())
                                  .data()
                                  .value(QStringLiteral("total"))
                                  .toInt();
    const QString path = method == "PUT" ? QStringLiteral("/v1/clients/") + c.clientId
                                         : QStringLiteral("/v1/clients");
    const Response r = http().send(method, path, body, m_f->admin());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("validation_error"));
    details.sort();
    QCOMPARE(detailStrings(r), details);
    // Nothing was created or changed.
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/clients"), m_f->admin())
                 .data()
                 .value(QStringLiteral("total"))
                 .toInt(),
             clientsBefore);
    const QJsonObject after =
        http().get(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin()).data();
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Unchanged"));
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(after.value(QStringLiteral("plan")).toString(), QStringLiteral("enterprise"));
}

void TestClients::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("details");
    QTest::newRow("name number") << QByteArray(R"({"name":5})")
                                 << QStringList{QStringLiteral("name:type")};
    QTest::newRow("scopes string") << QByteArray(R"({"name":"x","scopes":"consents"})")
                                   << QStringList{QStringLiteral("scopes:type")};
    QTest::newRow("rateLimits array") << QByteArray(R"({"name":"x","rateLimits":[5]})")
                                      << QStringList{QStringLiteral("rateLimits:type")};
    QTest::newRow("plan bool") << QByteArray(R"({"name":"x","plan":true})")
                               << QStringList{QStringLiteral("plan:type")};
}

void TestClients::wrongTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, details);
    const Response r = http().send("POST", QStringLiteral("/v1/clients"), body, m_f->admin());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("bad_request"));
    QCOMPARE(detailStrings(r), details);
}

void TestClients::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("get") << QByteArray("GET") << QString() << QByteArray();
    QTest::newRow("update") << QByteArray("PUT") << QString() << QByteArray(R"({"name":"x"})");
    QTest::newRow("delete") << QByteArray("DELETE") << QString() << QByteArray();
    QTest::newRow("regenerate") << QByteArray("POST") << QStringLiteral("/regenerate-key")
                                << QByteArray("{}");
}

void TestClients::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const Response r = http().send(
        method, QStringLiteral("/v1/clients/mid_client_000000000000") + suffix, body, m_f->admin());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
