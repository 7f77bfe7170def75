#pragma once

#include "http/Controller.h"

#include <QByteArray>
#include <QString>

namespace mid {

// §14: GET /v1/openapi.json (OpenAPI 3.1 of every route the server serves, produced from the
// live route table) and GET /docs (an offline page that renders it). The document is built
// when first asked for, not at registration, so routes registered after this controller are
// in it; it is rebuilt whenever the route table has grown since.
class DocsController : public Controller
{
public:
    DocsController(const Router &router, QString publicUrl)
        : m_router(router), m_publicUrl(std::move(publicUrl))
    {
    }
    void registerRoutes(Router &router) override;

private:
    Reply openapi(RequestContext &ctx);
    Reply docs(RequestContext &ctx);

    const Router &m_router;
    QString m_publicUrl;
    QByteArray m_document;
    qsizetype m_documentRoutes = -1;
    QByteArray m_page;
};

} // namespace mid
