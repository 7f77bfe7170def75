#pragma once

#include "ServerFixture.h"
#include "client/SoftwareAuthenticator.h"

#include <QJsonObject>
#include <QString>

namespace mid::test {

// The relying party the FIDO API tests run against (ServerConfig rpId / rpOrigins).
inline const QString kTestRpId = QStringLiteral("mid.example");
inline const QString kTestOrigin = QStringLiteral("https://mid.example");
// A fixture configuration with that relying party.
void useTestRelyingParty(ServerConfig &config);

// A phone as the API tests drive it: a SoftwareAuthenticator plus the app's calls to
// /v1/enrollments and /v1/fido, against a ServerFixture.
class FidoPhone
{
public:
    FidoPhone(ServerFixture &fixture, QString mobile, QString deviceId,
              QString origin = kTestOrigin);

    SoftwareAuthenticator authenticator;
    QString mobile;
    QString deviceId;
    QString origin;

    // POST /v1/enrollments as `client`; the enrollment data.
    Response startEnrollment(const TestClient &client);
    // The last code sent to this phone's number (from /admin/v1/messages).
    QString lastCode();
    // Enrollment through to the token: create, read the code, verify. Empty on failure.
    QString enrollmentToken(const TestClient &client);
    // register/begin with the token, the authenticator's answer, register/complete.
    Response registerWithToken(const QString &token,
                               const QString &base = QStringLiteral("/v1/fido"));
    Response registerWithClient(const TestClient &client,
                                const QString &base = QStringLiteral("/v1/fido"));
    // Enrolls and registers; the register/complete data.
    QJsonObject enrollAndRegister(const TestClient &client);
    // The authenticator's answer to begin options (must be an ok() result).
    QJsonObject assertionFor(const QJsonObject &options);
    // authenticate/begin {sessionId} + authenticate/complete with the decision.
    Response decide(const QString &sessionId, const QString &decision = QStringLiteral("approve"),
                    const QString &base = QStringLiteral("/v1/fido"));
    Response completeRegistration(const QJsonObject &options, const QString &base);

private:
    ServerFixture &m_f;
};

} // namespace mid::test
