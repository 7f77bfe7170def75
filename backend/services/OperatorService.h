#pragma once

#include "LoginThrottle.h"
#include "storage/OperatorStore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid {

class AuthService;
class Database;

// The people who run the box (§1 Operators): password login and their management by an
// admin. Passwords are kept as PBKDF2-HMAC-SHA256 with a per-operator salt.
class OperatorService
{
public:
    OperatorService(Database &db, AuthService &auth);

    struct Login
    {
        QString token;
        OperatorStore::Operator op;
    };
    // 401 on an unknown user or a wrong password (the same message for both); 429 while
    // `fromAddress` is banned after repeated failures (LoginThrottle).
    Login login(const QString &username, const QString &password, const QString &fromAddress);

    // The same in three steps, so the slow middle one can run on a worker thread:
    // begin (ban check, stored hash) → passwordMatches (PBKDF2, any thread) → finish.
    struct LoginAttempt
    {
        std::optional<OperatorStore::Operator> op; // empty: no such user
        OperatorStore::Password reference;         // a dummy for unknown users: same cost
    };
    LoginAttempt beginLogin(const QString &username, const QString &fromAddress);
    static bool passwordMatches(const LoginAttempt &attempt, const QString &password);
    Login finishLogin(const LoginAttempt &attempt, bool matched, const QString &fromAddress);

    QList<OperatorStore::Operator> list();
    OperatorStore::Operator create(const QString &username, const QString &password,
                                   const QString &role);
    OperatorStore::Operator update(const QString &username, const QString *password,
                                   const QString *role);
    // 409 when it would leave the box without an admin.
    void remove(const QString &username, const QString &callerId);

    static QJsonObject toJson(const OperatorStore::Operator &op);
    static const QStringList &roles();
    static constexpr int kIterations = 210000; // OWASP 2023 for PBKDF2-HMAC-SHA256
    static constexpr int kMinPasswordLength = 10;

private:
    OperatorStore::Operator byName(const QString &username);
    int adminCount();
    static OperatorStore::Password hashPassword(const QString &password);
    static void checkPassword(const QString &password);
    static void checkRole(const QString &role);

    OperatorStore m_store;
    AuthService &m_auth;
    LoginThrottle m_throttle;
};

} // namespace mid
