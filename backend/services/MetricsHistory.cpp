#include "MetricsHistory.h"

#include "Metrics.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "events/EventBus.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace mid {

namespace {
float percentile(const QList<float> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype i = qMin<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size()));
    return sorted.at(i);
}

QString isoSecond(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

MetricsHistory::Point &MetricsHistory::Point::operator+=(const Point &o)
{
    total += o.total;
    ok += o.ok;
    clientError += o.clientError;
    serverError += o.serverError;
    rateLimited += o.rateLimited;
    p50 = qMax(p50, o.p50);
    p95 = qMax(p95, o.p95);
    p99 = qMax(p99, o.p99);
    created += o.created;
    approved += o.approved;
    rejected += o.rejected;
    expired += o.expired;
    revoked += o.revoked;
    webhooksDelivered += o.webhooksDelivered;
    webhooksRetried += o.webhooksRetried;
    webhooksFailed += o.webhooksFailed;
    return *this;
}

MetricsHistory::MetricsHistory(Metrics &metrics, EventBus &bus, QObject *parent)
    : QObject(parent), m_metrics(metrics), m_bus(bus)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &MetricsHistory::sample);
    m_timer.start();
    m_seenCounts = m_bus.counts();
}

QStringList MetricsHistory::metricNames()
{
    return {QStringLiteral("requests"), QStringLiteral("latency"), QStringLiteral("consents"),
            QStringLiteral("rate_limited"), QStringLiteral("webhooks")};
}

qint64 MetricsHistory::consentCount(const QString &type)
{
    const qint64 now = m_bus.counts().value(type);
    const qint64 delta = now - m_seenCounts.value(type);
    m_seenCounts.insert(type, now);
    return delta;
}

void MetricsHistory::sample()
{
    Metrics::Second second = m_metrics.takeSecond();
    std::sort(second.latencyMs.begin(), second.latencyMs.end());
    Point p;
    p.t = Time::nowMs() / 1000;
    // The clock went back (set by hand; a ManualClock in tests): seconds sampled "after" now
    // would hide every second to come, so the timeline starts over from now.
    if (p.t < m_last)
        m_last = 0;
    if (p.t == m_last) { // a second sample within one second adds to that second
        p.t = m_last;
        p += m_ring[m_last % kKeepSeconds];
    }
    p.total = second.total;
    p.ok = second.ok;
    p.clientError = second.clientError;
    p.serverError = second.serverError;
    p.rateLimited = second.rateLimited;
    p.webhooksDelivered = second.webhooksDelivered;
    p.webhooksRetried = second.webhooksRetried;
    p.webhooksFailed = second.webhooksFailed;
    p.p50 = percentile(second.latencyMs, 0.50);
    p.p95 = percentile(second.latencyMs, 0.95);
    p.p99 = percentile(second.latencyMs, 0.99);
    p.created = consentCount(QStringLiteral("consent.created"));
    p.approved = consentCount(QStringLiteral("consent.approved"));
    p.rejected = consentCount(QStringLiteral("consent.rejected"));
    p.expired = consentCount(QStringLiteral("consent.expired"));
    p.revoked = consentCount(QStringLiteral("consent.revoked"));
    // Seconds the timer skipped (a busy loop) hold nothing rather than stale data.
    for (qint64 t = m_last + 1; m_last && t < p.t && t > p.t - kKeepSeconds; ++t)
        m_ring[t % kKeepSeconds] = Point{t};
    m_ring[p.t % kKeepSeconds] = p;
    m_last = p.t;

    const qint64 minute = p.t - p.t % 60;
    for (auto it = second.byClient.cbegin(); it != second.byClient.cend(); ++it)
        m_clientMinutes[it.key()][minute] += it.value();
    if (p.t % 60 == 0) { // once a minute, forget per-client minutes older than a day
        for (auto &minutes : m_clientMinutes)
            while (!minutes.isEmpty() && minutes.firstKey() < p.t - kKeepSeconds)
                minutes.erase(minutes.begin());
    }

    m_bus.publishLazy(QStringLiteral("metrics.tick"), {},
                      [&] { return pointJson(QStringLiteral("tick"), p.t, {&p}, 0); });
}

const MetricsHistory::Point *MetricsHistory::at(qint64 t) const
{
    if (t <= 0 || t > m_last || t <= m_last - kKeepSeconds) // t <= 0: nothing sampled yet
        return nullptr;
    const Point &p = m_ring[t % kKeepSeconds];
    return p.t == t ? &p : nullptr;
}

double MetricsHistory::requestsPerSecond(int seconds) const
{
    qint64 sum = 0;
    for (qint64 t = m_last; t > m_last - seconds; --t)
        if (const Point *p = at(t))
            sum += p->total;
    return seconds > 0 ? double(sum) / seconds : 0;
}

QJsonObject MetricsHistory::pointJson(const QString &metric, qint64 t,
                                      const QList<const Point *> &in, qint64 clientCount) const
{
    Point sum;
    for (const Point *p : in)
        sum += *p;
    const QJsonObject requests{{QStringLiteral("total"), sum.total},
                               {QStringLiteral("ok"), sum.ok},
                               {QStringLiteral("clientError"), sum.clientError},
                               {QStringLiteral("serverError"), sum.serverError},
                               {QStringLiteral("rateLimited"), sum.rateLimited}};
    const QJsonObject latency{{QStringLiteral("p50"), double(sum.p50)},
                              {QStringLiteral("p95"), double(sum.p95)},
                              {QStringLiteral("p99"), double(sum.p99)}};
    const QJsonObject consents{{QStringLiteral("created"), sum.created},
                               {QStringLiteral("approved"), sum.approved},
                               {QStringLiteral("rejected"), sum.rejected},
                               {QStringLiteral("expired"), sum.expired},
                               {QStringLiteral("revoked"), sum.revoked}};
    const QJsonObject webhooks{{QStringLiteral("delivered"), sum.webhooksDelivered},
                               {QStringLiteral("retried"), sum.webhooksRetried},
                               {QStringLiteral("failed"), sum.webhooksFailed}};
    QJsonObject out{{QStringLiteral("t"), isoSecond(t)}};
    if (metric == QLatin1String("tick")) {
        out.insert(QStringLiteral("requests"), requests);
        out.insert(QStringLiteral("latency"), latency);
        out.insert(QStringLiteral("consents"), consents);
        out.insert(QStringLiteral("webhooks"), webhooks);
        return out;
    }
    const QJsonObject &fields = metric == QLatin1String("latency")    ? latency
                                : metric == QLatin1String("consents") ? consents
                                : metric == QLatin1String("webhooks") ? webhooks
                                                                      : requests;
    if (metric == QLatin1String("rate_limited")) {
        out.insert(QStringLiteral("count"), sum.rateLimited);
        return out;
    }
    if (clientCount >= 0 && metric == QLatin1String("requests") && in.isEmpty()) {
        out.insert(QStringLiteral("total"), clientCount);
        return out;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject MetricsHistory::series(const QString &metric, qint64 fromS, qint64 toS, int stepS,
                                   const QString &clientId) const
{
    if (!metricNames().contains(metric))
        throw ServiceError::invalid(QStringLiteral("metric"), QStringLiteral("enum"),
                                    QStringLiteral("metric must be one of %1")
                                        .arg(metricNames().join(QStringLiteral(", "))));
    if (!clientId.isEmpty() && metric != QLatin1String("requests"))
        throw ServiceError::invalid(QStringLiteral("clientId"), QStringLiteral("unsupported"),
                                    QStringLiteral("clientId applies only to metric=requests"));
    if (!clientId.isEmpty())
        stepS = qMax(60, stepS - stepS % 60);
    fromS = qMax(fromS, m_last - kKeepSeconds + 1);
    toS = qMin(toS, m_last);
    fromS -= fromS % stepS; // buckets on whole steps, so consecutive calls line up
    if (toS >= fromS && (toS - fromS) / stepS > 5000)
        throw ServiceError::invalid(QStringLiteral("step"), QStringLiteral("range"),
                                    QStringLiteral("at most 5000 points per call; raise step"));
    QJsonArray points;
    const QMap<qint64, qint64> minutes = m_clientMinutes.value(clientId);
    for (qint64 start = fromS; start <= toS; start += stepS) {
        if (!clientId.isEmpty()) {
            qint64 calls = 0;
            for (auto it = minutes.lowerBound(start);
                 it != minutes.end() && it.key() < start + stepS; ++it)
                calls += it.value();
            points.append(pointJson(metric, start, {}, calls));
            continue;
        }
        QList<const Point *> in;
        for (qint64 t = start; t < start + stepS && t <= toS; ++t)
            if (const Point *p = at(t))
                in.append(p);
        points.append(pointJson(metric, start, in, -1));
    }
    return {{QStringLiteral("metric"), metric},
            {QStringLiteral("step"), stepS},
            {QStringLiteral("clientId"), clientId.isEmpty() ? QJsonValue() : QJsonValue(clientId)},
            {QStringLiteral("points"), points}};
}

} // namespace mid
