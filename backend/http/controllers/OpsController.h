#pragma once

#include "http/Controller.h"

namespace mid {

class ConsentService;
class Readiness;
class Metrics;
class RateLimitPolicy;
class AuditLog;

// Operations (§14): liveness, readiness, Prometheus metrics.
class OpsController : public Controller
{
public:
    OpsController(const Readiness &readiness, Metrics &metrics, RateLimitPolicy &rateLimits,
                  ConsentService &consents, AuditLog &audit)
        : m_readiness(readiness), m_metrics(metrics), m_rateLimits(rateLimits),
          m_consents(consents), m_audit(audit)
    {
    }
    void registerRoutes(Router &router) override;

private:
    Reply healthz(RequestContext &ctx);
    Reply readyz(RequestContext &ctx);
    Reply metrics(RequestContext &ctx);

    const Readiness &m_readiness;
    Metrics &m_metrics;
    RateLimitPolicy &m_rateLimits;
    ConsentService &m_consents;
    AuditLog &m_audit;
};

} // namespace mid
