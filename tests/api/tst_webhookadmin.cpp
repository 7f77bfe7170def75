// §9/§13 webhook endpoints and deliveries as operators manage them, and the outbox rows a
// state change writes: one delivery per receiving endpoint and callbackUrl, held while an
// endpoint is paused, cancelled when it goes.
#include "support/ServerFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace mid::test;

namespace {
// Nothing listens here: deliveries stay due or are retried, never delivered.
const QString kDeadUrl = QStringLiteral("http://127.0.0.1:9/hook");

QJsonArray itemsOf(const Response &r)
{
    return r.data().value(QStringLiteral("items")).toArray();
}

QString describe(const Response &r)
{
    return QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(400)));
}
} // namespace

class TestWebhookAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clientWebhookUrlIsItsFirstEndpoint();
    void createRefusesBadInput_data();
    void createRefusesBadInput();
    void consentEventsQueueOneDeliveryPerReceiver();
    void pauseHoldsAndResumeReleases();
    void secretIsReadableAndAudited();
    void rotateIssuesANewSecret();
    void pingQueuesADeliveryToThatEndpointOnly();
    void replayCopiesADelivery();
    void deleteCancelsWhatWasWaiting();
    void deliveryDetailCarriesTheEvent();
    void auditorsReadButDoNotChange_data();
    void auditorsReadButDoNotChange();
    void unknownIdsAreNotFound_data();
    void unknownIdsAreNotFound();
    void deletingAClientRemovesItsEndpoints();

private:
    HttpClient &http() { return m_f->http(); }
    QJsonObject createEndpoint(const QString &clientId, const QJsonObject &extra = {});
    QJsonArray deliveries(const QString &query);
    QString auditorToken();

    std::unique_ptr<ServerFixture> m_f;
    TestClient m_client;
    QString m_auditorToken;
};

void TestWebhookAdmin::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_client = m_f->createClient();
    QVERIFY(!m_client.clientId.isEmpty());
}

void TestWebhookAdmin::cleanupTestCase()
{
    m_f.reset();
}

QJsonObject TestWebhookAdmin::createEndpoint(const QString &clientId, const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("clientId"), clientId}, {QStringLiteral("url"), kDeadUrl}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const Response r =
        http().post(QStringLiteral("/admin/v1/webhooks/endpoints"), body, m_f->admin());
    if (r.status != 201)
        qWarning() << "endpoint creation failed" << describe(r);
    return r.data();
}

QJsonArray TestWebhookAdmin::deliveries(const QString &query)
{
    const Response r =
        http().get(QStringLiteral("/admin/v1/webhooks/deliveries?") + query, m_f->admin());
    if (r.status != 200)
        qWarning() << "deliveries failed" << describe(r);
    return itemsOf(r);
}

QString TestWebhookAdmin::auditorToken()
{
    if (!m_auditorToken.isEmpty())
        return m_auditorToken;
    const QJsonObject op{{QStringLiteral("username"), QStringLiteral("hook-auditor")},
                         {QStringLiteral("password"), QStringLiteral("auditor password 1")},
                         {QStringLiteral("role"), QStringLiteral("auditor")}};
    if (http().post(QStringLiteral("/admin/v1/operators"), op, m_f->admin()).status != 201)
        return {};
    const Response login =
        http().post(QStringLiteral("/admin/v1/login"),
                    {{QStringLiteral("username"), op.value(QStringLiteral("username"))},
                     {QStringLiteral("password"), op.value(QStringLiteral("password"))}});
    m_auditorToken = login.data().value(QStringLiteral("token")).toString();
    return m_auditorToken;
}

void TestWebhookAdmin::clientWebhookUrlIsItsFirstEndpoint()
{
    const TestClient c = m_f->createClient(
        {{QStringLiteral("webhookUrl"), kDeadUrl},
         {QStringLiteral("webhookEvents"), QJsonArray{QStringLiteral("consent.approved")}}});
    const Response list = http().get(
        QStringLiteral("/admin/v1/webhooks/endpoints?clientId=") + c.clientId, m_f->admin());
    QCOMPARE(list.status, 200);
    QCOMPARE(itemsOf(list).size(), 1);
    const QJsonObject first = itemsOf(list).first().toObject();
    QVERIFY(first.value(QStringLiteral("first")).toBool());
    QCOMPARE(first.value(QStringLiteral("url")).toString(), kDeadUrl);
    QVERIFY(!list.body.contains("whsec_"));

    // PUT /v1/clients/:id with webhookUrl changes that endpoint; it does not add one.
    const QString moved = QStringLiteral("https://receiver.example/hook");
    const Response put = http().put(QStringLiteral("/v1/clients/") + c.clientId,
                                    {{QStringLiteral("webhookUrl"), moved}}, m_f->admin());
    QVERIFY2(put.status == 200, qPrintable(describe(put)));
    const Response after = http().get(
        QStringLiteral("/admin/v1/webhooks/endpoints?clientId=") + c.clientId, m_f->admin());
    QCOMPARE(itemsOf(after).size(), 1);
    QCOMPARE(itemsOf(after).first().toObject().value(QStringLiteral("url")).toString(), moved);
    QCOMPARE(itemsOf(after).first().toObject().value(QStringLiteral("events")).toArray(),
             (QJsonArray{QStringLiteral("consent.approved")}));
}

void TestWebhookAdmin::createRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain http to another host")
        << QByteArray(R"({"clientId":"{client}","url":"http://receiver.example/hook"})") << 422
        << QStringLiteral("url");
    QTest::newRow("not a url") << QByteArray(R"({"clientId":"{client}","url":"receiver"})") << 422
                               << QStringLiteral("url");
    QTest::newRow("credentials in the url")
        << QByteArray(R"({"clientId":"{client}","url":"https://u:p@receiver.example/"})") << 422
        << QStringLiteral("url");
    QTest::newRow("unknown event")
        << QByteArray(
               R"({"clientId":"{client}","url":"https://receiver.example/","events":["consent.eaten"]})")
        << 422 << QStringLiteral("events");
    QTest::newRow("ping is not a subscription")
        << QByteArray(
               R"({"clientId":"{client}","url":"https://receiver.example/","events":["ping"]})")
        << 422 << QStringLiteral("events");
    QTest::newRow("unknown client")
        << QByteArray(R"({"clientId":"mid_client_000000000000","url":"https://receiver.example/"})")
        << 422 << QStringLiteral("clientId");
    QTest::newRow("no url") << QByteArray(R"({"clientId":"{client}"})") << 422
                            << QStringLiteral("url");
    QTest::newRow("events not a list")
        << QByteArray(R"({"clientId":"{client}","url":"https://receiver.example/","events":"all"})")
        << 400 << QStringLiteral("events");
}

void TestWebhookAdmin::createRefusesBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    body.replace("{client}", m_client.clientId.toUtf8());
    const int before =
        itemsOf(http().get(QStringLiteral("/admin/v1/webhooks/endpoints"), m_f->admin())).size();
    const Response r =
        http().send("POST", QStringLiteral("/admin/v1/webhooks/endpoints"), body, m_f->admin());
    QVERIFY2(r.status == status, qPrintable(describe(r)));
    QVERIFY2(r.body.contains(field.toUtf8()), qPrintable(describe(r)));
    const int after =
        itemsOf(http().get(QStringLiteral("/admin/v1/webhooks/endpoints"), m_f->admin())).size();
    QCOMPARE(after, before);
}

void TestWebhookAdmin::consentEventsQueueOneDeliveryPerReceiver()
{
    const TestClient c = m_f->createClient();
    const QString all = createEndpoint(c.clientId).value(QStringLiteral("id")).toString();
    const QString approvedOnly =
        createEndpoint(c.clientId,
                       {{QStringLiteral("events"), QJsonArray{QStringLiteral("consent.approved")}}})
            .value(QStringLiteral("id"))
            .toString();
    QVERIFY(!all.isEmpty() && !approvedOnly.isEmpty());
    const QString callback = QStringLiteral("http://127.0.0.1:9/callback");
    const QJsonObject consent = m_f->createConsent(c, {{QStringLiteral("callbackUrl"), callback}});
    const QString sessionId = consent.value(QStringLiteral("sessionId")).toString();
    QVERIFY(!sessionId.isEmpty());

    const QJsonArray rows = deliveries(QStringLiteral("resource=") + sessionId);
    // consent.created: the all-events endpoint and the callbackUrl; not the approved-only one.
    QCOMPARE(rows.size(), 2);
    QSet<QString> urls;
    QString eventId;
    for (const QJsonValue &v : rows) {
        const QJsonObject d = v.toObject();
        QCOMPARE(d.value(QStringLiteral("event")).toString(), QStringLiteral("consent.created"));
        QVERIFY(QStringList({"pending", "retrying"}).contains(d.value("status").toString()));
        QCOMPARE(d.value(QStringLiteral("clientId")).toString(), c.clientId);
        QVERIFY(d.value(QStringLiteral("id")).toString().startsWith(QLatin1String("whd_")));
        if (!eventId.isEmpty())
            QCOMPARE(d.value(QStringLiteral("eventId")).toString(), eventId);
        eventId = d.value(QStringLiteral("eventId")).toString();
        urls << d.value(QStringLiteral("url")).toString();
        if (d.value(QStringLiteral("url")).toString() == callback)
            QVERIFY(d.value(QStringLiteral("endpointId")).isNull());
    }
    QCOMPARE(urls, (QSet<QString>{kDeadUrl, callback}));
    QVERIFY(eventId.startsWith(QLatin1String("evt_")));

    // Revoking: consent.revoked goes to the all-events endpoint and the callback again.
    const Response revoke = http().del(QStringLiteral("/v1/consents/") + sessionId, c.bearer());
    QVERIFY2(revoke.status == 200, qPrintable(describe(revoke)));
    const QJsonArray revoked =
        deliveries(QStringLiteral("resource=%1&event=consent.revoked").arg(sessionId));
    QCOMPARE(revoked.size(), 2);
    QCOMPARE(deliveries(QStringLiteral("endpointId=") + approvedOnly).size(), 0);
}

void TestWebhookAdmin::pauseHoldsAndResumeReleases()
{
    const TestClient c = m_f->createClient();
    const QString id = createEndpoint(c.clientId).value(QStringLiteral("id")).toString();
    const Response paused = http().send(
        "POST", QStringLiteral("/admin/v1/webhooks/endpoints/%1/pause").arg(id), {}, m_f->admin());
    QVERIFY2(paused.status == 200, qPrintable(describe(paused)));
    QCOMPARE(paused.data().value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
    m_f->createConsent(c);
    m_f->createConsent(c);
    const QJsonArray held = deliveries(QStringLiteral("endpointId=") + id);
    QCOMPARE(held.size(), 2);
    for (const QJsonValue &v : held) {
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("held"));
        QVERIFY(v.toObject().value(QStringLiteral("nextAttemptAt")).isNull());
    }
    const Response resumed = http().send(
        "POST", QStringLiteral("/admin/v1/webhooks/endpoints/%1/resume").arg(id), {}, m_f->admin());
    QVERIFY2(resumed.status == 200, qPrintable(describe(resumed)));
    QCOMPARE(resumed.data().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    for (const QJsonValue &v : deliveries(QStringLiteral("endpointId=") + id))
        QVERIFY(QStringList({"pending", "retrying"})
                    .contains(v.toObject().value(QStringLiteral("status")).toString()));
}

void TestWebhookAdmin::secretIsReadableAndAudited()
{
    const QJsonObject created = createEndpoint(m_client.clientId);
    const QString id = created.value(QStringLiteral("id")).toString();
    const QString secret = created.value(QStringLiteral("secret")).toString();
    QVERIFY(secret.startsWith(QLatin1String("whsec_")));
    QCOMPARE(QByteArray::fromBase64(secret.mid(6).toLatin1()).size(), 24);
    const Response read =
        http().get(QStringLiteral("/admin/v1/webhooks/endpoints/%1/secret").arg(id), m_f->admin());
    QVERIFY2(read.status == 200, qPrintable(describe(read)));
    QCOMPARE(read.data().value(QStringLiteral("secret")).toString(), secret);
    QVERIFY(!http()
                 .get(QStringLiteral("/admin/v1/webhooks/endpoints/") + id, m_f->admin())
                 .body.contains(secret.toUtf8()));

    QVERIFY(waitUntil(
        [&] {
            const Response audit = http().get(
                QStringLiteral("/admin/v1/audit?action=webhook.endpoint.read_secret&resource=") +
                    id,
                m_f->admin());
            return itemsOf(audit).size() == 1;
        },
        5000));
    const Response all = http().get(QStringLiteral("/admin/v1/audit?limit=500"), m_f->admin());
    QVERIFY(!all.body.contains(secret.toUtf8()));
    QVERIFY(!all.body.contains(secret.mid(6).toUtf8()));
}

void TestWebhookAdmin::rotateIssuesANewSecret()
{
    const QJsonObject created = createEndpoint(m_client.clientId);
    const QString id = created.value(QStringLiteral("id")).toString();
    const Response rotated =
        http().post(QStringLiteral("/admin/v1/webhooks/endpoints/%1/rotate").arg(id),
                    {{QStringLiteral("graceSeconds"), 60}}, m_f->admin());
    QVERIFY2(rotated.status == 200, qPrintable(describe(rotated)));
    const QString fresh = rotated.data().value(QStringLiteral("secret")).toString();
    QVERIFY(fresh.startsWith(QLatin1String("whsec_")));
    QVERIFY(fresh != created.value(QStringLiteral("secret")).toString());
    QCOMPARE(rotated.data().value(QStringLiteral("graceSeconds")).toInt(), 60);
    QCOMPARE(
        http()
            .get(QStringLiteral("/admin/v1/webhooks/endpoints/%1/secret").arg(id), m_f->admin())
            .data()
            .value(QStringLiteral("secret"))
            .toString(),
        fresh);
    // No body: the default grace. A grace out of range: 422, nothing rotated.
    const Response defaulted = http().send(
        "POST", QStringLiteral("/admin/v1/webhooks/endpoints/%1/rotate").arg(id), {}, m_f->admin());
    QVERIFY2(defaulted.status == 200, qPrintable(describe(defaulted)));
    QCOMPARE(defaulted.data().value(QStringLiteral("graceSeconds")).toInt(), 86400);
    const QString current = defaulted.data().value(QStringLiteral("secret")).toString();
    const Response refused =
        http().post(QStringLiteral("/admin/v1/webhooks/endpoints/%1/rotate").arg(id),
                    {{QStringLiteral("graceSeconds"), -1}}, m_f->admin());
    QCOMPARE(refused.status, 422);
    QCOMPARE(
        http()
            .get(QStringLiteral("/admin/v1/webhooks/endpoints/%1/secret").arg(id), m_f->admin())
            .data()
            .value(QStringLiteral("secret"))
            .toString(),
        current);
}

void TestWebhookAdmin::pingQueuesADeliveryToThatEndpointOnly()
{
    const TestClient c = m_f->createClient();
    const QString a = createEndpoint(c.clientId).value(QStringLiteral("id")).toString();
    const QString b = createEndpoint(c.clientId).value(QStringLiteral("id")).toString();
    const Response ping = http().send(
        "POST", QStringLiteral("/admin/v1/webhooks/endpoints/%1/ping").arg(a), {}, m_f->admin());
    QVERIFY2(ping.status == 202, qPrintable(describe(ping)));
    QCOMPARE(ping.data().value(QStringLiteral("event")).toString(), QStringLiteral("ping"));
    QCOMPARE(ping.data().value(QStringLiteral("endpointId")).toString(), a);
    QCOMPARE(deliveries(QStringLiteral("event=ping&endpointId=") + a).size(), 1);
    QCOMPARE(deliveries(QStringLiteral("event=ping&endpointId=") + b).size(), 0);
}

void TestWebhookAdmin::replayCopiesADelivery()
{
    const TestClient c = m_f->createClient();
    const QString id = createEndpoint(c.clientId).value(QStringLiteral("id")).toString();
    m_f->createConsent(c);
    const QJsonArray rows = deliveries(QStringLiteral("endpointId=") + id);
    QCOMPARE(rows.size(), 1);
    const QJsonObject original = rows.first().toObject();
    const Response replay = http().send("POST",
                                        QStringLiteral("/admin/v1/webhooks/deliveries/%1/replay")
                                            .arg(original.value(QStringLiteral("id")).toString()),
                                        {}, m_f->admin());
    QVERIFY2(replay.status == 202, qPrintable(describe(replay)));
    const QJsonObject copy = replay.data();
    QVERIFY(copy.value(QStringLiteral("id")) != original.value(QStringLiteral("id")));
    QCOMPARE(copy.value(QStringLiteral("replayOf")), original.value(QStringLiteral("id")));
    QCOMPARE(copy.value(QStringLiteral("eventId")), original.value(QStringLiteral("eventId")));
    QCOMPARE(copy.value(QStringLiteral("url")), original.value(QStringLiteral("url")));
    QCOMPARE(deliveries(QStringLiteral("endpointId=") + id).size(), 2);
}

void TestWebhookAdmin::deleteCancelsWhatWasWaiting()
{
    const TestClient c = m_f->createClient();
    const QString id = createEndpoint(c.clientId).value(QStringLiteral("id")).toString();
    http().send("POST", QStringLiteral("/admin/v1/webhooks/endpoints/%1/pause").arg(id), {},
                m_f->admin());
    m_f->createConsent(c);
    const Response del =
        http().del(QStringLiteral("/admin/v1/webhooks/endpoints/") + id, m_f->admin());
    QVERIFY2(del.status == 200, qPrintable(describe(del)));
    const QJsonArray rows = deliveries(QStringLiteral("endpointId=") + id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(http().get(QStringLiteral("/admin/v1/webhooks/endpoints/") + id, m_f->admin()).status,
             404);
    // The delivery outlives its endpoint for the record, but cannot be replayed.
    const Response replay =
        http().send("POST",
                    QStringLiteral("/admin/v1/webhooks/deliveries/%1/replay")
                        .arg(rows.first().toObject().value(QStringLiteral("id")).toString()),
                    {}, m_f->admin());
    QCOMPARE(replay.status, 409);
}

void TestWebhookAdmin::deliveryDetailCarriesTheEvent()
{
    const TestClient c = m_f->createClient();
    const QString id = createEndpoint(c.clientId).value(QStringLiteral("id")).toString();
    const QJsonObject consent = m_f->createConsent(c);
    const QJsonArray rows = deliveries(QStringLiteral("endpointId=") + id);
    QCOMPARE(rows.size(), 1);
    const Response detail =
        http().get(QStringLiteral("/admin/v1/webhooks/deliveries/") +
                       rows.first().toObject().value(QStringLiteral("id")).toString(),
                   m_f->admin());
    QVERIFY2(detail.status == 200, qPrintable(describe(detail)));
    const QJsonObject payload = detail.data().value(QStringLiteral("payload")).toObject();
    QCOMPARE(payload.value(QStringLiteral("event")).toString(), QStringLiteral("consent.created"));
    QCOMPARE(payload.value(QStringLiteral("id")).toString(),
             rows.first().toObject().value(QStringLiteral("eventId")).toString());
    const QJsonObject data = payload.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("sessionId")), consent.value(QStringLiteral("sessionId")));
    QCOMPARE(data.value(QStringLiteral("clientId")).toString(), c.clientId);
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(detail.data().value(QStringLiteral("endpoint")).toObject().value("id").toString(), id);
    QVERIFY(detail.data().value(QStringLiteral("attemptList")).isArray());
}

void TestWebhookAdmin::auditorsReadButDoNotChange_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("list endpoints")
        << QByteArray("GET") << QStringLiteral("/admin/v1/webhooks/endpoints") << 200;
    QTest::newRow("list deliveries")
        << QByteArray("GET") << QStringLiteral("/admin/v1/webhooks/deliveries") << 200;
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/admin/v1/webhooks/endpoints")
                            << 403;
    QTest::newRow("read secret") << QByteArray("GET")
                                 << QStringLiteral("/admin/v1/webhooks/endpoints/{id}/secret")
                                 << 403;
    QTest::newRow("rotate") << QByteArray("POST")
                            << QStringLiteral("/admin/v1/webhooks/endpoints/{id}/rotate") << 403;
    QTest::newRow("pause") << QByteArray("POST")
                           << QStringLiteral("/admin/v1/webhooks/endpoints/{id}/pause") << 403;
    QTest::newRow("delete") << QByteArray("DELETE")
                            << QStringLiteral("/admin/v1/webhooks/endpoints/{id}") << 403;
}

void TestWebhookAdmin::auditorsReadButDoNotChange()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const QString token = auditorToken();
    QVERIFY(!token.isEmpty());
    const QString id = createEndpoint(m_client.clientId).value(QStringLiteral("id")).toString();
    path.replace(QStringLiteral("{id}"), id);
    const QByteArray body = method == "POST"
                                ? QByteArray(R"({"clientId":"x","url":"https://a.example/"})")
                                : QByteArray();
    const Response r =
        http().send(method, path, body, {{"Authorization", "Bearer " + token.toUtf8()}});
    QVERIFY2(r.status == status, qPrintable(describe(r)));
    QVERIFY(!r.body.contains("whsec_"));
    const Response still =
        http().get(QStringLiteral("/admin/v1/webhooks/endpoints/") + id, m_f->admin());
    QCOMPARE(still.data().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

void TestWebhookAdmin::unknownIdsAreNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("endpoint") << QByteArray("GET")
                              << QStringLiteral(
                                     "/admin/v1/webhooks/endpoints/whe_0000000000000000");
    QTest::newRow("not an endpoint id")
        << QByteArray("GET") << QStringLiteral("/admin/v1/webhooks/endpoints/cons_00000000000000");
    QTest::newRow("secret") << QByteArray("GET")
                            << QStringLiteral(
                                   "/admin/v1/webhooks/endpoints/whe_0000000000000000/secret");
    QTest::newRow("ping") << QByteArray("POST")
                          << QStringLiteral(
                                 "/admin/v1/webhooks/endpoints/whe_0000000000000000/ping");
    QTest::newRow("delivery") << QByteArray("GET")
                              << QStringLiteral(
                                     "/admin/v1/webhooks/deliveries/whd_0000000000000000");
    QTest::newRow("replay") << QByteArray("POST")
                            << QStringLiteral(
                                   "/admin/v1/webhooks/deliveries/whd_0000000000000000/replay");
}

void TestWebhookAdmin::unknownIdsAreNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Response r = http().send(method, path, {}, m_f->admin());
    QVERIFY2(r.status == 404, qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
}

void TestWebhookAdmin::deletingAClientRemovesItsEndpoints()
{
    const TestClient c = m_f->createClient({{QStringLiteral("webhookUrl"), kDeadUrl}});
    const QString extra = createEndpoint(c.clientId).value(QStringLiteral("id")).toString();
    http().send("POST", QStringLiteral("/admin/v1/webhooks/endpoints/%1/pause").arg(extra), {},
                m_f->admin());
    m_f->createConsent(c);
    QCOMPARE(http().del(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin()).status, 200);
    QCOMPARE(
        itemsOf(http().get(QStringLiteral("/admin/v1/webhooks/endpoints?clientId=") + c.clientId,
                           m_f->admin()))
            .size(),
        0);
    for (const QJsonValue &v : deliveries(QStringLiteral("clientId=") + c.clientId))
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
}

QTEST_MAIN(TestWebhookAdmin)
#include "tst_webhookadmin.moc"
