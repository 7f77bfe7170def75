// The main window against a real embedded server: panels reachable by name and keyboard,
// the status bar following the live link, and every control named for screen readers.
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "panels/Panel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QtTest>

using namespace mid;
using namespace mid::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
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

void TestMainWindow::panelsInSidebar_data()
{
    QTest::addColumn<QString>("title");
    for (const char *t : {"Dashboard", "Clients", "Consents", "QR presenter", "Audit log",
                          "Settings"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestMainWindow::panelsInSidebar()
{
    QFETCH(QString, title);
    auto *sidebar = GuiTestBase::byName<QListWidget>(m_window.get(), QStringLiteral("Panels"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->findItems(title, Qt::MatchExactly).size(), 1);
    QString objectName; // what showPanel takes: the title changes with the language
    for (const ui::Panel *panel : m_window->panels())
        if (panel->title() == title)
            objectName = panel->objectName();
    QVERIFY(!objectName.isEmpty());
    QVERIFY(m_window->showPanel(objectName));
    QCOMPARE(m_window->currentPanel()->title(), title);
    QCOMPARE(m_window->currentPanel()->accessibleName(), title);
}

void TestMainWindow::keyboardReachesPanels()
{
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(m_window->currentPanel()->title(), QStringLiteral("Clients"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_window->currentPanel()->title(), QStringLiteral("Dashboard"));
}

void TestMainWindow::statusBarShowsLiveServer()
{
    auto *state = GuiTestBase::byName<QLabel>(m_window.get(), QStringLiteral("Server state"));
    auto *url = GuiTestBase::byName<QLabel>(m_window.get(), QStringLiteral("Server URL"));
    auto *rate = GuiTestBase::byName<QLabel>(m_window.get(), QStringLiteral("Requests per second"));
    QVERIFY(state && url && rate);
    QVERIFY(waitUntil([&] { return state->text().contains(QStringLiteral("Connected")); }, 5000));
    QCOMPARE(url->text(), m_fixture->session().baseUrl().toString(QUrl::StripTrailingSlash));
    // The rate comes from the stream's metrics.tick events, about once a second.
    for (int i = 0; i < 5; ++i)
        m_fixture->http().get(QStringLiteral("/healthz"));
    QVERIFY(waitUntil([&] { return rate->text().contains(QStringLiteral("req/s")) &&
                                   !rate->text().startsWith(QStringLiteral("—")); },
                      5000));
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
                                  w->parentWidget() ? QString::fromLatin1(
                                                          w->parentWidget()->metaObject()->className())
                                                    : QString());
    };
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QAbstractItemView *>(w) ||
                                 (qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w->parentWidget()));
        // Qt's own parts of composite widgets (headers, corner buttons, combo popups, clear
        // buttons) are named by Qt's accessibility bridge, not by us.
        static const QStringList internals = {
            QStringLiteral("QHeaderView"), QStringLiteral("QTableCornerButton"),
            QStringLiteral("QComboBoxListView"), QStringLiteral("QLineEditIconButton")};
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        if (interactive && !internals.contains(cls) && !w->objectName().startsWith(QLatin1String("qt_")))
            check(w);
    }
    if (!anonymous.isEmpty())
        QFAIL(qPrintable(QStringLiteral("controls without accessible name:\n  ") +
                         anonymous.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
