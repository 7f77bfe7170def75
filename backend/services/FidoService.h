#pragma once

#include "domain/Client.h"
#include "fido/Verifier.h"
#include "storage/CeremonyStore.h"

#include <QJsonObject>

#include <optional>

namespace mid {

class ConsentService;
class Database;
class DeviceService;
class EnrollmentService;
class MpinService;
class Outbox;
class SigningService;
struct Consent;
struct SignatureAssertion;
struct Device;
struct FidoCredential;

// register/begin as read from the body: client credentials, an enrollment token or an
// activation token (§8).
struct RegistrationStart
{
    QString mobile;    // required with client credentials; with a token, must match if given
    QString deviceKey; // the phone's deviceId; same rule
    std::optional<QJsonObject> deviceInfo;
    QString enrollmentToken;
    QString activationToken; // mobile: the identity's user id when that is a number, else given
    std::optional<Client> client; // an authenticated client with the fido scope
};

// authenticate/begin: a consent session, or a number, or a phone's deviceId.
struct AuthenticationStart
{
    QString sessionId;
    QString mobile;
    QString deviceKey;
};

// The relying party of §3 on top of fido::Verifier: ceremonies with single-use challenges
// (32 random bytes, expiring with `timeout`), devices and credentials stored through
// DeviceService, enrollments completed, consents decided.
//
// Every refused ceremony answers 401 `unauthorized` whose details[0] is {field: "credential",
// issue: <step>} with the step of fido::Step or one of the ceremony's own: challenge.used,
// challenge.expired, credential.unknown, credential.revoked,
// credential.notAllowed. Blocked devices answer 403; consents that can no longer be decided 409.
class FidoService
{
public:
    FidoService(Database &db, DeviceService &devices, EnrollmentService &enrollments,
                MpinService &mpin, ConsentService &consents, SigningService &signing,
                Outbox &outbox, fido::RelyingParty rp);

    QJsonObject beginRegistration(const RegistrationStart &start);
    QJsonObject completeRegistration(const QString &registrationId, const QJsonObject &credential);
    QJsonObject beginAuthentication(const AuthenticationStart &start);
    QJsonObject completeAuthentication(const QString &authenticationId,
                                       const QJsonObject &credential, bool approve);

    // The MPin identity (MpinService::deviceJson) whose credential an assertion names, or {}.
    QJsonObject mpinIdentityOf(const QJsonObject &credential);
    // The same for the identity an activation token stands for, whatever its state, or {}.
    QJsonObject mpinIdentityOfToken(const QString &activationToken);

    const fido::RelyingParty &relyingParty() const { return m_rp; }

    static constexpr int kTimeoutMs = 300000;
    static constexpr const char *kRpName = "MID - Mobile Identity";

private:
    Ceremony newCeremony(const char *kind, const QString &prefix);
    // The ceremony, taken (single use); 404 when unknown, 401 when used or expired.
    Ceremony takeCeremony(const QString &id, const char *kind);
    [[noreturn]] void refuse(const Ceremony &ceremony, const QString &step, const QString &message,
                             const QString &clientId = {});
    QList<QByteArray> usableCredentialIds(const QList<Device> &devices, const Ceremony &ceremony,
                                          QString *clientIdForEvents);
    Consent decidableConsent(const QString &sessionId);
    FidoCredential allowedCredential(const Ceremony &ceremony, const QByteArray &credentialId,
                                     const QString &clientId);
    // The verified assertion as a signing session's evidence.
    static SignatureAssertion signatureOf(const Ceremony &ceremony,
                                          const FidoCredential &credential, const Device &device,
                                          const QJsonObject &response);
    void verifyAssertion(const Ceremony &ceremony, const FidoCredential &credential,
                         const QJsonObject &response, const QString &clientId);
    QJsonObject registrationOptions(const Ceremony &ceremony, const QList<QByteArray> &exclude);
    QJsonObject requestOptions(const Ceremony &ceremony);
    QString enrollmentClient(const RegistrationStart &start, Ceremony *ceremony);
    QString activationClient(const RegistrationStart &start, Ceremony *ceremony);
    // Why a credential cannot be used, when an MPin revocation is the reason (else empty).
    QString mpinRevocationOf(const QByteArray &credentialId);

    CeremonyStore m_ceremonies;
    Database &m_db;
    DeviceService &m_devices;
    EnrollmentService &m_enrollments;
    MpinService &m_mpin;
    ConsentService &m_consents;
    SigningService &m_signing;
    Outbox &m_outbox;
    fido::RelyingParty m_rp;
};

} // namespace mid
