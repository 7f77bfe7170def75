#include "WebhooksPanel.h"

#include "ServerSession.h"
#include "dialogs/SecretRevealDialog.h"
#include "dialogs/WebhookEndpointDialog.h"
#include "models/ConsentsModel.h"
#include "models/InboundWebhooksModel.h"
#include "models/JsonText.h"
#include "models/WebhookDeliveriesModel.h"
#include "models/WebhookEndpointsModel.h"
#include "widgets/JsonView.h"
#include "widgets/PanelParts.h"
#include "widgets/StatusDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mid::ui {

namespace {

constexpr DetailField kDeliveryFields[] = {
    {"url", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Endpoint")},
    {"client", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Client")},
    {"resource", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Resource")},
    {"createdAt", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Created")},
    {"attempts", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Attempts")},
    {"nextAttemptAt", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Next attempt")},
    {"lastStatusCode", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Last answer")},
    {"latencyMs", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Latency")},
    {"deliveredAt", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Delivered")},
    {"lastError", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Last error")},
    {"replayOf", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Replay of")},
    {"id", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Delivery ID")},
    {"eventId", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Event ID")},
};

constexpr DetailField kInboundFields[] = {
    {"receivedAt", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Received")},
    {"provider", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Provider")},
    {"reason", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Reason")},
    {"status", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "HTTP answer")},
    {"client", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Client")},
    {"eventId", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Event ID")},
    {"duplicateOf", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Duplicate of")},
    {"ip", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "From")},
    {"bodySize", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Body size")},
    {"id", QT_TRANSLATE_NOOP("mid::ui::WebhooksPanel", "Request ID")},
};

constexpr const char *kDeliveryStatuses[] = {"pending",   "retrying", "held",
                                             "delivered", "failed",   "cancelled"};
constexpr const char *kEndpointStatuses[] = {"active", "paused", "disabled"};
constexpr const char *kProviders[] = {"stripe", "appstore", "playstore"};
constexpr const char *kVerdicts[] = {"verified", "rejected", "not_configured", "duplicate"};

QList<QPair<QString, QLabel *>> addFields(QGridLayout *grid, QWidget *content,
                                          const DetailField *begin, const DetailField *end,
                                          const QString &prefix)
{
    QList<QPair<QString, QLabel *>> fields;
    for (const DetailField *f = begin; f != end; ++f) {
        const QString label = WebhooksPanel::tr(f->label);
        QLabel *value = createValueLabel(content, label);
        value->setObjectName(prefix + QLatin1String(f->key));
        const QString key = QLatin1String(f->key);
        if (key == QLatin1String("url") || key.endsWith(QLatin1String("Id")) ||
            key == QLatin1String("id")) {
            value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            value->setWordWrap(false);
            value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        }
        fields.append({key, value});
        addDetailsRow(grid, WebhooksPanel::tr("%1:").arg(label), value);
    }
    return fields;
}

// Header lines as a receiver sees them: "Name: value", one per line.
QString headerText(const QJsonValue &headers)
{
    QStringList lines;
    const QJsonObject o = headers.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString());
    return lines.join(QLatin1Char('\n'));
}

// A stored body {size, text|base64, json?} as the inspector shows it.
void showBody(JsonView *view, const QJsonObject &body)
{
    if (body.contains(QStringLiteral("json")))
        view->setJson(body.value(QStringLiteral("json")));
    else if (body.contains(QStringLiteral("text")))
        view->setText(jsonText(body, "text").isEmpty() ? WebhooksPanel::tr("(empty)")
                                                       : jsonText(body, "text"));
    else if (body.contains(QStringLiteral("base64")))
        view->setText(WebhooksPanel::tr("(%L1 bytes of binary data, base64)\n%2")
                          .arg(body.value(QStringLiteral("size")).toInteger())
                          .arg(jsonText(body, "base64")));
    else
        view->setText(WebhooksPanel::tr("(none)"));
}

QString shellQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1String("'"), QLatin1String("'\\''")) +
           QLatin1Char('\'');
}

} // namespace

WebhooksPanel::WebhooksPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("webhooksPanel"), parent),
      m_clients(new ClientDirectory(session.api(), this)),
      m_deliveries(new WebhookDeliveriesModel(session.api(), this)),
      m_endpoints(new WebhookEndpointsModel(session.api(), *m_clients, this)),
      m_inbound(new InboundWebhooksModel(session.api(), *m_clients, this)),
      m_deliveriesProxy(new QSortFilterProxyModel(this)),
      m_endpointsProxy(new QSortFilterProxyModel(this)),
      m_inboundProxy(new QSortFilterProxyModel(this))
{
    setAccessibleName(title());
    m_deliveriesProxy->setSourceModel(m_deliveries);
    m_deliveriesProxy->setSortRole(WebhookDeliveriesModel::SortRole);
    m_endpointsProxy->setSourceModel(m_endpoints);
    m_endpointsProxy->setSortRole(WebhookEndpointsModel::SortRole);
    m_endpointsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_inboundProxy->setSourceModel(m_inbound);
    m_inboundProxy->setSortRole(InboundWebhooksModel::SortRole);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("webhooksTabs"));
    m_tabs->setAccessibleName(tr("Webhook views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDeliveries(), tr("&Deliveries"));
    m_tabs->addTab(buildEndpoints(), tr("&Endpoints"));
    m_tabs->addTab(buildInbound(), tr("&Inbound"));
    m_tabs->setTabToolTip(DeliveriesTab, tr("What the box sent to the tenants' endpoints"));
    m_tabs->setTabToolTip(EndpointsTab, tr("Where each tenant receives its events"));
    m_tabs->setTabToolTip(InboundTab, tr("What Stripe, the App Store and Google Play sent here"));

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("webhooksNote"));
    m_note->setAccessibleName(tr("Last action"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setContentsMargins(0, 0, 8, 0);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse); // ids in it can be copied
    m_tabs->setCornerWidget(m_note, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);

    m_detailDelay.setSingleShot(true);
    m_detailDelay.setInterval(150);
    connect(&m_detailDelay, &QTimer::timeout, this, &WebhooksPanel::loadDeliveryDetail);
    m_noteDelay.setSingleShot(true);
    m_noteDelay.setInterval(8000);
    connect(&m_noteDelay, &QTimer::timeout, m_note, &QLabel::clear);
    m_resourceDelay.setSingleShot(true);
    m_resourceDelay.setInterval(350);
    connect(&m_resourceDelay, &QTimer::timeout, this, &WebhooksPanel::applyDeliveryFilter);

    connect(&m_session, &ServerSession::connected, this, &WebhooksPanel::reload);
    connect(&m_session, &ServerSession::eventReceived, this, &WebhooksPanel::onEvent);
    connect(m_tabs, &QTabWidget::currentChanged, this, &WebhooksPanel::onTabChanged);
    connect(m_clients, &ClientDirectory::changed, this, [this] {
        refillClientFilter();
        refillEndpointFilter();
        if (!m_deliveryId.isEmpty())
            showDeliverySummary(m_delivery);
    });
    connect(m_endpoints, &WebhookEndpointsModel::endpointsChanged, this, [this] {
        refillEndpointFilter();
        const QString id = jsonText(m_endpoint, "id");
        if (!id.isEmpty()) {
            const QJsonObject now = m_endpoints->endpointById(id);
            if (now.isEmpty())
                m_endpoint = {};
            else
                showEndpoint(now);
        }
        updateEndpointActions();
    });

    // Load states, errors and counts.
    connect(m_deliveries, &WebhookDeliveriesModel::loadingChanged, this,
            &WebhooksPanel::updateEmptyStates);
    connect(m_deliveries, &WebhookDeliveriesModel::totalChanged, this,
            &WebhooksPanel::updateCounts);
    connect(m_deliveries, &WebhookDeliveriesModel::loadFailed, this, [this](const QString &e) {
        m_deliveryBanner->setText(tr("Could not load the deliveries: %1").arg(e));
        m_deliveryBanner->show();
        m_deliveryEmpty->setText(tr("The deliveries could not be loaded.\nPress F5 to try again."));
    });
    connect(m_deliveries, &WebhookDeliveriesModel::deliveryChanged, this,
            [this](const QString &id) {
                if (id == m_deliveryId) {
                    showDeliverySummary(m_deliveries->deliveryById(id));
                    m_detailDelay.start(); // its attempts changed too
                }
                if (id == m_selectWhenListed && selectDelivery(id))
                    m_selectWhenListed.clear();
            });
    connect(m_endpoints, &WebhookEndpointsModel::loadingChanged, this,
            &WebhooksPanel::updateEmptyStates);
    connect(m_endpoints, &WebhookEndpointsModel::loadFailed, this, [this](const QString &e) {
        m_endpointBanner->setText(tr("Could not load the endpoints: %1").arg(e));
        m_endpointBanner->show();
        m_endpointEmpty->setText(tr("The endpoints could not be loaded.\nPress F5 to try again."));
    });
    connect(m_inbound, &InboundWebhooksModel::loadingChanged, this,
            &WebhooksPanel::updateEmptyStates);
    connect(m_inbound, &InboundWebhooksModel::totalChanged, this, &WebhooksPanel::updateCounts);
    connect(m_inbound, &InboundWebhooksModel::loadFailed, this, [this](const QString &e) {
        m_inboundBanner->setText(tr("Could not load the inbound requests: %1").arg(e));
        m_inboundBanner->show();
        m_inboundEmpty->setText(tr("The inbound requests could not be loaded.\nPress F5 to try "
                                   "again."));
    });
    onRowCountChange(m_deliveriesProxy, this, [this] {
        updateEmptyStates();
        if (!m_selectWhenListed.isEmpty() && selectDelivery(m_selectWhenListed))
            m_selectWhenListed.clear();
    });
    onRowCountChange(m_endpointsProxy, this, [this] { updateEmptyStates(); });
    onRowCountChange(m_inboundProxy, this, [this] { updateEmptyStates(); });

    addPanelShortcut(this, QKeySequence::Refresh, [this] {
        switch (currentTab()) {
        case DeliveriesTab:
            m_deliveryBanner->hide();
            m_deliveries->reload();
            break;
        case EndpointsTab:
            m_endpointBanner->hide();
            m_clients->reload();
            m_endpoints->reload();
            break;
        case InboundTab:
            m_inboundBanner->hide();
            m_inbound->reload();
            break;
        }
    });
    addPanelShortcut(this, QKeySequence::Find, [this] {
        switch (currentTab()) {
        case DeliveriesTab:
            m_resourceFilter->setFocus(Qt::ShortcutFocusReason);
            m_resourceFilter->selectAll();
            break;
        case EndpointsTab:
            m_endpointTable->setFocus(Qt::ShortcutFocusReason);
            break;
        case InboundTab:
            m_providerFilter->setFocus(Qt::ShortcutFocusReason);
            break;
        }
    });
    addPanelShortcut(this, QKeySequence::New, [this] {
        showTab(EndpointsTab);
        newEndpoint();
    });
    updateEndpointActions();
    updateEmptyStates();
    updateCounts();
}

// --- Deliveries

QWidget *WebhooksPanel::buildDeliveries()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("deliveriesPage"));
    auto *bar = new QWidget(page);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    const auto combo = [bar](const char *name, const QString &accessible, const QString &tip,
                             const QString &all) {
        auto *c = new QComboBox(bar);
        c->setObjectName(QLatin1String(name));
        c->setAccessibleName(accessible);
        c->setToolTip(tip);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->addItem(all, QString());
        return c;
    };
    m_clientFilter = combo("deliveriesClientFilter", tr("Client"),
                           tr("Show the deliveries of one client only"), tr("All clients"));
    m_endpointFilter = combo("deliveriesEndpointFilter", tr("Endpoint"),
                             tr("Show the deliveries to one endpoint only"), tr("All endpoints"));
    m_endpointFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_endpointFilter->setMinimumContentsLength(22);
    m_eventFilter = combo("deliveriesEventFilter", tr("Event"),
                          tr("Show the deliveries of one event type only"), tr("All events"));
    m_statusFilter = combo("deliveriesStatusFilter", tr("Status"),
                           tr("Show the deliveries in one state only"), tr("All statuses"));
    for (const char *s : kDeliveryStatuses)
        m_statusFilter->addItem(StatusDelegate::label(QLatin1String(s)), QLatin1String(s));
    refillEventFilter();

    m_resourceFilter = new QLineEdit(bar);
    m_resourceFilter->setObjectName(QStringLiteral("deliveriesResourceFilter"));
    m_resourceFilter->setAccessibleName(tr("Resource"));
    m_resourceFilter->setPlaceholderText(tr("Session or device ID"));
    m_resourceFilter->setToolTip(tr("Show the deliveries about one consent session, device or "
                                    "enrollment: paste its whole ID (Ctrl+F)"));
    m_resourceFilter->setClearButtonEnabled(true);
    m_resourceFilter->setMinimumWidth(170);

    m_deliveryCount = new QLabel(bar);
    m_deliveryCount->setObjectName(QStringLiteral("deliveriesCount"));
    m_deliveryCount->setAccessibleName(tr("Delivery count"));
    m_deliveryCount->setForegroundRole(QPalette::PlaceholderText);

    row->addWidget(m_clientFilter);
    row->addWidget(m_endpointFilter);
    row->addWidget(m_eventFilter);
    row->addWidget(m_statusFilter);
    row->addWidget(m_resourceFilter, 1);
    row->addSpacing(12);
    row->addWidget(m_deliveryCount);
    for (QComboBox *c : {m_clientFilter, m_endpointFilter, m_eventFilter, m_statusFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &WebhooksPanel::applyDeliveryFilter);
    connect(m_resourceFilter, &QLineEdit::textChanged, this, [this] { m_resourceDelay.start(); });
    connect(m_resourceFilter, &QLineEdit::returnPressed, this, &WebhooksPanel::applyDeliveryFilter);

    m_deliveryBanner = createErrorBanner(page, tr("Error"));
    m_deliveryBanner->setObjectName(QStringLiteral("deliveriesErrorBanner"));

    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFontMetrics monoFm(mono);
    m_deliveryTable = createRecordTable(
        m_deliveriesProxy, WebhookDeliveriesModel::Status,
        {width(QStringLiteral("88 MMM 88:88")),
         monoFm.horizontalAdvance(QStringLiteral("consent.approved")) + 20, 200,
         statusColumnWidth(this, kDeliveryStatuses, tr("Status")),
         fm.horizontalAdvance(tr("Attempts")) + 16,
         std::max(fm.horizontalAdvance(tr("Next retry")),
                  fm.horizontalAdvance(WebhookDeliveriesModel::tr("in %1 min").arg(59))) +
             16},
        page);
    m_deliveryTable->setObjectName(QStringLiteral("deliveriesTable"));
    m_deliveryTable->setAccessibleName(tr("Deliveries"));
    m_deliveryTable->setTextElideMode(Qt::ElideMiddle);
    m_deliveryTable->sortByColumn(WebhookDeliveriesModel::Time, Qt::DescendingOrder);
    m_deliveryTable->horizontalHeader()->setSectionResizeMode(WebhookDeliveriesModel::Endpoint,
                                                              QHeaderView::Stretch);
    m_deliveryTable->horizontalHeader()->setStretchLastSection(false);
    m_deliveryTable->horizontalHeader()->resizeSection(
        WebhookDeliveriesModel::Latency,
        std::max(fm.horizontalAdvance(tr("Latency")),
                 fm.horizontalAdvance(QStringLiteral("9,999 ms"))) +
            16);
    m_deliveryTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_deliveryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebhooksPanel::onDeliveryRowChanged);
    new QShortcut(
        QKeySequence(Qt::Key_Return), m_deliveryTable, this,
        [this] { m_payload->setFocus(Qt::ShortcutFocusReason); }, Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), m_deliveryTable, this,
                  &WebhooksPanel::replayCurrent, Qt::WidgetShortcut);
    m_deliveryEmpty = createEmptyState(m_deliveryTable, tr("Empty state"));
    m_deliveryEmpty->setObjectName(QStringLiteral("deliveriesEmptyState"));

    QWidget *inspector = buildDeliveryInspector();
    QSplitter *splitter = createTableAndDetails(m_deliveryTable, inspector, 1, {790, 400}, page);
    splitter->setObjectName(QStringLiteral("deliveriesSplitter"));
    layOutRecordPanel(page, bar, m_deliveryBanner, splitter);
    return page;
}

QWidget *WebhooksPanel::buildDeliveryInspector()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    auto *top = new QHBoxLayout;
    m_deliveryHeading =
        createHeading(content, QStringLiteral("deliveryHeading"), tr("Delivery heading"));
    m_deliveryHeading->setFont([f = m_deliveryHeading->font()]() mutable {
        f.setFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        return f;
    }());
    m_deliveryPill =
        createStatusPill(content, QStringLiteral("deliveryStatus"), tr("Delivery status"));
    top->addWidget(m_deliveryHeading, 1);
    top->addWidget(m_deliveryPill, 0, Qt::AlignVCenter);
    column->addLayout(top);

    m_deliveryForm = createDetailsGrid();
    m_deliveryFields = addFields(m_deliveryForm, content, std::begin(kDeliveryFields),
                                 std::end(kDeliveryFields), QStringLiteral("deliveryField_"));
    column->addLayout(m_deliveryForm);

    auto *buttons = new QHBoxLayout;
    m_replay = new QPushButton(tr("Replay"), content);
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_replay->setAccessibleName(tr("Replay"));
    m_replay->setToolTip(tr("Send the same event again to the same place, as a new delivery "
                            "(Ctrl+R in the list)"));
    m_curl = new QPushButton(tr("Copy as curl"), content);
    m_curl->setObjectName(QStringLiteral("copyCurlButton"));
    m_curl->setAccessibleName(tr("Copy as curl"));
    m_curl->setToolTip(tr("Put a curl command that sends this request on the clipboard, to "
                          "try the receiver by hand"));
    buttons->addWidget(m_replay);
    buttons->addWidget(m_curl);
    buttons->addStretch(1);
    column->addLayout(buttons);
    connect(m_replay, &QPushButton::clicked, this, &WebhooksPanel::replayCurrent);
    connect(m_curl, &QPushButton::clicked, this, &WebhooksPanel::copyAsCurl);

    column->addWidget(createSectionTitle(tr("Payload"), content));
    m_payload = new JsonView(content);
    m_payload->setObjectName(QStringLiteral("deliveryPayload"));
    m_payload->setAccessibleName(tr("Payload"));
    m_payload->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    column->addWidget(m_payload, 2);

    auto *attemptsTitle = new QHBoxLayout;
    attemptsTitle->addWidget(createSectionTitle(tr("Attempts"), content));
    m_attemptPicker = new QComboBox(content);
    m_attemptPicker->setObjectName(QStringLiteral("attemptPicker"));
    m_attemptPicker->setAccessibleName(tr("Attempt"));
    m_attemptPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    attemptsTitle->addStretch(1);
    attemptsTitle->addWidget(m_attemptPicker);
    column->addLayout(attemptsTitle);
    connect(m_attemptPicker, &QComboBox::currentIndexChanged, this, &WebhooksPanel::showAttempt);

    m_attemptSummary = new QLabel(content);
    m_attemptSummary->setObjectName(QStringLiteral("attemptSummary"));
    m_attemptSummary->setAccessibleName(tr("Attempt summary"));
    m_attemptSummary->setWordWrap(true);
    m_attemptSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_attemptSummary);

    m_signatures = new QLabel(content);
    m_signatures->setObjectName(QStringLiteral("attemptSignatures"));
    m_signatures->setAccessibleName(tr("Signature checks"));
    m_signatures->setWordWrap(true);
    m_signatures->setTextFormat(Qt::RichText);
    m_signatures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_signatures);

    m_attemptTabs = new QTabWidget(content);
    m_attemptTabs->setObjectName(QStringLiteral("attemptTabs"));
    m_attemptTabs->setAccessibleName(tr("Request and response"));
    m_attemptTabs->setDocumentMode(true);
    const auto pane = [this](JsonView *&headers, JsonView *&body, QLabel **status,
                             const char *name) {
        auto *w = new QWidget;
        auto *v = new QVBoxLayout(w);
        v->setContentsMargins(0, 6, 0, 0);
        if (status) {
            *status = new QLabel(w);
            (*status)->setObjectName(QLatin1String(name) + QStringLiteral("Status"));
            (*status)->setAccessibleName(tr("Response status"));
            (*status)->setTextInteractionFlags(Qt::TextSelectableByMouse);
            v->addWidget(*status);
        }
        v->addWidget(createSectionTitle(tr("Headers"), w));
        headers = new JsonView(w);
        headers->setObjectName(QLatin1String(name) + QStringLiteral("Headers"));
        headers->setAccessibleName(status ? tr("Response headers") : tr("Request headers"));
        headers->setMaximumHeight(fontMetrics().lineSpacing() * 8);
        v->addWidget(headers);
        v->addWidget(createSectionTitle(tr("Body"), w));
        body = new JsonView(w);
        body->setObjectName(QLatin1String(name) + QStringLiteral("Body"));
        body->setAccessibleName(status ? tr("Response body") : tr("Request body"));
        v->addWidget(body, 1);
        return w;
    };
    m_attemptTabs->addTab(pane(m_requestHeaders, m_requestBody, nullptr, "request"), tr("Request"));
    m_attemptTabs->addTab(pane(m_responseHeaders, m_responseBody, &m_responseStatus, "response"),
                          tr("Response"));
    m_attemptTabs->setMinimumHeight(fontMetrics().lineSpacing() * 22);
    column->addWidget(m_attemptTabs, 3);

    m_deliveryStack =
        createDetailsStack(content,
                           tr("Select a delivery to inspect its payload, every attempt's request "
                              "and response, and the signature checks."),
                           QStringLiteral("deliveryInspector"), this);
    m_deliveryStack->widget(1)->setAccessibleName(tr("Delivery inspector"));
    return m_deliveryStack;
}

void WebhooksPanel::refillEventFilter()
{
    QStringList events = m_session.webhookEvents();
    if (events.isEmpty())
        events = WebhookDeliveriesModel::deliverableEvents();
    const QString selected = m_eventFilter->currentData().toString();
    const QSignalBlocker quiet(m_eventFilter);
    while (m_eventFilter->count() > 1)
        m_eventFilter->removeItem(1);
    for (const QString &e : std::as_const(events))
        m_eventFilter->addItem(e, e);
    m_eventFilter->setCurrentIndex(std::max(0, m_eventFilter->findData(selected)));
}

void WebhooksPanel::refillClientFilter()
{
    if (!mid::ui::refillClientFilter(m_clientFilter, *m_clients))
        applyDeliveryFilter();
}

void WebhooksPanel::refillEndpointFilter()
{
    const QString selected = m_endpointFilter->currentData().toString();
    const QSignalBlocker quiet(m_endpointFilter);
    while (m_endpointFilter->count() > 1)
        m_endpointFilter->removeItem(1);
    for (const QJsonObject &e : m_endpoints->endpoints()) {
        const QString id = jsonText(e, "id");
        m_endpointFilter->addItem(
            tr("%1 — %2").arg(m_clients->nameOf(jsonText(e, "clientId")), jsonText(e, "url")), id);
        m_endpointFilter->setItemData(m_endpointFilter->count() - 1, jsonText(e, "url"),
                                      Qt::ToolTipRole);
    }
    int index = m_endpointFilter->findData(selected);
    if (index < 0 && !selected.isEmpty()) { // not listed (yet): keep filtering to it
        m_endpointFilter->addItem(selected, selected);
        index = m_endpointFilter->count() - 1;
    }
    m_endpointFilter->setCurrentIndex(std::max(0, index));
}

void WebhooksPanel::applyDeliveryFilter()
{
    m_resourceDelay.stop();
    WebhookDeliveriesModel::Filter f;
    f.clientId = m_clientFilter->currentData().toString();
    f.endpointId = m_endpointFilter->currentData().toString();
    f.event = m_eventFilter->currentData().toString();
    f.status = m_statusFilter->currentData().toString();
    f.resource = m_resourceFilter->text().trimmed();
    m_deliveryBanner->hide();
    m_deliveries->setFilter(f);
    updateEmptyStates();
}

bool WebhooksPanel::selectDelivery(const QString &id)
{
    const int row = m_deliveries->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_deliveriesProxy->mapFromSource(m_deliveries->index(row, 0));
    if (!index.isValid())
        return false;
    m_deliveryTable->setCurrentIndex(index);
    m_deliveryTable->scrollTo(index);
    return true;
}

void WebhooksPanel::showDelivery(const QString &deliveryId)
{
    showTab(DeliveriesTab);
    for (QComboBox *c : {m_clientFilter, m_endpointFilter, m_eventFilter, m_statusFilter}) {
        const QSignalBlocker quiet(c);
        c->setCurrentIndex(0);
    }
    {
        const QSignalBlocker quiet(m_resourceFilter);
        m_resourceFilter->clear();
    }
    applyDeliveryFilter();
    if (!selectDelivery(deliveryId)) {
        m_selectWhenListed = deliveryId;
        // Older than the rows listed, perhaps: show it in the inspector straight away.
        m_session.api().getWebhookDelivery(
            deliveryId, this, [this, deliveryId](const ApiResult &r) {
                if (!r.ok()) {
                    reportError(tr("Delivery %1 could not be read.").arg(deliveryId), r);
                    return;
                }
                if (m_deliveryId.isEmpty() || m_selectWhenListed == deliveryId) {
                    showDeliverySummary(r.object());
                    showDeliveryDetail(r.object());
                }
            });
    }
}

void WebhooksPanel::onDeliveryRowChanged()
{
    const QModelIndex index = m_deliveryTable->currentIndex();
    if (!index.isValid())
        return;
    const QJsonObject d = index.data(WebhookDeliveriesModel::DeliveryRole).toJsonObject();
    const bool other = jsonText(d, "id") != m_deliveryId;
    showDeliverySummary(d);
    if (other) {
        m_deliveryDetail = {};
        m_payload->setText(tr("Loading…"));
        m_attemptPicker->clear();
        m_attemptSummary->setText(tr("Loading…"));
        m_signatures->clear();
        m_attemptTabs->hide();
        loadDeliveryDetail();
    }
}

void WebhooksPanel::showDeliverySummary(const QJsonObject &d)
{
    if (d.isEmpty())
        return;
    m_delivery = d;
    m_deliveryId = jsonText(d, "id");
    m_deliveryHeading->setText(jsonText(d, "event"));
    setStatusPill(m_deliveryPill, jsonText(d, "status"));
    for (int row = 0; row < m_deliveryFields.size(); ++row) {
        const QString &key = m_deliveryFields.at(row).first;
        QLabel *label = m_deliveryFields.at(row).second;
        const QJsonValue v = d.value(key);
        QString value;
        if (key == QLatin1String("url"))
            value = d.value(QStringLiteral("endpointId")).isNull()
                        ? tr("%1 (the consent's callback URL)").arg(jsonText(d, "url"))
                        : jsonText(d, "url");
        else if (key == QLatin1String("client"))
            value = jsonText(d, "clientId").isEmpty() ? QString()
                                                      : m_clients->nameOf(jsonText(d, "clientId"));
        else if (key == QLatin1String("nextAttemptAt")) {
            const QString status = jsonText(d, "status");
            if (!v.isNull() &&
                (status == QLatin1String("pending") || status == QLatin1String("retrying")))
                value = tr("%1 (%2)").arg(WebhookDeliveriesModel::displayTime(v.toString()),
                                          WebhookDeliveriesModel::relativeTime(v.toString()));
        } else if (key.endsWith(QLatin1String("At")))
            value = WebhookDeliveriesModel::displayTime(v.toString());
        else if (key == QLatin1String("attempts"))
            value = QString::number(v.toInt());
        else if (key == QLatin1String("lastStatusCode"))
            value = v.isDouble() ? tr("HTTP %1").arg(v.toInt()) : QString();
        else if (key == QLatin1String("latencyMs"))
            value = v.isDouble() ? tr("%L1 ms").arg(v.toInteger()) : QString();
        else
            value = v.toString();
        label->setText(value);
        label->setToolTip(label->wordWrap() ? QString() : value);
        showDetailsRow(m_deliveryForm, row, !value.isEmpty());
    }
    m_deliveryStack->setCurrentIndex(1);
    m_replay->setEnabled(m_session.canWrite());
    m_curl->setEnabled(true);
}

void WebhooksPanel::loadDeliveryDetail()
{
    const QString id = m_deliveryId;
    if (id.isEmpty())
        return;
    m_session.api().getWebhookDelivery(id, this, [this, id](const ApiResult &r) {
        if (id != m_deliveryId)
            return; // another delivery was selected meanwhile
        if (!r.ok()) {
            m_payload->setText(tr("The delivery could not be read: %1").arg(r.errorText()));
            m_attemptSummary->setText(tr("Press F5 to reload the list, then select it again."));
            return;
        }
        showDeliveryDetail(r.object());
    });
}

void WebhooksPanel::showDeliveryDetail(const QJsonObject &detail)
{
    m_deliveryDetail = detail;
    const QJsonObject payload = detail.value(QStringLiteral("payload")).toObject();
    if (payload.isEmpty())
        m_payload->setText(tr("The event of this delivery is no longer stored."));
    else
        m_payload->setJson(payload, {QStringLiteral("id"), QStringLiteral("event"),
                                     QStringLiteral("timestamp"), QStringLiteral("data")});

    const QJsonArray attempts = detail.value(QStringLiteral("attemptList")).toArray();
    const int previous = m_attemptPicker->currentIndex();
    const bool wasLast = previous < 0 || previous == m_attemptPicker->count() - 1;
    {
        const QSignalBlocker quiet(m_attemptPicker);
        m_attemptPicker->clear();
        for (const QJsonValue &v : attempts) {
            const QJsonObject a = v.toObject();
            const QJsonValue code = a.value(QStringLiteral("statusCode"));
            const QString outcome =
                code.isDouble() ? tr("HTTP %1").arg(code.toInt()) : tr("no answer");
            m_attemptPicker->addItem(tr("Attempt %1 — %2 — %L3 ms")
                                         .arg(a.value(QStringLiteral("number")).toInt())
                                         .arg(outcome)
                                         .arg(a.value(QStringLiteral("durationMs")).toInteger()));
        }
        // Follow the newest attempt unless the operator is reading an older one.
        m_attemptPicker->setCurrentIndex(wasLast ? int(attempts.size()) - 1
                                                 : std::min(previous, int(attempts.size()) - 1));
    }
    m_attemptPicker->setVisible(!attempts.isEmpty());
    showAttempt(m_attemptPicker->currentIndex());
}

void WebhooksPanel::showAttempt(int index)
{
    const QJsonArray attempts = m_deliveryDetail.value(QStringLiteral("attemptList")).toArray();
    if (index < 0 || index >= attempts.size()) {
        m_attemptTabs->hide();
        m_signatures->clear();
        const QString status = jsonText(m_delivery, "status");
        if (status == QLatin1String("held"))
            m_attemptSummary->setText(tr("Not attempted: the endpoint is paused. The delivery "
                                         "is sent when the endpoint is resumed."));
        else if (status == QLatin1String("cancelled"))
            m_attemptSummary->setText(tr("Not attempted: the delivery was cancelled."));
        else
            m_attemptSummary->setText(tr("Not attempted yet. The request, the response and the "
                                         "signature checks appear here after the first "
                                         "attempt."));
        return;
    }
    const QJsonObject a = attempts.at(index).toObject();
    const QJsonValue code = a.value(QStringLiteral("statusCode"));
    QStringList summary;
    summary << tr("Started %1").arg(WebhookDeliveriesModel::displayTime(jsonText(a, "startedAt")));
    summary << tr("%L1 ms").arg(a.value(QStringLiteral("durationMs")).toInteger());
    summary << (code.isDouble() ? tr("answered HTTP %1").arg(code.toInt()) : tr("no answer"));
    QString text = summary.join(QStringLiteral(" · "));
    if (!jsonText(a, "error").isEmpty())
        text += QLatin1Char('\n') + tr("Error: %1").arg(jsonText(a, "error"));
    m_attemptSummary->setText(text);

    // The server checks each signature as a receiver would (with the endpoint's secrets).
    const QJsonObject signatures = a.value(QStringLiteral("signatures")).toObject();
    if (signatures.isEmpty()) {
        m_signatures->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                                  .arg(palette().color(QPalette::PlaceholderText).name(),
                                       tr("Signatures: not checked").toHtmlEscaped()));
    } else {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(tr("Signature checks").toHtmlEscaped());
        for (auto it = signatures.begin(); it != signatures.end(); ++it) {
            const QJsonObject check = it.value().toObject();
            const bool valid = check.value(QStringLiteral("valid")).toBool();
            lines << QStringLiteral("<span style='color:%1'>%2</span> <tt>%3</tt> — %4")
                         .arg(valid ? QStringLiteral("#16a34a") : QStringLiteral("#dc2626"),
                              valid ? QStringLiteral("✓") : QStringLiteral("✗"),
                              it.key().toHtmlEscaped(),
                              (jsonText(check, "detail").isEmpty()
                                   ? (valid ? tr("valid") : tr("does not match"))
                                   : jsonText(check, "detail"))
                                  .toHtmlEscaped());
        }
        m_signatures->setText(lines.join(QStringLiteral("<br>")));
    }

    const QJsonObject request = a.value(QStringLiteral("request")).toObject();
    const QJsonObject response = a.value(QStringLiteral("response")).toObject();
    m_requestHeaders->setText(headerText(request.value(QStringLiteral("headers"))));
    showBody(m_requestBody, request.value(QStringLiteral("body")).toObject());
    if (code.isDouble()) {
        m_responseStatus->setText(response.value(QStringLiteral("truncated")).toBool()
                                      ? tr("HTTP %1 (body truncated at 64 KiB)").arg(code.toInt())
                                      : tr("HTTP %1").arg(code.toInt()));
        m_responseHeaders->setText(headerText(response.value(QStringLiteral("headers"))));
        showBody(m_responseBody, response.value(QStringLiteral("body")).toObject());
    } else {
        m_responseStatus->setText(tr("No response: %1").arg(jsonText(a, "error")));
        m_responseHeaders->setText({});
        m_responseBody->setText({});
    }
    m_attemptTabs->show();
}

void WebhooksPanel::replayCurrent()
{
    if (m_deliveryId.isEmpty() || !m_replay->isEnabled())
        return;
    const QString id = m_deliveryId;
    m_replay->setEnabled(false);
    m_session.api().replayWebhookDelivery(id, this, [this, id](const ApiResult &r) {
        m_replay->setEnabled(m_session.canWrite());
        if (!r.ok()) {
            reportError(tr("Delivery %1 was not replayed.").arg(id), r);
            return;
        }
        const QJsonObject fresh = r.object();
        m_deliveries->upsert(fresh);
        say(tr("Replay queued as %1: the same event goes again to %2.")
                .arg(jsonText(fresh, "id"), WebhookDeliveriesModel::endpointLabel(fresh)));
    });
}

void WebhooksPanel::copyAsCurl()
{
    if (m_deliveryId.isEmpty())
        return;
    const QJsonArray attempts = m_deliveryDetail.value(QStringLiteral("attemptList")).toArray();
    QStringList parts{
        QStringLiteral("curl -X POST %1").arg(shellQuoted(jsonText(m_delivery, "url")))};
    QString body;
    if (!attempts.isEmpty()) {
        const QJsonObject request =
            attempts.last().toObject().value(QStringLiteral("request")).toObject();
        const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            parts << QStringLiteral("-H %1").arg(
                shellQuoted(it.key() + QStringLiteral(": ") + it.value().toString()));
        body = jsonText(request.value(QStringLiteral("body")).toObject(), "text");
    } else {
        // Not sent yet: the payload as it will go, without the signatures only the server makes.
        parts << QStringLiteral("-H %1").arg(
            shellQuoted(QStringLiteral("Content-Type: application/json")));
        parts << QStringLiteral("-H %1").arg(
            shellQuoted(QStringLiteral("X-Mid-Event: ") + jsonText(m_delivery, "event")));
        body = QString::fromUtf8(
            QJsonDocument(m_deliveryDetail.value(QStringLiteral("payload")).toObject())
                .toJson(QJsonDocument::Compact));
    }
    parts << QStringLiteral("--data-raw %1").arg(shellQuoted(body));
    QApplication::clipboard()->setText(parts.join(QStringLiteral(" \\\n  ")));
    say(attempts.isEmpty() ? tr("curl command copied (unsigned: the delivery was not sent yet).")
                           : tr("curl command copied, with the last attempt's headers."));
}

// --- Endpoints

QWidget *WebhooksPanel::buildEndpoints()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("endpointsPage"));
    auto *bar = new QWidget(page);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [bar](const char *name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, bar);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(text);
        b->setToolTip(tip);
        return b;
    };
    m_newEndpoint = button("newEndpointButton", tr("New endpoint…"),
                           tr("Add a URL that receives a client's events (Ctrl+N)"));
    m_editEndpoint = button("editEndpointButton", tr("Edit…"),
                            tr("Change the URL, events or description (Enter)"));
    m_pauseEndpoint = button("pauseEndpointButton", tr("Pause"),
                             tr("Hold new deliveries until the endpoint is resumed"));
    m_pingEndpoint = button("pingEndpointButton", tr("Send ping"),
                            tr("Queue a test event to this endpoint only"));
    m_rotateEndpoint = button("rotateEndpointButton", tr("Rotate secret…"),
                              tr("Issue a new signing secret; the old one may stay valid for a "
                                 "while"));
    m_secretEndpoint = button("showSecretButton", tr("Show secret…"),
                              tr("Read the signing secret again (recorded in the audit log)"));
    m_deleteEndpoint = button("deleteEndpointButton", tr("Delete…"),
                              tr("Delete the endpoint; what waits for it is cancelled (Delete)"));
    m_endpointDeliveries = button("endpointDeliveriesButton", tr("Show its deliveries"),
                                  tr("The Deliveries view, filtered to this endpoint"));
    connect(m_endpointDeliveries, &QPushButton::clicked, this, [this] {
        const QString id = currentEndpointId();
        if (id.isEmpty())
            return;
        refillEndpointFilter();
        m_endpointFilter->setCurrentIndex(std::max(0, m_endpointFilter->findData(id)));
        showTab(DeliveriesTab);
    });
    row->addWidget(m_newEndpoint);
    row->addSpacing(12);
    for (QPushButton *b : {m_editEndpoint, m_pauseEndpoint, m_pingEndpoint, m_rotateEndpoint,
                           m_secretEndpoint, m_deleteEndpoint})
        row->addWidget(b);
    row->addStretch(1);
    row->addWidget(m_endpointDeliveries);
    connect(m_newEndpoint, &QPushButton::clicked, this, &WebhooksPanel::newEndpoint);
    connect(m_editEndpoint, &QPushButton::clicked, this, &WebhooksPanel::editEndpoint);
    connect(m_pauseEndpoint, &QPushButton::clicked, this, &WebhooksPanel::togglePause);
    connect(m_pingEndpoint, &QPushButton::clicked, this, &WebhooksPanel::pingEndpoint);
    connect(m_rotateEndpoint, &QPushButton::clicked, this, &WebhooksPanel::rotateSecret);
    connect(m_secretEndpoint, &QPushButton::clicked, this, &WebhooksPanel::showSecret);
    connect(m_deleteEndpoint, &QPushButton::clicked, this, &WebhooksPanel::deleteEndpoint);

    m_endpointBanner = createErrorBanner(page, tr("Error"));
    m_endpointBanner->setObjectName(QStringLiteral("endpointsErrorBanner"));

    const QFontMetrics fm = fontMetrics();
    m_endpointTable = createRecordTable(
        m_endpointsProxy, WebhookEndpointsModel::Status,
        {170, 380, 230, statusColumnWidth(this, kEndpointStatuses, tr("Status")), 240}, page);
    m_endpointTable->setObjectName(QStringLiteral("endpointsTable"));
    m_endpointTable->setAccessibleName(tr("Endpoints"));
    m_endpointTable->setTextElideMode(Qt::ElideMiddle);
    m_endpointTable->sortByColumn(WebhookEndpointsModel::Created, Qt::DescendingOrder);
    m_endpointTable->horizontalHeader()->setSectionResizeMode(WebhookEndpointsModel::Url,
                                                              QHeaderView::Stretch);
    m_endpointTable->horizontalHeader()->setStretchLastSection(false);
    m_endpointTable->horizontalHeader()->resizeSection(
        WebhookEndpointsModel::Created, fm.horizontalAdvance(QStringLiteral("88 MMM 88:88")) + 24);
    m_endpointTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_endpointTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebhooksPanel::onEndpointRowChanged);
    connect(m_endpointTable, &QTableView::doubleClicked, this, &WebhooksPanel::editEndpoint);
    new QShortcut(QKeySequence(Qt::Key_Return), m_endpointTable, this, &WebhooksPanel::editEndpoint,
                  Qt::WidgetShortcut);
    new QShortcut(QKeySequence::Delete, m_endpointTable, this, &WebhooksPanel::deleteEndpoint,
                  Qt::WidgetShortcut);
    m_endpointEmpty = createEmptyState(m_endpointTable, tr("Empty state"));
    m_endpointEmpty->setObjectName(QStringLiteral("endpointsEmptyState"));

    layOutRecordPanel(page, bar, m_endpointBanner, m_endpointTable);
    return page;
}

QString WebhooksPanel::currentEndpointId() const
{
    return jsonText(m_endpoint, "id");
}

void WebhooksPanel::onEndpointRowChanged()
{
    const QModelIndex index = m_endpointTable->currentIndex();
    if (!index.isValid())
        return;
    showEndpoint(index.data(WebhookEndpointsModel::EndpointRole).toJsonObject());
}

void WebhooksPanel::showEndpoint(const QJsonObject &e)
{
    m_endpoint = e;
    updateEndpointActions();
}

void WebhooksPanel::updateEndpointActions()
{
    const bool selected = !currentEndpointId().isEmpty();
    const bool write = m_session.canWrite();
    const QString status = jsonText(m_endpoint, "status");
    const bool paused = status == QLatin1String("paused");
    m_newEndpoint->setEnabled(write);
    m_editEndpoint->setEnabled(write && selected);
    m_pauseEndpoint->setEnabled(write && selected);
    m_pauseEndpoint->setText(paused || status == QLatin1String("disabled") ? tr("Resume")
                                                                           : tr("Pause"));
    m_pauseEndpoint->setAccessibleName(m_pauseEndpoint->text());
    m_pauseEndpoint->setToolTip(paused || status == QLatin1String("disabled")
                                    ? tr("Send what was held and what comes next again")
                                    : tr("Hold new deliveries until the endpoint is resumed"));
    m_pingEndpoint->setEnabled(write && selected);
    m_rotateEndpoint->setEnabled(write && selected);
    m_secretEndpoint->setEnabled(write && selected);
    m_deleteEndpoint->setEnabled(write && selected);
    m_endpointDeliveries->setEnabled(selected);
}

void WebhooksPanel::newEndpoint()
{
    if (!m_session.canWrite())
        return;
    QString clientId = m_clientFilter->currentData().toString();
    if (clientId.isEmpty())
        clientId = jsonText(m_endpoint, "clientId");
    auto *dialog = new WebhookEndpointDialog(m_session.api(), *m_clients, m_session.webhookEvents(),
                                             {}, clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookEndpointDialog::saved, this, [this](const QJsonObject &created) {
        m_endpoints->upsert(created);
        const int row = m_endpoints->rowOf(jsonText(created, "id"));
        if (row >= 0)
            m_endpointTable->setCurrentIndex(
                m_endpointsProxy->mapFromSource(m_endpoints->index(row, 0)));
        say(tr("Endpoint %1 created.").arg(jsonText(created, "url")));
        auto *reveal =
            new SecretRevealDialog(created, SecretRevealDialog::WebhookSecret::Created, this);
        reveal->setAttribute(Qt::WA_DeleteOnClose);
        reveal->open();
    });
    dialog->open();
}

void WebhooksPanel::editEndpoint()
{
    if (currentEndpointId().isEmpty() || !m_editEndpoint->isEnabled())
        return;
    auto *dialog = new WebhookEndpointDialog(m_session.api(), *m_clients, m_session.webhookEvents(),
                                             m_endpoint, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebhookEndpointDialog::saved, this, [this](const QJsonObject &saved) {
        m_endpoints->upsert(saved);
        say(tr("Endpoint %1 saved.").arg(jsonText(saved, "url")));
    });
    dialog->open();
}

void WebhooksPanel::togglePause()
{
    const QString id = currentEndpointId();
    if (id.isEmpty() || !m_pauseEndpoint->isEnabled())
        return;
    const QString status = jsonText(m_endpoint, "status");
    const bool pause = status == QLatin1String("active");
    m_pauseEndpoint->setEnabled(false);
    m_session.api().setWebhookEndpointPaused(id, pause, this, [this, pause](const ApiResult &r) {
        updateEndpointActions();
        if (!r.ok()) {
            reportError(pause ? tr("The endpoint was not paused.")
                              : tr("The endpoint was not resumed."),
                        r);
            return;
        }
        m_endpoints->upsert(r.object());
        say(pause ? tr("Endpoint paused: new deliveries wait until it is resumed.")
                  : tr("Endpoint resumed: what was held is being sent."));
    });
}

void WebhooksPanel::pingEndpoint()
{
    const QString id = currentEndpointId();
    if (id.isEmpty() || !m_pingEndpoint->isEnabled())
        return;
    m_session.api().pingWebhookEndpoint(id, this, [this, id](const ApiResult &r) {
        if (!r.ok()) {
            reportError(tr("The ping was not queued."), r);
            return;
        }
        const QJsonObject delivery = r.object();
        // Show it among that endpoint's deliveries, selected as soon as it is listed.
        m_selectWhenListed = jsonText(delivery, "id");
        refillEndpointFilter();
        m_endpointFilter->setCurrentIndex(std::max(0, m_endpointFilter->findData(id)));
        showTab(DeliveriesTab);
        m_deliveries->upsert(delivery);
        if (selectDelivery(m_selectWhenListed))
            m_selectWhenListed.clear();
        say(tr("Ping queued as delivery %1.").arg(jsonText(delivery, "id")));
    });
}

void WebhooksPanel::rotateSecret()
{
    const QString id = currentEndpointId();
    if (id.isEmpty() || !m_rotateEndpoint->isEnabled())
        return;
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("rotateSecretDialog"));
    ask.setWindowTitle(tr("Rotate signing secret"));
    ask.setAccessibleName(tr("Rotate signing secret"));
    auto *layout = new QVBoxLayout(&ask);
    auto *text = new QLabel(tr("Issue a new signing secret for %1?\n\nThe receiver must be given "
                               "the new secret. Until the grace period ends, deliveries carry "
                               "signatures made with both secrets.")
                                .arg(jsonText(m_endpoint, "url")),
                            &ask);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *graceRow = new QHBoxLayout;
    auto *graceLabel = new QLabel(tr("Old secret stays valid for:"), &ask);
    auto *grace = new QComboBox(&ask);
    grace->setObjectName(QStringLiteral("rotateGrace"));
    grace->setAccessibleName(tr("Grace period"));
    grace->addItem(tr("No grace: stop at once"), 0);
    grace->addItem(tr("1 hour"), 3600);
    grace->addItem(tr("24 hours"), 86400);
    grace->addItem(tr("7 days"), 7 * 86400);
    grace->setCurrentIndex(2);
    graceLabel->setBuddy(grace);
    graceRow->addWidget(graceLabel);
    graceRow->addWidget(grace, 1);
    layout->addLayout(graceRow);
    auto *buttons = new QDialogButtonBox(&ask);
    QPushButton *go = buttons->addButton(tr("Rotate secret"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("rotateConfirmButton"));
    go->setAccessibleName(tr("Rotate secret"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    const int seconds = grace->currentData().toInt();
    m_session.api().rotateWebhookSecret(id, seconds, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            reportError(tr("The secret was not rotated."), r);
            return;
        }
        m_endpoints->upsert(r.object());
        say(tr("New signing secret issued."));
        auto *reveal =
            new SecretRevealDialog(r.object(), SecretRevealDialog::WebhookSecret::Rotated, this);
        reveal->setAttribute(Qt::WA_DeleteOnClose);
        reveal->open();
    });
}

void WebhooksPanel::showSecret()
{
    const QString id = currentEndpointId();
    if (id.isEmpty() || !m_secretEndpoint->isEnabled())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Show signing secret"),
        tr("Show the signing secret of %1?\n\nReading it is recorded in the audit log under "
           "your name.")
            .arg(jsonText(m_endpoint, "url")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QJsonObject endpoint = m_endpoint;
    m_session.api().webhookSecret(id, this, [this, endpoint](const ApiResult &r) {
        if (!r.ok()) {
            reportError(tr("The secret could not be read."), r);
            return;
        }
        QJsonObject shown = endpoint;
        shown.insert(QStringLiteral("secret"), r.object().value(QStringLiteral("secret")));
        auto *reveal = new SecretRevealDialog(shown, SecretRevealDialog::WebhookSecret::Read, this);
        reveal->setAttribute(Qt::WA_DeleteOnClose);
        reveal->open();
    });
}

void WebhooksPanel::deleteEndpoint()
{
    const QString id = currentEndpointId();
    if (id.isEmpty() || !m_deleteEndpoint->isEnabled())
        return;
    const QString url = jsonText(m_endpoint, "url");
    confirmDestructive(
        this, tr("Delete webhook endpoint"),
        tr("Delete the endpoint %1 of %2?\n\nDeliveries waiting for it are cancelled and it "
           "receives no more events. This cannot be undone.")
            .arg(url, m_clients->nameOf(jsonText(m_endpoint, "clientId"))),
        tr("Delete endpoint"), tr("Cancel"), [this, id, url] {
            m_session.api().deleteWebhookEndpoint(id, this, [this, id, url](const ApiResult &r) {
                if (!r.ok()) {
                    reportError(tr("The endpoint was not deleted."), r);
                    return;
                }
                m_endpoints->removeId(id);
                say(tr("Endpoint %1 deleted.").arg(url));
            });
        });
}

// --- Inbound

QWidget *WebhooksPanel::buildInbound()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("inboundPage"));
    auto *bar = new QWidget(page);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_providerFilter = new QComboBox(bar);
    m_providerFilter->setObjectName(QStringLiteral("inboundProviderFilter"));
    m_providerFilter->setAccessibleName(tr("Provider"));
    m_providerFilter->setToolTip(tr("Show the requests of one provider only"));
    m_providerFilter->addItem(tr("All providers"), QString());
    for (const char *p : kProviders)
        m_providerFilter->addItem(InboundWebhooksModel::providerLabel(QLatin1String(p)),
                                  QLatin1String(p));
    m_verdictFilter = new QComboBox(bar);
    m_verdictFilter->setObjectName(QStringLiteral("inboundVerdictFilter"));
    m_verdictFilter->setAccessibleName(tr("Verdict"));
    m_verdictFilter->setToolTip(tr("Show the requests with one verdict only"));
    m_verdictFilter->addItem(tr("All verdicts"), QString());
    for (const char *v : kVerdicts)
        m_verdictFilter->addItem(StatusDelegate::label(QLatin1String(v)), QLatin1String(v));
    m_inboundCount = new QLabel(bar);
    m_inboundCount->setObjectName(QStringLiteral("inboundCount"));
    m_inboundCount->setAccessibleName(tr("Request count"));
    m_inboundCount->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_providerFilter);
    row->addWidget(m_verdictFilter);
    row->addStretch(1);
    row->addWidget(m_inboundCount);
    for (QComboBox *c : {m_providerFilter, m_verdictFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &WebhooksPanel::applyInboundFilter);

    m_inboundBanner = createErrorBanner(page, tr("Error"));
    m_inboundBanner->setObjectName(QStringLiteral("inboundErrorBanner"));

    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_inboundTable = createRecordTable(
        m_inboundProxy, InboundWebhooksModel::Verdict,
        {width(QStringLiteral("88 MMM 88:88")), width(tr("Google Play")),
         QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                 .horizontalAdvance(QStringLiteral("subscription.updated")) +
             20,
         statusColumnWidth(this, kVerdicts, tr("Verdict")), 160, width(QStringLiteral("HTTP"))},
        page);
    m_inboundTable->setObjectName(QStringLiteral("inboundTable"));
    m_inboundTable->setAccessibleName(tr("Inbound requests"));
    m_inboundTable->sortByColumn(InboundWebhooksModel::Time, Qt::DescendingOrder);
    m_inboundTable->horizontalHeader()->setSectionResizeMode(InboundWebhooksModel::Reason,
                                                             QHeaderView::Stretch);
    m_inboundTable->horizontalHeader()->setStretchLastSection(false);
    m_inboundTable->horizontalHeader()->resizeSection(InboundWebhooksModel::Client, 110);
    m_inboundTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_inboundTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebhooksPanel::onInboundRowChanged);
    new QShortcut(
        QKeySequence(Qt::Key_Return), m_inboundTable, this,
        [this] { m_decoded->setFocus(Qt::ShortcutFocusReason); }, Qt::WidgetShortcut);
    m_inboundEmpty = createEmptyState(m_inboundTable, tr("Empty state"));
    m_inboundEmpty->setObjectName(QStringLiteral("inboundEmptyState"));

    QSplitter *splitter =
        createTableAndDetails(m_inboundTable, buildInboundDetails(), 1, {820, 380}, page);
    splitter->setObjectName(QStringLiteral("inboundSplitter"));
    layOutRecordPanel(page, bar, m_inboundBanner, splitter);
    return page;
}

QWidget *WebhooksPanel::buildInboundDetails()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    m_inboundHeading =
        createHeading(content, QStringLiteral("inboundHeading"), tr("Request heading"));
    m_inboundPill = createStatusPill(content, QStringLiteral("inboundVerdict"), tr("Verdict"));
    top->addWidget(m_inboundHeading, 1);
    top->addWidget(m_inboundPill, 0, Qt::AlignVCenter);
    column->addLayout(top);
    m_inboundForm = createDetailsGrid();
    m_inboundFields = addFields(m_inboundForm, content, std::begin(kInboundFields),
                                std::end(kInboundFields), QStringLiteral("inboundField_"));
    column->addLayout(m_inboundForm);

    column->addWidget(createSectionTitle(tr("What it changed"), content));
    m_effects = new QLabel(content);
    m_effects->setObjectName(QStringLiteral("inboundEffects"));
    m_effects->setAccessibleName(tr("What it changed"));
    m_effects->setWordWrap(true);
    m_effects->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_effects);

    m_inboundTabs = new QTabWidget(content);
    m_inboundTabs->setObjectName(QStringLiteral("inboundTabs"));
    m_inboundTabs->setAccessibleName(tr("Request content"));
    m_inboundTabs->setDocumentMode(true);
    m_decoded = new JsonView(m_inboundTabs);
    m_decoded->setObjectName(QStringLiteral("inboundDecoded"));
    m_decoded->setAccessibleName(tr("Decoded payload"));
    m_rawBody = new JsonView(m_inboundTabs);
    m_rawBody->setObjectName(QStringLiteral("inboundRawBody"));
    m_rawBody->setAccessibleName(tr("Raw body"));
    m_rawBody->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_inboundHeaders = new JsonView(m_inboundTabs);
    m_inboundHeaders->setObjectName(QStringLiteral("inboundHeaders"));
    m_inboundHeaders->setAccessibleName(tr("Inbound request headers"));
    m_inboundTabs->addTab(m_decoded, tr("Decoded"));
    m_inboundTabs->addTab(m_rawBody, tr("Raw body"));
    m_inboundTabs->addTab(m_inboundHeaders, tr("Headers"));
    m_inboundTabs->setMinimumHeight(fontMetrics().lineSpacing() * 20);
    column->addWidget(m_inboundTabs, 1);

    m_inboundStack =
        createDetailsStack(content,
                           tr("Select a request to see its verdict, decoded payload and "
                              "what it changed."),
                           QStringLiteral("inboundDetails"), this);
    return m_inboundStack;
}

void WebhooksPanel::applyInboundFilter()
{
    InboundWebhooksModel::Filter f;
    f.provider = m_providerFilter->currentData().toString();
    f.verdict = m_verdictFilter->currentData().toString();
    m_inboundBanner->hide();
    m_inbound->setFilter(f);
    updateEmptyStates();
}

void WebhooksPanel::onInboundRowChanged()
{
    const QModelIndex index = m_inboundTable->currentIndex();
    if (!index.isValid())
        return;
    const QJsonObject row = index.data(InboundWebhooksModel::RequestRole).toJsonObject();
    const QString id = jsonText(row, "id");
    if (id == m_inboundId)
        return;
    showInbound(row);
    m_decoded->setText(tr("Loading…"));
    m_rawBody->setText(tr("Loading…"));
    m_inboundHeaders->setText(tr("Loading…"));
    m_session.api().getInboundWebhook(id, this, [this, id](const ApiResult &r) {
        if (id != m_inboundId)
            return;
        if (!r.ok()) {
            m_decoded->setText(tr("The request could not be read: %1").arg(r.errorText()));
            return;
        }
        showInbound(r.object());
    });
}

void WebhooksPanel::showInbound(const QJsonObject &request)
{
    m_inboundRequest = request;
    m_inboundId = jsonText(request, "id");
    const QString type = jsonText(request, "eventType");
    m_inboundHeading->setText(type.isEmpty() ? tr("%1 request")
                                                   .arg(InboundWebhooksModel::providerLabel(
                                                       jsonText(request, "provider")))
                                             : type);
    setStatusPill(m_inboundPill, jsonText(request, "verdict"));
    for (int row = 0; row < m_inboundFields.size(); ++row) {
        const QString &key = m_inboundFields.at(row).first;
        QLabel *label = m_inboundFields.at(row).second;
        const QJsonValue v = request.value(key);
        QString value;
        if (key == QLatin1String("receivedAt"))
            value = WebhookDeliveriesModel::displayTime(v.toString());
        else if (key == QLatin1String("provider"))
            value = InboundWebhooksModel::providerLabel(v.toString());
        else if (key == QLatin1String("status"))
            value = QString::number(v.toInt());
        else if (key == QLatin1String("client"))
            value = jsonText(request, "clientId").isEmpty()
                        ? QString()
                        : tr("%1 (%2)").arg(m_clients->nameOf(jsonText(request, "clientId")),
                                            jsonText(request, "clientId"));
        else if (key == QLatin1String("bodySize"))
            value = request.value(QStringLiteral("bodyTruncated")).toBool()
                        ? tr("%L1 bytes (truncated)").arg(v.toInteger())
                        : tr("%L1 bytes").arg(v.toInteger());
        else
            value = v.toString();
        label->setText(value);
        label->setToolTip(label->wordWrap() ? QString() : value);
        showDetailsRow(m_inboundForm, row, !value.isEmpty());
    }
    m_effects->setText(m_inbound->effectSentences(request).join(QLatin1Char('\n')));
    if (request.contains(QStringLiteral("body"))) {
        const QJsonValue decoded = request.value(QStringLiteral("decoded"));
        if (decoded.isObject() || decoded.isArray())
            m_decoded->setJson(decoded);
        else
            m_decoded->setText(tr("Nothing decoded: %1")
                                   .arg(jsonText(request, "reason").isEmpty()
                                            ? tr("the body is not JSON")
                                            : jsonText(request, "reason")));
        const QString encoding = jsonText(request, "bodyEncoding");
        if (encoding == QLatin1String("base64"))
            m_rawBody->setText(tr("(binary, base64)\n%1").arg(jsonText(request, "body")));
        else
            m_rawBody->setText(jsonText(request, "body"));
        m_inboundHeaders->setText(headerText(request.value(QStringLiteral("headers"))));
    }
    m_inboundStack->setCurrentIndex(1);
}

// --- shared

void WebhooksPanel::reload()
{
    m_deliveryBanner->hide();
    m_endpointBanner->hide();
    m_inboundBanner->hide();
    m_deliveryId.clear();
    m_delivery = {};
    m_deliveryDetail = {};
    m_endpoint = {};
    m_inboundId.clear();
    m_inboundRequest = {};
    m_deliveryStack->setCurrentIndex(0);

    m_inboundStack->setCurrentIndex(0);
    refillEventFilter();
    m_clients->reload();
    m_endpoints->reload();
    m_deliveries->reload();
    m_inbound->reload();
    updateEndpointActions();
}

void WebhooksPanel::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

WebhooksPanel::Tab WebhooksPanel::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void WebhooksPanel::onTabChanged(int index)
{
    // Inbound requests come with no live event: what is shown is read when it is shown.
    if (index == InboundTab && isVisible() && !m_inbound->isLoading())
        m_inbound->reload();
}

void WebhooksPanel::showEvent(QShowEvent *event)
{
    Panel::showEvent(event);
    if (currentTab() == InboundTab && !event->spontaneous() && !m_inbound->isLoading())
        m_inbound->reload();
}

void WebhooksPanel::onEvent(const StreamEvent &event)
{
    m_clients->applyEvent(event);
    m_endpoints->applyEvent(event);
    m_deliveries->applyEvent(event);
    m_inbound->applyEvent(event);
}

void WebhooksPanel::updateEmptyStates()
{
    const WebhookDeliveriesModel::Filter &df = m_deliveries->filter();
    if (m_deliveries->isLoading())
        m_deliveryEmpty->setText(tr("Loading deliveries…"));
    else if (!df.isEmpty())
        m_deliveryEmpty->setText(tr("No deliveries match the filter."));
    else
        m_deliveryEmpty->setText(tr("No deliveries yet.\nAdd an endpoint for a client, or send "
                                    "a ping."));
    m_deliveryEmpty->setVisible(m_deliveriesProxy->rowCount() == 0);

    if (m_endpoints->isLoading())
        m_endpointEmpty->setText(tr("Loading endpoints…"));
    else
        m_endpointEmpty->setText(tr("No webhook endpoints yet.\nUse New endpoint… to send a "
                                    "client's events to its server."));
    m_endpointEmpty->setVisible(m_endpointsProxy->rowCount() == 0);

    if (m_inbound->isLoading())
        m_inboundEmpty->setText(tr("Loading inbound requests…"));
    else if (!m_inbound->filter().isEmpty())
        m_inboundEmpty->setText(tr("No inbound requests match the filter."));
    else
        m_inboundEmpty->setText(tr("No inbound requests yet.\nPoint Stripe, App Store Server "
                                   "Notifications or Google Play at /v1/webhooks/stripe, "
                                   "/appstore or /playstore of this box."));
    m_inboundEmpty->setVisible(m_inboundProxy->rowCount() == 0);
}

void WebhooksPanel::updateCounts()
{
    const qint64 deliveries = m_deliveries->total();
    m_deliveryCount->setText(deliveries < 0    ? QString()
                             : deliveries == 1 ? tr("1 delivery")
                                               : tr("%L1 deliveries").arg(deliveries));
    const qint64 inbound = m_inbound->total();
    m_inboundCount->setText(inbound < 0    ? QString()
                            : inbound == 1 ? tr("1 request")
                                           : tr("%L1 requests").arg(inbound));
}

void WebhooksPanel::say(const QString &text)
{
    m_note->setText(text);
    m_noteDelay.start();
}

void WebhooksPanel::reportError(const QString &what, const ApiResult &result)
{
    reportApiError(this, tr("Webhooks"), what, result, tr("Error"));
}

} // namespace mid::ui
