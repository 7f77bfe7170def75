#include "DeviceService.h"

#include "core/Cursor.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/Base64Url.h"
#include "storage/Database.h"
#include "storage/MpinStore.h"
#include "webhooks/Outbox.h"

#include <QJsonArray>

namespace mid {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
QJsonValue timeOrNull(qint64 ms)
{
    return ms ? QJsonValue(Time::rfc3339Ms(ms)) : QJsonValue(QJsonValue::Null);
}

void applyDetails(Device &d, const DeviceDetails &details)
{
    if (!details.model.isEmpty())
        d.model = details.model;
    if (!details.os.isEmpty())
        d.os = details.os;
    if (!details.appVersion.isEmpty())
        d.appVersion = details.appVersion;
    if (details.pushToken)
        d.pushToken = *details.pushToken;
}

ServiceError blockedDevice()
{
    return ServiceError::forbidden(QStringLiteral("This device is blocked"));
}
} // namespace

void DeviceService::checkCanRegister(const QString &mobile, const QString &deviceKey)
{
    const auto existing = m_store.liveDeviceByKey(deviceKey);
    if (!existing)
        return;
    if (existing->mobile != mobile)
        throw ServiceError::conflict(
            QStringLiteral("deviceId is registered to another number; deregister it first"));
    if (existing->isBlocked())
        throw blockedDevice();
}

Device DeviceService::create(const User &user, const QString &deviceKey,
                             const DeviceDetails &details, const QString &clientId)
{
    Device d;
    d.id = Ids::make(QStringLiteral("dev"));
    d.deviceKey = deviceKey.isEmpty() ? d.id : deviceKey;
    d.userId = user.id;
    d.mobile = user.mobile;
    d.status = DeviceRules::kActive;
    d.enrolledByClient = clientId;
    d.createdAt = d.updatedAt = Time::nowMs();
    applyDetails(d, details);
    d.seq = m_store.insertDevice(d);
    m_store.grantVisibility(d.id, clientId, QStringLiteral("enrolled"), d.createdAt);
    return d;
}

DeviceService::Upserted DeviceService::upsert(const QString &mobile, const QString &deviceKey,
                                              const DeviceDetails &details, const QString &clientId)
{
    if (!deviceKey.isEmpty())
        checkCanRegister(mobile, deviceKey);
    const auto existing = deviceKey.isEmpty() ? std::nullopt : m_store.liveDeviceByKey(deviceKey);
    const qint64 now = Time::nowMs();
    if (existing) {
        Device d = *existing;
        applyDetails(d, details);
        d.updatedAt = now;
        m_store.saveDevice(d);
        m_store.grantVisibility(d.id, clientId, QStringLiteral("enrolled"), now);
        return {d, false};
    }
    const User user = m_store.ensureUser(mobile, now);
    return {create(user, deviceKey, details, clientId), true};
}

Device DeviceService::get(const QString &viewer, const QString &idOrDeviceId)
{
    std::optional<Device> d;
    if (Ids::looksLike(idOrDeviceId, QStringLiteral("dev")))
        d = m_store.device(idOrDeviceId);
    if (!d && DeviceRules::isValidDeviceKey(idOrDeviceId))
        d = m_store.liveDeviceByKey(idOrDeviceId);
    if (!d || (!viewer.isEmpty() && !m_store.isVisibleTo(d->id, viewer)))
        throw ServiceError::notFound(QStringLiteral("Device"));
    return *d;
}

DeviceService::Page DeviceService::list(const QString &viewer, const QString &mobile,
                                        const QString &status, int limit, const QString &cursor)
{
    const auto rows = m_store.listDevices({viewer, mobile, status}, limit,
                                          cursor.isEmpty() ? 0 : Cursor::decode(cursor));
    Page page{rows.items, rows.total, {}};
    if (rows.more)
        page.nextCursor = Cursor::encode(rows.items.constLast().seq);
    return page;
}

void DeviceService::change(Device &d, const QString &event)
{
    d.updatedAt = Time::nowMs();
    Transaction tx(m_db);
    m_store.saveDevice(d);
    publish(event, d);
    tx.commit();
}

Device DeviceService::block(const QString &viewer, const QString &id, const QString &reason)
{
    Device d = get(viewer, id);
    if (!d.isActive())
        throw ServiceError::conflict(
            QStringLiteral("Device is %1; only an active device can be blocked").arg(d.status));
    d.status = DeviceRules::kBlocked;
    d.blockReason = reason;
    d.blockedAt = Time::nowMs();
    change(d, QStringLiteral("device.blocked"));
    return d;
}

Device DeviceService::unblock(const QString &viewer, const QString &id)
{
    Device d = get(viewer, id);
    if (!d.isBlocked())
        throw ServiceError::conflict(
            QStringLiteral("Device is %1; only a blocked device can be unblocked").arg(d.status));
    d.status = DeviceRules::kActive;
    d.blockReason.clear();
    d.blockedAt = 0;
    change(d, QStringLiteral("device.unblocked"));
    return d;
}

Device DeviceService::deregister(const QString &viewer, const QString &id)
{
    Device d = get(viewer, id);
    if (d.isDeregistered())
        throw ServiceError::conflict(QStringLiteral("Device is already deregistered"));
    d.status = DeviceRules::kDeregistered;
    d.deregisteredAt = Time::nowMs();
    Transaction tx(m_db);
    m_store.revokeCredentialsOfDevice(d.id, d.deregisteredAt);
    // Its MPin identities lived in those credentials: seed 004 lists them revoked now.
    MpinStore(m_db).revokeOfDevice(d.id, QStringLiteral("device deregistered"), d.deregisteredAt);
    change(d, QStringLiteral("device.deregistered"));
    tx.commit();
    return d;
}

QJsonObject DeviceService::toJson(const Device &d)
{
    const auto user = m_store.user(d.userId);
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("deviceId"), d.deviceKey},
            {QStringLiteral("userId"), d.userId},
            {QStringLiteral("mobile"), d.mobile},
            {QStringLiteral("mobileVerified"), user && user->isVerified()},
            {QStringLiteral("model"), d.model},
            {QStringLiteral("os"), d.os},
            {QStringLiteral("appVersion"), d.appVersion},
            {QStringLiteral("pushToken"), orNull(d.pushToken)},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("blockReason"), orNull(d.blockReason)},
            {QStringLiteral("enrolledByClient"), orNull(d.enrolledByClient)},
            {QStringLiteral("createdAt"), Time::rfc3339Ms(d.createdAt)},
            {QStringLiteral("updatedAt"), Time::rfc3339Ms(d.updatedAt)},
            {QStringLiteral("lastUsedAt"), timeOrNull(d.lastUsedAt)},
            {QStringLiteral("blockedAt"), timeOrNull(d.blockedAt)},
            {QStringLiteral("deregisteredAt"), timeOrNull(d.deregisteredAt)}};
}

QJsonObject DeviceService::toJsonWithCredentials(const Device &d)
{
    QJsonArray credentials;
    for (const FidoCredential &c : m_store.credentialsOfDevice(d.id)) {
        credentials.append(
            QJsonObject{{QStringLiteral("id"), Base64Url::encodeToString(c.id)},
                        {QStringLiteral("alg"), c.algorithm},
                        {QStringLiteral("aaguid"), c.aaguid},
                        {QStringLiteral("signCount"), qint64(c.signCount)},
                        {QStringLiteral("transports"), QJsonArray::fromStringList(c.transports)},
                        {QStringLiteral("attestationFormat"), c.attestationFormat},
                        {QStringLiteral("flagged"), c.flaggedAt != 0},
                        {QStringLiteral("createdAt"), Time::rfc3339Ms(c.createdAt)},
                        {QStringLiteral("lastUsedAt"), timeOrNull(c.lastUsedAt)},
                        {QStringLiteral("revokedAt"), timeOrNull(c.revokedAt)}});
    }
    QJsonObject o = toJson(d);
    o.insert(QStringLiteral("credentials"), credentials);
    return o;
}

QJsonObject DeviceService::summary(const Device &d)
{
    return {{QStringLiteral("id"), d.id}, {QStringLiteral("model"), d.model}};
}

void DeviceService::publish(const QString &type, const Device &d)
{
    m_outbox.record(type, d.enrolledByClient, toJson(d), {d.id});
}

} // namespace mid
