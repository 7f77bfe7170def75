#pragma once

#include "BodyGuard.h"
#include "Router.h"
#include "services/RateLimitPolicy.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace mid {

class AuditLog;
class AuthService;
class ClientService;
class Metrics;
class RateLimitPolicy;
class TurnCommit;

// Our own QAbstractHttpServer: one entry point for every request, where the route table
// answers 404/405, and where request ids, body limits, content types, authentication,
// scopes, rate limits, the envelope, audit and metrics are applied once for all routes.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpServer(Router &router, AuthService &auth, ClientService &clients,
               RateLimitPolicy &rateLimits, AuditLog &audit, Metrics &metrics, TurnCommit &turn,
               qint64 maxBody, QObject *parent = nullptr);

    qint64 inFlight() const { return m_inFlight; }

    // The whole answer (413 or 431) for a request refused on the socket (GuardedTcpServer)
    // before it reached this pipeline: same envelope, request id and rate-limit headers.
    QByteArray refusedAnswer(const QByteArray &requestHead, const QHostAddress &peer,
                             GuardedTcpServer::Refusal refusal, qint64 limit);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // One request from routing to the answer written: what the closing steps (audit,
    // metrics, releasing the concurrency slot) need, as values, so a later answer keeps them.
    struct Exchange
    {
        const Route *route = nullptr;  // the row run (null: wrong method)
        const Route *policy = nullptr; // whose dialect and limits apply
        QByteArray method;
        QElapsedTimer clock;
        RateLimitPolicy::Admission admission;
    };
    // What goes on the wire for a reply or for the error its building threw.
    struct Rendered
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };

    // Everything between "route found" and "handler answered"; may throw ApiError.
    Reply dispatch(RequestContext &ctx, const Route &route, Exchange &exchange, Headers *headers);
    void authenticate(RequestContext &ctx, const Route &route);
    void checkBody(const RequestContext &ctx, const Route *route, const QByteArray &method) const;
    // Runs `build` (a handler) and turns its reply, or the error it threw, into the answer in
    // the dialect of `policy`; headers it adds go to `headers`. `reply` receives the reply
    // for streamed and later ones.
    Rendered render(const RequestFacts &facts, const Route *policy, Headers &headers,
                    const std::function<Reply()> &build, Reply *reply = nullptr);
    // After the answer went out: audit row, metrics, concurrency slot, in-flight count.
    void finish(const RequestFacts &facts, Exchange &exchange, int status);
    void answerLater(Reply &reply, const RequestFacts &facts, Exchange exchange, Headers headers,
                     QTcpSocket *socket);
    // Runs the closing steps, then writes `answer` once the turn's writes are durable
    // (TurnCommit; at once when nothing is pending), or the storage error in the route's
    // dialect when they could not be committed.
    void answerWhenDurable(const RequestFacts &facts, Exchange &exchange, const Rendered &answer,
                           const Headers &headers, QTcpSocket *socket);
    void write(QTcpSocket *socket, int status, const QByteArray &contentType,
               const QByteArray &body, const Headers &headers, const QString &requestId,
               bool headOnly);
    void audit(const RequestFacts &facts, const Route &route, int status);
    // The X-RateLimit-* headers of a caller the limiter has not seen yet (refused before it).
    Headers anonymousRateHeaders(const QString &ip, qint64 nowMs);
    // A whole HTTP/1.1 answer as bytes, for a Reply::later whose request object is gone.
    static QByteArray rawResponse(const Rendered &answer, const Headers &headers,
                                  const QString &requestId, bool headOnly);
    // The head of a chunked answer whose body a streaming handler writes (Reply::stream).
    static void writeStreamHead(QTcpSocket *socket, const QByteArray &contentType,
                                const Headers &headers, const QString &requestId);
    static QString requestIdFor(const QHttpServerRequest &request);
    // CORS (browsers calling from a tenant's web app): the preflight answer, and the headers
    // an actual answer carries when the Origin is one a tenant allowed.
    void answerPreflight(QTcpSocket *socket, const RequestContext &ctx,
                         const Router::Match &match);
    Headers corsHeaders(const RequestContext &ctx) const;

    Router &m_router;
    AuthService &m_auth;
    ClientService &m_clients;
    RateLimitPolicy &m_rateLimits;
    AuditLog &m_audit;
    Metrics &m_metrics;
    TurnCommit &m_turn;
    qint64 m_maxBody;
    qint64 m_inFlight = 0;
};

} // namespace mid
