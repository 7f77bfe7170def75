#include "support/ServerFixture.h"

#include <QtTest>

using namespace mid::test;

class TestSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthz()
    {
        ServerFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Response r = f.http().get(QStringLiteral("/healthz"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!r.header("X-Request-ID").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
