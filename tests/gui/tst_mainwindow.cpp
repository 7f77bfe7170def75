// The main window against a real embedded server: panels reachable by name and keyboard,
// the status bar following the live link, and every control named for screen readers.
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "panels/AuditPanel.h"
#include "panels/ClientsPanel.h"
#include "panels/ConsentsPanel.h"
#include "panels/DashboardPanel.h"
#include "panels/DevicesPanel.h"
#include "panels/IdentityReviewsPanel.h"
#include "panels/MessagesPanel.h"
#include "panels/QrPresenterPanel.h"
#include "panels/SettingsPanel.h"
#include "panels/SigningPanel.h"
#include "panels/WebhooksPanel.h"
#include "simulator/DeviceSimulatorPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QtTest>

using namespace mid;
using namespace mid::test;
using mid::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void consoleSpeaksTheLanguageUnderTest();
    void panelsInSidebar_data();
    void panelsInSidebar();
    void keyboardReachesPanels();
    void statusBarShowsLiveServer();
    void everyControlHasAnAccessibleName();

private:
    std::unique_ptr<GuiTestBase> m_fixture;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_fixture = std::make_unique<GuiTestBase>();
    QVERIFY(m_fixture->ok());
    m_window = std::make_unique<ui::MainWindow>(m_fixture->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_fixture->waitConnected());
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_fixture.reset();
}

// gui-fr/… runs every GUI test with MID_TEST_LANGUAGE=fr: the console must really be in
// French then, or those runs would only repeat the English ones; unset, it is in English.
void TestMainWindow::consoleSpeaksTheLanguageUnderTest()
{
    const bool english = qEnvironmentVariableIsEmpty("MID_TEST_LANGUAGE");
    auto *sidebar = GuiTestBase::byName<QListWidget>(m_window.get(), MainWindow::tr("Panels"));
    QVERIFY(sidebar);
    const QString first = sidebar->item(0)->text();
    QCOMPARE(first, ui::DashboardPanel::tr("Dashboard"));
    QVERIFY2((first == QLatin1String("Dashboard")) == english, qPrintable(first));
}

// The panels in sidebar order (the first ten by Alt+1…9, Alt+0): the name code finds each by,
// and its title.
void TestMainWindow::panelsInSidebar_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("title");
    QTest::newRow("Dashboard") << "dashboardPanel" << ui::DashboardPanel::tr("Dashboard");
    QTest::newRow("Clients") << "clientsPanel" << ui::ClientsPanel::tr("Clients");
    QTest::newRow("Devices") << "devicesPanel" << ui::DevicesPanel::tr("Devices");
    QTest::newRow("Consents") << "consentsPanel" << ui::ConsentsPanel::tr("Consents");
    QTest::newRow("QR presenter") << "qrPresenterPanel" << ui::QrPresenterPanel::tr("QR presenter");
    QTest::newRow("Webhooks") << "webhooksPanel" << ui::WebhooksPanel::tr("Webhooks");
    QTest::newRow("Audit log") << "auditPanel" << ui::AuditPanel::tr("Audit log");
    QTest::newRow("Identity reviews")
        << "identityReviewsPanel" << ui::IdentityReviewsPanel::tr("Identity reviews");
    QTest::newRow("Signing") << "signingPanel" << ui::SigningPanel::tr("Signing");
    QTest::newRow("Messages") << "messagesPanel" << ui::MessagesPanel::tr("Messages");
    QTest::newRow("Device simulator")
        << "simulatorPanel" << ui::DeviceSimulatorPanel::tr("Device simulator");
    QTest::newRow("Settings") << "settingsPanel" << ui::SettingsPanel::tr("Settings");
}

void TestMainWindow::panelsInSidebar()
{
    QFETCH(QString, objectName);
    QFETCH(QString, title);
    auto *sidebar = GuiTestBase::byName<QListWidget>(m_window.get(), MainWindow::tr("Panels"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->findItems(title, Qt::MatchExactly).size(), 1);
    QVERIFY(m_window->showPanel(objectName));
    QCOMPARE(m_window->currentPanel()->objectName(), objectName);
    QCOMPARE(m_window->currentPanel()->title(), title);
    QCOMPARE(m_window->currentPanel()->accessibleName(), title);
    QCOMPARE(sidebar->currentItem()->text(), title);
}

void TestMainWindow::keyboardReachesPanels()
{
    m_window->activateWindow();
    const QList<ui::Panel *> &panels = m_window->panels();
    QCOMPARE(panels.size(), 12);
    for (int i = 9; i >= 0; --i) {
        // Alt+1…9, and Alt+0 for the tenth panel; the last two are in the sidebar only.
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + (i + 1) % 10), Qt::AltModifier);
        QCOMPARE(m_window->currentPanel(), panels.at(i));
    }
    QCOMPARE(m_window->currentPanel()->objectName(), QStringLiteral("dashboardPanel"));
}

void TestMainWindow::statusBarShowsLiveServer()
{
    auto *state = GuiTestBase::byName<QLabel>(m_window.get(), MainWindow::tr("Server state"));
    auto *url = GuiTestBase::byName<QLabel>(m_window.get(), MainWindow::tr("Server URL"));
    auto *rate = GuiTestBase::byName<QLabel>(m_window.get(), MainWindow::tr("Requests per second"));
    QVERIFY(state && url && rate);
    QVERIFY(waitUntil([&] { return state->text() == MainWindow::tr("● Connected"); }, 5000));
    QCOMPARE(url->text(), m_fixture->session().baseUrl().toString(QUrl::StripTrailingSlash));
    // The embedded server runs without TLS here: the padlock says so (tst_connectpinning shows
    // it locked, with the certificate's fingerprint).
    auto *padlock = GuiTestBase::byName<QToolButton>(m_window.get(), MainWindow::tr("Encryption"));
    QVERIFY(padlock);
    QCOMPARE(padlock->text(), MainWindow::tr("Not encrypted"));
    QVERIFY(!padlock->icon().isNull());
    // The rate comes from the stream's metrics.tick events, about once a second.
    for (int i = 0; i < 5; ++i)
        m_fixture->http().get(QStringLiteral("/healthz"));
    QVERIFY(waitUntil([&] { return rate->text() != MainWindow::tr("— req/s"); }, 5000));
    QVERIFY2(rate->text().at(0).isDigit(), qPrintable(rate->text()));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    // Screen readers and desktop automation find controls by name: none may be anonymous.
    QStringList anonymous;
    auto check = [&](QWidget *w) {
        if (w->accessibleName().isEmpty() && !w->isWindow())
            anonymous << QStringLiteral("%1 %2 in %3")
                             .arg(QString::fromLatin1(w->metaObject()->className()),
                                  w->objectName(),
                                  w->parentWidget()
                                      ? QString::fromLatin1(
                                            w->parentWidget()->metaObject()->className())
                                      : QString());
    };
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        const bool interactive =
            qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractItemView *>(w) ||
            (qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w->parentWidget()));
        // Qt's own parts of composite widgets (headers, corner buttons, combo popups, clear
        // buttons) are named by Qt's accessibility bridge, not by us.
        static const QStringList internals = {
            QStringLiteral("QHeaderView"), QStringLiteral("QTableCornerButton"),
            QStringLiteral("QComboBoxListView"), QStringLiteral("QLineEditIconButton")};
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        if (interactive && !internals.contains(cls) &&
            !w->objectName().startsWith(QLatin1String("qt_")))
            check(w);
    }
    if (!anonymous.isEmpty())
        QFAIL(qPrintable(QStringLiteral("controls without accessible name:\n  ") +
                         anonymous.join(QStringLiteral("\n  "))));
}

MID_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
