#include "DocsController.h"

#include "core/ServiceError.h"
#include "http/OpenApi.h"

#include <QFile>
#include <QJsonDocument>

namespace mid {

void DocsController::registerRoutes(Router &r)
{
    const QString tag = QStringLiteral("Operations");
    r.add({.method = "GET",
           .pattern = QStringLiteral("/v1/openapi.json"),
           .access = Access::None,
           .rateGroup = RateGroup::PlanOnly,
           .summary = QStringLiteral("OpenAPI 3.1 document of this server"),
           .tag = tag,
           .handler = bind(this, &DocsController::openapi),
           .doc = {.responseSchema = "OpenApiDocument",
                   .content = Content::Json,
                   .description = "This document, produced from the server's live route table "
                                  "(so it covers every endpoint this build serves). Plain JSON, "
                                  "no envelope."}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/docs"),
           .access = Access::None,
           .notRateLimited = QStringLiteral("a static page"),
           .summary = QStringLiteral("API documentation page (HTML, offline)"),
           .tag = tag,
           .handler = bind(this, &DocsController::docs),
           .doc = {.content = Content::Html,
                   .description = "A readable page of this document, served offline (no "
                                  "external assets)."}});
}

Reply DocsController::openapi(RequestContext &)
{
    // Routes are only ever added, so the count tells whether the cached document is current.
    if (m_document.isEmpty() || m_documentRoutes != m_router.routes().size()) {
        m_document =
            QJsonDocument(OpenApi::build(m_router, m_publicUrl)).toJson(QJsonDocument::Compact);
        m_documentRoutes = m_router.routes().size();
    }
    return Reply::bytes(m_document, "application/json");
}

Reply DocsController::docs(RequestContext &)
{
    if (m_page.isEmpty()) {
        OpenApi::ensureResources();
        QFile file(QStringLiteral(":/mid/web/docs.html"));
        if (!file.open(QIODevice::ReadOnly))
            throw ServiceError::internal(
                QStringLiteral("The documentation page is missing from this build"));
        m_page = file.readAll();
    }
    Reply r = Reply::bytes(m_page, "text/html; charset=utf-8");
    // Everything the page needs is inline or same-origin: say so, and nothing else loads.
    r.addHeader(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src "
        "'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    r.addHeader("Referrer-Policy", "no-referrer");
    return r;
}

} // namespace mid
