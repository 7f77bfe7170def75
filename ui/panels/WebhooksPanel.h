#pragma once

#include "panels/Panel.h"

#include <QJsonObject>
#include <QTimer>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace mid {
struct ApiResult;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class ClientDirectory;
class InboundWebhooksModel;
class JsonView;
class WebhookDeliveriesModel;
class WebhookEndpointsModel;

// Webhooks (§9), in three views. Deliveries: every outbound delivery, live, with an
// inspector of the event payload and of each attempt's request, response and signature
// checks; replay. Endpoints: every tenant's receivers; create, edit, pause/resume, ping,
// rotate or read the secret, delete. Inbound: every Stripe, App Store and Google Play
// request with its verdict, decoded payload and what it changed.
class WebhooksPanel : public Panel
{
    Q_OBJECT
public:
    enum Tab
    {
        DeliveriesTab,
        EndpointsTab,
        InboundTab
    };

    explicit WebhooksPanel(ServerSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Webhooks"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/webhooks.svg")); }
    void reload() override;

    void showTab(Tab tab);
    Tab currentTab() const;
    // Shows one delivery in the Deliveries view, filters cleared (from the Consents panel).
    void showDelivery(const QString &deliveryId);

    QString currentDeliveryId() const { return m_deliveryId; }
    QString currentEndpointId() const;
    QString currentInboundId() const { return m_inboundId; }

    // The actions, as the buttons and keys run them.
    void replayCurrent();
    void copyAsCurl();
    void newEndpoint();
    void editEndpoint();
    void togglePause();
    void pingEndpoint();
    void rotateSecret();
    void showSecret();
    void deleteEndpoint();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildDeliveries();
    QWidget *buildDeliveryInspector();
    QWidget *buildEndpoints();
    QWidget *buildInbound();
    QWidget *buildInboundDetails();

    void onEvent(const mid::StreamEvent &event);
    void onTabChanged(int index);
    void applyDeliveryFilter();
    void applyInboundFilter();
    void refillClientFilter();
    void refillEndpointFilter();
    void refillEventFilter();
    bool selectDelivery(const QString &id);

    void onDeliveryRowChanged();
    void showDeliverySummary(const QJsonObject &delivery);
    void loadDeliveryDetail();
    void showDeliveryDetail(const QJsonObject &detail);
    void showAttempt(int index);

    void onEndpointRowChanged();
    void showEndpoint(const QJsonObject &endpoint);
    void updateEndpointActions();

    void onInboundRowChanged();
    void showInbound(const QJsonObject &request);

    void updateEmptyStates();
    void updateCounts();
    void say(const QString &text); // the status line under the tabs
    void reportError(const QString &what, const ApiResult &result);

    ClientDirectory *m_clients;
    WebhookDeliveriesModel *m_deliveries;
    WebhookEndpointsModel *m_endpoints;
    InboundWebhooksModel *m_inbound;
    QSortFilterProxyModel *m_deliveriesProxy;
    QSortFilterProxyModel *m_endpointsProxy;
    QSortFilterProxyModel *m_inboundProxy;
    QTimer m_detailDelay; // one detail read per burst of updates of the shown delivery
    QTimer m_noteDelay;
    QTimer m_resourceDelay;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_note = nullptr;

    // Deliveries
    QComboBox *m_clientFilter = nullptr;
    QComboBox *m_endpointFilter = nullptr;
    QComboBox *m_eventFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_resourceFilter = nullptr;
    QLabel *m_deliveryCount = nullptr;
    QTableView *m_deliveryTable = nullptr;
    QLabel *m_deliveryEmpty = nullptr;
    QLabel *m_deliveryBanner = nullptr;
    QStackedWidget *m_deliveryStack = nullptr;
    QLabel *m_deliveryHeading = nullptr;
    QLabel *m_deliveryPill = nullptr;
    QGridLayout *m_deliveryForm = nullptr;
    QList<QPair<QString, QLabel *>> m_deliveryFields;
    QPushButton *m_replay = nullptr;
    QPushButton *m_curl = nullptr;
    JsonView *m_payload = nullptr;
    QComboBox *m_attemptPicker = nullptr;
    QLabel *m_attemptSummary = nullptr;
    QLabel *m_signatures = nullptr;
    QTabWidget *m_attemptTabs = nullptr;
    JsonView *m_requestHeaders = nullptr;
    JsonView *m_requestBody = nullptr;
    QLabel *m_responseStatus = nullptr;
    JsonView *m_responseHeaders = nullptr;
    JsonView *m_responseBody = nullptr;
    QString m_deliveryId;
    QJsonObject m_delivery;       // the row
    QJsonObject m_deliveryDetail; // GET …/deliveries/:id
    QString m_selectWhenListed;   // a delivery to select as soon as its row arrives

    // Endpoints
    QPushButton *m_newEndpoint = nullptr;
    QPushButton *m_editEndpoint = nullptr;
    QPushButton *m_pauseEndpoint = nullptr;
    QPushButton *m_pingEndpoint = nullptr;
    QPushButton *m_rotateEndpoint = nullptr;
    QPushButton *m_secretEndpoint = nullptr;
    QPushButton *m_deleteEndpoint = nullptr;
    QPushButton *m_endpointDeliveries = nullptr;
    QTableView *m_endpointTable = nullptr;
    QLabel *m_endpointEmpty = nullptr;
    QLabel *m_endpointBanner = nullptr;
    QJsonObject m_endpoint;

    // Inbound
    QComboBox *m_providerFilter = nullptr;
    QComboBox *m_verdictFilter = nullptr;
    QLabel *m_inboundCount = nullptr;
    QTableView *m_inboundTable = nullptr;
    QLabel *m_inboundEmpty = nullptr;
    QLabel *m_inboundBanner = nullptr;
    QStackedWidget *m_inboundStack = nullptr;
    QLabel *m_inboundHeading = nullptr;
    QLabel *m_inboundPill = nullptr;
    QGridLayout *m_inboundForm = nullptr;
    QList<QPair<QString, QLabel *>> m_inboundFields;
    QLabel *m_effects = nullptr;
    QTabWidget *m_inboundTabs = nullptr;
    JsonView *m_decoded = nullptr;
    JsonView *m_rawBody = nullptr;
    JsonView *m_inboundHeaders = nullptr;
    QString m_inboundId;
    QJsonObject m_inboundRequest;
};

} // namespace mid::ui
