#pragma once

#include "http/Controller.h"
#include "services/InboundWebhookService.h"

namespace mid {

// Inbound webhooks of §9: the three provider endpoints (their rows' verifiers check the
// provider's signature or token and store every refusal) and the console's log of them.
class InboundWebhooksController : public Controller
{
public:
    explicit InboundWebhooksController(InboundWebhookService &inbound) : m_inbound(inbound) {}
    void registerRoutes(Router &router) override;

private:
    void verify(RequestContext &ctx, InboundWebhookService::Provider provider);
    Reply receive(RequestContext &ctx);
    Reply list(RequestContext &ctx);
    Reply get(RequestContext &ctx);

    InboundWebhookService &m_inbound;
};

} // namespace mid
