#pragma once

#include "http/Controller.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"

namespace mid {

class BodyReader;
class IdTokenIssuer;

// Consent sessions (§2) under every alias of seeds 000, 001, 002 and 003.
class ConsentsController : public Controller
{
public:
    ConsentsController(ConsentService &consents, ClientService &clients, IdTokenIssuer *idTokens)
        : m_consents(consents), m_clients(clients), m_idTokens(idTokens)
    {
    }
    void registerRoutes(Router &router) override;

private:
    Reply create(RequestContext &ctx);
    Reply get(RequestContext &ctx);
    Reply list(RequestContext &ctx);
    Reply update(RequestContext &ctx);
    Reply revoke(RequestContext &ctx);
    Reply verify(RequestContext &ctx);
    // The same sessions for operators (/admin/v1/consents): every tenant's, with the tenant
    // named, and created on a tenant's behalf (the console's QR presenter).
    void registerAdminRoutes(Router &router);
    Reply adminList(RequestContext &ctx);
    Reply adminGet(RequestContext &ctx);
    Reply adminCreate(RequestContext &ctx);
    Reply adminRevoke(RequestContext &ctx);
    QJsonObject adminJson(const Consent &consent) const;
    static ConsentFilter readFilter(const RequestContext &ctx);

    static ConsentInput readInput(BodyReader &body, bool creating);

    ConsentService &m_consents;
    ClientService &m_clients;
    IdTokenIssuer *m_idTokens;
};

} // namespace mid
