#include "DashboardPanel.h"

#include "ServerSession.h"
#include "widgets/StatTile.h"
#include "widgets/StatusDelegate.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace mid::ui {

namespace {

// How the one-second counts inside a bucket make the bucket's value.
enum class Fold
{
    Rate,    // per second over the seconds seen (requests/s)
    Maximum, // the largest (latency percentiles, as the server folds them)
    Sum,     // how many in the bucket (consents, rate-limited calls)
};

// One line of a chart: where its value sits in a history point and in a metrics.tick.
struct SeriesSpec
{
    QString field;     // field of a /admin/v1/metrics/series point
    QString tickGroup; // object of a metrics.tick holding it
    QString tickField;
    QString label;
    QColor color;
};

qint64 secondsOf(const QJsonValue &rfc3339)
{
    return QDateTime::fromString(rfc3339.toString(), Qt::ISODate).toSecsSinceEpoch();
}

// A calm Y axis: the smallest "round" top (1, 2, 2.5, 5 × 10^n) above `value`, with ticks
// on round values too, and as many decimals as those ticks need.
struct Scale
{
    double top;
    int ticks;
    int decimals;
};

Scale niceScale(double value, double atLeast)
{
    value = qMax(value * 1.05, atLeast);
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude < value)
            continue;
        const int ticks = m == 2.0 ? 5 : 6; // steps of 1, 2 or 5 × 10^n
        const double step = m * magnitude / (ticks - 1);
        const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
        return {m * magnitude, ticks, decimals};
    }
    return {10 * magnitude, 6, 0};
}

QColor rateLimitColor()
{
    return QColor(0x93, 0x33, 0xea); // none of the status colours: its own thing
}

} // namespace

// One chart of the dashboard: a line per SeriesSpec over a sliding time window, filled from
// the history and then bucket by bucket from the live ticks.
class TimeChart
{
public:
    TimeChart(const QString &title, QString metric, const QString &yTitle, Fold fold,
              QList<SeriesSpec> specs, QWidget *parent);

    QChartView *view() const { return m_view; }
    const QString &metric() const { return m_metric; }
    // Empties the chart for a new range ending at `nowS`.
    void reset(int rangeSeconds, int step, qint64 nowS);
    // The server's buckets, the last one covering seconds up to `coveredToS`.
    void setHistory(const QJsonArray &points, qint64 coveredToS);
    void addTick(qint64 t, const QJsonObject &tick);
    // The sum of a line's values over the window (the consent funnel's totals).
    double sum(int series) const;
    // A count chart's values are per bucket: its unit changes with the range's step.
    bool countsPerBucket() const { return m_fold == Fold::Sum; }
    void setUnit(const QString &unit);
    void applyPalette(const QPalette &palette);

private:
    struct Bucket
    {
        qint64 start = -1;
        QList<double> raw;
        int seconds = 0;
    };
    double valueOf(int series) const;
    void writeBucket(bool append);
    void scrollTo(qint64 nowS);
    void rescale();

    QString m_metric;
    Fold m_fold;
    QList<SeriesSpec> m_specs;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<QLineSeries *> m_series;
    int m_range = 300;
    int m_step = 1;
    Bucket m_current;
};

TimeChart::TimeChart(const QString &title, QString metric, const QString &yTitle, Fold fold,
                     QList<SeriesSpec> specs, QWidget *parent)
    : m_metric(std::move(metric)), m_fold(fold), m_specs(std::move(specs)), m_chart(new QChart),
      m_view(new QChartView(m_chart, parent)), m_x(new QDateTimeAxis(m_chart)),
      m_y(new QValueAxis(m_chart))
{
    m_chart->setTitle(title);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation); // a tick a second: animation only blurs
    m_x->setTickCount(6);
    m_y->setTitleText(yTitle);
    m_y->setRange(0, 1);
    m_y->setTickCount(5);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (const SeriesSpec &spec : m_specs) {
        auto *series = new QLineSeries(m_chart);
        series->setName(spec.label);
        QPen pen(spec.color);
        pen.setWidthF(2);
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_series.append(series);
    }
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_view->setAccessibleName(title);
    m_view->setFocusPolicy(Qt::NoFocus); // nothing to operate in a chart
}

void TimeChart::reset(int rangeSeconds, int step, qint64 nowS)
{
    m_range = rangeSeconds;
    m_step = qMax(1, step);
    m_current = {};
    for (QLineSeries *s : std::as_const(m_series))
        s->clear();
    m_x->setFormat(rangeSeconds <= 600 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    scrollTo(nowS);
}

void TimeChart::setHistory(const QJsonArray &points, qint64 coveredToS)
{
    m_current = {}; // what ticks added before the history is in it, or replayed after it
    QList<QList<QPointF>> lines(m_series.size());
    for (const QJsonValue &v : points) {
        const QJsonObject p = v.toObject();
        m_current.start = secondsOf(p.value(QStringLiteral("t")));
        m_current.seconds =
            int(qBound(qint64(1), coveredToS - m_current.start + 1, qint64(m_step)));
        m_current.raw.clear();
        for (const SeriesSpec &spec : std::as_const(m_specs))
            m_current.raw.append(p.value(spec.field).toDouble());
        for (int i = 0; i < m_series.size(); ++i)
            lines[i].append(QPointF(double(m_current.start) * 1000, valueOf(i)));
    }
    for (int i = 0; i < m_series.size(); ++i)
        m_series[i]->replace(lines[i]);
    rescale();
}

void TimeChart::addTick(qint64 t, const QJsonObject &tick)
{
    const qint64 start = t - t % m_step; // the server's buckets sit on whole steps too
    if (start < m_current.start)
        return; // older than the open bucket: already counted
    const bool fresh = start != m_current.start;
    if (fresh)
        m_current = {start, QList<double>(m_specs.size(), 0.0), 0};
    for (int i = 0; i < m_specs.size(); ++i) {
        const SeriesSpec &spec = m_specs.at(i);
        const double v = tick.value(spec.tickGroup).toObject().value(spec.tickField).toDouble();
        m_current.raw[i] =
            m_fold == Fold::Maximum ? qMax(m_current.raw[i], v) : m_current.raw[i] + v;
    }
    ++m_current.seconds;
    writeBucket(fresh);
    scrollTo(t);
}

double TimeChart::valueOf(int series) const
{
    const double raw = m_current.raw.value(series);
    return m_fold == Fold::Rate ? raw / qMax(1, m_current.seconds) : raw;
}

void TimeChart::writeBucket(bool append)
{
    const double x = double(m_current.start) * 1000;
    for (int i = 0; i < m_series.size(); ++i) {
        QLineSeries *s = m_series[i];
        if (append || s->count() == 0)
            s->append(x, valueOf(i));
        else
            s->replace(s->count() - 1, x, valueOf(i));
    }
}

void TimeChart::scrollTo(qint64 nowS)
{
    const qint64 fromS = nowS - m_range;
    m_x->setRange(QDateTime::fromSecsSinceEpoch(fromS), QDateTime::fromSecsSinceEpoch(nowS));
    // Keep the bucket that straddles the left edge, so the lines start at the edge.
    const double keepFrom = double(fromS - m_step) * 1000;
    for (QLineSeries *s : std::as_const(m_series)) {
        int old = 0;
        while (old < s->count() && s->at(old).x() < keepFrom)
            ++old;
        if (old)
            s->removePoints(0, old);
    }
    rescale();
}

void TimeChart::rescale()
{
    double top = 0;
    for (const QLineSeries *s : std::as_const(m_series))
        for (const QPointF &p : s->points())
            top = qMax(top, p.y());
    // Counts are whole: an empty count chart still reads 0–5, not 0–1 in tenths.
    const Scale scale = niceScale(top, m_fold == Fold::Sum ? 5 : 1);
    m_y->setRange(0, scale.top);
    m_y->setTickCount(scale.ticks);
    m_y->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals));
}

void TimeChart::setUnit(const QString &unit)
{
    m_y->setTitleText(unit);
}

double TimeChart::sum(int series) const
{
    double total = 0;
    if (series < 0 || series >= m_series.size())
        return total;
    for (const QPointF &p : m_series[series]->points())
        total += p.y();
    return total;
}

void TimeChart::applyPalette(const QPalette &palette)
{
    // The chart's own themes are light or dark, not the application's palette: paint it with
    // the palette so it sits in the window like any other widget.
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    m_chart->setBackgroundBrush(palette.color(QPalette::Base));
    m_chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    m_chart->setTitleBrush(text);
    QFont titleFont = m_view->font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
    m_view->setBackgroundBrush(palette.color(QPalette::Window));
}

// ---------------------------------------------------------------------------------------

const QList<DashboardPanel::Range> &DashboardPanel::ranges()
{
    // At most a few hundred points per line whatever the range (5 min: 300, 1 h: 60, 24 h: 144).
    static const QList<Range> all = {{5 * 60, 1}, {3600, 60}, {24 * 3600, 600}};
    return all;
}

DashboardPanel::DashboardPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("dashboardPanel"), parent)
{
    setAccessibleName(title());
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildTopBar());
    m_banner = new QLabel(content);
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Error"));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::WindowText, StatusDelegate::colorFor(QStringLiteral("failed")));
    m_banner->setPalette(warning);
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(buildTiles());
    layout->addWidget(buildCharts(), 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_overviewDebounce.setSingleShot(true);
    m_overviewDebounce.setInterval(500);
    connect(&m_overviewDebounce, &QTimer::timeout, this, &DashboardPanel::loadOverview);
    connect(&session, &ServerSession::eventReceived, this, &DashboardPanel::onEvent);
    connect(&session, &ServerSession::linkChanged, this, [this](bool up, const QString &why) {
        m_link->setText(up ? tr("Live") : tr("Live updates paused: %1").arg(why));
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &DashboardPanel::reload);
    applyPalette();
}

DashboardPanel::~DashboardPanel() = default;

QWidget *DashboardPanel::buildTopBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Time range:"), bar);
    m_range = new QComboBox(bar);
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItems({tr("Last 5 minutes"), tr("Last hour"), tr("Last 24 hours")});
    label->setBuddy(m_range);
    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardPanel::loadHistory);
    auto *refresh = new QPushButton(tr("&Refresh"), bar);
    refresh->setAccessibleName(tr("Refresh"));
    refresh->setToolTip(tr("Read the figures and the history again (F5)"));
    connect(refresh, &QPushButton::clicked, this, &DashboardPanel::reload);
    m_link = new QLabel(bar);
    m_link->setAccessibleName(tr("Live updates"));
    m_link->setForegroundRole(QPalette::PlaceholderText);
    if (m_session.isConnected())
        m_link->setText(tr("Live"));
    row->addWidget(label);
    row->addWidget(m_range);
    row->addWidget(refresh);
    row->addStretch(1);
    row->addWidget(m_link);
    return bar;
}

QWidget *DashboardPanel::buildTiles()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_tiles.requests = new StatTile(tr("Requests/s"), box);
    m_tiles.latency = new StatTile(tr("p95 latency"), box);
    m_tiles.rateLimited = new StatTile(tr("Rate-limited / min"), box);
    m_tiles.approval = new StatTile(tr("Approval rate"), box);
    m_tiles.pending = new StatTile(tr("Pending consents"), box);
    m_tiles.clients = new StatTile(tr("Clients"), box);
    m_tiles.webhooks = new StatTile(tr("Webhook success"), box);
    m_tiles.webhooks->setValue(QStringLiteral("—"));
    m_tiles.webhooks->setSubCaption(tr("No webhook attempts in this range"));
    const QList<StatTile *> order = {m_tiles.requests, m_tiles.latency, m_tiles.rateLimited,
                                     m_tiles.approval, m_tiles.pending, m_tiles.clients,
                                     m_tiles.webhooks};
    for (int i = 0; i < order.size(); ++i)
        grid->addWidget(order[i], i / 4, i % 4);
    return box;
}

QWidget *DashboardPanel::buildCharts()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto color = [](const char *status) {
        return StatusDelegate::colorFor(QString::fromLatin1(status));
    };
    const QString req = QStringLiteral("requests");
    const QString lat = QStringLiteral("latency");
    const QString con = QStringLiteral("consents");
    const auto same = [](const QString &group, const char *field, const QString &label,
                         const QColor &c) {
        const QString f = QString::fromLatin1(field);
        return SeriesSpec{f, group, f, label, c};
    };
    m_charts.push_back(std::make_unique<TimeChart>(
        tr("Requests per second"), req, tr("requests/s"), Fold::Rate,
        QList<SeriesSpec>{same(req, "ok", tr("OK"), color("approved")),
                          same(req, "clientError", tr("Client error"), color("suspended")),
                          same(req, "serverError", tr("Server error"), color("failed")),
                          same(req, "rateLimited", tr("Rate limited"), rateLimitColor())},
        box));
    m_charts.push_back(
        std::make_unique<TimeChart>(tr("Latency"), lat, tr("ms"), Fold::Maximum,
                                    QList<SeriesSpec>{same(lat, "p50", tr("p50"), color("scanned")),
                                                      same(lat, "p95", tr("p95"), color("pending")),
                                                      same(lat, "p99", tr("p99"), color("failed"))},
                                    box));
    m_charts.push_back(std::make_unique<TimeChart>(
        tr("Consents"), con, QString(), Fold::Sum,
        QList<SeriesSpec>{same(con, "created", tr("Created"), color("scanned")),
                          same(con, "approved", tr("Approved"), color("approved")),
                          same(con, "rejected", tr("Rejected"), color("rejected")),
                          same(con, "expired", tr("Expired"), color("expired"))},
        box));
    m_consentChart = m_charts.back().get();
    m_charts.push_back(std::make_unique<TimeChart>(
        tr("Rate-limited calls"), QStringLiteral("rate_limited"), QString(), Fold::Sum,
        QList<SeriesSpec>{SeriesSpec{QStringLiteral("count"), req, QStringLiteral("rateLimited"),
                                     tr("Rate limited"), rateLimitColor()}},
        box));
    const QString hooks = QStringLiteral("webhooks");
    m_charts.push_back(std::make_unique<TimeChart>(
        tr("Webhook attempts"), hooks, QString(), Fold::Sum,
        QList<SeriesSpec>{same(hooks, "delivered", tr("Delivered"), color("approved")),
                          same(hooks, "retried", tr("Failed, retrying"), color("pending")),
                          same(hooks, "failed", tr("Failed for good"), color("failed"))},
        box));
    m_webhookChart = m_charts.back().get();
    for (int i = 0; i < int(m_charts.size()); ++i)
        grid->addWidget(m_charts[i]->view(), i / 2, i % 2);
    return box;
}

void DashboardPanel::setRangeIndex(int index)
{
    m_range->setCurrentIndex(index);
}

void DashboardPanel::reload()
{
    m_banner->hide();
    loadOverview();
    loadRecent();
    loadHistory();
}

qint64 DashboardPanel::serverNow() const
{
    // The server's clock as its ticks tell it, so the charts line up with its buckets even
    // when a remote box's clock differs from this one's.
    if (m_lastTick)
        return m_lastTick + m_sinceTick.elapsed() / 1000;
    return QDateTime::currentSecsSinceEpoch();
}

void DashboardPanel::loadHistory()
{
    const quint64 generation = ++m_generation;
    const Range range = ranges().value(m_range->currentIndex(), ranges().first());
    const qint64 to = serverNow();
    const QDateTime toTime = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
    const QDateTime fromTime = toTime.addSecs(-range.seconds);
    const QString perBucket = range.step == 1    ? tr("per second")
                              : range.step == 60 ? tr("per minute")
                                                 : tr("per %n minutes", nullptr, range.step / 60);
    for (const auto &chart : m_charts) {
        TimeChart *c = chart.get();
        c->reset(range.seconds, range.step, to);
        if (c->countsPerBucket())
            c->setUnit(perBucket);
        m_session.api().metricsSeries(
            c->metric(), fromTime, toTime, range.step, this,
            [this, c, generation, to](const ApiResult &r) {
                if (generation != m_generation)
                    return; // the range changed meanwhile
                if (!r.ok()) {
                    showError(tr("Could not read the chart history"), r);
                    return;
                }
                c->setHistory(r.object().value(QStringLiteral("points")).toArray(), to);
                // Ticks that arrived while the history was on its way.
                for (auto it = m_recent.upperBound(to); it != m_recent.end(); ++it)
                    c->addTick(it.key(), it.value());
                if (c == m_consentChart)
                    updateApprovalTile();
                if (c == m_webhookChart)
                    updateWebhookTile();
            });
    }
    updateApprovalTile();
    updateWebhookTile();
}

void DashboardPanel::loadRecent()
{
    // The last minute, second by second, so the traffic tiles have figures before the
    // first ticks arrive. Stored in the shape of a tick.
    const QDateTime to = QDateTime::fromSecsSinceEpoch(serverNow(), Qt::UTC);
    m_session.api().metricsSeries(
        QStringLiteral("requests"), to.addSecs(-60), to, 1, this, [this](const ApiResult &r) {
            if (!r.ok()) {
                showError(tr("Could not read the recent traffic"), r);
                return;
            }
            for (const QJsonValue &v : r.object().value(QStringLiteral("points")).toArray()) {
                const QJsonObject point = v.toObject();
                const qint64 t = secondsOf(point.value(QStringLiteral("t")));
                if (!m_recent.contains(t)) // a live tick knows better
                    m_recent.insert(t, {{QStringLiteral("t"), point.value(QStringLiteral("t"))},
                                        {QStringLiteral("requests"), point}});
            }
            updateTrafficTiles();
        });
}

void DashboardPanel::loadOverview()
{
    m_session.api().overview(this, [this](const ApiResult &r) {
        if (!r.ok()) {
            showError(tr("Could not read the server overview"), r);
            return;
        }
        showOverview(r.object());
    });
}

void DashboardPanel::showOverview(const QJsonObject &overview)
{
    const QJsonObject counts = overview.value(QStringLiteral("counts")).toObject();
    const auto count = [&counts](const char *name) {
        return double(counts.value(QLatin1String(name)).toInteger());
    };
    m_tiles.pending->setValue(StatTile::formatNumber(count("consentsPending")));
    m_tiles.pending->setSubCaption(
        tr("%1 consents in total").arg(StatTile::formatNumber(count("consentsTotal"))));
    m_tiles.clients->setValue(StatTile::formatNumber(count("clients")));
    m_tiles.clients->setSubCaption(
        tr("%1 active").arg(StatTile::formatNumber(count("clientsActive"))));
    if (m_recent.isEmpty()) { // until the live figures arrive
        const double rps = overview.value(QStringLiteral("requestsPerSecond")).toDouble();
        m_tiles.requests->setValue(StatTile::formatNumber(rps, rps < 10 ? 1 : 0));
    }
}

void DashboardPanel::onEvent(const mid::StreamEvent &event)
{
    if (event.type == QLatin1String("metrics.tick")) {
        onTick(event.data);
        return;
    }
    // Pending consents and client counts change with these: read the overview once a burst
    // of them has passed.
    if (event.type.startsWith(QLatin1String("consent.")) ||
        event.type.startsWith(QLatin1String("client."))) {
        if (!m_overviewDebounce.isActive())
            m_overviewDebounce.start();
    }
}

void DashboardPanel::onTick(const QJsonObject &tick)
{
    const qint64 t = secondsOf(tick.value(QStringLiteral("t")));
    if (t <= 0)
        return;
    if (t >= m_lastTick) {
        m_lastTick = t;
        m_sinceTick.start();
    }
    m_recent.insert(t, tick);
    while (!m_recent.isEmpty() && m_recent.firstKey() <= t - 120)
        m_recent.erase(m_recent.begin());
    for (const auto &chart : m_charts)
        chart->addTick(t, tick);
    updateTrafficTiles();
    updateApprovalTile();
    updateWebhookTile();
}

void DashboardPanel::updateTrafficTiles()
{
    if (m_recent.isEmpty())
        return;
    const qint64 now = m_recent.lastKey();
    double fiveSeconds = 0, minute = 0, limited = 0;
    int seen = 0;
    QJsonObject latency; // of the newest second that had requests
    for (auto it = m_recent.lowerBound(now - 59); it != m_recent.end(); ++it) {
        const QJsonObject requests = it.value().value(QStringLiteral("requests")).toObject();
        const double total = requests.value(QStringLiteral("total")).toDouble();
        minute += total;
        limited += requests.value(QStringLiteral("rateLimited")).toDouble();
        if (it.key() > now - 5) {
            fiveSeconds += total;
            ++seen;
        }
        if (total > 0 && it.value().contains(QStringLiteral("latency")))
            latency = it.value().value(QStringLiteral("latency")).toObject();
    }
    const double rps = fiveSeconds / qMax(1, seen);
    m_tiles.requests->setValue(StatTile::formatNumber(rps, rps < 10 ? 1 : 0));
    m_tiles.requests->setSubCaption(
        tr("%1 requests in the last minute").arg(StatTile::formatNumber(minute)));
    m_tiles.rateLimited->setValue(StatTile::formatNumber(limited));
    m_tiles.rateLimited->setSubCaption(
        minute > 0 ? tr("%1% of the last minute's requests")
                         .arg(StatTile::formatNumber(100 * limited / minute, 1))
                   : tr("No requests in the last minute"));
    if (latency.isEmpty()) {
        m_tiles.latency->setValue(QStringLiteral("—"));
        m_tiles.latency->setSubCaption(tr("No requests in the last minute"));
        return;
    }
    const auto ms = [&latency](const char *p) {
        const double v = latency.value(QLatin1String(p)).toDouble();
        return tr("%1 ms").arg(StatTile::formatNumber(v, v < 10 ? 1 : 0));
    };
    m_tiles.latency->setValue(ms("p95"));
    m_tiles.latency->setSubCaption(tr("p50 %1 · p99 %2").arg(ms("p50"), ms("p99")));
}

void DashboardPanel::updateApprovalTile()
{
    // The consent chart's lines are created, approved, rejected, expired.
    const double approved = m_consentChart->sum(1);
    const double decided = approved + m_consentChart->sum(2) + m_consentChart->sum(3);
    if (decided <= 0) {
        m_tiles.approval->setValue(QStringLiteral("—"));
        m_tiles.approval->setSubCaption(tr("No decided consents in this range"));
        return;
    }
    m_tiles.approval->setValue(tr("%1%").arg(StatTile::formatNumber(100 * approved / decided, 1)));
    m_tiles.approval->setSubCaption(
        tr("%1 approved of %2 decided in this range")
            .arg(StatTile::formatNumber(approved), StatTile::formatNumber(decided)));
}

void DashboardPanel::updateWebhookTile()
{
    // The webhook chart's lines are delivered, failed with a retry to come, failed for good.
    const double delivered = m_webhookChart->sum(0);
    const double retried = m_webhookChart->sum(1);
    const double failed = m_webhookChart->sum(2);
    const double attempts = delivered + retried + failed;
    if (attempts <= 0) {
        m_tiles.webhooks->setValue(QStringLiteral("—"));
        m_tiles.webhooks->setSubCaption(tr("No webhook attempts in this range"));
        return;
    }
    m_tiles.webhooks->setValue(
        tr("%1%").arg(StatTile::formatNumber(100 * delivered / attempts, 1)));
    m_tiles.webhooks->setSubCaption(
        failed > 0 ? tr("%1 delivered, %2 retried, %3 gave up in this range")
                         .arg(StatTile::formatNumber(delivered), StatTile::formatNumber(retried),
                              StatTile::formatNumber(failed))
                   : tr("%1 delivered of %2 attempts in this range")
                         .arg(StatTile::formatNumber(delivered), StatTile::formatNumber(attempts)));
}

void DashboardPanel::showError(const QString &what, const ApiResult &r)
{
    m_banner->setText(tr("%1: %2").arg(what, r.errorText()));
    m_banner->show();
}

void DashboardPanel::changeEvent(QEvent *event)
{
    Panel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void DashboardPanel::applyPalette()
{
    for (const auto &chart : m_charts)
        chart->applyPalette(palette());
}

} // namespace mid::ui
