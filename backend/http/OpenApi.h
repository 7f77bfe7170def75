#pragma once

#include <QJsonObject>
#include <QString>

namespace mid {

class Router;
struct Route;

// The OpenAPI 3.1 document of §14, produced from the live route table: every row of the
// Router becomes an operation (path, method, security from its Access, tag, summary, the
// standard error answers), so a route added anywhere shows up here without an edit. The
// detailed schemas live in a hand-written resource (:/mid/openapi/components.json); a small
// table in OpenApi.cpp, keyed by the route's audit action (or "METHOD /pattern" for routes
// without one), says which of them a route takes and answers.
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
    // Registers openapi.qrc (components.json and the /docs page) with the resource system.
    static void ensureResources();
};

} // namespace mid
