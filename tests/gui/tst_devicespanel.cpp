// The Devices panel against a real embedded server: devices registered through the API
// appear live, block (with a reason) / unblock / deregister through the widgets reach the
// API, and the table follows.
#include "DeviceFixture.h"
#include "GuiTestBase.h"
#include "models/DevicesModel.h"
#include "panels/DevicesPanel.h"
#include "widgets/StatusDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace mid;
using namespace mid::test;
using mid::ui::DevicesModel;
using mid::ui::DevicesPanel;

class TestDevicesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void registeredDeviceAppearsLive();
    void detailsListCredentials();
    void blockWithReason();
    void unblock();
    void cancelledDeregisterChangesNothing();
    void deregisterWithConfirmation();
    void statusFilter();

private:
    QTableView *table() const;
    QString cell(const QString &mobile, int column) const;
    bool waitForRow(const QString &mobile, int timeoutMs = 5000) const;
    void selectRow(const QString &mobile);
    QJsonObject deviceFromApi(const QString &id);
    QPushButton *button(const QString &name) const;
    // The window-modal dialog or message box the panel opened last.
    template <typename T> T *openDialog(const QString &name) const;

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<ui::DevicesPanel> panel;
    RegisteredPhone phone;
};

void TestDevicesPanel::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    panel = std::make_unique<ui::DevicesPanel>(fixture->session());
    panel->resize(1400, 800);
    panel->reload();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(table());
}

void TestDevicesPanel::cleanupTestCase()
{
    panel.reset();
    fixture.reset();
}

void TestDevicesPanel::init()
{
    auto *status = GuiTestBase::byName<QComboBox>(panel.get(), DevicesPanel::tr("Status"));
    QVERIFY(status);
    status->setCurrentIndex(0);
}

QTableView *TestDevicesPanel::table() const
{
    return GuiTestBase::byName<QTableView>(panel.get(), DevicesPanel::tr("Device list"));
}

QString TestDevicesPanel::cell(const QString &mobile, int column) const
{
    const int row = GuiTestBase::rowWithText(table(), DevicesModel::Mobile, mobile);
    return row < 0 ? QString() : table()->model()->index(row, column).data().toString();
}

bool TestDevicesPanel::waitForRow(const QString &mobile, int timeoutMs) const
{
    return waitUntil(
        [&] { return GuiTestBase::rowWithText(table(), DevicesModel::Mobile, mobile) >= 0; },
        timeoutMs);
}

void TestDevicesPanel::selectRow(const QString &mobile)
{
    const int row = GuiTestBase::rowWithText(table(), DevicesModel::Mobile, mobile);
    QVERIFY(row >= 0);
    GuiTestBase::clickRow(table(), row, DevicesModel::Mobile);
    QTRY_VERIFY(!panel->currentId().isEmpty());
}

QJsonObject TestDevicesPanel::deviceFromApi(const QString &id)
{
    const Response r = fixture->http().get(QStringLiteral("/v1/devices/") + id, fixture->admin());
    return r.status == 200 ? r.data() : QJsonObject{{QStringLiteral("httpStatus"), r.status}};
}

QPushButton *TestDevicesPanel::button(const QString &name) const
{
    return GuiTestBase::byName<QPushButton>(panel.get(), name);
}

template <typename T> T *TestDevicesPanel::openDialog(const QString &name) const
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<T *>(w);
        if (dialog && dialog->isVisible() && dialog->accessibleName() == name)
            return dialog;
    }
    return nullptr;
}

void TestDevicesPanel::registeredDeviceAppearsLive()
{
    phone = registerPhone(*fixture, QStringLiteral("+447700900201"));
    QVERIFY2(!phone.deviceId.isEmpty(), qPrintable(phone.error));
    QVERIFY2(waitForRow(phone.mobile), "a device registered through the API did not appear");
    QCOMPARE(cell(phone.mobile, DevicesModel::Status), QStringLiteral("active"));
    QTRY_COMPARE(cell(phone.mobile, DevicesModel::Credentials), QStringLiteral("1"));
    QCOMPARE(cell(phone.mobile, DevicesModel::Model), QStringLiteral("Pixel 8"));
    QCOMPARE(cell(phone.mobile, DevicesModel::Os), QStringLiteral("Android 14"));
}

void TestDevicesPanel::detailsListCredentials()
{
    QVERIFY(waitForRow(phone.mobile));
    selectRow(phone.mobile);
    QCOMPARE(panel->currentId(), phone.deviceId);
    auto *credentials =
        GuiTestBase::byName<QTableView>(panel.get(), DevicesPanel::tr("Credentials"));
    QVERIFY(credentials);
    QTRY_COMPARE(credentials->model()->rowCount(), 1);
    QCOMPARE(credentials->model()->index(0, 1).data().toString(), QStringLiteral("ES256"));
    auto *id = GuiTestBase::byName<QLabel>(panel.get(), DevicesPanel::tr("Device ID"));
    QVERIFY(id);
    QCOMPARE(id->text(), phone.deviceId);
}

void TestDevicesPanel::blockWithReason()
{
    QVERIFY(waitForRow(phone.mobile));
    selectRow(phone.mobile);
    QPushButton *block = button(DevicesPanel::tr("Block…"));
    QVERIFY(block);
    QTRY_VERIFY(block->isEnabled());
    QTest::mouseClick(block, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<QDialog>(DevicesPanel::tr("Block device"))));
    auto *reason = GuiTestBase::byName<QLineEdit>(dialog, DevicesPanel::tr("Reason"));
    auto *confirm = GuiTestBase::byName<QPushButton>(dialog, DevicesPanel::tr("Block"));
    QVERIFY(reason && confirm);
    QVERIFY(!confirm->isEnabled()); // no block without a reason
    QTest::keyClicks(reason, QStringLiteral("Reported stolen"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    QVERIFY2(waitUntil([&] { return cell(phone.mobile, DevicesModel::Status) == "blocked"; }, 5000),
             qPrintable(cell(phone.mobile, DevicesModel::Status)));
    const QJsonObject device = deviceFromApi(phone.deviceId);
    QCOMPARE(device.value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
    QCOMPARE(device.value(QStringLiteral("blockReason")).toString(),
             QStringLiteral("Reported stolen"));
    auto *reasonShown = GuiTestBase::byName<QLabel>(panel.get(), DevicesPanel::tr("Block reason"));
    QVERIFY(reasonShown);
    QTRY_COMPARE(reasonShown->text(), QStringLiteral("Reported stolen"));
    auto *badge = GuiTestBase::byName<QLabel>(panel.get(), DevicesPanel::tr("Device status"));
    QVERIFY(badge);
    QTRY_COMPARE(badge->text(), ui::StatusDelegate::label(QStringLiteral("blocked")));
    QTRY_VERIFY(!block->isEnabled());
}

void TestDevicesPanel::unblock()
{
    QVERIFY(waitForRow(phone.mobile));
    selectRow(phone.mobile);
    QPushButton *unblock = button(DevicesPanel::tr("Unblock"));
    QVERIFY(unblock);
    QTRY_VERIFY(unblock->isEnabled());
    QTest::mouseClick(unblock, Qt::LeftButton);
    QVERIFY(waitUntil([&] { return cell(phone.mobile, DevicesModel::Status) == "active"; }, 5000));
    QCOMPARE(deviceFromApi(phone.deviceId).value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
}

void TestDevicesPanel::cancelledDeregisterChangesNothing()
{
    QVERIFY(waitForRow(phone.mobile));
    selectRow(phone.mobile);
    QPushButton *deregister = button(DevicesPanel::tr("Deregister…"));
    QVERIFY(deregister && deregister->isEnabled());
    QTest::mouseClick(deregister, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openDialog<QMessageBox>(DevicesPanel::tr("Deregister device"))));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(300);
    QCOMPARE(deviceFromApi(phone.deviceId).value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
    QCOMPARE(cell(phone.mobile, DevicesModel::Status), QStringLiteral("active"));
}

void TestDevicesPanel::deregisterWithConfirmation()
{
    QVERIFY(waitForRow(phone.mobile));
    selectRow(phone.mobile);
    QPushButton *deregister = button(DevicesPanel::tr("Deregister…"));
    QVERIFY(deregister && deregister->isEnabled());
    QTest::mouseClick(deregister, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openDialog<QMessageBox>(DevicesPanel::tr("Deregister device"))));
    QVERIFY(box->text().contains(phone.mobile));
    auto *confirm = GuiTestBase::byName<QPushButton>(box, DevicesPanel::tr("Deregister"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);

    // The row shows it deregistered (or leaves, if the server stops listing it).
    QVERIFY(waitUntil(
        [&] {
            const QString status = cell(phone.mobile, DevicesModel::Status);
            return status.isEmpty() || status == QLatin1String("deregistered");
        },
        5000));
    const QJsonObject device = deviceFromApi(phone.deviceId);
    QVERIFY2(device.value(QStringLiteral("httpStatus")).toInt() == 404 ||
                 device.value(QStringLiteral("status")).toString() == "deregistered",
             qPrintable(QJsonDocument(device).toJson()));
    QTRY_VERIFY(!deregister->isEnabled());
}

void TestDevicesPanel::statusFilter()
{
    const RegisteredPhone second = registerPhone(*fixture, QStringLiteral("+447700900202"));
    QVERIFY2(!second.deviceId.isEmpty(), qPrintable(second.error));
    QVERIFY(waitForRow(second.mobile));
    auto *status = GuiTestBase::byName<QComboBox>(panel.get(), DevicesPanel::tr("Status"));
    status->setCurrentIndex(status->findData(QStringLiteral("active")));
    QVERIFY(waitUntil(
        [&] {
            return GuiTestBase::rowWithText(table(), DevicesModel::Mobile, second.mobile) >= 0 &&
                   GuiTestBase::rowWithText(table(), DevicesModel::Mobile, phone.mobile) < 0;
        },
        5000));
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        QCOMPARE(table()->model()->index(row, DevicesModel::Status).data().toString(),
                 QStringLiteral("active"));
}

MID_GUI_TEST_MAIN(TestDevicesPanel)
#include "tst_devicespanel.moc"
