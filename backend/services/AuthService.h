#pragma once

#include "Principal.h"
#include "storage/AccessTokenStore.h"
#include "storage/OperatorStore.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace mid {

class ClientService;
class Database;

// The credential headers of one request, as §1 names them.
struct Credentials
{
    QByteArray authorization;  // "Bearer …" or "Basic …"
    QByteArray clientIdHeader; // X-Client-ID
    QByteArray mobidKey;       // X-Mobid-Key
};

// Turns credentials into a Principal: the four client schemes of §1, OAuth2 client-credentials
// tokens, and operator tokens (including the bootstrap admin).
class AuthService : public QObject
{
    Q_OBJECT
public:
    AuthService(Database &db, ClientService &clients, QObject *parent = nullptr);

    // 401 when no valid client credential is present, 403 when the client is suspended.
    Principal authenticateClient(const Credentials &credentials);
    // Anonymous principal when the bearer token is not an operator's.
    Principal authenticateOperator(const Credentials &credentials);

    struct AccessToken
    {
        QString token;
        int expiresIn = 3600;
        QStringList scopes;
    };
    AccessToken issueAccessToken(const QString &clientId, const QStringList &scopes);

    // First start: creates the admin operator. *generatedToken receives the token to print
    // when one was generated (and written to <dataDir>/admin-token). False with *error set
    // when the token file cannot be written.
    bool bootstrapOperator(const QString &givenToken, const QString &dataDir,
                           QString *generatedToken, QString *error);
    QString createOperatorToken(const QString &operatorId, bool neverExpires);
    // A new idle-expiring token for the operator with this username (empty if none): what the
    // embedded console uses when it has no token of its own.
    QString mintTokenFor(const QString &username);
    void revokeOperatorToken(const QByteArray &authorization);
    // Every token of an operator ends at once (the operator was deleted).
    void revokeOperator(const QString &operatorId);
    // The key under which the bearer operator token of a request is known: what a long-lived
    // answer such as the event stream keeps so that it can end with its token.
    static QByteArray operatorTokenKey(const QByteArray &authorization);

    static constexpr int kAccessTokenSeconds = 3600;
    static constexpr qint64 kOperatorIdleMs = 12LL * 3600 * 1000;

Q_SIGNALS:
    // A token (tokenKey set) or all of an operator's tokens (operatorId set) stopped opening
    // anything: whatever was opened with them must end now, not at its next request.
    void operatorAccessRevoked(const QByteArray &tokenKey, const QString &operatorId);

private:
    struct TokenInfo
    {
        QString ownerId; // client id or operator id
        QStringList scopes;
        qint64 expiresAt = 0;     // access tokens
        qint64 lastUsedAt = 0;    // operator tokens
        qint64 lastStoredUse = 0; // when last_used_at was last written
        bool neverExpires = false;
    };
    std::optional<TokenInfo> accessToken(const QByteArray &hash);
    std::optional<TokenInfo> operatorToken(const QByteArray &hash);
    Principal principalForClient(const Client &client, Principal::Credential how) const;

    OperatorStore m_operators;
    AccessTokenStore m_accessTokenStore;
    ClientService &m_clients;
    QHash<QByteArray, TokenInfo> m_accessTokens;
    QHash<QByteArray, TokenInfo> m_operatorTokens;
};

} // namespace mid
