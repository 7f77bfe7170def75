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

RateLimitPolicy::GroupLimit RateLimitPolicy::groupLimit(RateGroup group)
{
    switch (group) {
    case RateGroup::PlanOnly:
        return {};
    case RateGroup::Consents:
        return {QStringLiteral("consents"), 1000, kMinute, false};
    case RateGroup::Auth:
        return {QStringLiteral("auth"), 1000, kQuarter, false};
    case RateGroup::Fido:
        return {QStringLiteral("fido"), 20, kQuarter, true};
    case RateGroup::Enrollments:
        return {QStringLiteral("enrollments"), 5, kHour, true};
    case RateGroup::Devices:
        return {QStringLiteral("devices"), 30, kQuarter, false};
    }
    return {};
}

RateLimitPolicy::Admission RateLimitPolicy::admit(const Principal &principal, RateGroup group,
                                                  const QString &deviceKey,
                                                  const QString &anonymousKey, qint64 nowMs)
{
    if (nowMs - m_lastPrune > kMinute) {
        m_limiter.prune(nowMs);
        m_lastPrune = nowMs;
    }
    const GroupLimit grp = groupLimit(group);
    QList<RateBucket> buckets;
    Admission admission;
    int concurrent = -1;

    if (principal.isClient()) {
        const Client &c = principal.client;
        const QString id = c.clientId;
        PlanLimits plan = planLimits(c.plan);
        // Plans count the per-client groups per client; the per-device ones (fido,
        // enrollments) only per device, below.
        qint64 clientGroupLimit = grp.perDevice ? -1 : grp.limit;
        if (c.plan == QLatin1String("enterprise")) {
            // §11: exactly what `rateLimits` says, every group included, whether or not the
            // call names a device.
            const QJsonObject rl = c.rateLimits.value_or(QJsonObject());
            plan = {configured(rl, QStringLiteral("perMinute")),
                    configured(rl, QStringLiteral("perDay")),
                    int(configured(rl, QStringLiteral("concurrent")))};
            clientGroupLimit =
                grp.name.isEmpty()
                    ? -1
                    : configured(rl.value(QStringLiteral("groups")).toObject(), grp.name);
        }
        if (plan.perMinute >= 0)
            buckets.append({id + QStringLiteral(":minute"), plan.perMinute, kMinute,
                            QStringLiteral("Rate limit of %1 requests per minute exceeded")
                                .arg(plan.perMinute)});
        if (plan.perDay >= 0)
            buckets.append(
                {id + QStringLiteral(":day"), plan.perDay, kDay,
                 QStringLiteral("Daily limit of %1 requests exceeded").arg(plan.perDay)});
        if (clientGroupLimit >= 0)
            buckets.append({id + QStringLiteral(":group:") + grp.name, clientGroupLimit,
                            grp.windowMs,
                            QStringLiteral("Too many requests to /v1/%1").arg(grp.name)});
        concurrent = plan.concurrent;
        if (concurrent >= 0)
            admission.concurrencyKey = id;
    } else if (!principal.isOperator() && deviceKey.isEmpty()) {
        buckets.append({QStringLiteral("anon:") + anonymousKey, kAnonymousPerMinute, kMinute,
                        QStringLiteral("Too many requests")});
    }

    if (!deviceKey.isEmpty() && grp.limit >= 0) {
        // Device-side limits always apply, whoever the tenant is.
        const QString message =
            group == RateGroup::Enrollments
                ? QStringLiteral("Too many enrollment attempts from this device")
                : QStringLiteral("Too many requests from this device");
        buckets.append(
            {grp.name + QStringLiteral(":device:") + deviceKey, grp.limit, grp.windowMs, message});
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
