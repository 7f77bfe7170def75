#include "OperatorService.h"

#include "AuthService.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <QRegularExpression>

#include <algorithm>

#include <openssl/crypto.h>

namespace mid {

OperatorService::OperatorService(Database &db, AuthService &auth) : m_store(db), m_auth(auth) {}

const QStringList &OperatorService::roles()
{
    static const QStringList r = {QStringLiteral("admin"), QStringLiteral("operator"),
                                  QStringLiteral("auditor")};
    return r;
}

QJsonObject OperatorService::toJson(const OperatorStore::Operator &op)
{
    QJsonObject o{{QStringLiteral("username"), op.username},
                  {QStringLiteral("role"), op.role},
                  {QStringLiteral("hasPassword"), op.hasPassword}};
    if (op.createdAt)
        o.insert(QStringLiteral("createdAt"), Time::rfc3339Ms(op.createdAt));
    return o;
}

OperatorStore::Password OperatorService::hashPassword(const QString &password)
{
    const QByteArray salt = Random::bytes(16);
    return {Hash::pbkdf2Sha256(password.toUtf8(), salt, kIterations), salt};
}

void OperatorService::checkPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        throw ServiceError::invalid(
            QStringLiteral("password"), QStringLiteral("length"),
            QStringLiteral("password must be at least %1 characters").arg(kMinPasswordLength));
}

void OperatorService::checkRole(const QString &role)
{
    if (!roles().contains(role))
        throw ServiceError::invalid(QStringLiteral("role"), QStringLiteral("enum"),
                                    QStringLiteral("role must be admin, operator or auditor"));
}

OperatorService::Login OperatorService::login(const QString &username, const QString &password,
                                              const QString &fromAddress)
{
    const LoginAttempt attempt = beginLogin(username, fromAddress);
    return finishLogin(attempt, passwordMatches(attempt, password), fromAddress);
}

OperatorService::LoginAttempt OperatorService::beginLogin(const QString &username,
                                                          const QString &fromAddress)
{
    m_throttle.check(fromAddress, Time::nowMs());
    const auto stored = m_store.withPassword(username);
    // An unknown user costs the same PBKDF2 work as a known one, so timing tells nothing.
    if (!stored)
        return {std::nullopt, {QByteArray(32, '\0'), "no-such-user"}};
    return {stored->first, stored->second};
}

bool OperatorService::passwordMatches(const LoginAttempt &attempt, const QString &password)
{
    const QByteArray computed =
        Hash::pbkdf2Sha256(password.toUtf8(), attempt.reference.salt, kIterations);
    return attempt.op && computed.size() == attempt.reference.hash.size() &&
           CRYPTO_memcmp(computed.constData(), attempt.reference.hash.constData(),
                         size_t(computed.size())) == 0;
}

OperatorService::Login OperatorService::finishLogin(const LoginAttempt &attempt, bool matched,
                                                    const QString &fromAddress)
{
    if (!matched) {
        m_throttle.recordFailure(fromAddress, Time::nowMs());
        throw ServiceError::unauthenticated(QStringLiteral("Unknown username or wrong password"));
    }
    m_throttle.recordSuccess(fromAddress);
    return {m_auth.createOperatorToken(attempt.op->id, false), *attempt.op};
}

QList<OperatorStore::Operator> OperatorService::list()
{
    return m_store.list();
}

OperatorStore::Operator OperatorService::byName(const QString &username)
{
    for (const auto &op : m_store.list())
        if (op.username == username)
            return op;
    throw ServiceError::notFound(QStringLiteral("Operator"));
}

int OperatorService::adminCount()
{
    const auto all = m_store.list();
    return int(std::count_if(all.cbegin(), all.cend(),
                             [](const auto &o) { return o.role == QLatin1String("admin"); }));
}

OperatorStore::Operator OperatorService::create(const QString &username, const QString &password,
                                                const QString &role)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._@-]{2,64}$"));
    if (!valid.match(username).hasMatch())
        throw ServiceError::invalid(
            QStringLiteral("username"), QStringLiteral("format"),
            QStringLiteral("username must be 2 to 64 letters, digits or . _ @ -"));
    checkPassword(password);
    checkRole(role);
    if (m_store.idOf(username))
        throw ServiceError::conflict(QStringLiteral("An operator named %1 exists").arg(username));
    OperatorStore::Operator op{Ids::make(QStringLiteral("op")), username, role, Time::nowMs(),
                               true};
    m_store.insert(op, op.createdAt);
    m_store.setPassword(op.id, hashPassword(password));
    return op;
}

OperatorStore::Operator OperatorService::update(const QString &username, const QString *password,
                                                const QString *role)
{
    OperatorStore::Operator op = byName(username);
    if (password)
        checkPassword(*password);
    if (role) {
        checkRole(*role);
        if (op.role == QLatin1String("admin") && *role != op.role) {
            if (adminCount() <= 1)
                throw ServiceError::conflict(
                    QStringLiteral("The last admin cannot lose that role"));
        }
    }
    if (password) {
        m_store.setPassword(op.id, hashPassword(*password));
        op.hasPassword = true;
    }
    if (role) {
        m_store.setRole(op.id, *role);
        op.role = *role;
    }
    return op;
}

void OperatorService::remove(const QString &username, const QString &callerId)
{
    const OperatorStore::Operator op = byName(username);
    if (op.id == callerId)
        throw ServiceError::conflict(QStringLiteral("Operators cannot delete themselves"));
    if (op.role == QLatin1String("admin")) {
        if (adminCount() <= 1)
            throw ServiceError::conflict(QStringLiteral("The last admin cannot be deleted"));
    }
    m_store.remove(op.id); // its tokens go with it (ON DELETE CASCADE)
    m_auth.revokeOperator(op.id);
}

} // namespace mid
