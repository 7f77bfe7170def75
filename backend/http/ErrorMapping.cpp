#include "ErrorMapping.h"

#include "core/ServiceError.h"
#include "core/Time.h"

#include <QLoggingCategory>

// The category HttpServer logs under: an operator filters one name for the HTTP layer.
Q_LOGGING_CATEGORY(lcHttpErrors, "mid.http")

namespace mid::ErrorMapping {

namespace {
ApiError::Kind answerKind(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::Malformed:
        return ApiError::Kind::BadRequest; // 400 bad_request
    case ServiceError::Kind::Invalid:
        return ApiError::Kind::Validation; // 422 validation_error
    case ServiceError::Kind::Unauthenticated:
        return ApiError::Kind::Unauthorized; // 401 unauthorized
    case ServiceError::Kind::Forbidden:
        return ApiError::Kind::Forbidden; // 403 forbidden
    case ServiceError::Kind::NotFound:
        return ApiError::Kind::NotFound; // 404 not_found
    case ServiceError::Kind::Conflict:
        return ApiError::Kind::Conflict; // 409 conflict
    case ServiceError::Kind::Limited:
        return ApiError::Kind::RateLimited; // 429 rate_limited
    case ServiceError::Kind::Unavailable:
        return ApiError::Kind::Unavailable; // 503 unavailable
    case ServiceError::Kind::NotConfigured:
        return ApiError::Kind::NotConfigured; // 503 not_configured
    case ServiceError::Kind::Internal:
        return ApiError::Kind::ServerError; // 500 server_error
    }
    return ApiError::Kind::ServerError;
}

// Seed 000's 429: the body says when to come back, and so do the headers.
void describeLimit(const ServiceError::RateLimit &limit, ApiError &answer)
{
    answer.extraFields.insert(QStringLiteral("retryAfter"), limit.retryAfterSeconds);
    answer.extraFields.insert(QStringLiteral("resetTime"), Time::rfc3339Ms(limit.resetAtMs));
    answer.extraFields.insert(QStringLiteral("limit"), limit.limit);
    answer.extraFields.insert(QStringLiteral("remaining"), 0);
    if (limit.requestQuota) // the quota every /v1 answer reports, at zero
        answer.extraHeaders = {
            {"X-RateLimit-Limit", QByteArray::number(limit.limit)},
            {"X-RateLimit-Remaining", "0"},
            {"X-RateLimit-Reset", QByteArray::number((limit.resetAtMs + 999) / 1000)}};
    answer.extraHeaders.append({"Retry-After", QByteArray::number(limit.retryAfterSeconds)});
}
} // namespace

ApiError toApiError(const ServiceError &error)
{
    ApiError answer(answerKind(error.kind()), error.message(), error.details());
    answer.extraFields = error.fields();
    if (error.rateLimit())
        describeLimit(*error.rateLimit(), answer);
    return answer;
}

ApiError answerFor(const std::exception &thrown, const QString &where)
{
    if (const auto *answer = dynamic_cast<const ApiError *>(&thrown))
        return *answer;
    if (const auto *reported = dynamic_cast<const ServiceError *>(&thrown))
        return toApiError(*reported);
    qCCritical(lcHttpErrors) << "unexpected exception in" << where << thrown.what();
    return {ApiError::Kind::ServerError, QStringLiteral("Internal server error")};
}

} // namespace mid::ErrorMapping
