#pragma once

#include "http/Controller.h"

#include <QHash>

namespace mid {

class ClientService;
class ConsentService;
class QrService;
class SigningService;
struct Consent;

// QR codes (§7), the QR image of a consent session (§2) and the web approver page that the
// QR opens. Images and the page need no credentials: the session or QR id is the capability.
class QrController : public Controller
{
public:
    QrController(QrService &qr, ConsentService &consents, ClientService &clients,
                 SigningService &signing);
    void registerRoutes(Router &router) override;

private:
    Reply consentImage(RequestContext &ctx);
    Reply generate(RequestContext &ctx);
    Reply get(RequestContext &ctx);
    Reply image(RequestContext &ctx);
    Reply approvePage(RequestContext &ctx);
    Reply approveSession(RequestContext &ctx);
    Reply approveScript(RequestContext &ctx);

    struct ImageOptions
    {
        QString format;
        int size = 0;
        QString ecLevel;
    };
    // format, size and ecLevel from the query, each falling back to `defaults`; 422 when bad.
    static ImageOptions imageOptions(const RequestContext &ctx, const ImageOptions &defaults);
    static Reply imageReply(const QString &content, const ImageOptions &options);

    QString clientName(const QString &clientId) const;
    Reply pageFor(const Consent &consent);
    static Reply errorPage(int status, const QString &title, const QString &message);

    QrService &m_qr;
    ConsentService &m_consents;
    ClientService &m_clients;
    SigningService &m_signing;
};

} // namespace mid
