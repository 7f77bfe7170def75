// Rate limits of §11 over HTTP: plan limits, the seed-000 429 body and headers, enterprise
// rateLimits (per minute/day, groups, none at all), X-RateLimit-* counting down, and windows
// that reset. The class runs on a ManualClock: time stands still unless a test moves it, so
// every test's calls fall into one window of the clock-aligned fixed windows.
#include "support/ServerFixture.h"

#include "core/Clock.h"
#include "core/Time.h"
#include "http/Router.h"
#include "services/RateLimitPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QtTest>

using namespace mid::test;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

const QByteArray kConsent = R"({"recipient":"+2348012345678"})";

struct Call
{
    QByteArray method;
    QString path;
    QByteArray body;
};

qint64 header(const Response &r, const QByteArray &name)
{
    bool ok = false;
    const qint64 v = r.header(name).toLongLong(&ok);
    return ok ? v : -1;
}
} // namespace

class TestRateLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void freePlan();
    void remainingDecreases_data();
    void remainingDecreases();
    void enterprise_data();
    void enterprise();
    void groupLimitLeavesOtherGroups();
    void enterpriseGroupsWithAndWithoutDevice_data();
    void enterpriseGroupsWithAndWithoutDevice();
    void concurrencySlotHeldUntilAnswered();
    void limitsFollowClientUpdates();
    void operatorsNotLimited();
    void windowResets_data();
    void windowResets();

private:
    TestClient client(const QJsonObject &fields);
    Response call(const QString &path, const TestClient &c);
    mid::ManualClock m_clock; // before the server, which must stop before the clock goes
    std::unique_ptr<ServerFixture> m_f;
    HttpClient &http() { return m_f->http(); }
};

// One server for the class: limits are per client, and every test makes its own clients.
void TestRateLimits::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
}

void TestRateLimits::cleanupTestCase()
{
    m_f.reset();
}

// The consent-creating aliases take a POST; the others are read with GET.
Response TestRateLimits::call(const QString &path, const TestClient &c)
{
    const bool post =
        path.startsWith(QLatin1String("/v1/service")) || path == QLatin1String("/v1/auth/sessions");
    return http().send(post ? "POST" : "GET", path, post ? kConsent : QByteArray(), c.bearer());
}

TestClient TestRateLimits::client(const QJsonObject &fields)
{
    const TestClient c = m_f->createClient(fields);
    if (c.apiKey.isEmpty())
        qWarning() << "client creation failed for" << fields;
    return c;
}

void TestRateLimits::freePlan()
{
    const TestClient c = client({{QStringLiteral("plan"), QStringLiteral("free")}});
    const TestClient neighbour = client({{QStringLiteral("plan"), QStringLiteral("free")}});
    // The plan limit counts every client call, whatever the endpoint.
    const QList<Call> calls = {{"GET", QStringLiteral("/v1/consents"), {}},
                               {"POST", QStringLiteral("/v1/consents/auth"), kConsent},
                               {"GET", QStringLiteral("/v1/clients/") + c.clientId, {}}};
    qint64 reset = -1;
    for (int i = 1; i <= 60; ++i) {
        const Call &call = calls.at(i % calls.size());
        const Response r = http().send(call.method, call.path, call.body, c.bearer());
        QVERIFY2(r.status == 200,
                 qPrintable(QStringLiteral("call %1: %2").arg(i).arg(QString::fromUtf8(r.body))));
        QCOMPARE(header(r, "X-RateLimit-Limit"), 60);
        QCOMPARE(header(r, "X-RateLimit-Remaining"), 60 - i);
        if (reset < 0)
            reset = header(r, "X-RateLimit-Reset");
        QCOMPARE(header(r, "X-RateLimit-Reset"), reset);
    }
    QCOMPARE(reset * 1000 % kMinute, 0); // the end of the current minute, in unix seconds
    QVERIFY(reset * 1000 > mid::Time::nowMs());

    // The 61st: 429 with seed 000's fields at the top level and Retry-After.
    const Response r = http().post(QStringLiteral("/v1/consents/auth"),
                                   QJsonDocument::fromJson(kConsent).object(), c.bearer());
    QCOMPARE(r.status, 429);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("error")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("code")).toInt(), 429);
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("rate_limited"));
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(o.value(QStringLiteral("retryAfter")).isDouble());
    const int retryAfter = o.value(QStringLiteral("retryAfter")).toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, qPrintable(QString::number(retryAfter)));
    QCOMPARE(o.value(QStringLiteral("limit")).toInt(), 60);
    QCOMPARE(o.value(QStringLiteral("remaining")).toInt(), 0);
    const QDateTime resetTime =
        mid::Time::parseRfc3339(o.value(QStringLiteral("resetTime")).toString());
    QVERIFY(resetTime.isValid());
    QCOMPARE(resetTime.toSecsSinceEpoch(), reset);
    QCOMPARE(r.header("Retry-After"), QByteArray::number(retryAfter));
    QCOMPARE(header(r, "X-RateLimit-Limit"), 60);
    QCOMPARE(header(r, "X-RateLimit-Remaining"), 0);
    QCOMPARE(header(r, "X-RateLimit-Reset"), reset);
    QVERIFY(!r.header("X-Request-ID").isEmpty());
    QVERIFY(o.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("requestId")));
    // Every scheme of the same client is the same bucket; nothing was created by the refused call.
    for (const Headers &h : {c.mobidKey(), c.basic()})
        QCOMPARE(http().get(QStringLiteral("/v1/consents"), h).status, 429);
    // Another client on the same plan has its own bucket.
    const Response other = http().get(QStringLiteral("/v1/consents"), neighbour.bearer());
    QCOMPARE(other.status, 200);
    QCOMPARE(header(other, "X-RateLimit-Remaining"), 59);
    // The refusals are in the audit trail.
    const Response audit =
        http().get(QStringLiteral("/admin/v1/audit?outcome=429&actor=") + c.clientId, m_f->admin());
    QCOMPARE(audit.data().value(QStringLiteral("total")).toInt(), 3);
}

void TestRateLimits::remainingDecreases_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("free") << QStringLiteral("free") << qint64(60);
    QTest::newRow("basic") << QStringLiteral("basic") << qint64(300);
    QTest::newRow("growth") << QStringLiteral("growth") << qint64(1000);
}

void TestRateLimits::remainingDecreases()
{
    QFETCH(QString, plan);
    QFETCH(qint64, limit);
    const TestClient c = client({{QStringLiteral("plan"), plan}});
    qint64 previous = limit;
    for (int i = 0; i < 5; ++i) {
        const Response r = i % 2
                               ? http().get(QStringLiteral("/v1/consents"), c.mobidKey())
                               : http().post(QStringLiteral("/v1/consents/auth"),
                                             QJsonDocument::fromJson(kConsent).object(), c.basic());
        QCOMPARE(r.status, 200);
        QCOMPARE(header(r, "X-RateLimit-Limit"), limit);
        const qint64 remaining = header(r, "X-RateLimit-Remaining");
        QCOMPARE(remaining, previous - 1);
        previous = remaining;
    }
    // Errors after authentication count and report too.
    const Response invalid = http().post(QStringLiteral("/v1/consents/auth"), {}, c.bearer());
    QCOMPARE(invalid.status, 422);
    QCOMPARE(header(invalid, "X-RateLimit-Remaining"), previous - 1);
}

void TestRateLimits::enterprise_data()
{
    QTest::addColumn<QByteArray>("rateLimits"); // "absent": no rateLimits field
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("allowed");
    QTest::addColumn<qint64>("limitHeader");
    QTest::addColumn<qint64>("window");
    const qint64 unlimited = mid::RateLimitPolicy::kUnlimited;
    QTest::newRow("perMinute 5") << QByteArray(R"({"perMinute":5})")
                                 << QStringLiteral("/v1/consents") << 8 << 5 << qint64(5)
                                 << kMinute;
    QTest::newRow("perDay 4") << QByteArray(R"({"perDay":4})") << QStringLiteral("/v1/consents")
                              << 6 << 4 << qint64(4) << kDay;
    QTest::newRow("no rateLimits: unlimited")
        << QByteArray("absent") << QStringLiteral("/v1/consents") << 150 << 150 << unlimited
        << kMinute;
    QTest::newRow("all null: unlimited")
        << QByteArray(R"({"perMinute":null,"perDay":null,"concurrent":null,"groups":null})")
        << QStringLiteral("/v1/consents") << 100 << 100 << unlimited << kMinute;
    QTest::newRow("groups.consents 3")
        << QByteArray(R"({"groups":{"consents":3}})") << QStringLiteral("/v1/consents") << 6 << 3
        << qint64(3) << kMinute;
    QTest::newRow("groups.consents 3 on a create alias")
        << QByteArray(R"({"groups":{"consents":3}})")
        << QStringLiteral("/v1/service/consents/search") << 6 << 3 << qint64(3) << kMinute;
    QTest::newRow("groups.auth 2")
        << QByteArray(R"({"groups":{"auth":2}})") << QStringLiteral("/v1/auth/sessions") << 5 << 2
        << qint64(2) << 15 * kMinute;
    QTest::newRow("tightest: group 2 under perMinute 4")
        << QByteArray(R"({"perMinute":4,"groups":{"consents":2}})")
        << QStringLiteral("/v1/consents") << 5 << 2 << qint64(2) << kMinute;
    QTest::newRow("tightest: perMinute 2 under group 4")
        << QByteArray(R"({"perMinute":2,"groups":{"consents":4}})")
        << QStringLiteral("/v1/consents") << 5 << 2 << qint64(2) << kMinute;
}

void TestRateLimits::enterprise()
{
    QFETCH(QByteArray, rateLimits);
    QFETCH(QString, path);
    QFETCH(int, calls);
    QFETCH(int, allowed);
    QFETCH(qint64, limitHeader);
    QFETCH(qint64, window);
    QJsonObject fields{{QStringLiteral("plan"), QStringLiteral("enterprise")}};
    if (rateLimits != "absent")
        fields.insert(QStringLiteral("rateLimits"), QJsonDocument::fromJson(rateLimits).object());
    const TestClient c = client(fields);
    QVERIFY(!c.apiKey.isEmpty());
    for (int i = 1; i <= calls; ++i) {
        const Response r = call(path, c);
        const int expected = i <= allowed ? 200 : 429;
        QVERIFY2(r.status == expected, qPrintable(QStringLiteral("call %1: %2 %3")
                                                      .arg(i)
                                                      .arg(r.status)
                                                      .arg(QString::fromUtf8(r.body))));
        QCOMPARE(header(r, "X-RateLimit-Limit"), limitHeader);
        if (expected == 200 && limitHeader != mid::RateLimitPolicy::kUnlimited)
            QCOMPARE(header(r, "X-RateLimit-Remaining"), limitHeader - i);
        if (expected == 429) {
            QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
                     QStringLiteral("rate_limited"));
            QCOMPARE(r.json().value(QStringLiteral("limit")).toInteger(), limitHeader);
            QCOMPARE(r.json().value(QStringLiteral("remaining")).toInt(), 0);
            const qint64 retryAfter = r.json().value(QStringLiteral("retryAfter")).toInteger();
            QVERIFY(retryAfter >= 1 && retryAfter <= window / 1000);
            QCOMPARE(r.header("Retry-After"), QByteArray::number(retryAfter));
        }
    }
}

void TestRateLimits::groupLimitLeavesOtherGroups()
{
    // consents 1,000/min is a group limit; an enterprise client's groups.consents = 3 makes it
    // reachable. The consents group is exhausted; the plan (unlimited) and other groups are not.
    const TestClient c = client(
        {{QStringLiteral("rateLimits"),
          QJsonObject{{QStringLiteral("groups"), QJsonObject{{QStringLiteral("consents"), 3}}}}}});
    const QString id = m_f->createConsent(c).value(QStringLiteral("id")).toString(); // 1
    QVERIFY(!id.isEmpty());
    QCOMPARE(http().get(QStringLiteral("/v1/consents/") + id, c.bearer()).status, 200); // 2
    QCOMPARE(http().get(QStringLiteral("/v1/service/consents/") + id, c.mobidKey()).status,
             200); // 3
    const Response refused = http().get(QStringLiteral("/v1/consents"), c.bearer());
    QCOMPARE(refused.status, 429);
    QVERIFY2(refused.json()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QLatin1String("consents")),
             refused.body.constData());
    QCOMPARE(http().put(QStringLiteral("/v1/consents/") + id, {}, c.bearer()).status, 429);
    QCOMPARE(http().del(QStringLiteral("/v1/service/consents/") + id, c.bearer()).status, 429);
    // /v1/auth/* is another group, and /v1/clients has none.
    QCOMPARE(http().get(QStringLiteral("/v1/auth/sessions/") + id, c.bearer()).status, 200);
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/auth/sessions"),
                       QJsonDocument::fromJson(kConsent).object(), c.bearer())
                 .status,
             200);
    QCOMPARE(http().get(QStringLiteral("/v1/clients/") + c.clientId, c.bearer()).status, 200);
    // The refused revoke did not happen.
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/auth/sessions/") + id, c.bearer())
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("pending"));
}

void TestRateLimits::enterpriseGroupsWithAndWithoutDevice_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body"); // %1: the device the call names
    QTest::addColumn<bool>("sameDevice"); // every call names the same device
    const QByteArray enroll = R"({"mobile":"+2348012345678","deviceId":"%1"})";
    // §11: an enterprise client's groups are exactly its limits, device key or not.
    QTest::newRow("enrollments, a new device each call")
        << QStringLiteral("enrollments") << QStringLiteral("/v1/enrollments") << enroll << false;
    QTest::newRow("fido, one device")
        << QStringLiteral("fido") << QStringLiteral("/v1/fido/register/begin") << enroll << true;
    QTest::newRow("fido, a new device each call")
        << QStringLiteral("fido") << QStringLiteral("/v1/auth/fido/register/begin") << enroll
        << false;
    QTest::newRow("devices") << QStringLiteral("devices") << QStringLiteral("/v1/devices")
                             << QByteArray() << false;
}

void TestRateLimits::enterpriseGroupsWithAndWithoutDevice()
{
    QFETCH(QString, group);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, sameDevice);
    const TestClient c =
        client({{QStringLiteral("plan"), QStringLiteral("enterprise")},
                {QStringLiteral("rateLimits"),
                 QJsonObject{{QStringLiteral("groups"), QJsonObject{{group, 2}}}}}});
    const QString base = QStringLiteral("phone-") + c.clientId.right(6);
    for (int i = 1; i <= 4; ++i) {
        const QString device = sameDevice ? base : base + QString::number(i);
        const Response r =
            body.isEmpty()
                ? http().get(path, c.bearer())
                : http().send("POST", path, QString::fromLatin1(body).arg(device).toUtf8(),
                              c.bearer());
        const int expected = i <= 2 ? 200 : 429;
        QVERIFY2(r.status == expected, qPrintable(QStringLiteral("call %1: %2 %3")
                                                      .arg(i)
                                                      .arg(r.status)
                                                      .arg(QString::fromUtf8(r.body))));
        if (expected == 429)
            QVERIFY2(r.json().value(QStringLiteral("message")).toString().contains(group),
                     r.body.constData());
    }
}

void TestRateLimits::concurrencySlotHeldUntilAnswered()
{
    // A call answered later (work on a worker) keeps its concurrency slot until its answer is
    // written, so `concurrent` counts what the box is still working on.
    mid::Reply::Finish pending;
    m_f->server().router().add(
        {.method = "GET",
         .pattern = QStringLiteral("/v1/test/later"),
         .access = mid::Access::Client,
         .rateGroup = mid::RateGroup::PlanOnly,
         .summary = QStringLiteral("Answers when the test says so"),
         .handler = [&pending](mid::RequestContext &) {
             return mid::Reply::later(
                 [&pending](const mid::Reply::Finish &finish) { pending = finish; });
         }});
    const TestClient c =
        client({{QStringLiteral("plan"), QStringLiteral("enterprise")},
                {QStringLiteral("rateLimits"), QJsonObject{{QStringLiteral("concurrent"), 1}}}});
    int whileHeld = 0;
    bool wasPending = false;
    QTimer::singleShot(300, [&] {
        wasPending = bool(pending);
        HttpClient other(http().baseUrl());
        whileHeld = other.get(QStringLiteral("/v1/consents"), c.bearer()).status;
        if (pending)
            pending([] { return mid::Reply::ok(QJsonObject{{QStringLiteral("done"), true}}); });
    });
    const Response first = http().get(QStringLiteral("/v1/test/later"), c.bearer());
    QVERIFY(wasPending);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.data().value(QStringLiteral("done")).toBool(), true);
    QCOMPARE(whileHeld, 429);
    // Written: the slot is free again.
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, 200);
}

void TestRateLimits::limitsFollowClientUpdates()
{
    const TestClient c = client({{QStringLiteral("plan"), QStringLiteral("enterprise")}});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, 200);
    // An operator sets a limit: it applies from the next call (the calls so far were not counted
    // against a limit that did not exist).
    QCOMPARE(
        http()
            .put(QStringLiteral("/v1/clients/") + c.clientId,
                 {{QStringLiteral("rateLimits"), QJsonObject{{QStringLiteral("perMinute"), 2}}}},
                 m_f->admin())
            .status,
        200);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, 429);
    // Lifted again: unlimited at once.
    QCOMPARE(http()
                 .put(QStringLiteral("/v1/clients/") + c.clientId,
                      {{QStringLiteral("rateLimits"), QJsonValue::Null}}, m_f->admin())
                 .status,
             200);
    const Response r = http().get(QStringLiteral("/v1/consents"), c.bearer());
    QCOMPARE(r.status, 200);
    QCOMPARE(header(r, "X-RateLimit-Limit"), mid::RateLimitPolicy::kUnlimited);
    // Moved to the free plan: the plan's 60 per minute.
    QCOMPARE(http()
                 .put(QStringLiteral("/v1/clients/") + c.clientId,
                      {{QStringLiteral("plan"), QStringLiteral("free")}}, m_f->admin())
                 .status,
             200);
    QCOMPARE(header(http().get(QStringLiteral("/v1/consents"), c.bearer()), "X-RateLimit-Limit"),
             60);
}

void TestRateLimits::operatorsNotLimited()
{
    for (int i = 0; i < 80; ++i) {
        const Response r = http().get(QStringLiteral("/v1/clients"), m_f->admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(header(r, "X-RateLimit-Limit"), mid::RateLimitPolicy::kUnlimited);
    }
}

void TestRateLimits::windowResets_data()
{
    QTest::addColumn<QByteArray>("rateLimits");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("limit");
    QTest::addColumn<qint64>("window");
    QTest::newRow("perMinute 3") << QByteArray(R"({"perMinute":3})")
                                 << QStringLiteral("/v1/consents") << 3 << kMinute;
    QTest::newRow("perDay 2") << QByteArray(R"({"perDay":2})") << QStringLiteral("/v1/consents")
                              << 2 << kDay;
    QTest::newRow("groups.auth 2 (15 minutes)")
        << QByteArray(R"({"groups":{"auth":2}})") << QStringLiteral("/v1/auth/sessions") << 2
        << 15 * kMinute;
}

void TestRateLimits::windowResets()
{
    QFETCH(QByteArray, rateLimits);
    QFETCH(QString, path);
    QFETCH(int, limit);
    QFETCH(qint64, window);
    const TestClient c =
        client({{QStringLiteral("plan"), QStringLiteral("enterprise")},
                {QStringLiteral("rateLimits"), QJsonDocument::fromJson(rateLimits).object()}});
    for (int i = 0; i < limit; ++i)
        QCOMPARE(call(path, c).status, 200);
    const Response refused = call(path, c);
    QCOMPARE(refused.status, 429);
    // Windows are fixed and aligned to the clock: the limit frees up at the next multiple.
    const qint64 resetMs = header(refused, "X-RateLimit-Reset") * 1000;
    QCOMPARE(resetMs, mid::Time::nowMs() - mid::Time::nowMs() % window + window);

    m_clock.setMs(resetMs - 1);
    QCOMPARE(call(path, c).status, 429);
    m_clock.setMs(resetMs);
    const Response fresh = call(path, c);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(header(fresh, "X-RateLimit-Remaining"), qint64(limit - 1));
    QCOMPARE(header(fresh, "X-RateLimit-Reset") * 1000, resetMs + window);
}

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
