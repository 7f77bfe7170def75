#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid {

class Database;

// Rows of the access_tokens table: OAuth2 client-credentials tokens, stored as hashes.
class AccessTokenStore
{
public:
    struct Token
    {
        QString clientId;
        QStringList scopes;
        qint64 expiresAt = 0; // ms
    };

    explicit AccessTokenStore(Database &db) : m_db(db) {}

    std::optional<Token> find(const QByteArray &hash);
    // Stores the token and forgets the ones that expired.
    void insert(const QByteArray &hash, const Token &token, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace mid
