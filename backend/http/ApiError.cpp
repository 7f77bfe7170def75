#include "ApiError.h"

namespace mid {

namespace {
struct KindInfo
{
    int status;
    const char *type;
};

KindInfo info(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::BadRequest:
        return {400, "bad_request"};
    case ApiError::Kind::Unauthorized:
        return {401, "unauthorized"};
    case ApiError::Kind::Forbidden:
        return {403, "forbidden"};
    case ApiError::Kind::NotFound:
        return {404, "not_found"};
    case ApiError::Kind::MethodNotAllowed:
        return {405, "method_not_allowed"};
    case ApiError::Kind::Conflict:
        return {409, "conflict"};
    case ApiError::Kind::PayloadTooLarge:
        return {413, "payload_too_large"};
    case ApiError::Kind::HeadersTooLarge:
        return {431, "headers_too_large"};
    case ApiError::Kind::UnsupportedMediaType:
        return {415, "unsupported_media_type"};
    case ApiError::Kind::Validation:
        return {422, "validation_error"};
    case ApiError::Kind::RateLimited:
        return {429, "rate_limited"};
    case ApiError::Kind::ServerError:
        return {500, "server_error"};
    case ApiError::Kind::Unavailable:
        return {503, "unavailable"};
    case ApiError::Kind::NotConfigured:
        return {503, "not_configured"};
    }
    return {500, "server_error"};
}
} // namespace

ApiError::ApiError(Kind kind, QString message, QJsonArray details)
    : m_kind(kind), m_message(std::move(message)), m_details(std::move(details))
{
}

int ApiError::status() const
{
    return info(m_kind).status;
}

QString ApiError::type() const
{
    return QString::fromLatin1(info(m_kind).type);
}

} // namespace mid
