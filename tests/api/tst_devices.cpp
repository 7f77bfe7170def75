// Devices of §5: registration without a credential, the `dev_…` id and the phone's deviceId,
// list filters and paging, who sees which device (the tenant it was enrolled through, a
// tenant whose session it decided, operators), block / unblock / deregister with their events,
// and credentials shown and revoked.
#include "support/DeviceApiFixture.h"
#include "support/FidoPhone.h"
#include "support/JsonText.h"


#include <QJsonArray>
#include <QUrl>
#include <QtTest>

using namespace mid;
using namespace mid::test;

class TestDevices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void create();
    void createUpdatesSameDevice();
    void deviceIdOfAnotherNumber();
    void getByEitherId_data();
    void getByEitherId();
    void listFiltersAndPaging();
    void otherTenantCannotSee_data();
    void otherTenantCannotSee();
    void decidingMakesVisible();
    void operatorsSeeAll();
    void auditorReadsOnly();
    void blockAndUnblock();
    void deregisterRevokesCredentials();
    void credentialsShown();
    void badInput_data();
    void badInput();
    void missingScope();

private:
    QJsonObject createDevice(const QString &deviceId, const TestClient *as = nullptr,
                             const QString &mobile = {});

    std::unique_ptr<DeviceApiFixture> m_f;
    TestClient m_client;
    TestClient m_other;
    QString m_mobile;
    HttpClient &http() { return m_f->http(); }
};

void TestDevices::initTestCase()
{
    m_f = std::make_unique<DeviceApiFixture>(QStringLiteral("+23470"));
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
}

void TestDevices::cleanupTestCase()
{
    m_f.reset();
}

void TestDevices::init()
{
    m_client = m_f->createClient();
    m_other = m_f->createClient();
    QVERIFY(!m_client.apiKey.isEmpty() && !m_other.apiKey.isEmpty());
    m_mobile = m_f->nextMobile();
    m_f->events().clear();
}

QJsonObject TestDevices::createDevice(const QString &deviceId, const TestClient *as,
                                      const QString &mobile)
{
    QJsonObject body{{QStringLiteral("mobile"), mobile.isEmpty() ? m_mobile : mobile},
                     {QStringLiteral("model"), QStringLiteral("Pixel 8")},
                     {QStringLiteral("os"), QStringLiteral("Android 15")},
                     {QStringLiteral("appVersion"), QStringLiteral("2.1.0")}};
    if (!deviceId.isEmpty())
        body.insert(QStringLiteral("deviceId"), deviceId);
    const Response r =
        http().post(QStringLiteral("/v1/devices"), body, (as ? *as : m_client).bearer());
    if (r.status != 201)
        qWarning() << "device not created" << r.status << r.body;
    return r.data();
}

void TestDevices::create()
{
    const Response r = http().post(QStringLiteral("/v1/devices"),
                                   {{QStringLiteral("mobile"), m_mobile},
                                    {QStringLiteral("deviceId"), QStringLiteral("created-phone")},
                                    {QStringLiteral("model"), QStringLiteral("iPhone 15 Pro")},
                                    {QStringLiteral("os"), QStringLiteral("iOS 17.2")},
                                    {QStringLiteral("appVersion"), QStringLiteral("2.1.0")},
                                    {QStringLiteral("pushToken"), QStringLiteral("apns-123")}},
                                   m_client.mobidKey());
    QCOMPARE(r.status, 201);
    const QJsonObject d = r.data();
    QVERIFY(jsonText(d, "id").startsWith(QLatin1String("dev_")));
    QCOMPARE(jsonText(d, "deviceId"), QStringLiteral("created-phone"));
    QVERIFY(jsonText(d, "userId").startsWith(QLatin1String("usr_")));
    QCOMPARE(jsonText(d, "mobile"), m_mobile);
    QCOMPARE(jsonText(d, "model"), QStringLiteral("iPhone 15 Pro"));
    QCOMPARE(jsonText(d, "os"), QStringLiteral("iOS 17.2"));
    QCOMPARE(jsonText(d, "appVersion"), QStringLiteral("2.1.0"));
    QCOMPARE(jsonText(d, "pushToken"), QStringLiteral("apns-123"));
    QCOMPARE(jsonText(d, "status"), QStringLiteral("active"));
    QCOMPARE(jsonText(d, "enrolledByClient"), m_client.clientId);
    QCOMPARE(d.value(QStringLiteral("credentials")).toArray().size(), 0);
    QVERIFY(m_f->events().types().contains(QStringLiteral("device.registered")));
    // Without a deviceId, the device's deviceId is its dev_ id.
    const QJsonObject bare = createDevice(QString());
    QCOMPARE(jsonText(bare, "deviceId"), jsonText(bare, "id"));
}

void TestDevices::createUpdatesSameDevice()
{
    const QJsonObject first = createDevice(QStringLiteral("updated-phone"));
    const Response again =
        http().post(QStringLiteral("/v1/devices"),
                    {{QStringLiteral("mobile"), m_mobile},
                     {QStringLiteral("deviceId"), QStringLiteral("updated-phone")},
                     {QStringLiteral("model"), QStringLiteral("Pixel 9")},
                     {QStringLiteral("os"), QStringLiteral("Android 16")},
                     {QStringLiteral("appVersion"), QStringLiteral("2.2.0")}},
                    m_client.bearer());
    QCOMPARE(again.status, 200);
    QCOMPARE(jsonText(again.data(), "id"), jsonText(first, "id"));
    QCOMPARE(jsonText(again.data(), "model"), QStringLiteral("Pixel 9"));
}

void TestDevices::deviceIdOfAnotherNumber()
{
    createDevice(QStringLiteral("taken-phone"));
    const Response r = http().post(QStringLiteral("/v1/devices"),
                                   {{QStringLiteral("mobile"), QStringLiteral("+14155550999")},
                                    {QStringLiteral("deviceId"), QStringLiteral("taken-phone")},
                                    {QStringLiteral("model"), QStringLiteral("x")},
                                    {QStringLiteral("os"), QStringLiteral("y")},
                                    {QStringLiteral("appVersion"), QStringLiteral("z")}},
                                   m_client.bearer());
    QCOMPARE(r.status, 409);
    QCOMPARE(jsonText(r.json(), "type"), QStringLiteral("conflict"));
}

void TestDevices::getByEitherId_data()
{
    QTest::addColumn<bool>("byDevId");
    QTest::newRow("dev_ id") << true;
    QTest::newRow("the phone's deviceId") << false;
}

void TestDevices::getByEitherId()
{
    QFETCH(bool, byDevId);
    const QString deviceId = QStringLiteral("either-phone-%1").arg(byDevId);
    const QJsonObject d = createDevice(deviceId);
    const Response r =
        http().get(QStringLiteral("/v1/devices/") + (byDevId ? jsonText(d, "id") : deviceId),
                   m_client.bearer());
    QCOMPARE(r.status, 200);
    QCOMPARE(jsonText(r.data(), "id"), jsonText(d, "id"));
    QVERIFY(r.data().value(QStringLiteral("credentials")).isArray());
}

void TestDevices::listFiltersAndPaging()
{
    const QString serial = m_mobile.right(8); // device ids unique to this test
    for (int i = 0; i < 3; ++i)
        createDevice(QStringLiteral("listed-%1-%2").arg(serial).arg(i));
    const QJsonObject blocked = createDevice(QStringLiteral("listed-%1-blocked").arg(serial));
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/devices/%1/block").arg(jsonText(blocked, "id")), {},
                       m_client.bearer())
                 .status,
             200);
    const QString byMobile = QStringLiteral("/v1/devices?mobile=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(m_mobile));
    const QJsonObject all = http().get(byMobile, m_client.bearer()).data();
    QCOMPARE(all.value(QStringLiteral("total")).toInt(), 4);
    QCOMPARE(all.value(QStringLiteral("items")).toArray().size(), 4);
    QVERIFY(all.value(QStringLiteral("nextCursor")).isNull());
    // Newest first.
    QCOMPARE(jsonText(all.value(QStringLiteral("items")).toArray().at(0).toObject(), "id"),
             jsonText(blocked, "id"));
    const QJsonObject active =
        http().get(byMobile + QStringLiteral("&status=active"), m_client.bearer()).data();
    QCOMPARE(active.value(QStringLiteral("total")).toInt(), 3);
    const QJsonObject page1 =
        http().get(byMobile + QStringLiteral("&limit=3"), m_client.bearer()).data();
    QCOMPARE(page1.value(QStringLiteral("items")).toArray().size(), 3);
    const QString cursor = jsonText(page1, "nextCursor");
    QVERIFY(!cursor.isEmpty());
    const QJsonObject page2 =
        http()
            .get(byMobile + QStringLiteral("&limit=3&cursor=") + cursor, m_client.bearer())
            .data();
    QCOMPARE(page2.value(QStringLiteral("items")).toArray().size(), 1);
}

void TestDevices::otherTenantCannotSee_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("GET") << QStringLiteral("GET") << QString();
    QTest::newRow("DELETE") << QStringLiteral("DELETE") << QString();
    QTest::newRow("block") << QStringLiteral("POST") << QStringLiteral("/block");
    QTest::newRow("unblock") << QStringLiteral("POST") << QStringLiteral("/unblock");
}

void TestDevices::otherTenantCannotSee()
{
    QFETCH(QString, method);
    QFETCH(QString, suffix);
    const QJsonObject d = createDevice(QStringLiteral("private-%1-%2").arg(method, suffix.mid(1)));
    const Response r = http().send(
        method.toLatin1(), QStringLiteral("/v1/devices/") + jsonText(d, "id") + suffix,
        method == QLatin1String("POST") ? QByteArray("{}") : QByteArray(), m_other.bearer());
    QCOMPARE(r.status, 404);
    QCOMPARE(jsonText(r.json(), "type"), QStringLiteral("not_found"));
    const QJsonObject list = http().get(QStringLiteral("/v1/devices"), m_other.bearer()).data();
    QCOMPARE(list.value(QStringLiteral("total")).toInt(), 0);
    // Nothing changed for its owner.
    QCOMPARE(
        jsonText(http()
                     .get(QStringLiteral("/v1/devices/") + jsonText(d, "id"), m_client.bearer())
                     .data(),
                 "status"),
        QStringLiteral("active"));
}

void TestDevices::decidingMakesVisible()
{
    FidoPhone phone(*m_f, m_mobile, QStringLiteral("deciding-phone"));
    const QJsonObject reg = phone.enrollAndRegister(m_client);
    const QString devId = jsonText(reg.value(QStringLiteral("device")).toObject(), "id");
    QCOMPARE(http().get(QStringLiteral("/v1/devices/") + devId, m_other.bearer()).status, 404);
    const QJsonObject consent =
        m_f->createConsent(m_other, {{QStringLiteral("recipient"), m_mobile}});
    QCOMPARE(phone.decide(jsonText(consent, "id")).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/devices/") + devId, m_other.bearer()).status, 200);
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/devices"), m_other.bearer())
                 .data()
                 .value(QStringLiteral("total"))
                 .toInt(),
             1);
}

void TestDevices::operatorsSeeAll()
{
    const QJsonObject a = createDevice(QStringLiteral("op-a"));
    const QJsonObject b = createDevice(QStringLiteral("op-b"), &m_other);
    for (const QJsonObject &d : {a, b})
        QCOMPARE(
            http().get(QStringLiteral("/v1/devices/") + jsonText(d, "id"), m_f->admin()).status,
            200);
    const QJsonObject list = http()
                                 .get(QStringLiteral("/v1/devices?mobile=") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(m_mobile)),
                                      m_f->admin())
                                 .data();
    QCOMPARE(list.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/devices/%1/block").arg(jsonText(b, "id")),
                       {{QStringLiteral("reason"), QStringLiteral("fraud")}}, m_f->admin())
                 .status,
             200);
    const Response blocked =
        http().get(QStringLiteral("/v1/devices/") + jsonText(b, "id"), m_other.bearer());
    QCOMPARE(jsonText(blocked.data(), "status"), QStringLiteral("blocked"));
    QCOMPARE(jsonText(blocked.data(), "blockReason"), QStringLiteral("fraud"));
}

void TestDevices::auditorReadsOnly()
{
    QVERIFY(http()
                .post(QStringLiteral("/admin/v1/operators"),
                      {{QStringLiteral("username"), QStringLiteral("dev-auditor")},
                       {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                       {QStringLiteral("role"), QStringLiteral("auditor")}},
                      m_f->admin())
                .status < 300);
    const Response login =
        http().post(QStringLiteral("/admin/v1/login"),
                    {{QStringLiteral("username"), QStringLiteral("dev-auditor")},
                     {QStringLiteral("password"), QStringLiteral("correct horse battery")}});
    const Headers auditor{{"Authorization", "Bearer " + jsonText(login.data(), "token").toUtf8()}};
    const QJsonObject d = createDevice(QStringLiteral("audited-device"));
    QCOMPARE(http().get(QStringLiteral("/v1/devices/") + jsonText(d, "id"), auditor).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/devices"), auditor).status, 200);
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/devices/%1/block").arg(jsonText(d, "id")), {}, auditor)
                 .status,
             403);
    QCOMPARE(http().del(QStringLiteral("/v1/devices/") + jsonText(d, "id"), auditor).status, 403);
}

void TestDevices::blockAndUnblock()
{
    const QJsonObject d = createDevice(QStringLiteral("blockable"));
    const QString path = QStringLiteral("/v1/devices/") + jsonText(d, "id");
    const Response blocked = http().post(
        path + QStringLiteral("/block"),
        {{QStringLiteral("reason"), QStringLiteral("reported lost")}}, m_client.bearer());
    QCOMPARE(blocked.status, 200);
    QCOMPARE(jsonText(blocked.data(), "status"), QStringLiteral("blocked"));
    QCOMPARE(jsonText(blocked.data(), "blockReason"), QStringLiteral("reported lost"));
    QVERIFY(!jsonText(blocked.data(), "blockedAt").isEmpty());
    QCOMPARE(http().post(path + QStringLiteral("/block"), {}, m_client.bearer()).status, 409);
    const Response unblocked =
        http().post(path + QStringLiteral("/unblock"), {}, m_client.bearer());
    QCOMPARE(unblocked.status, 200);
    QCOMPARE(jsonText(unblocked.data(), "status"), QStringLiteral("active"));
    QVERIFY(unblocked.data().value(QStringLiteral("blockReason")).isNull());
    QCOMPARE(http().post(path + QStringLiteral("/unblock"), {}, m_client.bearer()).status, 409);
    const QStringList types = m_f->events().types();
    QVERIFY(types.contains(QStringLiteral("device.blocked")));
    QVERIFY(types.contains(QStringLiteral("device.unblocked")));
}

void TestDevices::deregisterRevokesCredentials()
{
    FidoPhone phone(*m_f, m_mobile, QStringLiteral("leaving-phone"));
    const QJsonObject reg = phone.enrollAndRegister(m_client);
    const QString devId = jsonText(reg.value(QStringLiteral("device")).toObject(), "id");
    const Response r = http().del(QStringLiteral("/v1/devices/") + devId, m_client.bearer());
    QCOMPARE(r.status, 200);
    QCOMPARE(jsonText(r.data(), "status"), QStringLiteral("deregistered"));
    const QJsonArray creds = r.data().value(QStringLiteral("credentials")).toArray();
    QCOMPARE(creds.size(), 1);
    QVERIFY(!jsonText(creds.at(0).toObject(), "revokedAt").isEmpty());
    QVERIFY(m_f->events().types().contains(QStringLiteral("device.deregistered")));
    QCOMPARE(http().del(QStringLiteral("/v1/devices/") + devId, m_client.bearer()).status, 409);
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/devices/%1/block").arg(devId), {}, m_client.bearer())
                 .status,
             409);
    // The phone may enroll again: a new dev_ row under the same deviceId.
    FidoPhone again(*m_f, m_mobile, QStringLiteral("leaving-phone"));
    const QJsonObject second = again.enrollAndRegister(m_client);
    const QString newId = jsonText(second.value(QStringLiteral("device")).toObject(), "id");
    QVERIFY(newId.startsWith(QLatin1String("dev_")));
    QVERIFY(newId != devId);
    QCOMPARE(
        jsonText(http().get(QStringLiteral("/v1/devices/leaving-phone"), m_client.bearer()).data(),
                 "id"),
        newId);
}

void TestDevices::credentialsShown()
{
    FidoPhone phone(*m_f, m_mobile, QStringLiteral("credential-phone"));
    const QJsonObject reg = phone.enrollAndRegister(m_client);
    const QJsonObject d =
        http().get(QStringLiteral("/v1/devices/credential-phone"), m_client.bearer()).data();
    QCOMPARE(d.value(QStringLiteral("mobileVerified")).toBool(), true);
    const QJsonArray creds = d.value(QStringLiteral("credentials")).toArray();
    QCOMPARE(creds.size(), 1);
    const QJsonObject c = creds.at(0).toObject();
    QCOMPARE(jsonText(c, "id"), jsonText(reg, "credentialId"));
    QCOMPARE(c.value(QStringLiteral("alg")).toInt(), -7);
    QCOMPARE(jsonText(c, "aaguid").size(), 36);
    QCOMPARE(c.value(QStringLiteral("signCount")).toInt(), 0);
    QVERIFY(!jsonText(c, "createdAt").isEmpty());
    QVERIFY(c.value(QStringLiteral("lastUsedAt")).isNull());
    QVERIFY(c.value(QStringLiteral("transports")).toArray().contains(QStringLiteral("internal")));
    QCOMPARE(c.value(QStringLiteral("flagged")).toBool(), false);
    // After use, lastUsedAt and the counter move.
    QCOMPARE(phone
                 .decide(jsonText(
                     m_f->createConsent(m_client, {{QStringLiteral("recipient"), m_mobile}}), "id"))
                 .status,
             200);
    const QJsonObject used =
        http()
            .get(QStringLiteral("/v1/devices/credential-phone"), m_client.bearer())
            .data()
            .value(QStringLiteral("credentials"))
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(used.value(QStringLiteral("signCount")).toInt(), 1);
    QVERIFY(!jsonText(used, "lastUsedAt").isEmpty());
}

void TestDevices::badInput_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("create: no model")
        << QByteArray("POST") << QStringLiteral("/v1/devices")
        << QByteArray(R"({"mobile":"+2348012345678","os":"a","appVersion":"b"})") << 422;
    QTest::newRow("create: bad mobile")
        << QByteArray("POST") << QStringLiteral("/v1/devices")
        << QByteArray(R"({"mobile":"123","model":"m","os":"a","appVersion":"b"})") << 422;
    QTest::newRow("create: model not a string")
        << QByteArray("POST") << QStringLiteral("/v1/devices")
        << QByteArray(R"({"mobile":"+2348012345678","model":1,"os":"a","appVersion":"b"})") << 400;
    QTest::newRow("list: bad status")
        << QByteArray("GET") << QStringLiteral("/v1/devices?status=lost") << QByteArray() << 422;
    QTest::newRow("list: bad mobile")
        << QByteArray("GET") << QStringLiteral("/v1/devices?mobile=abc") << QByteArray() << 422;
    QTest::newRow("list: bad cursor")
        << QByteArray("GET") << QStringLiteral("/v1/devices?cursor=!!") << QByteArray() << 422;
    QTest::newRow("get: unknown") << QByteArray("GET")
                                  << QStringLiteral("/v1/devices/dev_unknown0000000000")
                                  << QByteArray() << 404;
    QTest::newRow("block: reason not a string")
        << QByteArray("POST") << QStringLiteral("/v1/devices/dev_unknown0000000000/block")
        << QByteArray(R"({"reason":5})") << 400;
    QTest::newRow("PUT not allowed")
        << QByteArray("PUT") << QStringLiteral("/v1/devices/x") << QByteArray("{}") << 405;
}

void TestDevices::badInput()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Response r = http().send(method, path, body, m_client.bearer());
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("error")).toBool(), true);
}

void TestDevices::missingScope()
{
    const TestClient limited =
        m_f->createClient({{QStringLiteral("scopes"), QJsonArray{QStringLiteral("consents")}}});
    QCOMPARE(http().get(QStringLiteral("/v1/devices"), limited.bearer()).status, 403);
    QCOMPARE(http().get(QStringLiteral("/v1/devices")).status, 401);
}

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
