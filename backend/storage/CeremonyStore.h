#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mid {

class Database;

// One WebAuthn ceremony in flight (§3): the challenge the server issued and what it is bound
// to. `id` is the registrationId (reg_…) or authenticationId (authn_…) the caller names.
struct Ceremony
{
    QString id;
    QString kind; // "registration" | "authentication"
    QByteArray challenge;
    QString clientId;     // the tenant it acts for (client credentials, enrollment, session)
    QString enrollmentId; // registration through an enrollment token
    QString mpinIdentity; // registration through an activation token: the identity's hash
    QString sessionId;    // authentication bound to a consent session
    QString userId;
    QString mobile;
    QString deviceKey;         // the phone's deviceId
    QString deviceId;          // dev_… when known at begin
    QJsonObject deviceInfo;    // registration: model, os, appVersion
    QList<QByteArray> allowed; // authentication: the credential ids offered
    qint64 expiresAt = 0;
    qint64 createdAt = 0;
    qint64 usedAt = 0;

    static constexpr const char *kRegistration = "registration";
    static constexpr const char *kAuthentication = "authentication";
};

// Rows of fido_ceremonies. A challenge is taken (marked used) exactly once.
class CeremonyStore
{
public:
    explicit CeremonyStore(Database &db) : m_db(db) {}

    void insert(const Ceremony &ceremony);
    std::optional<Ceremony> find(const QString &id);
    // Marks the ceremony used; true only for the one caller that did.
    bool take(const QString &id, qint64 nowMs);
    // Forgets ceremonies that ended before `beforeMs`.
    void prune(qint64 beforeMs);

private:
    Database &m_db;
};

} // namespace mid
