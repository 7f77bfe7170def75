// The outbound signatures of §9 against vectors computed outside this code (Node's
// JSON.stringify for the canonical form, Python's hmac for the MACs), and checked the way a
// receiver checks them (support/WebhookReceiver's ReceiverSide, on Qt's own HMAC).
#include "support/WebhookReceiver.h"
#include "webhooks/WebhookSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mid;
using namespace mid::test;

namespace {
// whsec_ + base64("AAAA…" x24) and whsec_ + base64("second-key-bytes-0123456").
const QString kSecretA = QStringLiteral("whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB");
const QString kSecretB = QStringLiteral("whsec_c2Vjb25kLWtleS1ieXRlcy0wMTIzNDU2");

WebhookSigner::Event sampleEvent()
{
    return {QStringLiteral("evt_test0000000000000001"), QStringLiteral("consent.approved"),
            QStringLiteral("2025-12-18T15:30:00Z"),
            QJsonDocument::fromJson(R"({"consentId":"cons_ABCDEFGHIJKLMNOP","status":"approved",
                "amount":12.5,"user":{"phone":"+2348012345678","name":"Zoë"}})")
                .object()};
}
// What Python's json.dumps(sort_keys=True, separators=(',',':'), ensure_ascii=False) and
// hmac gave for sampleEvent() signed with kSecretA.
const QByteArray kSampleBody =
    R"({"data":{"amount":12.5,"consentId":"cons_ABCDEFGHIJKLMNOP","status":"approved","user":{"name":"Zoë","phone":"+2348012345678"}},"event":"consent.approved","id":"evt_test0000000000000001","signature":"sha256=28993648fee8adb9fc705e0fb1d7755444e7da9344ee5337d8bf988562122bb2","timestamp":"2025-12-18T15:30:00Z"})";
} // namespace

class TestWebhookSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonical_data();
    void canonical();
    void loneSurrogate();
    void numbers_data();
    void numbers();
    void signedRequest_data();
    void signedRequest();
    void receiverVerifies_data();
    void receiverVerifies();
    void tamperingIsDetected();
};

void TestWebhookSigner::canonical_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("hmacHex"); // key: base64 c2VjcmV0LWtleS1ieXRlcy0wMTIzNDU2Nzg5
    // Expected values: node, canon(v) = sorted keys with JSON.stringify for every leaf.
    QTest::newRow("key order")
        << QByteArray(R"({"b":1,"a":2,"c":{"z":true,"y":null,"x":[3,2,1]}})")
        << QByteArray(R"({"a":2,"b":1,"c":{"x":[3,2,1],"y":null,"z":true}})")
        << QByteArray("eaf48cb1995431ec6e606d4e31bd22662fdb17c35a674ae97fa1119e8526ece6");
    QTest::newRow("nested objects in arrays")
        << QByteArray(
               R"({"outer":{"inner":{"b":"x","a":{"d":[{"k2":1,"k1":2}],"c":false}}},"arr":[{"b":1,"a":0}]})")
        << QByteArray(
               R"({"arr":[{"a":0,"b":1}],"outer":{"inner":{"a":{"c":false,"d":[{"k1":2,"k2":1}]},"b":"x"}}})")
        << QByteArray("22aac689ecd2c40e47de916cb65fe1032d1191418f50eca3ad639302082eb254");
    QTest::newRow("unicode: UTF-8 kept, keys by UTF-16 code unit")
        << QByteArray(
               R"({"name":"Zoë Ñandú","emoji":"\ud83d\ude00","cjk":"身份","B":"upper before lower","é":"after ascii"})")
        << QByteArray(
               R"({"B":"upper before lower","cjk":"身份","emoji":"😀","name":"Zoë Ñandú","é":"after ascii"})")
        << QByteArray("913b5f344632c118eed3706319e146da073d330707f922627369dc3d5a10173f");
    QTest::newRow("escapes: short forms, \\u00xx, nothing else")
        << QByteArray(
               R"({"s":"quote\" back\\ slash/ nl\n cr\r tab\t bs\b ff\f ctl\u0001\u001f del\u007f ls\u2028"})")
        << QByteArray(R"({"s":"quote\" back\\ slash/ nl\n cr\r tab\t bs\b ff\f ctl\u0001\u001f del)"
                      "\x7f"
                      " ls"
                      "\xe2\x80\xa8"
                      R"("})")
        << QByteArray("3006431139853d6ca043b71d6eb62c0c0be9c634b5cbe4b2240117f4ba43650e");
    QTest::newRow("numbers")
        << QByteArray(
               R"({"int":42,"neg":-7,"zero":0,"frac":0.1,"third":0.3333333333333333,"big":1e20,"bigger":1e21,"small":0.000001,"smaller":1.5e-7,"max":9007199254740993,"exp":123456789.125,"negzero":-0.0})")
        << QByteArray(
               R"({"big":100000000000000000000,"bigger":1e+21,"exp":123456789.125,"frac":0.1,"int":42,"max":9007199254740992,"neg":-7,"negzero":0,"small":0.000001,"smaller":1.5e-7,"third":0.3333333333333333,"zero":0})")
        << QByteArray("dd8e4bf02d3d846658a2f5b7eb444fcc3b7f285a9c4e511a977221a96c56f92b");
    QTest::newRow("empty containers")
        << QByteArray(R"({"o":{},"a":[],"s":""})") << QByteArray(R"({"a":[],"o":{},"s":""})")
        << QByteArray("9bc69e3b822fd94a984e6ea1d741d46c60c2ab56933027ecb8f15a1397102637");
}

void TestWebhookSigner::canonical()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, hmacHex);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QByteArray canonical = WebhookSigner::canonicalJson(doc.object());
    QCOMPARE(canonical, expected);
    QCOMPARE(WebhookSigner::canonicalJson(QJsonValue(doc.object())), expected);
    QCOMPARE(WebhookSigner::hexHmac(QByteArray::fromBase64("c2VjcmV0LWtleS1ieXRlcy0wMTIzNDU2Nzg5"),
                                    canonical),
             hmacHex);
    // Canonical JSON is a fixed point, and still the same JSON.
    QCOMPARE(WebhookSigner::canonicalJson(QJsonDocument::fromJson(canonical).object()), canonical);
}

void TestWebhookSigner::loneSurrogate()
{
    // JSON.stringify("\ud800x") === '"\\ud800x"' (well-formed stringify, ES2019).
    const QJsonObject o{{QStringLiteral("s"), QString(QChar(0xD800)) + QLatin1Char('x')}};
    QCOMPARE(WebhookSigner::canonicalJson(o), QByteArray(R"({"s":"\ud800x"})"));
}

void TestWebhookSigner::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected"); // String(value) in JavaScript
    QTest::newRow("integer") << 1234567.0 << QByteArray("1234567");
    QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("1.5e300") << 1.5e300 << QByteArray("1.5e+300");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("1e-6") << 1e-6 << QByteArray("0.000001");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("negative fraction") << -2.5 << QByteArray("-2.5");
    QTest::newRow("5e-324") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("NaN") << qQNaN() << QByteArray("null");
    QTest::newRow("infinity") << qInf() << QByteArray("null");
}

void TestWebhookSigner::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(WebhookSigner::number(value), expected);
}

void TestWebhookSigner::signedRequest_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QByteArray>("midSignature");
    QTest::addColumn<QByteArray>("webhookSignature");
    // Python: hmac.new(key, …, sha256) over the body above and "id.1766071800.body".
    QTest::newRow("one secret")
        << QStringList{kSecretA}
        << QByteArray("sha256=2430baf6019422524ba111a3f3515f064ada3b58cb39c7088035a85a08c2ddf1")
        << QByteArray("v1,Gp7XYjahCXWHXXXVHumXzn/0cIWl1BDp3WLyeRicPao=");
    QTest::newRow("rotation grace: two v1 entries, the current one signs the body")
        << QStringList{kSecretA, kSecretB}
        << QByteArray("sha256=2430baf6019422524ba111a3f3515f064ada3b58cb39c7088035a85a08c2ddf1")
        << QByteArray("v1,Gp7XYjahCXWHXXXVHumXzn/0cIWl1BDp3WLyeRicPao= "
                      "v1,0j9JwpvWJ1NNMEJ0yTq+mcRjj3puzR5SpT6PQcd8SJ8=");
}

void TestWebhookSigner::signedRequest()
{
    QFETCH(QStringList, secrets);
    QFETCH(QByteArray, midSignature);
    QFETCH(QByteArray, webhookSignature);
    const auto s = WebhookSigner::sign(sampleEvent(), secrets, 1766071800);
    QCOMPARE(s.body, kSampleBody);
    QCOMPARE(s.midSignature, midSignature);
    QCOMPARE(s.webhookSignature, webhookSignature);
    QCOMPARE(s.webhookTimestamp, QByteArray("1766071800"));
    QHash<QByteArray, QByteArray> headers;
    for (const auto &h : s.headers)
        headers.insert(h.first, h.second);
    QCOMPARE(headers.value("Content-Type"), QByteArray("application/json"));
    QCOMPARE(headers.value("User-Agent"), QByteArray("MID-Webhooks/1.0"));
    QCOMPARE(headers.value("X-Mid-Event"), QByteArray("consent.approved"));
    QCOMPARE(headers.value("X-Mid-Signature"), midSignature);
    QCOMPARE(headers.value("webhook-id"), QByteArray("evt_test0000000000000001"));
    QCOMPARE(headers.value("webhook-timestamp"), QByteArray("1766071800"));
    QCOMPARE(headers.value("webhook-signature"), webhookSignature);
}

void TestWebhookSigner::receiverVerifies_data()
{
    QTest::addColumn<QStringList>("signWith");
    QTest::addColumn<QString>("receiverHas");
    QTest::addColumn<bool>("bodyAndMid");
    QTest::addColumn<bool>("standard");
    QTest::newRow("current secret") << QStringList{kSecretA} << kSecretA << true << true;
    QTest::newRow("old secret during grace: only webhook-signature")
        << QStringList{kSecretA, kSecretB} << kSecretB << false << true;
    QTest::newRow("new secret during grace")
        << QStringList{kSecretA, kSecretB} << kSecretA << true << true;
    QTest::newRow("unknown secret") << QStringList{kSecretA} << kSecretB << false << false;
    QTest::newRow("client secret (not whsec_): its UTF-8 bytes")
        << QStringList{QStringLiteral("mid_secret_plain-0123")}
        << QStringLiteral("mid_secret_plain-0123") << true << true;
}

void TestWebhookSigner::receiverVerifies()
{
    QFETCH(QStringList, signWith);
    QFETCH(QString, receiverHas);
    QFETCH(bool, bodyAndMid);
    QFETCH(bool, standard);
    const auto s = WebhookSigner::sign(sampleEvent(), signWith, 1766071800);
    QCOMPARE(ReceiverSide::bodySignatureValid(s.body, receiverHas), bodyAndMid);
    QCOMPARE(ReceiverSide::midSignatureValid(s.body, s.midSignature, receiverHas), bodyAndMid);
    QCOMPARE(ReceiverSide::standardSignatureValid("evt_test0000000000000001", s.webhookTimestamp,
                                                  s.body, s.webhookSignature, receiverHas),
             standard);
}

void TestWebhookSigner::tamperingIsDetected()
{
    const auto s = WebhookSigner::sign(sampleEvent(), {kSecretA}, 1766071800);
    QByteArray changed = s.body;
    changed.replace("approved\",\"user", "rejected\",\"user");
    QVERIFY(changed != s.body);
    QVERIFY(!ReceiverSide::bodySignatureValid(changed, kSecretA));
    QVERIFY(!ReceiverSide::midSignatureValid(changed, s.midSignature, kSecretA));
    QVERIFY(!ReceiverSide::standardSignatureValid("evt_test0000000000000001", s.webhookTimestamp,
                                                  changed, s.webhookSignature, kSecretA));
    // Another timestamp (a replayed request) does not verify either.
    QVERIFY(!ReceiverSide::standardSignatureValid("evt_test0000000000000001", "1766071801", s.body,
                                                  s.webhookSignature, kSecretA));
    // The client-secret vector from Python.
    const auto plain =
        WebhookSigner::sign(sampleEvent(), {QStringLiteral("mid_secret_plain-0123")}, 1766071800);
    QCOMPARE(plain.midSignature,
             QByteArray("sha256=fa52fead3c307d28efd9964a4e0ae0decf5b57ca650ec6b5d545c5242336bd4d"));
}

QTEST_GUILESS_MAIN(TestWebhookSigner)
#include "tst_webhooksigner.moc"
