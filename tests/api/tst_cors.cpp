// CORS: a tenant's web app in a browser may call the API from the origins the tenant lists
// in allowedOrigins, and from no other.
#include "support/ServerFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace mid::test;

class TestCors : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_f;
    TestClient m_app;   // allows https://app.example.com
    TestClient m_other; // allows https://other.example.com

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
        m_app = m_f->createClient({{QStringLiteral("allowedOrigins"),
                                    QJsonArray{QStringLiteral("https://app.example.com")}}});
        m_other = m_f->createClient({{QStringLiteral("allowedOrigins"),
                                      QJsonArray{QStringLiteral("https://other.example.com")}}});
        QVERIFY(!m_app.apiKey.isEmpty() && !m_other.apiKey.isEmpty());
    }

    void cleanupTestCase() { m_f.reset(); }

    void preflight_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("a tenant's origin") << QByteArray("https://app.example.com") << true;
        QTest::newRow("unknown origin") << QByteArray("https://evil.example.net") << false;
        QTest::newRow("same host, other scheme") << QByteArray("http://app.example.com") << false;
    }

    void preflight()
    {
        QFETCH(QByteArray, origin);
        QFETCH(bool, allowed);
        const Response r =
            m_f->http().send("OPTIONS", QStringLiteral("/v1/consents/auth"), {},
                             {{"Origin", origin},
                              {"Access-Control-Request-Method", "POST"},
                              {"Access-Control-Request-Headers", "authorization, content-type"}});
        QCOMPARE(r.status, 204);
        QVERIFY(r.header("Allow").contains("POST"));
        QCOMPARE(r.header("Access-Control-Allow-Origin"), allowed ? origin : QByteArray());
        if (allowed) {
            QVERIFY(r.header("Access-Control-Allow-Headers").contains("Authorization"));
            QVERIFY(r.header("Access-Control-Allow-Methods").contains("POST"));
        }
    }

    void preflightUnknownPathIs404()
    {
        const Response r = m_f->http().send("OPTIONS", QStringLiteral("/v1/nothing-here"), {},
                                            {{"Origin", "https://app.example.com"}});
        QCOMPARE(r.status, 404);
    }

    void actualRequest_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("own origin") << QByteArray("https://app.example.com") << true;
        // Another tenant's origin does not open this tenant's answers to that page.
        QTest::newRow("another tenant's origin")
            << QByteArray("https://other.example.com") << false;
        QTest::newRow("unknown origin") << QByteArray("https://evil.example.net") << false;
    }

    void actualRequest()
    {
        QFETCH(QByteArray, origin);
        QFETCH(bool, allowed);
        Headers h = m_app.bearer();
        h.append({"Origin", origin});
        const Response r =
            m_f->http().post(QStringLiteral("/v1/consents/auth"),
                             {{QStringLiteral("recipient"), QStringLiteral("+2348012345678")}}, h);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Access-Control-Allow-Origin"), allowed ? origin : QByteArray());
        QVERIFY(r.header("Vary").contains("Origin"));
        if (allowed)
            QVERIFY(r.header("Access-Control-Expose-Headers").contains("X-RateLimit-Remaining"));
    }
};

QTEST_GUILESS_MAIN(TestCors)
#include "tst_cors.moc"
