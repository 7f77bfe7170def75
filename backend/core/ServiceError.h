#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <exception>
#include <optional>

namespace mid {

// Why a use case refused or failed, in its own words: a kind, a message for the caller,
// `details` naming the fields at fault and any further fields the answer carries. It knows no
// transport: no status, no header. Services, storage (StorageError) and core's request
// readers (BodyReader, Cursor) throw it; the HTTP layer turns it into the §0 envelope in one
// table (http/ErrorMapping), and timers and workers catch it like any other caller.
class ServiceError : public std::exception
{
public:
    enum class Kind
    {
        Malformed,       // input of the wrong shape: a string where a number belongs
        Invalid,         // well-formed input that breaks a rule; `details` name the fields
        Unauthenticated, // no caller identified: credentials missing, unknown or wrong
        Forbidden,       // a known caller that may not do this: role, scope, suspended, blocked
        NotFound,        // nothing there, or another tenant's (never say which)
        Conflict,        // the state does not allow it, or it exists already
        Limited,         // a rate limit or a ban refused it; rateLimit() says which and how long
        Unavailable,     // cannot serve just now (the database is busy or unreachable)
        NotConfigured,   // a feature the operator has not set up yet (§0: 503 not_configured)
        Internal,        // a fault of this server; the message says no more than that
    };

    // The limit behind a Limited error.
    struct RateLimit
    {
        qint64 limit = 0;             // calls (or attempts) the limit allows per window
        qint64 resetAtMs = 0;         // when it frees up
        qint64 retryAfterSeconds = 0; // the same, counted from the refusal
        // True when it is the caller's request quota, the standing every answer reports;
        // false for a limit on one action (enrollments per device, failed logins per address).
        bool requestQuota = false;
    };

    ServiceError(Kind kind, QString message, QJsonArray details = {});

    // One field that breaks a rule: `details` is [{field, issue}].
    static ServiceError invalid(const QString &field, const QString &issue, const QString &message);
    static ServiceError unauthenticated(const QString &message)
    {
        return {Kind::Unauthenticated, message};
    }
    static ServiceError forbidden(const QString &message) { return {Kind::Forbidden, message}; }
    // "<what> not found".
    static ServiceError notFound(const QString &what);
    static ServiceError conflict(const QString &message) { return {Kind::Conflict, message}; }
    // A limit on one action, `limit` per window, that frees up at `resetAtMs`.
    static ServiceError limited(const QString &message, qint64 limit, qint64 resetAtMs,
                                qint64 nowMs);
    // The caller's request quota is used up (the rate-limit policy's refusal).
    static ServiceError quotaExhausted(const QString &message, qint64 limit, qint64 resetAtMs,
                                       qint64 nowMs);
    static ServiceError internal(const QString &message) { return {Kind::Internal, message}; }

    // Adds a field the answer carries beside message and details (e.g. attemptsRemaining).
    ServiceError &withField(const QString &name, const QJsonValue &value);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QJsonArray &details() const { return m_details; }
    const QJsonObject &fields() const { return m_fields; }
    // Set for a Limited error only.
    const std::optional<RateLimit> &rateLimit() const { return m_rateLimit; }

    const char *what() const noexcept override { return "mid::ServiceError"; }

private:
    static ServiceError limitedBy(const QString &message, RateLimit limit);

    Kind m_kind;
    QString m_message;
    QJsonArray m_details;
    QJsonObject m_fields;
    std::optional<RateLimit> m_rateLimit;
};

} // namespace mid
