// The simulated phone without a single widget (no QApplication either): its state machine
// driven through its slots against a real embedded server — enroll with the SMS code, register
// a passkey, approve a request — and what it keeps across a restart.
#include "DeviceFixture.h"
#include "GuiTestBase.h"
#include "simulator/PhoneModel.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace mid;
using namespace mid::test;
using mid::ui::PhoneModel;
using Step = mid::ui::PhoneModel::Step;

class TestPhoneModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusesWhatTheServerRefuses_data();
    void refusesWhatTheServerRefuses();
    void enrollWithTheSmsCode();
    void wrongCodeIsRefused();
    void registerPasskey();
    void approveRequest();
    void rejectRequest();
    void comesBackAfterRestart();

private:
    // A phone that hears the server's live events, as the panel wires it.
    std::unique_ptr<PhoneModel> newPhone();
    QString createConsent();
    QString consentStatus(const QString &id);
    // The request of that id among the signals a spy recorded, or an empty object.
    static QJsonObject requestIn(const QSignalSpy &spy, const QString &id);
    // Until the phone reports the request in that state (requestChanged, recorded by `spy`).
    static bool waitForStatus(const QSignalSpy &spy, const QString &id, const QString &status);

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<PhoneModel> phone;
    TestClient client;
    QString code;
    const QString mobile = QStringLiteral("+447700900401");
};

void TestPhoneModel::initTestCase()
{
    QVERIFY(!qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    client = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    QVERIFY(!client.clientId.isEmpty());
    phone = newPhone();
    QCOMPARE(phone->step(), Step::Welcome);
}

void TestPhoneModel::cleanupTestCase()
{
    phone.reset();
    fixture.reset();
}

std::unique_ptr<PhoneModel> TestPhoneModel::newPhone()
{
    auto model = std::make_unique<PhoneModel>(fixture->session().api());
    connect(&fixture->session(), &ui::ServerSession::eventReceived, model.get(),
            &PhoneModel::applyEvent);
    model->reload();
    return model;
}

QString TestPhoneModel::createConsent()
{
    return fixture->createConsent(client, {{QStringLiteral("recipient"), mobile}})
        .value(QStringLiteral("id"))
        .toString();
}

QString TestPhoneModel::consentStatus(const QString &id)
{
    return fixture->http()
        .get(QStringLiteral("/v1/consents/") + id, client.bearer())
        .data()
        .value(QStringLiteral("status"))
        .toString();
}

QJsonObject TestPhoneModel::requestIn(const QSignalSpy &spy, const QString &id)
{
    for (const QList<QVariant> &call : spy) {
        const QJsonObject consent = call.at(0).toJsonObject();
        if (consent.value(QStringLiteral("id")).toString() == id)
            return consent;
    }
    return {};
}

bool TestPhoneModel::waitForStatus(const QSignalSpy &spy, const QString &id, const QString &status)
{
    return waitUntil(
        [&] { return requestIn(spy, id).value(QStringLiteral("status")).toString() == status; },
        8000);
}

void TestPhoneModel::refusesWhatTheServerRefuses_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("national") << QStringLiteral("07700 900301");
    QTest::newRow("7 digits") << QStringLiteral("+1234567");
    QTest::newRow("16 digits") << QStringLiteral("+1234567890123456");
    QTest::newRow("country code 0") << QStringLiteral("+0447700900123");
}

void TestPhoneModel::refusesWhatTheServerRefuses()
{
    QFETCH(QString, number);
    // The server's word on it: no enrollment for that number.
    const Response server =
        fixture->http().post(QStringLiteral("/v1/enrollments"),
                             {{QStringLiteral("mobile"), QString(number).remove(QLatin1Char(' '))},
                              {QStringLiteral("deviceId"), QStringLiteral("test-refused")}},
                             fixture->admin());
    QCOMPARE(server.status, 422);

    QSignalSpy failed(phone.get(), &PhoneModel::failed);
    QSignalSpy busy(phone.get(), &PhoneModel::busyChanged);
    phone->enroll(number);
    QCOMPARE(failed.size(), 1); // at once: nothing was sent
    QCOMPARE(failed.at(0).at(0).value<Step>(), Step::Welcome);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("+447700900123")));
    QVERIFY(busy.isEmpty());
    QCOMPARE(phone->step(), Step::Welcome);
}

void TestPhoneModel::enrollWithTheSmsCode()
{
    QSignalSpy sms(phone.get(), &PhoneModel::smsReceived);
    phone->enroll(QStringLiteral("+44 7700 900401")); // spaces as a person types them
    QVERIFY(phone->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(phone->step(), Step::Code, 5000);
    QCOMPARE(phone->mobile(), mobile);
    QVERIFY(!phone->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!sms.isEmpty(), 8000); // it may come while the step changes
    static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
    const auto match = sixDigits.match(sms.at(0).at(0).toString());
    QVERIFY2(match.hasMatch(), qPrintable(sms.at(0).at(0).toString()));
    code = match.captured(1);
    QCOMPARE(code, otpFor(*fixture, mobile)); // the SMS the box sent
}

void TestPhoneModel::wrongCodeIsRefused()
{
    QSignalSpy failed(phone.get(), &PhoneModel::failed);
    phone->verifyCode(QStringLiteral("123"));
    QCOMPARE(failed.size(), 1); // too short: refused without asking the server
    QCOMPARE(failed.at(0).at(0).value<Step>(), Step::Code);

    phone->verifyCode(code == QLatin1String("000000") ? QStringLiteral("111111")
                                                      : QStringLiteral("000000"));
    QVERIFY(failed.wait(5000)); // the server's refusal
    QCOMPARE(failed.at(1).at(0).value<Step>(), Step::Code);
    QCOMPARE(phone->step(), Step::Code);
}

void TestPhoneModel::registerPasskey()
{
    QSignalSpy failed(phone.get(), &PhoneModel::failed);
    phone->verifyCode(code);
    QTRY_COMPARE_WITH_TIMEOUT(phone->step(), Step::Register, 5000);
    phone->registerPasskey();
    QVERIFY2(waitUntil([&] { return phone->step() == Step::Home; }, 8000),
             failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(phone->isRegistered());
    QVERIFY(!phone->isBlocked());
    QVERIFY(phone->passkey().has_value());
    QCOMPARE(phone->passkey()->algorithm, -7); // ES256

    const Response device =
        fixture->http().get(QStringLiteral("/v1/devices/") + phone->deviceId(), fixture->admin());
    QCOMPARE(device.status, 200);
    QCOMPARE(device.data().value(QStringLiteral("mobile")).toString(), mobile);
    QCOMPARE(device.data().value(QStringLiteral("credentials")).toArray().size(), 1);
}

void TestPhoneModel::approveRequest()
{
    QSignalSpy received(phone.get(), &PhoneModel::requestReceived);
    QSignalSpy changed(phone.get(), &PhoneModel::requestChanged);
    QSignalSpy started(phone.get(), &PhoneModel::decisionStarted);
    const QString id = createConsent();
    QVERIFY(id.startsWith(QLatin1String("cons_")));
    QVERIFY(waitUntil([&] { return !requestIn(received, id).isEmpty(); }, 5000));
    QCOMPARE(requestIn(received, id).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));

    const quint32 signCount = phone->passkey()->signCount;
    phone->decide(id, true);
    QCOMPARE(started.size(), 1);
    QVERIFY(waitForStatus(changed, id, QStringLiteral("approved")));
    QCOMPARE(consentStatus(id), QStringLiteral("approved"));
    QCOMPARE(phone->passkey()->signCount, signCount + 1); // a real assertion was made
}

void TestPhoneModel::rejectRequest()
{
    QSignalSpy received(phone.get(), &PhoneModel::requestReceived);
    QSignalSpy changed(phone.get(), &PhoneModel::requestChanged);
    const QString id = createConsent();
    QVERIFY(waitUntil([&] { return !requestIn(received, id).isEmpty(); }, 5000));
    phone->decide(id, false);
    QVERIFY(waitForStatus(changed, id, QStringLiteral("rejected")));
    QCOMPARE(consentStatus(id), QStringLiteral("rejected"));
}

void TestPhoneModel::comesBackAfterRestart()
{
    // A request created while no phone runs is there when one starts.
    const QString id = createConsent();
    const QString deviceId = phone->deviceId();
    const quint32 signCount = phone->passkey()->signCount;
    phone.reset(); // the console closes …
    auto restarted = std::make_unique<PhoneModel>(fixture->session().api());
    QSignalSpy received(restarted.get(), &PhoneModel::requestReceived);
    QSignalSpy offered(restarted.get(), &PhoneModel::numberOffered);
    restarted->reload(); // … and opens again
    QCOMPARE(restarted->step(), Step::Home);
    QCOMPARE(restarted->mobile(), mobile);
    QCOMPARE(restarted->deviceId(), deviceId);
    QCOMPARE(restarted->passkey()->signCount, signCount);
    QCOMPARE(offered.size(), 1);
    QVERIFY(waitUntil([&] { return !requestIn(received, id).isEmpty(); }, 5000));

    // Forgotten, it is gone for good: the next start shows the Welcome step.
    restarted->forget();
    QCOMPARE(restarted->step(), Step::Welcome);
    QVERIFY(!restarted->isRegistered());
    PhoneModel fresh(fixture->session().api());
    fresh.reload();
    QCOMPARE(fresh.step(), Step::Welcome);
}

MID_GUILESS_TEST_MAIN(TestPhoneModel)
#include "tst_phonemodel.moc"
