#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace mid {

class ApiError;

// How a row's answers, and above all its errors, are shaped.
enum class Dialect
{
    Envelope, // §0: {error, success, code, type, message, details, meta}
    OAuth,    // RFC 6749 §5.2: {error, error_description}
    Raw,      // seed 004: JSON without the envelope; errors {error, message, requestId}
};

// The one place an error becomes a body, in the dialect of the row that failed.
struct RenderedError
{
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // the dialect's own (WWW-Authenticate, …)
};
RenderedError renderError(Dialect dialect, const ApiError &error, const QString &requestId);

} // namespace mid
