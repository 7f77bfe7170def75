#pragma once

#include "http/Controller.h"
#include "services/ConsentService.h"

namespace mid {

class BodyReader;
class IdTokenIssuer;

// Consent sessions (§2) under every alias of seeds 000, 001, 002 and 003.
class ConsentsController : public Controller
{
public:
    ConsentsController(ConsentService &consents, IdTokenIssuer *idTokens)
        : m_consents(consents), m_idTokens(idTokens)
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

    static ConsentInput readInput(BodyReader &body, bool creating);

    ConsentService &m_consents;
    IdTokenIssuer *m_idTokens;
};

} // namespace mid
