#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <exception>

namespace mid {

// A failure as HTTP answers it: one row of §0's table (status and `type`), message,
// details, fields merged into the top level of the body, and headers. The HTTP layer throws it
// for what only HTTP knows (no such endpoint, a method the path does not take, a body too
// large, of the wrong media type or not JSON, a missing operator token); what the use cases
// and the database report arrives as a ServiceError and becomes one in http/ErrorMapping.
// Either way the HTTP server renders it in one place.
class ApiError : public std::exception
{
public:
    enum class Kind
    {
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        MethodNotAllowed,
        Conflict,
        PayloadTooLarge,
        HeadersTooLarge,
        UnsupportedMediaType,
        Validation,
        RateLimited,
        ServerError,
        Unavailable,
        NotConfigured,
    };

    ApiError(Kind kind, QString message, QJsonArray details = {});

    static ApiError badRequest(const QString &message) { return {Kind::BadRequest, message}; }
    static ApiError unauthorized(const QString &message) { return {Kind::Unauthorized, message}; }
    static ApiError forbidden(const QString &message) { return {Kind::Forbidden, message}; }

    Kind kind() const { return m_kind; }
    int status() const;
    QString type() const;
    const QString &message() const { return m_message; }
    const QJsonArray &details() const { return m_details; }

    // Fields merged into the top level of the error body (seed 000's 429 shape).
    QJsonObject extraFields;
    // The error code of a protocol with codes of its own, where a row's dialect uses one
    // (RFC 6749: invalid_client, invalid_scope, …); empty = derived from the kind.
    QString protocolCode;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    const char *what() const noexcept override { return "mid::ApiError"; }

private:
    Kind m_kind;
    QString m_message;
    QJsonArray m_details;
};

} // namespace mid
