#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <exception>

namespace mid {

// The one way a request fails. Thrown anywhere below a controller and turned into the
// §0 error envelope (status, type, message, details) in exactly one place: the HTTP server.
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
        UnsupportedMediaType,
        Validation,
        RateLimited,
        ServerError,
    };

    ApiError(Kind kind, QString message, QJsonArray details = {});

    static ApiError badRequest(const QString &message) { return {Kind::BadRequest, message}; }
    static ApiError unauthorized(const QString &message) { return {Kind::Unauthorized, message}; }
    static ApiError forbidden(const QString &message) { return {Kind::Forbidden, message}; }
    static ApiError notFound(const QString &what);
    static ApiError conflict(const QString &message) { return {Kind::Conflict, message}; }
    static ApiError validation(const QString &field, const QString &issue, const QString &message);

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
