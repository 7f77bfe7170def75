#include "Metrics.h"

#include <algorithm>

namespace mid {

namespace {
QString escapeLabel(QString v)
{
    return v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

void family(QByteArray &out, const QString &name, const char *type, const char *help)
{
    out += "# HELP " + name.toUtf8() + ' ' + help + '\n';
    out += "# TYPE " + name.toUtf8() + ' ' + type + '\n';
}

void line(QByteArray &out, const QString &name, const QString &labels, double value)
{
    out += name.toUtf8();
    if (!labels.isEmpty())
        out += '{' + labels.toUtf8() + '}';
    out += ' ' + QByteArray::number(value, 'g', 15) + '\n';
}

// Families given by others are rendered in the order they first appear.
void renderSamples(QByteArray &out, const QList<Metrics::Sample> &samples, const char *type)
{
    QStringList seen;
    for (const auto &s : samples) {
        if (!seen.contains(s.name))
            seen << s.name;
    }
    for (const QString &name : seen) {
        family(out, name, type, "MID server state.");
        for (const auto &s : samples) {
            if (s.name == name)
                line(out, s.name, s.labels, s.value);
        }
    }
}
} // namespace

const QList<double> &Metrics::latencyBuckets()
{
    static const QList<double> b = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                    0.05,   0.1,   0.25,   0.5,   1,    2.5};
    return b;
}

void Metrics::observe(const QString &route, const QByteArray &method, int status, double seconds)
{
    ++m_second.total;
    if (status == 429)
        ++m_second.rateLimited;
    else if (status >= 500)
        ++m_second.serverError;
    else if (status >= 400)
        ++m_second.clientError;
    else
        ++m_second.ok;
    // Every answer until the sample is full, then a stride: the percentiles of a busy second
    // stay representative without growing the list.
    if (m_second.latencyMs.size() < kLatencySamples)
        m_second.latencyMs.append(float(seconds * 1000.0));
    else
        m_second.latencyMs[m_second.total % kLatencySamples] = float(seconds * 1000.0);

    ++m_requests[Key{route, method, status}];
    ++m_total;
    m_latencySum += seconds;
    const auto &b = latencyBuckets();
    const auto it = std::lower_bound(b.begin(), b.end(), seconds);
    if (it != b.end())
        ++m_bucketCounts[it - b.begin()];
}

const QList<double> &Metrics::webhookDelayBuckets()
{
    static const QList<double> b = {0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800, 3600, 21600, 86400};
    return b;
}

const QStringList &Metrics::webhookResults()
{
    static const QStringList r = {QStringLiteral("delivered"), QStringLiteral("retrying"),
                                  QStringLiteral("failed"), QStringLiteral("disabled")};
    return r;
}

void Metrics::observeWebhook(const QString &result, double delaySeconds)
{
    ++m_webhookResults[result];
    if (result == QLatin1String("delivered")) {
        ++m_second.webhooksDelivered;
        delaySeconds = qMax(0.0, delaySeconds);
        m_delaySum += delaySeconds;
        ++m_delayCount;
        const auto &b = webhookDelayBuckets();
        const auto it = std::lower_bound(b.begin(), b.end(), delaySeconds);
        if (it != b.end())
            ++m_delayBucketCounts[it - b.begin()];
    } else if (result == QLatin1String("retrying")) {
        ++m_second.webhooksRetried;
    } else {
        ++m_second.webhooksFailed;
    }
}

QByteArray Metrics::render(const QList<Sample> &gauges, const QList<Sample> &counters) const
{
    QByteArray out;
    family(out, QStringLiteral("mid_http_requests_total"), "counter",
           "HTTP requests by route, method and status code.");
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        line(out, QStringLiteral("mid_http_requests_total"),
             QStringLiteral("route=\"%1\",method=\"%2\",code=\"%3\"")
                 .arg(escapeLabel(it.key().route), QString::fromLatin1(it.key().method))
                 .arg(it.key().status),
             double(it.value()));
    }
    family(out, QStringLiteral("mid_http_request_duration_seconds"), "histogram",
           "Time from request parsed to answer written.");
    qint64 cumulative = 0;
    for (qsizetype i = 0; i < latencyBuckets().size(); ++i) {
        cumulative += m_bucketCounts.at(i);
        line(out, QStringLiteral("mid_http_request_duration_seconds_bucket"),
             QStringLiteral("le=\"%1\"").arg(latencyBuckets().at(i)), double(cumulative));
    }
    line(out, QStringLiteral("mid_http_request_duration_seconds_bucket"),
         QStringLiteral("le=\"+Inf\""), double(m_total));
    line(out, QStringLiteral("mid_http_request_duration_seconds_sum"), {}, m_latencySum);
    line(out, QStringLiteral("mid_http_request_duration_seconds_count"), {}, double(m_total));
    family(out, QStringLiteral("mid_webhook_deliveries_total"), "counter",
           "Webhook delivery attempts by result (retrying: failed, another attempt scheduled; "
           "disabled: 410 Gone disabled the endpoint).");
    for (const QString &result : webhookResults())
        line(out, QStringLiteral("mid_webhook_deliveries_total"),
             QStringLiteral("result=\"%1\"").arg(result), double(m_webhookResults.value(result)));
    family(out, QStringLiteral("mid_webhook_delivery_delay_seconds"), "histogram",
           "Time from an event to its successful webhook delivery.");
    qint64 delayCumulative = 0;
    for (qsizetype i = 0; i < webhookDelayBuckets().size(); ++i) {
        delayCumulative += m_delayBucketCounts.at(i);
        line(out, QStringLiteral("mid_webhook_delivery_delay_seconds_bucket"),
             QStringLiteral("le=\"%1\"").arg(webhookDelayBuckets().at(i)), double(delayCumulative));
    }
    line(out, QStringLiteral("mid_webhook_delivery_delay_seconds_bucket"),
         QStringLiteral("le=\"+Inf\""), double(m_delayCount));
    line(out, QStringLiteral("mid_webhook_delivery_delay_seconds_sum"), {}, m_delaySum);
    line(out, QStringLiteral("mid_webhook_delivery_delay_seconds_count"), {}, double(m_delayCount));
    renderSamples(out, gauges, "gauge");
    renderSamples(out, counters, "counter");
    return out;
}

Metrics::Second Metrics::takeSecond()
{
    Second taken = std::move(m_second);
    m_second = Second{};
    m_second.latencyMs.reserve(256);
    return taken;
}

} // namespace mid
