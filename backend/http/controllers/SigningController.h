#pragma once

#include "http/Controller.h"

namespace mid {

class ClientService;
class DocumentService;
class SigningService;
struct SigningSession;

// Document signing (§10): documents to sign, signing sessions decided by the signer's FIDO
// assertion, their sealed evidence; and the console's view of every tenant's sessions.
class SigningController : public Controller
{
public:
    SigningController(DocumentService &documents, SigningService &signing, ClientService &clients)
        : m_documents(documents), m_signing(signing), m_clients(clients)
    {
    }
    void registerRoutes(Router &router) override;

private:
    Reply upload(RequestContext &ctx);
    Reply create(RequestContext &ctx);
    Reply get(RequestContext &ctx);
    Reply revoke(RequestContext &ctx);
    Reply evidence(RequestContext &ctx);
    Reply adminList(RequestContext &ctx);
    Reply adminGet(RequestContext &ctx);
    Reply adminEvidence(RequestContext &ctx);

    QJsonObject adminJson(const SigningSession &session) const;
    Reply evidenceOf(const SigningSession &session);

    DocumentService &m_documents;
    SigningService &m_signing;
    ClientService &m_clients;
};

} // namespace mid
