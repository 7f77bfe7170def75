#pragma once

#include "ServerSession.h"
#include "server/EmbeddedServer.h"
#include "support/ServerFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace mid::test {

// The language the console is tested in: MID_TEST_LANGUAGE (e.g. "fr"), installed as
// mid-console installs the one chosen in Settings; unset, English, the source language. A
// language whose translations cannot be loaded stops the test at once: a run meant to show
// the console in French must never pass in English.
void installTestLanguage(QCoreApplication &app);

// What every GUI test shares: a real MID server on its own thread (as mid-console runs it),
// a console session connected to it over loopback, and an HTTP client to check through the
// API what the widgets did. The server names itself http://localhost:<port>, the relying party
// a phone or browser can use for WebAuthn on this box. The console's settings (QSettings) go
// to the test's temporary directory, never to the user's own.
//
// Tests find controls by their accessible name, which is the visible, translated label: they
// compare with the console's own translation (e.g. ui::SettingsPanel::tr("Listen address")),
// never with an English literal, so they pass in every language.
//
// `configure` changes the server's configuration before it starts (e.g. TLS: the session is
// then held to the server's certificate, and http() trusts the box's own CA).
class GuiTestBase
{
public:
    explicit GuiTestBase(const std::function<void(ServerConfig &)> &configure = {});
    ~GuiTestBase();

    bool ok() const { return m_server && m_server->isRunning(); }
    ui::ServerSession &session() { return *m_session; }
    EmbeddedServer &server() { return *m_server; }
    HttpClient &http() { return *m_http; }
    Headers admin() const;
    QString dataDir() const { return m_dir.path(); }

    // Waits until the session's event stream is up and the overview read.
    bool waitConnected(int timeoutMs = 10000);
    // A second console session, as a new operator with `role` (e.g. an auditor, to see what
    // a read-only operator may do), connected as the main one is; null when any step failed.
    std::unique_ptr<ui::ServerSession> sessionAs(const QString &username, const QString &role);

    // API-side helpers (as another program would use the server).
    TestClient createClient(const QJsonObject &fields = {});
    QJsonObject createConsent(const TestClient &client, const QJsonObject &fields = {});

    // Widget helpers.
    // Finds a descendant by accessible name (what screen readers and automation use).
    template <typename T> static T *byName(QWidget *root, const QString &accessibleName)
    {
        const QList<T *> all = root->findChildren<T *>();
        for (T *w : all)
            if (w->accessibleName() == accessibleName)
                return w;
        return nullptr;
    }
    // The values that fill the placeholders (%1, %L2, …) of a translated `format` in `text`
    // ("%1 entries", "1,200 entries" → {"1,200"}); empty when `text` is not that format.
    static QStringList argsOf(const QString &text, const QString &format);
    // Row of the view's model whose `column` displays `text`, or -1.
    static int rowWithText(QAbstractItemView *view, int column, const QString &text);
    static void clickRow(QAbstractItemView *view, int row, int column = 0);

private:
    void isolateSettings();
    void trustLocalCa();

    QTemporaryDir m_dir;
    QString m_adminToken = QStringLiteral("test-admin-token-0123456789");
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<ui::ServerSession> m_session;
    std::unique_ptr<HttpClient> m_http;
};

// Drives the next modal widget of type T with `drive`, as soon as one is up: it polls on a
// timer, so it works whether the widget was opened with open() or exec() (whose own event loop
// runs the timer). The polling belongs to the returned object and stops with it, so `drive`
// may capture the test's locals by reference: keep the object for as long as they live.
template <typename T>
[[nodiscard]] std::unique_ptr<QTimer> whenModal(std::function<void(T *)> drive,
                                                int timeoutMs = 10000)
{
    constexpr int kPollMs = 25;
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(kPollMs);
    QTimer *poll = timer.get();
    QObject::connect(poll, &QTimer::timeout, poll,
                     [poll, drive, attemptsLeft = timeoutMs / kPollMs]() mutable {
                         if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget())) {
                             poll->stop();
                             drive(widget);
                         } else if (--attemptsLeft <= 0) {
                             poll->stop();
                         }
                     });
    poll->start();
    return timer;
}

// GuiTestBase::byName that says in the log which widget was missing.
template <typename T> T *named(QWidget *root, const QString &name)
{
    T *widget = GuiTestBase::byName<T>(root, name);
    if (!widget)
        qWarning("no %s named \"%s\"", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

// A left click on a button that must exist.
inline void click(QAbstractButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace mid::test

// main() of a GUI test: QTEST_MAIN, with the language under test installed first.
#define MID_GUI_TEST_MAIN(TestObject)                                                              \
    QTEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP() mid::test::installTestLanguage(app);)
// The same without QApplication, for what must work without widgets.
#define MID_GUILESS_TEST_MAIN(TestObject)                                                          \
    QTEST_MAIN_WRAPPER(TestObject,                                                                 \
                       QTEST_QAPP_SETUP(QCoreApplication) mid::test::installTestLanguage(app);)
