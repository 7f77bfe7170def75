#pragma once

#include <QHash>
#include <QString>

namespace mid {

// The failed-login ban of the operator login: an address that gets the password wrong
// kMaxFailures times within kWindowMs is refused for kBanMs without any password check, so
// guessing is slow and a flood of wrong logins cannot keep the server busy with PBKDF2.
class LoginThrottle
{
public:
    // Throws a Limited ServiceError (HTTP: 429, Retry-After) while the address is banned.
    void check(const QString &address, qint64 nowMs);
    void recordFailure(const QString &address, qint64 nowMs);
    void recordSuccess(const QString &address);

    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;
    static constexpr qint64 kBanMs = 15 * 60 * 1000;

private:
    struct Record
    {
        int failures = 0;
        qint64 firstFailureMs = 0;
        qint64 bannedUntilMs = 0;
    };
    void forgetStale(qint64 nowMs);
    QHash<QString, Record> m_records;
};

} // namespace mid
