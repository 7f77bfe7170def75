#pragma once

#include "AdminClient.h"
#include "SoftwareAuthenticator.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

namespace mid {

// What a phone says to a MID server: the device-side half of the client API (§3 FIDO, §4
// enrollments, §8 verification links). These calls carry no operator token and no client key:
// the enrollment id, enrollment or activation token, verification code, registration id,
// session id and authentication id are the capabilities,
// exactly as for a real phone. Only starting an enrollment goes through the operator's
// client, because the API lets an operator enroll a number on a person's behalf.
//
// The WebAuthn ceremonies themselves (create/get) are done by a SoftwareAuthenticator that
// the caller owns; it must outlive `context` of the composite calls below.
class PhoneClient : public QObject
{
    Q_OBJECT
public:
    using Callback = AdminClient::Callback;

    // `operatorApi` gives the server's base URL and is used for enrollment creation only.
    explicit PhoneClient(AdminClient &operatorApi, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_operator.baseUrl(); }

    // --- §4 enrollments
    // POST /v1/enrollments {mobile, deviceId, deviceInfo} → {enrollmentId, status, expiresAt,
    // demoCode?}; the code goes to `mobile` through the message channel.
    void startEnrollment(const QString &mobile, const QString &deviceId,
                         const QJsonObject &deviceInfo, QObject *context, Callback done);
    // POST /v1/enrollments/:id/verify {code} → {status: "verified", enrollmentToken}.
    void verifyEnrollment(const QString &enrollmentId, const QString &code, QObject *context,
                          Callback done);

    // --- §8 verification links
    // What a verificationURL (…/verification/confirmation?client_id=&code=&user_id=…) says.
    struct VerificationLink
    {
        QString code;   // empty: not a verification link
        QString userId; // whom it activates (the server's answer is what counts)
        QString clientId;
        static VerificationLink parse(const QString &url);
    };
    // POST /verification/confirmation {code}: uses the code up. data (seed 004's raw shape) =
    // {activationToken, hashMPinId, userId, deviceName, mobile, expireTime, redirectTo}.
    void redeemVerification(const QString &code, QObject *context, Callback done);

    // --- §3 FIDO registration
    // What lets a phone register without a client key: the token of a verified enrollment (§4)
    // or of an MPin activation (§8).
    struct Grant
    {
        enum class Kind
        {
            Enrollment,
            Activation,
        };
        Kind kind = Kind::Enrollment;
        QString token;
    };
    void beginRegistration(const QString &mobile, const QString &deviceId,
                           const QJsonObject &deviceInfo, const Grant &grant, QObject *context,
                           Callback done);
    void completeRegistration(const QString &registrationId, const QJsonObject &credential,
                              QObject *context, Callback done);
    // begin → authenticator.create() → complete. On success data = the complete answer
    // ({credentialId, deviceId, status: "registered", device, mpin?}); a refused ceremony is
    // reported as status 0 with the authenticator's error in `message` and errorType
    // "authenticator".
    void registerPasskey(SoftwareAuthenticator *authenticator, const QString &mobile,
                         const QString &deviceId, const QJsonObject &deviceInfo, const Grant &grant,
                         QObject *context, Callback done);

    // --- §3 FIDO authentication
    void beginAuthentication(const QString &sessionId, QObject *context, Callback done);
    void completeAuthentication(const QString &authenticationId, const QJsonObject &credential,
                                bool approve, QObject *context, Callback done);
    // begin → authenticator.get() → complete with decision approve|reject; data = {verified,
    // userId, deviceId, status}.
    void decide(SoftwareAuthenticator *authenticator, const QString &sessionId, bool approve,
                QObject *context, Callback done);

    // The web origin the phone's ceremonies claim: the server's own origin (as the web
    // approver page has), with a loopback address written as "localhost" when the relying
    // party id is "localhost" (browsers treat both as secure, the RP id must match the host).
    static QString originFor(const QUrl &baseUrl, const QString &rpId);

    // The creation / request options inside a begin answer, wherever the server put them
    // (top level, "publicKey", "options" or "publicKeyCredentialCreationOptions").
    static QJsonObject optionsOf(const QJsonObject &beginAnswer);

private:
    AdminClient &publicApi();

    AdminClient &m_operator;
    AdminClient m_public; // same server, no credentials: what a phone has
};

} // namespace mid
