#pragma once

#include "http/Controller.h"
#include "services/ClientService.h"

namespace mid {

class BodyReader;

// /v1/clients*: tenants (§6). Operators manage every client; a client key may only read
// itself and regenerate its own key.
class ClientsController : public Controller
{
public:
    explicit ClientsController(ClientService &clients) : m_clients(clients) {}
    void registerRoutes(Router &router) override;

private:
    Reply create(RequestContext &ctx);
    Reply list(RequestContext &ctx);
    Reply get(RequestContext &ctx);
    Reply update(RequestContext &ctx);
    Reply remove(RequestContext &ctx);
    Reply regenerateKey(RequestContext &ctx);

    static ClientInput readInput(BodyReader &body, bool creating);
    static void requireOperator(const RequestContext &ctx);
    static void requireSelfOrOperator(const RequestContext &ctx);

    ClientService &m_clients;
};

} // namespace mid
