// crypto::CertificateChain on its own, with a throwaway CA (support/TestPki): parsing x5c
// DER lists, what it tells of the leaf, and chain verification with and without anchors.
// The WebAuthn rules built on it are in tst_fido_verify.
#include "crypto/CertificateChain.h"
#include "support/TestPki.h"

#include <QtTest>

#include <optional>

using namespace mid;
using namespace mid::test;
using Kind = CertificateChain::Error::Kind;

Q_DECLARE_METATYPE(std::optional<mid::CertificateChain::Error::Kind>)

namespace {
const QByteArray kAaguid = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10");

const TestKey &leafKey()
{
    static const TestKey key = TestKey::shared(kEs256, 401);
    return key;
}

QByteArray leafWith(const CertSpec &spec)
{
    return TestPki::instance().leaf(leafKey(), spec);
}

QByteArray selfSigned(int role)
{
    const TestKey key = TestKey::shared(kEs256, role);
    return der(makeCertificate(key, CertSpec{}, key, nullptr).get());
}

// The kind of the Error `f` throws; nullopt when it throws none.
template <typename F> std::optional<Kind> errorOf(F f)
{
    try {
        f();
    } catch (const CertificateChain::Error &e) {
        return e.kind();
    }
    return std::nullopt;
}
} // namespace

class TestCertificateChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromDer_data();
    void fromDer();
    void leafFields();
    void leafOfOtherShapes();
    void leafExtension_data();
    void leafExtension();
    void verifyTrust_data();
    void verifyTrust();
};

void TestCertificateChain::fromDer_data()
{
    const TestPki &pki = TestPki::instance();
    const QByteArray leaf = leafWith({});
    QTest::addColumn<QList<QByteArray>>("der");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("leaf alone") << QList<QByteArray>{leaf} << QString();
    QTest::newRow("leaf and intermediate")
        << QList<QByteArray>{leaf, pki.intermediateDer} << QString();
    QTest::newRow("whole chain") << QList<QByteArray>{leaf, pki.intermediateDer, pki.rootDer}
                                 << QString();
    QTest::newRow("empty") << QList<QByteArray>{} << QStringLiteral("x5c must hold 1..8");
    QTest::newRow("nine") << QList<QByteArray>(9, leaf) << QStringLiteral("x5c must hold 1..8");
    QTest::newRow("not DER") << QList<QByteArray>{leaf, QByteArrayLiteral("not a certificate")}
                             << QStringLiteral("x5c[1] is not a DER certificate");
    QTest::newRow("trailing byte")
        << QList<QByteArray>{leaf + '\0'} << QStringLiteral("x5c[0] is not a DER certificate");
}

void TestCertificateChain::fromDer()
{
    QFETCH(QList<QByteArray>, der);
    QFETCH(QString, error);
    try {
        const CertificateChain chain = CertificateChain::fromDer(der);
        QVERIFY2(error.isEmpty(), "accepted");
        QCOMPARE(chain.size(), der.size());
        QCOMPARE(chain.der(), der);
    } catch (const CertificateChain::Error &e) {
        QVERIFY2(!error.isEmpty(), qPrintable(e.message()));
        QCOMPARE(e.kind(), Kind::Certificate);
        QVERIFY2(e.message().startsWith(error), qPrintable(e.message()));
    }
}

void TestCertificateChain::leafFields()
{
    const CertificateChain chain =
        CertificateChain::fromDer({leafWith({}), TestPki::instance().intermediateDer});
    QCOMPARE(chain.leafPublicKey(), leafKey().spki());
    QCOMPARE(chain.leafVersion(), 3);
    QCOMPARE(chain.leafSubjectField("C"), QStringLiteral("DE"));
    QCOMPARE(chain.leafSubjectField("O"), QStringLiteral("MID Test"));
    QCOMPARE(chain.leafSubjectField("OU"), QStringLiteral("Authenticator Attestation"));
    QCOMPARE(chain.leafSubjectField("CN"), QStringLiteral("MID Test Authenticator"));
    QCOMPARE(chain.leafSubjectField("L"), QString());
    QVERIFY(chain.leafExtensionsValid());
    QVERIFY(!chain.leafIsCa());
}

void TestCertificateChain::leafOfOtherShapes()
{
    CertSpec v1;
    v1.version = 0;
    QCOMPARE(CertificateChain::fromDer({leafWith(v1)}).leafVersion(), 1);
    CertSpec ca;
    ca.ca = true;
    QVERIFY(CertificateChain::fromDer({leafWith(ca)}).leafIsCa());
}

void TestCertificateChain::leafExtension_data()
{
    QTest::addColumn<QByteArray>("aaguid"); // empty: no extension
    QTest::addColumn<bool>("critical");
    QTest::newRow("absent") << QByteArray() << false;
    QTest::newRow("present") << kAaguid << false;
    QTest::newRow("critical") << kAaguid << true;
}

void TestCertificateChain::leafExtension()
{
    QFETCH(QByteArray, aaguid);
    QFETCH(bool, critical);
    CertSpec spec;
    spec.aaguidExtension = aaguid;
    spec.aaguidCritical = critical;
    const auto extension =
        CertificateChain::fromDer({leafWith(spec)}).leafExtension("1.3.6.1.4.1.45724.1.1.4");
    QCOMPARE(extension.has_value(), !aaguid.isEmpty());
    if (!extension)
        return;
    QCOMPARE(extension->critical, critical);
    // The value is the DER inside extnValue: here an OCTET STRING (04 10) of the 16 bytes.
    QCOMPARE(extension->value, QByteArray::fromHex("0410") + aaguid);
}

void TestCertificateChain::verifyTrust_data()
{
    const TestPki &pki = TestPki::instance();
    const QByteArray leaf = leafWith({});
    QTest::addColumn<QList<QByteArray>>("chain");
    QTest::addColumn<QList<QByteArray>>("anchors");
    QTest::addColumn<std::optional<Kind>>("error");
    QTest::addColumn<bool>("trusted");
    const std::optional<Kind> none;
    QTest::newRow("no anchors, linked")
        << QList<QByteArray>{leaf, pki.intermediateDer} << QList<QByteArray>{} << none << false;
    QTest::newRow("no anchors, not linked")
        << QList<QByteArray>{leaf, selfSigned(402)} << QList<QByteArray>{}
        << std::optional(Kind::Certificate) << false;
    QTest::newRow("root anchor") << QList<QByteArray>{leaf, pki.intermediateDer}
                                 << QList<QByteArray>{pki.rootDer} << none << true;
    QTest::newRow("intermediate anchor")
        << QList<QByteArray>{leaf} << QList<QByteArray>{pki.intermediateDer} << none << true;
    QTest::newRow("root anchor, intermediate missing")
        << QList<QByteArray>{leaf} << QList<QByteArray>{pki.rootDer} << std::optional(Kind::Trust)
        << false;
    QTest::newRow("other anchor") << QList<QByteArray>{leaf, pki.intermediateDer}
                                  << QList<QByteArray>{selfSigned(403)}
                                  << std::optional(Kind::Trust) << false;
    QTest::newRow("anchor not DER")
        << QList<QByteArray>{leaf} << QList<QByteArray>{QByteArrayLiteral("not a certificate")}
        << std::optional(Kind::Trust) << false;
}

void TestCertificateChain::verifyTrust()
{
    QFETCH(QList<QByteArray>, chain);
    QFETCH(QList<QByteArray>, anchors);
    QFETCH(std::optional<Kind>, error);
    QFETCH(bool, trusted);
    const CertificateChain parsed = CertificateChain::fromDer(chain);
    bool result = false;
    QCOMPARE(errorOf([&] { result = parsed.verifyTrust(anchors); }), error);
    QCOMPARE(result, trusted);
}

QTEST_GUILESS_MAIN(TestCertificateChain)
#include "tst_certificatechain.moc"
