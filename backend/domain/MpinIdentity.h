#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mid {

// An identity of seed 004 (§8): one user of one tenant (project) on one device. It is made
// pending by activate/initiate or a redeemed verification code, becomes active when the FIDO
// registration its activation token began completes, and ends revoked. Its FIDO credential is
// what it authenticates and signs with; an ES256 credential doubles as its DVS key.
struct MpinIdentity
{
    qint64 seq = 0;
    QString hash;      // hex SHA-256 of mpinId: the name seed 004's paths and lists use
    QByteArray mpinId; // the identity document (compact JSON); hex-encoded in DVS requests
    QString clientId;  // the project
    QString userId;    // the tenant's own user id (an email, a number, …)
    QString deviceName;
    QString status; // MpinRules::kPending | kActive | kRevoked
    QByteArray actTokenHash;
    qint64 actExpiresAt = 0;
    qint64 actUsedAt = 0;
    QByteArray credentialId;
    QString deviceId; // dev_… once active
    bool dvs = false;
    QString ip;
    QString country;
    QString revokeReason;
    qint64 revokedAt = 0;
    qint64 activatedAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isRevoked() const;
    bool isActive() const;
    // Seed 004's identity object: {mpinId, projectId, userId, deviceName, ip, country, dvs,
    // createdAt, updatedAt, revoked}.
    QJsonObject toSeedJson() const;
};

// A verification URL's code, or an OTP issued by POST /otp: both stand for "let this user
// activate a device", once, before they expire.
struct MpinCode
{
    qint64 seq = 0;
    QByteArray codeHash;
    QString kind; // MpinRules::kVerificationCode | kOtp
    QString clientId;
    QString userId;
    QString deviceName;
    QString redirectUri;
    QString state;
    int attempts = 0;
    qint64 expiresAt = 0;
    qint64 usedAt = 0;
    qint64 createdAt = 0;
};

namespace MpinRules {
inline const QString kPending = QStringLiteral("pending");
inline const QString kActive = QStringLiteral("active");
inline const QString kRevoked = QStringLiteral("revoked");
inline const QString kVerificationCode = QStringLiteral("verification");
inline const QString kOtp = QStringLiteral("otp");

constexpr qint64 kActivationLifetimeMs = 15LL * 60 * 1000;
constexpr qint64 kVerificationDefaultMs = 24LL * 3600 * 1000;
constexpr qint64 kVerificationMaxMs = 7LL * 24 * 3600 * 1000;
constexpr qint64 kOtpLifetimeMs = 10LL * 60 * 1000;
constexpr int kOtpMaxAttempts = 5;
constexpr int kMaxUserIdLength = 256;
constexpr int kMaxDeviceNameLength = 200;
constexpr int kMaxReasonLength = 500;

// 1–256 characters with no control characters.
bool isValidUserId(const QString &userId);
} // namespace MpinRules

} // namespace mid
