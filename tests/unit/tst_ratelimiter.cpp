// RateLimiter (fixed windows, tightest bucket, concurrency, prune) and RateLimitPolicy (§11:
// plan limits, endpoint groups, enterprise rateLimits, device-side limits, the 429 error).
#include "core/ServiceError.h"
#include "domain/RateLimiter.h"
#include "http/ErrorMapping.h"
#include "services/Principal.h"
#include "services/RateLimitPolicy.h"

#include <QJsonDocument>
#include <QtTest>

using namespace mid;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
// A day boundary (and so a minute boundary): windows are aligned to the epoch.
constexpr qint64 kT0 = 19700 * kDay;

RateBucket bucket(const QString &key, qint64 limit, qint64 windowMs = kMinute)
{
    return {key, limit, windowMs, QStringLiteral("limit of ") + key};
}

Principal clientPrincipal(const QString &plan, const QByteArray &rateLimitsJson = {},
                          const QString &id = QStringLiteral("mid_client_aaaaaaaaaaaa"))
{
    Principal p;
    p.kind = Principal::Kind::Client;
    p.credential = Principal::Credential::BearerKey;
    p.client.clientId = id;
    p.client.plan = plan;
    if (!rateLimitsJson.isEmpty())
        p.client.rateLimits = QJsonDocument::fromJson(rateLimitsJson).object();
    return p;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// The §11 group a data row names ("" = plan limits only).
RateGroup groupNamed(const QString &name)
{
    for (RateGroup g : {RateGroup::Consents, RateGroup::Auth, RateGroup::Fido,
                        RateGroup::Enrollments, RateGroup::Devices}) {
        if (RateLimitPolicy::groupLimit(g).name == name)
            return g;
    }
    return RateGroup::PlanOnly;
}

// Admits `n` calls; returns how many were admitted before the first 429 (n when none).
int admitted(RateLimitPolicy &policy, const Principal &p, RateGroup group, int n, qint64 now,
             const QString &deviceKey = {})
{
    for (int i = 0; i < n; ++i) {
        try {
            const auto a = policy.admit(p, group, deviceKey, QStringLiteral("127.0.0.1"), now);
            policy.release(a);
        } catch (const ServiceError &e) {
            if (e.kind() != ServiceError::Kind::Limited)
                throw;
            return i;
        }
    }
    return n;
}
} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // RateLimiter
    void countsWithinWindow();
    void blockedAtLimit();
    void windowResets_data();
    void windowResets();
    void tightestBucket();
    void blockedCountsNothing();
    void blockedReportsLastToFree();
    void noBuckets();
    void zeroLimit();
    void concurrency();
    void prune();

    // RateLimitPolicy
    void planLimits_data();
    void planLimits();
    void groupLimits_data();
    void groupLimits();
    void planPerMinute_data();
    void planPerMinute();
    void enterprise_data();
    void enterprise();
    void enterpriseGroupsIndependent();
    void tooManyRequestsError();
    void headersTightest();
    void concurrentLimit();
    void deviceLimitsAlwaysApply();
    void enterpriseGroupWithAndWithoutDevice_data();
    void enterpriseGroupWithAndWithoutDevice();
    void planPerDeviceGroups_data();
    void planPerDeviceGroups();
    void anonymousLimit();
    void operatorsUnlimited();
    void tenantsIndependent();
};

void TestRateLimiter::countsWithinWindow()
{
    RateLimiter rl;
    const QList<RateBucket> b = {bucket(QStringLiteral("c:minute"), 3)};
    for (int i = 1; i <= 3; ++i) {
        const auto out = rl.hit(b, kT0 + 1000 * i);
        QVERIFY(out.allowed);
        QCOMPARE(out.limit, 3);
        QCOMPARE(out.remaining, 3 - i);
        QCOMPARE(out.resetAtMs, kT0 + kMinute);
    }
}

void TestRateLimiter::blockedAtLimit()
{
    RateLimiter rl;
    const QList<RateBucket> b = {bucket(QStringLiteral("c:minute"), 2)};
    QVERIFY(rl.hit(b, kT0).allowed);
    QVERIFY(rl.hit(b, kT0 + 10).allowed);
    const auto out = rl.hit(b, kT0 + 20500);
    QVERIFY(!out.allowed);
    QCOMPARE(out.limit, 2);
    QCOMPARE(out.remaining, 0);
    QCOMPARE(out.resetAtMs, kT0 + kMinute);
    QCOMPARE(out.retryAfterSeconds, 40); // 39.5 s rounded up
    QCOMPARE(out.message, QStringLiteral("limit of c:minute"));
    // Still blocked until the window ends, and a blocked hit does not extend anything.
    QVERIFY(!rl.hit(b, kT0 + kMinute - 1).allowed);
    QCOMPARE(rl.hit(b, kT0 + kMinute - 1).retryAfterSeconds, 1);
}

void TestRateLimiter::windowResets_data()
{
    QTest::addColumn<qint64>("windowMs");
    QTest::newRow("minute") << kMinute;
    QTest::newRow("15 minutes") << 15 * kMinute;
    QTest::newRow("hour") << 60 * kMinute;
    QTest::newRow("day") << kDay;
}

void TestRateLimiter::windowResets()
{
    QFETCH(qint64, windowMs);
    RateLimiter rl;
    const QList<RateBucket> b = {bucket(QStringLiteral("k"), 1, windowMs)};
    // Windows are fixed and aligned to the epoch: the last millisecond of one window and the
    // first of the next are separate windows.
    const qint64 lastMs = kT0 + windowMs - 1;
    QVERIFY(rl.hit(b, lastMs).allowed);
    QVERIFY(!rl.hit(b, lastMs).allowed);
    const auto next = rl.hit(b, kT0 + windowMs);
    QVERIFY(next.allowed);
    QCOMPARE(next.remaining, 0);
    QCOMPARE(next.resetAtMs, kT0 + 2 * windowMs);
}

void TestRateLimiter::tightestBucket()
{
    RateLimiter rl;
    const QList<RateBucket> b = {bucket(QStringLiteral("minute"), 10),
                                 bucket(QStringLiteral("day"), 4, kDay),
                                 bucket(QStringLiteral("group"), 7)};
    auto out = rl.hit(b, kT0 + 5);
    QCOMPARE(out.limit, 4);
    QCOMPARE(out.remaining, 3);
    QCOMPARE(out.resetAtMs, kT0 + kDay);
    // After the minute rolls over the day bucket keeps counting and stays the tightest.
    out = rl.hit(b, kT0 + kMinute + 5);
    QCOMPARE(out.limit, 4);
    QCOMPARE(out.remaining, 2);
}

void TestRateLimiter::blockedCountsNothing()
{
    RateLimiter rl;
    const RateBucket small = bucket(QStringLiteral("small"), 1);
    const RateBucket large = bucket(QStringLiteral("large"), 100);
    QVERIFY(rl.hit({small, large}, kT0).allowed);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!rl.hit({small, large}, kT0 + i).allowed);
    // The refused hits were not counted against the large bucket: 99 left, so this is 98.
    const auto out = rl.hit({large}, kT0 + 10);
    QVERIFY(out.allowed);
    QCOMPARE(out.remaining, 98);
}

void TestRateLimiter::blockedReportsLastToFree()
{
    RateLimiter rl;
    const RateBucket minute = bucket(QStringLiteral("m"), 1);
    const RateBucket day = bucket(QStringLiteral("d"), 1, kDay);
    QVERIFY(rl.hit({minute, day}, kT0).allowed);
    const auto out = rl.hit({minute, day}, kT0 + 1000);
    QVERIFY(!out.allowed);
    // Both are exhausted; waiting for the minute would not help, so the day bucket answers.
    QCOMPARE(out.resetAtMs, kT0 + kDay);
    QCOMPARE(out.message, day.message);
    QCOMPARE(out.retryAfterSeconds, (kDay - 1000) / 1000);
}

void TestRateLimiter::noBuckets()
{
    RateLimiter rl;
    const auto out = rl.hit({}, kT0);
    QVERIFY(out.allowed);
    QCOMPARE(rl.trackedWindows(), 0);
}

void TestRateLimiter::zeroLimit()
{
    RateLimiter rl;
    const auto out = rl.hit({bucket(QStringLiteral("none"), 0)}, kT0);
    QVERIFY(!out.allowed);
    QCOMPARE(out.limit, 0);
}

void TestRateLimiter::concurrency()
{
    RateLimiter rl;
    const QString key = QStringLiteral("mid_client_x");
    QVERIFY(rl.acquire(key, 2));
    QVERIFY(rl.acquire(key, 2));
    QCOMPARE(rl.inFlight(key), 2);
    QVERIFY(!rl.acquire(key, 2));
    QCOMPARE(rl.inFlight(key), 2); // a refused acquire takes nothing
    QVERIFY(rl.acquire(QStringLiteral("other"), 2));
    rl.release(key);
    QCOMPARE(rl.inFlight(key), 1);
    QVERIFY(rl.acquire(key, 2));
    rl.release(key);
    rl.release(key);
    QCOMPARE(rl.inFlight(key), 0);
    rl.release(key); // releasing more than acquired never goes negative
    QCOMPARE(rl.inFlight(key), 0);
    QVERIFY(!rl.acquire(key, 0));
}

void TestRateLimiter::prune()
{
    RateLimiter rl;
    rl.hit({bucket(QStringLiteral("minute"), 5)}, kT0);
    rl.hit({bucket(QStringLiteral("day"), 5, kDay)}, kT0);
    rl.hit({bucket(QStringLiteral("next"), 5)}, kT0 + kMinute);
    QCOMPARE(rl.trackedWindows(), 3);
    rl.prune(kT0 + kMinute - 1);
    QCOMPARE(rl.trackedWindows(), 3);
    rl.prune(kT0 + kMinute);
    QCOMPARE(rl.trackedWindows(), 2); // the first minute ended
    rl.prune(kT0 + kDay);
    QCOMPARE(rl.trackedWindows(), 0);
    // A pruned bucket starts over.
    QCOMPARE(rl.hit({bucket(QStringLiteral("day"), 5, kDay)}, kT0 + kDay).remaining, 4);
}

void TestRateLimiter::planLimits_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<qint64>("perMinute");
    QTest::addColumn<qint64>("perDay");
    QTest::addColumn<int>("concurrent");
    QTest::newRow("free") << QStringLiteral("free") << qint64(60) << qint64(1000) << 5;
    QTest::newRow("basic") << QStringLiteral("basic") << qint64(300) << qint64(50000) << 25;
    QTest::newRow("growth") << QStringLiteral("growth") << qint64(1000) << qint64(500000) << 50;
    QTest::newRow("enterprise") << QStringLiteral("enterprise") << qint64(-1) << qint64(-1) << -1;
}

void TestRateLimiter::planLimits()
{
    QFETCH(QString, plan);
    QFETCH(qint64, perMinute);
    QFETCH(qint64, perDay);
    QFETCH(int, concurrent);
    const auto l = RateLimitPolicy::planLimits(plan);
    QCOMPARE(l.perMinute, perMinute);
    QCOMPARE(l.perDay, perDay);
    QCOMPARE(l.concurrent, concurrent);
}

void TestRateLimiter::groupLimits_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("windowMs");
    QTest::newRow("consents") << QStringLiteral("consents") << qint64(1000) << kMinute;
    QTest::newRow("auth") << QStringLiteral("auth") << qint64(1000) << 15 * kMinute;
    QTest::newRow("fido") << QStringLiteral("fido") << qint64(20) << 15 * kMinute;
    QTest::newRow("enrollments") << QStringLiteral("enrollments") << qint64(5) << 60 * kMinute;
    QTest::newRow("devices") << QStringLiteral("devices") << qint64(30) << 15 * kMinute;
    QTest::newRow("none") << QString() << qint64(-1) << qint64(0);
}

void TestRateLimiter::groupLimits()
{
    QFETCH(QString, group);
    QFETCH(qint64, limit);
    QFETCH(qint64, windowMs);
    const auto g = RateLimitPolicy::groupLimit(groupNamed(group));
    QCOMPARE(g.name, group);
    QCOMPARE(g.limit, limit);
    QCOMPARE(g.windowMs, windowMs);
}

void TestRateLimiter::planPerMinute_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("allowed");
    QTest::newRow("free") << QStringLiteral("free") << 60;
    QTest::newRow("basic") << QStringLiteral("basic") << 300;
    // growth allows 1,000 per minute, the same as the consents group: whichever, the 1,001st is
    // refused.
    QTest::newRow("growth") << QStringLiteral("growth") << 1000;
}

void TestRateLimiter::planPerMinute()
{
    QFETCH(QString, plan);
    QFETCH(int, allowed);
    RateLimitPolicy policy;
    const Principal p = clientPrincipal(plan);
    QCOMPARE(admitted(policy, p, RateGroup::Consents, allowed + 5, kT0 + 100), allowed);
    // The next minute opens again.
    QCOMPARE(admitted(policy, p, RateGroup::Consents, 1, kT0 + kMinute), 1);
    QCOMPARE(policy.limitedCount(), 1);
}

void TestRateLimiter::enterprise_data()
{
    QTest::addColumn<QByteArray>("rateLimits"); // empty: no rateLimits at all
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("allowed");
    QTest::addColumn<bool>("unlimited"); // no bucket applies at all
    QTest::newRow("no rateLimits: unlimited")
        << QByteArray() << QStringLiteral("consents") << 3000 << 3000 << true;
    QTest::newRow("empty object: unlimited")
        << QByteArray("{}") << QStringLiteral("consents") << 1500 << 1500 << true;
    QTest::newRow("perMinute 5") << QByteArray(R"({"perMinute":5})") << QStringLiteral("consents")
                                 << 10 << 5 << false;
    QTest::newRow("perDay 7") << QByteArray(R"({"perDay":7})") << QString() << 10 << 7 << false;
    QTest::newRow("perMinute null") << QByteArray(R"({"perMinute":null,"perDay":null})")
                                    << QStringLiteral("consents") << 1500 << 1500 << true;
    QTest::newRow("groups.consents 3") << QByteArray(R"({"groups":{"consents":3}})")
                                       << QStringLiteral("consents") << 10 << 3 << false;
    QTest::newRow("groups.consents 3, other group")
        << QByteArray(R"({"groups":{"consents":3}})") << QStringLiteral("auth") << 1500 << 1500
        << true;
    QTest::newRow("groups.consents null") << QByteArray(R"({"groups":{"consents":null}})")
                                          << QStringLiteral("consents") << 1500 << 1500 << true;
    QTest::newRow("tightest of perMinute and group")
        << QByteArray(R"({"perMinute":8,"groups":{"consents":4}})") << QStringLiteral("consents")
        << 10 << 4 << false;
    QTest::newRow("perMinute 0") << QByteArray(R"({"perMinute":0})") << QStringLiteral("consents")
                                 << 3 << 0 << false;
}

void TestRateLimiter::enterprise()
{
    QFETCH(QByteArray, rateLimits);
    QFETCH(QString, group);
    QFETCH(int, calls);
    QFETCH(int, allowed);
    QFETCH(bool, unlimited);
    RateLimitPolicy policy;
    const Principal p = clientPrincipal(QStringLiteral("enterprise"), rateLimits);
    QCOMPARE(admitted(policy, p, groupNamed(group), calls, kT0 + 500), allowed);
    if (unlimited) {
        const auto a =
            policy.admit(p, groupNamed(group), {}, QStringLiteral("127.0.0.1"), kT0 + 600);
        QCOMPARE(headerValue(a.headers, "X-RateLimit-Limit"),
                 QByteArray::number(RateLimitPolicy::kUnlimited));
        QCOMPARE(headerValue(a.headers, "X-RateLimit-Remaining"),
                 QByteArray::number(RateLimitPolicy::kUnlimited));
        policy.release(a);
    }
}

void TestRateLimiter::enterpriseGroupsIndependent()
{
    RateLimitPolicy policy;
    const Principal p =
        clientPrincipal(QStringLiteral("enterprise"), R"({"groups":{"consents":2,"auth":3}})");
    QCOMPARE(admitted(policy, p, RateGroup::Consents, 5, kT0), 2);
    QCOMPARE(admitted(policy, p, RateGroup::Auth, 5, kT0), 3);
    QCOMPARE(admitted(policy, p, RateGroup::PlanOnly, 5, kT0), 5); // no group: no group limit
}

void TestRateLimiter::tooManyRequestsError()
{
    RateLimitPolicy policy;
    const Principal p = clientPrincipal(QStringLiteral("enterprise"), R"({"perMinute":1})");
    const qint64 now = kT0 + 15500;
    policy.release(policy.admit(p, RateGroup::Consents, {}, {}, now));
    try {
        policy.admit(p, RateGroup::Consents, {}, {}, now);
        QFAIL("the second call must be refused");
    } catch (const ServiceError &refusal) {
        QCOMPARE(refusal.kind(), ServiceError::Kind::Limited);
        QVERIFY(refusal.rateLimit());
        QCOMPARE(refusal.rateLimit()->limit, 1);
        QCOMPARE(refusal.rateLimit()->resetAtMs, kT0 + kMinute);
        QCOMPARE(refusal.rateLimit()->retryAfterSeconds, 45);
        QVERIFY(refusal.rateLimit()->requestQuota);
        // As HTTP answers it: §0's 429 with seed 000's body fields at the top level.
        const ApiError e = ErrorMapping::toApiError(refusal);
        QCOMPARE(e.status(), 429);
        QCOMPARE(e.type(), QStringLiteral("rate_limited"));
        QCOMPARE(e.extraFields.value(QStringLiteral("retryAfter")).toInteger(), 45);
        QCOMPARE(e.extraFields.value(QStringLiteral("resetTime")).toString(),
                 QStringLiteral("2023-12-09T00:01:00Z"));
        QCOMPARE(e.extraFields.value(QStringLiteral("limit")).toInteger(), 1);
        QCOMPARE(e.extraFields.value(QStringLiteral("remaining")).toInteger(), 0);
        QCOMPARE(headerValue(e.extraHeaders, "Retry-After"), QByteArray("45"));
        QCOMPARE(headerValue(e.extraHeaders, "X-RateLimit-Limit"), QByteArray("1"));
        QCOMPARE(headerValue(e.extraHeaders, "X-RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(headerValue(e.extraHeaders, "X-RateLimit-Reset"),
                 QByteArray::number((kT0 + kMinute) / 1000));
    }
    QCOMPARE(policy.limitedCount(), 1);
}

void TestRateLimiter::headersTightest()
{
    RateLimitPolicy policy;
    const Principal p = clientPrincipal(QStringLiteral("free"));
    for (int i = 1; i <= 3; ++i) {
        const auto a = policy.admit(p, RateGroup::Consents, {}, {}, kT0 + i);
        // free: 60/min beats 1,000/day and the consents group's 1,000/min.
        QCOMPARE(headerValue(a.headers, "X-RateLimit-Limit"), QByteArray("60"));
        QCOMPARE(headerValue(a.headers, "X-RateLimit-Remaining"), QByteArray::number(60 - i));
        QCOMPARE(headerValue(a.headers, "X-RateLimit-Reset"),
                 QByteArray::number((kT0 + kMinute) / 1000));
        policy.release(a);
    }
}

void TestRateLimiter::concurrentLimit()
{
    RateLimitPolicy policy;
    const Principal p = clientPrincipal(QStringLiteral("free")); // 5 concurrent
    QList<RateLimitPolicy::Admission> held;
    for (int i = 0; i < 5; ++i)
        held.append(policy.admit(p, RateGroup::Consents, {}, {}, kT0 + i));
    try {
        policy.admit(p, RateGroup::Consents, {}, {}, kT0 + 10);
        QFAIL("a sixth concurrent call must be refused");
    } catch (const ServiceError &e) {
        QCOMPARE(e.kind(), ServiceError::Kind::Limited);
        QCOMPARE(e.rateLimit()->limit, 5);
        QCOMPARE(e.rateLimit()->retryAfterSeconds, 1);
        QVERIFY(e.message().contains(QLatin1String("concurrent")));
    }
    policy.release(held.takeFirst());
    held.append(policy.admit(p, RateGroup::Consents, {}, {}, kT0 + 20));
    for (const auto &a : held)
        policy.release(a);
    // Enterprise with a concurrent limit of 1.
    const Principal e = clientPrincipal(QStringLiteral("enterprise"), R"({"concurrent":1})",
                                        QStringLiteral("mid_client_bbbbbbbbbbbb"));
    const auto first = policy.admit(e, RateGroup::PlanOnly, {}, {}, kT0);
    QVERIFY_THROWS_EXCEPTION(ServiceError, policy.admit(e, RateGroup::PlanOnly, {}, {}, kT0));
    policy.release(first);
    policy.release(policy.admit(e, RateGroup::PlanOnly, {}, {}, kT0));
}

void TestRateLimiter::deviceLimitsAlwaysApply()
{
    RateLimitPolicy policy;
    // Even an unlimited enterprise tenant's device-side calls are limited per device.
    const Principal p = clientPrincipal(QStringLiteral("enterprise"));
    QCOMPARE(admitted(policy, p, RateGroup::Fido, 30, kT0, QStringLiteral("device_1")), 20);
    QCOMPARE(admitted(policy, p, RateGroup::Fido, 30, kT0, QStringLiteral("device_2")), 20);
    // Anonymous device-side calls (the session or token is the capability) likewise.
    QCOMPARE(
        admitted(policy, Principal{}, RateGroup::Enrollments, 10, kT0, QStringLiteral("device_3")),
        5);
    try {
        policy.admit(Principal{}, RateGroup::Enrollments, QStringLiteral("device_3"), {}, kT0);
        QFAIL("the sixth enrollment must be refused");
    } catch (const ServiceError &e) {
        QCOMPARE(e.message(), QStringLiteral("Too many enrollment attempts from this device"));
    }
}

void TestRateLimiter::enterpriseGroupWithAndWithoutDevice_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("deviceKey");
    // §11: an enterprise client's `groups` are exactly its limits, whether or not the call
    // names a device; the per-device default applies on top (not reached at 3).
    for (const char *group : {"consents", "auth", "fido", "enrollments", "devices"}) {
        QTest::addRow("%s, tenant call", group) << QString::fromLatin1(group) << QString();
        QTest::addRow("%s, device-side", group)
            << QString::fromLatin1(group) << QStringLiteral("device_42");
    }
}

void TestRateLimiter::enterpriseGroupWithAndWithoutDevice()
{
    QFETCH(QString, group);
    QFETCH(QString, deviceKey);
    RateLimitPolicy policy;
    const QByteArray limits = R"({"groups":{")" + group.toLatin1() + R"(":3}})";
    const Principal p = clientPrincipal(QStringLiteral("enterprise"), limits);
    QCOMPARE(admitted(policy, p, groupNamed(group), 10, kT0, deviceKey), 3);
    // Another device of the same tenant shares the tenant's group budget.
    if (!deviceKey.isEmpty())
        QCOMPARE(admitted(policy, p, groupNamed(group), 1, kT0, QStringLiteral("device_43")), 0);
    // The other groups stay open.
    const RateGroup other =
        groupNamed(group) == RateGroup::Consents ? RateGroup::Devices : RateGroup::Consents;
    QCOMPARE(admitted(policy, p, other, 10, kT0), 10);
}

void TestRateLimiter::planPerDeviceGroups_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("deviceKey");
    QTest::addColumn<int>("allowed");
    // fido and enrollments are limited per device (20 / 15 min, 5 / h), never tenant-wide: a
    // growth tenant's calls that name no device meet only its plan (1,000 / min).
    QTest::newRow("fido per device") << QStringLiteral("fido") << QStringLiteral("d1") << 20;
    QTest::newRow("fido, no device") << QStringLiteral("fido") << QString() << 40;
    QTest::newRow("enrollments per device")
        << QStringLiteral("enrollments") << QStringLiteral("d1") << 5;
    QTest::newRow("enrollments, no device") << QStringLiteral("enrollments") << QString() << 40;
    // The per-client groups count per client.
    QTest::newRow("devices per client") << QStringLiteral("devices") << QString() << 30;
}

void TestRateLimiter::planPerDeviceGroups()
{
    QFETCH(QString, group);
    QFETCH(QString, deviceKey);
    QFETCH(int, allowed);
    RateLimitPolicy policy;
    const Principal p = clientPrincipal(QStringLiteral("growth"));
    QCOMPARE(admitted(policy, p, groupNamed(group), 40, kT0, deviceKey), allowed);
}

void TestRateLimiter::anonymousLimit()
{
    RateLimitPolicy policy;
    QCOMPARE(admitted(policy, Principal{}, RateGroup::PlanOnly, 700, kT0),
             int(RateLimitPolicy::kAnonymousPerMinute));
    // Per source: another address has its own bucket.
    const auto other =
        policy.admit(Principal{}, RateGroup::PlanOnly, {}, QStringLiteral("10.0.0.9"), kT0);
    QCOMPARE(headerValue(other.headers, "X-RateLimit-Remaining"),
             QByteArray::number(RateLimitPolicy::kAnonymousPerMinute - 1));
}

void TestRateLimiter::operatorsUnlimited()
{
    RateLimitPolicy policy;
    Principal op;
    op.kind = Principal::Kind::Operator;
    op.role = QStringLiteral("admin");
    QCOMPARE(admitted(policy, op, RateGroup::Consents, 2000, kT0), 2000);
}

void TestRateLimiter::tenantsIndependent()
{
    RateLimitPolicy policy;
    const Principal a = clientPrincipal(QStringLiteral("enterprise"), R"({"perMinute":2})",
                                        QStringLiteral("mid_client_aaaaaaaaaaaa"));
    const Principal b = clientPrincipal(QStringLiteral("enterprise"), R"({"perMinute":2})",
                                        QStringLiteral("mid_client_bbbbbbbbbbbb"));
    QCOMPARE(admitted(policy, a, RateGroup::Consents, 5, kT0), 2);
    QCOMPARE(admitted(policy, b, RateGroup::Consents, 5, kT0), 2);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
