#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mid {

// A person of the instance, known by their mobile number (§5: one identity, many partners).
struct User
{
    QString id; // usr_…
    QString mobile;
    qint64 verifiedAt = 0; // ms; when an enrollment code proved the number (0: never)
    qint64 createdAt = 0;

    bool isVerified() const { return verifiedAt != 0; }
};

// A phone (or browser) of a user. `id` is the server's `dev_…` id; `deviceKey` is the
// `deviceId` the phone names itself with (its install id). While a device is not
// deregistered its deviceKey names it alone; a deregistered phone that registers again gets a
// new `dev_…` row under the same deviceKey.
struct Device
{
    qint64 seq = 0;
    QString id;
    QString deviceKey;
    QString userId;
    QString mobile;
    QString model;
    QString os;
    QString appVersion;
    QString pushToken;
    QString status; // DeviceRules::kActive | kBlocked | kDeregistered
    QString blockReason;
    QString enrolledByClient; // empty: enrolled by an operator
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 lastUsedAt = 0;
    qint64 blockedAt = 0;
    qint64 deregisteredAt = 0;

    bool isActive() const;
    bool isBlocked() const;
    bool isDeregistered() const;
};

// A WebAuthn credential registered to a device.
struct FidoCredential
{
    QByteArray id;
    QString deviceId; // dev_…
    QString userId;
    QByteArray publicKey; // SubjectPublicKeyInfo DER
    int algorithm = 0;
    QString aaguid;
    quint32 signCount = 0;
    QStringList transports;
    QString attestationFormat;
    qint64 flaggedAt = 0; // a signature counter went backwards (possible clone)
    qint64 revokedAt = 0;
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0;

    bool isRevoked() const { return revokedAt != 0; }
};

namespace DeviceRules {
inline const QString kActive = QStringLiteral("active");
inline const QString kBlocked = QStringLiteral("blocked");
inline const QString kDeregistered = QStringLiteral("deregistered");
const QStringList &statuses();
// The phone's own deviceId: 1–128 characters of letters, digits and - _ . :
bool isValidDeviceKey(const QString &key);
constexpr int kMaxInfoLength = 200;
} // namespace DeviceRules

} // namespace mid
