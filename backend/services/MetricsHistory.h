#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace mid {

class EventBus;
class Metrics;

// The last 24 hours of the server's activity, one point per second, for the console's charts
// (GET /admin/v1/metrics/series) and its live `metrics.tick` events. A sampler, not a poller:
// once a second it takes what Metrics counted and what the event bus raised.
class MetricsHistory : public QObject
{
    Q_OBJECT
public:
    MetricsHistory(Metrics &metrics, EventBus &bus, QObject *parent = nullptr);

    struct Point
    {
        qint64 t = 0; // unix seconds
        qint64 total = 0, ok = 0, clientError = 0, serverError = 0, rateLimited = 0;
        float p50 = 0, p95 = 0, p99 = 0; // ms
        qint64 created = 0, approved = 0, rejected = 0, expired = 0, revoked = 0;
        qint64 webhooksDelivered = 0, webhooksRetried = 0, webhooksFailed = 0;
        // Counts add up; percentiles keep the worst of the two.
        Point &operator+=(const Point &o);
    };

    static QStringList metricNames();
    // Points from `fromS` to `toS` (unix seconds) summed into `stepS`-second buckets; for the
    // latency metric each bucket carries the largest percentile seen in it. Per-client request
    // counts have a one-minute resolution.
    QJsonObject series(const QString &metric, qint64 fromS, qint64 toS, int stepS,
                       const QString &clientId) const;
    // Requests per second over the last `seconds` complete seconds.
    double requestsPerSecond(int seconds = 5) const;
    // Samples now (the timer calls this; tests may too).
    void sample();

    static constexpr int kKeepSeconds = 24 * 3600;

private:
    const Point *at(qint64 t) const;
    QJsonObject pointJson(const QString &metric, qint64 t, const QList<const Point *> &in,
                          qint64 clientCount) const;
    qint64 consentCount(const QString &type);

    Metrics &m_metrics;
    EventBus &m_bus;
    QTimer m_timer;
    QVector<Point> m_ring = QVector<Point>(kKeepSeconds);
    qint64 m_last = 0; // t of the newest point
    QHash<QString, qint64> m_seenCounts;
    QHash<QString, QMap<qint64, qint64>> m_clientMinutes; // client → minute start → calls
};

} // namespace mid
