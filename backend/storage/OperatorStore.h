#pragma once

#include <QList>
#include <utility>

#include <QByteArray>
#include <QString>

#include <optional>

namespace mid {

class Database;

// Rows of the operators and operator_tokens tables (tokens are stored as hashes).
class OperatorStore
{
public:
    struct Operator
    {
        QString id, username, role;
        qint64 createdAt = 0;
        bool hasPassword = false;
    };
    struct Token
    {
        QString operatorId;
        qint64 lastUsedAt = 0;
        bool neverExpires = false;
    };

    explicit OperatorStore(Database &db) : m_db(db) {}

    std::optional<Operator> find(const QString &id);
    QList<Operator> list();
    struct Password
    {
        QByteArray hash, salt;
    };
    // The stored password of a username (nullopt: no such operator or no password set).
    std::optional<std::pair<Operator, Password>> withPassword(const QString &username);
    void setPassword(const QString &id, const Password &password);
    void setRole(const QString &id, const QString &role);
    // The operator and (through the foreign key) every token of theirs.
    void remove(const QString &id);
    std::optional<QString> idOf(const QString &username);
    void insert(const Operator &op, qint64 createdAt);

    std::optional<Token> findToken(const QByteArray &hash);
    void insertToken(const QByteArray &hash, const QString &operatorId, qint64 nowMs,
                     bool neverExpires);
    void deleteToken(const QByteArray &hash);
    void touchToken(const QByteArray &hash, qint64 nowMs);
    // Drops the operator's never-expiring (bootstrap) tokens other than `keep`.
    void deleteBootstrapTokensExcept(const QString &operatorId, const QByteArray &keep);

private:
    Database &m_db;
};

} // namespace mid
