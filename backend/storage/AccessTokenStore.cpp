#include "AccessTokenStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace mid {

std::optional<AccessTokenStore::Token> AccessTokenStore::find(const QByteArray &hash)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT client_id, scope, expires_at FROM access_tokens WHERE token_hash=?"),
        {hash});
    std::optional<Token> token;
    if (q.next()) {
        token = Token{q.value(0).toString(),
                      q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                      q.value(2).toLongLong()};
    }
    q.finish();
    return token;
}

void AccessTokenStore::insert(const QByteArray &hash, const Token &token, qint64 nowMs)
{
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("DELETE FROM access_tokens WHERE expires_at < ?"), {nowMs});
    m_db.exec(QStringLiteral("INSERT INTO access_tokens (token_hash, client_id, scope, expires_at) "
                             "VALUES (?,?,?,?)"),
              {hash, token.clientId, token.scopes.join(QLatin1Char(' ')), token.expiresAt});
    tx.commit();
}

} // namespace mid
