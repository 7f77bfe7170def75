// Ids: prefixed random base62 identifiers of §0.
#include "core/Clock.h"
#include "core/Ids.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace mid;

class TestIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void base62_data();
    void base62();
    void base62CoversAlphabet();
    void make_data();
    void make();
    void makeOrdered();
    void clientId();
    void unique();
    void looksLike_data();
    void looksLike();
};

void TestIds::base62_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("1") << 1;
    QTest::newRow("12") << 12;
    QTest::newRow("20") << 20;
    QTest::newRow("43") << 43;
    QTest::newRow("500") << 500;
}

void TestIds::base62()
{
    QFETCH(int, length);
    static const QRegularExpression alphabet(QStringLiteral("^[0-9A-Za-z]*$"));
    const QString s = Ids::base62(length);
    QCOMPARE(s.size(), length);
    QVERIFY2(alphabet.match(s).hasMatch(), qPrintable(s));
}

void TestIds::base62CoversAlphabet()
{
    // 62 symbols drawn 20,000 times: every one must show up, and none may dominate (rejection
    // sampling keeps the distribution flat; a modulo bias would favour the first 8 symbols).
    const QString s = Ids::base62(20000);
    QHash<QChar, int> counts;
    for (QChar c : s)
        ++counts[c];
    QCOMPARE(counts.size(), 62);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() > 200 && it.value() < 500,
                 qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(it.value())));
}

void TestIds::make_data()
{
    QTest::addColumn<QString>("prefix");
    for (const char *p : {"cons", "dev", "enr", "qr", "evt", "whd", "ver", "doc", "sig", "req"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestIds::make()
{
    QFETCH(QString, prefix);
    const QString id = Ids::make(prefix);
    QVERIFY2(QRegularExpression(QStringLiteral("^%1_[0-9A-Za-z]{16,}$").arg(prefix))
                 .match(id)
                 .hasMatch(),
             qPrintable(id));
    QVERIFY(Ids::looksLike(id, prefix));
    QCOMPARE(Ids::make(prefix, 30).size(), prefix.size() + 1 + 30);
}

void TestIds::makeOrdered()
{
    // At least 16 random characters (§0), after a prefix that sorts by time.
    mid::ManualClock clock(1'765'000'000'000);
    const QString first = Ids::makeOrdered(QStringLiteral("aud"));
    QVERIFY2(QRegularExpression(QStringLiteral("^aud_[0-9A-Za-z]{24}$")).match(first).hasMatch(),
             qPrintable(first));
    QVERIFY(Ids::looksLike(first, QStringLiteral("aud")));
    clock.advance(std::chrono::milliseconds(1));
    const QString later = Ids::makeOrdered(QStringLiteral("aud"));
    QVERIFY2(first < later, qPrintable(first + QLatin1Char(' ') + later));
    QVERIFY(first.mid(4, 8) != later.mid(4, 8));
    QVERIFY(first.mid(12) != later.mid(12));
}

void TestIds::clientId()
{
    const QString id = Ids::clientId();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^mid_client_[0-9A-Za-z]{12}$")).match(id).hasMatch(),
        qPrintable(id));
}

void TestIds::unique()
{
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(Ids::make(QStringLiteral("cons")));
    QCOMPARE(seen.size(), 10000);
}

void TestIds::looksLike_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("expected");
    QTest::newRow("valid") << QStringLiteral("cons_abcDEF0123456789xyz") << QStringLiteral("cons")
                           << true;
    QTest::newRow("other prefix") << QStringLiteral("dev_abcDEF0123456789xyz")
                                  << QStringLiteral("cons") << false;
    QTest::newRow("prefix without underscore")
        << QStringLiteral("consabcDEF0123456789") << QStringLiteral("cons") << false;
    QTest::newRow("longer prefix")
        << QStringLiteral("consx_abcDEF0123456789") << QStringLiteral("cons") << false;
    QTest::newRow("dash") << QStringLiteral("cons_abc-DEF") << QStringLiteral("cons") << false;
    QTest::newRow("underscore in body")
        << QStringLiteral("cons_abc_DEF") << QStringLiteral("cons") << false;
    QTest::newRow("quote") << QStringLiteral("cons_abc'--") << QStringLiteral("cons") << false;
    QTest::newRow("slash") << QStringLiteral("cons_abc/../x") << QStringLiteral("cons") << false;
    QTest::newRow("non-ascii letter")
        << QStringLiteral("cons_abc\u00e9") << QStringLiteral("cons") << false;
    QTest::newRow("non-ascii digit")
        << QStringLiteral("cons_abc\u0663") << QStringLiteral("cons") << false;
    QTest::newRow("too long") << (QStringLiteral("cons_") + QString(200, QLatin1Char('a')))
                              << QStringLiteral("cons") << false;
    QTest::newRow("empty") << QString() << QStringLiteral("cons") << false;
}

void TestIds::looksLike()
{
    QFETCH(QString, id);
    QFETCH(QString, prefix);
    QFETCH(bool, expected);
    QCOMPARE(Ids::looksLike(id, prefix), expected);
}

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
