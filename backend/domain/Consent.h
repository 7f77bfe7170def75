#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid {

enum class ConsentStatus
{
    Pending,
    Approved,
    Rejected,
    Expired,
    Revoked
};

// A consent session of §2 and the rules of its state machine.
struct Consent
{
    qint64 seq = 0;
    QString id;
    QString clientId;
    QString recipient;
    QString intent = QStringLiteral("login");
    QStringList scope;
    QJsonObject metadata;
    QString callbackUrl;
    ConsentStatus status = ConsentStatus::Pending;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 updatedAt = 0;
    qint64 scannedAt = 0;
    qint64 decidedAt = 0;
    qint64 revokedAt = 0;
    QJsonObject user;
    QJsonObject device;

    bool isTerminal() const
    {
        return status != ConsentStatus::Pending && status != ConsentStatus::Approved;
    }
};

namespace ConsentRules {

QString statusName(ConsentStatus s);
std::optional<ConsentStatus> parseStatus(const QString &name);
const QStringList &intents();

// Whether a consent in `from` may move to `to`. Terminal states never change; an approved
// consent may only be withdrawn (revoked).
bool canTransition(ConsentStatus from, ConsentStatus to);

constexpr int kMinExpiresIn = 30;
constexpr int kMaxExpiresIn = 3600;
constexpr int kDefaultExpiresIn = 300;
constexpr int kMaxMetadataBytes = 4096;

// When a session made at `nowMs` with `expiresIn` seconds expires: rounded up to the whole
// second, so the expiresAt a client reads (RFC 3339, seconds) is exactly when it expires.
qint64 expiryFrom(qint64 nowMs, int expiresInSeconds);

// https anywhere, http only to loopback (local development).
bool isAllowedCallbackUrl(const QString &url);

} // namespace ConsentRules

} // namespace mid
