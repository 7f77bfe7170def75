#include "ServiceError.h"

#include <QtGlobal>

namespace mid {

ServiceError::ServiceError(Kind kind, QString message, QJsonArray details)
    : m_kind(kind), m_message(std::move(message)), m_details(std::move(details))
{
}

ServiceError ServiceError::invalid(const QString &field, const QString &issue,
                                   const QString &message)
{
    return {Kind::Invalid, message,
            QJsonArray{
                QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("issue"), issue}}}};
}

ServiceError ServiceError::notFound(const QString &what)
{
    return {Kind::NotFound, what + QStringLiteral(" not found")};
}

namespace {
// Whole seconds until the limit frees up, never 0: "retry after 0 s" invites a busy loop.
qint64 secondsUntil(qint64 resetAtMs, qint64 nowMs)
{
    return qMax<qint64>(1, (resetAtMs - nowMs + 999) / 1000);
}
} // namespace

ServiceError ServiceError::limited(const QString &message, qint64 limit, qint64 resetAtMs,
                                   qint64 nowMs)
{
    return limitedBy(message, {limit, resetAtMs, secondsUntil(resetAtMs, nowMs), false});
}

ServiceError ServiceError::quotaExhausted(const QString &message, qint64 limit, qint64 resetAtMs,
                                          qint64 nowMs)
{
    return limitedBy(message, {limit, resetAtMs, secondsUntil(resetAtMs, nowMs), true});
}

ServiceError ServiceError::limitedBy(const QString &message, RateLimit limit)
{
    ServiceError e(Kind::Limited, message);
    e.m_rateLimit = limit;
    return e;
}

ServiceError &ServiceError::withField(const QString &name, const QJsonValue &value)
{
    m_fields.insert(name, value);
    return *this;
}

} // namespace mid
