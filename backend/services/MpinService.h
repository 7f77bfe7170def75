#pragma once

#include "domain/Client.h"
#include "domain/MpinIdentity.h"
#include "storage/MpinStore.h"

#include <QJsonObject>

namespace mid {

class ClientService;
class Database;
class DeviceStore;
class SigningKeyService;

// The identities of seed 004 (§8) and everything that makes, uses or ends them: activation
// tokens (redeemed by FIDO register/begin), verification URLs and OTPs (which let a user
// activate a device), renaming and revocation, and DVS signature verification.
class MpinService
{
public:
    MpinService(Database &db, ClientService &clients, DeviceStore &devices, SigningKeyService &keys,
                QString publicUrl);

    MpinStore &store() { return m_store; }

    struct Activation
    {
        MpinIdentity identity;
        QString actToken; // shown once
        // Through a verification code: where its page goes afterwards, with the code's state.
        QString redirectUri;
        QString state;
    };
    // A pending identity and its activation token (activate/initiate).
    Activation initiate(const Client &client, const QString &userId, const QString &deviceName,
                        const QString &ip);

    struct VerificationRequest
    {
        QString userId;
        QString deviceName;
        QString redirectUri;
        QString state;
        qint64 expiresAt = 0; // ms; 0 = the default lifetime
    };
    // The verificationURL of POST /verification; its code works once, until it expires.
    QString createVerificationUrl(const Client &client, const VerificationRequest &request);

    // What the confirmation page shows for a code, without redeeming it (a mail scanner that
    // opens the link must not burn it). Throws not found / conflict with a reason to show.
    MpinCode inspectCode(const QString &code);
    // Redeems a verification code: a new pending identity for a new device.
    Activation redeemCode(const QString &code, const QString &ip);

    struct OtpRequest
    {
        QString clientId;
        QString userId;
        QString expires; // RFC 3339 (or unix seconds), as signed
        QString signature;
        QString deviceName;
    };
    // POST /otp: {ciphertext, tag, iv} of {"otp","expireTime"} under SHA-256(clientSecret).
    QJsonObject issueOtp(const OtpRequest &request, qint64 nowMs);
    // An OTP typed on the confirmation page: a new pending identity, like a code.
    Activation redeemOtp(const QString &clientId, const QString &userId, const QString &otp,
                         const QString &ip);

    MpinIdentity identityOf(const QString &clientId, const QString &pathName);
    MpinIdentity rename(const QString &clientId, const QString &pathName,
                        const QString &deviceName);
    MpinIdentity revoke(const QString &clientId, const QString &pathName, const QString &reason);

    // For FIDO register/begin: the pending identity an activation token stands for (401 when
    // unknown, used or expired), then taken once the rest of the request holds (single use).
    MpinIdentity pendingForToken(const QString &token);
    void takeActivationToken(const MpinIdentity &identity);
    // What a registration answers and audits of the identity it activated.
    static QJsonObject deviceJson(const MpinIdentity &identity);
    // For FIDO register/complete, inside its transaction.
    MpinIdentity activate(const QString &hash, const QByteArray &credentialId,
                          const QString &deviceId, int algorithm);
    std::optional<MpinIdentity> identityOfCredential(const QByteArray &credentialId);
    std::optional<MpinIdentity> identityOfToken(const QString &activationToken);

    struct DvsRequest
    {
        QString hashHex, uHex, vHex, mpinIdHex, publicKey, dtas;
        qint64 timestamp = 0;
    };
    // A certificate JWT {cAt, exp = cAt + 10 s, hash} when `v` verifies; 401 otherwise.
    QString verifyDvs(const Client &client, const DvsRequest &request, qint64 nowMs,
                      MpinIdentity *identity);

    // The identity document: {"iat","userID","cID","salt","v","scope","dta","vt"} as in seed
    // 004's DVS example, with 16 random bytes of salt so two identities never share a hash.
    static QByteArray makeMpinId(const QString &clientId, const QString &userId, qint64 nowMs);
    static QString hashOf(const QByteArray &mpinId);
    // A seed-004 path names an identity by its hash; the hex of the document is accepted too.
    static QString hashFromPathName(const QString &name);

    static constexpr qint64 kDvsSkewSeconds = 60;
    static constexpr qint64 kDvsCertificateSeconds = 10;
    static constexpr qint64 kOtpAheadMs = 3600LL * 1000;

private:
    MpinCode liveCode(const QString &code);
    Activation activationFor(const MpinCode &code, const QString &ip);
    MpinIdentity owned(const QString &clientId, const QString &pathName);

    Database &m_db;
    MpinStore m_store;
    ClientService &m_clients;
    DeviceStore &m_devices;
    SigningKeyService &m_keys;
    QString m_publicUrl;
};

} // namespace mid
