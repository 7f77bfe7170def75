// File → Connect… to a remote box that serves HTTPS with its own CA (--tls auto): the first
// connection shows the certificate's real fingerprint and pins it only when the operator
// accepts; later connections check the pin silently; a box whose certificate changed is
// refused loudly, showing both fingerprints, until the operator explicitly replaces the pin.
// The pin holds every request: nothing here turns TLS verification off.
#include "GuiTestBase.h"

#include "MainWindow.h"
#include "client/AdminClient.h"
#include "client/CertificatePin.h"
#include "dialogs/CertificateDialog.h"
#include "dialogs/ConnectDialog.h"
#include "panels/ClientsPanel.h"
#include "services/TlsService.h"
#include "widgets/FingerprintLabel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace mid;
using mid::test::click;
using mid::test::GuiTestBase;
using mid::test::named;
using mid::test::ServerFixture;
using mid::test::waitUntil;
using mid::test::whenModal;
using mid::ui::CertificateDialog;
using mid::ui::ConnectDialog;
using mid::ui::MainWindow;

namespace {

const QString kOperator = QStringLiteral("remote-admin");
const QString kPassword = QStringLiteral("Correct-horse-battery-42");

// What one File → Connect… showed and did.
struct Attempt
{
    bool certificateAsked = false;
    CertificateDialog::Kind kind = CertificateDialog::Kind::FirstUse;
    QString presented; // the fingerprint the dialog showed for the server's certificate
    QString pinned;    // and, when it changed, the one pinned before
    QString message;   // what the connect dialog said when it stayed open
};

} // namespace

class TestConnectPinning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstConnectionShowsFingerprintAndPins();
    void pinnedServerConnectsSilently();
    void wrongPinFailsEveryRequest_data();
    void wrongPinFailsEveryRequest();
    void trustedButUnpinnedCertificateIsRefused();
    void changedCertificateIsRefused();
    void replacingThePinNeedsConfirmation();

private:
    // How the certificate dialog is answered.
    enum class Answer
    {
        Trust,         // first use: "Trust and connect"
        Close,         // changed: "Close"
        Replace,       // changed: "Replace pinned certificate…", then "Replace"
        NoDialogShown, // the pin matched: no dialog may appear
    };
    Attempt connectThroughMenu(Answer answer);
    std::unique_ptr<QTimer> cancelOnceRefused(Attempt *seen);
    QUrl serverUrl() const { return QUrl(m_box->server().baseUrl()); }
    QString serverFingerprint() { return m_box->server().tls().certificate().fingerprintSha256; }
    ApiResult overviewWithPin(const QString &pin);
    ApiResult createTenantWithPin(const QString &pin, const QString &name);
    bool listsTenant();

    QTemporaryDir m_settings;
    std::unique_ptr<ServerFixture> m_box;
    std::unique_ptr<ui::ServerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_tenant = QStringLiteral("Pinned tenant");
};

void TestConnectPinning::initTestCase()
{
    // Pins and recent connections go to this test's own settings, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QVERIFY(CertificatePin::stored(QUrl(QStringLiteral("https://127.0.0.1:1"))).isEmpty());

    m_box = std::make_unique<ServerFixture>([](ServerConfig &c) {
        c.tls = QStringLiteral("auto");
        c.tlsMode = ServerConfig::TlsMode::Auto;
    });
    QVERIFY2(m_box->ok(), qPrintable(m_box->error()));
    QCOMPARE(serverUrl().scheme(), QStringLiteral("https"));
    QVERIFY(!serverFingerprint().isEmpty());
    // An operator with a password, and a tenant the console should list once connected; over
    // the box's HTTPS, trusting its own CA (what a script on the box would do).
    const QJsonObject op{{QStringLiteral("username"), kOperator},
                         {QStringLiteral("password"), kPassword},
                         {QStringLiteral("role"), QStringLiteral("admin")}};
    QCOMPARE(m_box->http().post(QStringLiteral("/admin/v1/operators"), op, m_box->admin()).status,
             201);
    m_box->createClient({{QStringLiteral("name"), m_tenant}});

    m_session = std::make_unique<ui::ServerSession>();
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConnectPinning::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_box.reset();
}

Attempt TestConnectPinning::connectThroughMenu(Answer answer)
{
    Attempt seen;
    std::unique_ptr<QTimer> confirmReplacement;
    const auto fill = whenModal<ConnectDialog>([&](ConnectDialog *d) {
        auto *url = named<QComboBox>(d, ConnectDialog::tr("Server URL"));
        url->lineEdit()->clear();
        QTest::keyClicks(url->lineEdit(), serverUrl().toString());
        // The username of a recent connection is filled in already.
        auto *user = named<QLineEdit>(d, ConnectDialog::tr("Username"));
        user->clear();
        QTest::keyClicks(user, kOperator);
        QTest::keyClicks(named<QLineEdit>(d, ConnectDialog::tr("Password")), kPassword);
        click(named<QPushButton>(d, ConnectDialog::tr("Connect")));
    });
    const auto answerCertificate = whenModal<CertificateDialog>(
        [&](CertificateDialog *d) {
            seen.certificateAsked = true;
            seen.kind = d->kind();
            seen.presented =
                named<ui::FingerprintLabel>(d, CertificateDialog::tr("Presented fingerprint"))
                    ->fingerprint();
            if (auto *pinned = GuiTestBase::byName<ui::FingerprintLabel>(
                    d, CertificateDialog::tr("Pinned fingerprint")))
                seen.pinned = pinned->fingerprint();
            switch (answer) {
            case Answer::Trust:
                click(named<QPushButton>(d, CertificateDialog::tr("Trust and connect")));
                break;
            case Answer::Replace:
                // The pin changes only after a second, explicit confirmation.
                confirmReplacement = whenModal<QMessageBox>([](QMessageBox *box) {
                    click(named<QPushButton>(box, CertificateDialog::tr("Replace")));
                });
                click(named<QPushButton>(d, CertificateDialog::tr("Replace pinned certificate…")));
                break;
            case Answer::Close:
            case Answer::NoDialogShown:
                // Refused: the connect dialog stays open and says why (read below).
                click(named<QPushButton>(d, CertificateDialog::tr("Close")));
                break;
            }
        },
        15000);
    // A refused or failed connection leaves the connect dialog open with its reason: the
    // operator reads it and cancels (and a test that went wrong does not hang).
    const auto cancel = cancelOnceRefused(&seen);
    QAction *connectAction = nullptr;
    for (QAction *a : m_window->menuBar()->findChildren<QAction *>())
        if (a->text() == MainWindow::tr("&Connect to server…"))
            connectAction = a;
    if (!connectAction) {
        qWarning("File → Connect… not found");
        return seen;
    }
    connectAction->trigger(); // returns when the connect dialog closes
    return seen;
}

std::unique_ptr<QTimer> TestConnectPinning::cancelOnceRefused(Attempt *seen)
{
    // The connect dialog is up again with a message, its Connect button enabled: it has given
    // its answer (while it checks or logs in, the button is disabled).
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(25);
    QTimer *poll = timer.get();
    connect(poll, &QTimer::timeout, poll, [poll, seen] {
        auto *d = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        auto *connectButton =
            d ? GuiTestBase::byName<QPushButton>(d, ConnectDialog::tr("Connect")) : nullptr;
        auto *status =
            d ? GuiTestBase::byName<QLabel>(d, ConnectDialog::tr("Connection status")) : nullptr;
        if (!connectButton || !connectButton->isEnabled() || !status || !status->isVisible())
            return;
        poll->stop();
        seen->message = status->text();
        click(named<QPushButton>(d, ConnectDialog::tr("Cancel")));
    });
    poll->start();
    return timer;
}

ApiResult TestConnectPinning::overviewWithPin(const QString &pin)
{
    const QString token = m_box->adminToken();
    AdminClient api;
    api.setServer(serverUrl(), token, true, pin);
    std::optional<ApiResult> answer;
    api.overview(this, [&](const ApiResult &r) { answer = r; });
    waitUntil([&] { return answer.has_value(); }, 15000);
    return answer.value_or(ApiResult{});
}

ApiResult TestConnectPinning::createTenantWithPin(const QString &pin, const QString &name)
{
    AdminClient api;
    api.setServer(serverUrl(), m_box->adminToken(), true, pin);
    std::optional<ApiResult> answer;
    api.createClient(
        {{QStringLiteral("name"), name}, {QStringLiteral("plan"), QStringLiteral("free")}}, this,
        [&](const ApiResult &r) { answer = r; });
    waitUntil([&] { return answer.has_value(); }, 15000);
    return answer.value_or(ApiResult{});
}

bool TestConnectPinning::listsTenant()
{
    for (ui::Panel *panel : m_window->panels())
        if (auto *clients = qobject_cast<ui::ClientsPanel *>(panel))
            for (QTableView *table : clients->findChildren<QTableView *>())
                if (GuiTestBase::rowWithText(table, 0, m_tenant) >= 0)
                    return true;
    return false;
}

void TestConnectPinning::firstConnectionShowsFingerprintAndPins()
{
    const Attempt seen = connectThroughMenu(Answer::Trust);
    QVERIFY(seen.certificateAsked);
    QCOMPARE(seen.kind, CertificateDialog::Kind::FirstUse);
    // The box's real certificate, in the format its Settings show.
    QCOMPARE(seen.presented, serverFingerprint());
    QVERIFY(seen.pinned.isEmpty());
    QCOMPARE(CertificatePin::stored(serverUrl()), serverFingerprint());

    // Connected over HTTPS with nothing but the pin: the stream, the overview, the panels.
    QVERIFY(
        waitUntil([&] { return m_session->isConnected() && !m_session->role().isEmpty(); }, 15000));
    QCOMPARE(m_session->baseUrl(), serverUrl());
    QCOMPARE(m_session->certificateFingerprint(), serverFingerprint());
    QVERIFY2(waitUntil([&] { return listsTenant(); }, 10000), "the clients were not listed");
    auto *padlock = named<QToolButton>(m_window.get(), MainWindow::tr("Encryption"));
    QCOMPARE(padlock->text(), MainWindow::tr("TLS"));
    QVERIFY(padlock->toolTip().contains(serverFingerprint()));
}

void TestConnectPinning::pinnedServerConnectsSilently()
{
    m_session->disconnectFromServer();
    QVERIFY(!m_session->isConnected());
    const Attempt seen = connectThroughMenu(Answer::NoDialogShown);
    QVERIFY2(!seen.certificateAsked, "a pinned certificate that matches was asked about again");
    QVERIFY2(seen.message.isEmpty(), qPrintable(seen.message));
    QVERIFY(
        waitUntil([&] { return m_session->isConnected() && !m_session->role().isEmpty(); }, 15000));
}

void TestConnectPinning::wrongPinFailsEveryRequest_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("answered");
    QTest::newRow("the server's") << QString() << true; // filled in below
    QTest::newRow("lower case, no colons") << QStringLiteral("lower") << true;
    QTest::newRow("another certificate's")
        << QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                          "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF")
        << false;
    // No pin: the system's trust alone, which does not know the box's own CA.
    QTest::newRow("none") << QStringLiteral("none") << false;
}

void TestConnectPinning::wrongPinFailsEveryRequest()
{
    QFETCH(QString, pin);
    QFETCH(bool, answered);
    if (pin.isEmpty())
        pin = serverFingerprint();
    else if (pin == QLatin1String("lower"))
        pin = serverFingerprint().remove(QLatin1Char(':')).toLower();
    else if (pin == QLatin1String("none"))
        pin.clear();
    const ApiResult r = overviewWithPin(pin);
    if (answered) {
        QCOMPARE(r.status, 200);
    } else {
        QVERIFY2(r.unreachable(), qPrintable(QString::number(r.status)));
    }
}

// A certificate the system trusts raises no TLS error, yet when it is not the pinned one the
// request must not leave: aborted as the handshake completes, before its token is written.
void TestConnectPinning::trustedButUnpinnedCertificateIsRefused()
{
    const QSslConfiguration systemTrust = QSslConfiguration::defaultConfiguration();
    QSslConfiguration withBoxCa = systemTrust;
    withBoxCa.addCaCertificates(
        QSslCertificate::fromData(m_box->server().tls().caCertificatePem(), QSsl::Pem));
    QSslConfiguration::setDefaultConfiguration(withBoxCa);
    const auto restore =
        qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(systemTrust); });

    const QString otherPin = QStringLiteral(
        "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:"
        "DD:EE:FF");
    const QString refused = QStringLiteral("Never created");
    QVERIFY(createTenantWithPin(otherPin, refused).unreachable());
    const QJsonArray items = m_box->http()
                                 .get(QStringLiteral("/v1/clients"), m_box->admin())
                                 .data()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (const QJsonValue &c : items)
        QVERIFY2(c.toObject().value(QStringLiteral("name")).toString() != refused,
                 "a request reached the server over a certificate that was not the pinned one");
    // Trusted and pinned, or trusted with no pin at all: answered.
    QCOMPARE(overviewWithPin(serverFingerprint()).status, 200);
    QCOMPARE(overviewWithPin({}).status, 200);
}

void TestConnectPinning::changedCertificateIsRefused()
{
    const QString before = serverFingerprint();
    QString error;
    QVERIFY2(m_box->server().tls().regenerate(
                 TlsService::namesOfThisBox(QUrl(m_box->server().publicUrl()).host()), &error),
             qPrintable(error));
    const QString after = serverFingerprint();
    QVERIFY(after != before);
    m_session->disconnectFromServer();

    const Attempt seen = connectThroughMenu(Answer::Close);
    QVERIFY(seen.certificateAsked);
    QCOMPARE(seen.kind, CertificateDialog::Kind::Changed);
    QCOMPARE(seen.pinned, before);
    QCOMPARE(seen.presented, after);
    QCOMPARE(seen.message, ConnectDialog::tr("Not connected: %1 presented another certificate "
                                             "than the one pinned.")
                               .arg(CertificatePin::hostKey(serverUrl())));
    // Nothing connected, and the pin was kept.
    QVERIFY(m_session->baseUrl().isEmpty());
    QTest::qWait(300);
    QVERIFY(!m_session->isConnected());
    QCOMPARE(CertificatePin::stored(serverUrl()), before);
    // A client still holding the old pin is refused too, on a request of its own.
    QVERIFY(overviewWithPin(before).unreachable());
}

void TestConnectPinning::replacingThePinNeedsConfirmation()
{
    const Attempt seen = connectThroughMenu(Answer::Replace);
    QVERIFY(seen.certificateAsked);
    QCOMPARE(seen.kind, CertificateDialog::Kind::Changed);
    QCOMPARE(CertificatePin::stored(serverUrl()), serverFingerprint());
    QVERIFY(
        waitUntil([&] { return m_session->isConnected() && !m_session->role().isEmpty(); }, 15000));
    QCOMPARE(m_session->certificateFingerprint(), serverFingerprint());
}

MID_GUI_TEST_MAIN(TestConnectPinning)
#include "tst_connectpinning.moc"
