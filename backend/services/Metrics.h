#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace mid {

// Request counters and the latency histogram behind /metrics (Prometheus text format).
class Metrics : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void observe(const QString &route, const QByteArray &method, int status, double seconds);

    struct Sample
    {
        QString name;   // metric family, e.g. mid_consents
        QString labels; // rendered label set without braces, e.g. status="pending"
        double value = 0;
    };
    // Renders everything counted here plus the given gauges.
    QByteArray render(const QList<Sample> &gauges, const QList<Sample> &counters) const;

    qint64 requestsTotal() const { return m_total; }

    // One webhook attempt's result (delivered | retrying | failed | disabled) and, when
    // delivered, the time from its event to now. Called on the server thread (the
    // dispatcher's queued signal), like everything else here.
    void observeWebhook(const QString &result, double delaySeconds);
    static const QList<double> &webhookDelayBuckets();
    static const QStringList &webhookResults();

    // What happened during the current second, for the console's live charts: taken (and
    // reset) once a second by MetricsHistory.
    struct Second
    {
        qint64 total = 0, ok = 0, clientError = 0, serverError = 0, rateLimited = 0;
        // Webhook attempts: delivered, failed and to be retried, failed for good (or
        // disabled the endpoint).
        qint64 webhooksDelivered = 0, webhooksRetried = 0, webhooksFailed = 0;
        QList<float> latencyMs; // a sample of at most kLatencySamples answers
        QHash<QString, qint64> byClient;
    };
    void countClientCall(const QString &clientId) { ++m_second.byClient[clientId]; }
    Second takeSecond();
    static constexpr int kLatencySamples = 4096;
    static const QList<double> &latencyBuckets();

private:
    struct Key
    {
        QString route;
        QByteArray method;
        int status;
        bool operator==(const Key &o) const
        {
            return status == o.status && method == o.method && route == o.route;
        }
    };
    friend size_t qHash(const Key &k, size_t seed)
    {
        return qHashMulti(seed, k.route, k.method, k.status);
    }

    QHash<Key, qint64> m_requests;
    QList<qint64> m_bucketCounts = QList<qint64>(latencyBuckets().size(), 0);
    double m_latencySum = 0;
    QHash<QString, qint64> m_webhookResults;
    QList<qint64> m_delayBucketCounts = QList<qint64>(webhookDelayBuckets().size(), 0);
    double m_delaySum = 0;
    qint64 m_delayCount = 0;
    Second m_second;
    qint64 m_total = 0;
};

} // namespace mid
