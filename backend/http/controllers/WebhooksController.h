#pragma once

#include "http/Controller.h"

namespace mid {

class ClientService;
class WebhookService;

// §9/§13 for operators: webhook endpoints of every tenant (create, update, pause/resume,
// ping, rotate, the secret) and the outbox's deliveries with their attempts (replay).
class WebhooksController : public Controller
{
public:
    WebhooksController(WebhookService &webhooks, ClientService &clients)
        : m_webhooks(webhooks), m_clients(clients)
    {
    }
    void registerRoutes(Router &router) override;

private:
    Reply listEndpoints(RequestContext &ctx);
    Reply createEndpoint(RequestContext &ctx);
    Reply getEndpoint(RequestContext &ctx);
    Reply updateEndpoint(RequestContext &ctx);
    Reply deleteEndpoint(RequestContext &ctx);
    Reply pauseEndpoint(RequestContext &ctx);
    Reply resumeEndpoint(RequestContext &ctx);
    Reply pingEndpoint(RequestContext &ctx);
    Reply rotateEndpoint(RequestContext &ctx);
    Reply endpointSecret(RequestContext &ctx);
    Reply listDeliveries(RequestContext &ctx);
    Reply getDelivery(RequestContext &ctx);
    Reply replayDelivery(RequestContext &ctx);

    QStringList eventsFrom(class BodyReader &body, const QString &field);
    void checkUrl(BodyReader &body, const std::optional<QString> &url);

    WebhookService &m_webhooks;
    ClientService &m_clients;
};

} // namespace mid
