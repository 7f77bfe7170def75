#pragma once

#include "GuiTestBase.h"
#include "client/SoftwareAuthenticator.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mid::test {

// GuiTestBase for tests that run WebAuthn ceremonies: the same real server and console
// session, but with the relying party a phone (or browser) can actually use on this box —
// RP id "localhost" and origin http://localhost:<port>. (WebAuthn does not accept an IP
// address such as 127.0.0.1 as an RP id, and the software authenticator follows it.)
class FidoGuiTestBase
{
public:
    FidoGuiTestBase();
    ~FidoGuiTestBase();

    bool ok() const { return m_server && m_server->isRunning(); }
    ui::ServerSession &session() { return *m_session; }
    HttpClient &http() { return *m_http; }
    Headers admin() const;
    bool waitConnected(int timeoutMs = 10000);
    TestClient createClient(const QJsonObject &fields = {});
    QJsonObject createConsent(const TestClient &client, const QJsonObject &fields = {});

private:
    QTemporaryDir m_dir;
    QString m_adminToken = QStringLiteral("test-admin-token-0123456789");
    std::unique_ptr<EmbeddedServer> m_server;
    std::unique_ptr<ui::ServerSession> m_session;
    std::unique_ptr<HttpClient> m_http;
};

// A phone registered through the API alone (no widget involved), as another program would
// do it: operator-started enrollment, the OTP read from the box's message log, verification,
// then FIDO registration with a software authenticator.
struct RegisteredPhone
{
    QString mobile;
    QString deviceId; // the server's id of the device
    QString credentialId;
    QString error; // what went wrong, when deviceId is empty
    SoftwareAuthenticator authenticator;
};

// The 6-digit code last sent to `mobile` (GET /admin/v1/messages?to=), or the enrollment's
// demoCode when the message log has none.
QString otpFor(FidoGuiTestBase &fixture, const QString &mobile, const QString &demoCode = {});

RegisteredPhone registerPhone(FidoGuiTestBase &fixture, const QString &mobile);

} // namespace mid::test
