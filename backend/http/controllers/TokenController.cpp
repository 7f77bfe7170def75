#include "TokenController.h"

#include "domain/Client.h"
#include "http/ApiError.h"
#include "services/AuthService.h"
#include "services/ClientService.h"

#include <QJsonObject>

namespace mid {

namespace {
Reply oauthError(int status, const char *error, const QString &description)
{
    Reply r = Reply::plainJson(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                           {QStringLiteral("error_description"), description}},
                               status);
    if (status == 401)
        r.addHeader("WWW-Authenticate", "Basic realm=\"mid\"");
    r.addHeader("Pragma", "no-cache");
    return r;
}
} // namespace

void TokenController::registerRoutes(Router &r)
{
    r.add({.method = "POST",
           .pattern = QStringLiteral("/v1/auth/token"),
           .access = Access::Public,
           .rateGroup = QStringLiteral("auth"),
           .action = QStringLiteral("auth.token"),
           .summary = QStringLiteral("OAuth 2.0 client-credentials token (RFC 6749 §4.4)"),
           .tag = QStringLiteral("Auth"),
           .handler = [this](RequestContext &ctx) { return token(ctx); },
           .acceptsForm = true});
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
        QJsonObject body;
        try {
            body = ctx.json();
        } catch (const ApiError &e) { // the body is not JSON
            return oauthError(400, "invalid_request", e.message());
        }
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
            return oauthError(401, "invalid_client", QStringLiteral("Malformed Basic credentials"));
        // RFC 6749 §2.3.1: the values are form-encoded before they are joined.
        clientId = QUrl::fromPercentEncoding(decoded.left(colon));
        clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }
    if (grantType.isEmpty())
        return oauthError(400, "invalid_request", QStringLiteral("grant_type is required"));
    if (grantType != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type",
                          QStringLiteral("Only client_credentials is supported"));
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return oauthError(401, "invalid_client",
                          QStringLiteral("client_id and client_secret are required"));
    const auto client = m_clients.bySecret(clientId, clientSecret);
    if (!client)
        return oauthError(401, "invalid_client", QStringLiteral("Unknown client or wrong secret"));
    if (!client->isActive())
        return oauthError(401, "invalid_client", QStringLiteral("The client is suspended"));
    ctx.principal.kind = Principal::Kind::Client;
    ctx.principal.client = *client;

    QStringList scopes = client->scopes;
    if (!scope.trimmed().isEmpty()) {
        scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &s : scopes) {
            if (!client->scopes.contains(s))
                return oauthError(400, "invalid_scope",
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
