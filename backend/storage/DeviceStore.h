#pragma once

#include "domain/Device.h"

#include <QList>

#include <optional>

namespace mid {

class Database;

struct DeviceFilter
{
    QString visibleTo; // a client id: only devices it may see; empty: all (operators)
    QString mobile;
    QString status;
};

// Users, their devices, the devices' FIDO credentials and which tenants see which device:
// rows of users, devices, fido_credentials and device_clients.
class DeviceStore
{
public:
    explicit DeviceStore(Database &db) : m_db(db) {}

    std::optional<User> userByMobile(const QString &mobile);
    std::optional<User> user(const QString &id);
    // The user of this number, created when there is none.
    User ensureUser(const QString &mobile, qint64 nowMs);
    void markUserVerified(const QString &userId, qint64 nowMs);

    qint64 insertDevice(const Device &device);
    void saveDevice(const Device &device);
    std::optional<Device> device(const QString &id);
    // The device that a phone's deviceId names now (never a deregistered one).
    std::optional<Device> liveDeviceByKey(const QString &deviceKey);
    QList<Device> liveDevicesOfMobile(const QString &mobile);
    void touchDevice(const QString &id, qint64 nowMs);

    struct Page
    {
        QList<Device> items;
        qint64 total = 0;
        bool more = false;
    };
    Page listDevices(const DeviceFilter &filter, int limit, qint64 beforeSeq);

    void grantVisibility(const QString &deviceId, const QString &clientId, const QString &reason,
                         qint64 nowMs);
    bool isVisibleTo(const QString &deviceId, const QString &clientId);

    void insertCredential(const FidoCredential &credential);
    std::optional<FidoCredential> credential(const QByteArray &id);
    bool credentialExists(const QByteArray &id);
    QList<FidoCredential> credentialsOfDevice(const QString &deviceId);
    void recordAssertion(const QByteArray &id, quint32 signCount, qint64 nowMs);
    void flagCredential(const QByteArray &id, qint64 nowMs);
    void revokeCredentialsOfDevice(const QString &deviceId, qint64 nowMs);
    void revokeCredential(const QByteArray &id, qint64 nowMs);

private:
    std::optional<Device> oneDevice(const QString &where, const QVariant &value);

    Database &m_db;
};

} // namespace mid
