#include "TokenController.h"

#include "domain/Client.h"
#include "http/ApiError.h"
#include "services/AuthService.h"
#include "services/ClientService.h"

#include <QJsonObject>

namespace mid {

namespace {
// RFC 6749 §5.2; the row's OAuth dialect renders it as {error, error_description}.
ApiError oauthError(ApiError::Kind kind, const char *code, const QString &description)
{
    ApiError e(kind, description);
    e.protocolCode = QString::fromLatin1(code);
    return e;
}
} // namespace

void TokenController::registerRoutes(Router &r)
{
    // Credentials travel in the body or as Basic; the handler checks them (RFC 6749 §2.3), so
    // the row asks for none and the call is limited per address.
    r.add({.method = "POST",
           .pattern = QStringLiteral("/v1/auth/token"),
           .access = Access::None,
           .dialect = Dialect::OAuth,
           .rateGroup = RateGroup::Auth,
           .action = QStringLiteral("auth.token"),
           .summary = QStringLiteral("OAuth 2.0 client-credentials token (RFC 6749 §4.4)"),
           .tag = QStringLiteral("Auth"),
           .handler = bind(this, &TokenController::token),
           .acceptsForm = true,
           .doc = {.requestSchema = "TokenRequest",
                   .responseSchema = "Token",
                   .content = Content::Json,
                   .description =
                       "OAuth 2.0 client credentials (RFC 6749 §4.4). JSON or form-encoded body; "
                       "`client_id`/`client_secret` in the body or as HTTP Basic credentials "
                       "(Basic wins). Answers and errors are RFC 6749 shapes, without the "
                       "envelope. The token is accepted as `Authorization: Bearer` on every "
                       "client endpoint for `expires_in` s."}});
}

Reply TokenController::token(RequestContext &ctx)
{
    QString grantType, clientId, clientSecret, scope;
    if (ctx.isForm()) {
        const QUrlQuery form = ctx.form();
        grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
        clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        clientSecret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
        scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    } else {
        const QJsonObject &body = ctx.json(); // malformed: 400 invalid_request
        grantType = body.value(QStringLiteral("grant_type")).toString();
        clientId = body.value(QStringLiteral("client_id")).toString();
        clientSecret = body.value(QStringLiteral("client_secret")).toString();
        scope = body.value(QStringLiteral("scope")).toString();
    }
    const QByteArray authorization = ctx.header("authorization").trimmed();
    if (authorization.toLower().startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon <= 0)
            throw oauthError(ApiError::Kind::Unauthorized, "invalid_client",
                             QStringLiteral("Malformed Basic credentials"));
        // RFC 6749 §2.3.1: the values are form-encoded before they are joined.
        clientId = QUrl::fromPercentEncoding(decoded.left(colon));
        clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }
    if (grantType.isEmpty())
        throw oauthError(ApiError::Kind::BadRequest, "invalid_request",
                         QStringLiteral("grant_type is required"));
    if (grantType != QLatin1String("client_credentials"))
        throw oauthError(ApiError::Kind::BadRequest, "unsupported_grant_type",
                         QStringLiteral("Only client_credentials is supported"));
    if (clientId.isEmpty() || clientSecret.isEmpty())
        throw oauthError(ApiError::Kind::Unauthorized, "invalid_client",
                         QStringLiteral("client_id and client_secret are required"));
    const auto client = m_clients.bySecret(clientId, clientSecret);
    if (!client)
        throw oauthError(ApiError::Kind::Unauthorized, "invalid_client",
                         QStringLiteral("Unknown client or wrong secret"));
    if (!client->isActive())
        throw oauthError(ApiError::Kind::Unauthorized, "invalid_client",
                         QStringLiteral("The client is suspended"));
    ctx.principal.kind = Principal::Kind::Client;
    ctx.principal.client = *client;

    QStringList scopes = client->scopes;
    if (!scope.trimmed().isEmpty()) {
        scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &s : scopes) {
            if (!client->scopes.contains(s))
                throw oauthError(ApiError::Kind::BadRequest, "invalid_scope",
                                 QStringLiteral("The client does not have scope \"%1\"").arg(s));
        }
    }
    const auto issued = m_auth.issueAccessToken(client->clientId, scopes);
    Reply r =
        Reply::plainJson(QJsonObject{{QStringLiteral("access_token"), issued.token},
                                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                     {QStringLiteral("expires_in"), issued.expiresIn},
                                     {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}});
    r.addHeader("Pragma", "no-cache");
    return r;
}

} // namespace mid
