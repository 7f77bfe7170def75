#include "SigningKeyStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace mid {

QList<SigningKeyStore::Row> SigningKeyStore::loadPublished(qint64 retiredAfterMs)
{
    QList<Row> rows;
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT kid, alg, private_enc, public_der, created_at, retired_at "
                                 "FROM signing_keys WHERE retired_at IS NULL OR retired_at > ? "
                                 "ORDER BY retired_at IS NULL, created_at"),
                  {retiredAfterMs});
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(),
                     q.value(3).toByteArray(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    q.finish();
    return rows;
}

void SigningKeyStore::retire(const QString &kid, qint64 atMs)
{
    m_db.exec(QStringLiteral("UPDATE signing_keys SET retired_at=? WHERE kid=?"), {atMs, kid});
}

void SigningKeyStore::insert(const Row &row)
{
    m_db.exec(
        QStringLiteral(
            "INSERT INTO signing_keys (kid, alg, private_enc, public_der, created_at, retired_at) "
            "VALUES (?,?,?,?,?,NULL)"),
        {row.kid, row.alg, row.privateSealed, row.publicDer, row.createdAt});
}

void SigningKeyStore::rotate(const Row &next, qint64 atMs)
{
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE signing_keys SET retired_at=? WHERE retired_at IS NULL"),
              {atMs});
    insert(next);
    tx.commit();
}

} // namespace mid
