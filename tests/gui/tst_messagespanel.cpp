// The Messages panel against a real embedded server: an enrollment started through the API
// makes its SMS appear live with the code in its body, the filters narrow the log (and keep
// narrowing what arrives live), and the copy buttons put the message or its code on the
// clipboard.
#include "DeviceFixture.h"
#include "GuiTestBase.h"
#include "models/MessagesModel.h"
#include "panels/MessagesPanel.h"
#include "support/JsonText.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace mid;
using namespace mid::test;
using mid::ui::MessagesModel;
using mid::ui::MessagesPanel;

namespace {
const QString kFirst = QStringLiteral("+447700900301");
const QString kSecond = QStringLiteral("+447700900302");
const QString kTenantNumber = QStringLiteral("+447700900303");
} // namespace

class TestMessagesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void emptyStateSaysHowMessagesArrive();
    void enrollmentAppearsLiveWithItsCode();
    void filterByNumber_data();
    void filterByNumber();
    void liveMessagesRespectTheFilter();
    void filterByTenant();
    void detailsShowTheWholeMessage();
    void copyButtons_data();
    void copyButtons();

private:
    QTableView *table() const;
    QLineEdit *numberFilter() const;
    QComboBox *tenantFilter() const;
    QStringList column(int column) const;
    QString cell(const QString &to, int column) const;
    bool waitForRow(const QString &to, int timeoutMs = 5000) const;
    // Starts an enrollment for `mobile` (operator, or a tenant's key); returns the code sent.
    QString enroll(const QString &mobile, const Headers &as = {});
    void filterTo(const QString &text);
    void selectRow(const QString &to);

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<ui::MessagesPanel> panel;
    QString firstCode;
};

void TestMessagesPanel::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    panel = std::make_unique<ui::MessagesPanel>(fixture->session());
    panel->resize(1400, 800);
    panel->reload();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(table() && numberFilter() && tenantFilter());
}

void TestMessagesPanel::cleanupTestCase()
{
    panel.reset();
    fixture.reset();
}

void TestMessagesPanel::init()
{
    filterTo({});
    tenantFilter()->setCurrentIndex(0);
}

QTableView *TestMessagesPanel::table() const
{
    return GuiTestBase::byName<QTableView>(panel.get(), MessagesPanel::tr("Message list"));
}

QLineEdit *TestMessagesPanel::numberFilter() const
{
    return GuiTestBase::byName<QLineEdit>(panel.get(), MessagesPanel::tr("Recipient number"));
}

QComboBox *TestMessagesPanel::tenantFilter() const
{
    return GuiTestBase::byName<QComboBox>(panel.get(), MessagesPanel::tr("Tenant"));
}

QStringList TestMessagesPanel::column(int column) const
{
    QStringList values;
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

QString TestMessagesPanel::cell(const QString &to, int column) const
{
    const int row = GuiTestBase::rowWithText(table(), MessagesModel::To, to);
    return row < 0 ? QString() : table()->model()->index(row, column).data().toString();
}

bool TestMessagesPanel::waitForRow(const QString &to, int timeoutMs) const
{
    return waitUntil([&] { return GuiTestBase::rowWithText(table(), MessagesModel::To, to) >= 0; },
                     timeoutMs);
}

QString TestMessagesPanel::enroll(const QString &mobile, const Headers &as)
{
    const QString localId = QStringLiteral("test-") + QString(mobile).remove(QLatin1Char('+'));
    const Response r = fixture->http().post(
        QStringLiteral("/v1/enrollments"),
        {{QStringLiteral("mobile"), mobile}, {QStringLiteral("deviceId"), localId}},
        as.isEmpty() ? fixture->admin() : as);
    if (r.status / 100 != 2) {
        qWarning("enrollment of %s: %d %s", qPrintable(mobile), r.status, r.body.constData());
        return {};
    }
    return otpFor(*fixture, mobile);
}

void TestMessagesPanel::filterTo(const QString &text)
{
    QLineEdit *filter = numberFilter();
    filter->clear();
    if (!text.isEmpty())
        QTest::keyClicks(filter, text);
    QTest::keyClick(filter, Qt::Key_Return); // applies at once, without the typing delay
}

void TestMessagesPanel::selectRow(const QString &to)
{
    const int row = GuiTestBase::rowWithText(table(), MessagesModel::To, to);
    QVERIFY(row >= 0);
    GuiTestBase::clickRow(table(), row, MessagesModel::To);
    QTRY_VERIFY(!panel->currentId().isEmpty());
}

void TestMessagesPanel::emptyStateSaysHowMessagesArrive()
{
    auto *empty = GuiTestBase::byName<QLabel>(panel.get(), MessagesPanel::tr("Empty state"));
    QVERIFY(empty);
    QTRY_COMPARE(empty->text(),
                 MessagesPanel::tr("No messages sent yet.\nMessages appear here when the box "
                                   "sends an enrollment code (try enrolling a phone in the "
                                   "Device simulator)."));
    QVERIFY(empty->isVisible());
    QCOMPARE(table()->model()->rowCount(), 0);
}

void TestMessagesPanel::enrollmentAppearsLiveWithItsCode()
{
    firstCode = enroll(kFirst);
    QVERIFY2(firstCode.size() == 6, qPrintable(firstCode));
    QVERIFY2(waitForRow(kFirst), "the message of an enrollment did not appear without refresh");
    QTRY_VERIFY2(cell(kFirst, MessagesModel::Body).contains(firstCode),
                 qPrintable(cell(kFirst, MessagesModel::Body)));
    QCOMPARE(cell(kFirst, MessagesModel::Purpose), MessagesModel::tr("Enrollment code"));
    QCOMPARE(cell(kFirst, MessagesModel::Channel), MessagesModel::tr("SMS"));
    QCOMPARE(cell(kFirst, MessagesModel::Tenant), QStringLiteral("—")); // sent for an operator
    auto *empty = GuiTestBase::byName<QLabel>(panel.get(), MessagesPanel::tr("Empty state"));
    QVERIFY(!empty->isVisible());
    // Newest first: a second message goes above the first.
    QVERIFY(!enroll(kSecond).isEmpty());
    QVERIFY(waitForRow(kSecond));
    QCOMPARE(GuiTestBase::rowWithText(table(), MessagesModel::To, kSecond), 0);
    QCOMPARE(GuiTestBase::rowWithText(table(), MessagesModel::To, kFirst), 1);
}

void TestMessagesPanel::filterByNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("whole number") << kFirst << QStringList{kFirst};
    QTest::newRow("with spaces") << QStringLiteral("+44 7700 900302") << QStringList{kSecond};
    QTest::newRow("nobody") << QStringLiteral("+447700900399") << QStringList{};
    QTest::newRow("cleared") << QString() << QStringList{kSecond, kFirst};
}

void TestMessagesPanel::filterByNumber()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    QVERIFY(waitForRow(kFirst) && waitForRow(kSecond));
    filterTo(typed);
    QTRY_COMPARE(column(MessagesModel::To), shown);
    auto *empty = GuiTestBase::byName<QLabel>(panel.get(), MessagesPanel::tr("Empty state"));
    if (shown.isEmpty())
        QTRY_COMPARE(empty->text(), MessagesPanel::tr("No messages match the filter."));
    QCOMPARE(empty->isVisible(), shown.isEmpty());
}

void TestMessagesPanel::liveMessagesRespectTheFilter()
{
    filterTo(kFirst);
    QTRY_COMPARE(column(MessagesModel::To), QStringList{kFirst});
    const QString other = enroll(QStringLiteral("+447700900304"));
    const QString again = enroll(kFirst); // a second code to the same number
    QVERIFY(!other.isEmpty() && !again.isEmpty());
    QTRY_COMPARE(column(MessagesModel::To), (QStringList{kFirst, kFirst}));
    QTRY_VERIFY2(column(MessagesModel::Body).constFirst().contains(again),
                 qPrintable(column(MessagesModel::Body).join(QLatin1Char('|'))));
    QTest::qWait(300); // the message to the other number must not come in late either
    QCOMPARE(column(MessagesModel::To), (QStringList{kFirst, kFirst}));
    firstCode = again;
}

void TestMessagesPanel::filterByTenant()
{
    const TestClient tenant = fixture->createClient({{QStringLiteral("name"), "Acme Bank"}});
    QVERIFY(!tenant.clientId.isEmpty());
    QTRY_VERIFY(tenantFilter()->findData(tenant.clientId) > 0);
    QVERIFY(!enroll(kTenantNumber, tenant.bearer()).isEmpty());
    QVERIFY(waitForRow(kTenantNumber));
    QCOMPARE(cell(kTenantNumber, MessagesModel::Tenant), QStringLiteral("Acme Bank"));

    tenantFilter()->setCurrentIndex(tenantFilter()->findData(tenant.clientId));
    QTRY_COMPARE(column(MessagesModel::To), QStringList{kTenantNumber});
    QVERIFY(!enroll(QStringLiteral("+447700900305")).isEmpty()); // an operator's: not shown
    QTest::qWait(300);
    QCOMPARE(column(MessagesModel::To), QStringList{kTenantNumber});
}

void TestMessagesPanel::detailsShowTheWholeMessage()
{
    QVERIFY(waitForRow(kFirst));
    selectRow(kFirst);
    auto *body =
        GuiTestBase::byName<QPlainTextEdit>(panel.get(), MessagesPanel::tr("Message text"));
    auto *code = GuiTestBase::byName<QLabel>(panel.get(), MessagesPanel::tr("Code"));
    auto *to = GuiTestBase::byName<QLabel>(panel.get(), MessagesPanel::tr("To"));
    QVERIFY(body && code && to);
    QTRY_VERIFY(body->toPlainText().contains(firstCode));
    QCOMPARE(to->text(), kFirst);
    QCOMPARE(QString(code->text()).remove(QLatin1Char(' ')), firstCode);
    QVERIFY(body->isReadOnly());
}

void TestMessagesPanel::copyButtons_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("wholeMessage");
    QTest::newRow("message") << MessagesPanel::tr("Copy message") << true;
    QTest::newRow("code") << MessagesPanel::tr("Copy code") << false;
}

void TestMessagesPanel::copyButtons()
{
    QFETCH(QString, button);
    QFETCH(bool, wholeMessage);
    QVERIFY(waitForRow(kFirst));
    selectRow(kFirst);
    auto *copy = GuiTestBase::byName<QPushButton>(panel.get(), button);
    QVERIFY(copy);
    QTRY_VERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);

    const QString body =
        panel->findChild<QPlainTextEdit *>(QStringLiteral("messageBody"))->toPlainText();
    QVERIFY(body.contains(firstCode));
    QCOMPARE(QApplication::clipboard()->text(), wholeMessage ? body : firstCode);
    // What the API holds for that message, word for word.
    const Response r = fixture->http().get(
        QStringLiteral("/admin/v1/messages?limit=1&to=%2B") + kFirst.mid(1), fixture->admin());
    const QJsonObject newest = r.data().value(QStringLiteral("items")).toArray().at(0).toObject();
    if (wholeMessage)
        QCOMPARE(QApplication::clipboard()->text(), jsonText(newest, "body"));
}

MID_GUI_TEST_MAIN(TestMessagesPanel)
#include "tst_messagespanel.moc"
