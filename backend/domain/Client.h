#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid {

// A tenant of the box: one API client with its plan, scopes and credentials (hashes and
// sealed secret only; the clear key and secret exist once, in the creation answer).
struct Client
{
    QString clientId;
    QString name;
    QString plan = QStringLiteral("free");
    QString status = QStringLiteral("active");
    QStringList scopes;
    QStringList allowedOrigins;
    QString qrPayload = QStringLiteral("approval");
    std::optional<QJsonObject> rateLimits; // enterprise limits of §11
    QByteArray apiKeyHash;
    QByteArray oldKeyHash;
    qint64 oldKeyExpiresAt = 0; // ms; the previous key and secret work until then
    QByteArray secretSealed;
    QByteArray oldSecretSealed;
    qint64 credentialsRotatedAt = 0; // ms; access tokens issued before it end with the grace
    QString stripeCustomerId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isActive() const { return status == QLatin1String("active"); }
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    // The public view, as the API answers it (never a key, hash or secret).
    QJsonObject toJson() const;
};

namespace ClientRules {
const QStringList &allScopes();
const QStringList &plans();
const QStringList &qrPayloads();
} // namespace ClientRules

} // namespace mid
