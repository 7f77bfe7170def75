#include "AuthService.h"

#include "ClientService.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/Hash.h"
#include "crypto/KeyFiles.h"

#include <QDir>
#include <QFile>

namespace mid {

namespace {
QByteArray tokenHash(const QByteArray &token)
{
    return Hash::sha256(token);
}

QByteArray schemeValue(const QByteArray &authorization, const QByteArray &scheme)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() <= scheme.size() ||
        trimmed.left(scheme.size()).toLower() != scheme.toLower() ||
        trimmed.at(scheme.size()) != ' ')
        return {};
    return trimmed.mid(scheme.size() + 1).trimmed();
}
} // namespace

AuthService::AuthService(Database &db, ClientService &clients, QObject *parent)
    : QObject(parent), m_operators(db), m_accessTokenStore(db), m_clients(clients)
{
}

Principal AuthService::principalForClient(const Client &client, Principal::Credential how) const
{
    if (!client.isActive())
        throw ServiceError::forbidden(
            QStringLiteral("Client %1 is suspended").arg(client.clientId));
    Principal p;
    p.kind = Principal::Kind::Client;
    p.credential = how;
    p.client = client;
    return p;
}

Principal AuthService::authenticateClient(const Credentials &cred)
{
    const QString invalid = QStringLiteral("Invalid or missing API credentials");
    if (!cred.mobidKey.isEmpty()) {
        const auto client = m_clients.byApiKey(QString::fromUtf8(cred.mobidKey));
        // A client id sent alongside must name the key's own client, as with Bearer.
        if (!client || (!cred.clientIdHeader.isEmpty() &&
                        client->clientId != QString::fromUtf8(cred.clientIdHeader)))
            throw ServiceError::unauthenticated(invalid);
        return principalForClient(*client, Principal::Credential::MobidKey);
    }
    if (const QByteArray basic = schemeValue(cred.authorization, "Basic"); !basic.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(basic);
        const qsizetype colon = decoded.indexOf(':');
        if (colon <= 0)
            throw ServiceError::unauthenticated(invalid);
        const auto client = m_clients.bySecret(QString::fromUtf8(decoded.left(colon)),
                                               QString::fromUtf8(decoded.mid(colon + 1)));
        if (!client)
            throw ServiceError::unauthenticated(invalid);
        return principalForClient(*client, Principal::Credential::Basic);
    }
    const QByteArray bearer = schemeValue(cred.authorization, "Bearer");
    if (bearer.isEmpty())
        throw ServiceError::unauthenticated(invalid);

    if (!cred.clientIdHeader.isEmpty()) {
        // Seeds 000/003: the key and the client id must belong together.
        const auto client = m_clients.byApiKey(QString::fromUtf8(bearer));
        if (!client || client->clientId != QString::fromUtf8(cred.clientIdHeader))
            throw ServiceError::unauthenticated(invalid);
        return principalForClient(*client, Principal::Credential::BearerKey);
    }
    if (const auto token = accessToken(tokenHash(bearer))) {
        const auto client = m_clients.find(token->ownerId);
        if (!client)
            throw ServiceError::unauthenticated(invalid);
        Principal p = principalForClient(*client, Principal::Credential::AccessToken);
        p.tokenScopes = token->scopes;
        return p;
    }
    if (const auto client = m_clients.byApiKey(QString::fromUtf8(bearer)))
        return principalForClient(*client, Principal::Credential::BearerKey);
    throw ServiceError::unauthenticated(invalid);
}

std::optional<AuthService::TokenInfo> AuthService::accessToken(const QByteArray &hash)
{
    auto it = m_accessTokens.find(hash);
    if (it == m_accessTokens.end()) {
        const auto stored = m_accessTokenStore.find(hash);
        if (!stored)
            return std::nullopt;
        TokenInfo info;
        info.ownerId = stored->clientId;
        info.scopes = stored->scopes;
        info.expiresAt = stored->expiresAt;
        it = m_accessTokens.insert(hash, info);
    }
    const auto client = m_clients.find(it->ownerId);
    const qint64 now = Time::nowMs();
    // A token obtained with credentials that were since regenerated lives only as long as
    // the old credentials' grace period (same millisecond counts as before: the safe side).
    const qint64 issuedAt = it->expiresAt - qint64(kAccessTokenSeconds) * 1000;
    const bool superseded =
        client && issuedAt <= client->credentialsRotatedAt && now >= client->oldKeyExpiresAt;
    if (now >= it->expiresAt || !client || superseded) {
        m_accessTokens.erase(it);
        return std::nullopt;
    }
    return it.value();
}

AuthService::AccessToken AuthService::issueAccessToken(const QString &clientId,
                                                       const QStringList &scopes)
{
    AccessToken t;
    t.token = QStringLiteral("mid_at_") + Ids::base62(43);
    t.expiresIn = kAccessTokenSeconds;
    t.scopes = scopes;
    const QByteArray hash = tokenHash(t.token.toUtf8());
    const qint64 expiresAt = Time::nowMs() + qint64(kAccessTokenSeconds) * 1000;
    m_accessTokenStore.insert(hash, {clientId, scopes, expiresAt}, Time::nowMs());
    m_accessTokens.insert(hash, TokenInfo{clientId, scopes, expiresAt, 0, 0, false});
    return t;
}

std::optional<AuthService::TokenInfo> AuthService::operatorToken(const QByteArray &hash)
{
    auto it = m_operatorTokens.find(hash);
    if (it == m_operatorTokens.end()) {
        const auto stored = m_operators.findToken(hash);
        if (!stored)
            return std::nullopt;
        TokenInfo info;
        info.ownerId = stored->operatorId;
        info.lastUsedAt = info.lastStoredUse = stored->lastUsedAt;
        info.neverExpires = stored->neverExpires;
        it = m_operatorTokens.insert(hash, info);
    }
    const qint64 now = Time::nowMs();
    if (!it->neverExpires && now - it->lastUsedAt > kOperatorIdleMs) {
        m_operators.deleteToken(hash);
        m_operatorTokens.erase(it);
        return std::nullopt;
    }
    it->lastUsedAt = now;
    // The idle clock needs minute precision, not a write per request.
    if (now - it->lastStoredUse > 60000) {
        m_operators.touchToken(hash, now);
        it->lastStoredUse = now;
    }
    return it.value();
}

Principal AuthService::authenticateOperator(const Credentials &cred)
{
    Principal p;
    const QByteArray bearer = schemeValue(cred.authorization, "Bearer");
    if (bearer.isEmpty() || !cred.clientIdHeader.isEmpty())
        return p;
    const auto token = operatorToken(tokenHash(bearer));
    if (!token)
        return p;
    if (const auto op = m_operators.find(token->ownerId)) {
        p.kind = Principal::Kind::Operator;
        p.credential = Principal::Credential::OperatorToken;
        p.operatorId = op->id;
        p.operatorName = op->username;
        p.role = op->role;
    }
    return p;
}

QString AuthService::createOperatorToken(const QString &operatorId, bool neverExpires)
{
    const QString token = QStringLiteral("mid_op_") + Ids::base62(43);
    const qint64 now = Time::nowMs();
    m_operators.insertToken(tokenHash(token.toUtf8()), operatorId, now, neverExpires);
    return token;
}

QString AuthService::mintTokenFor(const QString &username)
{
    const std::optional<QString> id = m_operators.idOf(username);
    return id ? createOperatorToken(*id, false) : QString();
}

QByteArray AuthService::operatorTokenKey(const QByteArray &authorization)
{
    return tokenHash(schemeValue(authorization, "Bearer"));
}

void AuthService::revokeOperatorToken(const QByteArray &authorization)
{
    const QByteArray hash = operatorTokenKey(authorization);
    m_operators.deleteToken(hash);
    m_operatorTokens.remove(hash);
    Q_EMIT operatorAccessRevoked(hash, {});
}

void AuthService::revokeOperator(const QString &operatorId)
{
    m_operatorTokens.removeIf([&](const auto &it) { return it.value().ownerId == operatorId; });
    Q_EMIT operatorAccessRevoked({}, operatorId);
}

bool AuthService::bootstrapOperator(const QString &givenToken, const QString &dataDir,
                                    QString *generatedToken, QString *error)
{
    generatedToken->clear();
    QString adminId = m_operators.idOf(QStringLiteral("admin")).value_or(QString());
    const bool firstStart = adminId.isEmpty();
    if (firstStart) {
        adminId = Ids::make(QStringLiteral("op"));
        m_operators.insert({adminId, QStringLiteral("admin"), QStringLiteral("admin")},
                           Time::nowMs());
    }
    if (!givenToken.isEmpty()) {
        // The bootstrap token is one credential: a new one given replaces the previous one
        // (given or generated), and it opens the admin account on every later start.
        const QByteArray hash = tokenHash(givenToken.toUtf8());
        m_operators.deleteBootstrapTokensExcept(adminId, hash);
        m_operatorTokens.clear();
        QFile::remove(QDir(dataDir).filePath(QStringLiteral("admin-token")));
        if (!operatorToken(hash))
            m_operators.insertToken(hash, adminId, Time::nowMs(), true);
        return true;
    }
    if (!firstStart)
        return true;
    const QString token = createOperatorToken(adminId, true);
    if (!KeyFiles::writePrivate(QDir(dataDir).filePath(QStringLiteral("admin-token")),
                                token.toUtf8() + '\n', error))
        return false;
    *generatedToken = token;
    return true;
}

} // namespace mid
