// ConsentRules: the §2 state machine (every from→to pair), status names, intents, E.164
// recipients and callback URLs.
#include "domain/Consent.h"
#include "domain/PhoneNumber.h"

#include <QtTest>

using namespace mid;

Q_DECLARE_METATYPE(mid::ConsentStatus)

namespace {
const QList<ConsentStatus> kAll = {ConsentStatus::Pending, ConsentStatus::Approved,
                                   ConsentStatus::Rejected, ConsentStatus::Expired,
                                   ConsentStatus::Revoked};
}

class TestConsentRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void statusNames_data();
    void statusNames();
    void unknownStatus_data();
    void unknownStatus();
    void intents();
    void limits();
    void e164_data();
    void e164();
    void callbackUrl_data();
    void callbackUrl();
};

void TestConsentRules::transitions_data()
{
    QTest::addColumn<ConsentStatus>("from");
    QTest::addColumn<ConsentStatus>("to");
    QTest::addColumn<bool>("allowed");
    // The whole 5×5 table of §2: pending → approved | rejected | expired | revoked; an approved
    // consent may only be withdrawn (revoked); terminal states never change; nothing returns to
    // pending.
    const QList<QPair<ConsentStatus, ConsentStatus>> allowed = {
        {ConsentStatus::Pending, ConsentStatus::Approved},
        {ConsentStatus::Pending, ConsentStatus::Rejected},
        {ConsentStatus::Pending, ConsentStatus::Expired},
        {ConsentStatus::Pending, ConsentStatus::Revoked},
        {ConsentStatus::Approved, ConsentStatus::Revoked},
    };
    for (ConsentStatus from : kAll) {
        for (ConsentStatus to : kAll) {
            const QString name = ConsentRules::statusName(from) + QStringLiteral(" -> ") +
                                 ConsentRules::statusName(to);
            QTest::newRow(qPrintable(name)) << from << to << allowed.contains(qMakePair(from, to));
        }
    }
}

void TestConsentRules::transitions()
{
    QFETCH(ConsentStatus, from);
    QFETCH(ConsentStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(ConsentRules::canTransition(from, to), allowed);
}

void TestConsentRules::statusNames_data()
{
    QTest::addColumn<ConsentStatus>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("pending") << ConsentStatus::Pending << QStringLiteral("pending");
    QTest::newRow("approved") << ConsentStatus::Approved << QStringLiteral("approved");
    QTest::newRow("rejected") << ConsentStatus::Rejected << QStringLiteral("rejected");
    QTest::newRow("expired") << ConsentStatus::Expired << QStringLiteral("expired");
    QTest::newRow("revoked") << ConsentStatus::Revoked << QStringLiteral("revoked");
}

void TestConsentRules::statusNames()
{
    QFETCH(ConsentStatus, status);
    QFETCH(QString, name);
    QCOMPARE(ConsentRules::statusName(status), name);
    const auto parsed = ConsentRules::parseStatus(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, status);
    Consent c;
    c.status = status;
    // Terminal: rejected, expired, revoked (approved can still be withdrawn).
    QCOMPARE(c.isTerminal(), status != ConsentStatus::Pending && status != ConsentStatus::Approved);
}

void TestConsentRules::unknownStatus_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Pending");
    QTest::newRow("cancelled") << QStringLiteral("cancelled");
    QTest::newRow("padded") << QStringLiteral(" pending");
}

void TestConsentRules::unknownStatus()
{
    QFETCH(QString, name);
    QVERIFY(!ConsentRules::parseStatus(name).has_value());
}

void TestConsentRules::intents()
{
    const QStringList expected = {
        QStringLiteral("login"),        QStringLiteral("transaction"),
        QStringLiteral("data_sharing"), QStringLiteral("identity_verification"),
        QStringLiteral("signing"),      QStringLiteral("mandate")};
    QCOMPARE(ConsentRules::intents(), expected);
    QCOMPARE(Consent().intent, QStringLiteral("login"));
}

void TestConsentRules::limits()
{
    QCOMPARE(ConsentRules::kMinExpiresIn, 30);
    QCOMPARE(ConsentRules::kMaxExpiresIn, 3600);
    QCOMPARE(ConsentRules::kDefaultExpiresIn, 300);
    QCOMPARE(ConsentRules::kMaxMetadataBytes, 4096);
}

void TestConsentRules::e164_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Nigeria") << QStringLiteral("+2348012345678") << true;
    QTest::newRow("US") << QStringLiteral("+14155550123") << true;
    QTest::newRow("UK") << QStringLiteral("+447911123456") << true;
    QTest::newRow("8 digits (shortest)") << QStringLiteral("+12345678") << true;
    QTest::newRow("15 digits (longest)") << QStringLiteral("+123456789012345") << true;
    QTest::newRow("7 digits") << QStringLiteral("+1234567") << false;
    QTest::newRow("16 digits") << QStringLiteral("+1234567890123456") << false;
    QTest::newRow("no plus") << QStringLiteral("2348012345678") << false;
    QTest::newRow("double plus") << QStringLiteral("++2348012345678") << false;
    QTest::newRow("leading zero country") << QStringLiteral("+0348012345678") << false;
    QTest::newRow("national 0 prefix") << QStringLiteral("08012345678") << false;
    QTest::newRow("spaces") << QStringLiteral("+1 415 555 0123") << false;
    QTest::newRow("dashes") << QStringLiteral("+44-20-7946-0958") << false;
    QTest::newRow("parentheses") << QStringLiteral("+1(415)5550123") << false;
    QTest::newRow("letters") << QStringLiteral("+1415CALLNOW") << false;
    QTest::newRow("trailing newline") << QStringLiteral("+14155550123\n") << false;
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("+1\u0664\u0661\u0665\u0665\u0665\u0660\u0661\u0662\u0663") << false;
    QTest::newRow("fullwidth digits")
        << QStringLiteral("+\uff11\uff14\uff11\uff15\uff15\uff15\uff15\uff10\uff11\uff12") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plus only") << QStringLiteral("+") << false;
}

void TestConsentRules::e164()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(PhoneNumber::isE164(number), valid);
}

void TestConsentRules::callbackUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://yourapp.com/auth/callback") << true;
    QTest::newRow("https with port and query")
        << QStringLiteral("https://yourapp.com:8443/cb?x=1") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000/cb") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/cb") << true;
    QTest::newRow("http 127.0.0.2") << QStringLiteral("http://127.0.0.2/cb") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/cb") << true;
    QTest::newRow("http public host") << QStringLiteral("http://yourapp.com/cb") << false;
    QTest::newRow("http private address") << QStringLiteral("http://10.0.0.5/cb") << false;
    QTest::newRow("http localhost lookalike")
        << QStringLiteral("http://localhost.evil.example/cb") << false;
    QTest::newRow("http 127 as subdomain")
        << QStringLiteral("http://127.0.0.1.evil.example/cb") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://yourapp.com/cb") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,hi") << false;
    QTest::newRow("relative") << QStringLiteral("/auth/callback") << false;
    QTest::newRow("no host") << QStringLiteral("https:///cb") << false;
    QTest::newRow("user info") << QStringLiteral("https://user:pw@yourapp.com/cb") << false;
    QTest::newRow("spaces") << QStringLiteral("https://your app.com/cb") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestConsentRules::callbackUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(ConsentRules::isAllowedCallbackUrl(url), allowed);
}

QTEST_GUILESS_MAIN(TestConsentRules)
#include "tst_consentrules.moc"
