// Inbound webhooks of §9 against the real server: Stripe end to end (plans and statuses of the
// client with that stripeCustomerId, three failed payments, a paid invoice, an unknown
// customer, the same event twice), App Store notifications signed by a root → intermediate →
// leaf chain made here (broken chain, wrong bundle id, bad signature, nested transaction info),
// Play pushes with an RS256 OIDC token against a JWKS made here (wrong audience, bad
// signature, expired) or ?token=, a provider not configured (503, still stored), and the
// provider settings: GET never shows a secret, PUT applies at once.
#include "support/ServerFixture.h"
#include "support/TestPki.h"

#include "core/Time.h"
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "crypto/SigningKey.h"
#include "webhooks/Stripe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mid;
using namespace mid::test;

namespace {
const QByteArray kSecret = "whsec_c2VjcmV0LWZvci10ZXN0cy0wMTIzNDU2Nzg5";
const QString kBundle = QStringLiteral("com.mid.test");
const QString kAudience = QStringLiteral("https://mid.example.com/v1/webhooks/playstore");
const QString kToken = QStringLiteral("play-token-0123456789abcdef");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString pem(const QByteArray &der)
{
    QString out = QStringLiteral("-----BEGIN CERTIFICATE-----\n");
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += QString::fromLatin1(b64.mid(i, 64)) + QLatin1Char('\n');
    return out + QStringLiteral("-----END CERTIFICATE-----\n");
}

SigningKey privateKeyOf(const TestKey &key)
{
    const ossl::P8Info info(EVP_PKEY2PKCS8(key.key.get()));
    return SigningKey::fromPrivateDer(ossl::der(i2d_PKCS8_PRIV_KEY_INFO, info.get()));
}

// A root, an intermediate and a leaf of their own (roles keep the keys apart from TestPki's).
struct AppleLikePki
{
    TestKey rootKey, intermediateKey, leafKey;
    ossl::Certificate root, intermediate, leaf;
    explicit AppleLikePki(int base)
        : rootKey(TestKey::shared(kEs256, base)),
          intermediateKey(TestKey::shared(kEs256, base + 1)),
          leafKey(TestKey::shared(kEs256, base + 2))
    {
        CertSpec ca;
        ca.ca = true;
        ca.commonName = QStringLiteral("MID Test Apple Root %1").arg(base);
        root = makeCertificate(rootKey, ca, rootKey, nullptr);
        ca.commonName = QStringLiteral("MID Test WWDR %1").arg(base);
        intermediate = makeCertificate(intermediateKey, ca, rootKey, root.get());
        CertSpec leafSpec;
        leafSpec.commonName = QStringLiteral("MID Test Store Signing %1").arg(base);
        leaf = makeCertificate(leafKey, leafSpec, intermediateKey, intermediate.get());
    }
    QByteArray sign(const QJsonObject &payload) const
    {
        const QJsonObject header{
            {QStringLiteral("alg"), QStringLiteral("ES256")},
            {QStringLiteral("x5c"),
             QJsonArray{QString::fromLatin1(der(leaf.get()).toBase64()),
                        QString::fromLatin1(der(intermediate.get()).toBase64())}}};
        const QByteArray input =
            Base64Url::encode(compact(header)) + '.' + Base64Url::encode(compact(payload));
        return input + '.' + Base64Url::encode(privateKeyOf(leafKey).sign(input));
    }
};

const AppleLikePki &trusted()
{
    static const AppleLikePki pki(301);
    return pki;
}

const SigningKey &googleKey()
{
    static const SigningKey key = SigningKey::generateRsa(2048);
    return key;
}

QString jwks()
{
    const QJsonObject jwk{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("kid"), QStringLiteral("g1")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("n"), Base64Url::encodeToString(googleKey().rsaModulus())},
        {QStringLiteral("e"), Base64Url::encodeToString(googleKey().rsaExponent())}};
    return QString::fromUtf8(compact({{QStringLiteral("keys"), QJsonArray{jwk}}}));
}

void configureAll(ServerConfig &c)
{
    c.inbound.stripeWebhookSecret = QString::fromLatin1(kSecret);
    c.inbound.appStoreRootCertificates = pem(der(trusted().root.get()));
    c.inbound.appStoreBundleId = kBundle;
    c.inbound.playStoreAudience = kAudience;
    c.inbound.playStoreJwks = jwks();
    c.inbound.playStoreToken = kToken;
}

QByteArray stripeEvent(const QString &id, const QString &type, const QJsonObject &object)
{
    return compact({{QStringLiteral("id"), id},
                    {QStringLiteral("object"), QStringLiteral("event")},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}});
}

QJsonObject subscription(const QString &customer, const QJsonObject &metadata,
                         const QString &lookupKey = {})
{
    QJsonObject price{{QStringLiteral("id"), QStringLiteral("price_1")}};
    if (!lookupKey.isEmpty())
        price.insert(QStringLiteral("lookup_key"), lookupKey);
    return {{QStringLiteral("id"), QStringLiteral("sub_1")},
            {QStringLiteral("object"), QStringLiteral("subscription")},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("items"),
             QJsonObject{{QStringLiteral("data"),
                          QJsonArray{QJsonObject{{QStringLiteral("price"), price}}}}}}};
}

QJsonObject invoice(const QString &customer)
{
    return {{QStringLiteral("object"), QStringLiteral("invoice")},
            {QStringLiteral("customer"), customer}};
}

Response postStripe(ServerFixture &f, const QByteArray &body, const QByteArray &secret = kSecret)
{
    const qint64 t = Time::nowMs() / 1000;
    return f.http().send("POST", QStringLiteral("/v1/webhooks/stripe"), body,
                         {{"Stripe-Signature", Stripe::signatureHeader(secret, t, body)}});
}

QJsonObject clientOf(ServerFixture &f, const QString &id)
{
    return f.http().get(QStringLiteral("/v1/clients/") + id, f.admin()).data();
}

QJsonObject inbound(ServerFixture &f, const QString &id)
{
    return f.http().get(QStringLiteral("/admin/v1/webhooks/inbound/") + id, f.admin()).data();
}

QByteArray appStoreBody(const AppleLikePki &pki, const QString &uuid, const QString &bundle,
                        bool tamper = false)
{
    const QJsonObject transaction{{QStringLiteral("transactionId"), QStringLiteral("2000000123")},
                                  {QStringLiteral("productId"), QStringLiteral("pro.monthly")},
                                  {QStringLiteral("bundleId"), bundle}};
    const QJsonObject payload{
        {QStringLiteral("notificationType"), QStringLiteral("SUBSCRIBED")},
        {QStringLiteral("subtype"), QStringLiteral("INITIAL_BUY")},
        {QStringLiteral("notificationUUID"), uuid},
        {QStringLiteral("version"), QStringLiteral("2.0")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("bundleId"), bundle},
                     {QStringLiteral("environment"), QStringLiteral("Sandbox")},
                     {QStringLiteral("signedTransactionInfo"),
                      QString::fromLatin1(pki.sign(transaction))}}}};
    QByteArray jws = pki.sign(payload);
    if (tamper) { // another payload under the same signature
        QJsonObject other = payload;
        other.insert(QStringLiteral("notificationType"), QStringLiteral("REFUND"));
        const QList<QByteArray> parts = jws.split('.');
        jws = parts[0] + '.' + Base64Url::encode(compact(other)) + '.' + parts[2];
    }
    return compact({{QStringLiteral("signedPayload"), QString::fromLatin1(jws)}});
}

QByteArray playBody(const QString &messageId)
{
    const QJsonObject notification{
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("packageName"), QStringLiteral("com.mid.test")},
        {QStringLiteral("eventTimeMillis"), QStringLiteral("1766000000000")},
        {QStringLiteral("testNotification"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")}}}};
    return compact(
        {{QStringLiteral("message"),
          QJsonObject{
              {QStringLiteral("data"), QString::fromLatin1(compact(notification).toBase64())},
              {QStringLiteral("messageId"), messageId},
              {QStringLiteral("publishTime"), QStringLiteral("2025-12-18T15:30:00Z")}}},
         {QStringLiteral("subscription"), QStringLiteral("projects/p/subscriptions/rtdn")}});
}

QByteArray googleToken(const SigningKey &key, const QString &aud, qint64 expOffset)
{
    const qint64 now = Time::nowMs() / 1000;
    return Jws::sign(key, QStringLiteral("g1"),
                     {{QStringLiteral("iss"), QStringLiteral("https://accounts.google.com")},
                      {QStringLiteral("aud"), aud},
                      {QStringLiteral("email"), QStringLiteral("push@p.iam.gserviceaccount.com")},
                      {QStringLiteral("iat"), now - 60},
                      {QStringLiteral("exp"), now + expOffset}});
}
} // namespace

class TestInboundWebhooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notConfiguredIsStoredAnd503()
    {
        ServerFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        for (const char *path :
             {"/v1/webhooks/stripe", "/v1/webhooks/appstore", "/v1/webhooks/playstore"}) {
            const Response r =
                f.http().send("POST", QString::fromLatin1(path), "{\"id\":\"evt_x\"}",
                              {{"Stripe-Signature", "t=1,v1=00"}});
            QCOMPARE(r.status, 503);
            QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
                     QStringLiteral("not_configured"));
            QCOMPARE(r.json().value(QStringLiteral("error")).toBool(), true);
        }
        const QJsonObject list =
            f.http()
                .get(QStringLiteral("/admin/v1/webhooks/inbound?verdict=not_configured"), f.admin())
                .data();
        QCOMPARE(list.value(QStringLiteral("total")).toInt(), 3);
        const QJsonObject first = list.value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("provider")).toString(), QStringLiteral("playstore"));
        QCOMPARE(first.value(QStringLiteral("status")).toInt(), 503);
        QVERIFY(!first.contains(QStringLiteral("body")));
        QVERIFY(first.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("whi_")));
        // Not for tenants, and auditors may read.
        QCOMPARE(f.http().get(QStringLiteral("/admin/v1/webhooks/inbound")).status, 401);
    }

    void stripeEndToEnd()
    {
        ServerFixture f(configureAll);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const TestClient acme =
            f.createClient({{QStringLiteral("plan"), QStringLiteral("free")},
                            {QStringLiteral("stripeCustomerId"), QStringLiteral("cus_ACME")}});
        QVERIFY(!acme.clientId.isEmpty());
        const QString id = acme.clientId;
        auto plan = [&] { return clientOf(f, id).value(QStringLiteral("plan")).toString(); };
        auto status = [&] { return clientOf(f, id).value(QStringLiteral("status")).toString(); };

        // metadata.plan names the plan.
        const QByteArray growth = stripeEvent(
            QStringLiteral("evt_growth"), QStringLiteral("customer.subscription.updated"),
            subscription(QStringLiteral("cus_ACME"),
                         {{QStringLiteral("plan"), QStringLiteral("growth")}}));
        Response r = postStripe(f, growth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value(QStringLiteral("received")).toBool(), true);
        QVERIFY(!r.data().contains(QStringLiteral("duplicate")));
        const QString growthRow = r.data().value(QStringLiteral("id")).toString();
        QCOMPARE(plan(), QStringLiteral("growth"));
        const QJsonObject row = inbound(f, growthRow);
        QCOMPARE(row.value(QStringLiteral("verdict")).toString(), QStringLiteral("verified"));
        QCOMPARE(row.value(QStringLiteral("clientId")).toString(), id);
        const QJsonObject effect =
            row.value(QStringLiteral("effects")).toArray().first().toObject();
        QCOMPARE(effect.value(QStringLiteral("field")).toString(), QStringLiteral("plan"));
        QCOMPARE(effect.value(QStringLiteral("from")).toString(), QStringLiteral("free"));
        QCOMPARE(effect.value(QStringLiteral("to")).toString(), QStringLiteral("growth"));
        QCOMPARE(row.value(QStringLiteral("body")).toString(), QString::fromUtf8(growth));
        QCOMPARE(row.value(QStringLiteral("bodyEncoding")).toString(), QStringLiteral("utf8"));
        QVERIFY(row.value(QStringLiteral("headers"))
                    .toObject()
                    .contains(QStringLiteral("stripe-signature")));

        // Deleted → free.
        r = postStripe(f, stripeEvent(QStringLiteral("evt_deleted"),
                                      QStringLiteral("customer.subscription.deleted"),
                                      subscription(QStringLiteral("cus_ACME"), {})));
        QCOMPARE(r.status, 200);
        QCOMPARE(plan(), QStringLiteral("free"));

        // The growth event again: acknowledged as a duplicate, not acted on (the plan stays free).
        r = postStripe(f, growth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(plan(), QStringLiteral("free"));
        const QJsonObject dup = inbound(f, r.data().value(QStringLiteral("id")).toString());
        QCOMPARE(dup.value(QStringLiteral("verdict")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(dup.value(QStringLiteral("duplicateOf")).toString(), growthRow);
        QCOMPARE(dup.value(QStringLiteral("effects")).toArray().size(), 0);

        // The first item's price.lookup_key when metadata names no plan.
        r = postStripe(
            f, stripeEvent(QStringLiteral("evt_basic"),
                           QStringLiteral("customer.subscription.created"),
                           subscription(QStringLiteral("cus_ACME"), {}, QStringLiteral("basic"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(plan(), QStringLiteral("basic"));

        // Three failed payments in a row suspend; a paid invoice reactivates.
        for (int i = 1; i <= 3; ++i) {
            r = postStripe(f, stripeEvent(QStringLiteral("evt_fail%1").arg(i),
                                          QStringLiteral("invoice.payment_failed"),
                                          invoice(QStringLiteral("cus_ACME"))));
            QCOMPARE(r.status, 200);
            QCOMPARE(status(), i < 3 ? QStringLiteral("active") : QStringLiteral("suspended"));
        }
        r = postStripe(f, stripeEvent(QStringLiteral("evt_paid"), QStringLiteral("invoice.paid"),
                                      invoice(QStringLiteral("cus_ACME"))));
        QCOMPARE(r.status, 200);
        QCOMPARE(status(), QStringLiteral("active"));
        // The count starts again after a paid invoice: one more failure does not suspend.
        r = postStripe(f, stripeEvent(QStringLiteral("evt_fail4"),
                                      QStringLiteral("invoice.payment_failed"),
                                      invoice(QStringLiteral("cus_ACME"))));
        QCOMPARE(status(), QStringLiteral("active"));

        // An unknown customer: stored, 200, nothing changes.
        r = postStripe(
            f, stripeEvent(QStringLiteral("evt_unknown"),
                           QStringLiteral("customer.subscription.updated"),
                           subscription(QStringLiteral("cus_NOBODY"),
                                        {{QStringLiteral("plan"), QStringLiteral("enterprise")}})));
        QCOMPARE(r.status, 200);
        const QJsonObject unknown = inbound(f, r.data().value(QStringLiteral("id")).toString());
        QCOMPARE(unknown.value(QStringLiteral("effects")).toArray().size(), 0);
        QVERIFY(unknown.value(QStringLiteral("clientId")).isNull());
        QVERIFY(unknown.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("cus_NOBODY")));
        QCOMPARE(plan(), QStringLiteral("basic"));

        // A wrong signature: 400 saying why, stored as rejected, nothing changes.
        r = postStripe(f,
                       stripeEvent(QStringLiteral("evt_forged"),
                                   QStringLiteral("customer.subscription.deleted"),
                                   subscription(QStringLiteral("cus_ACME"), {})),
                       "whsec_forged");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("bad_request"));
        QVERIFY(
            r.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("v1")));
        QCOMPARE(plan(), QStringLiteral("basic"));
        r = f.http().send("POST", QStringLiteral("/v1/webhooks/stripe"), growth);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("missing")));
        const QJsonObject rejected =
            f.http()
                .get(QStringLiteral("/admin/v1/webhooks/inbound?provider=stripe&verdict=rejected"),
                     f.admin())
                .data();
        QCOMPARE(rejected.value(QStringLiteral("total")).toInt(), 2);
    }

    void appStore_data()
    {
        QTest::addColumn<int>("pki"); // 0 the configured root's chain, 1 another root's
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<bool>("tamper");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("good") << 0 << kBundle << false << 200 << QString();
        QTest::newRow("chain to another root")
            << 1 << kBundle << false << 400 << QStringLiteral("x5c");
        QTest::newRow("wrong bundle id")
            << 0 << QStringLiteral("com.other.app") << false << 400 << QStringLiteral("bundleId");
        QTest::newRow("bad signature")
            << 0 << kBundle << true << 400 << QStringLiteral("signature");
    }

    void appStore()
    {
        QFETCH(int, pki);
        QFETCH(QString, bundle);
        QFETCH(bool, tamper);
        QFETCH(int, status);
        QFETCH(QString, reason);
        static const AppleLikePki other(401);
        ServerFixture f(configureAll);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QByteArray body =
            appStoreBody(pki == 0 ? trusted() : other,
                         QStringLiteral("uuid-%1").arg(QTest::currentDataTag()), bundle, tamper);
        const Response r = f.http().send("POST", QStringLiteral("/v1/webhooks/appstore"), body);
        QCOMPARE(r.status, status);
        if (status != 200) {
            QVERIFY2(r.json().value(QStringLiteral("message")).toString().contains(reason),
                     r.body.constData());
            return;
        }
        const QJsonObject row = inbound(f, r.data().value(QStringLiteral("id")).toString());
        QCOMPARE(row.value(QStringLiteral("eventType")).toString(),
                 QStringLiteral("SUBSCRIBED.INITIAL_BUY"));
        QCOMPARE(row.value(QStringLiteral("effects")).toArray(), QJsonArray());
        const QJsonObject data = row.value(QStringLiteral("decoded"))
                                     .toObject()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        QCOMPARE(data.value(QStringLiteral("transactionInfo"))
                     .toObject()
                     .value(QStringLiteral("transactionId"))
                     .toString(),
                 QStringLiteral("2000000123"));
        QVERIFY(!data.contains(QStringLiteral("signedTransactionInfo")));
        // The same notificationUUID again is a duplicate.
        const Response again = f.http().send("POST", QStringLiteral("/v1/webhooks/appstore"), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.data().value(QStringLiteral("duplicate")).toBool(), true);
    }

    void play_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        static const SigningKey impostor = SigningKey::generateRsa(2048);
        QTest::newRow("good OIDC token") << "Bearer " + googleToken(googleKey(), kAudience, 300)
                                         << QString() << 200 << QString();
        QTest::newRow("wrong audience")
            << "Bearer " + googleToken(googleKey(), QStringLiteral("https://else"), 300)
            << QString() << 400 << QStringLiteral("aud");
        QTest::newRow("bad signature") << "Bearer " + googleToken(impostor, kAudience, 300)
                                       << QString() << 400 << QStringLiteral("signature");
        QTest::newRow("expired") << "Bearer " + googleToken(googleKey(), kAudience, -10)
                                 << QString() << 400 << QStringLiteral("expired");
        QTest::newRow("?token=") << QByteArray() << QStringLiteral("?token=") + kToken << 200
                                 << QString();
        QTest::newRow("wrong ?token=")
            << QByteArray() << QStringLiteral("?token=nope") << 400 << QStringLiteral("token");
        QTest::newRow("no credentials")
            << QByteArray() << QString() << 400 << QStringLiteral("Bearer");
    }

    void play()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, reason);
        ServerFixture f(configureAll);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const QString messageId = QStringLiteral("1234567890%1").arg(status);
        const Response r = f.http().send("POST", QStringLiteral("/v1/webhooks/playstore") + query,
                                         playBody(messageId), headers);
        QCOMPARE(r.status, status);
        if (status != 200) {
            QVERIFY2(r.json().value(QStringLiteral("message")).toString().contains(reason),
                     r.body.constData());
            return;
        }
        const QJsonObject row = inbound(f, r.data().value(QStringLiteral("id")).toString());
        QCOMPARE(row.value(QStringLiteral("eventId")).toString(), messageId);
        QCOMPARE(row.value(QStringLiteral("eventType")).toString(),
                 QStringLiteral("testNotification"));
        QVERIFY(row.value(QStringLiteral("decoded"))
                    .toObject()
                    .value(QStringLiteral("developerNotification"))
                    .toObject()
                    .contains(QStringLiteral("testNotification")));
        if (!authorization.isEmpty()) // the token is a credential: never stored
            QVERIFY(!QJsonDocument(row).toJson().contains(authorization.mid(7, 40)));
    }

    void settingsNeverShowSecretsAndApplyAtOnce()
    {
        ServerFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QJsonObject view = f.http()
                               .get(QStringLiteral("/admin/v1/settings"), f.admin())
                               .data()
                               .value(QStringLiteral("inboundWebhooks"))
                               .toObject();
        QCOMPARE(view.value(QStringLiteral("stripeWebhookSecret")).toObject(),
                 QJsonObject({{QStringLiteral("set"), false}}));

        // Each value is checked; nothing is saved when one is wrong.
        Response r = f.http().put(
            QStringLiteral("/admin/v1/settings"),
            {{QStringLiteral("stripeWebhookSecret"), QStringLiteral("sk_live_x")},
             {QStringLiteral("appStoreRootCertificates"),
              QStringLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")},
             {QStringLiteral("playStoreJwks"), QStringLiteral("{\"keys\":[]}")}},
            f.admin());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value(QStringLiteral("details")).toArray().size(), 3);

        const QString rootPem = pem(der(trusted().root.get()));
        r = f.http().put(QStringLiteral("/admin/v1/settings"),
                         {{QStringLiteral("stripeWebhookSecret"), QString::fromLatin1(kSecret)},
                          {QStringLiteral("appStoreRootCertificates"), rootPem},
                          {QStringLiteral("playStoreToken"), kToken}},
                         f.admin());
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(kSecret));
        QVERIFY(!r.body.contains(kToken.toUtf8()));
        const Response got = f.http().get(QStringLiteral("/admin/v1/settings"), f.admin());
        QVERIFY(!got.body.contains(kSecret));
        QVERIFY(!got.body.contains(kToken.toUtf8()));
        view = got.data().value(QStringLiteral("inboundWebhooks")).toObject();
        QCOMPARE(view.value(QStringLiteral("stripeWebhookSecret")).toObject(),
                 QJsonObject({{QStringLiteral("set"), true}}));
        QCOMPARE(view.value(QStringLiteral("playStoreToken")).toObject(),
                 QJsonObject({{QStringLiteral("set"), true}}));
        const QJsonObject cert = view.value(QStringLiteral("appStoreRootCertificates"))
                                     .toObject()
                                     .value(QStringLiteral("certificates"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(cert.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(der(trusted().root.get()), QCryptographicHash::Sha256)
                         .toHex(':')
                         .toUpper()));
        QVERIFY(cert.value(QStringLiteral("subject"))
                    .toString()
                    .contains(QStringLiteral("CN=MID Test Apple Root 301")));

        // Applied without a restart: a Stripe event signed with the new secret is accepted.
        r = postStripe(f, stripeEvent(QStringLiteral("evt_after_put"), QStringLiteral("ping"), {}));
        QCOMPARE(r.status, 200);

        // Written to mid.conf (the owner's only), never into the audit log.
        QFile conf(f.dataDir() + QStringLiteral("/mid.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(conf.readAll().contains("stripe-webhook-secret"));
        QCOMPARE(conf.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(waitUntil(
            [&] {
                return f.http()
                           .get(QStringLiteral("/admin/v1/audit?action=settings.update"), f.admin())
                           .data()
                           .value(QStringLiteral("total"))
                           .toInt() >= 1;
            },
            5000));
        const Response audit = f.http().get(QStringLiteral("/admin/v1/audit?limit=500"), f.admin());
        QVERIFY(!audit.body.contains(kSecret));
        QVERIFY(!audit.body.contains(kToken.toUtf8()));

        // An empty string clears: Stripe is not configured again.
        r = f.http().put(QStringLiteral("/admin/v1/settings"),
                         {{QStringLiteral("stripeWebhookSecret"), QString()}}, f.admin());
        QCOMPARE(r.status, 200);
        r = postStripe(f,
                       stripeEvent(QStringLiteral("evt_after_clear"), QStringLiteral("ping"), {}));
        QCOMPARE(r.status, 503);
    }
};

QTEST_MAIN(TestInboundWebhooks)
#include "tst_inboundwebhooks.moc"
