#include "RateLimitPolicy.h"

#include "Principal.h"
#include "core/ServiceError.h"
#include "core/Time.h"

#include <QJsonObject>

namespace mid {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kQuarter = 15 * kMinute;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// An enterprise `rateLimits` value: a number is a limit, null or absent is none.
qint64 configured(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() && v.toDouble() >= 0 ? qint64(v.toDouble()) : -1;
}
} // namespace

RateLimitPolicy::PlanLimits RateLimitPolicy::planLimits(const QString &plan)
{
    if (plan == QLatin1String("free"))
        return {60, 1000, 5};
    if (plan == QLatin1String("basic"))
        return {300, 50000, 25};
    if (plan == QLatin1String("growth"))
        return {1000, 500000, 50};
    return {}; // enterprise: from the client's rateLimits
}

QPair<qint64, qint64> RateLimitPolicy::groupLimit(const QString &group)
{
    if (group == QLatin1String("consents"))
        return {1000, kMinute};
    if (group == QLatin1String("auth"))
        return {1000, kQuarter};
    if (group == QLatin1String("fido"))
        return {20, kQuarter};
    if (group == QLatin1String("enrollments"))
        return {5, kHour};
    if (group == QLatin1String("devices"))
        return {30, kQuarter};
    return {-1, 0};
}

RateLimitPolicy::Admission RateLimitPolicy::admit(const Principal &principal, const QString &group,
                                                  const QString &deviceKey,
                                                  const QString &anonymousKey, qint64 nowMs)
{
    if (nowMs - m_lastPrune > kMinute) {
        m_limiter.prune(nowMs);
        m_lastPrune = nowMs;
    }
    QList<RateBucket> buckets;
    Admission admission;
    int concurrent = -1;

    if (principal.isClient()) {
        const Client &c = principal.client;
        const QString id = c.clientId;
        PlanLimits plan = planLimits(c.plan);
        QPair<qint64, qint64> grp = groupLimit(group);
        if (c.plan == QLatin1String("enterprise")) {
            const QJsonObject rl = c.rateLimits.value_or(QJsonObject());
            plan = {configured(rl, QStringLiteral("perMinute")),
                    configured(rl, QStringLiteral("perDay")),
                    int(configured(rl, QStringLiteral("concurrent")))};
            grp.first = group.isEmpty()
                            ? -1
                            : configured(rl.value(QStringLiteral("groups")).toObject(), group);
        }
        if (plan.perMinute >= 0)
            buckets.append({id + QStringLiteral(":minute"), plan.perMinute, kMinute,
                            QStringLiteral("Rate limit of %1 requests per minute exceeded")
                                .arg(plan.perMinute)});
        if (plan.perDay >= 0)
            buckets.append(
                {id + QStringLiteral(":day"), plan.perDay, kDay,
                 QStringLiteral("Daily limit of %1 requests exceeded").arg(plan.perDay)});
        if (grp.first >= 0 && deviceKey.isEmpty())
            buckets.append({id + QStringLiteral(":group:") + group, grp.first, grp.second,
                            QStringLiteral("Too many requests to /v1/%1").arg(group)});
        concurrent = plan.concurrent;
        if (concurrent >= 0)
            admission.concurrencyKey = id;
    } else if (!principal.isOperator() && deviceKey.isEmpty()) {
        buckets.append({QStringLiteral("anon:") + anonymousKey, kAnonymousPerMinute, kMinute,
                        QStringLiteral("Too many requests")});
    }

    if (!deviceKey.isEmpty()) {
        // Device-side limits always apply, whoever the tenant is.
        const auto grp = groupLimit(group);
        if (grp.first >= 0) {
            const QString message =
                group == QLatin1String("enrollments")
                    ? QStringLiteral("Too many enrollment attempts from this device")
                    : QStringLiteral("Too many requests from this device");
            buckets.append(
                {group + QStringLiteral(":device:") + deviceKey, grp.first, grp.second, message});
        }
    }

    RateLimiter::Outcome out = m_limiter.hit(buckets, nowMs);
    if (buckets.isEmpty()) {
        out.limit = out.remaining = kUnlimited;
        out.resetAtMs = nowMs - nowMs % kMinute + kMinute;
    }
    if (out.allowed && !admission.concurrencyKey.isEmpty() &&
        !m_limiter.acquire(admission.concurrencyKey, concurrent)) {
        out = {false, concurrent,
               0,     nowMs + 1000,
               1,     QStringLiteral("Too many concurrent requests (limit %1)").arg(concurrent)};
    }
    if (out.allowed)
        admission.outcome = out;
    else
        admission.concurrencyKey.clear();
    admission.headers = {
        {"X-RateLimit-Limit", QByteArray::number(out.limit)},
        {"X-RateLimit-Remaining", QByteArray::number(qMax<qint64>(0, out.remaining))},
        {"X-RateLimit-Reset", QByteArray::number((out.resetAtMs + 999) / 1000)}};
    if (!out.allowed) {
        ++m_limited;
        throw limited(out.message, out.limit, out.resetAtMs, nowMs);
    }
    return admission;
}

ServiceError RateLimitPolicy::limited(const QString &message, qint64 limit, qint64 resetAtMs,
                                      qint64 nowMs)
{
    return ServiceError::quotaExhausted(message, limit, resetAtMs, nowMs);
}

void RateLimitPolicy::release(const Admission &admission)
{
    if (!admission.concurrencyKey.isEmpty())
        m_limiter.release(admission.concurrencyKey);
}

} // namespace mid
