// Enrollments of §4: the code sent through the message channel (and shown in --demo), five
// tries, the single-use 15-minute token, the per-device hourly limit, tenant isolation,
// operators enrolling on a person's behalf, and the approver page's enrollment. The class
// runs on a ManualClock: codes and tokens expire when a test moves the time, to the
// millisecond, without waiting.
#include "support/DeviceApiFixture.h"
#include "support/FidoPhone.h"
#include "support/JsonText.h"
#include "support/ServerFixture.h"

#include "core/Clock.h"
#include "core/Time.h"
#include "domain/Enrollment.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QtTest>

using namespace mid;
using namespace mid::test;

namespace {
// Rows for a lifetime test: used a millisecond before it ends, when it ends, or much later.
void addLifetimeRows(qint64 lifetimeMs)
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a millisecond before") << lifetimeMs - 1 << true;
    QTest::newRow("at its lifetime") << lifetimeMs << false;
    QTest::newRow("a day later") << lifetimeMs + 24 * 3600 * 1000 << false;
}

// A device id of its own for every call (the per-device hourly limit counts per id).
QString newDevice(const char *name)
{
    static int made = 0;
    return QStringLiteral("%1-%2").arg(QLatin1String(name)).arg(++made);
}
} // namespace

class TestEnrollments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void create_data();
    void create();
    void codeIsSentNotShown();
    void demoModeShowsCode();
    void verifyRightCode();
    void codeExpiresAfterTenMinutes_data();
    void codeExpiresAfterTenMinutes();
    void wrongCodes();
    void tokenIsSingleUse();
    void tokenExpiresAfterFifteenMinutes_data();
    void tokenExpiresAfterFifteenMinutes();
    void completedByRegistration();
    void sixthInAnHourIsLimited();
    void otherTenantCannotSee();
    void operatorsEnrollOnBehalf();
    void auditorIsReadOnly();
    void missingScope();
    void approverPageEnrollment();
    void badInput_data();
    void badInput();
    void messagesListPaging();

private:
    QJsonObject enroll(const QString &deviceId, const Headers &headers = {});
    Response verify(const QString &id, const QString &code);
    QString codeFor(const QString &mobile);

    ManualClock m_clock; // before the server, which must stop before the clock goes
    std::unique_ptr<DeviceApiFixture> m_f;
    TestClient m_client;
    QString m_mobile;
    HttpClient &http() { return m_f->http(); }
};

void TestEnrollments::initTestCase()
{
    m_f = std::make_unique<DeviceApiFixture>(QStringLiteral("+23490"));
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
}

void TestEnrollments::cleanupTestCase()
{
    m_f.reset();
}

void TestEnrollments::init()
{
    m_client = m_f->createClient();
    QVERIFY(!m_client.apiKey.isEmpty());
    m_mobile = m_f->nextMobile();
    m_f->events().clear();
}

QJsonObject TestEnrollments::enroll(const QString &deviceId, const Headers &headers)
{
    const Response r =
        http().post(QStringLiteral("/v1/enrollments"),
                    {{QStringLiteral("mobile"), m_mobile}, {QStringLiteral("deviceId"), deviceId}},
                    headers.isEmpty() ? m_client.bearer() : headers);
    if (r.status != 200)
        qWarning() << "enroll failed" << r.status << r.body;
    return r.data();
}

Response TestEnrollments::verify(const QString &id, const QString &code)
{
    return http().post(QStringLiteral("/v1/enrollments/%1/verify").arg(id),
                       {{QStringLiteral("code"), code}});
}

QString TestEnrollments::codeFor(const QString &mobile)
{
    FidoPhone reader(*m_f, mobile, QString());
    return reader.lastCode();
}

void TestEnrollments::create_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("Bearer + X-Client-ID") << QStringLiteral("bearer");
    QTest::newRow("X-Mobid-Key") << QStringLiteral("mobid");
    QTest::newRow("Basic") << QStringLiteral("basic");
}

void TestEnrollments::create()
{
    QFETCH(QString, scheme);
    const Headers h = scheme == QLatin1String("bearer")  ? m_client.bearer()
                      : scheme == QLatin1String("mobid") ? m_client.mobidKey()
                                                         : m_client.basic();
    const Response r =
        http().post(QStringLiteral("/v1/enrollments"),
                    {{QStringLiteral("mobile"), m_mobile},
                     {QStringLiteral("deviceId"), QStringLiteral("create-") + scheme},
                     {QStringLiteral("userId"), QStringLiteral("partner-user-7")},
                     {QStringLiteral("deviceInfo"),
                      QJsonObject{{QStringLiteral("model"), QStringLiteral("Pixel 8")}}}},
                    h);
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data();
    QVERIFY(QRegularExpression(QStringLiteral("^enr_[0-9A-Za-z]{16,}$"))
                .match(jsonText(d, "enrollmentId"))
                .hasMatch());
    QCOMPARE(jsonText(d, "id"), jsonText(d, "enrollmentId"));
    QCOMPARE(jsonText(d, "status"), QStringLiteral("pending_verification"));
    QCOMPARE(jsonText(d, "mobile"), m_mobile);
    QCOMPARE(jsonText(d, "deviceId"), QStringLiteral("create-") + scheme);
    QCOMPARE(jsonText(d, "userId"), QStringLiteral("partner-user-7"));
    QCOMPARE(jsonText(d, "clientId"), m_client.clientId);
    QCOMPARE(d.value(QStringLiteral("attemptsRemaining")).toInt(), 5);
    QVERIFY(jsonText(d, "expiresAt").endsWith(QLatin1Char('Z')));
    QVERIFY(!r.header("X-RateLimit-Limit").isEmpty());
}

void TestEnrollments::codeIsSentNotShown()
{
    const QJsonObject e = enroll(QStringLiteral("sent-phone"));
    QVERIFY(!e.contains(QStringLiteral("demoCode")));
    const Response messages = http().get(QStringLiteral("/admin/v1/messages?to=") +
                                             QString::fromLatin1(QUrl::toPercentEncoding(m_mobile)),
                                         m_f->admin());
    QCOMPARE(messages.status, 200);
    const QJsonObject list = messages.data();
    QCOMPARE(list.value(QStringLiteral("total")).toInt(), 1);
    QVERIFY(list.contains(QStringLiteral("nextCursor")));
    const QJsonObject m = list.value(QStringLiteral("items")).toArray().at(0).toObject();
    QVERIFY(jsonText(m, "id").startsWith(QLatin1String("msg_")));
    QCOMPARE(jsonText(m, "channel"), QStringLiteral("sms"));
    QCOMPARE(jsonText(m, "to"), m_mobile);
    QCOMPARE(jsonText(m, "purpose"), QStringLiteral("enrollment"));
    QCOMPARE(jsonText(m, "clientId"), m_client.clientId);
    QVERIFY(
        QRegularExpression(QStringLiteral("\\b\\d{6}\\b")).match(jsonText(m, "body")).hasMatch());
    // Clients cannot read the message log.
    QCOMPARE(http().get(QStringLiteral("/admin/v1/messages"), m_client.bearer()).status, 401);
}

void TestEnrollments::demoModeShowsCode()
{
    ServerFixture demo([](ServerConfig &c) { c.demo = true; });
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    const TestClient client = demo.createClient();
    const Response r =
        demo.http().post(QStringLiteral("/v1/enrollments"),
                         {{QStringLiteral("mobile"), m_mobile},
                          {QStringLiteral("deviceId"), QStringLiteral("demo-phone")}},
                         client.bearer());
    QCOMPARE(r.status, 200);
    const QString code = jsonText(r.data(), "demoCode");
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{6}$")).match(code).hasMatch());
    FidoPhone reader(demo, m_mobile, QString());
    QCOMPARE(reader.lastCode(), code);
}

void TestEnrollments::verifyRightCode()
{
    const QJsonObject e = enroll(QStringLiteral("right-code"));
    const Response r = verify(jsonText(e, "enrollmentId"), codeFor(m_mobile));
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data();
    QCOMPARE(jsonText(d, "status"), QStringLiteral("verified"));
    QVERIFY(jsonText(d, "enrollmentToken").startsWith(QLatin1String("enrt_")));
    const qint64 ttl =
        Time::parseRfc3339(jsonText(d, "tokenExpiresAt")).toMSecsSinceEpoch() - Time::nowMs();
    QVERIFY2(ttl > 14 * 60 * 1000 && ttl <= 15 * 60 * 1000, qPrintable(QString::number(ttl)));
    // The token is shown once; reading the enrollment never shows it.
    const Response got = http().get(
        QStringLiteral("/v1/enrollments/") + jsonText(e, "enrollmentId"), m_client.bearer());
    QCOMPARE(jsonText(got.data(), "status"), QStringLiteral("verified"));
    QVERIFY(!got.data().contains(QStringLiteral("enrollmentToken")));
    QCOMPARE(verify(jsonText(e, "enrollmentId"), codeFor(m_mobile)).status, 409);
}

void TestEnrollments::codeExpiresAfterTenMinutes_data()
{
    addLifetimeRows(EnrollmentRules::kCodeLifetimeMs);
}

void TestEnrollments::codeExpiresAfterTenMinutes()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(bool, accepted);
    const QString id = jsonText(enroll(newDevice("slow-reader")), "enrollmentId");
    const QString code = codeFor(m_mobile);
    m_clock.advance(std::chrono::milliseconds(elapsedMs));
    const Response r = verify(id, code);
    if (accepted) {
        QVERIFY2(r.status == 200, r.body.constData());
        return;
    }
    QCOMPARE(r.status, 409);
    QCOMPARE(jsonText(http().get(QStringLiteral("/v1/enrollments/") + id, m_client.bearer()).data(),
                      "status"),
             QStringLiteral("expired"));
}

void TestEnrollments::wrongCodes()
{
    const QJsonObject e = enroll(QStringLiteral("wrong-codes"));
    const QString id = jsonText(e, "enrollmentId");
    const QString right = codeFor(m_mobile);
    const QString wrong =
        right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    for (int i = 1; i <= 5; ++i) {
        const Response r = verify(id, wrong);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value(QStringLiteral("attemptsRemaining")).toInt(), 5 - i);
        QCOMPARE(r.json()
                     .value(QStringLiteral("details"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("code")));
    }
    const Response got = http().get(QStringLiteral("/v1/enrollments/") + id, m_client.bearer());
    QCOMPARE(jsonText(got.data(), "status"), QStringLiteral("failed"));
    // Now even the right code is refused.
    QCOMPARE(verify(id, right).status, 409);
    // A malformed code is a validation error and costs no attempt.
    const QJsonObject other = enroll(QStringLiteral("malformed-code"));
    QCOMPARE(verify(jsonText(other, "enrollmentId"), QStringLiteral("12ab")).status, 422);
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/enrollments/") + jsonText(other, "enrollmentId"),
                      m_client.bearer())
                 .data()
                 .value(QStringLiteral("attemptsRemaining"))
                 .toInt(),
             5);
    QCOMPARE(verify(QStringLiteral("enr_doesnotexist00000000"), QStringLiteral("123456")).status,
             404);
}

void TestEnrollments::tokenIsSingleUse()
{
    FidoPhone phone(*m_f, m_mobile, QStringLiteral("single-use-phone"));
    const QString token = phone.enrollmentToken(m_client);
    QVERIFY(!token.isEmpty());
    QCOMPARE(phone.registerWithToken(token).status, 200);
    FidoPhone thief(*m_f, m_mobile, QStringLiteral("single-use-phone"));
    const Response again = thief.registerWithToken(token);
    QCOMPARE(again.status, 401);
    QVERIFY(jsonText(again.json(), "message").contains(QLatin1String("enrollmentToken")));
    // A token for one device cannot register another.
    FidoPhone other(*m_f, m_mobile, QStringLiteral("other-phone"));
    const QString second = phone.enrollmentToken(m_client);
    QVERIFY(!second.isEmpty());
    QCOMPARE(other.registerWithToken(second).status, 422);
}

void TestEnrollments::tokenExpiresAfterFifteenMinutes_data()
{
    addLifetimeRows(EnrollmentRules::kTokenLifetimeMs);
}

void TestEnrollments::tokenExpiresAfterFifteenMinutes()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(bool, accepted);
    FidoPhone phone(*m_f, m_mobile, newDevice("late-phone"));
    const QString token = phone.enrollmentToken(m_client);
    QVERIFY(!token.isEmpty());
    m_clock.advance(std::chrono::milliseconds(elapsedMs));
    const Response r = phone.registerWithToken(token);
    QVERIFY2(r.status == (accepted ? 200 : 401), r.body.constData());
}

void TestEnrollments::completedByRegistration()
{
    FidoPhone phone(*m_f, m_mobile, QStringLiteral("completing-phone"));
    const QJsonObject registered = phone.enrollAndRegister(m_client);
    QCOMPARE(jsonText(registered, "status"), QStringLiteral("registered"));
    const Response got =
        http().get(QStringLiteral("/v1/enrollments/") + jsonText(registered, "enrollmentId"),
                   m_client.bearer());
    QCOMPARE(jsonText(got.data(), "status"), QStringLiteral("completed"));
    QCOMPARE(jsonText(got.data().value(QStringLiteral("device")).toObject(), "id"),
             jsonText(registered.value(QStringLiteral("device")).toObject(), "id"));
    bool fired = false;
    for (const DomainEvent &e : m_f->events().events())
        fired |= e.type == QLatin1String("enrollment.completed") && e.clientId == m_client.clientId;
    QVERIFY(fired);
}

void TestEnrollments::sixthInAnHourIsLimited()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(!enroll(QStringLiteral("busy-phone")).isEmpty());
    // Even through another tenant: the limit is the device's.
    const TestClient other = m_f->createClient();
    const Response r = http().post(QStringLiteral("/v1/enrollments"),
                                   {{QStringLiteral("mobile"), m_mobile},
                                    {QStringLiteral("deviceId"), QStringLiteral("busy-phone")}},
                                   other.bearer());
    QCOMPARE(r.status, 429);
    const QJsonObject body = r.json();
    QCOMPARE(jsonText(body, "message"),
             QStringLiteral("Too many enrollment attempts from this device"));
    QCOMPARE(jsonText(body, "type"), QStringLiteral("rate_limited"));
    QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 5);
    QCOMPARE(body.value(QStringLiteral("remaining")).toInt(), 0);
    QVERIFY(body.value(QStringLiteral("retryAfter")).toInt() > 3500);
    QVERIFY(!jsonText(body, "resetTime").isEmpty());
    QVERIFY(r.header("Retry-After").toInt() > 3500);
    // Another device is not affected.
    QVERIFY(!enroll(QStringLiteral("quiet-phone")).isEmpty());
}

void TestEnrollments::otherTenantCannotSee()
{
    const QJsonObject e = enroll(QStringLiteral("private-phone"));
    const TestClient other = m_f->createClient();
    const Response r = http().get(QStringLiteral("/v1/enrollments/") + jsonText(e, "enrollmentId"),
                                  other.bearer());
    QCOMPARE(r.status, 404);
    QCOMPARE(
        http()
            .get(QStringLiteral("/v1/enrollments/") + jsonText(e, "enrollmentId"), m_f->admin())
            .status,
        200);
}

void TestEnrollments::operatorsEnrollOnBehalf()
{
    const Response r = http().post(QStringLiteral("/v1/enrollments"),
                                   {{QStringLiteral("mobile"), m_mobile},
                                    {QStringLiteral("deviceId"), QStringLiteral("desk-phone")}},
                                   m_f->admin());
    QCOMPARE(r.status, 200);
    QVERIFY(r.data().value(QStringLiteral("clientId")).isNull());
    const QString id = jsonText(r.data(), "enrollmentId");
    const Response audit =
        http().get(QStringLiteral("/admin/v1/audit?resource=") + id, m_f->admin());
    const QJsonArray rows = audit.data().value(QStringLiteral("items")).toArray();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(jsonText(rows.at(0).toObject(), "actor"), QStringLiteral("operator:admin"));
    QCOMPARE(jsonText(rows.at(0).toObject(), "action"), QStringLiteral("enrollment.create"));
    // On a tenant's behalf.
    const Response forTenant =
        http().post(QStringLiteral("/v1/enrollments"),
                    {{QStringLiteral("mobile"), m_mobile},
                     {QStringLiteral("deviceId"), QStringLiteral("desk-phone-2")},
                     {QStringLiteral("clientId"), m_client.clientId}},
                    m_f->admin());
    QCOMPARE(jsonText(forTenant.data(), "clientId"), m_client.clientId);
}

void TestEnrollments::auditorIsReadOnly()
{
    QVERIFY(http()
                .post(QStringLiteral("/admin/v1/operators"),
                      {{QStringLiteral("username"), QStringLiteral("enr-auditor")},
                       {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                       {QStringLiteral("role"), QStringLiteral("auditor")}},
                      m_f->admin())
                .status < 300);
    const Response login =
        http().post(QStringLiteral("/admin/v1/login"),
                    {{QStringLiteral("username"), QStringLiteral("enr-auditor")},
                     {QStringLiteral("password"), QStringLiteral("correct horse battery")}});
    const Headers auditor{{"Authorization", "Bearer " + jsonText(login.data(), "token").toUtf8()}};
    const QJsonObject e = enroll(QStringLiteral("audited-phone"));
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/enrollments/") + jsonText(e, "enrollmentId"), auditor)
                 .status,
             200);
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/enrollments"),
                       {{QStringLiteral("mobile"), m_mobile},
                        {QStringLiteral("deviceId"), QStringLiteral("x")}},
                       auditor)
                 .status,
             403);
}

void TestEnrollments::missingScope()
{
    const TestClient limited =
        m_f->createClient({{QStringLiteral("scopes"), QJsonArray{QStringLiteral("consents")}}});
    const Response r = http().post(QStringLiteral("/v1/enrollments"),
                                   {{QStringLiteral("mobile"), m_mobile},
                                    {QStringLiteral("deviceId"), QStringLiteral("scope-phone")}},
                                   limited.bearer());
    QCOMPARE(r.status, 403);
}

void TestEnrollments::approverPageEnrollment()
{
    const QString sessionId =
        jsonText(m_f->createConsent(m_client, {{QStringLiteral("recipient"), m_mobile}}), "id");
    const Response r =
        http().post(QStringLiteral("/approve/%1/enrollments").arg(sessionId),
                    {{QStringLiteral("deviceId"), QStringLiteral("browser-1")},
                     {QStringLiteral("deviceInfo"),
                      QJsonObject{{QStringLiteral("model"), QStringLiteral("Chrome")}}}});
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data();
    // The link is public: the answer shows the number no more than the page does.
    QVERIFY2(!r.body.contains(m_mobile.toUtf8()), r.body.constData());
    QVERIFY(jsonText(d, "mobile").endsWith(m_mobile.right(4)));
    QCOMPARE(jsonText(d, "clientId"), m_client.clientId);
    QCOMPARE(jsonText(d, "status"), QStringLiteral("pending_verification"));
    // The whole way: code, token, registration, then the session decided from the browser.
    FidoPhone browser(*m_f, m_mobile, QStringLiteral("browser-1"));
    const Response verified = verify(jsonText(d, "enrollmentId"), browser.lastCode());
    QCOMPARE(verified.status, 200);
    QCOMPARE(browser.registerWithToken(jsonText(verified.data(), "enrollmentToken")).status, 200);
    QCOMPARE(jsonText(browser.decide(sessionId).data(), "status"), QStringLiteral("approved"));
    // Unknown and decided sessions enroll nothing.
    QCOMPARE(http()
                 .post(QStringLiteral("/approve/cons_unknown00000000000/enrollments"),
                       {{QStringLiteral("deviceId"), QStringLiteral("browser-2")}})
                 .status,
             404);
    QCOMPARE(http()
                 .post(QStringLiteral("/approve/%1/enrollments").arg(sessionId),
                       {{QStringLiteral("deviceId"), QStringLiteral("browser-2")}})
                 .status,
             409);
    QCOMPARE(http().post(QStringLiteral("/approve/%1/enrollments").arg(sessionId), {}).status, 422);
}

void TestEnrollments::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("no mobile") << QByteArray(R"({"deviceId":"d"})") << 422
                               << QStringLiteral("mobile");
    QTest::newRow("mobile not E.164") << QByteArray(R"({"mobile":"08012345678","deviceId":"d"})")
                                      << 422 << QStringLiteral("mobile");
    QTest::newRow("mobile a number") << QByteArray(R"({"mobile":2348012345678,"deviceId":"d"})")
                                     << 400 << QStringLiteral("mobile");
    QTest::newRow("no deviceId") << QByteArray(R"({"mobile":"+2348012345678"})") << 422
                                 << QStringLiteral("deviceId");
    QTest::newRow("deviceId with spaces")
        << QByteArray(R"({"mobile":"+2348012345678","deviceId":"a b"})") << 422
        << QStringLiteral("deviceId");
    QTest::newRow("deviceInfo a string")
        << QByteArray(R"({"mobile":"+2348012345678","deviceId":"d","deviceInfo":"x"})") << 400
        << QStringLiteral("deviceInfo");
    QTest::newRow("deviceInfo.model too long")
        << QByteArray(R"({"mobile":"+2348012345678","deviceId":"d","deviceInfo":{"model":")" +
                      QByteArray(201, 'x') + R"("}})")
        << 422 << QStringLiteral("deviceInfo.model");
    QTest::newRow("another client's id")
        << QByteArray(
               R"({"mobile":"+2348012345678","deviceId":"d","clientId":"mid_client_other000000"})")
        << 403 << QString();
}

void TestEnrollments::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Response r =
        http().send("POST", QStringLiteral("/v1/enrollments"), body, m_client.bearer());
    QCOMPARE(r.status, status);
    if (!field.isEmpty()) {
        QStringList fields;
        for (const QJsonValue &d : r.json().value(QStringLiteral("details")).toArray())
            fields << jsonText(d.toObject(), "field");
        QVERIFY2(fields.contains(field), r.body.constData());
    }
}

void TestEnrollments::messagesListPaging()
{
    for (int i = 0; i < 3; ++i)
        enroll(QStringLiteral("paging-phone-%1").arg(i));
    const QString query = QStringLiteral("/admin/v1/messages?limit=2&to=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(m_mobile));
    const Response first = http().get(query, m_f->admin());
    QCOMPARE(first.data().value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(first.data().value(QStringLiteral("total")).toInt(), 3);
    const QString cursor = jsonText(first.data(), "nextCursor");
    QVERIFY(!cursor.isEmpty());
    const Response second = http().get(query + QStringLiteral("&cursor=") + cursor, m_f->admin());
    QCOMPARE(second.data().value(QStringLiteral("items")).toArray().size(), 1);
    QVERIFY(second.data().value(QStringLiteral("nextCursor")).isNull());
    QCOMPARE(http().get(QStringLiteral("/admin/v1/messages?limit=0"), m_f->admin()).status, 422);
}

QTEST_GUILESS_MAIN(TestEnrollments)
#include "tst_enrollments.moc"
