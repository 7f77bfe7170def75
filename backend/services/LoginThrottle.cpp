#include "LoginThrottle.h"

#include "core/ServiceError.h"

namespace mid {

void LoginThrottle::check(const QString &address, qint64 nowMs)
{
    const auto it = m_records.constFind(address);
    if (it == m_records.cend() || it->bannedUntilMs <= nowMs)
        return;
    const qint64 retryAfter = (it->bannedUntilMs - nowMs + 999) / 1000;
    throw ServiceError::limited(
        QStringLiteral("Too many failed logins from this address; try again in %1 minutes")
            .arg((retryAfter + 59) / 60),
        kMaxFailures, it->bannedUntilMs, nowMs);
}

void LoginThrottle::recordFailure(const QString &address, qint64 nowMs)
{
    forgetStale(nowMs);
    Record &r = m_records[address];
    if (r.failures == 0 || nowMs - r.firstFailureMs > kWindowMs)
        r = Record{0, nowMs, 0};
    if (++r.failures >= kMaxFailures)
        r.bannedUntilMs = nowMs + kBanMs;
}

void LoginThrottle::recordSuccess(const QString &address)
{
    m_records.remove(address);
}

void LoginThrottle::forgetStale(qint64 nowMs)
{
    // Bounded memory under a flood from many addresses: old records say nothing any more.
    if (m_records.size() < 4096)
        return;
    m_records.removeIf([nowMs](const auto &it) {
        return it.value().bannedUntilMs <= nowMs && nowMs - it.value().firstFailureMs > kWindowMs;
    });
}

} // namespace mid
