// Outbound webhooks end to end (§9): a real receiver on a loopback port, the dispatcher on its
// own thread. Retries on the schedule (time driven by a ManualClock), the three signatures as
// a receiver checks them before and after a rotation, 410 Gone, a consent's callbackUrl, the
// per-endpoint cap, the refusal of non-public addresses and its setting, metrics and the live
// event.
#include "core/Clock.h"
#include "events/EventBus.h"
#include "server/MidServer.h"
#include "services/MetricsHistory.h"
#include "services/WebhookService.h"
#include "support/ServerFixture.h"
#include "support/WebhookReceiver.h"
#include "webhooks/WebhookDispatcher.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QtTest>

using namespace mid;
using namespace mid::test;
using namespace std::chrono_literals;

namespace {
struct HookedClient
{
    TestClient client;
    QString secret;     // the endpoint's whsec_…
    QString endpointId; // empty without webhookUrl
};

HookedClient createHooked(ServerFixture &f, const QString &webhookUrl)
{
    QJsonObject body{{QStringLiteral("name"), QStringLiteral("Hooked tenant")},
                     {QStringLiteral("plan"), QStringLiteral("enterprise")}};
    if (!webhookUrl.isEmpty())
        body.insert(QStringLiteral("webhookUrl"), webhookUrl);
    const Response r = f.http().post(QStringLiteral("/v1/clients"), body, f.admin());
    const QJsonObject d = r.data();
    HookedClient out{
        {d.value(QStringLiteral("clientId")).toString(),
         d.value(QStringLiteral("apiKey")).toString(),
         d.value(QStringLiteral("clientSecret")).toString()},
        d.value(QStringLiteral("webhookSecret")).toString(),
        d.value(QStringLiteral("webhook")).toObject().value(QStringLiteral("id")).toString()};
    return out;
}

QString createConsent(ServerFixture &f, const TestClient &c, const QJsonObject &extra = {})
{
    QJsonObject body{{QStringLiteral("recipient"), QStringLiteral("+2348012345678")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const Response r = f.http().post(QStringLiteral("/v1/consents/auth"), body, c.bearer());
    return r.data().value(QStringLiteral("id")).toString();
}

QList<WebhookDelivery> deliveriesOf(ServerFixture &f, const QString &clientId,
                                    const QString &eventType = {})
{
    DeliveryFilter filter;
    filter.clientId = clientId;
    filter.eventType = eventType;
    return f.server().webhooks().deliveries(filter, 500, {}).items;
}

// The one delivery of the client's consent.created (time moved past the consent's expiry
// adds consent.expired).
WebhookDelivery onlyDelivery(ServerFixture &f, const QString &clientId)
{
    const auto all = deliveriesOf(f, clientId, QStringLiteral("consent.created"));
    return all.size() == 1 ? all.first() : WebhookDelivery{};
}

bool waitForRequests(WebhookReceiver &r, int count, int timeoutMs = 5000)
{
    return waitUntil([&] { return r.requests().size() >= count; }, timeoutMs);
}

// Waits until the delivery has `attempts` attempts recorded.
bool waitForAttempts(ServerFixture &f, const QString &clientId, int attempts, int timeoutMs = 5000)
{
    return waitUntil([&] { return onlyDelivery(f, clientId).attempts >= attempts; }, timeoutMs);
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}
} // namespace

class TestWebhookDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retriesThenDeliversSigned();
    void backoffSchedule();
    void goneDisablesEndpoint();
    void callbackUrl_data();
    void callbackUrl();
    void slowEndpointDoesNotHoldUpOthers();
    void refusesNonPublicAddresses_data();
    void refusesNonPublicAddresses();
    void deliversToTheAddressChecked();
};

void TestWebhookDelivery::retriesThenDeliversSigned()
{
    ManualClock clock;
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QList<DomainEvent> live;
    connect(&f.server().events(), &EventBus::published, this, [&](const DomainEvent &e) {
        if (e.type == QLatin1String("webhook.delivery_updated"))
            live << e;
    });
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.script({{500}, {503}});
    const HookedClient hooked = createHooked(f, receiver.url());
    QVERIFY(hooked.secret.startsWith(QLatin1String("whsec_")));
    const QString consentId = createConsent(f, hooked.client);
    QVERIFY(!consentId.isEmpty());

    // Attempt 1: 500; the receiver checks everything with the secret it was given.
    QVERIFY(waitForRequests(receiver, 1));
    QVERIFY(waitForAttempts(f, hooked.client.clientId, 1));
    const auto first = receiver.requests().at(0);
    QCOMPARE(first.method, QByteArray("POST"));
    QCOMPARE(first.path, QByteArray("/hook"));
    QCOMPARE(first.header("content-type"), QByteArray("application/json"));
    QCOMPARE(first.header("user-agent"), QByteArray("MID-Webhooks/1.0"));
    QCOMPARE(first.header("x-mid-event"), QByteArray("consent.created"));
    QVERIFY(ReceiverSide::allValid(first, hooked.secret));
    const QJsonObject body = QJsonDocument::fromJson(first.body).object();
    QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("consent.created"));
    QCOMPARE(body.value(QStringLiteral("id")).toString().toLatin1(), first.header("webhook-id"));
    QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString(),
             consentId);
    QCOMPARE(first.header("webhook-timestamp").toLongLong(), clock.nowMs() / 1000);
    QCOMPARE(first.header("webhook-signature").count("v1,"), 1);

    WebhookDelivery d = onlyDelivery(f, hooked.client.clientId);
    QCOMPARE(d.status, QStringLiteral("retrying"));
    QCOMPARE(d.lastStatusCode, 500);
    QVERIFY2(d.nextAttemptAt - clock.nowMs() >= 4000 && d.nextAttemptAt - clock.nowMs() <= 6000,
             qPrintable(QString::number(d.nextAttemptAt - clock.nowMs())));

    // Attempt 2 when its time comes (not before).
    clock.advance(3s);
    QTest::qWait(200);
    QCOMPARE(receiver.requests().size(), 1);
    clock.setMs(d.nextAttemptAt);
    QVERIFY(waitForRequests(receiver, 2));
    QVERIFY(waitForAttempts(f, hooked.client.clientId, 2));
    d = onlyDelivery(f, hooked.client.clientId);
    QCOMPARE(d.status, QStringLiteral("retrying"));
    QCOMPARE(d.lastStatusCode, 503);
    QVERIFY(ReceiverSide::allValid(receiver.requests().at(1), hooked.secret));

    // A rotation applies to the retry: the new secret signs, the old one still verifies the
    // Standard Webhooks signature during the grace.
    const Response rotation = f.http().post(
        QStringLiteral("/admin/v1/webhooks/endpoints/%1/rotate").arg(hooked.endpointId),
        {{QStringLiteral("graceSeconds"), 3600}}, f.admin());
    QCOMPARE(rotation.status, 200);
    const QString rotatedSecret = rotation.data().value(QStringLiteral("secret")).toString();
    QVERIFY(rotatedSecret.startsWith(QLatin1String("whsec_")));
    QVERIFY(rotatedSecret != hooked.secret);
    receiver.setFallback({200, 0, "thanks"});
    clock.setMs(d.nextAttemptAt);
    QVERIFY(waitForRequests(receiver, 3));
    QVERIFY(waitForAttempts(f, hooked.client.clientId, 3));
    const auto third = receiver.requests().at(2);
    QVERIFY(ReceiverSide::allValid(third, rotatedSecret));
    QCOMPARE(third.header("webhook-signature").count("v1,"), 2);
    QVERIFY(ReceiverSide::standardSignatureValid(third.header("webhook-id"),
                                                 third.header("webhook-timestamp"), third.body,
                                                 third.header("webhook-signature"), hooked.secret));
    QVERIFY(!ReceiverSide::midSignatureValid(third.body, third.header("x-mid-signature"),
                                             hooked.secret));
    QCOMPARE(third.header("webhook-id"), first.header("webhook-id")); // one event, one id

    d = onlyDelivery(f, hooked.client.clientId);
    QCOMPARE(d.status, QStringLiteral("delivered"));
    QCOMPARE(d.attempts, 3);
    QCOMPARE(d.lastStatusCode, 200);
    QVERIFY(d.deliveredAt > 0);
    // Every attempt is stored with what was sent and what came back.
    const auto attempts = f.server().webhooks().attempts(d.id);
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0).statusCode, 500);
    QCOMPARE(attempts.at(2).statusCode, 200);
    QCOMPARE(attempts.at(2).requestBody, third.body);
    QCOMPARE(attempts.at(2).requestHeaders.value(QStringLiteral("webhook-signature")).toString(),
             QString::fromLatin1(third.header("webhook-signature")));
    QCOMPARE(attempts.at(2).responseBody, QByteArray("thanks"));
    QCOMPARE(attempts.at(2).responseHeaders.value(QStringLiteral("content-length")).toString(),
             QStringLiteral("6"));
    // The console's inspector checks what was sent as a receiver holding today's secrets
    // would: attempt 3 matches the current secret, attempt 1 the previous one (in its grace).
    const Response detail =
        f.http().get(QStringLiteral("/admin/v1/webhooks/deliveries/") + d.id, f.admin());
    QCOMPARE(detail.status, 200);
    const QJsonArray inspected = detail.data().value(QStringLiteral("attemptList")).toArray();
    QCOMPARE(inspected.size(), 3);
    for (const char *scheme : {"signature", "X-Mid-Signature", "webhook-signature"}) {
        const QJsonObject latest = inspected.at(2)
                                       .toObject()
                                       .value(QStringLiteral("signatures"))
                                       .toObject()
                                       .value(QLatin1String(scheme))
                                       .toObject();
        QVERIFY2(latest.value(QStringLiteral("valid")).toBool(), scheme);
        QVERIFY2(
            latest.value(QStringLiteral("detail")).toString().contains(QLatin1String("current")),
            scheme);
        const QJsonObject oldest = inspected.at(0)
                                       .toObject()
                                       .value(QStringLiteral("signatures"))
                                       .toObject()
                                       .value(QLatin1String(scheme))
                                       .toObject();
        QVERIFY2(oldest.value(QStringLiteral("valid")).toBool(), scheme);
        QVERIFY2(
            oldest.value(QStringLiteral("detail")).toString().contains(QLatin1String("previous")),
            scheme);
    }

    // The console heard each attempt live, with the delivery as the API shows it.
    QVERIFY(waitUntil([&] { return live.size() >= 3; }, 3000));
    const QJsonObject last = live.last().data;
    QCOMPARE(last.value(QStringLiteral("id")).toString(), d.id);
    QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    QCOMPARE(last.value(QStringLiteral("attempts")).toInt(), 3);
    QCOMPARE(live.last().clientId, hooked.client.clientId);

    // /metrics counts the results and the delay.
    const QByteArray metrics = f.http().get(QStringLiteral("/metrics")).body;
    QVERIFY2(metrics.contains("mid_webhook_deliveries_total{result=\"delivered\"} 1\n"),
             metrics.constData());
    QVERIFY(metrics.contains("mid_webhook_deliveries_total{result=\"retrying\"} 2\n"));
    QVERIFY(metrics.contains("mid_webhook_deliveries_total{result=\"failed\"} 0\n"));
    QVERIFY(metrics.contains("mid_webhook_deliveries_total{result=\"disabled\"} 0\n"));
    QVERIFY(metrics.contains("mid_webhook_delivery_delay_seconds_count 1\n"));
    QVERIFY(metrics.contains("# TYPE mid_webhook_delivery_delay_seconds histogram\n"));
    // The per-second series (sampled now).
    f.server().metricsHistory().sample();
    const Response series = f.http().get(
        QStringLiteral("/admin/v1/metrics/series?metric=webhooks&step=3600"), f.admin());
    QCOMPARE(series.status, 200);
    qint64 delivered = 0, retried = 0;
    for (const auto &p : series.data().value(QStringLiteral("points")).toArray()) {
        delivered += p.toObject().value(QStringLiteral("delivered")).toInteger();
        retried += p.toObject().value(QStringLiteral("retried")).toInteger();
    }
    QCOMPARE(delivered, 1);
    QCOMPARE(retried, 2);
}

void TestWebhookDelivery::backoffSchedule()
{
    ManualClock clock;
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setFallback({500});
    const HookedClient hooked = createHooked(f, receiver.url());
    QVERIFY(!createConsent(f, hooked.client).isEmpty());
    const auto &schedule = WebhookDispatcher::backoffMs();
    QCOMPARE(schedule.size(), WebhookDispatcher::kMaxAttempts - 1);
    for (int n = 1; n <= WebhookDispatcher::kMaxAttempts; ++n) {
        QVERIFY2(waitForAttempts(f, hooked.client.clientId, n),
                 qPrintable(QStringLiteral("attempt %1 did not happen").arg(n)));
        const WebhookDelivery d = onlyDelivery(f, hooked.client.clientId);
        if (n == WebhookDispatcher::kMaxAttempts) {
            QCOMPARE(d.status, QStringLiteral("failed"));
            break;
        }
        QCOMPARE(d.status, QStringLiteral("retrying"));
        const qint64 wait = d.nextAttemptAt - clock.nowMs();
        const qint64 base = schedule.at(n - 1);
        QVERIFY2(wait >= base * 0.8 - 1 && wait <= base * 1.2 + 1,
                 qPrintable(QStringLiteral("after attempt %1: %2 ms, expected %3 ms ±20 %")
                                .arg(n)
                                .arg(wait)
                                .arg(base)));
        clock.setMs(d.nextAttemptAt);
    }
    const auto created = [&] {
        int n = 0;
        for (const auto &r : receiver.requests())
            n += r.header("x-mid-event") == "consent.created" ? 1 : 0;
        return n;
    };
    QCOMPARE(created(), WebhookDispatcher::kMaxAttempts);
    // Nothing more, however late it gets.
    clock.advance(24h);
    QTest::qWait(300);
    QCOMPARE(created(), WebhookDispatcher::kMaxAttempts);
    const WebhookDelivery d = onlyDelivery(f, hooked.client.clientId);
    QCOMPARE(d.attempts, WebhookDispatcher::kMaxAttempts);
    QCOMPARE(f.server().webhooks().attempts(d.id).size(), WebhookDispatcher::kMaxAttempts);
    QVERIFY(f.http()
                .get(QStringLiteral("/metrics"))
                .body.contains("mid_webhook_deliveries_total{result=\"failed\"} "));
}

void TestWebhookDelivery::goneDisablesEndpoint()
{
    ManualClock clock;
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.script({{500}, {410}});
    QList<DomainEvent> disabledEvents;
    connect(&f.server().events(), &EventBus::published, this, [&](const DomainEvent &e) {
        if (e.type == QLatin1String("webhook.endpoint_disabled"))
            disabledEvents << e;
    });
    const HookedClient hooked = createHooked(f, receiver.url());
    const QString a = createConsent(f, hooked.client);
    QVERIFY(waitForRequests(receiver, 1));
    QVERIFY(waitForAttempts(f, hooked.client.clientId, 1));
    const QString b = createConsent(f, hooked.client);
    QVERIFY(waitForRequests(receiver, 2));
    QVERIFY(waitUntil(
        [&] {
            return f.server().webhooks().endpoint(hooked.endpointId).status ==
                   QLatin1String("disabled");
        },
        5000));
    const WebhookEndpoint e = f.server().webhooks().endpoint(hooked.endpointId);
    QCOMPARE(e.statusReason, QStringLiteral("410 Gone from the receiver"));
    // The console's endpoint list hears of it.
    QVERIFY(waitUntil([&] { return disabledEvents.size() == 1; }, 3000));
    QCOMPARE(disabledEvents.first().data.value(QStringLiteral("id")).toString(), hooked.endpointId);
    QCOMPARE(disabledEvents.first().data.value(QStringLiteral("status")).toString(),
             QStringLiteral("disabled"));
    QHash<QString, WebhookDelivery> byResource;
    for (const auto &d : deliveriesOf(f, hooked.client.clientId))
        byResource.insert(d.resource, d);
    QCOMPARE(byResource.value(b).status, QStringLiteral("failed"));
    QCOMPARE(byResource.value(b).lastStatusCode, 410);
    QCOMPARE(byResource.value(a).status, QStringLiteral("cancelled")); // its retry is off
    // Nothing else reaches the disabled endpoint, not even when A's retry would have been due.
    clock.advance(1h);
    createConsent(f, hooked.client);
    QTest::qWait(300);
    QCOMPARE(receiver.requests().size(), 2);
    QVERIFY(f.http()
                .get(QStringLiteral("/metrics"))
                .body.contains("mid_webhook_deliveries_total{result=\"disabled\"} 1\n"));
}

void TestWebhookDelivery::callbackUrl_data()
{
    QTest::addColumn<bool>("withEndpoint");
    QTest::newRow("client without endpoint: signed with the client secret") << false;
    QTest::newRow("client with an endpoint: signed with its first endpoint's secret") << true;
}

void TestWebhookDelivery::callbackUrl()
{
    QFETCH(bool, withEndpoint);
    ManualClock clock;
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    WebhookReceiver endpoint, callback;
    QVERIFY(endpoint.listen());
    QVERIFY(callback.listen());
    const HookedClient hooked = createHooked(f, withEndpoint ? endpoint.url() : QString());
    const QString consentId = createConsent(
        f, hooked.client, {{QStringLiteral("callbackUrl"), callback.url(QStringLiteral("/cb"))}});
    QVERIFY(!consentId.isEmpty());
    QVERIFY(waitForRequests(callback, 1));
    const auto r = callback.requests().at(0);
    QCOMPARE(r.path, QByteArray("/cb"));
    const QString secret = withEndpoint ? hooked.secret : hooked.client.clientSecret;
    QVERIFY(!secret.isEmpty());
    QVERIFY(ReceiverSide::allValid(r, secret));
    QVERIFY(waitUntil(
        [&] {
            for (const auto &d : deliveriesOf(f, hooked.client.clientId))
                if (d.endpointId.isEmpty() && d.status == QLatin1String("delivered"))
                    return true;
            return false;
        },
        5000));
    if (withEndpoint) {
        QVERIFY(waitForRequests(endpoint, 1));
        QVERIFY(ReceiverSide::allValid(endpoint.requests().at(0), hooked.secret));
    }
}

void TestWebhookDelivery::slowEndpointDoesNotHoldUpOthers()
{
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    WebhookReceiver slow, fast;
    QVERIFY(slow.listen());
    QVERIFY(fast.listen());
    slow.setFallback({200, 1500});
    int maxConcurrent = 0;
    connect(&slow, &WebhookReceiver::received, this,
            [&] { maxConcurrent = qMax(maxConcurrent, slow.pending()); });
    const HookedClient s = createHooked(f, slow.url());
    const HookedClient q = createHooked(f, fast.url());
    for (int i = 0; i < 10; ++i)
        QVERIFY(!createConsent(f, s.client).isEmpty());
    QVERIFY(waitForRequests(slow, 4));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!createConsent(f, q.client).isEmpty());
    QVERIFY(waitForRequests(fast, 1, 1000));
    QVERIFY2(clock.elapsed() < 1000, "the fast endpoint waited for the slow one");
    QCOMPARE(slow.requests().size(), 4); // the slow one holds its 4 slots, no more
    QVERIFY(waitForRequests(slow, 10, 15000));
    QCOMPARE(maxConcurrent, 4);
    QVERIFY(waitUntil(
        [&] {
            for (const auto &d : deliveriesOf(f, s.client.clientId))
                if (d.status != QLatin1String("delivered"))
                    return false;
            return true;
        },
        5000));
}

void TestWebhookDelivery::refusesNonPublicAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allow");
    QTest::addColumn<QString>("expected"); // in the attempt's error
    QTest::addColumn<bool>("refused");
    QTest::newRow("private 10/8") << QStringLiteral("https://10.1.2.3/hook") << false
                                  << QStringLiteral("private network address") << true;
    QTest::newRow("metadata address") << QStringLiteral("https://169.254.169.254/latest/meta-data")
                                      << false << QStringLiteral("cloud metadata address") << true;
    QTest::newRow("192.168/16") << QStringLiteral("https://192.168.1.20/hook") << false
                                << QStringLiteral("192.168.1.20") << true;
    QTest::newRow("IPv4-mapped IPv6 private") << QStringLiteral("https://[::ffff:10.0.0.7]/hook")
                                              << false << QStringLiteral("private") << true;
    QTest::newRow("unspecified") << QStringLiteral("https://0.0.0.0:%1/hook") << false
                                 << QStringLiteral("unspecified address") << true;
    QTest::newRow("unspecified, allowed by the setting")
        << QStringLiteral("https://0.0.0.0:%1/hook") << true << QString() << false;
}

void TestWebhookDelivery::refusesNonPublicAddresses()
{
    QFETCH(QString, url);
    QFETCH(bool, allow);
    QFETCH(QString, expected);
    QFETCH(bool, refused);
    if (url.contains(QLatin1String("%1")))
        url = url.arg(closedPort());
    ManualClock clock;
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Response put =
        f.http().put(QStringLiteral("/admin/v1/settings"),
                     {{QStringLiteral("webhooksAllowPrivateNetworks"), allow}}, f.admin());
    QCOMPARE(put.status, 200);
    QCOMPARE(put.data().value(QStringLiteral("webhooksAllowPrivateNetworks")).toBool(), allow);
    QCOMPARE(f.http()
                 .get(QStringLiteral("/admin/v1/settings"), f.admin())
                 .data()
                 .value(QStringLiteral("webhooksAllowPrivateNetworks"))
                 .toBool(),
             allow);
    const HookedClient hooked = createHooked(f, url);
    QVERIFY2(!hooked.endpointId.isEmpty(), qPrintable(url));
    QVERIFY(!createConsent(f, hooked.client).isEmpty());
    QVERIFY(waitForAttempts(f, hooked.client.clientId, 1, 12000));
    const WebhookDelivery d = onlyDelivery(f, hooked.client.clientId);
    QCOMPARE(d.status, QStringLiteral("retrying")); // a failed attempt on the usual schedule
    QCOMPARE(d.lastStatusCode, 0);
    QVERIFY2(d.lastError.startsWith(QLatin1String("Refused")) == refused, qPrintable(d.lastError));
    QVERIFY2(d.lastError.contains(expected), qPrintable(d.lastError));
    const auto attempts = f.server().webhooks().attempts(d.id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0).error, d.lastError);
}

void TestWebhookDelivery::deliversToTheAddressChecked()
{
    // A URL with a host name: the dispatcher resolves it, checks every address (loopback is
    // allowed) and connects to one of them itself; the receiver sees the name in Host.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    const QString url =
        QStringLiteral("http://localhost:%1/hook?tenant=a%20b").arg(receiver.port());
    const HookedClient hooked = createHooked(f, url);
    QVERIFY2(!hooked.endpointId.isEmpty(), qPrintable(url));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!createConsent(f, hooked.client).isEmpty());
    QVERIFY(waitForRequests(receiver, 3));
    for (const auto &r : receiver.requests()) {
        QCOMPARE(r.path, QByteArray("/hook?tenant=a%20b"));
        QCOMPARE(r.header("Host"), "localhost:" + QByteArray::number(receiver.port()));
        QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));
        QVERIFY(ReceiverSide::allValid(r, hooked.secret));
    }
}

QTEST_GUILESS_MAIN(TestWebhookDelivery)
#include "tst_webhookdelivery.moc"
