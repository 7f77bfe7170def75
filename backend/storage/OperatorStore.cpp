#include "OperatorStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace mid {

std::optional<OperatorStore::Operator> OperatorStore::find(const QString &id)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT id, username, role FROM operators WHERE id=?"), {id});
    std::optional<Operator> op;
    if (q.next())
        op = Operator{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    q.finish();
    return op;
}

QList<OperatorStore::Operator> OperatorStore::list()
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, username, role, created_at, "
                                            "password_hash IS NOT NULL FROM operators "
                                            "ORDER BY username"));
    QList<Operator> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toBool()});
    q.finish();
    return out;
}

std::optional<std::pair<OperatorStore::Operator, OperatorStore::Password>>
OperatorStore::withPassword(const QString &username)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, username, role, password_hash, "
                                            "password_salt FROM operators WHERE username=? AND "
                                            "password_hash IS NOT NULL"),
                             {username});
    std::optional<std::pair<Operator, Password>> out;
    if (q.next())
        out = std::pair{Operator{q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), 0, true},
                        Password{q.value(3).toByteArray(), q.value(4).toByteArray()}};
    q.finish();
    return out;
}

void OperatorStore::setPassword(const QString &id, const Password &password)
{
    m_db.exec(QStringLiteral("UPDATE operators SET password_hash=?, password_salt=? WHERE id=?"),
              {password.hash, password.salt, id});
}

void OperatorStore::setRole(const QString &id, const QString &role)
{
    m_db.exec(QStringLiteral("UPDATE operators SET role=? WHERE id=?"), {role, id});
}

void OperatorStore::remove(const QString &id)
{
    m_db.exec(QStringLiteral("DELETE FROM operator_tokens WHERE operator_id=?"), {id});
    m_db.exec(QStringLiteral("DELETE FROM operators WHERE id=?"), {id});
}

std::optional<QString> OperatorStore::idOf(const QString &username)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT id FROM operators WHERE username=?"), {username});
    std::optional<QString> id;
    if (q.next())
        id = q.value(0).toString();
    q.finish();
    return id;
}

void OperatorStore::insert(const Operator &op, qint64 createdAt)
{
    m_db.exec(
        QStringLiteral("INSERT INTO operators (id, username, role, created_at) VALUES (?,?,?,?)"),
        {op.id, op.username, op.role, createdAt});
}

std::optional<OperatorStore::Token> OperatorStore::findToken(const QByteArray &hash)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT operator_id, last_used_at, never_expires FROM "
                                            "operator_tokens WHERE token_hash=?"),
                             {hash});
    std::optional<Token> token;
    if (q.next())
        token = Token{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toBool()};
    q.finish();
    return token;
}

void OperatorStore::insertToken(const QByteArray &hash, const QString &operatorId, qint64 nowMs,
                                bool neverExpires)
{
    m_db.exec(QStringLiteral(
                  "INSERT INTO operator_tokens (token_hash, operator_id, created_at, last_used_at, "
                  "never_expires) VALUES (?,?,?,?,?)"),
              {hash, operatorId, nowMs, nowMs, neverExpires ? 1 : 0});
}

void OperatorStore::deleteToken(const QByteArray &hash)
{
    m_db.exec(QStringLiteral("DELETE FROM operator_tokens WHERE token_hash=?"), {hash});
}

void OperatorStore::touchToken(const QByteArray &hash, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE operator_tokens SET last_used_at=? WHERE token_hash=?"),
              {nowMs, hash});
}

void OperatorStore::deleteBootstrapTokensExcept(const QString &operatorId, const QByteArray &keep)
{
    m_db.exec(QStringLiteral("DELETE FROM operator_tokens WHERE operator_id=? AND never_expires=1 "
                             "AND token_hash<>?"),
              {operatorId, keep});
}

} // namespace mid
