#include "ClientsPanel.h"

#include "ServerSession.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/SecretRevealDialog.h"
#include "models/ClientsModel.h"
#include "widgets/PanelParts.h"
#include "widgets/StatusDelegate.h"

#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QValueAxis>

namespace mid::ui {

namespace {
QString joinedArray(const QJsonValue &array, const QString &separator,
                    const std::function<QString(const QString &)> &label = {})
{
    QStringList parts;
    for (const QJsonValue &v : array.toArray())
        parts << (label ? label(v.toString()) : v.toString());
    return parts.join(separator);
}

QPushButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(text);
    button->setToolTip(toolTip);
    return button;
}

QLabel *centredNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

// ---------------------------------------------------------------------------------------------

ClientUsageChart::ClientUsageChart(AdminClient &api, QWidget *parent)
    : QStackedWidget(parent), m_api(api)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Requests per minute, last hour"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_series = new QLineSeries(chart);
    chart->addSeries(m_series);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("HH:mm"));
    x->setTickCount(5);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setMin(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);

    m_view = new QChartView(chart, this); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Usage chart"));
    m_view->setMinimumHeight(200);
    m_noData = centredNote(tr("No usage data"), this);
    m_noData->setAccessibleName(tr("No usage data"));
    addWidget(m_noData);
    addWidget(m_view);
    applyPalette();
}

void ClientUsageChart::showClient(const QString &clientId)
{
    const quint64 generation = ++m_generation;
    m_series->clear();
    setCurrentWidget(m_noData);
    if (clientId.isEmpty())
        return;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    m_api.metricsSeries(
        QStringLiteral("requests"), to.addSecs(-3600), to, 60, this,
        [this, generation](const ApiResult &r) {
            if (generation == m_generation)
                takeSeries(r);
        },
        clientId);
}

void ClientUsageChart::takeSeries(const ApiResult &result)
{
    const QJsonArray points = result.object().value(QStringLiteral("points")).toArray();
    if (!result.ok() || points.isEmpty())
        return; // "No usage data" stays: the chart is a convenience, not worth an error box
    QList<QPointF> line;
    double peak = 1;
    for (const QJsonValue &p : points) {
        const QJsonObject point = p.toObject();
        const QDateTime t =
            QDateTime::fromString(point.value(QStringLiteral("t")).toString(), Qt::ISODate);
        const double total = point.value(QStringLiteral("total")).toDouble();
        line.append(QPointF(double(t.toMSecsSinceEpoch()), total));
        peak = qMax(peak, total);
    }
    m_series->replace(line);
    const auto axesX = m_series->attachedAxes();
    for (QAbstractAxis *axis : axesX) {
        if (auto *x = qobject_cast<QDateTimeAxis *>(axis))
            x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(line.first().x())),
                        QDateTime::fromMSecsSinceEpoch(qint64(line.last().x())));
        else if (auto *y = qobject_cast<QValueAxis *>(axis))
            y->setRange(0, peak * 1.15);
    }
    setCurrentWidget(m_view);
}

void ClientUsageChart::changeEvent(QEvent *event)
{
    QStackedWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

// The chart paints itself; it follows the application's light or dark palette by hand.
void ClientUsageChart::applyPalette()
{
    QChart *chart = m_view->chart();
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.base());
    chart->setTitleBrush(pal.text());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(pal.text());
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    m_series->setPen(QPen(pal.color(QPalette::Highlight), 2));
}

// ---------------------------------------------------------------------------------------------

ClientDetailsPane::ClientDetailsPane(AdminClient &api, QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Client details"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(centredNote(tr("Select a client to see its details."), m_pages));

    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout;
    m_name = addField(form, tr("Name"));
    QFont heading = m_name->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_name->setFont(heading);

    m_id = new QLabel(page);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_id->setAccessibleName(tr("Client ID"));
    auto *copy = toolButton(tr("Copy"), tr("Copy the client ID to the clipboard"), page);
    copy->setAccessibleName(tr("Copy client ID"));
    connect(copy, &QPushButton::clicked, this, &ClientDetailsPane::copyId);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(copy);
    form->addRow(tr("Client ID:"), idRow);

    m_plan = addField(form, tr("Plan"));
    m_status = addField(form, tr("Status"));
    m_scopes = addField(form, tr("Scopes"));
    m_origins = addField(form, tr("Allowed origins"));
    m_qrPayload = addField(form, tr("QR payload"));
    m_limits = addField(form, tr("Limits"));
    m_created = addField(form, tr("Created"));
    m_updated = addField(form, tr("Updated"));

    m_chart = new ClientUsageChart(api, page);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(form);
    pageLayout->addWidget(new QLabel(tr("<b>Usage</b>"), page));
    pageLayout->addWidget(m_chart, 1);
    m_pages->addWidget(page);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_pages);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QLabel *ClientDetailsPane::addField(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    form->addRow(tr("%1:").arg(label), value);
    return value;
}

void ClientDetailsPane::setClient(const QJsonObject &client)
{
    const QString id = client.value(QStringLiteral("clientId")).toString();
    if (id != m_clientId)
        m_chart->showClient(id);
    m_clientId = id;
    m_pages->setCurrentIndex(id.isEmpty() ? 0 : 1);
    if (id.isEmpty())
        return;
    const QString status = client.value(QStringLiteral("status")).toString();
    m_name->setText(client.value(QStringLiteral("name")).toString());
    m_id->setText(id);
    m_plan->setText(ClientText::planLabel(client.value(QStringLiteral("plan")).toString()));
    m_status->setText(StatusDelegate::label(status));
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, StatusDelegate::colorFor(status));
    m_status->setPalette(pal);
    const QString scopes = joinedArray(client.value(QStringLiteral("scopes")), QStringLiteral(", "),
                                       ClientText::scopeLabel);
    m_scopes->setText(scopes.isEmpty() ? tr("None") : scopes);
    const QString origins =
        joinedArray(client.value(QStringLiteral("allowedOrigins")), QStringLiteral("\n"));
    m_origins->setText(origins.isEmpty() ? tr("Any") : origins);
    m_qrPayload->setText(
        ClientText::qrPayloadLabel(client.value(QStringLiteral("qrPayload")).toString()));
    m_limits->setText(ClientText::limitsText(client));
    m_created->setText(ClientText::timeText(client.value(QStringLiteral("createdAt")).toString()));
    m_updated->setText(ClientText::timeText(client.value(QStringLiteral("updatedAt")).toString()));
}

void ClientDetailsPane::copyId()
{
    QGuiApplication::clipboard()->setText(m_clientId);
}

// ---------------------------------------------------------------------------------------------

ClientsPanel::ClientsPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("clientsPanel"), parent)
{
    setAccessibleName(title());
    m_model = new ClientsModel(m_session.api(), this);
    m_proxy = new ClientsFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClientsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_details = new ClientDetailsPane(m_session.api(), this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildList());
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildBanner());
    layout->addWidget(splitter, 1);
    setupShortcuts();

    connect(m_model, &ClientsModel::loaded, this, [this] {
        m_banner->hide();
        updateEmptyState();
    });
    connect(m_model, &ClientsModel::loadFailed, this, [this](const QString &message) {
        showBanner(tr("The clients could not be loaded: %1").arg(message), true);
        updateEmptyState();
    });
    connect(m_model, &ClientsModel::clientChanged, this, &ClientsPanel::showSelection);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ClientsPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClientsPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClientsPanel::showSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientsPanel::showSelection);
    connect(&m_session, &ServerSession::eventReceived, this, &ClientsPanel::onEvent);
    connect(&m_session, &ServerSession::linkChanged, this, &ClientsPanel::onLinkChanged);
    connect(&m_session, &ServerSession::connected, this, &ClientsPanel::reload);
    updateActions();
    updateEmptyState();
}

QWidget *ClientsPanel::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search by name, client ID or plan…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateEmptyState();
    });

    m_new = toolButton(tr("New…"), tr("Create a tenant (Ctrl+N)"), bar);
    m_edit = toolButton(tr("Edit…"), tr("Edit the selected tenant (Enter)"), bar);
    m_suspend = toolButton(tr("Suspend"), tr("Refuse or allow the tenant's API calls"), bar);
    m_regenerate = toolButton(tr("Regenerate key…"),
                              tr("Issue a new API key and client secret for the tenant"), bar);
    m_delete = toolButton(tr("Delete…"), tr("Delete the selected tenant (Delete)"), bar);
    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_new, &QPushButton::clicked, this, &ClientsPanel::newClient);
    connect(m_edit, &QPushButton::clicked, this, &ClientsPanel::editClient);
    connect(m_suspend, &QPushButton::clicked, this, &ClientsPanel::toggleSuspended);
    connect(m_regenerate, &QPushButton::clicked, this, &ClientsPanel::regenerateKey);
    connect(m_delete, &QPushButton::clicked, this, &ClientsPanel::deleteClient);

    row->addWidget(m_search, 1);
    row->addSpacing(12);
    for (QPushButton *b : {m_new, m_edit, m_suspend, m_regenerate, m_delete})
        row->addWidget(b);
    return bar;
}

QWidget *ClientsPanel::buildBanner()
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    m_banner = frame;
    auto *row = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setAccessibleName(tr("Status message"));
    QPalette pal = m_bannerText->palette();
    pal.setColor(QPalette::WindowText, StatusDelegate::colorFor(QStringLiteral("suspended")));
    m_bannerText->setPalette(pal);
    m_retry = toolButton(tr("Retry"), tr("Load the clients again"), m_banner);
    connect(m_retry, &QPushButton::clicked, this, &ClientsPanel::reload);
    row->addWidget(m_bannerText, 1);
    row->addWidget(m_retry);
    m_banner->hide();
    return m_banner;
}

QWidget *ClientsPanel::buildList()
{
    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Client list"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(ClientsModel::StatusColumn, new StatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientsModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(ClientsModel::NameColumn, 200);
    header->resizeSection(ClientsModel::IdColumn, 210);
    header->resizeSection(ClientsModel::PlanColumn, 95);
    header->resizeSection(ClientsModel::StatusColumn, 110);
    header->resizeSection(ClientsModel::CreatedColumn, 140);
    header->setSectionResizeMode(ClientsModel::ScopesColumn, QHeaderView::Stretch);
    connect(m_table, &QTableView::doubleClicked, this, &ClientsPanel::editClient);

    m_emptyLabel = centredNote(QString(), this);
    m_emptyLabel->setAccessibleName(tr("Empty list message"));
    m_listPages = new QStackedWidget(this);
    m_listPages->addWidget(m_table);
    m_listPages->addWidget(m_emptyLabel);
    return m_listPages;
}

void ClientsPanel::setupShortcuts()
{
    auto *create = new QShortcut(QKeySequence::New, this);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &ClientsPanel::newClient);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_table->installEventFilter(this); // Enter edits, Delete deletes: see eventFilter()
    setTabOrder(m_search, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_suspend);
    setTabOrder(m_suspend, m_regenerate);
    setTabOrder(m_regenerate, m_delete);
    setTabOrder(m_delete, m_table);
}

// The table's own keys, taken before QAbstractItemView sees them: it would swallow Enter
// (as "activate") and has no use for Delete.
bool ClientsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return Panel::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editClient();
        return true;
    case Qt::Key_Delete:
        deleteClient();
        return true;
    default:
        return false;
    }
}

void ClientsPanel::reload()
{
    m_banner->hide();
    m_model->reload();
    updateActions();
    updateEmptyState();
}

QString ClientsPanel::selectedClientId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ClientsModel::ClientIdRole).toString();
}

void ClientsPanel::selectClient(const QString &clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return; // hidden by the search filter
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void ClientsPanel::onEvent(const StreamEvent &event)
{
    m_model->applyEvent(event);
}

void ClientsPanel::onLinkChanged(bool up, const QString &reason)
{
    // The stream replays what was missed when it comes back, so nothing needs reloading.
    if (up)
        m_banner->hide();
    else
        showBanner(tr("Live updates paused (%1); reconnecting…").arg(reason), false);
}

void ClientsPanel::showBanner(const QString &text, bool canRetry)
{
    m_bannerText->setText(text);
    m_retry->setVisible(canRetry);
    m_banner->show();
}

void ClientsPanel::showSelection()
{
    m_details->setClient(m_model->clientById(selectedClientId()));
    updateActions();
}

void ClientsPanel::updateActions()
{
    const bool write = m_session.canWrite();
    const QJsonObject client = m_model->clientById(selectedClientId());
    const bool selected = !client.isEmpty();
    const bool suspended =
        client.value(QStringLiteral("status")).toString() == QLatin1String("suspended");
    m_new->setEnabled(write);
    for (QPushButton *b : {m_edit, m_suspend, m_regenerate, m_delete})
        b->setEnabled(write && selected);
    m_suspend->setText(suspended ? tr("Resume") : tr("Suspend"));
    m_suspend->setAccessibleName(m_suspend->text());
}

void ClientsPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (m_model->isLoading())
        m_emptyLabel->setText(tr("Loading clients…"));
    else if (m_model->rowCount() == 0)
        m_emptyLabel->setText(tr("No clients yet.\nCreate the first tenant with New… (Ctrl+N)."));
    else
        m_emptyLabel->setText(tr("No client matches “%1”.").arg(m_search->text().trimmed()));
    m_listPages->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_table);
}

// --- actions ---------------------------------------------------------------------------------

void ClientsPanel::newClient()
{
    if (!m_session.canWrite())
        return;
    auto *dialog = new ClientDialog(m_session.api(), m_session.webhookEvents(), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientDialog::saved, this, [this](const QJsonObject &issued) {
        m_model->upsert(issued); // the event follows; showing it now needs no wait
        m_search->clear();
        selectClient(issued.value(QStringLiteral("clientId")).toString());
        revealCredentials(issued);
    });
    dialog->open();
}

void ClientsPanel::editClient()
{
    const QJsonObject client = m_model->clientById(selectedClientId());
    if (client.isEmpty() || !m_session.canWrite())
        return;
    auto *dialog = new ClientDialog(m_session.api(), m_session.webhookEvents(), client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientDialog::saved, m_model, &ClientsModel::upsert);
    dialog->open();
}

void ClientsPanel::toggleSuspended()
{
    const QJsonObject client = m_model->clientById(selectedClientId());
    if (client.isEmpty() || !m_session.canWrite())
        return;
    const QString id = client.value(QStringLiteral("clientId")).toString();
    if (client.value(QStringLiteral("status")).toString() == QLatin1String("suspended")) {
        setSuspended(id, false);
        return;
    }
    const QString name = client.value(QStringLiteral("name")).toString();
    confirm(tr("Suspend client"),
            tr("Suspend “%1”?\n\nEvery API call of this tenant is refused (403) until it is "
               "resumed. Its credentials stay valid.")
                .arg(name),
            tr("Suspend"), [this, id] { setSuspended(id, true); });
}

void ClientsPanel::setSuspended(const QString &clientId, bool suspended)
{
    m_session.api().setClientSuspended(
        clientId, suspended, this, [this, suspended](const ApiResult &r) {
            if (!r.ok())
                reportError(suspended ? tr("The client could not be suspended.")
                                      : tr("The client could not be resumed."),
                            r);
            else
                m_model->upsert(r.object());
        });
}

void ClientsPanel::regenerateKey()
{
    const QJsonObject client = m_model->clientById(selectedClientId());
    if (client.isEmpty() || !m_session.canWrite())
        return;
    const QString id = client.value(QStringLiteral("clientId")).toString();
    askGraceSeconds(client.value(QStringLiteral("name")).toString(), [this, id](int grace) {
        m_session.api().regenerateKey(id, grace, this, [this](const ApiResult &r) {
            if (!r.ok()) {
                reportError(tr("The key could not be regenerated."), r);
                return;
            }
            m_model->upsert(r.object());
            revealCredentials(r.object());
        });
    });
}

void ClientsPanel::deleteClient()
{
    const QJsonObject client = m_model->clientById(selectedClientId());
    if (client.isEmpty() || !m_session.canWrite())
        return;
    const QString id = client.value(QStringLiteral("clientId")).toString();
    const QString name = client.value(QStringLiteral("name")).toString();
    confirm(tr("Delete client"),
            tr("Delete the tenant “%1” (%2)?\n\nAll of its credentials (API key, client secret, "
               "access tokens) are revoked at once: every app using them stops working "
               "immediately. This cannot be undone.")
                .arg(name, id),
            tr("Delete"), [this, id] {
                m_session.api().deleteClient(id, this, [this, id](const ApiResult &r) {
                    if (!r.ok())
                        reportError(tr("The client could not be deleted."), r);
                    else
                        m_model->removeClient(id);
                });
            });
}

// --- small dialogs ---------------------------------------------------------------------------

void ClientsPanel::askGraceSeconds(const QString &name, std::function<void(int)> then)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Regenerate key"));
    dialog->setAccessibleName(tr("Regenerate key"));
    auto *text = new QLabel(
        tr("Issue a new API key and client secret for “%1”?\n\nThe current ones keep working "
           "during the grace period below, so the tenant can switch without downtime; then "
           "they stop.")
            .arg(name),
        dialog);
    text->setWordWrap(true);
    auto *grace = new QSpinBox(dialog);
    grace->setRange(0, 7 * 24 * 3600);
    grace->setSingleStep(60);
    grace->setSuffix(tr(" s"));
    grace->setSpecialValueText(tr("None: the old key stops at once"));
    grace->setAccessibleName(tr("Grace period"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Grace period:"), grace);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *go = buttons->addButton(tr("Regenerate"), QDialogButtonBox::AcceptRole);
    go->setAccessibleName(go->text());
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [grace, then] { then(grace->value()); });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->open();
    grace->setFocus();
}

void ClientsPanel::confirm(const QString &title, const QString &text, const QString &action,
                           std::function<void()> then)
{
    confirmDestructive(this, title, text, action, tr("Cancel"), std::move(then));
}

void ClientsPanel::revealCredentials(const QJsonObject &issued)
{
    auto *dialog = new SecretRevealDialog(issued, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClientsPanel::reportError(const QString &what, const ApiResult &result)
{
    reportApiError(this, tr("Clients"), what, result, tr("Error"));
}

} // namespace mid::ui
