#include "RateLimiter.h"

#include <limits>

namespace mid {

RateLimiter::Window &RateLimiter::windowFor(const RateBucket &bucket, qint64 nowMs)
{
    Window &w = m_windows[bucket.key];
    const qint64 start = nowMs - nowMs % bucket.windowMs;
    if (w.start != start || w.end != start + bucket.windowMs)
        w = Window{start, start + bucket.windowMs, 0};
    return w;
}

RateLimiter::Outcome RateLimiter::hit(const QList<RateBucket> &buckets, qint64 nowMs)
{
    Outcome out;
    if (buckets.isEmpty())
        return out;

    const RateBucket *blocked = nullptr;
    qint64 blockedReset = 0;
    for (const RateBucket &b : buckets) {
        Window &w = windowFor(b, nowMs);
        if (w.count >= b.limit && (!blocked || w.end > blockedReset)) {
            blocked = &b;
            blockedReset = w.end;
        }
    }
    if (blocked) {
        out.allowed = false;
        out.limit = blocked->limit;
        out.remaining = 0;
        out.resetAtMs = blockedReset;
        out.retryAfterSeconds = qMax<qint64>(1, (blockedReset - nowMs + 999) / 1000);
        out.message = blocked->message;
        return out;
    }

    qint64 tightestRemaining = std::numeric_limits<qint64>::max();
    for (const RateBucket &b : buckets) {
        Window &w = m_windows[b.key];
        ++w.count;
        const qint64 remaining = b.limit - w.count;
        if (remaining < tightestRemaining) {
            tightestRemaining = remaining;
            out.limit = b.limit;
            out.remaining = remaining;
            out.resetAtMs = w.end;
        }
    }
    return out;
}

bool RateLimiter::acquire(const QString &key, int limit)
{
    int &n = m_inFlight[key];
    if (n >= limit)
        return false;
    ++n;
    return true;
}

void RateLimiter::release(const QString &key)
{
    auto it = m_inFlight.find(key);
    if (it == m_inFlight.end())
        return;
    if (--it.value() <= 0)
        m_inFlight.erase(it);
}

void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (it->end <= nowMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}

} // namespace mid
