#pragma once

#include "http/Controller.h"

namespace mid {

class ClientService;
class DocumentService;
class VerificationService;
struct Verification;

// Identity verification (§10): document uploads, verifications and their automatic checks,
// and the operators' review queue (§13 identity/reviews) with the documents' contents.
class IdentityController : public Controller
{
public:
    IdentityController(DocumentService &documents, VerificationService &verifications,
                       ClientService &clients)
        : m_documents(documents), m_verifications(verifications), m_clients(clients)
    {
    }
    void registerRoutes(Router &router) override;

private:
    Reply upload(RequestContext &ctx);
    Reply verify(RequestContext &ctx);
    Reply get(RequestContext &ctx);
    Reply reviews(RequestContext &ctx);
    Reply review(RequestContext &ctx);
    Reply decide(RequestContext &ctx);
    Reply content(RequestContext &ctx);

    QJsonObject adminJson(const Verification &verification) const;

    DocumentService &m_documents;
    VerificationService &m_verifications;
    ClientService &m_clients;
};

// The upload handler both §10 document endpoints share: the body is read, sniffed, checked
// and sealed to disk on a worker thread; the row is stored on the server thread.
Reply uploadDocument(RequestContext &ctx, DocumentService &documents, const QString &purpose);

} // namespace mid
