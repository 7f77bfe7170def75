#include "MpinStore.h"

#include "Database.h"
#include "SqlFilter.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace mid {

using namespace SqlValues;

namespace {
// A text for a NOT NULL column: Qt binds a null QString (an absent deviceName, country,
// redirectURI or state) as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kIdentityColumns = QStringLiteral(
    "seq, hash, mpin_id, client_id, user_id, device_name, status, act_token_hash, "
    "act_expires_at, act_used_at, credential_id, device_id, dvs, ip, country, revoke_reason, "
    "revoked_at, activated_at, created_at, updated_at");
const QString kCodeColumns =
    QStringLiteral("seq, code_hash, kind, client_id, user_id, device_name, redirect_uri, state, "
                   "attempts, expires_at, used_at, created_at");

MpinIdentity identityFrom(const QSqlQuery &q)
{
    MpinIdentity i;
    i.seq = q.value(0).toLongLong();
    i.hash = q.value(1).toString();
    i.mpinId = q.value(2).toString().toUtf8();
    i.clientId = q.value(3).toString();
    i.userId = q.value(4).toString();
    i.deviceName = q.value(5).toString();
    i.status = q.value(6).toString();
    i.actTokenHash = q.value(7).toString().toLatin1();
    i.actExpiresAt = q.value(8).toLongLong();
    i.actUsedAt = q.value(9).toLongLong();
    i.credentialId = q.value(10).toByteArray();
    i.deviceId = q.value(11).toString();
    i.dvs = q.value(12).toInt() != 0;
    i.ip = q.value(13).toString();
    i.country = q.value(14).toString();
    i.revokeReason = q.value(15).toString();
    i.revokedAt = q.value(16).toLongLong();
    i.activatedAt = q.value(17).toLongLong();
    i.createdAt = q.value(18).toLongLong();
    i.updatedAt = q.value(19).toLongLong();
    return i;
}

MpinCode codeFrom(const QSqlQuery &q)
{
    MpinCode c;
    c.seq = q.value(0).toLongLong();
    c.codeHash = q.value(1).toString().toLatin1();
    c.kind = q.value(2).toString();
    c.clientId = q.value(3).toString();
    c.userId = q.value(4).toString();
    c.deviceName = q.value(5).toString();
    c.redirectUri = q.value(6).toString();
    c.state = q.value(7).toString();
    c.attempts = q.value(8).toInt();
    c.expiresAt = q.value(9).toLongLong();
    c.usedAt = q.value(10).toLongLong();
    c.createdAt = q.value(11).toLongLong();
    return c;
}

template <typename T, typename From> std::optional<T> one(QSqlQuery &q, From from)
{
    std::optional<T> out;
    if (q.next())
        out = from(q);
    q.finish();
    return out;
}

std::optional<MpinIdentity> oneIdentity(Database &db, const QString &where, const QVariant &value)
{
    return one<MpinIdentity>(db.exec(QStringLiteral("SELECT ") + kIdentityColumns +
                                         QStringLiteral(" FROM mpin_identities WHERE ") + where,
                                     {value}),
                             identityFrom);
}

SqlFilter filterFor(const MpinFilter &f)
{
    SqlFilter sql;
    if (!f.clientId.isEmpty())
        sql.add(QStringLiteral("client_id=?"), {f.clientId});
    if (!f.userId.isEmpty())
        sql.add(QStringLiteral("user_id=?"), {f.userId});
    if (!f.deviceId.isEmpty())
        sql.add(QStringLiteral("device_id=?"), {f.deviceId});
    if (f.revoked)
        sql.add(*f.revoked ? QStringLiteral("status='revoked'") : QStringLiteral("status='active'"),
                {});
    else if (!f.includePending)
        sql.add(QStringLiteral("status<>'pending'"), {});
    return sql;
}
} // namespace

void MpinStore::insert(const MpinIdentity &i)
{
    m_db.exec(QStringLiteral("INSERT INTO mpin_identities (hash, mpin_id, client_id, user_id, "
                             "device_name, status, act_token_hash, act_expires_at, ip, country, "
                             "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
              {i.hash, QString::fromUtf8(i.mpinId), i.clientId, i.userId, text(i.deviceName),
               i.status, QString::fromLatin1(i.actTokenHash), i.actExpiresAt, text(i.ip),
               text(i.country), i.createdAt, i.updatedAt});
}

void MpinStore::save(const MpinIdentity &i)
{
    m_db.exec(QStringLiteral("UPDATE mpin_identities SET device_name=?, status=?, "
                             "credential_id=?, device_id=?, dvs=?, ip=?, revoke_reason=?, "
                             "revoked_at=?, activated_at=?, updated_at=? WHERE hash=?"),
              {text(i.deviceName), i.status, nullableBytes(i.credentialId),
               nullableText(i.deviceId), i.dvs ? 1 : 0, text(i.ip), nullableText(i.revokeReason),
               nullableMs(i.revokedAt), nullableMs(i.activatedAt), i.updatedAt, i.hash});
}

std::optional<MpinIdentity> MpinStore::byHash(const QString &hash)
{
    return oneIdentity(m_db, QStringLiteral("hash=?"), hash);
}

std::optional<MpinIdentity> MpinStore::byActivationToken(const QByteArray &tokenHash)
{
    return oneIdentity(m_db, QStringLiteral("act_token_hash=?"), QString::fromLatin1(tokenHash));
}

std::optional<MpinIdentity> MpinStore::byCredential(const QByteArray &credentialId)
{
    return oneIdentity(m_db, QStringLiteral("credential_id=?"), credentialId);
}

void MpinStore::revokeOfDevice(const QString &deviceId, const QString &reason, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE mpin_identities SET status='revoked', revoke_reason=?, "
                             "revoked_at=?, updated_at=? WHERE device_id=? AND status='active'"),
              {reason, nowMs, nowMs, deviceId});
}

bool MpinStore::takeActivationToken(const QString &hash, qint64 nowMs)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE mpin_identities SET act_used_at=? "
                                            "WHERE hash=? AND act_used_at IS NULL"),
                             {nowMs, hash});
    return q.numRowsAffected() > 0;
}

MpinStore::Page MpinStore::list(const MpinFilter &filter, int offset, int limit)
{
    const SqlFilter sql = filterFor(filter);
    Page page;
    page.total = sql.count(m_db, QStringLiteral("mpin_identities"));
    QSqlQuery &q =
        sql.page(m_db, kIdentityColumns, QStringLiteral("mpin_identities"), 0, offset + limit);
    int row = 0;
    while (q.next()) {
        if (row++ >= offset)
            page.items << identityFrom(q);
    }
    q.finish();
    return page;
}

MpinStore::Page MpinStore::listBefore(const MpinFilter &filter, qint64 beforeSeq, int limit,
                                      bool *more)
{
    const SqlFilter sql = filterFor(filter);
    Page page;
    page.total = sql.count(m_db, QStringLiteral("mpin_identities"));
    QSqlQuery &q =
        sql.page(m_db, kIdentityColumns, QStringLiteral("mpin_identities"), beforeSeq, limit + 1);
    while (q.next())
        page.items << identityFrom(q);
    q.finish();
    *more = page.items.size() > limit;
    if (*more)
        page.items.removeLast();
    return page;
}

void MpinStore::insertCode(const MpinCode &c)
{
    m_db.exec(QStringLiteral("INSERT INTO mpin_codes (code_hash, kind, client_id, user_id, "
                             "device_name, redirect_uri, state, attempts, expires_at, "
                             "created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
              {QString::fromLatin1(c.codeHash), c.kind, c.clientId, c.userId, text(c.deviceName),
               text(c.redirectUri), text(c.state), c.attempts, c.expiresAt, c.createdAt});
}

std::optional<MpinCode> MpinStore::codeByHash(const QByteArray &codeHash)
{
    return one<MpinCode>(m_db.exec(QStringLiteral("SELECT ") + kCodeColumns +
                                       QStringLiteral(" FROM mpin_codes WHERE code_hash=?"),
                                   {QString::fromLatin1(codeHash)}),
                         codeFrom);
}

std::optional<MpinCode> MpinStore::liveOtp(const QString &clientId, const QString &userId,
                                           qint64 nowMs)
{
    return one<MpinCode>(
        m_db.exec(QStringLiteral("SELECT ") + kCodeColumns +
                      QStringLiteral(" FROM mpin_codes WHERE kind='otp' AND client_id=? AND "
                                     "user_id=? AND used_at IS NULL AND expires_at>? "
                                     "ORDER BY seq DESC LIMIT 1"),
                  {clientId, userId, nowMs}),
        codeFrom);
}

bool MpinStore::takeCode(qint64 seq, qint64 nowMs)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("UPDATE mpin_codes SET used_at=? WHERE seq=? AND used_at IS NULL"),
                  {nowMs, seq});
    return q.numRowsAffected() > 0;
}

void MpinStore::countAttempt(qint64 seq)
{
    m_db.exec(QStringLiteral("UPDATE mpin_codes SET attempts=attempts+1 WHERE seq=?"), {seq});
}

} // namespace mid
