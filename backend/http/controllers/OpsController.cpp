#include "OpsController.h"

#include "core/Time.h"
#include "services/AuditLog.h"
#include "services/ConsentService.h"
#include "services/Metrics.h"
#include "services/RateLimitPolicy.h"
#include "services/Readiness.h"

#include <QJsonObject>

namespace mid {

void OpsController::registerRoutes(Router &r)
{
    const QString tag = QStringLiteral("Operations");
    const QString probes =
        QStringLiteral("probes and scrapers of the box's own monitoring must always get through");
    r.add({.method = "GET",
           .pattern = QStringLiteral("/healthz"),
           .access = Access::None,
           .notRateLimited = probes,
           .summary = QStringLiteral("Liveness: the process answers"),
           .tag = tag,
           .handler = bind(this, &OpsController::healthz),
           .doc = {.responseSchema = "Health",
                   .content = Content::Json,
                   .description = "Answers while the process is alive."}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/readyz"),
           .access = Access::None,
           .notRateLimited = probes,
           .summary = QStringLiteral("Readiness: database reachable, migrations applied"),
           .tag = tag,
           .handler = bind(this, &OpsController::readyz),
           .doc = {.responseSchema = "Readiness",
                   .content = Content::Json,
                   .description =
                       "200 when the database answers and every migration is applied, else 503.",
                   .mayBeUnavailable = true}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/metrics"),
           .access = Access::None,
           .notRateLimited = probes,
           .summary = QStringLiteral("Prometheus metrics"),
           .tag = tag,
           .handler = bind(this, &OpsController::metrics),
           .doc = {.content = Content::Text,
                   .description = "Prometheus text format: requests by route and code, a "
                                  "latency histogram, consents by status, rate-limited requests, "
                                  "the audit queue."}});
}

Reply OpsController::healthz(RequestContext &)
{
    // Load balancers poll this: the bytes written directly. The time (RFC 3339) and the version
    // (digits and dots) need no JSON escaping.
    QByteArray body;
    body.reserve(96);
    body.append(R"({"status":"ok","time":")")
        .append(Time::nowRfc3339().toLatin1())
        .append(R"(","version":")" MID_VERSION R"("})");
    return Reply::bytes(body, "application/json");
}

Reply OpsController::readyz(RequestContext &)
{
    const Readiness::State state = m_readiness.check();
    return Reply::plainJson(
        QJsonObject{{QStringLiteral("status"),
                     state.ready ? QStringLiteral("ready") : QStringLiteral("not_ready")},
                    {QStringLiteral("database"), state.databaseReachable
                                                     ? QStringLiteral("ok")
                                                     : QStringLiteral("unreachable")},
                    {QStringLiteral("schemaVersion"), state.schemaVersion},
                    {QStringLiteral("expectedSchemaVersion"), state.expectedSchemaVersion}},
        state.ready ? 200 : 503);
}

Reply OpsController::metrics(RequestContext &)
{
    QList<Metrics::Sample> gauges;
    const auto byStatus = m_consents.countByStatus();
    for (const char *status : {"pending", "approved", "rejected", "expired", "revoked"}) {
        gauges.append({QStringLiteral("mid_consents"),
                       QStringLiteral("status=\"%1\"").arg(QString::fromLatin1(status)),
                       double(byStatus.value(QString::fromLatin1(status)))});
    }
    gauges.append({QStringLiteral("mid_audit_queue_rows"), {}, double(m_audit.queued())});
    QList<Metrics::Sample> counters;
    counters.append({QStringLiteral("mid_rate_limited_requests_total"),
                     {},
                     double(m_rateLimits.limitedCount())});
    return Reply::bytes(m_metrics.render(gauges, counters),
                        "text/plain; version=0.0.4; charset=utf-8");
}

} // namespace mid
