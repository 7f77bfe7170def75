#pragma once

#include "ServerSession.h"
#include "server/EmbeddedServer.h"
#include "support/ServerFixture.h"

#include <QAbstractItemView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mid::test {

// What every GUI test shares: a real MID server on its own thread (as mid-console runs it),
// a console session connected to it over loopback, and an HTTP client to check through the
// API what the widgets did. The server names itself http://localhost:<port>, the relying party
// a phone or browser can use for WebAuthn on this box.
class GuiTestBase
{
public:
    GuiTestBase();
    ~GuiTestBase();

    bool ok() const { return m_server && m_server->isRunning(); }
    ui::ServerSession &session() { return *m_session; }
    HttpClient &http() { return *m_http; }
    Headers admin() const;
    QString dataDir() const { return m_dir.path(); }

    // Waits until the session's event stream is up and the overview read.
    bool waitConnected(int timeoutMs = 10000);

    // API-side helpers (as another program would use the server).
    TestClient createClient(const QJsonObject &fields = {});
    QJsonObject createConsent(const TestClient &client, const QJsonObject &fields = {});

    // Widget helpers.
    // Finds a descendant by accessible name (what screen readers and automation use).
    template <typename T>
    static T *byName(QWidget *root, const QString &accessibleName)
    {
        const QList<T *> all = root->findChildren<T *>();
        for (T *w : all)
            if (w->accessibleName() == accessibleName)
                return w;
        return nullptr;
    }
    // Row of the view's model whose `column` displays `text`, or -1.
    static int rowWithText(QAbstractItemView *view, int column, const QString &text);
    static void clickRow(QAbstractItemView *view, int row, int column = 0);

private:
    QTemporaryDir m_dir;
    QString m_adminToken = QStringLiteral("test-admin-token-0123456789");
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<ui::ServerSession> m_session;
    std::unique_ptr<HttpClient> m_http;
};

} // namespace mid::test
