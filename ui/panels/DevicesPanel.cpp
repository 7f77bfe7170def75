#include "DevicesPanel.h"

#include "ServerSession.h"
#include "models/DevicesModel.h"
#include "models/JsonText.h"
#include "panels/MpinIdentitiesSection.h"
#include "panels/MpinIdentitiesView.h"
#include "widgets/PanelParts.h"
#include "widgets/StatusDelegate.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mid::ui {

namespace {

// The details pane's rows.
constexpr DetailField kDetailFields[] = {
    {"id", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "Device ID")},
    {"mobile", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "Mobile")},
    {"model", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "Model")},
    {"os", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "Operating system")},
    {"appVersion", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "App version")},
    {"userId", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "User")},
    {"blockReason", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "Block reason")},
    {"createdAt", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "Registered")},
    {"lastUsedAt", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "Last used")},
    {"blockedAt", QT_TRANSLATE_NOOP("mid::ui::DevicesPanel", "Blocked")},
};

QString fieldText(const QJsonObject &d, const QString &key)
{
    const QJsonObject info = d.value(QStringLiteral("deviceInfo")).toObject();
    if (key == QLatin1String("id"))
        return DevicesModel::idOf(d);
    if (key == QLatin1String("lastUsedAt"))
        return DevicesModel::displayTime(DevicesModel::lastUsedOf(d));
    if (key == QLatin1String("createdAt"))
        return DevicesModel::displayTime(jsonText(d, "createdAt"));
    if (key == QLatin1String("blockedAt"))
        return DevicesModel::displayTime(jsonText(d, "blockedAt"));
    const QString value = d.value(key).toString();
    return value.isEmpty() ? info.value(key).toString() : value;
}

QString algorithmName(const QJsonValue &alg)
{
    if (alg.isString())
        return alg.toString();
    switch (alg.toInt()) {
    case -7:
        return QStringLiteral("ES256");
    case -8:
        return QStringLiteral("EdDSA");
    case -257:
        return QStringLiteral("RS256");
    default:
        return QString::number(alg.toInt());
    }
}

} // namespace

DevicesPanel::DevicesPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("devicesPanel"), parent),
      m_model(new DevicesModel(session.api(), this)), m_proxy(new QSortFilterProxyModel(this)),
      m_credentials(new QStandardItemModel(this))
{
    setAccessibleName(title());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DevicesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_identities = new MpinIdentitiesView(session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Device views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDevicesView(), tr("&Devices"));
    m_tabs->addTab(m_identities, tr("&MPin identities"));
    m_tabs->setTabToolTip(DevicesView, tr("Every registered device and its credentials"));
    m_tabs->setTabToolTip(IdentitiesView,
                          tr("Every project's MPin identities: who activated which device"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);
    // No event tells of an identity renamed or revoked elsewhere (seed 004's paths, another
    // console): the list is read again whenever it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == IdentitiesView)
            m_identities->reload();
    });
    connect(m_mpinSection, &MpinIdentitiesSection::identityChanged, this,
            &DevicesPanel::identityChanged);
    connect(m_identities, &MpinIdentitiesView::identityChanged, this,
            &DevicesPanel::identityChanged);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &DevicesPanel::applyFilter);

    connect(&m_session, &ServerSession::connected, this, &DevicesPanel::reload);
    connect(&m_session, &ServerSession::eventReceived, this, &DevicesPanel::onEvent);
    connect(m_model, &DevicesModel::loadingChanged, this, &DevicesPanel::updateEmptyState);
    connect(m_model, &DevicesModel::loadFailed, this, [this](const QString &error) {
        m_banner->setText(tr("Could not load the devices: %1").arg(error));
        m_banner->show();
        m_emptyState->setText(tr("The devices could not be loaded.\nPress F5 to try again."));
    });
    connect(m_model, &DevicesModel::deviceChanged, this, [this](const QString &id) {
        if (id != m_currentId)
            return;
        const QJsonObject device = m_model->deviceById(id);
        if (!device.isEmpty()) {
            QJsonObject merged = m_current;
            for (auto it = device.begin(); it != device.end(); ++it)
                merged.insert(it.key(), it.value());
            showDevice(merged);
        }
    });
    onRowCountChange(m_proxy, this, [this] { updateEmptyState(); });

    addPanelShortcut(this, QKeySequence::Refresh, [this] { reload(); });
    focusSearchOnFind(this, m_mobileFilter);
    updateActions();
    updateEmptyState();
}

QWidget *DevicesPanel::buildDevicesView()
{
    auto *page = new QWidget(this);
    QWidget *table = buildTable();
    QWidget *details = buildDetails();
    QSplitter *splitter = createTableAndDetails(table, details, 2, {800, 420}, page);
    QWidget *filterBar = buildFilterBar(); // creates m_banner too
    layOutRecordPanel(page, filterBar, m_banner, splitter);
    return page;
}

void DevicesPanel::showView(View view)
{
    m_tabs->setCurrentIndex(view);
}

QWidget *DevicesPanel::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_mobileFilter = new QLineEdit(bar);
    m_mobileFilter->setAccessibleName(tr("Mobile number"));
    m_mobileFilter->setPlaceholderText(tr("Search mobile number (+44…)"));
    m_mobileFilter->setClearButtonEnabled(true);
    m_mobileFilter->setMinimumWidth(220);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *s : {"active", "blocked", "deregistered"})
        m_statusFilter->addItem(StatusDelegate::label(QLatin1String(s)), QLatin1String(s));

    auto button = [bar](const QString &label, const QString &tip) {
        auto *b = new QPushButton(label, bar);
        b->setAccessibleName(label);
        b->setToolTip(tip);
        return b;
    };
    m_blockButton = button(tr("Block…"), tr("Refuse every authentication from the selected "
                                            "device until it is unblocked"));
    m_unblockButton = button(tr("Unblock"), tr("Let the selected device authenticate again"));
    m_deregisterButton = button(tr("Deregister…"), tr("Revoke the selected device's "
                                                      "credentials for good (Delete)"));
    m_blockButton->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_deregisterButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    row->addWidget(m_mobileFilter, 1);
    row->addWidget(m_statusFilter);
    row->addSpacing(12);
    row->addWidget(m_blockButton);
    row->addWidget(m_unblockButton);
    row->addWidget(m_deregisterButton);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &DevicesPanel::applyFilter);
    connect(m_mobileFilter, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_mobileFilter, &QLineEdit::returnPressed, this, &DevicesPanel::applyFilter);
    connect(m_blockButton, &QPushButton::clicked, this, &DevicesPanel::blockCurrent);
    connect(m_unblockButton, &QPushButton::clicked, this, &DevicesPanel::unblockCurrent);
    connect(m_deregisterButton, &QPushButton::clicked, this, &DevicesPanel::deregisterCurrent);

    m_banner = createErrorBanner(this, tr("Error"));
    return bar;
}

QWidget *DevicesPanel::buildTable()
{
    m_table =
        createRecordTable(m_proxy, DevicesModel::Status, {125, 150, 90, 100, 85, 125, 125}, this);
    m_table->setAccessibleName(tr("Device list"));
    m_table->sortByColumn(DevicesModel::Registered, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    // The model name takes what is left, so the table never needs a horizontal scroll bar.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DevicesModel::Model, QHeaderView::Stretch);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DevicesPanel::onCurrentRowChanged);
    new QShortcut(QKeySequence::Delete, m_table, this, &DevicesPanel::deregisterCurrent,
                  Qt::WidgetShortcut);

    m_emptyState = createEmptyState(m_table, tr("Empty state"));
    return m_table;
}

QWidget *DevicesPanel::buildDetails()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    auto *head = new QHBoxLayout;
    m_heading = new QLabel(content);
    m_heading->setAccessibleName(tr("Device"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    m_heading->setFont(big);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusBadge = new QLabel(content);
    m_statusBadge->setAccessibleName(tr("Device status"));
    head->addWidget(m_heading);
    head->addWidget(m_statusBadge, 0, Qt::AlignVCenter);
    head->addStretch(1);
    column->addLayout(head);
    column->addSpacing(4);

    m_form = createDetailsGrid();
    for (const DetailField &f : kDetailFields) {
        const QString label = tr(f.label);
        QLabel *value = createValueLabel(content, label);
        m_fields.append({QLatin1String(f.key), value});
        addDetailsRow(m_form, tr("%1:").arg(label), value);
    }
    column->addLayout(m_form);
    column->addSpacing(8);

    column->addWidget(createSectionTitle(tr("Credentials"), content));
    m_credentialsView = new QTableView(content);
    m_credentialsView->setAccessibleName(tr("Credentials"));
    m_credentialsView->setModel(m_credentials);
    m_credentialsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_credentialsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_credentialsView->setAlternatingRowColors(true);
    m_credentialsView->setWordWrap(false);
    m_credentialsView->verticalHeader()->hide();
    m_credentialsView->horizontalHeader()->setStretchLastSection(true);
    m_credentialsView->horizontalHeader()->setHighlightSections(false);
    m_credentials->setHorizontalHeaderLabels({tr("Credential ID"), tr("Algorithm"),
                                              tr("Sign count"), tr("Last used"), tr("Created"),
                                              tr("Transports"), tr("AAGUID")});
    for (int c = 4; c < 7; ++c) // created, transports, AAGUID: in the line below the table
        m_credentialsView->setColumnHidden(c, true);
    m_credentialsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_credentialsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_credentialsView->horizontalHeader()->setStretchLastSection(false);
    column->addWidget(m_credentialsView);
    m_credentialInfo = new QLabel(content);
    m_credentialInfo->setAccessibleName(tr("Credential details"));
    m_credentialInfo->setWordWrap(true);
    m_credentialInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_credentialInfo->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_credentialInfo);
    connect(m_credentialsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCredentialInfo(current.row()); });
    m_noCredentials = new QLabel(tr("This device holds no active credential."), content);
    m_noCredentials->setAccessibleName(tr("No credentials"));
    m_noCredentials->setForegroundRole(QPalette::PlaceholderText);
    m_noCredentials->hide();
    column->addWidget(m_noCredentials);
    m_mpinSection = new MpinIdentitiesSection(m_session, content);
    column->addWidget(m_mpinSection);
    column->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Device details"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *placeholder = new QLabel(tr("Select a device to see its details and credentials."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_detailsStack = new QStackedWidget(this);
    m_detailsStack->addWidget(placeholder);
    m_detailsStack->addWidget(scroll);
    m_detailsStack->setMinimumWidth(340);
    return m_detailsStack;
}

void DevicesPanel::reload()
{
    m_banner->hide();
    m_currentId.clear();
    m_current = {};
    m_credentials->removeRows(0, m_credentials->rowCount());
    m_detailsStack->setCurrentIndex(0);
    m_model->reload();
    m_mpinSection->showDevice({});
    m_mpinSection->updateButtons();
    m_identities->reload();
    updateActions();
}

void DevicesPanel::applyFilter()
{
    m_searchDelay.stop();
    DevicesModel::Filter f;
    f.mobile = m_mobileFilter->text().trimmed();
    f.status = m_statusFilter->currentData().toString();
    m_banner->hide();
    m_model->setFilter(f);
    updateEmptyState();
}

void DevicesPanel::onEvent(const StreamEvent &event)
{
    m_model->applyEvent(event);
    m_mpinSection->applyEvent(event);
    m_identities->applyEvent(event);
    // Credentials change with registrations and deregistrations: read them again.
    if (!m_currentId.isEmpty() && event.type.startsWith(QLatin1String("device.")) &&
        DevicesModel::idOf(event.data) == m_currentId)
        loadDetails(m_currentId);
}

void DevicesPanel::onCurrentRowChanged()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QJsonObject device = index.data(DevicesModel::DeviceRole).toJsonObject();
    const bool other = DevicesModel::idOf(device) != m_currentId;
    showDevice(device);
    if (other)
        loadDetails(m_currentId);
}

void DevicesPanel::loadDetails(const QString &id)
{
    const quint64 generation = ++m_detailsGeneration;
    m_session.api().getDevice(id, this, [this, id, generation](const ApiResult &r) {
        if (generation != m_detailsGeneration || id != m_currentId || !r.ok())
            return;
        m_model->upsert(r.object()); // brings the credential count up to date as well
        QJsonObject merged = m_current;
        const QJsonObject fresh = r.object();
        for (auto it = fresh.begin(); it != fresh.end(); ++it)
            merged.insert(it.key(), it.value());
        showDevice(merged);
    });
}

void DevicesPanel::showDevice(const QJsonObject &device)
{
    m_current = device;
    m_currentId = DevicesModel::idOf(device);
    const QString status = DevicesModel::statusOf(device);
    m_heading->setText(jsonText(device, "mobile"));
    setStatusPill(m_statusBadge, status);
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString value = fieldText(device, m_fields.at(row).first);
        m_fields.at(row).second->setText(value);
        // Only what this device has: no empty "Block reason:" for an active one.
        showDetailsRow(m_form, row, !value.isEmpty());
    }

    m_credentials->removeRows(0, m_credentials->rowCount());
    const QJsonValue credentials = device.value(QStringLiteral("credentials"));
    for (const QJsonValue &v : credentials.toArray()) {
        const QJsonObject c = v.toObject();
        QStringList transports;
        for (const QJsonValue &t : c.value(QStringLiteral("transports")).toArray())
            transports << t.toString();
        const QString id = jsonText(c, "id");
        QList<QStandardItem *> row{
            new QStandardItem(shortId(id)),
            new QStandardItem(algorithmName(c.value(QStringLiteral("alg")))),
            new QStandardItem(QString::number(c.value(QStringLiteral("signCount")).toInteger())),
            new QStandardItem(jsonText(c, "lastUsedAt").isEmpty()
                                  ? tr("Never")
                                  : DevicesModel::displayTime(jsonText(c, "lastUsedAt"))),
            new QStandardItem(DevicesModel::displayTime(jsonText(c, "createdAt"))),
            new QStandardItem(transports.join(QStringLiteral(", "))),
            new QStandardItem(jsonText(c, "aaguid")),
        };
        QString note;
        if (!jsonText(c, "revokedAt").isEmpty())
            note = tr("Revoked %1").arg(DevicesModel::displayTime(jsonText(c, "revokedAt")));
        else if (c.value(QStringLiteral("flagged")).toBool())
            note = tr("Flagged: its signature counter went backwards (possible clone)");
        row.first()->setToolTip(note.isEmpty() ? id : tr("%1\n%2").arg(id, note));
        row.first()->setData(id, Qt::UserRole);
        if (!note.isEmpty()) {
            row.first()->setText(row.first()->text() + (jsonText(c, "revokedAt").isEmpty()
                                                            ? tr(" ⚠ flagged")
                                                            : tr(" (revoked)")));
            for (QStandardItem *item : row)
                item->setForeground(palette().color(QPalette::PlaceholderText));
        }
        m_credentials->appendRow(row);
    }
    for (int c = 1; c < 4; ++c)
        m_credentialsView->resizeColumnToContents(c);
    showCredentialInfo(0);
    // As tall as its rows (a device has one credential, rarely a few), not a half-empty box.
    const int rows = qMax(1, m_credentials->rowCount());
    m_credentialsView->setFixedHeight(
        qMin(200, m_credentialsView->horizontalHeader()->sizeHint().height() +
                      rows * m_credentialsView->verticalHeader()->defaultSectionSize() +
                      2 * m_credentialsView->frameWidth() + 2));
    const bool known = credentials.isArray();
    m_noCredentials->setVisible(known && m_credentials->rowCount() == 0);
    m_credentialsView->setVisible(!known || m_credentials->rowCount() > 0);
    m_mpinSection->showDevice(m_currentId);
    m_detailsStack->setCurrentIndex(1);
    updateActions();
}

// Renamed or revoked in one place: the other shows it too, and a revocation revoked the
// device's credential.
void DevicesPanel::identityChanged(const QJsonObject &identity)
{
    m_mpinSection->apply(identity);
    m_identities->apply(identity);
    if (identity.value(QStringLiteral("deviceId")).toString() == m_currentId)
        loadDetails(m_currentId);
}

void DevicesPanel::showCredentialInfo(int row)
{
    if (row < 0 || row >= m_credentials->rowCount()) {
        m_credentialInfo->clear();
        m_credentialInfo->hide();
        return;
    }
    const auto cell = [this, row](int column) { return m_credentials->item(row, column)->text(); };
    QString info = tr("Created %1 · transports: %2 · AAGUID %3")
                       .arg(cell(4), cell(5).isEmpty() ? tr("none given") : cell(5), cell(6));
    const QString id = m_credentials->item(row, 0)->data(Qt::UserRole).toString();
    m_credentialInfo->setText(tr("Credential %1\n%2").arg(id, info));
    m_credentialInfo->show();
}

void DevicesPanel::updateActions()
{
    const bool write = m_session.canWrite();
    const bool selected = !m_currentId.isEmpty();
    const QString status = DevicesModel::statusOf(m_current);
    const bool gone = status == QLatin1String("deregistered");
    m_blockButton->setEnabled(write && selected && status == QLatin1String("active"));
    m_unblockButton->setEnabled(write && selected && status == QLatin1String("blocked"));
    m_deregisterButton->setEnabled(write && selected && !gone);
}

void DevicesPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    const DevicesModel::Filter &f = m_model->filter();
    if (m_model->isLoading())
        m_emptyState->setText(tr("Loading devices…"));
    else if (!f.mobile.isEmpty() || !f.status.isEmpty())
        m_emptyState->setText(tr("No devices match the filter."));
    else
        m_emptyState->setText(tr("No devices registered yet.\nA phone appears here as soon as "
                                 "it registers a passkey (try the Device simulator)."));
    m_emptyState->setVisible(empty);
}

// --- actions ---------------------------------------------------------------------------------

void DevicesPanel::blockCurrent()
{
    if (!m_blockButton->isEnabled())
        return;
    const QString id = m_currentId;
    askReason(jsonText(m_current, "mobile"), [this, id](const QString &reason) {
        m_session.api().blockDevice(id, reason, this, [this](const ApiResult &r) {
            if (!r.ok())
                reportError(tr("The device could not be blocked."), r);
            else if (!r.object().isEmpty())
                m_model->upsert(r.object()); // the event confirms it; show it now
        });
    });
}

void DevicesPanel::unblockCurrent()
{
    if (!m_unblockButton->isEnabled())
        return;
    m_session.api().unblockDevice(m_currentId, this, [this](const ApiResult &r) {
        if (!r.ok())
            reportError(tr("The device could not be unblocked."), r);
        else if (!r.object().isEmpty())
            m_model->upsert(r.object());
    });
}

void DevicesPanel::deregisterCurrent()
{
    if (!m_deregisterButton->isEnabled())
        return;
    const QString id = m_currentId;
    const QString mobile = jsonText(m_current, "mobile");
    confirm(tr("Deregister device"),
            tr("Deregister the device of %1 (%2)?\n\nIts credentials are revoked at once: the "
               "phone can no longer approve anything and must enroll again. This cannot be "
               "undone.")
                .arg(mobile, id),
            tr("Deregister"), [this, id] {
                m_session.api().deregisterDevice(id, this, [this, id](const ApiResult &r) {
                    if (!r.ok()) {
                        reportError(tr("The device could not be deregistered."), r);
                        return;
                    }
                    QJsonObject gone = r.object();
                    if (DevicesModel::idOf(gone).isEmpty())
                        gone.insert(QStringLiteral("id"), id);
                    if (!gone.contains(QStringLiteral("status")))
                        gone.insert(QStringLiteral("status"), QStringLiteral("deregistered"));
                    m_model->upsert(gone);
                });
            });
}

void DevicesPanel::askReason(const QString &mobile, std::function<void(const QString &)> then)
{
    TextPrompt prompt;
    prompt.title = tr("Block device");
    prompt.text = tr("Block the device of %1?\n\nWhile blocked it cannot approve or reject "
                     "anything; its authentications are refused (403) and recorded. You can "
                     "unblock it later.")
                      .arg(mobile);
    prompt.fieldLabel = tr("&Reason:");
    prompt.fieldName = tr("Reason");
    prompt.placeholder = tr("e.g. reported lost by its owner");
    prompt.action = tr("Block");
    prompt.cancelName = tr("Cancel");
    prompt.required = true;
    askForText(this, prompt, std::move(then));
}

void DevicesPanel::confirm(const QString &title, const QString &text, const QString &action,
                           std::function<void()> then)
{
    confirmDestructive(this, title, text, action, tr("Cancel"), std::move(then));
}

void DevicesPanel::reportError(const QString &what, const ApiResult &result)
{
    reportApiError(this, tr("Devices"), what, result, tr("Error"));
}

} // namespace mid::ui
