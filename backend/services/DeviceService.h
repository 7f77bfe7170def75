#pragma once

#include "domain/Device.h"
#include "storage/DeviceStore.h"

#include <QJsonObject>

#include <optional>

namespace mid {

class Database;
class Outbox;

// What a phone says about itself (deviceInfo of §3, the body of POST /v1/devices).
struct DeviceDetails
{
    QString model;
    QString os;
    QString appVersion;
    std::optional<QString> pushToken;
};

// Devices of §5 and the users they belong to. Users and devices belong to the instance; a
// tenant (`viewer`, a client id) sees a device enrolled through it or that decided one of its
// sessions; an empty viewer is an operator, who sees all. Any device another tenant cannot
// see is reported to it exactly like a missing one (404).
class DeviceService
{
public:
    DeviceService(Database &db, Outbox &outbox) : m_db(db), m_store(db), m_outbox(outbox) {}

    DeviceStore &store() { return m_store; }

    // A new device (created true) or, for the same number, the device this deviceId already
    // names with its details updated; either way visible to clientId. 409 when the deviceId
    // is another number's, 403 when it is blocked. Raises no event: callers say what happened.
    struct Upserted
    {
        Device device;
        bool created = false;
    };
    Upserted upsert(const QString &mobile, const QString &deviceKey, const DeviceDetails &details,
                    const QString &clientId);
    // Whether a phone may register a credential for `mobile` under this deviceId (409/403).
    void checkCanRegister(const QString &mobile, const QString &deviceKey);

    Device get(const QString &viewer, const QString &idOrDeviceId);
    struct Page
    {
        QList<Device> items;
        qint64 total = 0;
        QString nextCursor;
    };
    Page list(const QString &viewer, const QString &mobile, const QString &status, int limit,
              const QString &cursor);
    Device block(const QString &viewer, const QString &id, const QString &reason);
    Device unblock(const QString &viewer, const QString &id);
    // Deregistered: every credential revoked, device.deregistered fires.
    Device deregister(const QString &viewer, const QString &id);

    QJsonObject toJson(const Device &device);
    // toJson plus `credentials` (id, alg, aaguid, signCount, createdAt, lastUsedAt, transports,
    // flagged, revokedAt).
    QJsonObject toJsonWithCredentials(const Device &device);
    static QJsonObject summary(const Device &device); // {id, model}: what a consent shows
    void publish(const QString &type, const Device &device);

private:
    void change(Device &device, const QString &event);
    Device create(const User &user, const QString &deviceKey, const DeviceDetails &details,
                  const QString &clientId);

    Database &m_db;
    DeviceStore m_store;
    Outbox &m_outbox;
};

} // namespace mid
