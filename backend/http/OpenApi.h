#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mid {

class Router;
struct Route;

// The OpenAPI 3.1 document of §14, produced from the live route table alone: every row of the
// Router becomes an operation (path, method, security from its access and role, its dialect's
// error answers, its rate rule, its audit action, and the schemas, query parameters and prose
// of its RouteDoc), so a route added anywhere shows up here without an edit. The schemas
// themselves live in hand-written resources (:/mid/openapi/components*.json).
class OpenApi
{
public:
    static QJsonObject build(const Router &router, const QString &publicUrl);

    // "/v1/consents/:id" -> "/v1/consents/{id}"
    static QString pathTemplate(const QString &pattern);
    // "consent.create" -> "consentCreate"; without an action, "GET /v1/openapi.json" ->
    // "getV1OpenapiJson".
    static QString baseOperationId(const Route &route);
    // The hand-written components object (schemas, responses, headers, parameters).
    static QJsonObject loadComponents();
    // What a row fails to say for its operation to be complete: a body route without a
    // request schema naming its properties, a route without a success schema, an operator
    // route without a role, a route with neither a rate group nor a reason for none, a
    // ProviderSigned route without a verifier. Empty when the row is complete.
    static QStringList problemsOf(const Route &route, const QJsonObject &schemas);
    // Registers openapi.qrc (components.json and the /docs page) with the resource system.
    static void ensureResources();
};

} // namespace mid
