#pragma once

#include "http/Controller.h"

namespace mid {

class TlsService;

// The box's TLS identity: its local CA for phones to trust (GET /ca.crt), the page that walks a
// phone through it (GET /setup, the QR presenter's "set up this phone"), and, for the console's
// Settings, the certificate served (GET /admin/v1/settings/tls), a new one from the local CA
// (POST …/regenerate) and the operator's own (PUT). Changes apply to the next connection.
class TlsController : public Controller
{
public:
    // `publicHost`: the public URL's host, which every certificate the box makes covers.
    // `servingTls`: whether the listeners were started with TLS (a certificate installed while
    // they serve plain HTTP waits for the next start).
    TlsController(TlsService &tls, QString dataDir, QString publicHost, bool servingTls)
        : m_tls(tls), m_dataDir(std::move(dataDir)), m_publicHost(std::move(publicHost)),
          m_servingTls(servingTls)
    {
    }
    void registerRoutes(Router &router) override;

private:
    Reply caCertificate(RequestContext &ctx);
    Reply setupPage(RequestContext &ctx);
    // The set-up page's steps for how this box serves TLS now (HTML from escaped parts).
    QString trustSteps() const;
    Reply status(RequestContext &ctx);
    Reply regenerate(RequestContext &ctx);
    Reply install(RequestContext &ctx);

    QJsonObject statusJson() const;
    // mid.conf's `tls`, so the next start serves what was chosen here.
    void saveMode(const QString &modeText) const;

    TlsService &m_tls;
    QString m_dataDir;
    QString m_publicHost;
    bool m_servingTls;
};

} // namespace mid
