#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mid {

// An enrollment of §4: a number proves itself with a code sent to it, and gets a single-use
// token that lets one device register a FIDO credential for it.
struct Enrollment
{
    qint64 seq = 0;
    QString id;       // enr_…
    QString clientId; // the tenant it was made through; empty: an operator made it
    QString mobile;
    QString deviceKey; // the phone's deviceId
    QJsonObject deviceInfo;
    QString externalUserId; // the caller's own `userId`, kept and echoed
    QByteArray codeHash;
    int attempts = 0;
    QString status; // EnrollmentRules::k…
    QByteArray tokenHash;
    qint64 tokenExpiresAt = 0;
    qint64 tokenUsedAt = 0;
    QString deviceId;  // dev_… once completed
    QString createdBy; // audit actor
    qint64 expiresAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 verifiedAt = 0;
    qint64 completedAt = 0;
};

namespace EnrollmentRules {
inline const QString kPending = QStringLiteral("pending_verification");
inline const QString kVerified = QStringLiteral("verified");
inline const QString kCompleted = QStringLiteral("completed");
inline const QString kFailed = QStringLiteral("failed");
inline const QString kExpired = QStringLiteral("expired");
constexpr int kCodeDigits = 6;
constexpr int kMaxAttempts = 5;
constexpr qint64 kCodeLifetimeMs = 10 * 60 * 1000;
constexpr qint64 kTokenLifetimeMs = 15 * 60 * 1000;
constexpr int kPerDevicePerHour = 5;
bool isCodeShaped(const QString &code);
} // namespace EnrollmentRules

} // namespace mid
