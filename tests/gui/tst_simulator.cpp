// The device simulator against a real embedded server, driven like a person would: type a
// number, read the SMS on the phone's screen, type the code, register a passkey, then approve
// and reject consent requests that a client creates through the API. Then activation with a
// tenant's verification link (§8): pasted, redeemed, a passkey registered for the MPin
// identity, which the phone shows and approves with.
#include "DeviceFixture.h"
#include "GuiTestBase.h"
#include "models/ConsentsModel.h"
#include "panels/ConsentsPanel.h"
#include "simulator/ActivateScreen.h"
#include "simulator/CodeScreen.h"
#include "simulator/ConsentRequestCard.h"
#include "simulator/DeviceSimulatorPanel.h"
#include "simulator/HomeScreen.h"
#include "simulator/RegisterScreen.h"
#include "simulator/WelcomeScreen.h"
#include "support/DocumentSamples.h"
#include "support/JsonText.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace mid;
using namespace mid::test;
using mid::ui::ConsentRequestCard;
using Screen = mid::ui::PhoneModel::Step;

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void invalidNumberIsExplained();
    void enrollAndRegister();
    void consentAppearsAndApproveWorks();
    void rejectWorks();
    void signingRequestShowsTheDocument();
    void pendingRequestsLoadOnStart();
    void phoneSurvivesRestart();
    void blockedDeviceShowsServerMessage();
    void deregisteredPhoneStartsOver();
    void activateWithVerificationLink();
    void usedLinkIsRefused();
    void linkForAnotherUserIdAsksForNumber();

private:
    template <typename T> T *find(const QString &name) const
    {
        return GuiTestBase::byName<T>(simulator.get(), name);
    }
    // Clicks the visible button of that name (the phone has one page per step).
    void click(const QString &name);
    QString createConsent(const QString &intent = QStringLiteral("login"),
                          const QString &recipient = {});
    // Welcome → Activate, the link pasted and (if asked) this phone's number typed.
    void activateWith(const QString &link, const QString &number = {});
    // The MPin identity as GET /admin/v1/mpin/identities lists it.
    QJsonObject identityFromApi(const QString &userId);
    QString consentStatus(const QString &id);
    ConsentRequestCard *waitForCard(const QString &id);
    // Approves the request on the phone's card; true once the server has it approved.
    bool approveOnPhone(const QString &id);

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<ui::DeviceSimulatorPanel> simulator;
    std::unique_ptr<ui::ConsentsPanel> consents;
    TestClient client;
    const QString mobile = QStringLiteral("+447700900301");
    QString m_usedLink;
};

void TestSimulator::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    client = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    QVERIFY(!client.clientId.isEmpty());

    simulator = std::make_unique<ui::DeviceSimulatorPanel>(fixture->session());
    simulator->resize(1100, 820);
    simulator->reload();
    simulator->show();
    QVERIFY(QTest::qWaitForWindowExposed(simulator.get()));
    consents = std::make_unique<ui::ConsentsPanel>(fixture->session());
    consents->resize(1200, 700);
    consents->reload();
    consents->show();
    QCOMPARE(simulator->screen(), Screen::Welcome);
}

void TestSimulator::cleanupTestCase()
{
    consents.reset();
    simulator.reset();
    fixture.reset();
}

void TestSimulator::click(const QString &name)
{
    for (QPushButton *b : simulator->findChildren<QPushButton *>()) {
        if (b->accessibleName() == name && b->isVisible()) {
            QVERIFY2(b->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no visible button ") + name));
}

QString TestSimulator::createConsent(const QString &intent, const QString &recipient)
{
    const QJsonObject c = fixture->createConsent(
        client, {{QStringLiteral("recipient"), recipient.isEmpty() ? mobile : recipient},
                 {QStringLiteral("intent"), intent},
                 {QStringLiteral("scope"), QJsonArray{QStringLiteral("profile")}}});
    return c.value(QStringLiteral("id")).toString();
}

QString TestSimulator::consentStatus(const QString &id)
{
    const Response r = fixture->http().get(QStringLiteral("/v1/consents/") + id, client.bearer());
    return r.data().value(QStringLiteral("status")).toString();
}

ConsentRequestCard *TestSimulator::waitForCard(const QString &id)
{
    // The card is laid out (and so shown) on the next turn of the event loop after it arrives.
    waitUntil([&] { return simulator->card(id) && simulator->card(id)->isVisible(); }, 5000);
    return simulator->card(id);
}

bool TestSimulator::approveOnPhone(const QString &id)
{
    ConsentRequestCard *card = waitForCard(id);
    if (!card)
        return false;
    QTest::mouseClick(GuiTestBase::byName<QPushButton>(card, ConsentRequestCard::tr("Approve")),
                      Qt::LeftButton);
    if (!waitUntil([&] { return card->status() == QLatin1String("approved"); }, 8000)) {
        qWarning() << "not approved:"
                   << GuiTestBase::byName<QLabel>(card, ConsentRequestCard::tr("Outcome"))->text();
        return false;
    }
    return consentStatus(id) == QLatin1String("approved");
}

void TestSimulator::invalidNumberIsExplained()
{
    auto *number = find<QLineEdit>(ui::WelcomeScreen::tr("Phone number"));
    QVERIFY(number);
    QTest::keyClicks(number, QStringLiteral("07700 900301"));
    click(ui::WelcomeScreen::tr("Enroll"));
    auto *error = find<QLabel>(ui::WelcomeScreen::tr("Number error"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("+447700900123")), qPrintable(error->text()));
    QCOMPARE(simulator->screen(), Screen::Welcome);
}

void TestSimulator::enrollAndRegister()
{
    auto *number = find<QLineEdit>(ui::WelcomeScreen::tr("Phone number"));
    number->clear();
    QTest::keyClicks(number, mobile);
    click(ui::WelcomeScreen::tr("Enroll"));
    QTRY_COMPARE_WITH_TIMEOUT(simulator->screen(), Screen::Code, 5000);

    // The SMS shows on the phone; the person reads the code and types it.
    auto *sms = find<QLabel>(ui::CodeScreen::tr("Incoming SMS"));
    QVERIFY(sms);
    static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
    QVERIFY2(waitUntil([&] { return sixDigits.match(sms->text()).hasMatch(); }, 8000),
             qPrintable(sms->text()));
    const QString code = sixDigits.match(sms->text()).captured(1);
    auto *codeField = find<QLineEdit>(ui::CodeScreen::tr("Verification code"));
    QVERIFY(codeField);

    // A wrong code is refused with the server's word, and the phone stays on this step.
    const QString wrong =
        code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QTest::keyClicks(codeField, wrong);
    click(ui::CodeScreen::tr("Verify"));
    auto *codeError = find<QLabel>(ui::CodeScreen::tr("Code error"));
    QVERIFY(waitUntil([&] { return codeError->isVisible(); }, 5000));
    QCOMPARE(simulator->screen(), Screen::Code);

    codeField->clear();
    QTest::keyClicks(codeField, code);
    click(ui::CodeScreen::tr("Verify"));
    QTRY_COMPARE_WITH_TIMEOUT(simulator->screen(), Screen::Register, 5000);

    click(ui::RegisterScreen::tr("Register passkey"));
    auto *registerError = find<QLabel>(ui::RegisterScreen::tr("Registration error"));
    QVERIFY2(waitUntil([&] { return simulator->screen() == Screen::Home; }, 8000),
             qPrintable(registerError->text()));
    auto *status = find<QLabel>(ui::HomeScreen::tr("Phone status"));
    QVERIFY(status);
    QCOMPARE(status->text(), ui::HomeScreen::tr("Registered ✓"));
    QVERIFY(!simulator->phone().deviceId().isEmpty());

    // The server agrees: the device is registered to this number with one credential.
    const Response device = fixture->http().get(
        QStringLiteral("/v1/devices/") + simulator->phone().deviceId(), fixture->admin());
    QCOMPARE(device.status, 200);
    QCOMPARE(device.data().value(QStringLiteral("mobile")).toString(), mobile);
    QCOMPARE(device.data().value(QStringLiteral("credentials")).toArray().size(), 1);
}

void TestSimulator::consentAppearsAndApproveWorks()
{
    QCOMPARE(simulator->screen(), Screen::Home);
    const QString id = createConsent(QStringLiteral("transaction"));
    QVERIFY(id.startsWith(QLatin1String("cons_")));
    ConsentRequestCard *card = waitForCard(id);
    QVERIFY2(card, "the consent request did not reach the phone");
    auto *from = GuiTestBase::byName<QLabel>(card, ConsentRequestCard::tr("Requested by"));
    QVERIFY(from);
    QTRY_COMPARE(from->text(), QStringLiteral("Acme Bank"));
    auto *what = GuiTestBase::byName<QLabel>(card, ConsentRequestCard::tr("Request"));
    QCOMPARE(what->text(), ConsentRequestCard::tr("Confirm a transaction"));
    auto *left = GuiTestBase::byName<QLabel>(card, ConsentRequestCard::tr("Time left"));
    QVERIFY(left->text().contains(QLatin1Char(':')));

    auto *approve = GuiTestBase::byName<QPushButton>(card, ConsentRequestCard::tr("Approve"));
    QVERIFY(approve && approve->isVisible());
    QTest::mouseClick(approve, Qt::LeftButton);
    auto *outcome = GuiTestBase::byName<QLabel>(card, ConsentRequestCard::tr("Outcome"));
    QVERIFY2(waitUntil([&] { return card->status() == QLatin1String("approved"); }, 8000),
             qPrintable(outcome->text()));
    QCOMPARE(outcome->text(), ConsentRequestCard::tr("Approved ✓"));
    QCOMPARE(consentStatus(id), QStringLiteral("approved"));

    // The Consents panel shows the approval too, live.
    auto *table =
        GuiTestBase::byName<QTableView>(consents.get(), ui::ConsentsPanel::tr("Consent sessions"));
    QVERIFY(table);
    QVERIFY(waitUntil(
        [&] {
            const int row = GuiTestBase::rowWithText(table, ui::ConsentsModel::SessionId, id);
            return row >= 0 &&
                   table->model()->index(row, ui::ConsentsModel::Status).data().toString() ==
                       QLatin1String("approved");
        },
        5000));
}

void TestSimulator::rejectWorks()
{
    const QString id = createConsent();
    ConsentRequestCard *card = waitForCard(id);
    QVERIFY(card);
    QTest::mouseClick(GuiTestBase::byName<QPushButton>(card, ConsentRequestCard::tr("Reject")),
                      Qt::LeftButton);
    QVERIFY(waitUntil([&] { return card->status() == QLatin1String("rejected"); }, 8000));
    QCOMPARE(consentStatus(id), QStringLiteral("rejected"));
}

// A signing session's consent names the document: the card says what is signed, why, and
// the document's SHA-256 (its ends shown, the whole for the tooltip and screen readers); the
// phone's approval signs it.
void TestSimulator::signingRequestShowsTheDocument()
{
    const QJsonObject upload{
        {QStringLiteral("content"), QString::fromLatin1(DocumentSamples::pdf().toBase64())},
        {QStringLiteral("filename"), QStringLiteral("mandate.pdf")}};
    const Response document =
        fixture->http().post(QStringLiteral("/v1/signing/documents"), upload, client.bearer());
    QCOMPARE(document.status, 201);
    const Response created =
        fixture->http().post(QStringLiteral("/v1/signing/sessions"),
                             {{QStringLiteral("documentId"), jsonText(document.data(), "id")},
                              {QStringLiteral("signer"), mobile},
                              {QStringLiteral("intent"), QStringLiteral("mandate")},
                              {QStringLiteral("reason"), QStringLiteral("Monthly direct debit")}},
                             client.bearer());
    QCOMPARE(created.status, 201);
    const QString sha = jsonText(created.data(), "documentSha256");
    QCOMPARE(sha.size(), 64);

    ConsentRequestCard *card = waitForCard(jsonText(created.data(), "consentId"));
    QVERIFY2(card, "the signing request did not reach the phone");
    auto *what = GuiTestBase::byName<QLabel>(card, ConsentRequestCard::tr("Request"));
    QCOMPARE(what->text(), ConsentRequestCard::tr("Sign mandate %1").arg("mandate.pdf"));
    auto *reason = GuiTestBase::byName<QLabel>(card, ConsentRequestCard::tr("Reason"));
    QVERIFY(reason && reason->isVisible());
    QCOMPARE(reason->text(), ConsentRequestCard::tr("Reason: %1").arg("Monthly direct debit"));
    auto *hash = GuiTestBase::byName<QLabel>(card, ConsentRequestCard::tr("Document SHA-256"));
    QVERIFY(hash && hash->isVisible());
    QCOMPARE(hash->text(), ConsentRequestCard::tr("SHA-256 %1…%2").arg(sha.left(8), sha.right(8)));
    QCOMPARE(hash->accessibleDescription(), sha);
    QVERIFY(hash->toolTip().contains(sha));

    QVERIFY(approveOnPhone(jsonText(created.data(), "consentId")));
    const QString id = jsonText(created.data(), "id");
    QVERIFY(waitUntil(
        [&] {
            return jsonText(fixture->http()
                                .get(QStringLiteral("/v1/signing/sessions/") + id, client.bearer())
                                .data(),
                            "status") == QLatin1String("signed");
        },
        5000));
}

void TestSimulator::pendingRequestsLoadOnStart()
{
    // A request created while no simulator watches is there when one opens.
    const QString id = createConsent();
    ui::DeviceSimulatorPanel second(fixture->session());
    second.reload();
    QCOMPARE(second.screen(), Screen::Home);
    QVERIFY(waitUntil([&] { return second.card(id) != nullptr; }, 5000));
}

void TestSimulator::phoneSurvivesRestart()
{
    const QString deviceId = simulator->phone().deviceId();
    simulator.reset(); // the console closes …
    simulator = std::make_unique<ui::DeviceSimulatorPanel>(fixture->session());
    simulator->resize(1100, 820);
    simulator->reload(); // … and opens again
    simulator->show();
    QCOMPARE(simulator->screen(), Screen::Home);
    QCOMPARE(simulator->phone().mobile(), mobile);
    QCOMPARE(simulator->phone().deviceId(), deviceId);

    // The restored key still signs: an approval goes through.
    QVERIFY(approveOnPhone(createConsent()));
}

void TestSimulator::blockedDeviceShowsServerMessage()
{
    const Response blocked = fixture->http().post(
        QStringLiteral("/v1/devices/%1/block").arg(simulator->phone().deviceId()),
        {{QStringLiteral("reason"), QStringLiteral("Lost phone")}}, fixture->admin());
    QCOMPARE(blocked.status, 200);
    auto *banner = find<QLabel>(ui::HomeScreen::tr("Device blocked"));
    QVERIFY(banner);
    QVERIFY(waitUntil([&] { return banner->isVisible(); }, 5000));

    const QString id = createConsent();
    ConsentRequestCard *card = waitForCard(id);
    QVERIFY(card);
    QTest::mouseClick(GuiTestBase::byName<QPushButton>(card, ConsentRequestCard::tr("Approve")),
                      Qt::LeftButton);
    auto *outcome = GuiTestBase::byName<QLabel>(card, ConsentRequestCard::tr("Outcome"));
    QVERIFY(waitUntil(
        [&] {
            return outcome->isVisible() && outcome->text().contains("block", Qt::CaseInsensitive);
        },
        8000));
    QCOMPARE(card->status(), QStringLiteral("pending"));
    QCOMPARE(consentStatus(id), QStringLiteral("pending"));
}

void TestSimulator::deregisteredPhoneStartsOver()
{
    // An operator deregisters the device: the phone learns it live and forgets its passkey.
    const Response gone = fixture->http().del(
        QStringLiteral("/v1/devices/") + simulator->phone().deviceId(), fixture->admin());
    QCOMPARE(gone.status, 200);
    QVERIFY(waitUntil([&] { return simulator->screen() == Screen::Welcome; }, 5000));
    auto *error = find<QLabel>(ui::WelcomeScreen::tr("Number error"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             ui::PhoneModel::tr("This phone was deregistered. Enroll again to use it."));
    QCOMPARE(find<QLineEdit>(ui::WelcomeScreen::tr("Phone number"))->text(), mobile);
    // Nothing of it is left to restore.
    ui::DeviceSimulatorPanel fresh(fixture->session());
    fresh.reload();
    QCOMPARE(fresh.screen(), Screen::Welcome);
}

void TestSimulator::activateWith(const QString &link, const QString &number)
{
    if (simulator->screen() != Screen::Activate)
        click(ui::WelcomeScreen::tr("Activate with a verification link"));
    QCOMPARE(simulator->screen(), Screen::Activate);
    auto *field = find<QLineEdit>(ui::ActivateScreen::tr("Verification link"));
    QVERIFY(field && field->hasFocus());
    field->clear();
    QTest::keyClicks(field, link);
    auto *numberField = find<QLineEdit>(ui::ActivateScreen::tr("This phone's mobile number"));
    QCOMPARE(numberField->isVisible(), !number.isEmpty()); // asked only when the link needs it
    if (!number.isEmpty())
        QTest::keyClicks(numberField, number);
    click(ui::ActivateScreen::tr("Activate"));
}

QJsonObject TestSimulator::identityFromApi(const QString &userId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("userId"), QString::fromLatin1(QUrl::toPercentEncoding(userId)));
    const Response r = fixture->http().get(QStringLiteral("/admin/v1/mpin/identities?") +
                                               q.toString(QUrl::FullyEncoded),
                                           fixture->admin());
    return r.data().value(QStringLiteral("items")).toArray().first().toObject();
}

void TestSimulator::activateWithVerificationLink()
{
    const QString number = QStringLiteral("+447700900302");
    const QString link = verificationUrl(*fixture, client, number);
    QVERIFY(link.contains(QLatin1String("/verification/confirmation?")));
    QCOMPARE(simulator->screen(), Screen::Welcome);

    // Not a verification link: said so on the phone, which stays on this step.
    activateWith(QStringLiteral("https://example.com/welcome"));
    auto *error = find<QLabel>(ui::ActivateScreen::tr("Activation error"));
    QVERIFY(error && error->isVisible());
    QCOMPARE(simulator->screen(), Screen::Activate);

    activateWith(link);
    QVERIFY2(waitUntil([&] { return simulator->screen() == Screen::Home; }, 8000),
             qPrintable(error->text()));
    QCOMPARE(simulator->phone().mobile(), number);

    // The home screen shows the identity the server activated.
    const QJsonObject identity = identityFromApi(number);
    QCOMPARE(identity.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QString hash = identity.value(QStringLiteral("mpinId")).toString();
    QCOMPARE(simulator->phone().hashMPinId(), hash);
    QCOMPARE(identity.value(QStringLiteral("deviceId")).toString(), simulator->phone().deviceId());
    auto *shown = find<QLabel>(ui::HomeScreen::tr("MPin identity"));
    QVERIFY(shown && shown->isVisible());
    QVERIFY2(shown->text().contains(number) && shown->text().contains(hash.left(8)),
             qPrintable(shown->text()));
    QVERIFY(shown->toolTip().contains(hash));

    // Its number is the user id: the phone decides that number's requests.
    QVERIFY(approveOnPhone(createConsent(QStringLiteral("login"), number)));
    m_usedLink = link;
}

void TestSimulator::usedLinkIsRefused()
{
    click(ui::HomeScreen::tr("Use another number"));
    QCOMPARE(simulator->screen(), Screen::Welcome);
    activateWith(m_usedLink);
    auto *error = find<QLabel>(ui::ActivateScreen::tr("Activation error"));
    // The server's own words from seed 004's raw error (they are not the console's to
    // translate).
    QVERIFY(waitUntil([&] { return error->isVisible(); }, 5000));
    QVERIFY2(error->text().contains(QLatin1String("already used")), qPrintable(error->text()));
    QCOMPARE(simulator->screen(), Screen::Activate);
}

void TestSimulator::linkForAnotherUserIdAsksForNumber()
{
    const QString userId = QStringLiteral("alice@example.com");
    const QString number = QStringLiteral("+447700900303");
    activateWith(verificationUrl(*fixture, client, userId), number);
    auto *error = find<QLabel>(ui::ActivateScreen::tr("Activation error"));
    QVERIFY2(waitUntil([&] { return simulator->screen() == Screen::Home; }, 8000),
             qPrintable(error->text()));
    QCOMPARE(simulator->phone().mobile(), number);
    QCOMPARE(simulator->phone().mpinUserId(), userId);
    QCOMPARE(identityFromApi(userId).value(QStringLiteral("deviceId")).toString(),
             simulator->phone().deviceId());
}

MID_GUI_TEST_MAIN(TestSimulator)
#include "tst_simulator.moc"
