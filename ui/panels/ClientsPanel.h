#pragma once

#include "Panel.h"

#include <QJsonObject>
#include <QStackedWidget>

#include <functional>

class QChartView;
class QFormLayout;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QTableView;

namespace mid {
class AdminClient;
struct ApiResult;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class ClientsFilterModel;
class ClientsModel;

// Requests per minute of one tenant over the last hour, or "No usage data" when the server
// has none to give (or refuses: an older server without per-client series).
class ClientUsageChart : public QStackedWidget
{
    Q_OBJECT
public:
    explicit ClientUsageChart(AdminClient &api, QWidget *parent = nullptr);

    void showClient(const QString &clientId); // an empty id clears the chart

protected:
    void changeEvent(QEvent *event) override;

private:
    void takeSeries(const ApiResult &result);
    void applyPalette();

    AdminClient &m_api;
    QChartView *m_view = nullptr;
    QLineSeries *m_series = nullptr;
    QLabel *m_noData = nullptr;
    quint64 m_generation = 0; // answers for a previously selected client are dropped
};

// The right-hand pane: every field of the selected tenant and its usage chart.
class ClientDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ClientDetailsPane(AdminClient &api, QWidget *parent = nullptr);

    // Shows `client` (empty: nothing selected). The chart is asked for again only when the
    // client shown changes, not when the same client's fields change.
    void setClient(const QJsonObject &client);

private:
    QLabel *addField(QFormLayout *form, const QString &label);
    void copyId();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_scopes = nullptr;
    QLabel *m_origins = nullptr;
    QLabel *m_qrPayload = nullptr;
    QLabel *m_limits = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    ClientUsageChart *m_chart = nullptr;
    QString m_clientId;
};

// Clients (tenants): a searchable table of every tenant, kept live from the event stream,
// with create / edit / suspend / regenerate key / delete and a details pane.
class ClientsPanel : public Panel
{
    Q_OBJECT
public:
    explicit ClientsPanel(ServerSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Clients"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/clients.svg")); }
    void reload() override;

    // The client id of the selected row, or an empty string.
    QString selectedClientId() const;
    void selectClient(const QString &clientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildToolbar();
    QWidget *buildBanner();
    QWidget *buildList();
    void setupShortcuts();

    void onEvent(const StreamEvent &event);
    void onLinkChanged(bool up, const QString &reason);
    void showSelection();
    void updateActions();
    void updateEmptyState();
    void showBanner(const QString &text, bool canRetry);

    void newClient();
    void editClient();
    void toggleSuspended();
    void regenerateKey();
    void deleteClient();

    void setSuspended(const QString &clientId, bool suspended);
    void askGraceSeconds(const QString &name, std::function<void(int)> then);
    void confirm(const QString &title, const QString &text, const QString &action,
                 std::function<void()> then);
    void revealCredentials(const QJsonObject &issued);
    void reportError(const QString &what, const ApiResult &result);

    ClientsModel *m_model = nullptr;
    ClientsFilterModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_suspend = nullptr;
    QPushButton *m_regenerate = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_retry = nullptr;
    ClientDetailsPane *m_details = nullptr;
};

} // namespace mid::ui
