#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace mid {

// One counted limit: `limit` hits per fixed window of `windowMs`, aligned to the epoch so
// every instance agrees on when a window resets.
struct RateBucket
{
    QString key; // e.g. "mid_client_x:minute", "fido:device:abc"
    qint64 limit = 0;
    qint64 windowMs = 60000;
    QString message; // what the 429 says when this bucket is the one exhausted
};

// Fixed-window counters for the limits of §11, plus in-flight (concurrent) counters.
// Pure bookkeeping: the policy of which buckets apply lives in the services layer.
class RateLimiter
{
public:
    struct Outcome
    {
        bool allowed = true;
        qint64 limit = 0;
        qint64 remaining = 0;
        qint64 resetAtMs = 0;
        qint64 retryAfterSeconds = 0;
        QString message;
    };

    // Counts one hit in every bucket if all have room; otherwise counts nothing and reports
    // the exhausted bucket that frees up last. When allowed, reports the tightest bucket.
    Outcome hit(const QList<RateBucket> &buckets, qint64 nowMs);

    // Concurrency: false (and nothing taken) when `key` already has `limit` in flight.
    bool acquire(const QString &key, int limit);
    void release(const QString &key);
    int inFlight(const QString &key) const { return m_inFlight.value(key); }

    // Forgets windows that ended before nowMs (call now and then to bound memory).
    void prune(qint64 nowMs);
    qsizetype trackedWindows() const { return m_windows.size(); }

private:
    struct Window
    {
        qint64 start = 0;
        qint64 end = 0;
        qint64 count = 0;
    };
    Window &windowFor(const RateBucket &bucket, qint64 nowMs);

    QHash<QString, Window> m_windows;
    QHash<QString, int> m_inFlight;
};

} // namespace mid
