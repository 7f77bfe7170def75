#include "GuiTestBase.h"
#include "dialogs/NewSessionDialog.h"
#include "models/ConsentsModel.h"
#include "panels/ConsentsPanel.h"
#include "widgets/ConsentTimeline.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace mid;
using namespace mid::test;
using mid::ui::ConsentsModel;
using mid::ui::ConsentsPanel;
using mid::ui::NewSessionDialog;

class TestConsentsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void createdConsentAppearsLive();
    void revokeThroughApiUpdatesRow();
    void statusFilterHidesRows_data();
    void statusFilterHidesRows();
    void liveRowOutsideFilterIsNotInserted();
    void revokeThroughPanel();
    void cancelledRevokeChangesNothing();
    void detailsShowTimeline();
    void presentRequestedCarriesId();
    void newSessionDialogFollowsServerRule_data();
    void newSessionDialogFollowsServerRule();

private:
    QTableView *table() const;
    QComboBox *statusFilter() const;
    QString statusOf(const QString &id) const;
    QString createConsent(const QString &recipient = QStringLiteral("+33612345678"));
    void revokeThroughApi(const QString &id);
    bool waitForRow(const QString &id, int timeoutMs = 5000) const;
    void selectRow(const QString &id);
    // Clicks `button` of the next message box that opens, while the answer is kept.
    [[nodiscard]] static std::unique_ptr<QTimer>
    answerNextMessageBox(QMessageBox::StandardButton button);

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<ui::ConsentsPanel> panel;
    TestClient client;
    TestClient other;
};

void TestConsentsPanel::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    client = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    other = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Other Shop")}});
    QVERIFY(!client.clientId.isEmpty());
    panel = std::make_unique<ui::ConsentsPanel>(fixture->session());
    panel->resize(1400, 800);
    panel->reload();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(table());
    QVERIFY(statusFilter());
}

void TestConsentsPanel::cleanupTestCase()
{
    panel.reset();
    fixture.reset();
}

void TestConsentsPanel::init()
{
    // Every test starts unfiltered.
    statusFilter()->setCurrentIndex(0);
    auto *recipient = GuiTestBase::byName<QLineEdit>(panel.get(), ConsentsPanel::tr("Recipient"));
    QVERIFY(recipient);
    recipient->clear();
    QTest::keyClick(recipient, Qt::Key_Return);
}

QTableView *TestConsentsPanel::table() const
{
    return GuiTestBase::byName<QTableView>(panel.get(), ConsentsPanel::tr("Consent sessions"));
}

QComboBox *TestConsentsPanel::statusFilter() const
{
    return GuiTestBase::byName<QComboBox>(panel.get(), ConsentsPanel::tr("Status"));
}

QString TestConsentsPanel::statusOf(const QString &id) const
{
    const int row = GuiTestBase::rowWithText(table(), ConsentsModel::SessionId, id);
    return row < 0 ? QString()
                   : table()->model()->index(row, ConsentsModel::Status).data().toString();
}

QString TestConsentsPanel::createConsent(const QString &recipient)
{
    const QJsonObject c =
        fixture->createConsent(client, {{QStringLiteral("recipient"), recipient}});
    return c.value(QStringLiteral("id")).toString();
}

void TestConsentsPanel::revokeThroughApi(const QString &id)
{
    const Response r = fixture->http().del(QStringLiteral("/v1/consents/") + id, client.bearer());
    QCOMPARE(r.status, 200);
}

bool TestConsentsPanel::waitForRow(const QString &id, int timeoutMs) const
{
    return waitUntil(
        [&] { return GuiTestBase::rowWithText(table(), ConsentsModel::SessionId, id) >= 0; },
        timeoutMs);
}

void TestConsentsPanel::selectRow(const QString &id)
{
    const int row = GuiTestBase::rowWithText(table(), ConsentsModel::SessionId, id);
    QVERIFY(row >= 0);
    GuiTestBase::clickRow(table(), row, ConsentsModel::SessionId);
    QTRY_COMPARE(panel->currentId(), id);
}

std::unique_ptr<QTimer> TestConsentsPanel::answerNextMessageBox(QMessageBox::StandardButton button)
{
    return whenModal<QMessageBox>(
        [button](QMessageBox *box) { QTest::mouseClick(box->button(button), Qt::LeftButton); });
}

void TestConsentsPanel::createdConsentAppearsLive()
{
    const QString id = createConsent();
    QVERIFY(id.startsWith(QLatin1String("cons_")));
    QVERIFY2(waitForRow(id), "a consent created through the API did not appear");
    QCOMPARE(statusOf(id), QStringLiteral("pending"));
    // Newest first: the new session is the top row.
    QCOMPARE(table()->model()->index(0, ConsentsModel::SessionId).data().toString(), id);
    const int row = GuiTestBase::rowWithText(table(), ConsentsModel::SessionId, id);
    QCOMPARE(table()->model()->index(row, ConsentsModel::Client).data().toString(),
             QStringLiteral("Acme Bank"));
    QCOMPARE(table()->model()->index(row, ConsentsModel::Recipient).data().toString(),
             QStringLiteral("+33612345678"));
}

void TestConsentsPanel::revokeThroughApiUpdatesRow()
{
    const QString id = createConsent();
    QVERIFY(waitForRow(id));
    revokeThroughApi(id);
    QVERIFY2(waitUntil([&] { return statusOf(id) == QLatin1String("revoked"); }, 5000),
             qPrintable(QStringLiteral("status stayed %1").arg(statusOf(id))));
}

void TestConsentsPanel::statusFilterHidesRows_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("pending") << QStringLiteral("pending");
    QTest::newRow("revoked") << QStringLiteral("revoked");
}

void TestConsentsPanel::statusFilterHidesRows()
{
    QFETCH(QString, status);
    const QString pending = createConsent();
    const QString revoked = createConsent();
    QVERIFY(waitForRow(pending));
    QVERIFY(waitForRow(revoked));
    revokeThroughApi(revoked);
    QVERIFY(waitUntil([&] { return statusOf(revoked) == QLatin1String("revoked"); }, 5000));

    QComboBox *combo = statusFilter();
    combo->setFocus();
    combo->setCurrentIndex(combo->findData(status));
    const QString shown = status == QLatin1String("pending") ? pending : revoked;
    const QString hidden = status == QLatin1String("pending") ? revoked : pending;
    QVERIFY(waitUntil(
        [&] {
            return GuiTestBase::rowWithText(table(), ConsentsModel::SessionId, hidden) < 0 &&
                   GuiTestBase::rowWithText(table(), ConsentsModel::SessionId, shown) >= 0;
        },
        5000));
    QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ConsentsModel::Status).data().toString(), status);

    // Back to all: both are listed again.
    combo->setCurrentIndex(0);
    QVERIFY(waitForRow(hidden));
}

void TestConsentsPanel::liveRowOutsideFilterIsNotInserted()
{
    auto *recipient = GuiTestBase::byName<QLineEdit>(panel.get(), ConsentsPanel::tr("Recipient"));
    QVERIFY(recipient);
    QTest::keyClicks(recipient, QStringLiteral("+4477009"));
    QTest::keyClick(recipient, Qt::Key_Return);
    const QString matching = createConsent(QStringLiteral("+447700900123"));
    const QString outside = createConsent(QStringLiteral("+33699999999"));
    QVERIFY(waitForRow(matching));
    // The second event has arrived by now (events are in order); its row must not be there.
    QTest::qWait(300);
    QCOMPARE(GuiTestBase::rowWithText(table(), ConsentsModel::SessionId, outside), -1);
}

void TestConsentsPanel::revokeThroughPanel()
{
    const QString id = createConsent();
    QVERIFY(waitForRow(id));
    selectRow(id);
    auto *revoke = GuiTestBase::byName<QPushButton>(panel.get(), ConsentsPanel::tr("Revoke…"));
    QVERIFY(revoke);
    QVERIFY(revoke->isEnabled());
    const auto answer = answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(waitUntil([&] { return statusOf(id) == QLatin1String("revoked"); }, 5000));
    const Response r = fixture->http().get(QStringLiteral("/v1/consents/") + id, client.bearer());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    // A revoked session cannot be revoked again.
    QTRY_VERIFY(!revoke->isEnabled());
}

void TestConsentsPanel::cancelledRevokeChangesNothing()
{
    const QString id = createConsent();
    QVERIFY(waitForRow(id));
    selectRow(id);
    auto *revoke = GuiTestBase::byName<QPushButton>(panel.get(), ConsentsPanel::tr("Revoke…"));
    QVERIFY(revoke);
    const auto answer = answerNextMessageBox(QMessageBox::No);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTest::qWait(300);
    const Response r = fixture->http().get(QStringLiteral("/v1/consents/") + id, client.bearer());
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(statusOf(id), QStringLiteral("pending"));
}

void TestConsentsPanel::detailsShowTimeline()
{
    const QString id = createConsent();
    QVERIFY(waitForRow(id));
    selectRow(id);
    auto *timeline =
        GuiTestBase::byName<ui::ConsentTimeline>(panel.get(), ui::ConsentTimeline::tr("Timeline"));
    QVERIFY(timeline);
    QVERIFY(timeline->isVisible());
    QCOMPARE(timeline->steps().size(), 3);
    QVERIFY(timeline->steps().at(0).done);  // created
    QVERIFY(!timeline->steps().at(1).done); // not scanned yet
    QVERIFY(!timeline->steps().at(2).done); // undecided
    auto *sessionId = GuiTestBase::byName<QLabel>(panel.get(), ConsentsPanel::tr("Session ID"));
    QVERIFY(sessionId);
    QCOMPARE(sessionId->text(), id);
    // Its webhook deliveries (tst_webhookspanel lists some): this client has no endpoint.
    auto *deliveries =
        GuiTestBase::byName<QTableView>(panel.get(), ConsentsPanel::tr("Webhook deliveries"));
    QVERIFY(deliveries);
    auto *noDeliveries =
        GuiTestBase::byName<QLabel>(deliveries, ConsentsPanel::tr("Webhook deliveries state"));
    QVERIFY(noDeliveries);
    QVERIFY(waitUntil(
        [&] {
            return noDeliveries->text() ==
                   ConsentsPanel::tr("None: the client has no webhook endpoint for these events, "
                                     "and the session has no callback URL.");
        },
        5000));
    QCOMPARE(deliveries->model()->rowCount(), 0);

    // The timeline follows the session live: revoked becomes its last, completed step.
    revokeThroughApi(id);
    QVERIFY(waitUntil(
        [&] {
            return timeline->steps().size() == 3 && timeline->steps().at(2).done &&
                   timeline->steps().at(2).state == QLatin1String("revoked");
        },
        5000));
}

void TestConsentsPanel::presentRequestedCarriesId()
{
    const QString id = createConsent();
    QVERIFY(waitForRow(id));
    selectRow(id);
    QSignalSpy spy(panel.get(), &ui::ConsentsPanel::presentRequested);
    auto *present =
        GuiTestBase::byName<QPushButton>(panel.get(), ConsentsPanel::tr("Show in QR presenter"));
    QVERIFY(present);
    QTest::mouseClick(present, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), id);
}

void TestConsentsPanel::newSessionDialogFollowsServerRule_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<bool>("valid");
    QTest::newRow("7 digits") << QStringLiteral("+1234567") << false;
    QTest::newRow("8 digits") << QStringLiteral("+12345678") << true;
    QTest::newRow("15 digits") << QStringLiteral("+123456789012345") << true;
    QTest::newRow("16 digits") << QStringLiteral("+1234567890123456") << false;
    QTest::newRow("country code 0") << QStringLiteral("+0447700900123") << false;
    QTest::newRow("national") << QStringLiteral("07700900123") << false;
}

void TestConsentsPanel::newSessionDialogFollowsServerRule()
{
    QFETCH(QString, recipient);
    QFETCH(bool, valid);
    // The server's word first: the dialog must say the same, before anything is sent.
    const Response server =
        fixture->http().post(QStringLiteral("/v1/consents/auth"),
                             {{QStringLiteral("recipient"), recipient}}, client.bearer());
    QCOMPARE(server.status, valid ? 200 : 422);

    NewSessionDialog dialog(fixture->session());
    dialog.show();
    auto *create = GuiTestBase::byName<QPushButton>(&dialog, NewSessionDialog::tr("Create"));
    auto *field = GuiTestBase::byName<QLineEdit>(&dialog, NewSessionDialog::tr("Recipient"));
    auto *error = GuiTestBase::byName<QLabel>(&dialog, NewSessionDialog::tr("Error"));
    QVERIFY(create && field && error);
    QVERIFY(waitUntil([&] { return !dialog.clientId().isEmpty(); }, 5000)); // clients loaded
    QTest::keyClicks(field, recipient);
    QCOMPARE(create->isEnabled(), valid);
    QCOMPARE(error->isVisible(), !valid);
    if (!valid)
        QCOMPARE(error->text(),
                 NewSessionDialog::tr("The recipient must be an E.164 number: +, the country code "
                                      "and the number, 8 to 15 digits in all, no spaces — for "
                                      "example +447700900123."));
}

MID_GUI_TEST_MAIN(TestConsentsPanel)
#include "tst_consentspanel.moc"
