#pragma once

#include "ErrorRenderer.h"
#include "Reply.h"
#include "RequestContext.h"
#include "services/RateLimitPolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mid {

// Who may call a route, and how the caller proves it.
enum class Access
{
    None,             // no credentials (health, QR images, the approver page)
    Client,           // a tenant credential of §1 carrying the row's scope
    Operator,         // an operator token whose role reaches the row's role
    ClientOrOperator, // an operator, or a client with the row's scope
    ClientOptional,   // a client with the row's scope when credentials are sent, else nobody:
                      // device-side calls whose capability is a token or an id in the body
    BasicOnly,        // only `Authorization: Basic clientId:clientSecret` (seed 004)
    ProviderSigned,   // no credentials: the row's verifier checks a provider's signature over
                      // the raw body (inbound webhooks)
};

// What an operator must be to call a row operators may call (§1: auditor < operator < admin).
enum class Role
{
    Unset, // a row operators may call must say; the route-table test fails otherwise
    Auditor,
    Operator,
    Admin,
};

// What a successful answer carries, for the OpenAPI document.
enum class Content
{
    Envelope, // the §0 envelope with `data` = the response schema
    Json,     // JSON without the envelope (the response schema itself)
    Html,
    Text,
    Image,       // PNG or SVG
    Certificate, // a PEM certificate (application/x-x509-ca-cert)
    EventStream, // Server-Sent Events
    Document,    // an uploaded document's bytes: PNG, JPEG or PDF
};

struct QueryParam
{
    QString name;
    QString type; // integer, string, date-time, or "enum:a|b|c"
    QString description;
};

// What the OpenAPI document says of a route beyond its access, limits and audit action.
struct RouteDoc
{
    QString requestSchema;  // components schema of the JSON body
    QString responseSchema; // of `data` (Envelope) or of the whole answer (Json)
    Content content = Content::Envelope;
    int successStatus = 200;
    QString description;
    QList<QueryParam> query;
    bool paged = false;            // `limit` and `cursor`
    bool bodyOptional = false;     // the body may be left out
    bool noBody = false;           // a POST that only acts: it reads no body
    bool mayBeUnavailable = false; // 503 with the same body (readiness)
};

// Finds what a device-side call acts for (§11: the device it names, else the credential it
// carries, else the session or token it acts on); empty when it names none.
using DeviceKeyFinder = std::function<QString(RequestContext &)>;
// Checks a provider's signature over the raw body; throws ApiError (401) when it fails.
using SignatureVerifier = std::function<void(RequestContext &)>;

// One row of the single route table: the whole policy of a route. HttpServer runs the same
// steps for every row (request id, body limit, access, rate limit, handler, audit, render);
// what differs between routes is only data here, and the OpenAPI document is built from
// these rows alone.
struct Route
{
    QByteArray method;
    QString pattern; // "/v1/consents/:id"; a trailing "/*" makes a fallback for unknown paths

    // Access.
    Access access = Access::Client;
    QString scope; // client scope required (Client, ClientOrOperator, ClientOptional)
    Role role = Role::Unset;
    SignatureVerifier verifier; // ProviderSigned

    Dialect dialect = Dialect::Envelope;

    // §11. A rate-limited row counts every call against the caller's plan and `rateGroup`;
    // `deviceKey` makes a call device-side (its per-device limit applies too). A row outside
    // §11 says why in `notRateLimited`.
    std::optional<RateGroup> rateGroup;
    DeviceKeyFinder deviceKey;
    QString notRateLimited;

    QString action;     // audit action, e.g. "consent.create"; empty = not audited
    qint64 maxBody = 0; // bytes; 0 = the server's body limit

    QString summary; // the OpenAPI operation's summary, and its tag
    QString tag;
    std::function<Reply(RequestContext &)> handler;
    bool acceptsForm = false;      // application/x-www-form-urlencoded besides JSON
    bool acceptsMultipart = false; // multipart/form-data besides JSON (uploads)
    RouteDoc doc;                  // the rest of the OpenAPI operation

    QStringList segments; // pattern split on '/', set by Router::add

    bool isFallback() const { return pattern.endsWith(QLatin1String("/*")); }
    bool takesBody() const { return method == "POST" || method == "PUT" || method == "PATCH"; }
    bool isRateLimited() const { return notRateLimited.isEmpty(); }
};

class Router
{
public:
    void add(Route route);

    struct Match
    {
        const Route *route = nullptr;  // the row to run, null for a wrong method (405)
        const Route *policy = nullptr; // whose rules apply: the row, or another of its path
        bool pathKnown = false;        // some route has this path (405 when route is null)
        QList<QByteArray> allowed;     // methods of that path, for the Allow header
        QHash<QString, QString> params;
    };
    // `adminSurface` false: the console's surfaces (isAdminSurface) are unknown paths here, as
    // on a public listener when an admin listener serves them.
    Match match(const QByteArray &method, const QString &path, bool adminSurface = true) const;
    // The same for a raw request line ("POST /v1/x?y=1 HTTP/1.1"), before Qt parsed it.
    Match matchRequestLine(const QByteArray &requestLine) const;
    // /admin/v1/…, /metrics and /docs: what --admin-listen keeps off the public listener.
    static bool isAdminSurface(const QString &path);
    // The body limit of what a request line would reach; 0 = default.
    qint64 bodyLimitFor(const QByteArray &requestLine) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    static bool matchesPath(const QStringList &pattern, const QList<QStringView> &path);
    static QHash<QString, QString> paramsOf(const QStringList &pattern,
                                            const QList<QStringView> &path);
    const Route *fallbackFor(const QString &path) const;
    QList<Route> m_routes; // in the order added: the most specific of a path first
    // Indexes into m_routes: a path is only compared with rows of as many segments.
    QHash<qsizetype, QList<qsizetype>> m_bySegmentCount;
    QList<qsizetype> m_fallbacks;
};

// Device keys of §11 shared by the rows that use them.
namespace DeviceKeys {
// The §11 order over a JSON body: deviceId, the credential it carries (credentialId or
// credential.id), the session, ceremony or token it acts on; else the path's :id.
DeviceKeyFinder fromBody();
// The path's :id (a session id whose image or page is fetched without credentials).
DeviceKeyFinder pathId();
} // namespace DeviceKeys

} // namespace mid
