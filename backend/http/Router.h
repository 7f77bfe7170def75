#pragma once

#include "Reply.h"
#include "RequestContext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mid {

// Who may call a route.
enum class Access
{
    Public,           // no credentials (health, QR images, OAuth token endpoint)
    Client,           // a tenant credential of §1
    Operator,         // an operator token
    ClientOrOperator, // /v1/clients*: operators, or a client acting on itself
};

// One row of the single route table: the 404/405 answers, authentication, scopes, rate-limit
// groups, audit action names and the OpenAPI document all come from these rows.
struct Route
{
    QByteArray method;
    QString pattern; // "/v1/consents/:id"
    Access access = Access::Client;
    QString scope;     // client scope required, if any
    QString rateGroup; // §11 endpoint group: consents, auth, fido, enrollments, devices
    QString action;    // audit action, e.g. "consent.create"; empty = not audited
    QString summary;   // for the OpenAPI document
    QString tag;
    std::function<Reply(RequestContext &)> handler;
    bool acceptsForm = false; // application/x-www-form-urlencoded besides JSON
    QStringList segments;     // pattern split on '/'
};

class Router
{
public:
    void add(Route route);

    struct Match
    {
        const Route *route = nullptr;
        bool pathKnown = false;    // some route has this path (405 when route is null)
        QList<QByteArray> allowed; // methods of that path, for the Allow header
        QHash<QString, QString> params;
    };
    Match match(const QByteArray &method, const QString &path) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    static bool matchSegments(const QStringList &pattern, const QList<QStringView> &path,
                              QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace mid
