#include "EnrollmentService.h"

#include "MessageChannel.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "storage/DeviceStore.h"
#include "webhooks/Outbox.h"

namespace mid {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

ServiceError tokenRefused()
{
    return ServiceError::unauthenticated(
        QStringLiteral("enrollmentToken is unknown, already used or expired"));
}
} // namespace

EnrollmentService::EnrollmentService(Database &db, DeviceStore &devices, MessageChannel &messages,
                                     Outbox &outbox, const QByteArray &dataKey, bool demo)
    : m_store(db), m_devices(devices), m_messages(messages), m_outbox(outbox),
      // A key of its own, derived from the data key, so the data key is never used twice.
      m_codeKey(Hash::hmacSha256(dataKey, QByteArrayLiteral("mid enrollment codes"))), m_demo(demo)
{
}

QString EnrollmentService::newCode()
{
    // 4 random bytes give 0..2^32-1; rejecting the top slice keeps every code equally likely.
    constexpr quint32 kCodes = 1000000;
    constexpr quint32 kLimit = 0xFFFFFFFFu - (0xFFFFFFFFu % kCodes) - 1;
    quint32 value = 0;
    do {
        const QByteArray bytes = Random::bytes(4);
        value = quint32(quint8(bytes[0])) << 24 | quint32(quint8(bytes[1])) << 16 |
                quint32(quint8(bytes[2])) << 8 | quint32(quint8(bytes[3]));
    } while (value > kLimit);
    return QStringLiteral("%1").arg(value % kCodes, EnrollmentRules::kCodeDigits, 10,
                                    QLatin1Char('0'));
}

QByteArray EnrollmentService::codeHash(const QString &enrollmentId, const QString &code) const
{
    // Keyed: a copy of the database alone does not let anyone try the million codes.
    return Hash::hmacSha256(m_codeKey, (enrollmentId + QLatin1Char(':') + code).toUtf8());
}

void EnrollmentService::checkDeviceLimit(const QString &deviceKey, qint64 nowMs)
{
    const auto recent = m_store.recentForDevice(deviceKey, nowMs - kHourMs);
    if (recent.count >= EnrollmentRules::kPerDevicePerHour)
        throw ServiceError::limited(QStringLiteral("Too many enrollment attempts from this device"),
                                    EnrollmentRules::kPerDevicePerHour, recent.oldestAt + kHourMs,
                                    nowMs);
}

QJsonObject EnrollmentService::create(const EnrollmentInput &input)
{
    const qint64 now = Time::nowMs();
    checkDeviceLimit(input.deviceKey, now);
    Enrollment e;
    e.id = Ids::make(QStringLiteral("enr"));
    e.clientId = input.clientId;
    e.mobile = input.mobile;
    e.deviceKey = input.deviceKey;
    e.deviceInfo = input.deviceInfo;
    e.externalUserId = input.externalUserId;
    e.status = EnrollmentRules::kPending;
    e.createdBy = input.actor;
    e.createdAt = e.updatedAt = now;
    e.expiresAt = now + EnrollmentRules::kCodeLifetimeMs;
    const QString code = newCode();
    e.codeHash = codeHash(e.id, code);
    m_store.insert(e);
    m_messages.sendSms(e.mobile,
                       QStringLiteral("Your MID verification code is %1. It expires in 10 "
                                      "minutes. Never share it.")
                           .arg(code),
                       QStringLiteral("enrollment"), e.clientId);
    QJsonObject data = toJson(e);
    if (m_demo)
        data.insert(QStringLiteral("demoCode"), code);
    return data;
}

std::optional<Enrollment> EnrollmentService::load(const QString &id)
{
    if (!Ids::looksLike(id, QStringLiteral("enr")))
        return std::nullopt;
    auto e = m_store.find(id);
    if (e)
        expireIfDue(*e, Time::nowMs());
    return e;
}

void EnrollmentService::expireIfDue(Enrollment &e, qint64 nowMs)
{
    const bool open = e.status == EnrollmentRules::kPending ||
                      (e.status == EnrollmentRules::kVerified && !e.tokenUsedAt);
    if (!open || e.expiresAt > nowMs)
        return;
    e.status = EnrollmentRules::kExpired;
    e.updatedAt = nowMs;
    m_store.save(e);
}

Enrollment EnrollmentService::get(const QString &clientId, const QString &id)
{
    const auto e = load(id);
    if (!e || (!clientId.isEmpty() && e->clientId != clientId))
        throw ServiceError::notFound(QStringLiteral("Enrollment"));
    return *e;
}

QJsonObject EnrollmentService::verify(const QString &id, const QString &code)
{
    auto e = load(id);
    if (!e)
        throw ServiceError::notFound(QStringLiteral("Enrollment"));
    if (e->status != EnrollmentRules::kPending)
        throw ServiceError::conflict(
            QStringLiteral("Enrollment is %1; only a pending_verification enrollment can be "
                           "verified")
                .arg(e->status));
    const qint64 now = Time::nowMs();
    e->updatedAt = now;
    if (!Hash::equalConstantTime(codeHash(e->id, code), e->codeHash)) {
        ++e->attempts;
        const int left = EnrollmentRules::kMaxAttempts - e->attempts;
        if (left <= 0)
            e->status = EnrollmentRules::kFailed;
        m_store.save(*e);
        throw ServiceError::invalid(
            QStringLiteral("code"), QStringLiteral("mismatch"),
            left > 0 ? QStringLiteral("The code is incorrect; %1 attempts left").arg(left)
                     : QStringLiteral("The code is incorrect; the enrollment has failed"))
            .withField(QStringLiteral("attemptsRemaining"), qMax(0, left))
            .withField(QStringLiteral("status"), e->status);
    }
    const QString token = Ids::make(QStringLiteral("enrt"), 43);
    e->status = EnrollmentRules::kVerified;
    e->verifiedAt = now;
    e->tokenHash = Hash::sha256(token.toUtf8());
    e->tokenExpiresAt = e->expiresAt = now + EnrollmentRules::kTokenLifetimeMs;
    m_store.save(*e);
    QJsonObject data = toJson(*e);
    data.insert(QStringLiteral("enrollmentToken"), token);
    return data;
}

Enrollment EnrollmentService::peekToken(const QString &token)
{
    if (!Ids::looksLike(token, QStringLiteral("enrt")))
        throw tokenRefused();
    auto e = m_store.byTokenHash(Hash::sha256(token.toUtf8()));
    if (!e)
        throw tokenRefused();
    expireIfDue(*e, Time::nowMs());
    if (e->status != EnrollmentRules::kVerified || e->tokenUsedAt)
        throw tokenRefused();
    return *e;
}

void EnrollmentService::redeemToken(const Enrollment &e)
{
    if (!m_store.takeToken(e.id, Time::nowMs()))
        throw tokenRefused();
}

void EnrollmentService::complete(const QString &enrollmentId, const QString &deviceId)
{
    auto e = m_store.find(enrollmentId);
    if (!e)
        return;
    const qint64 now = Time::nowMs();
    e->status = EnrollmentRules::kCompleted;
    e->deviceId = deviceId;
    e->completedAt = e->updatedAt = now;
    m_store.save(*e);
    if (const auto user = m_devices.userByMobile(e->mobile))
        m_devices.markUserVerified(user->id, now);
    m_outbox.record(QStringLiteral("enrollment.completed"), e->clientId, toJson(*e), {e->id});
}

QJsonObject EnrollmentService::toJson(const Enrollment &e) const
{
    QJsonObject o{{QStringLiteral("enrollmentId"), e.id},
                  {QStringLiteral("id"), e.id},
                  {QStringLiteral("status"), e.status},
                  {QStringLiteral("mobile"), e.mobile},
                  {QStringLiteral("deviceId"), e.deviceKey},
                  {QStringLiteral("deviceInfo"), e.deviceInfo},
                  {QStringLiteral("userId"), orNull(e.externalUserId)},
                  {QStringLiteral("clientId"), orNull(e.clientId)},
                  {QStringLiteral("channel"), QStringLiteral("sms")},
                  {QStringLiteral("expiresAt"), Time::rfc3339Ms(e.expiresAt)},
                  {QStringLiteral("createdAt"), Time::rfc3339Ms(e.createdAt)},
                  {QStringLiteral("updatedAt"), Time::rfc3339Ms(e.updatedAt)}};
    if (e.status == EnrollmentRules::kPending)
        o.insert(QStringLiteral("attemptsRemaining"), EnrollmentRules::kMaxAttempts - e.attempts);
    if (e.verifiedAt)
        o.insert(QStringLiteral("verifiedAt"), Time::rfc3339Ms(e.verifiedAt));
    if (e.tokenExpiresAt)
        o.insert(QStringLiteral("tokenExpiresAt"), Time::rfc3339Ms(e.tokenExpiresAt));
    if (e.completedAt) {
        o.insert(QStringLiteral("completedAt"), Time::rfc3339Ms(e.completedAt));
        o.insert(QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), e.deviceId}});
    }
    return o;
}

} // namespace mid
