#pragma once

#include "panels/Panel.h"

#include "client/ApiResult.h"
#include "client/EventStream.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QTimer>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;

namespace mid::ui {

class StatTile;
class TimeChart;

// The server at a glance: headline figures (StatTiles) and four live charts over a chosen
// time range. History is read once per range (GET /admin/v1/metrics/series); after that the
// charts move with the server's metrics.tick events, one per second, so nothing polls.
class DashboardPanel : public Panel
{
    Q_OBJECT
public:
    explicit DashboardPanel(ServerSession &session, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    QString title() const override { return tr("Dashboard"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/dashboard.svg")); }
    void reload() override;

    // The range selector's choices: how far back the charts reach and their bucket size.
    struct Range
    {
        int seconds;
        int step;
    };
    static const QList<Range> &ranges();
    void setRangeIndex(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildTopBar();
    QWidget *buildTiles();
    QWidget *buildCharts();
    void loadHistory();
    void loadRecent();
    void loadOverview();
    void onEvent(const mid::StreamEvent &event);
    void onTick(const QJsonObject &tick);
    void updateTrafficTiles();
    void updateApprovalTile();
    void updateWebhookTile();
    void showOverview(const QJsonObject &overview);
    void showError(const QString &what, const ApiResult &r);
    void applyPalette();
    qint64 serverNow() const;

    QComboBox *m_range = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_link = nullptr;
    struct Tiles
    {
        StatTile *requests, *latency, *pending, *approval, *rateLimited, *clients, *webhooks;
    } m_tiles{};
    std::vector<std::unique_ptr<TimeChart>> m_charts;
    TimeChart *m_consentChart = nullptr;
    TimeChart *m_webhookChart = nullptr;

    // The last two minutes of metrics.tick events (and, until they arrive, the same figures
    // read from the history), by server second: the traffic tiles, and the ticks a chart
    // replays after its history arrives.
    QMap<qint64, QJsonObject> m_recent;
    qint64 m_lastTick = 0;     // the newest second the server reported
    QElapsedTimer m_sinceTick; // how long ago that was
    quint64 m_generation = 0;  // answers for an older range are dropped
    QTimer m_overviewDebounce; // a burst of consent events reads the overview once
};

} // namespace mid::ui
