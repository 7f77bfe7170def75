#include "DeviceStore.h"

#include "Database.h"
#include "SqlFilter.h"
#include "SqlValues.h"
#include "core/Ids.h"

#include <QSqlQuery>

namespace mid {

using namespace SqlValues;

namespace {
const QString kDeviceColumns = QStringLiteral(
    "seq, id, device_key, user_id, mobile, model, os, app_version, push_token, status, "
    "block_reason, enrolled_by_client, created_at, updated_at, last_used_at, blocked_at, "
    "deregistered_at");
const QString kCredentialColumns = QStringLiteral(
    "credential_id, device_id, user_id, public_key, alg, aaguid, sign_count, transports, "
    "attestation_format, flagged_at, revoked_at, created_at, last_used_at");
const QString kUserColumns = QStringLiteral("id, mobile, verified_at, created_at");

Device deviceFromRow(const QSqlQuery &q)
{
    Device d;
    d.seq = q.value(0).toLongLong();
    d.id = q.value(1).toString();
    d.deviceKey = q.value(2).toString();
    d.userId = q.value(3).toString();
    d.mobile = q.value(4).toString();
    d.model = q.value(5).toString();
    d.os = q.value(6).toString();
    d.appVersion = q.value(7).toString();
    d.pushToken = q.value(8).toString();
    d.status = q.value(9).toString();
    d.blockReason = q.value(10).toString();
    d.enrolledByClient = q.value(11).toString();
    d.createdAt = q.value(12).toLongLong();
    d.updatedAt = q.value(13).toLongLong();
    d.lastUsedAt = q.value(14).toLongLong();
    d.blockedAt = q.value(15).toLongLong();
    d.deregisteredAt = q.value(16).toLongLong();
    return d;
}

FidoCredential credentialFromRow(const QSqlQuery &q)
{
    FidoCredential c;
    c.id = q.value(0).toByteArray();
    c.deviceId = q.value(1).toString();
    c.userId = q.value(2).toString();
    c.publicKey = q.value(3).toByteArray();
    c.algorithm = q.value(4).toInt();
    c.aaguid = q.value(5).toString();
    c.signCount = quint32(q.value(6).toLongLong());
    c.transports = stringList(q.value(7));
    c.attestationFormat = q.value(8).toString();
    c.flaggedAt = q.value(9).toLongLong();
    c.revokedAt = q.value(10).toLongLong();
    c.createdAt = q.value(11).toLongLong();
    c.lastUsedAt = q.value(12).toLongLong();
    return c;
}

User userFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toLongLong()};
}

template <typename T, typename FromRow> QList<T> readAll(QSqlQuery &q, FromRow fromRow)
{
    QList<T> out;
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    return out;
}

template <typename T> std::optional<T> first(const QList<T> &rows)
{
    return rows.isEmpty() ? std::nullopt : std::optional<T>(rows.constFirst());
}
} // namespace

std::optional<User> DeviceStore::userByMobile(const QString &mobile)
{
    return first(readAll<User>(m_db.exec(QStringLiteral("SELECT ") + kUserColumns +
                                             QStringLiteral(" FROM users WHERE mobile=?"),
                                         {mobile}),
                               userFromRow));
}

std::optional<User> DeviceStore::user(const QString &id)
{
    return first(readAll<User>(m_db.exec(QStringLiteral("SELECT ") + kUserColumns +
                                             QStringLiteral(" FROM users WHERE id=?"),
                                         {id}),
                               userFromRow));
}

User DeviceStore::ensureUser(const QString &mobile, qint64 nowMs)
{
    if (const auto existing = userByMobile(mobile))
        return *existing;
    const User u{Ids::make(QStringLiteral("usr")), mobile, 0, nowMs};
    m_db.exec(QStringLiteral("INSERT INTO users (id, mobile, created_at) VALUES (?,?,?)"),
              {u.id, u.mobile, u.createdAt});
    return u;
}

void DeviceStore::markUserVerified(const QString &userId, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE users SET verified_at=COALESCE(verified_at, ?) WHERE id=?"),
              {nowMs, userId});
}

qint64 DeviceStore::insertDevice(const Device &d)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("INSERT INTO devices (id, device_key, user_id, mobile, model, os, "
                                 "app_version, push_token, status, enrolled_by_client, created_at, "
                                 "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                  {d.id, d.deviceKey, d.userId, d.mobile, d.model, d.os, d.appVersion,
                   nullableText(d.pushToken), d.status, nullableText(d.enrolledByClient),
                   d.createdAt, d.updatedAt});
    return q.lastInsertId().toLongLong();
}

void DeviceStore::saveDevice(const Device &d)
{
    m_db.exec(QStringLiteral("UPDATE devices SET model=?, os=?, app_version=?, push_token=?, "
                             "status=?, block_reason=?, updated_at=?, last_used_at=?, "
                             "blocked_at=?, deregistered_at=? WHERE id=?"),
              {d.model, d.os, d.appVersion, nullableText(d.pushToken), d.status,
               nullableText(d.blockReason), d.updatedAt, nullableMs(d.lastUsedAt),
               nullableMs(d.blockedAt), nullableMs(d.deregisteredAt), d.id});
}

std::optional<Device> DeviceStore::oneDevice(const QString &where, const QVariant &value)
{
    return first(readAll<Device>(m_db.exec(QStringLiteral("SELECT ") + kDeviceColumns +
                                               QStringLiteral(" FROM devices WHERE ") + where,
                                           {value}),
                                 deviceFromRow));
}

std::optional<Device> DeviceStore::device(const QString &id)
{
    return oneDevice(QStringLiteral("id=?"), id);
}

std::optional<Device> DeviceStore::liveDeviceByKey(const QString &deviceKey)
{
    return oneDevice(QStringLiteral("device_key=? AND status<>'deregistered'"), deviceKey);
}

QList<Device> DeviceStore::liveDevicesOfMobile(const QString &mobile)
{
    return readAll<Device>(
        m_db.exec(QStringLiteral("SELECT ") + kDeviceColumns +
                      QStringLiteral(" FROM devices WHERE mobile=? AND status<>'deregistered' "
                                     "ORDER BY seq"),
                  {mobile}),
        deviceFromRow);
}

void DeviceStore::touchDevice(const QString &id, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE devices SET last_used_at=? WHERE id=?"), {nowMs, id});
}

DeviceStore::Page DeviceStore::listDevices(const DeviceFilter &filter, int limit, qint64 beforeSeq)
{
    SqlFilter where;
    if (!filter.visibleTo.isEmpty())
        where.add(QStringLiteral("id IN (SELECT device_id FROM device_clients WHERE client_id=?)"),
                  {filter.visibleTo});
    if (!filter.mobile.isEmpty())
        where.add(QStringLiteral("mobile=?"), {filter.mobile});
    if (!filter.status.isEmpty())
        where.add(QStringLiteral("status=?"), {filter.status});
    Page page;
    page.total = where.count(m_db, QStringLiteral("devices"));
    page.items = readAll<Device>(
        where.page(m_db, kDeviceColumns, QStringLiteral("devices"), beforeSeq, limit + 1),
        deviceFromRow);
    page.more = page.items.size() > limit;
    if (page.more)
        page.items.removeLast();
    return page;
}

void DeviceStore::grantVisibility(const QString &deviceId, const QString &clientId,
                                  const QString &reason, qint64 nowMs)
{
    if (clientId.isEmpty())
        return;
    m_db.exec(QStringLiteral("INSERT OR IGNORE INTO device_clients (device_id, client_id, reason, "
                             "created_at) VALUES (?,?,?,?)"),
              {deviceId, clientId, reason, nowMs});
}

bool DeviceStore::isVisibleTo(const QString &deviceId, const QString &clientId)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT 1 FROM device_clients WHERE device_id=? AND client_id=?"),
                  {deviceId, clientId});
    const bool visible = q.next();
    q.finish();
    return visible;
}

void DeviceStore::insertCredential(const FidoCredential &c)
{
    m_db.exec(QStringLiteral("INSERT INTO fido_credentials (credential_id, device_id, user_id, "
                             "public_key, alg, aaguid, sign_count, transports, "
                             "attestation_format, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
              {c.id, c.deviceId, c.userId, c.publicKey, c.algorithm, c.aaguid, qint64(c.signCount),
               json(c.transports), c.attestationFormat, c.createdAt});
}

std::optional<FidoCredential> DeviceStore::credential(const QByteArray &id)
{
    return first(readAll<FidoCredential>(
        m_db.exec(QStringLiteral("SELECT ") + kCredentialColumns +
                      QStringLiteral(" FROM fido_credentials WHERE credential_id=?"),
                  {id}),
        credentialFromRow));
}

bool DeviceStore::credentialExists(const QByteArray &id)
{
    return credential(id).has_value();
}

QList<FidoCredential> DeviceStore::credentialsOfDevice(const QString &deviceId)
{
    return readAll<FidoCredential>(
        m_db.exec(
            QStringLiteral("SELECT ") + kCredentialColumns +
                QStringLiteral(" FROM fido_credentials WHERE device_id=? ORDER BY created_at"),
            {deviceId}),
        credentialFromRow);
}

void DeviceStore::recordAssertion(const QByteArray &id, quint32 signCount, qint64 nowMs)
{
    m_db.exec(QStringLiteral(
                  "UPDATE fido_credentials SET sign_count=?, last_used_at=? WHERE credential_id=?"),
              {qint64(signCount), nowMs, id});
}

void DeviceStore::flagCredential(const QByteArray &id, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE fido_credentials SET flagged_at=COALESCE(flagged_at, ?) "
                             "WHERE credential_id=?"),
              {nowMs, id});
}

void DeviceStore::revokeCredentialsOfDevice(const QString &deviceId, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE fido_credentials SET revoked_at=? "
                             "WHERE device_id=? AND revoked_at IS NULL"),
              {nowMs, deviceId});
}

void DeviceStore::revokeCredential(const QByteArray &id, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE fido_credentials SET revoked_at=? "
                             "WHERE credential_id=? AND revoked_at IS NULL"),
              {nowMs, id});
}

} // namespace mid
