#pragma once

#include "core/Config.h"
#include "http/Controller.h"

#include <functional>

namespace mid {

class AuditLog;
class ClientService;
class ConsentService;
class DocumentService;
class EventStreamHub;
class InboundWebhookService;
class MetricsHistory;
class OperatorService;

// The console's own part of /admin/v1 (§13): login, the overview, settings, operators,
// metric series and the live event stream. What the console shows of tenants, consents and
// the audit log comes from their own controllers.
class AdminController : public Controller
{
public:
    struct Services
    {
        OperatorService &operators;
        ClientService &clients;
        ConsentService &consents;
        AuditLog &audit;
        MetricsHistory &history;
        EventStreamHub &stream;
        InboundWebhookService &inbound;
        DocumentService &documents;
        // Applies webhooksAllowPrivateNetworks to the webhook dispatcher at once.
        std::function<void(bool)> setWebhooksAllowPrivateNetworks;
    };
    AdminController(Services services, ServerConfig config, qint64 startedAtMs)
        : m_s(services), m_config(std::move(config)), m_startedAtMs(startedAtMs)
    {
    }
    void registerRoutes(Router &router) override;

private:
    Reply login(RequestContext &ctx);
    Reply overview(RequestContext &ctx);
    Reply settings(RequestContext &ctx);
    Reply saveSettings(RequestContext &ctx);
    Reply listOperators(RequestContext &ctx);
    Reply createOperator(RequestContext &ctx);
    Reply updateOperator(RequestContext &ctx);
    Reply deleteOperator(RequestContext &ctx);
    Reply metricsSeries(RequestContext &ctx);
    Reply events(RequestContext &ctx);

    QJsonObject settingsJson() const;
    QString confPath() const;

    Services m_s;
    ServerConfig m_config;
    qint64 m_startedAtMs;
};

} // namespace mid
