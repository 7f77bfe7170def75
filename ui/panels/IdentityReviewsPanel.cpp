#include "IdentityReviewsPanel.h"

#include "ServerSession.h"
#include "models/ConsentsModel.h"
#include "models/IdentityReviewsModel.h"
#include "models/JsonText.h"
#include "widgets/DocumentPreview.h"
#include "widgets/PanelParts.h"
#include "widgets/StatusDelegate.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mid::ui {

namespace {

// The details pane's rows.
constexpr DetailField kDetailFields[] = {
    {"type", QT_TRANSLATE_NOOP("mid::ui::IdentityReviewsPanel", "Document type")},
    {"mobile", QT_TRANSLATE_NOOP("mid::ui::IdentityReviewsPanel", "Mobile")},
    {"userId", QT_TRANSLATE_NOOP("mid::ui::IdentityReviewsPanel", "User")},
    {"tenant", QT_TRANSLATE_NOOP("mid::ui::IdentityReviewsPanel", "Tenant")},
    {"createdAt", QT_TRANSLATE_NOOP("mid::ui::IdentityReviewsPanel", "Submitted")},
    {"id", QT_TRANSLATE_NOOP("mid::ui::IdentityReviewsPanel", "Verification ID")},
};

// The decision history's rows.
constexpr DetailField kHistoryFields[] = {
    {"decidedBy", QT_TRANSLATE_NOOP("mid::ui::IdentityReviewsPanel", "Decided by")},
    {"decidedAt", QT_TRANSLATE_NOOP("mid::ui::IdentityReviewsPanel", "Decided")},
    {"note", QT_TRANSLATE_NOOP("mid::ui::IdentityReviewsPanel", "Note")},
};

// The status filter's choices, the queue first.
constexpr const char *kStatuses[] = {"pending", "verified", "rejected"};

constexpr int kMaxNote = 2000; // the API's limit

// One line of a check list: its result as a pill, its name and what it found.
struct CheckLine
{
    QString status; // passed, failed, skipped
    QString name;
    QString detail;
};

void clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void fillChecks(QGridLayout *grid, const QList<CheckLine> &lines)
{
    clearGrid(grid);
    QWidget *parent = grid->parentWidget();
    for (int row = 0; row < lines.size(); ++row) {
        const CheckLine &line = lines.at(row);
        QLabel *pill = createStatusPill(parent, QStringLiteral("checkResult"), line.name);
        setStatusPill(pill, line.status);
        pill->setAccessibleDescription(StatusDelegate::label(line.status));
        auto *name = new QLabel(line.name, parent);
        QFont bold = name->font();
        bold.setWeight(QFont::DemiBold);
        name->setFont(bold);
        QLabel *detail =
            createValueLabel(parent, IdentityReviewsPanel::tr("%1 detail").arg(line.name));
        detail->setText(line.detail);
        detail->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(pill, row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(name, row, 1, Qt::AlignTop);
        grid->addWidget(detail, row, 2, Qt::AlignTop);
    }
}

QString documentId(const QJsonObject &document)
{
    const QString id = jsonText(document, "id");
    return id.isEmpty() ? jsonText(document, "documentId") : id;
}

} // namespace

IdentityReviewsPanel::IdentityReviewsPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("identityReviewsPanel"), parent),
      m_clients(new ClientDirectory(session.api(), this)),
      m_model(new IdentityReviewsModel(session.api(), *m_clients, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setAccessibleName(title());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IdentityReviewsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    QWidget *table = buildTable();
    QWidget *details = buildDetails();
    QSplitter *splitter = createTableAndDetails(table, details, 2, {740, 500}, this);
    splitter->setObjectName(QStringLiteral("identityReviewsSplitter"));
    QWidget *filterBar = buildFilterBar(); // creates m_banner too
    m_model->presetFilter(filter());
    layOutRecordPanel(this, filterBar, m_banner, splitter);
    setTabOrder(m_tenantFilter, m_table);
    setTabOrder(m_table, m_documentPicker);
    setTabOrder(m_documentPicker, m_note);
    setTabOrder(m_note, m_reject);
    setTabOrder(m_reject, m_approve);

    connect(&m_session, &ServerSession::connected, this, &IdentityReviewsPanel::reload);
    connect(&m_session, &ServerSession::eventReceived, this, &IdentityReviewsPanel::onEvent);
    connect(m_clients, &ClientDirectory::changed, this, &IdentityReviewsPanel::refillTenantFilter);
    connect(m_model, &IdentityReviewsModel::loadingChanged, this,
            &IdentityReviewsPanel::updateEmptyState);
    connect(m_model, &IdentityReviewsModel::totalChanged, this, &IdentityReviewsPanel::updateCount);
    connect(m_model, &IdentityReviewsModel::countsChanged, this,
            &IdentityReviewsPanel::updateStatusCounts);
    connect(m_model, &IdentityReviewsModel::loadFailed, this, [this](const QString &error) {
        m_banner->setText(tr("Could not load the identity reviews: %1").arg(error));
        m_banner->show();
        m_emptyState->setText(tr("The identity reviews could not be loaded.\nPress F5 to try "
                                 "again."));
    });
    connect(m_model, &IdentityReviewsModel::recordChanged, this, [this](const QString &id) {
        if (id != m_currentId)
            return;
        QJsonObject merged = m_current;
        const QJsonObject fresh = m_model->recordById(id);
        for (auto it = fresh.begin(); it != fresh.end(); ++it)
            merged.insert(it.key(), it.value());
        showVerification(merged);
    });
    onRowCountChange(m_proxy, this, [this] { updateEmptyState(); });

    addPanelShortcut(this, QKeySequence::Refresh, [this] { reload(); });
    updateActions();
    updateEmptyState();
    updateCount();
}

QWidget *IdentityReviewsPanel::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("identityReviewsFilterBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("identityReviewsStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->setToolTip(tr("Show the verifications in one state; the number is how many "
                                  "there are"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const char *status : kStatuses)
        m_statusFilter->addItem(StatusDelegate::label(QLatin1String(status)),
                                QLatin1String(status));
    m_statusFilter->addItem(tr("All statuses"), QString());

    m_tenantFilter = new QComboBox(bar);
    m_tenantFilter->setObjectName(QStringLiteral("identityReviewsTenantFilter"));
    m_tenantFilter->setAccessibleName(tr("Tenant"));
    m_tenantFilter->setToolTip(tr("Show the verifications of one tenant only"));
    m_tenantFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tenantFilter->addItem(tr("All tenants"), QString());

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("identityReviewsCount"));
    m_count->setAccessibleName(tr("Verification count"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    row->addWidget(m_statusFilter);
    row->addWidget(m_tenantFilter);
    row->addStretch(1);
    row->addWidget(m_count);

    for (QComboBox *combo : {m_statusFilter, m_tenantFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &IdentityReviewsPanel::applyFilter);

    m_banner = createErrorBanner(this, tr("Error"));
    m_banner->setObjectName(QStringLiteral("identityReviewsErrorBanner"));
    return bar;
}

QWidget *IdentityReviewsPanel::buildTable()
{
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    QStringList types;
    for (const char *type : {"passport", "id_card", "driving_licence", "residence_permit"})
        types << IdentityReviewsModel::typeLabel(QLatin1String(type));
    int typeWidth = 0;
    for (const QString &type : std::as_const(types))
        typeWidth = std::max(typeWidth, width(type));
    m_table =
        createRecordTable(m_proxy, IdentityReviewsModel::Status,
                          {width(QStringLiteral("88 MMM 88:88")), 120, std::min(typeWidth, 110),
                           width(QStringLiteral("+447700900123")) + 8,
                           statusColumnWidth(this, kStatuses, IdentityReviewsModel::tr("Status"))},
                          this);
    // The checks take what is left, so the table needs no horizontal scroll bar.
    m_table->horizontalHeader()->setSectionResizeMode(IdentityReviewsModel::Checks,
                                                      QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setObjectName(QStringLiteral("identityReviewsTable"));
    m_table->setAccessibleName(tr("Verification list"));
    m_table->sortByColumn(IdentityReviewsModel::Created, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IdentityReviewsPanel::onCurrentRowChanged);

    m_emptyState = createEmptyState(m_table, tr("Empty state"));
    m_emptyState->setObjectName(QStringLiteral("identityReviewsEmptyState"));
    return m_table;
}

QWidget *IdentityReviewsPanel::buildDetails()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    auto *top = new QHBoxLayout;
    m_heading =
        createHeading(content, QStringLiteral("verificationHeading"), tr("Verification heading"));
    m_statusPill =
        createStatusPill(content, QStringLiteral("verificationStatus"), tr("Verification status"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_statusPill, 0, Qt::AlignVCenter);
    column->addLayout(top);

    m_form = createDetailsGrid();
    for (const DetailField &f : kDetailFields) {
        const QString label = tr(f.label);
        QLabel *value = createValueLabel(content, label);
        value->setObjectName(QStringLiteral("verificationField_") + QLatin1String(f.key));
        if (f.key == QLatin1String("id") || f.key == QLatin1String("mobile"))
            value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_fields.append({QLatin1String(f.key), value});
        addDetailsRow(m_form, tr("%1:").arg(label), value);
    }
    column->addLayout(m_form);
    column->addWidget(buildHistory(content));
    column->addSpacing(8);

    column->addWidget(createSectionTitle(tr("Automatic checks"), content));
    m_checks = new QGridLayout;
    m_checks->setColumnStretch(2, 1);
    m_checks->setHorizontalSpacing(10);
    m_checks->setVerticalSpacing(6);
    column->addLayout(m_checks);
    column->addSpacing(8);

    auto *documentsTitle = new QHBoxLayout;
    documentsTitle->addWidget(createSectionTitle(tr("Documents"), content));
    documentsTitle->addStretch(1);
    m_documentPicker = new QComboBox(content);
    m_documentPicker->setObjectName(QStringLiteral("documentPicker"));
    m_documentPicker->setAccessibleName(tr("Document"));
    m_documentPicker->setToolTip(tr("The documents sent with this verification"));
    m_documentPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    documentsTitle->addWidget(m_documentPicker);
    column->addLayout(documentsTitle);
    connect(m_documentPicker, &QComboBox::currentIndexChanged, this,
            &IdentityReviewsPanel::showDocument);

    m_documentInfo = createValueLabel(content, tr("Document details"));
    m_documentInfo->setObjectName(QStringLiteral("documentInfo"));
    m_documentInfo->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_documentInfo);
    m_preview = new DocumentPreview(m_session.api(), content);
    m_preview->setObjectName(QStringLiteral("documentPreview"));
    m_preview->setAccessibleName(tr("Document preview"));
    m_preview->setMinimumHeight(300);
    column->addWidget(m_preview);
    column->addSpacing(8);

    column->addWidget(createSectionTitle(tr("Machine-readable zone"), content));
    m_mrzLines = createValueLabel(content, tr("MRZ lines"));
    m_mrzLines->setObjectName(QStringLiteral("mrzLines"));
    m_mrzLines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_mrzLines->setWordWrap(false);
    m_mrzLines->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    column->addWidget(m_mrzLines);
    m_mrzSummary = createValueLabel(content, tr("MRZ fields"));
    m_mrzSummary->setObjectName(QStringLiteral("mrzSummary"));
    column->addWidget(m_mrzSummary);
    m_mrzChecks = new QGridLayout;
    m_mrzChecks->setColumnStretch(2, 1);
    m_mrzChecks->setHorizontalSpacing(10);
    m_mrzChecks->setVerticalSpacing(6);
    column->addLayout(m_mrzChecks);
    m_noMrz = new QLabel(tr("This document came without a machine-readable zone."), content);
    m_noMrz->setObjectName(QStringLiteral("noMrz"));
    m_noMrz->setAccessibleName(tr("No MRZ"));
    m_noMrz->setWordWrap(true);
    m_noMrz->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_noMrz);
    column->addSpacing(8);

    column->addStretch(1);

    m_detailsStack = createDetailsStack(
        content,
        tr("Select a verification to see the person's documents, the automatic checks and "
           "the MRZ, and to approve or reject it."),
        QStringLiteral("verificationDetails"), this);
    m_detailsStack->widget(1)->setAccessibleName(tr("Verification details"));
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("verificationPane"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_detailsStack, 1);
    layout->addWidget(buildDecision());
    return pane;
}

// The decision, under the details and always in view: a note, Reject and Approve.
QWidget *IdentityReviewsPanel::buildDecision()
{
    m_decision = new QWidget(this);
    m_decision->setObjectName(QStringLiteral("decisionBar"));
    auto *decision = new QVBoxLayout(m_decision);
    decision->setContentsMargins(9, 0, 9, 4);
    auto *rule = new QFrame(m_decision);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    decision->addWidget(rule);
    decision->addWidget(createSectionTitle(tr("Decision"), m_decision));
    m_note = new QPlainTextEdit(m_decision);
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Note for the record (required to reject), e.g. the photo "
                                  "does not match the holder"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 2 + 14);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_note->toPlainText().size() <= kMaxNote)
            return;
        const QSignalBlocker quiet(m_note);
        m_note->setPlainText(m_note->toPlainText().left(kMaxNote));
        m_note->moveCursor(QTextCursor::End);
    });
    decision->addWidget(m_note);

    auto *buttons = new QHBoxLayout;
    m_readOnlyNote =
        new QLabel(tr("Your role can read the reviews but not decide them."), m_decision);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setAccessibleName(tr("Read only"));
    m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);
    m_readOnlyNote->setWordWrap(true);
    m_reject = new QPushButton(tr("Reject…"), m_decision);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setAccessibleName(tr("Reject…"));
    m_reject->setToolTip(tr("Refuse this identity; the note says why (required)"));
    m_reject->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_approve = new QPushButton(tr("Approve…"), m_decision);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setAccessibleName(tr("Approve…"));
    m_approve->setToolTip(tr("Mark this identity as verified"));
    m_approve->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    buttons->addWidget(m_readOnlyNote, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    decision->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, &IdentityReviewsPanel::approveCurrent);
    connect(m_reject, &QPushButton::clicked, this, &IdentityReviewsPanel::rejectCurrent);
    m_decision->hide();
    return m_decision;
}

// Who decided, when and why, under the verification's fields once it is decided.
QWidget *IdentityReviewsPanel::buildHistory(QWidget *content)
{
    m_history = new QWidget(content);
    m_history->setObjectName(QStringLiteral("decisionHistory"));
    auto *history = new QVBoxLayout(m_history);
    history->setContentsMargins(0, 8, 0, 0);
    history->addWidget(createSectionTitle(tr("Decision history"), m_history));
    m_historyForm = createDetailsGrid();
    for (const DetailField &f : kHistoryFields) {
        const QString label = tr(f.label);
        QLabel *value = createValueLabel(m_history, label);
        value->setObjectName(QStringLiteral("decisionField_") + QLatin1String(f.key));
        m_historyFields.append({QLatin1String(f.key), value});
        addDetailsRow(m_historyForm, tr("%1:").arg(label), value);
    }
    history->addLayout(m_historyForm);
    m_history->hide();
    return m_history;
}

void IdentityReviewsPanel::reload()
{
    m_banner->hide();
    m_currentId.clear();
    m_current = {};
    m_model->setShownId({});
    m_preview->clear();
    m_decision->hide();
    m_detailsStack->setCurrentIndex(0);
    m_clients->reload();
    m_model->reload();
    updateActions();
}

StatusRecordsModel::Filter IdentityReviewsPanel::filter() const
{
    StatusRecordsModel::Filter f;
    f.status = m_statusFilter->currentData().toString();
    f.clientId = m_tenantFilter->currentData().toString();
    return f;
}

void IdentityReviewsPanel::applyFilter()
{
    m_banner->hide();
    m_model->setFilter(filter());
    updateEmptyState();
}

void IdentityReviewsPanel::refillTenantFilter()
{
    if (!refillClientFilter(m_tenantFilter, *m_clients))
        applyFilter();
}

void IdentityReviewsPanel::updateStatusCounts()
{
    for (int i = 0; i < m_statusFilter->count(); ++i) {
        const QString status = m_statusFilter->itemData(i).toString();
        const qint64 n = status.isEmpty() ? m_model->countAll() : m_model->count(status);
        const QString label = status.isEmpty() ? tr("All statuses") : StatusDelegate::label(status);
        m_statusFilter->setItemText(i, n < 0 ? label : tr("%1 (%L2)").arg(label).arg(n));
    }
}

void IdentityReviewsPanel::onEvent(const StreamEvent &event)
{
    m_clients->applyEvent(event);
    m_model->applyEvent(event);
}

void IdentityReviewsPanel::onCurrentRowChanged()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QJsonObject verification = index.data(IdentityReviewsModel::RecordRole).toJsonObject();
    const bool other = StatusRecordsModel::idOf(verification) != m_currentId;
    if (other) {
        m_note->clear();
        m_current = {};
        m_documents = {};
        const QSignalBlocker quiet(m_documentPicker);
        m_documentPicker->clear();
        m_documentPicker->hide();
        m_preview->clear();
        m_documentInfo->setText(tr("Loading the documents…"));
    }
    showVerification(verification);
    if (other)
        loadDetails(m_currentId);
}

void IdentityReviewsPanel::loadDetails(const QString &id)
{
    const quint64 generation = ++m_detailsGeneration;
    m_session.api().getIdentityReview(id, this, [this, id, generation](const ApiResult &r) {
        if (generation != m_detailsGeneration || id != m_currentId)
            return;
        if (!r.ok()) {
            m_documentInfo->setText(tr("The documents could not be loaded: %1").arg(r.errorText()));
            return;
        }
        m_model->upsert(r.object()); // the row follows, and recordChanged shows it
        showVerification(r.object());
    });
}

void IdentityReviewsPanel::showVerification(const QJsonObject &verification)
{
    m_current = verification;
    m_currentId = StatusRecordsModel::idOf(verification);
    m_model->setShownId(m_currentId);
    const QString status = jsonText(verification, "status");
    const QString name = IdentityReviewsModel::claimedNameOf(verification);
    m_heading->setText(name.isEmpty() ? IdentityReviewsModel::subjectOf(verification) : name);
    setStatusPill(m_statusPill, status);
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString &key = m_fields.at(row).first;
        QString value;
        if (key == QLatin1String("type"))
            value = IdentityReviewsModel::typeLabel(jsonText(verification, "type"));
        else if (key == QLatin1String("tenant"))
            value = m_model->tenantOf(verification);
        else if (key == QLatin1String("createdAt"))
            value = ConsentsModel::displayTime(jsonText(verification, "createdAt"));
        else
            value = verification.value(key).toString();
        m_fields.at(row).second->setText(value);
        showDetailsRow(m_form, row, !value.isEmpty());
    }

    QList<CheckLine> checks;
    for (const QJsonValue &v : verification.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        checks.append({jsonText(c, "status"), IdentityReviewsModel::checkLabel(jsonText(c, "name")),
                       jsonText(c, "detail")});
    }
    fillChecks(m_checks, checks);

    // The documents come with the detail read only; a row from the list keeps what is shown.
    if (verification.contains(QStringLiteral("documents"))) {
        const QJsonArray documents = verification.value(QStringLiteral("documents")).toArray();
        const QString shown = m_documentPicker->currentData().toString();
        const bool same = documents == m_documents;
        m_documents = documents;
        if (!same) {
            const QSignalBlocker quiet(m_documentPicker);
            m_documentPicker->clear();
            for (const QJsonValue &d : documents)
                m_documentPicker->addItem(jsonText(d.toObject(), "filename"),
                                          documentId(d.toObject()));
            const int keep = m_documentPicker->findData(shown);
            m_documentPicker->setCurrentIndex(keep >= 0 ? keep : 0);
        }
        m_documentPicker->setVisible(documents.size() > 1);
        showDocument(m_documentPicker->currentIndex());
    }

    const bool decided = !status.isEmpty() && status != QLatin1String("pending");
    for (int row = 0; row < m_historyFields.size(); ++row) {
        const QString &key = m_historyFields.at(row).first;
        const QString value = key == QLatin1String("decidedAt")
                                  ? ConsentsModel::displayTime(jsonText(verification, "decidedAt"))
                                  : verification.value(key).toString();
        m_historyFields.at(row).second->setText(value);
        showDetailsRow(m_historyForm, row, !value.isEmpty());
    }
    m_history->setVisible(decided);
    m_decision->setVisible(!decided && !m_currentId.isEmpty());
    m_detailsStack->setCurrentIndex(1);
    updateActions();
}

void IdentityReviewsPanel::showDocument(int index)
{
    if (index < 0 || index >= m_documents.size()) {
        m_preview->clear();
        m_documentInfo->setText(tr("No document was sent with this verification."));
        m_mrzLines->clear();
        m_mrzSummary->clear();
        fillChecks(m_mrzChecks, {});
        m_noMrz->setVisible(false);
        return;
    }
    const QJsonObject document = m_documents.at(index).toObject();
    m_documentInfo->setText(
        tr("%1 · %2 · %3 · SHA-256 %4")
            .arg(jsonText(document, "filename"), jsonText(document, "contentType"),
                 QLocale().formattedDataSize(document.value(QStringLiteral("size")).toInteger()),
                 shortId(jsonText(document, "sha256"), 8, 8)));
    m_documentInfo->setToolTip(jsonText(document, "sha256"));
    m_preview->showDocument(document);

    const QJsonObject mrz = document.value(QStringLiteral("mrz")).toObject();
    m_noMrz->setVisible(mrz.isEmpty());
    m_mrzLines->setVisible(!mrz.isEmpty());
    m_mrzSummary->setVisible(!mrz.isEmpty());
    QStringList lines;
    for (const QJsonValue &l : mrz.value(QStringLiteral("lines")).toArray())
        lines << l.toString().toHtmlEscaped();
    m_mrzLines->setText(lines.join(QStringLiteral("<br>")));
    const QJsonObject f = mrz.value(QStringLiteral("fields")).toObject();
    m_mrzSummary->setText(
        mrz.isEmpty()
            ? QString()
            : tr("%1, %2 · document %3 · nationality %4 · born %5 · sex %6 · expires %7")
                  .arg(jsonText(f, "surname"), jsonText(f, "givenNames"),
                       jsonText(f, "documentNumber"), jsonText(f, "nationality"),
                       jsonText(f, "birthDate"), jsonText(f, "sex"), jsonText(f, "expiryDate")));
    QList<CheckLine> checks;
    for (const QJsonValue &v : mrz.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        checks.append({c.value(QStringLiteral("valid")).toBool() ? QStringLiteral("passed")
                                                                 : QStringLiteral("failed"),
                       IdentityReviewsModel::checkLabel(jsonText(c, "name")),
                       tr("check digit: expected %1, found %2")
                           .arg(jsonText(c, "expected"), jsonText(c, "found"))});
    }
    fillChecks(m_mrzChecks, checks);
}

void IdentityReviewsPanel::updateActions()
{
    const bool pending = jsonText(m_current, "status") == QLatin1String("pending");
    const bool write = m_session.canWrite();
    const bool can = write && pending && !m_currentId.isEmpty() && !m_deciding;
    m_approve->setEnabled(can);
    m_reject->setEnabled(can);
    m_note->setReadOnly(!write);
    m_readOnlyNote->setVisible(!write);
}

void IdentityReviewsPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    const StatusRecordsModel::Filter &f = m_model->filter();
    if (m_model->isLoading())
        m_emptyState->setText(tr("Loading identity reviews…"));
    else if (f.status == QLatin1String("pending") && f.clientId.isEmpty())
        m_emptyState->setText(tr("Nothing to review.\nA verification appears here as soon as a "
                                 "tenant submits one (POST /v1/identity/verify)."));
    else
        m_emptyState->setText(tr("No verifications match the filter."));
    m_emptyState->setVisible(empty);
}

void IdentityReviewsPanel::updateCount()
{
    const qint64 total = m_model->total();
    if (total < 0)
        m_count->clear();
    else if (total == 1)
        m_count->setText(tr("1 verification"));
    else
        m_count->setText(tr("%L1 verifications").arg(total));
}

// --- decisions -------------------------------------------------------------------------------

void IdentityReviewsPanel::approveCurrent()
{
    if (!m_approve->isEnabled())
        return;
    const QString note = m_note->toPlainText().trimmed();
    const QString who = m_heading->text();
    confirmDestructive(this, tr("Approve identity"),
                       tr("Mark the identity of %1 as verified?\n\nThe tenant is told at once "
                          "and the decision is final.")
                           .arg(who),
                       tr("Approve"), tr("Cancel"),
                       [this, note] { decide(QStringLiteral("verified"), note); });
}

void IdentityReviewsPanel::rejectCurrent()
{
    if (!m_reject->isEnabled())
        return;
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("A note is needed"),
                                    tr("Write in the note why this identity is rejected: the "
                                       "tenant and the audit log keep it."),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setAccessibleName(tr("A note is needed"));
        box->button(QMessageBox::Ok)->setAccessibleName(tr("OK"));
        connect(box, &QMessageBox::finished, m_note, [this] { m_note->setFocus(); });
        box->open();
        return;
    }
    confirmDestructive(this, tr("Reject identity"),
                       tr("Reject the identity of %1?\n\nNote: %2\n\nThe tenant is told at "
                          "once and the decision is final.")
                           .arg(m_heading->text(), note),
                       tr("Reject"), tr("Cancel"),
                       [this, note] { decide(QStringLiteral("rejected"), note); });
}

void IdentityReviewsPanel::decide(const QString &decision, const QString &note)
{
    const QString id = m_currentId;
    m_deciding = true;
    updateActions();
    m_session.api().decideIdentityReview(id, decision, note, this, [this, id](const ApiResult &r) {
        m_deciding = false;
        if (!r.ok()) {
            updateActions();
            reportApiError(this, tr("Identity reviews"), tr("The decision was not recorded."), r,
                           tr("Error"));
            return;
        }
        if (id == m_currentId)
            m_note->clear();
        m_model->upsert(r.object()); // the event confirms it; show it now
        if (id == m_currentId)
            loadDetails(id);
        updateActions();
    });
}

} // namespace mid::ui
