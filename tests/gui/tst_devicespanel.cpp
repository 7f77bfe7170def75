// The Devices panel against a real embedded server: devices registered through the API
// appear live, block (with a reason) / unblock / deregister through the widgets reach the
// API, and the table follows. MPin identities (§8) activated through the API show in their
// device's details and in the list of every identity, where they are renamed and revoked
// through the dialogs; an auditor may only look.
#include "DeviceFixture.h"
#include "GuiTestBase.h"
#include "models/DevicesModel.h"
#include "models/MpinIdentitiesModel.h"
#include "panels/DevicesPanel.h"
#include "panels/MpinIdentitiesSection.h"
#include "panels/MpinIdentitiesView.h"
#include "panels/MpinIdentityActions.h"
#include "support/JsonText.h"
#include "widgets/StatusDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace mid;
using namespace mid::test;
using mid::ui::DevicesModel;
using mid::ui::DevicesPanel;
using mid::ui::MpinIdentitiesModel;
using mid::ui::MpinIdentitiesSection;
using mid::ui::MpinIdentitiesView;
using mid::ui::MpinIdentityActions;

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
    void mpinIdentityInDeviceDetails();
    void renameIdentity();
    void revokeIdentity();
    void everyIdentityListedAndFiltered();
    void auditorCannotChangeIdentities();

private:
    QTableView *table() const;
    QString cell(const QString &mobile, int column) const;
    bool waitForRow(const QString &mobile, int timeoutMs = 5000) const;
    void selectRow(const QString &mobile);
    QJsonObject deviceFromApi(const QString &id);
    QPushButton *button(const QString &name) const;
    // The window-modal dialog or message box the panel opened last.
    template <typename T> T *openDialog(const QString &name) const;

    // The identities of the selected device, in its details.
    QTableView *identitiesOfDevice() const;
    QString identityCell(QTableView *view, const QString &hash, int column) const;
    // The identity as GET /admin/v1/mpin/identities lists it.
    QJsonObject identityFromApi(const QString &userId);
    void selectView(DevicesPanel::View view);

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<ui::DevicesPanel> panel;
    RegisteredPhone phone;
    TestClient tenant;
    ActivatedIdentity identity;
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

QTableView *TestDevicesPanel::identitiesOfDevice() const
{
    return named<QTableView>(panel.get(),
                             MpinIdentitiesSection::tr("MPin identities of the device"));
}

QString TestDevicesPanel::identityCell(QTableView *view, const QString &hash, int column) const
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(MpinIdentitiesModel::IdRole).toString() == hash)
            return model->index(row, column).data().toString();
    return {};
}

QJsonObject TestDevicesPanel::identityFromApi(const QString &userId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("userId"), QString::fromLatin1(QUrl::toPercentEncoding(userId)));
    const Response r = fixture->http().get(QStringLiteral("/admin/v1/mpin/identities?") +
                                               q.toString(QUrl::FullyEncoded),
                                           fixture->admin());
    return r.data().value(QStringLiteral("items")).toArray().first().toObject();
}

void TestDevicesPanel::selectView(DevicesPanel::View view)
{
    auto *tabs = named<QTabWidget>(panel.get(), DevicesPanel::tr("Device views"));
    QVERIFY(tabs);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(view).center());
    QCOMPARE(tabs->currentIndex(), int(view));
}

void TestDevicesPanel::mpinIdentityInDeviceDetails()
{
    tenant = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    QVERIFY(!tenant.clientSecret.isEmpty());
    identity = activateIdentity(*fixture, tenant, QStringLiteral("+447700900211"),
                                QStringLiteral("Pixel"));
    QVERIFY2(!identity.hashMPinId.isEmpty(), qPrintable(identity.error));
    QVERIFY(waitForRow(identity.userId));
    selectRow(identity.userId);
    QCOMPARE(panel->currentId(), identity.deviceId);

    QTableView *view = identitiesOfDevice();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QString hash = identity.hashMPinId;
    QCOMPARE(identityCell(view, hash, MpinIdentitiesModel::User), identity.userId);
    QCOMPARE(identityCell(view, hash, MpinIdentitiesModel::DeviceName), QStringLiteral("Pixel"));
    QCOMPARE(identityCell(view, hash, MpinIdentitiesModel::State), QStringLiteral("active"));
    // Shortened in the table; whole in the tooltips and copied whole with Ctrl+C.
    const QString shown = identityCell(view, hash, MpinIdentitiesModel::Identity);
    QVERIFY2(shown.size() < hash.size() && hash.startsWith(shown.left(8)), qPrintable(shown));
    QVERIFY(view->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(hash));
    auto *info = named<QLabel>(panel.get(), MpinIdentitiesSection::tr("Identity details"));
    QVERIFY(info && info->toolTip().contains(hash));
    QVERIFY(info->text().contains(QStringLiteral("Acme Bank")));
    QGuiApplication::clipboard()->clear();
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), hash);
}

void TestDevicesPanel::renameIdentity()
{
    auto *section = panel->findChild<MpinIdentitiesSection *>();
    QVERIFY(section && section->isVisible());
    auto *rename = named<QPushButton>(section, MpinIdentityActions::tr("Rename…"));
    QVERIFY(rename && rename->isEnabled());
    click(rename);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<QDialog>(MpinIdentityActions::tr("Rename identity"))));
    auto *name = named<QLineEdit>(dialog, MpinIdentityActions::tr("Device name"));
    auto *confirm = named<QPushButton>(dialog, MpinIdentityActions::tr("Rename"));
    QVERIFY(name && confirm);
    QCOMPARE(name->text(), QStringLiteral("Pixel"));
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!confirm->isEnabled()); // a name cannot be empty
    QTest::keyClicks(name, QStringLiteral("Work phone"));
    click(confirm);

    QTRY_COMPARE(
        identityCell(identitiesOfDevice(), identity.hashMPinId, MpinIdentitiesModel::DeviceName),
        QStringLiteral("Work phone"));
    QCOMPARE(jsonText(identityFromApi(identity.userId), "deviceName"),
             QStringLiteral("Work phone"));
}

void TestDevicesPanel::revokeIdentity()
{
    auto *section = panel->findChild<MpinIdentitiesSection *>();
    auto *revoke = named<QPushButton>(section, MpinIdentityActions::tr("Revoke…"));
    QVERIFY(revoke && revoke->isEnabled());
    click(revoke);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<QDialog>(MpinIdentityActions::tr("Revoke identity"))));
    auto *reason = named<QLineEdit>(dialog, MpinIdentityActions::tr("Reason"));
    QVERIFY(reason);
    // Enter in the reason does not revoke: only the button does.
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(jsonText(identityFromApi(identity.userId), "status"), QStringLiteral("active"));
    QTest::keyClicks(reason, QStringLiteral("Device replaced"));
    click(named<QPushButton>(dialog, MpinIdentityActions::tr("Revoke")));

    QTRY_COMPARE(
        identityCell(identitiesOfDevice(), identity.hashMPinId, MpinIdentitiesModel::State),
        QStringLiteral("revoked"));
    const QJsonObject revoked = identityFromApi(identity.userId);
    QCOMPARE(jsonText(revoked, "status"), QStringLiteral("revoked"));
    QCOMPARE(jsonText(revoked, "revokeReason"), QStringLiteral("Device replaced"));
    auto *info = named<QLabel>(section, MpinIdentitiesSection::tr("Identity details"));
    QTRY_VERIFY2(info->text().contains(QStringLiteral("Device replaced")),
                 qPrintable(info->text()));
    QTRY_VERIFY(!revoke->isEnabled());
    QCOMPARE(revoke->toolTip(), MpinIdentityActions::tr("This identity is already revoked."));
    // Its passkey went with it: the device's credential shows revoked.
    auto *credentials = named<QTableView>(panel.get(), DevicesPanel::tr("Credentials"));
    QTRY_VERIFY(credentials->model()->index(0, 0).data().toString().endsWith(
        DevicesPanel::tr(" (revoked)")));
}

void TestDevicesPanel::everyIdentityListedAndFiltered()
{
    const ActivatedIdentity other = activateIdentity(
        *fixture, tenant, QStringLiteral("+447700900212"), QStringLiteral("Tablet"));
    QVERIFY2(!other.hashMPinId.isEmpty(), qPrintable(other.error));
    selectView(DevicesPanel::IdentitiesView);
    auto *view = panel->findChild<MpinIdentitiesView *>();
    auto *list = named<QTableView>(view, MpinIdentitiesView::tr("MPin identity list"));
    QVERIFY(list && list->isVisible());
    // Opening the view reads every identity: the new one, and the one revoked in the details.
    QTRY_COMPARE(identityCell(list, other.hashMPinId, MpinIdentitiesModel::State),
                 QStringLiteral("active"));
    QCOMPARE(identityCell(list, identity.hashMPinId, MpinIdentitiesModel::State),
             QStringLiteral("revoked"));
    QCOMPARE(identityCell(list, identity.hashMPinId, MpinIdentitiesModel::Project),
             QStringLiteral("Acme Bank"));

    auto *state = named<QComboBox>(view, MpinIdentitiesView::tr("State"));
    state->setCurrentIndex(state->findData(QStringLiteral("revoked")));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(identityCell(list, identity.hashMPinId, MpinIdentitiesModel::User), identity.userId);
    state->setCurrentIndex(0);
    auto *user = named<QLineEdit>(view, MpinIdentitiesView::tr("User id"));
    QTest::keyClicks(user, other.userId);
    QTest::keyClick(user, Qt::Key_Return);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(identityCell(list, other.hashMPinId, MpinIdentitiesModel::DeviceName),
             QStringLiteral("Tablet"));

    // Renamed here, the device's details say it too.
    GuiTestBase::clickRow(list, 0);
    QTRY_COMPARE(view->currentId(), other.hashMPinId);
    click(named<QPushButton>(view, MpinIdentityActions::tr("Rename…")));
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<QDialog>(MpinIdentityActions::tr("Rename identity"))));
    auto *name = named<QLineEdit>(dialog, MpinIdentityActions::tr("Device name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Kitchen tablet"));
    click(named<QPushButton>(dialog, MpinIdentityActions::tr("Rename")));
    QTRY_COMPARE(identityCell(list, other.hashMPinId, MpinIdentitiesModel::DeviceName),
                 QStringLiteral("Kitchen tablet"));
    user->clear();
    selectView(DevicesPanel::DevicesView);
    QVERIFY(waitForRow(other.userId));
    selectRow(other.userId);
    QTRY_COMPARE(
        identityCell(identitiesOfDevice(), other.hashMPinId, MpinIdentitiesModel::DeviceName),
        QStringLiteral("Kitchen tablet"));
}

void TestDevicesPanel::auditorCannotChangeIdentities()
{
    const auto auditor =
        fixture->sessionAs(QStringLiteral("devices-auditor"), QStringLiteral("auditor"));
    QVERIFY(auditor);
    ui::ServerSession &session = *auditor;

    DevicesPanel readOnly(session);
    readOnly.resize(1400, 800);
    readOnly.reload();
    readOnly.show();
    readOnly.showView(DevicesPanel::IdentitiesView);
    auto *view = readOnly.findChild<MpinIdentitiesView *>();
    auto *list = named<QTableView>(view, MpinIdentitiesView::tr("MPin identity list"));
    QTRY_VERIFY(list->model()->rowCount() >= 2);
    GuiTestBase::clickRow(list, 0);
    QTRY_VERIFY(!view->currentId().isEmpty());
    const QString readOnlyTip =
        MpinIdentityActions::tr("Auditors can only read: an operator renames and revokes "
                                "identities.");
    for (const char *name : {"Rename…", "Revoke…"}) {
        auto *button = named<QPushButton>(view, MpinIdentityActions::tr(name));
        QVERIFY2(button && !button->isEnabled(), name);
        QCOMPARE(button->toolTip(), readOnlyTip);
    }
}

MID_GUI_TEST_MAIN(TestDevicesPanel)
#include "tst_devicespanel.moc"
