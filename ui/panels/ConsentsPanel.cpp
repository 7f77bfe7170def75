#include "ConsentsPanel.h"

#include "ServerSession.h"
#include "dialogs/NewSessionDialog.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"
#include "models/WebhookDeliveriesModel.h"
#include "widgets/ConsentTimeline.h"
#include "widgets/PanelParts.h"
#include "widgets/StatusDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace mid::ui {

namespace {

// The details pane's rows.
constexpr DetailField kDetailFields[] = {
    {"sessionId", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Session ID")},
    {"status", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Status")},
    {"clientName", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Client")},
    {"clientId", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Client ID")},
    {"recipient", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Recipient")},
    {"intent", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Intent")},
    {"scope", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Scope")},
    {"createdAt", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Created")},
    {"expiresAt", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Expires")},
    {"scannedAt", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Scanned")},
    {"decidedAt", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Decided")},
    {"revokedAt", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Revoked")},
    {"user", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "User")},
    {"device", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Device")},
    {"approvalUrl", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Approval link")},
    {"deepLink", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Deep link")},
    {"callbackUrl", QT_TRANSLATE_NOOP("mid::ui::ConsentsPanel", "Callback URL")},
};

// One consent field as the details pane shows it.
QString fieldText(const QJsonObject &c, const QString &key)
{
    const QJsonValue v = c.value(key);
    if (key.endsWith(QLatin1String("At")))
        return ConsentsModel::displayTime(v.toString());
    if (key == QLatin1String("status"))
        return StatusDelegate::label(ConsentsModel::displayState(c));
    if (key == QLatin1String("scope")) {
        QStringList parts;
        for (const QJsonValue &s : v.toArray())
            parts << s.toString();
        return parts.join(QStringLiteral(", "));
    }
    if (key == QLatin1String("user")) {
        const QJsonObject u = v.toObject();
        return u.isEmpty()
                   ? QString()
                   : QStringLiteral("%1 (%2)").arg(jsonText(u, "mobile"), jsonText(u, "id"));
    }
    if (key == QLatin1String("device")) {
        const QJsonObject d = v.toObject();
        return d.isEmpty() ? QString()
                           : QStringLiteral("%1 (%2)").arg(jsonText(d, "model"), jsonText(d, "id"));
    }
    return v.toString();
}

} // namespace

ConsentsPanel::ConsentsPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("consentsPanel"), parent),
      m_clients(new ClientDirectory(session.api(), this)),
      m_model(new ConsentsModel(session.api(), *m_clients, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setAccessibleName(title());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConsentsModel::SortRole);

    QWidget *table = buildTable();
    QWidget *details = buildDetails();
    QSplitter *splitter = createTableAndDetails(table, details, 1, {900, 380}, this);
    QWidget *filterBar = buildFilterBar(); // creates m_banner too
    layOutRecordPanel(this, filterBar, m_banner, splitter);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(350);
    connect(&m_searchDelay, &QTimer::timeout, this, &ConsentsPanel::applyFilter);

    connect(&m_session, &ServerSession::connected, this, &ConsentsPanel::reload);
    connect(&m_session, &ServerSession::eventReceived, this, &ConsentsPanel::onEvent);
    connect(m_clients, &ClientDirectory::changed, this, &ConsentsPanel::refillClientFilter);
    connect(m_model, &ConsentsModel::loadingChanged, this, &ConsentsPanel::updateEmptyState);
    connect(m_model, &ConsentsModel::loadFailed, this, [this](const QString &error) {
        m_banner->setText(tr("Could not load consent sessions: %1").arg(error));
        m_banner->show();
    });
    onRowCountChange(m_proxy, this, [this] { updateEmptyState(); });

    addPanelShortcut(this, QKeySequence::New, [this] { newSession(); });
    addPanelShortcut(this, QKeySequence::Refresh, [this] { reload(); });
    focusSearchOnFind(this, m_recipientFilter);
    updateActions();
    updateEmptyState();
}

QWidget *ConsentsPanel::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_clientFilter = new QComboBox(bar);
    m_clientFilter->setAccessibleName(tr("Client"));
    m_clientFilter->setToolTip(tr("Show the sessions of one client only"));
    m_clientFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clientFilter->addItem(tr("All clients"), QString());

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *s : {"pending", "approved", "rejected", "expired", "revoked"})
        m_statusFilter->addItem(StatusDelegate::label(QLatin1String(s)), QLatin1String(s));

    m_recipientFilter = new QLineEdit(bar);
    m_recipientFilter->setAccessibleName(tr("Recipient"));
    m_recipientFilter->setPlaceholderText(tr("Search recipient (+44…)"));
    m_recipientFilter->setClearButtonEnabled(true);
    m_recipientFilter->setMinimumWidth(180);

    m_timeFilter = new QComboBox(bar);
    m_timeFilter->setAccessibleName(tr("Time range"));
    m_timeFilter->addItem(tr("Last hour"), 3600);
    m_timeFilter->addItem(tr("Last 24 hours"), 86400);
    m_timeFilter->addItem(tr("Last 7 days"), 7 * 86400);
    m_timeFilter->addItem(tr("All time"), 0);
    m_timeFilter->setCurrentIndex(3);

    m_newButton = new QPushButton(tr("New session…"), bar);
    m_newButton->setAccessibleName(tr("New session…"));
    m_newButton->setToolTip(tr("Create a consent session for a client (Ctrl+N)"));
    m_revokeButton = new QPushButton(tr("Revoke…"), bar);
    m_revokeButton->setAccessibleName(tr("Revoke…"));
    m_revokeButton->setToolTip(tr("Revoke the selected session (Delete)"));
    m_presentButton = new QPushButton(tr("Show in QR presenter"), bar);
    m_presentButton->setAccessibleName(tr("Show in QR presenter"));
    m_presentButton->setToolTip(tr("Show the selected session's QR code large (Enter)"));

    row->addWidget(m_clientFilter);
    row->addWidget(m_statusFilter);
    row->addWidget(m_recipientFilter, 1);
    row->addWidget(m_timeFilter);
    row->addSpacing(12);
    row->addWidget(m_newButton);
    row->addWidget(m_revokeButton);
    row->addWidget(m_presentButton);

    for (QComboBox *combo : {m_clientFilter, m_statusFilter, m_timeFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConsentsPanel::applyFilter);
    connect(m_recipientFilter, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_recipientFilter, &QLineEdit::returnPressed, this, &ConsentsPanel::applyFilter);
    connect(m_newButton, &QPushButton::clicked, this, &ConsentsPanel::newSession);
    connect(m_revokeButton, &QPushButton::clicked, this, &ConsentsPanel::revokeCurrent);
    connect(m_presentButton, &QPushButton::clicked, this, &ConsentsPanel::presentCurrent);

    m_banner = createErrorBanner(this, tr("Error"));
    return bar;
}

QWidget *ConsentsPanel::buildTable()
{
    m_table = createRecordTable(m_proxy, ConsentsModel::Status,
                                {140, 215, 120, 120, 90, 100, 140, 140}, this);
    m_table->setAccessibleName(tr("Consent sessions"));
    m_table->sortByColumn(ConsentsModel::Created, Qt::DescendingOrder);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsentsPanel::onCurrentRowChanged);
    new QShortcut(QKeySequence::Delete, m_table, this, &ConsentsPanel::revokeCurrent,
                  Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::Key_Return), m_table, this, &ConsentsPanel::presentCurrent,
                  Qt::WidgetShortcut);

    // The empty-state message sits in the middle of the (empty) table.
    m_emptyState = createEmptyState(m_table, tr("Empty state"));
    return m_table;
}

QWidget *ConsentsPanel::buildDetails()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(createSectionTitle(tr("Session details"), content));

    auto *form = m_form = createDetailsGrid();
    for (const DetailField &f : kDetailFields) {
        const QString label = tr(f.label);
        const QString key = QLatin1String(f.key);
        QLabel *value = createValueLabel(content, label);
        m_fields.insert(key, value);
        if (key.endsWith(QLatin1String("Url")) || key == QLatin1String("deepLink")) {
            // Links do not wrap at sensible places: one line, clipped, full text as tooltip.
            value->setWordWrap(false);
            value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        }
        if (key != QLatin1String("sessionId") && key != QLatin1String("approvalUrl")) {
            addDetailsRow(form, label + QLatin1Char(':'), value);
            continue;
        }
        // Session id and approval link are what operators paste elsewhere: a copy button.
        const QString copyText =
            key == QLatin1String("sessionId") ? tr("Copy session ID") : tr("Copy approval link");
        auto *copy = new QPushButton(tr("Copy"), content);
        copy->setAccessibleName(copyText);
        copy->setToolTip(copyText);
        copy->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
        connect(copy, &QPushButton::clicked, this, [this, f] { copyField(f.key); });
        auto *line = new QHBoxLayout;
        line->addWidget(value, 1);
        line->addWidget(copy, 0, Qt::AlignTop);
        addDetailsRow(form, label + QLatin1Char(':'), line);
    }
    column->addLayout(form);

    column->addWidget(createSectionTitle(tr("Timeline"), content));
    m_timeline = new ConsentTimeline(content);
    column->addWidget(m_timeline);

    column->addWidget(createSectionTitle(tr("Metadata"), content));
    m_metadata = new QPlainTextEdit(content);
    m_metadata->setAccessibleName(tr("Metadata"));
    m_metadata->setReadOnly(true);
    m_metadata->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_metadata->setMaximumHeight(120);
    column->addWidget(m_metadata);

    column->addWidget(createSectionTitle(tr("Webhook deliveries"), content));
    m_deliveries = new WebhookDeliveriesModel(m_session.api(), this);
    m_deliveriesTable = createRecordTable(m_deliveries, WebhookDeliveriesModel::Status,
                                          {0, 130, 160, 100, 70}, content);
    m_deliveriesTable->setObjectName(QStringLiteral("consentDeliveries"));
    m_deliveriesTable->setAccessibleName(tr("Webhook deliveries"));
    m_deliveriesTable->setToolTip(tr("Double-click a delivery (or press Enter) to inspect it in "
                                     "the Webhooks panel"));
    m_deliveriesTable->setSortingEnabled(false);
    m_deliveriesTable->setTextElideMode(Qt::ElideMiddle);
    m_deliveriesTable->setColumnHidden(WebhookDeliveriesModel::Time, true);
    m_deliveriesTable->setColumnHidden(WebhookDeliveriesModel::NextRetry, true);
    m_deliveriesTable->setColumnHidden(WebhookDeliveriesModel::Latency, true);
    m_deliveriesTable->horizontalHeader()->setStretchLastSection(false);
    m_deliveriesTable->horizontalHeader()->setSectionResizeMode(WebhookDeliveriesModel::Endpoint,
                                                                QHeaderView::Stretch);
    m_deliveriesTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_deliveriesTable->setMinimumHeight(m_deliveriesTable->verticalHeader()->defaultSectionSize() *
                                            4 +
                                        m_deliveriesTable->horizontalHeader()->sizeHint().height());
    m_deliveriesTable->setMaximumHeight(m_deliveriesTable->minimumHeight() * 3 / 2);
    m_deliveriesEmpty = createEmptyState(m_deliveriesTable, tr("Webhook deliveries state"));
    m_deliveriesEmpty->setObjectName(QStringLiteral("consentDeliveriesEmpty"));
    connect(m_deliveriesTable, &QTableView::doubleClicked, this, &ConsentsPanel::openDelivery);
    new QShortcut(
        QKeySequence(Qt::Key_Return), m_deliveriesTable, this,
        [this] { openDelivery(m_deliveriesTable->currentIndex()); }, Qt::WidgetShortcut);
    connect(m_deliveries, &WebhookDeliveriesModel::loadingChanged, this,
            &ConsentsPanel::updateDeliveriesState);
    connect(m_deliveries, &WebhookDeliveriesModel::loadFailed, this, [this](const QString &e) {
        m_deliveriesEmpty->setText(tr("The deliveries could not be loaded: %1").arg(e));
    });
    onRowCountChange(m_deliveries, this, [this] { updateDeliveriesState(); });
    column->addWidget(m_deliveriesTable);
    column->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Session details"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *placeholder = new QLabel(tr("Select a session to see its details."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_detailsStack = new QStackedWidget(this);
    m_detailsStack->addWidget(placeholder);
    m_detailsStack->addWidget(scroll);
    m_detailsStack->setMinimumWidth(320);
    return m_detailsStack;
}

void ConsentsPanel::reload()
{
    m_banner->hide();
    m_currentId.clear();
    m_current = {};
    m_detailsStack->setCurrentIndex(0);
    m_clients->reload();
    m_model->reload();
    updateActions();
}

void ConsentsPanel::applyFilter()
{
    m_searchDelay.stop();
    ConsentsModel::Filter f;
    f.clientId = m_clientFilter->currentData().toString();
    f.status = m_statusFilter->currentData().toString();
    f.recipient = m_recipientFilter->text().trimmed();
    const int seconds = m_timeFilter->currentData().toInt();
    if (seconds > 0)
        f.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    m_banner->hide();
    m_model->setFilter(f);
    updateEmptyState();
}

void ConsentsPanel::refillClientFilter()
{
    if (!mid::ui::refillClientFilter(m_clientFilter, *m_clients))
        applyFilter();
}

void ConsentsPanel::onEvent(const StreamEvent &event)
{
    m_clients->applyEvent(event);
    m_model->applyEvent(event);
    if (!m_currentId.isEmpty()) // only the shown session's deliveries are listed
        m_deliveries->applyEvent(event);
    if (!event.type.startsWith(QLatin1String("consent.")) ||
        ConsentsModel::idOf(event.data) != m_currentId)
        return;
    QJsonObject merged = m_current;
    for (auto it = event.data.begin(); it != event.data.end(); ++it)
        merged.insert(it.key(), it.value());
    showDetails(merged);
}

void ConsentsPanel::onCurrentRowChanged()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return; // keep showing the last session (its row may just have been filtered out)
    showDetails(index.data(ConsentsModel::ConsentRole).toJsonObject());
}

void ConsentsPanel::showDetails(const QJsonObject &consent)
{
    m_current = consent;
    m_currentId = ConsentsModel::idOf(consent);
    for (int row = 0; row < int(std::size(kDetailFields)); ++row) {
        const QString key = QLatin1String(kDetailFields[row].key);
        QString value = fieldText(consent, key);
        if (key == QLatin1String("clientName") && value.isEmpty())
            value = m_clients->nameOf(jsonText(consent, "clientId"));
        QLabel *label = m_fields.value(key);
        label->setText(value);
        label->setToolTip(label->wordWrap() ? QString() : value);
        // Only what this session has: no rows of empty "Revoked:" or "Device:".
        showDetailsRow(m_form, row, !value.isEmpty());
    }
    m_timeline->setConsent(consent);
    WebhookDeliveriesModel::Filter deliveries;
    deliveries.resource = m_currentId;
    if (!m_currentId.isEmpty())
        m_deliveries->setFilter(deliveries); // reads them when another session is shown
    updateDeliveriesState();
    const QJsonObject metadata = consent.value(QStringLiteral("metadata")).toObject();
    m_metadata->setPlainText(
        metadata.isEmpty() ? tr("(none)") : QString::fromUtf8(QJsonDocument(metadata).toJson()));
    m_detailsStack->setCurrentIndex(1);
    updateActions();
}

void ConsentsPanel::updateActions()
{
    const QString status = jsonText(m_current, "status");
    const bool revocable =
        status == QLatin1String("pending") || status == QLatin1String("approved");
    m_revokeButton->setEnabled(m_session.canWrite() && revocable);
    m_newButton->setEnabled(m_session.canWrite());
    m_presentButton->setEnabled(!m_currentId.isEmpty());
}

void ConsentsPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    const ConsentsModel::Filter &f = m_model->filter();
    const bool filtered =
        !f.clientId.isEmpty() || !f.status.isEmpty() || !f.recipient.isEmpty() || f.from.isValid();
    if (m_model->isLoading())
        m_emptyState->setText(tr("Loading consent sessions…"));
    else if (filtered)
        m_emptyState->setText(tr("No consent sessions match the filter."));
    else
        m_emptyState->setText(tr("No consent sessions yet.\nNew sessions appear here as soon "
                                 "as a client creates them."));
    m_emptyState->setVisible(empty);
}

void ConsentsPanel::revokeCurrent()
{
    if (!m_revokeButton->isEnabled())
        return;
    const QString id = m_currentId;
    const bool approved = jsonText(m_current, "status") == QLatin1String("approved");
    const QString consequence =
        approved ? tr("The approval is withdrawn; the client is told by webhook.")
                 : tr("The recipient can no longer approve it.");
    const auto answer =
        QMessageBox::question(this, tr("Revoke consent session"),
                              tr("Revoke session %1 for %2?\n\n%3 This cannot be undone.")
                                  .arg(id, jsonText(m_current, "recipient"), consequence),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_session.api().revokeConsent(id, this, [this, id](const ApiResult &r) {
        if (!r.ok()) {
            QMessageBox::warning(this, tr("Revoke failed"),
                                 tr("Session %1 was not revoked: %2").arg(id, r.errorText()));
            return;
        }
        if (!r.object().isEmpty())
            m_model->upsert(r.object()); // the event will confirm it; show it at once
        if (id == m_currentId && !r.object().isEmpty())
            showDetails(r.object());
    });
}

void ConsentsPanel::newSession()
{
    if (!m_session.canWrite())
        return;
    auto *dialog = new NewSessionDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClientId(m_clientFilter->currentData().toString());
    connect(dialog, &NewSessionDialog::created, this, [this](const QJsonObject &consent) {
        m_model->upsert(consent);
        const int row = m_model->rowOf(ConsentsModel::idOf(consent));
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        else
            showDetails(consent); // filtered out of the table, but the operator wants to see it
    });
    dialog->open();
}

void ConsentsPanel::presentCurrent()
{
    if (!m_currentId.isEmpty())
        Q_EMIT presentRequested(m_currentId);
}

void ConsentsPanel::updateDeliveriesState()
{
    if (m_deliveries->isLoading())
        m_deliveriesEmpty->setText(tr("Loading deliveries…"));
    else if (m_deliveries->rowCount() == 0)
        m_deliveriesEmpty->setText(tr("None: the client has no webhook endpoint for these "
                                      "events, and the session has no callback URL."));
    m_deliveriesEmpty->setVisible(m_deliveries->rowCount() == 0);
}

void ConsentsPanel::openDelivery(const QModelIndex &index)
{
    const QString id = index.data(WebhookDeliveriesModel::IdRole).toString();
    if (!id.isEmpty())
        Q_EMIT deliveryRequested(id);
}

void ConsentsPanel::copyField(const char *key)
{
    const QString value = jsonText(m_current, key);
    if (!value.isEmpty())
        QApplication::clipboard()->setText(value);
}

} // namespace mid::ui
