#pragma once

#include "domain/RateLimiter.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace mid {

class ServiceError;
struct Principal;

// The endpoint groups of §11. PlanOnly: the caller's plan limits and nothing more.
enum class RateGroup
{
    PlanOnly,
    Consents,
    Auth,
    Fido,
    Enrollments,
    Devices,
};

// Which limits of §11 apply to a call, and the bookkeeping around it: plan limits per
// minute/day/concurrent, endpoint-group limits, enterprise limits from `rateLimits`, and the
// X-RateLimit-* headers every /v1 answer carries.
class RateLimitPolicy : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    struct Admission
    {
        RateLimiter::Outcome outcome;
        QString concurrencyKey; // non-empty: release() it when the answer is written
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    // `group`: the route's endpoint group; `deviceKey`: what a device-side call acts for
    // (deviceId, credential, session or token), empty for tenant calls; `anonymousKey`:
    // the bucket of calls without credentials.
    // Throws a Limited ServiceError (HTTP: 429, seed 000 body, Retry-After, these X-RateLimit-*)
    // when a limit is exhausted.
    Admission admit(const Principal &principal, RateGroup group, const QString &deviceKey,
                    const QString &anonymousKey, qint64 nowMs);
    void release(const Admission &admission);
    // The refusal of the request quota: a limit of `limit` calls that frees up at `resetAtMs`
    // (the HTTP layer writes it as §0's 429 with the X-RateLimit-* headers at zero).
    static ServiceError limited(const QString &message, qint64 limit, qint64 resetAtMs,
                                qint64 nowMs);

    qint64 limitedCount() const { return m_limited; }

    struct PlanLimits
    {
        qint64 perMinute = -1, perDay = -1;
        int concurrent = -1;
    };
    static PlanLimits planLimits(const QString &plan);
    // A §11 endpoint group: its name (also its key in an enterprise client's
    // `rateLimits.groups`), its default limit and window, and whether that default counts
    // per device (fido, enrollments) or per client.
    struct GroupLimit
    {
        QString name; // empty for PlanOnly
        qint64 limit = -1;
        qint64 windowMs = 0;
        bool perDevice = false;
    };
    static GroupLimit groupLimit(RateGroup group);

    // Above this many calls per minute from one anonymous source, answer 429.
    static constexpr qint64 kAnonymousPerMinute = 600;
    // Reported in X-RateLimit-Limit when no limit applies (enterprise without rateLimits).
    static constexpr qint64 kUnlimited = 1000000000;

private:
    RateLimiter m_limiter;
    qint64 m_limited = 0;
    qint64 m_lastPrune = 0;
};

} // namespace mid
