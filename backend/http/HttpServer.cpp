#include "HttpServer.h"

#include "ApiError.h"
#include "Envelope.h"
#include "ErrorMapping.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "services/AuditLog.h"
#include "services/AuthService.h"
#include "services/ClientService.h"
#include "services/Metrics.h"
#include "services/RateLimitPolicy.h"

#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "mid.http")

namespace mid {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 503: return "Service Unavailable";
    default: return status < 500 ? "Client Error" : "Server Error";
    }
}
} // namespace

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool isSafeRequestId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (char c : id) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
              c == ':'))
            return false;
    }
    return true;
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Device-side calls are limited by what they act for (§11), never by IP alone.
QString deviceKeyFor(RequestContext &ctx, const Route &route)
{
    if (route.access != Access::Public || route.rateGroup.isEmpty() || ctx.isForm())
        return {};
    QJsonObject body;
    try {
        body = ctx.json();
    } catch (const ApiError &) {
        // A body that is not JSON is the handler's to answer (in its own shape: the OAuth
        // token endpoint answers invalid_request); here it just names no device.
    }
    // §11: the device a call names, else the credential it carries (authenticate/complete
    // carries it inside `credential`), else the session or token it acts on.
    const QString credential =
        body.value(QStringLiteral("credential")).toObject().value(QStringLiteral("id")).toString();
    for (const QString &key :
         {body.value(QStringLiteral("deviceId")).toString(),
          body.value(QStringLiteral("credentialId")).toString(), credential,
          body.value(QStringLiteral("sessionId")).toString(),
          body.value(QStringLiteral("authenticationId")).toString(),
          body.value(QStringLiteral("registrationId")).toString(),
          body.value(QStringLiteral("enrollmentToken")).toString(),
          body.value(QStringLiteral("activationToken")).toString()}) {
        if (!key.isEmpty())
            return key;
    }
    return ctx.params.value(QStringLiteral("id"));
}
} // namespace

HttpServer::HttpServer(Router &router, AuthService &auth, ClientService &clients,
                       RateLimitPolicy &rateLimits, AuditLog &audit, Metrics &metrics,
                       Limits limits, QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_auth(auth), m_clients(clients),
      m_rateLimits(rateLimits), m_audit(audit), m_metrics(metrics), m_limits(limits)
{
}

QString HttpServer::requestIdFor(const QHttpServerRequest &request)
{
    const QByteArray given = request.value(QByteArrayLiteral("x-request-id"));
    return isSafeRequestId(given) ? QString::fromLatin1(given) : Ids::make(QStringLiteral("req"));
}

void HttpServer::checkBody(const RequestContext &ctx, const Route *route,
                           const QByteArray &method) const
{
    const qint64 limit = m_limits.maxBody;
    bool ok = true;
    const QByteArray declared = ctx.header("content-length");
    const qint64 length = declared.isEmpty() ? ctx.http.body().size() : declared.toLongLong(&ok);
    if (!ok || length < 0)
        throw ApiError::badRequest(QStringLiteral("Content-Length is not a number"));
    if (length > limit || ctx.http.body().size() > limit)
        throw ApiError(ApiError::Kind::PayloadTooLarge,
                       QStringLiteral("Request body is larger than %1 bytes").arg(limit));
    if (!route || ctx.http.body().isEmpty() ||
        !(method == "POST" || method == "PUT" || method == "PATCH"))
        return;
    const QByteArray type = ctx.header("content-type").toLower();
    const bool json = type.startsWith("application/json") ||
                      (type.startsWith("application/") && type.contains("+json"));
    const bool form = route->acceptsForm && type.startsWith("application/x-www-form-urlencoded");
    if (!json && !form)
        throw ApiError(ApiError::Kind::UnsupportedMediaType,
                       QStringLiteral("Content-Type must be application/json%1")
                           .arg(route->acceptsForm
                                    ? QStringLiteral(" or application/x-www-form-urlencoded")
                                    : QString()));
}

void HttpServer::authenticate(RequestContext &ctx, const Route &route)
{
    const Credentials cred{ctx.header("authorization"), ctx.header("x-client-id"),
                           ctx.header("x-mobid-key")};
    switch (route.access) {
    case Access::Public:
        return;
    case Access::Operator:
        ctx.principal = m_auth.authenticateOperator(cred);
        if (!ctx.principal.isOperator())
            throw ApiError::unauthorized(QStringLiteral("An operator token is required"));
        return;
    case Access::ClientOrOperator:
        ctx.principal = m_auth.authenticateOperator(cred);
        if (ctx.principal.isOperator())
            return;
        [[fallthrough]];
    case Access::Client:
        ctx.principal = m_auth.authenticateClient(cred);
        if (!route.scope.isEmpty() && !ctx.principal.hasScope(route.scope))
            throw ApiError::forbidden(
                QStringLiteral("This credential lacks the \"%1\" scope").arg(route.scope));
        return;
    }
}

Reply HttpServer::dispatch(RequestContext &ctx, const Route &route, Headers *headers)
{
    authenticate(ctx, route);
    if (ctx.principal.isOperator() && ctx.principal.role == QLatin1String("auditor") &&
        route.method != "GET" && route.action != QLatin1String("operator.logout"))
        throw ApiError::forbidden(QStringLiteral("The auditor role is read-only"));
    if (!route.pattern.startsWith(QLatin1String("/v1/")))
        return route.handler(ctx);

    const auto admission = m_rateLimits.admit(ctx.principal, route.rateGroup,
                                              deviceKeyFor(ctx, route), ctx.ip, ctx.startedAtMs);
    headers->append(admission.headers);
    struct Release
    {
        RateLimitPolicy &policy;
        const RateLimitPolicy::Admission &admission;
        ~Release() { policy.release(admission); }
    } release{m_rateLimits, admission};
    return route.handler(ctx);
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer clock;
    clock.start();
    ++m_inFlight;
    RequestContext ctx(request);
    ctx.requestId = requestIdFor(request);
    ctx.query = QUrlQuery(request.url());
    ctx.ip = request.remoteAddress().toString();
    ctx.userAgent = QString::fromUtf8(request.value(QByteArrayLiteral("user-agent")).left(256));
    ctx.startedAtMs = Time::nowMs();

    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    const Router::Match match = m_router.match(method, path);
    const Route *route = match.route;
    ctx.params = match.params;
    if (method == "OPTIONS" && match.pathKnown && !route) {
        answerPreflight(request, socket, ctx, match);
        --m_inFlight;
        return true;
    }

    Headers headers;
    Reply reply;
    const Rendered answer = render(
        ctx, path, headers,
        [&]() -> Reply {
            checkBody(ctx, route, method);
            if (!route) {
                if (match.pathKnown) {
                    headers.append({"Allow", match.allowed.join(", ")});
                    throw ApiError(ApiError::Kind::MethodNotAllowed,
                                   QStringLiteral("%1 is not allowed on %2")
                                       .arg(QString::fromLatin1(method), path));
                }
                throw ApiError(ApiError::Kind::NotFound,
                               QStringLiteral("No endpoint at %1").arg(path));
            }
            return dispatch(ctx, *route, &headers);
        },
        &reply);
    headers.append(corsHeaders(ctx));
    if (reply.stream) {
        writeStreamHead(socket, reply.contentType, headers, ctx.requestId);
        if (method != "HEAD") // a HEAD gets the head only: no body, no stream
            reply.stream(socket);
        finish(ctx, route, method, answer.status, clock);
        return true;
    }
    if (reply.deferred) {
        // The answer is written when the work is done; the next request on this connection
        // waits for it, as HTTP/1.1 without pipelining does anyway.
        const QPointer<QTcpSocket> guarded(socket);
        const bool headOnly = method == "HEAD";
        reply.deferred([this, ctx, route, method, guarded, headers, headOnly,
                        clock](const std::function<Reply()> &build) {
            // Called from a worker: the reply is built and written on the server thread.
            QMetaObject::invokeMethod(
                this,
                [=, this] {
                    Headers all = headers;
                    const Rendered late = render(ctx, route->pattern, all, build);
                    if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                        guarded->write(rawResponse(late, all, ctx.requestId, headOnly));
                    finish(ctx, route, method, late.status, clock);
                },
                Qt::QueuedConnection);
        });
        return true;
    }
    write(request, socket, answer.status, answer.contentType, answer.body, headers, ctx.requestId,
          method == "HEAD");
    finish(ctx, route, method, answer.status, clock);
    return true;
}

void HttpServer::finish(const RequestContext &ctx, const Route *route, const QByteArray &method,
                        int status, const QElapsedTimer &clock)
{
    if (route)
        audit(ctx, *route, status);
    if (ctx.principal.isClient())
        m_metrics.countClientCall(ctx.principal.client.clientId);
    m_metrics.observe(route ? route->pattern : QStringLiteral("unmatched"), method, status,
                      double(clock.nsecsElapsed()) / 1e9);
    --m_inFlight;
}

HttpServer::Rendered HttpServer::render(const RequestContext &ctx, const QString &path,
                                        Headers &headers, const std::function<Reply()> &build,
                                        Reply *replyOut)
{
    Rendered out;
    try {
        Reply reply = build();
        headers.append(reply.headers);
        out.status = reply.status;
        if (reply.enveloped) {
            out.body = reply.dataJson.isEmpty()
                           ? Envelope::success(reply.status, reply.message, reply.data,
                                               ctx.requestId)
                           : Envelope::successWithJson(reply.status, reply.message,
                                                       reply.dataJson, ctx.requestId);
        } else {
            out.body = reply.raw;
            out.contentType = reply.contentType;
        }
        if (replyOut)
            *replyOut = std::move(reply);
    } catch (const std::exception &thrown) {
        // This layer's own ApiError, a ServiceError from below, or a fault of ours (500).
        const ApiError e = ErrorMapping::answerFor(thrown, path);
        out.status = e.status();
        headers.append(e.extraHeaders);
        out.body = Envelope::failure(e, ctx.requestId);
        if (path.startsWith(QLatin1String("/v1/")) && !hasHeader(headers, "X-RateLimit-Limit")) {
            // Calls refused before the limiter ran (bad credentials, unknown paths, body
            // errors) still say where the caller stands, as every /v1 answer must.
            try {
                headers.append(
                    m_rateLimits.admit(Principal{}, {}, {}, ctx.ip, ctx.startedAtMs).headers);
            } catch (const ServiceError &limited) {
                headers.append(ErrorMapping::toApiError(limited).extraHeaders);
            }
        }
    }
    return out;
}

QByteArray HttpServer::rawResponse(const Rendered &answer, const Headers &headers,
                                   const QString &requestId, bool headOnly)
{
    // The same head write() produces through QHttpServerResponder, which cannot be used once
    // the request object is gone.
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                     reasonPhrase(answer.status) + "\r\nContent-Type: " + answer.contentType +
                     "\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
                     "\r\nX-Request-ID: " + requestId.toLatin1() +
                     "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    return out + "\r\n" + (headOnly ? QByteArray() : answer.body);
}

HttpServer::Headers HttpServer::corsHeaders(const RequestContext &ctx) const
{
    const QString origin = QString::fromUtf8(ctx.header("origin"));
    if (origin.isEmpty())
        return {};
    // A tenant's own origins once it is known; before that (preflight, public routes) any
    // tenant's, since the browser sends no credentials with those.
    const bool allowed = ctx.principal.isClient()
                             ? ctx.principal.client.allowedOrigins.contains(origin)
                             : m_clients.anyAllowsOrigin(origin);
    if (!allowed)
        return {{"Vary", "Origin"}};
    return {
        {"Access-Control-Allow-Origin", origin.toUtf8()},
        {"Vary", "Origin"},
        {"Access-Control-Expose-Headers",
         "X-Request-ID, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After"}};
}

void HttpServer::answerPreflight(const QHttpServerRequest &request, QTcpSocket *socket,
                                 const RequestContext &ctx, const Router::Match &match)
{
    Headers headers = corsHeaders(ctx);
    QByteArray methods = match.allowed.join(", ");
    methods += ", OPTIONS";
    headers.append({QByteArrayLiteral("Allow"), methods});
    if (hasHeader(headers, "Access-Control-Allow-Origin")) {
        headers.append({QByteArrayLiteral("Access-Control-Allow-Methods"), methods});
        headers.append(
            {QByteArrayLiteral("Access-Control-Allow-Headers"),
             QByteArrayLiteral(
                 "Authorization, Content-Type, X-Client-ID, X-Mobid-Key, X-Request-ID")});
        headers.append({QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600")});
    }
    write(request, socket, 204, "text/plain", {}, headers, ctx.requestId, false);
}

QByteArray HttpServer::oversizedAnswer(const QByteArray &requestHead, const QHostAddress &peer,
                                       qint64 limit)
{
    QByteArray requestId;
    QByteArray path;
    for (const QByteArray &line : requestHead.split('\n')) {
        if (path.isEmpty())
            path = line.split(' ').value(1);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "x-request-id")
            requestId = line.mid(colon + 1).trimmed();
    }
    if (!isSafeRequestId(requestId))
        requestId = Ids::make(QStringLiteral("req")).toLatin1();
    Headers headers;
    if (path.startsWith("/v1/")) {
        try {
            headers =
                m_rateLimits.admit(Principal{}, {}, {}, peer.toString(), Time::nowMs()).headers;
        } catch (const ServiceError &limited) {
            headers = ErrorMapping::toApiError(limited).extraHeaders;
        }
    }
    const ApiError e(ApiError::Kind::PayloadTooLarge,
                     QStringLiteral("Request body is larger than %1 bytes").arg(limit));
    const QByteArray body = Envelope::failure(e, QString::fromLatin1(requestId));
    QByteArray out =
        "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
        "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nX-Request-ID: " +
        requestId + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    m_metrics.observe(QStringLiteral("oversized"), requestHead.left(requestHead.indexOf(' ')), 413,
                      0);
    return out + "\r\n" + body;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString requestId = requestIdFor(request);
    const ApiError e(ApiError::Kind::NotFound,
                     QStringLiteral("No endpoint at %1").arg(request.url().path()));
    write(request, socket, 404, "application/json", Envelope::failure(e, requestId), {}, requestId,
          false);
}

void HttpServer::write(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                       const QByteArray &contentType, const QByteArray &body,
                       const Headers &headers, const QString &requestId, bool headOnly)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("Content-Type", contentType);
    // HEAD announces the length GET would send, and sends no body.
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("X-Request-ID", requestId.toLatin1());
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    for (const auto &h : headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(headOnly ? QByteArray() : body);
}

void HttpServer::writeStreamHead(QTcpSocket *socket, const QByteArray &contentType,
                                 const Headers &headers, const QString &requestId)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
                      "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-store\r\n"
                      "X-Content-Type-Options: nosniff\r\nX-Accel-Buffering: no\r\n"
                      "X-Request-ID: " +
                      requestId.toLatin1() + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    socket->write(head + "\r\n");
}

void HttpServer::audit(const RequestContext &ctx, const Route &route, int status)
{
    if (route.action.isEmpty())
        return;
    AuditEntry e;
    e.at = ctx.startedAtMs;
    e.actor = ctx.principal.actor();
    e.action = route.action;
    e.resource =
        ctx.auditResource.isEmpty() ? ctx.params.value(QStringLiteral("id")) : ctx.auditResource;
    e.outcome = status;
    e.ip = ctx.ip;
    e.userAgent = ctx.userAgent;
    e.requestId = ctx.requestId;
    e.details = ctx.auditDetails;
    m_audit.record(std::move(e));
}

} // namespace mid
