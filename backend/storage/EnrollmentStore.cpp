#include "EnrollmentStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace mid {

using namespace SqlValues;

namespace {
const QString kColumns = QStringLiteral(
    "seq, id, client_id, mobile, device_key, device_info, external_user_id, code_hash, attempts, "
    "status, token_hash, token_expires_at, token_used_at, device_id, created_by, expires_at, "
    "created_at, updated_at, verified_at, completed_at");

Enrollment fromRow(const QSqlQuery &q)
{
    Enrollment e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.clientId = q.value(2).toString();
    e.mobile = q.value(3).toString();
    e.deviceKey = q.value(4).toString();
    e.deviceInfo = object(q.value(5));
    e.externalUserId = q.value(6).toString();
    e.codeHash = q.value(7).toByteArray();
    e.attempts = q.value(8).toInt();
    e.status = q.value(9).toString();
    e.tokenHash = q.value(10).toByteArray();
    e.tokenExpiresAt = q.value(11).toLongLong();
    e.tokenUsedAt = q.value(12).toLongLong();
    e.deviceId = q.value(13).toString();
    e.createdBy = q.value(14).toString();
    e.expiresAt = q.value(15).toLongLong();
    e.createdAt = q.value(16).toLongLong();
    e.updatedAt = q.value(17).toLongLong();
    e.verifiedAt = q.value(18).toLongLong();
    e.completedAt = q.value(19).toLongLong();
    return e;
}

std::optional<Enrollment> one(QSqlQuery &q)
{
    std::optional<Enrollment> e;
    if (q.next())
        e = fromRow(q);
    q.finish();
    return e;
}
} // namespace

void EnrollmentStore::insert(const Enrollment &e)
{
    m_db.exec(QStringLiteral("INSERT INTO enrollments (id, client_id, mobile, device_key, "
                             "device_info, external_user_id, code_hash, attempts, status, "
                             "created_by, expires_at, created_at, updated_at) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
              {e.id, nullableText(e.clientId), e.mobile, e.deviceKey, json(e.deviceInfo),
               nullableText(e.externalUserId), e.codeHash, e.attempts, e.status, e.createdBy,
               e.expiresAt, e.createdAt, e.updatedAt});
}

void EnrollmentStore::save(const Enrollment &e)
{
    m_db.exec(QStringLiteral("UPDATE enrollments SET attempts=?, status=?, token_hash=?, "
                             "token_expires_at=?, token_used_at=?, device_id=?, expires_at=?, "
                             "updated_at=?, verified_at=?, completed_at=? WHERE id=?"),
              {e.attempts, e.status, nullableBytes(e.tokenHash), nullableMs(e.tokenExpiresAt),
               nullableMs(e.tokenUsedAt), nullableText(e.deviceId), e.expiresAt, e.updatedAt,
               nullableMs(e.verifiedAt), nullableMs(e.completedAt), e.id});
}

std::optional<Enrollment> EnrollmentStore::find(const QString &id)
{
    return one(m_db.exec(QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM enrollments WHERE id=?"),
                         {id}));
}

std::optional<Enrollment> EnrollmentStore::byTokenHash(const QByteArray &tokenHash)
{
    return one(m_db.exec(QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM enrollments WHERE token_hash=?"),
                         {tokenHash}));
}

bool EnrollmentStore::takeToken(const QString &id, qint64 nowMs)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE enrollments SET token_used_at=?, updated_at=? "
                                            "WHERE id=? AND token_used_at IS NULL"),
                             {nowMs, nowMs, id});
    return q.numRowsAffected() > 0;
}

EnrollmentStore::Recent EnrollmentStore::recentForDevice(const QString &deviceKey, qint64 sinceMs)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM enrollments "
                                            "WHERE device_key=? AND created_at>?"),
                             {deviceKey, sinceMs});
    Recent r;
    if (q.next()) {
        r.count = q.value(0).toInt();
        r.oldestAt = q.value(1).toLongLong();
    }
    q.finish();
    return r;
}

} // namespace mid
