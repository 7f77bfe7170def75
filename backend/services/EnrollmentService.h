#pragma once

#include "domain/Enrollment.h"
#include "storage/EnrollmentStore.h"

#include <QJsonObject>

namespace mid {

class Database;
class DeviceStore;
class Outbox;
class MessageChannel;

struct EnrollmentInput
{
    QString mobile;
    QString deviceKey; // the phone's deviceId
    QJsonObject deviceInfo;
    QString externalUserId; // the caller's `userId`
    QString clientId;       // the tenant it is made through; empty for an operator
    QString actor;          // who asked (audit actor)
};

// Enrollments of §4: a 6-digit code (RAND_bytes, stored as an HMAC under the data key) sent
// through the message channel, 5 tries, then a single-use enrollment token (15 min) that
// fido/register/begin redeems; at most 5 enrollments per hour per deviceId.
class EnrollmentService
{
public:
    EnrollmentService(Database &db, DeviceStore &devices, MessageChannel &messages, Outbox &outbox,
                      const QByteArray &dataKey, bool demo);

    // The enrollment's JSON, with `demoCode` when the server runs with --demo. Throws 429
    // "Too many enrollment attempts from this device" past the per-device limit.
    QJsonObject create(const EnrollmentInput &input);
    // Another tenant's enrollment is reported like a missing one (clientId empty: any).
    Enrollment get(const QString &clientId, const QString &id);
    // Checks the code: the enrollment with its new token (shown once), or 422 for a wrong
    // code (the fifth makes it `failed`), 409 when it is no longer pending.
    QJsonObject verify(const QString &id, const QString &code);
    // The verified enrollment a token names, not yet redeemed; 401 otherwise.
    Enrollment peekToken(const QString &token);
    // Redeems the token (single use); 401 when somebody else redeemed it first.
    void redeemToken(const Enrollment &enrollment);
    // Registration finished with the token: `completed`, enrollment.completed fires.
    void complete(const QString &enrollmentId, const QString &deviceId);

    QJsonObject toJson(const Enrollment &enrollment) const;

private:
    std::optional<Enrollment> load(const QString &id);
    void checkDeviceLimit(const QString &deviceKey, qint64 nowMs);
    QByteArray codeHash(const QString &enrollmentId, const QString &code) const;
    static QString newCode();
    void expireIfDue(Enrollment &enrollment, qint64 nowMs);

    EnrollmentStore m_store;
    DeviceStore &m_devices;
    MessageChannel &m_messages;
    Outbox &m_outbox;
    QByteArray m_codeKey;
    bool m_demo;
};

} // namespace mid
