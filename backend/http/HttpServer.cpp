#include "HttpServer.h"

#include "ApiError.h"
#include "BodyGuard.h"
#include "Envelope.h"
#include "ErrorMapping.h"
#include "HttpStatus.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "services/AuditLog.h"
#include "services/AuthService.h"
#include "services/ClientService.h"
#include "services/Metrics.h"
#include "services/RateLimitPolicy.h"
#include "services/TurnCommit.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "mid.http")

namespace mid {

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

} // namespace

HttpServer::HttpServer(Router &router, AuthService &auth, ClientService &clients,
                       RateLimitPolicy &rateLimits, AuditLog &audit, Metrics &metrics,
                       TurnCommit &turn, qint64 maxBody, QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_auth(auth), m_clients(clients),
      m_rateLimits(rateLimits), m_audit(audit), m_metrics(metrics), m_turn(turn), m_maxBody(maxBody)
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
    const qint64 limit = route && route->maxBody > 0 ? route->maxBody : m_maxBody;
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
    const bool form =
        (route->acceptsForm && type.startsWith("application/x-www-form-urlencoded")) ||
        (route->acceptsMultipart && type.startsWith("multipart/form-data"));
    // Seed 004's examples send JSON with curl's --data, which labels it a form: its rows read
    // the body as JSON whatever the label says (a body that is not JSON still answers 400).
    const bool seed004 = route->dialect == Dialect::Raw;
    if (!json && !form && !seed004)
        throw ApiError(
            ApiError::Kind::UnsupportedMediaType,
            QStringLiteral("Content-Type must be application/json%1")
                .arg(route->acceptsForm ? QStringLiteral(" or application/x-www-form-urlencoded")
                     : route->acceptsMultipart ? QStringLiteral(" or multipart/form-data")
                                               : QString()));
}

namespace {
int rank(const QString &role)
{
    if (role == QLatin1String("admin"))
        return 3;
    if (role == QLatin1String("operator"))
        return 2;
    return role == QLatin1String("auditor") ? 1 : 0;
}

void requireRole(const Principal &caller, Role role)
{
    // A row that forgot its role is treated as admin-only: refusing is the safe mistake.
    const int needed = role == Role::Auditor ? 1 : role == Role::Operator ? 2 : 3;
    if (rank(caller.role) >= needed)
        return;
    if (needed == 2 && caller.role == QLatin1String("auditor"))
        throw ApiError::forbidden(QStringLiteral("The auditor role is read-only"));
    throw ApiError::forbidden(QStringLiteral("Only an admin may do this"));
}

bool sendsCredentials(const Credentials &cred)
{
    return !cred.authorization.isEmpty() || !cred.mobidKey.isEmpty();
}
} // namespace

void HttpServer::authenticate(RequestContext &ctx, const Route &route)
{
    if (route.access == Access::None)
        return;
    const Credentials cred{ctx.header("authorization"), ctx.header("x-client-id"),
                           ctx.header("x-mobid-key")};
    auto requireScope = [&] {
        if (!route.scope.isEmpty() && !ctx.principal.hasScope(route.scope))
            throw ApiError::forbidden(
                QStringLiteral("This credential lacks the \"%1\" scope").arg(route.scope));
    };
    switch (route.access) {
    case Access::None:
        return;
    case Access::ProviderSigned:
        if (!route.verifier)
            throw ApiError(ApiError::Kind::ServerError, QStringLiteral("No signature verifier"));
        route.verifier(ctx);
        return;
    case Access::Operator:
        ctx.principal = m_auth.authenticateOperator(cred);
        if (!ctx.principal.isOperator())
            throw ApiError::unauthorized(QStringLiteral("An operator token is required"));
        requireRole(ctx.principal, route.role);
        return;
    case Access::ClientOrOperator:
        ctx.principal = m_auth.authenticateOperator(cred);
        if (ctx.principal.isOperator()) {
            requireRole(ctx.principal, route.role);
            return;
        }
        break;
    case Access::ClientOptional:
        if (!sendsCredentials(cred))
            return;
        break;
    case Access::BasicOnly:
        if (!cred.authorization.trimmed().toLower().startsWith("basic "))
            throw ApiError::unauthorized(QStringLiteral(
                "This endpoint takes HTTP Basic credentials: base64(clientId:clientSecret)"));
        break;
    case Access::Client:
        break;
    }
    ctx.principal = m_auth.authenticateClient(cred);
    requireScope();
}

Reply HttpServer::dispatch(RequestContext &ctx, const Route &route, Exchange &exchange,
                           Headers *headers)
{
    authenticate(ctx, route);
    if (route.isRateLimited()) {
        exchange.admission = m_rateLimits.admit(
            ctx.principal, route.rateGroup.value_or(RateGroup::PlanOnly),
            route.deviceKey ? route.deviceKey(ctx) : QString(), ctx.ip, ctx.startedAtMs);
        headers->append(exchange.admission.headers);
    }
    return route.handler(ctx);
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_inFlight;
    Exchange exchange;
    exchange.clock.start();
    RequestContext ctx(request);
    ctx.requestId = requestIdFor(request);
    ctx.query = QUrlQuery(request.url());
    ctx.ip = request.remoteAddress().toString();
    ctx.userAgent = QString::fromUtf8(request.value(QByteArrayLiteral("user-agent")).left(256));
    ctx.startedAtMs = Time::nowMs();

    exchange.method = methodName(request.method());
    const QString path = request.url().path();
    const Router::Match match =
        m_router.match(exchange.method, path, GuardedTcpServer::servesAdminSurface(socket));
    exchange.route = match.route;
    exchange.policy = match.policy;
    ctx.params = match.params;
    if (exchange.method == "OPTIONS" && match.pathKnown && !match.route) {
        answerPreflight(socket, ctx, match);
        --m_inFlight;
        return true;
    }

    Headers headers;
    Reply reply;
    const TurnCommit::Scope turn(m_turn);
    const Rendered answer = render(
        ctx, exchange.policy, headers,
        [&]() -> Reply {
            checkBody(ctx, exchange.route, exchange.method);
            if (exchange.route)
                return dispatch(ctx, *exchange.route, exchange, &headers);
            if (match.pathKnown) {
                headers.append({"Allow", match.allowed.join(", ")});
                throw ApiError(ApiError::Kind::MethodNotAllowed,
                               QStringLiteral("%1 is not allowed on %2")
                                   .arg(QString::fromLatin1(exchange.method), path));
            }
            throw ApiError(ApiError::Kind::NotFound, QStringLiteral("No endpoint at %1").arg(path));
        },
        &reply);
    headers.append(corsHeaders(ctx));
    const bool headOnly = exchange.method == "HEAD";
    if (reply.stream) {
        m_turn.commitNow(); // what the stream may replay from storage is durable first
        writeStreamHead(socket, reply.contentType, headers, ctx.requestId);
        if (!headOnly) // a HEAD gets the head only: no body, no stream
            reply.stream(socket);
        finish(ctx, exchange, answer.status);
        return true;
    }
    if (reply.deferred) {
        m_turn.commitNow(); // the worker's own connection sees what this turn wrote
        answerLater(reply, ctx, std::move(exchange), std::move(headers), socket);
        return true;
    }
    if (m_turn.pending()) {
        answerWhenDurable(ctx, exchange, answer, headers, socket);
        return true;
    }
    write(socket, answer.status, answer.contentType, answer.body, headers, ctx.requestId, headOnly);
    finish(ctx, exchange, answer.status);
    return true;
}

void HttpServer::answerWhenDurable(const RequestFacts &facts, Exchange &exchange,
                                   const Rendered &answer, const Headers &headers,
                                   QTcpSocket *socket)
{
    // The closing steps run now, so the audit row joins the turn's batch (if one is open); the
    // concurrency slot is held until the answer is written (§11).
    const bool headOnly = exchange.method == "HEAD";
    const Route *policy = exchange.policy;
    const RateLimitPolicy::Admission admission = std::exchange(exchange.admission, {});
    finish(facts, exchange, answer.status);
    const QPointer<QTcpSocket> guarded(socket);
    const auto send = [this, guarded, admission](const QByteArray &bytes) {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState) {
            guarded->write(bytes);
            // Out now rather than at the socket's next write notification: the answer has
            // waited for the commit already, and its client's next request waits for it.
            guarded->flush();
        }
        m_rateLimits.release(admission);
    };
    m_turn.whenDurable(
        [send, bytes = rawResponse(answer, headers, facts.requestId, headOnly)] { send(bytes); },
        [this, send, facts, policy, headOnly] {
            Headers failureHeaders;
            const Rendered failure = render(facts, policy, failureHeaders, []() -> Reply {
                throw ApiError(ApiError::Kind::Unavailable,
                               QStringLiteral("The change could not be saved, and nothing of it "
                                              "was kept; try again"));
            });
            send(rawResponse(failure, failureHeaders, facts.requestId, headOnly));
        });
}

void HttpServer::answerLater(Reply &reply, const RequestFacts &facts, Exchange exchange,
                             Headers headers, QTcpSocket *socket)
{
    // The answer is written when the work is done; the next request on this connection waits
    // for it, as HTTP/1.1 without pipelining does anyway. The request object is gone by then:
    // only the facts (values) and the exchange travel with the work.
    const QPointer<QTcpSocket> guarded(socket);
    reply.deferred(
        [this, facts, exchange, guarded, headers](const std::function<Reply()> &build) mutable {
            // Called from a worker: the reply is built and written on the server thread.
            QMetaObject::invokeMethod(
                this,
                [this, facts, exchange, guarded, headers, build]() mutable {
                    const TurnCommit::Scope turn(m_turn);
                    const Rendered late = render(facts, exchange.policy, headers, build);
                    answerWhenDurable(facts, exchange, late, headers, guarded.data());
                },
                Qt::QueuedConnection);
        });
}

void HttpServer::finish(const RequestFacts &facts, Exchange &exchange, int status)
{
    // The slot is held until the answer is written, so `concurrent` counts calls whose
    // answer is still being made, later answers included.
    m_rateLimits.release(exchange.admission);
    exchange.admission = {};
    if (exchange.route)
        audit(facts, *exchange.route, status);
    if (facts.principal.isClient())
        m_metrics.countClientCall(facts.principal.client.clientId);
    m_metrics.observe(exchange.route ? exchange.route->pattern : QStringLiteral("unmatched"),
                      exchange.method, status, double(exchange.clock.nsecsElapsed()) / 1e9);
    --m_inFlight;
}

HttpServer::Headers HttpServer::anonymousRateHeaders(const QString &ip, qint64 nowMs)
{
    try {
        return m_rateLimits.admit(Principal{}, RateGroup::PlanOnly, {}, ip, nowMs).headers;
    } catch (const ServiceError &limited) {
        return ErrorMapping::toApiError(limited).extraHeaders;
    }
}

HttpServer::Rendered HttpServer::render(const RequestFacts &facts, const Route *policy,
                                        Headers &headers, const std::function<Reply()> &build,
                                        Reply *replyOut)
{
    Rendered out;
    try {
        Reply reply = build();
        headers.append(reply.headers);
        out.status = reply.status;
        if (reply.enveloped) {
            out.body =
                reply.dataJson.isEmpty()
                    ? Envelope::success(reply.status, reply.message, reply.data, facts.requestId)
                    : Envelope::successWithJson(reply.status, reply.message, reply.dataJson,
                                                facts.requestId);
        } else {
            out.body = reply.raw;
            out.contentType = reply.contentType;
        }
        if (replyOut)
            *replyOut = std::move(reply);
        return out;
    } catch (const std::exception &thrown) {
        // This layer's own ApiError, a ServiceError from below, or a fault of ours (500).
        const ApiError e =
            ErrorMapping::answerFor(thrown, policy ? policy->pattern : QStringLiteral("unmatched"));
        out.status = e.status();
        headers.append(e.extraHeaders);
        RenderedError rendered =
            renderError(policy ? policy->dialect : Dialect::Envelope, e, facts.requestId);
        out.body = std::move(rendered.body);
        headers.append(rendered.headers);
    }
    if (policy && policy->isRateLimited() && !hasHeader(headers, "X-RateLimit-Limit")) {
        // Calls refused before the limiter ran (bad credentials, unknown paths, body errors)
        // still say where the caller stands, as every rate-limited answer must.
        headers.append(anonymousRateHeaders(facts.ip, facts.startedAtMs));
    }
    return out;
}

QByteArray HttpServer::rawResponse(const Rendered &answer, const Headers &headers,
                                   const QString &requestId, bool headOnly)
{
    // Every answer that is not a stream, written now (write()) or once its batch is durable,
    // when the request object is gone (answerWhenDurable). Built in one buffer: every answer
    // pays for this.
    const QByteArray reason = HttpStatus::reasonPhrase(answer.status);
    qsizetype size = 160 + reason.size() + answer.contentType.size() + requestId.size() +
                     (headOnly ? 0 : answer.body.size());
    for (const auto &h : headers)
        size += h.first.size() + h.second.size() + 4;
    QByteArray out;
    out.reserve(size);
    out.append("HTTP/1.1 ").append(QByteArray::number(answer.status)).append(' ').append(reason);
    out.append("\r\nContent-Type: ").append(answer.contentType);
    out.append("\r\nContent-Length: ").append(QByteArray::number(answer.body.size()));
    out.append("\r\nX-Request-ID: ").append(requestId.toLatin1());
    out.append("\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n");
    for (const auto &h : headers)
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    out.append("\r\n");
    if (!headOnly)
        out.append(answer.body);
    return out;
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

void HttpServer::answerPreflight(QTcpSocket *socket, const RequestContext &ctx,
                                 const Router::Match &match)
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
    write(socket, 204, "text/plain", {}, headers, ctx.requestId, false);
}

QByteArray HttpServer::refusedAnswer(const QByteArray &requestHead, const QHostAddress &peer,
                                     GuardedTcpServer::Refusal refusal, qint64 limit)
{
    QByteArray requestId;
    for (const QByteArray &line : requestHead.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "x-request-id")
            requestId = line.mid(colon + 1).trimmed();
    }
    if (!isSafeRequestId(requestId))
        requestId = Ids::make(QStringLiteral("req")).toLatin1();
    const QByteArray requestLine = bytesBefore(requestHead, '\n');
    const Router::Match match = m_router.matchRequestLine(requestLine);
    Headers headers;
    if (match.policy && match.policy->isRateLimited())
        headers = anonymousRateHeaders(peer.toString(), Time::nowMs());
    const bool head = refusal == GuardedTcpServer::Refusal::HeadTooLarge;
    const ApiError e =
        head ? ApiError(ApiError::Kind::HeadersTooLarge,
                        QStringLiteral("Request line and headers are larger than "
                                       "%1 bytes, or have too many lines")
                            .arg(limit))
             : ApiError(ApiError::Kind::PayloadTooLarge,
                        QStringLiteral("Request body is larger than %1 bytes").arg(limit));
    RenderedError rendered = renderError(match.policy ? match.policy->dialect : Dialect::Envelope,
                                         e, QString::fromLatin1(requestId));
    headers.append(rendered.headers);
    const QByteArray &body = rendered.body;
    const int status = e.status();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                     HttpStatus::reasonPhrase(status) +
                     "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                     "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
                     "X-Request-ID: " +
                     requestId + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    m_metrics.observe(QStringLiteral("oversized"), bytesBefore(requestLine, ' '), status, 0);
    return out + "\r\n" + body;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString requestId = requestIdFor(request);
    const ApiError e(ApiError::Kind::NotFound,
                     QStringLiteral("No endpoint at %1").arg(request.url().path()));
    write(socket, 404, "application/json", Envelope::failure(e, requestId), {}, requestId, false);
}

void HttpServer::write(QTcpSocket *socket, int status, const QByteArray &contentType,
                       const QByteArray &body, const Headers &headers, const QString &requestId,
                       bool headOnly)
{
    // The whole answer in one write, as answerWhenDurable sends it: QHttpServerResponder wrote
    // the status line and every header to the socket one call at a time (a fifth of our own
    // cost on /healthz). HEAD announces the length GET would send, and sends no body.
    socket->write(rawResponse({status, contentType, body}, headers, requestId, headOnly));
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

void HttpServer::audit(const RequestFacts &ctx, const Route &route, int status)
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
