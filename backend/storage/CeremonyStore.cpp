#include "CeremonyStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "crypto/Base64Url.h"

#include <QSqlQuery>

namespace mid {

using namespace SqlValues;

namespace {
const QString kColumns = QStringLiteral(
    "id, kind, challenge, client_id, enrollment_id, session_id, user_id, mobile, device_key, "
    "device_id, device_info, allowed, expires_at, created_at, used_at, mpin_identity");

QStringList encodeIds(const QList<QByteArray> &ids)
{
    QStringList out;
    for (const QByteArray &id : ids)
        out << Base64Url::encodeToString(id);
    return out;
}

QList<QByteArray> decodeIds(const QStringList &texts)
{
    QList<QByteArray> out;
    for (const QString &text : texts) {
        if (const auto id = Base64Url::decode(text.toLatin1()))
            out << *id;
    }
    return out;
}

Ceremony fromRow(const QSqlQuery &q)
{
    Ceremony c;
    c.id = q.value(0).toString();
    c.kind = q.value(1).toString();
    c.challenge = q.value(2).toByteArray();
    c.clientId = q.value(3).toString();
    c.enrollmentId = q.value(4).toString();
    c.sessionId = q.value(5).toString();
    c.userId = q.value(6).toString();
    c.mobile = q.value(7).toString();
    c.deviceKey = q.value(8).toString();
    c.deviceId = q.value(9).toString();
    c.deviceInfo = object(q.value(10));
    c.allowed = decodeIds(stringList(q.value(11)));
    c.expiresAt = q.value(12).toLongLong();
    c.createdAt = q.value(13).toLongLong();
    c.usedAt = q.value(14).toLongLong();
    c.mpinIdentity = q.value(15).toString();
    return c;
}
} // namespace

void CeremonyStore::insert(const Ceremony &c)
{
    m_db.exec(QStringLiteral("INSERT INTO fido_ceremonies (id, kind, challenge, client_id, "
                             "enrollment_id, session_id, user_id, mobile, device_key, device_id, "
                             "device_info, allowed, expires_at, created_at, mpin_identity) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
              {c.id, c.kind, c.challenge, nullableText(c.clientId), nullableText(c.enrollmentId),
               nullableText(c.sessionId), nullableText(c.userId), nullableText(c.mobile),
               nullableText(c.deviceKey), nullableText(c.deviceId), json(c.deviceInfo),
               json(encodeIds(c.allowed)), c.expiresAt, c.createdAt,
               nullableText(c.mpinIdentity)});
}

std::optional<Ceremony> CeremonyStore::find(const QString &id)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM fido_ceremonies WHERE id=?"),
                             {id});
    std::optional<Ceremony> c;
    if (q.next())
        c = fromRow(q);
    q.finish();
    return c;
}

bool CeremonyStore::take(const QString &id, qint64 nowMs)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("UPDATE fido_ceremonies SET used_at=? WHERE id=? AND used_at IS NULL"),
        {nowMs, id});
    return q.numRowsAffected() > 0;
}

void CeremonyStore::prune(qint64 beforeMs)
{
    m_db.exec(QStringLiteral("DELETE FROM fido_ceremonies WHERE expires_at<?"), {beforeMs});
}

} // namespace mid
