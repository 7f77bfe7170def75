// Stripe-Signature (§9): the header as Stripe's libraries build it (t=<unix>,v1=<hex HMAC-SHA256
// keyed with the whole whsec_ secret over "t.body">), checked with Qt's own HMAC so the test
// does not read our output with our code; several v1 with one right, the 300 s tolerance both
// ways, a tampered body, a missing header, other schemes, and the event's id/type/customer.
#include "webhooks/Stripe.h"

#include <QMessageAuthenticationCode>
#include <QtTest>

using namespace mid;

namespace {
const QByteArray kSecret = "whsec_test_MIGfMA0GCSqGSIb3DQEBAQUAA4";
const QByteArray kBody =
    R"({"id":"evt_1","type":"invoice.paid","data":{"object":{"customer":"cus_9"}}})";
constexpr qint64 kNow = 1'766'000'000;

// What stripe-node's generateTestHeaderString and every Stripe library compute.
QByteArray stripeHmac(const QByteArray &secret, qint64 t, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(QByteArray::number(t) + '.' + body, secret,
                                            QCryptographicHash::Sha256)
        .toHex();
}
} // namespace

class TestStripeSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signatureIsStripes()
    {
        QCOMPARE(Stripe::signature(kSecret, kNow, kBody), stripeHmac(kSecret, kNow, kBody));
        QCOMPARE(Stripe::signatureHeader(kSecret, kNow, kBody),
                 "t=" + QByteArray::number(kNow) + ",v1=" + stripeHmac(kSecret, kNow, kBody));
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("reason"); // a word the refusal must contain

        const QByteArray good = stripeHmac(kSecret, kNow, kBody);
        const QByteArray t = "t=" + QByteArray::number(kNow);
        const QByteArray wrong = stripeHmac("whsec_other", kNow, kBody);
        QTest::newRow("as Stripe sends it") << t + ",v1=" + good << kBody << true << QString();
        QTest::newRow("one right among several v1 and a v0")
            << t + ",v1=" + wrong + ",v1=" + good + ",v0=" + wrong << kBody << true << QString();
        QTest::newRow("right one first")
            << t + ",v1=" + good + ",v1=" + wrong << kBody << true << QString();
        QTest::newRow("uppercase hex") << t + ",v1=" + good.toUpper() << kBody << true << QString();
        QTest::newRow("spaces after commas") << t + ", v1=" + good << kBody << true << QString();
        QTest::newRow("299 s old") << "t=" + QByteArray::number(kNow - 299) +
                                          ",v1=" + stripeHmac(kSecret, kNow - 299, kBody)
                                   << kBody << true << QString();
        QTest::newRow("stale beyond 300 s") << "t=" + QByteArray::number(kNow - 301) +
                                                   ",v1=" + stripeHmac(kSecret, kNow - 301, kBody)
                                            << kBody << false << QStringLiteral("tolerance");
        QTest::newRow("future beyond 300 s") << "t=" + QByteArray::number(kNow + 301) +
                                                    ",v1=" + stripeHmac(kSecret, kNow + 301, kBody)
                                             << kBody << false << QStringLiteral("ahead");
        QTest::newRow("tampered body")
            << t + ",v1=" + good << QByteArray(kBody).replace("cus_9", "cus_8") << false
            << QStringLiteral("matches");
        QTest::newRow("signed with another secret")
            << t + ",v1=" + wrong << kBody << false << QStringLiteral("matches");
        QTest::newRow("timestamp of another time")
            << "t=" + QByteArray::number(kNow - 1) + ",v1=" + good << kBody << false
            << QStringLiteral("matches");
        QTest::newRow("missing header")
            << QByteArray() << kBody << false << QStringLiteral("missing");
        QTest::newRow("no timestamp")
            << "v1=" + good << kBody << false << QStringLiteral("timestamp");
        QTest::newRow("timestamp not a number")
            << "t=abc,v1=" + good << kBody << false << QStringLiteral("number");
        QTest::newRow("only v0 (wrong scheme)")
            << t + ",v0=" + good << kBody << false << QStringLiteral("v1");
        QTest::newRow("another scheme")
            << "sha256=" + good << kBody << false << QStringLiteral("timestamp");
        QTest::newRow("truncated signature")
            << t + ",v1=" + good.left(63) << kBody << false << QStringLiteral("matches");
    }

    void verify()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, reason);
        const InboundCheck check = Stripe::verify(header, body, kSecret, kNow);
        QVERIFY2(check.ok == ok, qPrintable(check.reason));
        if (!ok)
            QVERIFY2(check.reason.contains(reason), qPrintable(check.reason));
    }

    void decodeEvent_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("customer");
        QTest::newRow("customer id") << kBody << true << QStringLiteral("cus_9");
        QTest::newRow("expanded customer")
            << QByteArray(
                   R"({"id":"evt_2","type":"x","data":{"object":{"customer":{"id":"cus_7"}}}})")
            << true << QStringLiteral("cus_7");
        QTest::newRow("no customer")
            << QByteArray(R"({"id":"evt_3","type":"ping"})") << true << QString();
        QTest::newRow("no id") << QByteArray(R"({"type":"x"})") << false << QString();
        QTest::newRow("not JSON") << QByteArray("id=evt_1") << false << QString();
    }

    void decodeEvent()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, customer);
        QString why;
        const auto event = Stripe::decodeEvent(body, &why);
        QCOMPARE(event.has_value(), ok);
        if (ok)
            QCOMPARE(event->customer, customer);
        else
            QVERIFY(!why.isEmpty());
    }
};

QTEST_MAIN(TestStripeSignature)
#include "tst_stripesignature.moc"
