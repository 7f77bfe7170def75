#include "ErrorRenderer.h"

#include "ApiError.h"
#include "Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mid {

namespace {

// RFC 6749 §5.2 covers what a token request itself gets wrong: bad requests and bad client
// credentials. The rest (405, 413, 415, 429, 500) keeps the §0 envelope of every /v1 answer
// (§11 wants the seed-000 429 body everywhere).
bool isOAuthError(const ApiError &e)
{
    switch (e.kind()) {
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return true;
    default:
        return false;
    }
}

QString oauthCode(const ApiError &e)
{
    if (!e.protocolCode.isEmpty())
        return e.protocolCode;
    const bool client =
        e.kind() == ApiError::Kind::Unauthorized || e.kind() == ApiError::Kind::Forbidden;
    return client ? QStringLiteral("invalid_client") : QStringLiteral("invalid_request");
}

QByteArray compact(QJsonObject body, const ApiError &e)
{
    for (auto it = e.extraFields.begin(); it != e.extraFields.end(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

RenderedError oauth(const ApiError &e)
{
    RenderedError out;
    out.body = compact({{QStringLiteral("error"), oauthCode(e)},
                        {QStringLiteral("error_description"), e.message()}},
                       e);
    if (e.status() == 401)
        out.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"mid\"")});
    out.headers.append({QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")});
    return out;
}

RenderedError raw(const ApiError &e, const QString &requestId)
{
    QJsonObject body{{QStringLiteral("error"), e.type()},
                     {QStringLiteral("message"), e.message()},
                     {QStringLiteral("requestId"), requestId}};
    if (!e.details().isEmpty())
        body.insert(QStringLiteral("details"), e.details());
    RenderedError out;
    out.body = compact(body, e);
    if (e.status() == 401)
        out.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"mid\"")});
    return out;
}

} // namespace

RenderedError renderError(Dialect dialect, const ApiError &error, const QString &requestId)
{
    switch (dialect) {
    case Dialect::OAuth:
        if (isOAuthError(error))
            return oauth(error);
        break;
    case Dialect::Raw:
        return raw(error, requestId);
    case Dialect::Envelope:
        break;
    }
    return {Envelope::failure(error, requestId), {}};
}

} // namespace mid
