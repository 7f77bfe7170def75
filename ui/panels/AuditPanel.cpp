#include "AuditPanel.h"

#include "ServerSession.h"
#include "models/AuditModel.h"
#include "widgets/StatTile.h"
#include "widgets/StatusDelegate.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace mid::ui {

namespace {
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
} // namespace

AuditPanel::AuditPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("auditPanel"), parent),
      m_model(new AuditModel(session.api(), this))
{
    setAccessibleName(title());
    // Built in reading order, which is also the tab order: filters, table, details.
    QWidget *filterBar = buildFilterBar();
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAccessibleName(tr("Error"));
    m_banner->hide();
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::WindowText, StatusDelegate::colorFor(QStringLiteral("failed")));
    m_banner->setPalette(warning);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setAccessibleName(tr("Audit log and entry details"));
    splitter->addWidget(buildTable());
    splitter->addWidget(buildDetailsPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    addShortcuts();

    connect(m_model, &AuditModel::totalChanged, this, &AuditPanel::updateTotal);
    connect(m_model, &AuditModel::loadingChanged, this, &AuditPanel::updateEmptyState);
    connect(m_model, &AuditModel::modelReset, this, &AuditPanel::updateEmptyState);
    connect(m_model, &AuditModel::rowsInserted, this, &AuditPanel::updateEmptyState);
    connect(m_model, &AuditModel::requestSent, this, &AuditPanel::countOwnRequest);
    connect(m_model, &AuditModel::loadFailed, this, [this](const QString &message) {
        showBanner(tr("Could not read the audit log: %1").arg(message));
        updateEmptyState();
    });
    connect(&session, &ServerSession::eventReceived, this, &AuditPanel::onEvent);
    updateEmptyState();
}

QWidget *AuditPanel::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *grid = new QVBoxLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);

    auto *fields = new QHBoxLayout;
    m_text = addFilterField(tr("Search"), tr("Search actor, action, resource, details…"));
    m_actor = addFilterField(tr("Actor"), tr("Actor (client id or operator)"));
    m_action = addFilterField(tr("Action"), tr("Action, e.g. client.create"));
    m_resource = addFilterField(tr("Resource"), tr("Resource id"));
    m_userId = addFilterField(tr("User ID"), tr("User ID (email or usr_… id)"));
    m_userId->setToolTip(tr("Entries about this user: exactly the user ID the call concerned"));
    m_outcome = addFilterField(tr("Outcome"), tr("Status, e.g. 403"));
    m_outcome->setMaxLength(3);
    m_outcome->setMaximumWidth(m_outcome->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    for (QLineEdit *edit : {m_text, m_actor, m_action, m_resource, m_userId, m_outcome})
        fields->addWidget(edit, edit == m_text ? 2 : 1);

    auto *second = new QHBoxLayout;
    m_fromEnabled = new QCheckBox(tr("From"), bar);
    m_from = addTimeBound(m_fromEnabled, tr("From"), -24 * 3600);
    m_toEnabled = new QCheckBox(tr("To"), bar);
    m_to = addTimeBound(m_toEnabled, tr("To"), 0);
    for (QWidget *w : {static_cast<QWidget *>(m_fromEnabled), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_toEnabled), static_cast<QWidget *>(m_to)})
        second->addWidget(w);
    auto *apply = new QPushButton(tr("&Apply"), bar);
    apply->setAccessibleName(tr("Apply"));
    apply->setToolTip(tr("Show the entries that match the filter (Enter)"));
    connect(apply, &QPushButton::clicked, this, &AuditPanel::applyFilter);
    auto *clear = new QPushButton(tr("C&lear"), bar);
    clear->setAccessibleName(tr("Clear"));
    clear->setToolTip(tr("Remove every filter"));
    connect(clear, &QPushButton::clicked, this, &AuditPanel::clearFilter);
    m_export = new QPushButton(tr("E&xport…"), bar);
    m_export->setAccessibleName(tr("Export"));
    m_export->setToolTip(
        tr("Save the entries that match the filter as CSV or JSON Lines (Ctrl+E)"));
    connect(m_export, &QPushButton::clicked, this, &AuditPanel::exportLog);
    m_verify = new QPushButton(tr("&Verify integrity"), bar);
    m_verify->setAccessibleName(tr("Verify integrity"));
    m_verify->setToolTip(tr("Check the hash chain of the whole log for altered or missing rows"));
    connect(m_verify, &QPushButton::clicked, this, &AuditPanel::verifyIntegrity);
    m_integrity = new QLabel(bar);
    m_integrity->setAccessibleName(tr("Integrity result"));
    m_integrity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QWidget *w : {static_cast<QWidget *>(apply), static_cast<QWidget *>(clear)})
        second->addWidget(w);
    second->addStretch(1);
    second->addWidget(m_integrity);
    second->addWidget(m_verify);
    second->addWidget(m_export);

    grid->addLayout(fields);
    grid->addLayout(second);
    return bar;
}

QLineEdit *AuditPanel::addFilterField(const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::returnPressed, this, &AuditPanel::applyFilter);
    return edit;
}

QDateTimeEdit *AuditPanel::addTimeBound(QCheckBox *enabled, const QString &name, int offsetSeconds)
{
    // Unticked means "any time": an open bound is the common case and needs no date. Ticking
    // starts from a useful time (a day ago, now) rather than the widget's year 2000.
    enabled->setAccessibleName(tr("Limit by time: %1").arg(name));
    auto *edit = new QDateTimeEdit(this);
    edit->setAccessibleName(tr("%1 time").arg(name));
    edit->setDisplayFormat(kTimeFormat);
    edit->setCalendarPopup(true);
    // At its minimum the field reads "Any time" instead of a meaningless date.
    edit->setSpecialValueText(tr("Any time"));
    edit->setDateTime(edit->minimumDateTime());
    edit->setEnabled(false);
    edit->installEventFilter(this);
    connect(enabled, &QCheckBox::toggled, edit, [edit, offsetSeconds](bool on) {
        edit->setEnabled(on);
        edit->setDateTime(on ? QDateTime::currentDateTime().addSecs(offsetSeconds)
                             : edit->minimumDateTime());
    });
    return edit;
}

QWidget *AuditPanel::buildTable()
{
    m_tableStack = new QStackedWidget(this);
    auto *page = new QWidget(m_tableStack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *status = new QHBoxLayout;
    m_total = new QLabel(page);
    m_total->setAccessibleName(tr("Entries"));
    m_newRowsButton = new QPushButton(page);
    m_newRowsButton->setAccessibleName(tr("Refresh"));
    m_newRowsButton->setFlat(true);
    m_newRowsButton->setCursor(Qt::PointingHandCursor);
    m_newRowsButton->setToolTip(tr("Load the newest entries (F5)"));
    m_newRowsButton->hide();
    connect(m_newRowsButton, &QPushButton::clicked, this, &AuditPanel::reload);
    status->addWidget(m_total);
    status->addStretch(1);
    status->addWidget(m_newRowsButton);
    layout->addLayout(status);

    m_table = new QTableView(page);
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false); // the server's order (newest first) over the whole log
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so a million loaded rows scroll freely.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics fm = m_table->fontMetrics();
    const auto width = [&fm](const char *sample) {
        return fm.horizontalAdvance(QString::fromLatin1(sample)) + 24;
    };
    m_table->setColumnWidth(AuditModel::TimeColumn, width("2025-12-18 15:30:00"));
    m_table->setColumnWidth(AuditModel::ActorColumn, width("mid_client_000000000000"));
    m_table->setColumnWidth(AuditModel::ActionColumn, width("client.regenerate_key"));
    m_table->setColumnWidth(AuditModel::ResourceColumn, width("cons_0000000000000000"));
    m_table->setColumnWidth(AuditModel::OutcomeColumn, width("Outcome"));
    m_table->setColumnWidth(AuditModel::IpColumn, width("255.255.255.255"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPanel::showDetails);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(m_tableStack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAccessibleName(tr("No entries"));
    m_tableStack->addWidget(page);
    m_tableStack->addWidget(m_empty);
    return m_tableStack;
}

QLineEdit *AuditPanel::addDetailField(QFormLayout *form, const QString &label, const QString &name)
{
    // Read-only line edits rather than labels: long ids and hashes stay on one line, and the
    // operator can select and copy them with the keyboard.
    auto *field = new QLineEdit(form->parentWidget());
    field->setReadOnly(true);
    field->setFrame(false);
    field->setAccessibleName(name);
    field->setBackgroundRole(QPalette::Window);
    form->addRow(label + QLatin1Char(':'), field);
    return field;
}

QWidget *AuditPanel::buildDetailsPane()
{
    auto *pane = new QWidget(this);
    pane->setAccessibleName(tr("Entry details"));
    pane->setMinimumWidth(320);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Entry details"), pane);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    m_details.time = addDetailField(form, tr("Time"), tr("Entry time"));
    m_details.seq = addDetailField(form, tr("Sequence"), tr("Entry sequence"));
    m_details.id = addDetailField(form, tr("Entry ID"), tr("Entry ID"));
    m_details.actor = addDetailField(form, tr("Actor"), tr("Entry actor"));
    m_details.action = addDetailField(form, tr("Action"), tr("Entry action"));
    m_details.resource = addDetailField(form, tr("Resource"), tr("Entry resource"));
    m_details.outcome = addDetailField(form, tr("Outcome"), tr("Entry outcome"));
    m_details.ip = addDetailField(form, tr("IP"), tr("Entry IP"));
    m_details.userAgent = addDetailField(form, tr("User agent"), tr("Entry user agent"));
    m_details.requestId = addDetailField(form, tr("Request ID"), tr("Entry request ID"));
    m_details.hash = addDetailField(form, tr("Row hash"), tr("Entry row hash"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details.hash->setFont(mono);

    layout->addWidget(new QLabel(tr("Details:"), pane));
    m_details.json = new QPlainTextEdit(pane);
    m_details.json->setReadOnly(true);
    m_details.json->setFont(mono);
    m_details.json->setAccessibleName(tr("Entry details JSON"));
    m_details.json->setPlaceholderText(tr("Select an entry to see it in full."));
    m_details.json->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_details.json, 1);
    return pane;
}

void AuditPanel::addShortcuts()
{
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, [this] {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    });
    shortcut(QKeySequence::Refresh, [this] { reload(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportLog(); });
}

bool AuditPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in a time field applies the filter, as it does in the text fields.
    if (event->type() == QEvent::KeyPress && (watched == m_from || watched == m_to)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            applyFilter();
            return true;
        }
    }
    return Panel::eventFilter(watched, event);
}

AdminClient::AuditQuery AuditPanel::currentFilter() const
{
    AdminClient::AuditQuery q;
    q.text = m_text->text().trimmed();
    q.actor = m_actor->text().trimmed();
    q.action = m_action->text().trimmed();
    q.resource = m_resource->text().trimmed();
    q.userId = m_userId->text().trimmed();
    q.outcome = m_outcome->text().trimmed();
    if (m_fromEnabled->isChecked())
        q.from = m_from->dateTime();
    if (m_toEnabled->isChecked())
        q.to = m_to->dateTime().addSecs(59); // the minute shown is included whole
    return q;
}

void AuditPanel::applyFilter()
{
    const AdminClient::AuditQuery q = currentFilter();
    bool numeric = false;
    const int outcome = q.outcome.toInt(&numeric);
    if (!q.outcome.isEmpty() && (!numeric || outcome < 100 || outcome > 599)) {
        showBanner(tr("Outcome must be an HTTP status code from 100 to 599, e.g. 403."));
        m_outcome->setFocus();
        return;
    }
    if (q.from.isValid() && q.to.isValid() && q.from > q.to) {
        showBanner(tr("The “From” time is after the “To” time; swap them or untick one."));
        m_from->setFocus();
        return;
    }
    m_banner->hide();
    m_newRows = 0;
    m_newRowsButton->hide();
    m_model->setFilter(q);
}

void AuditPanel::clearFilter()
{
    for (QLineEdit *edit : {m_text, m_actor, m_action, m_resource, m_userId, m_outcome})
        edit->clear();
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    applyFilter();
}

void AuditPanel::reload()
{
    m_banner->hide();
    m_newRows = 0;
    m_newRowsButton->hide();
    m_model->setFilter(m_model->filter());
}

void AuditPanel::onEvent(const mid::StreamEvent &event)
{
    if (event.type != QLatin1String("audit.appended"))
        return;
    const qint64 rows = event.data.value(QStringLiteral("rows")).toInteger();
    const qint64 own = qMin(rows, m_ownRequests);
    m_ownRequests -= own;
    if (rows - own <= 0)
        return;
    m_newRows += rows - own;
    showNewRows();
}

void AuditPanel::showNewRows()
{
    m_newRowsButton->setText(
        m_newRows == 1
            ? tr("1 new entry — Refresh")
            : tr("%1 new entries — Refresh").arg(StatTile::formatNumber(double(m_newRows))));
    m_newRowsButton->show();
}

void AuditPanel::updateTotal()
{
    const qint64 total = m_model->total();
    if (total < 0)
        m_total->setText(tr("Loading…"));
    else if (total == 1)
        m_total->setText(tr("1 entry"));
    else
        m_total->setText(tr("%1 entries").arg(StatTile::formatNumber(double(total))));
}

void AuditPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!empty) {
        m_tableStack->setCurrentIndex(0);
        return;
    }
    if (m_model->isLoading())
        m_empty->setText(tr("Loading the audit log…"));
    else if (m_banner->isVisibleTo(this))
        m_empty->setText(tr("The audit log could not be read (see the message above)."));
    else
        m_empty->setText(tr("No audit entries match this filter.\nChange or clear the filter."));
    m_tableStack->setCurrentIndex(1);
    showDetails({});
}

void AuditPanel::showDetails(const QModelIndex &current)
{
    const bool valid = current.isValid() && current.row() < m_model->rowCount();
    if (!valid) {
        for (QLineEdit *f : {m_details.time, m_details.seq, m_details.id, m_details.actor,
                             m_details.action, m_details.resource, m_details.outcome, m_details.ip,
                             m_details.userAgent, m_details.requestId, m_details.hash})
            f->clear();
        m_details.json->clear();
        return;
    }
    const AuditRow &row = m_model->row(current.row());
    m_details.time->setText(
        tr("%1 (%2 UTC)")
            .arg(QLocale().toString(row.at.toLocalTime(), QLocale::LongFormat),
                 row.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))));
    m_details.seq->setText(QString::number(row.seq));
    m_details.id->setText(row.id);
    m_details.actor->setText(row.actor);
    m_details.action->setText(row.action);
    m_details.resource->setText(row.resource);
    m_details.outcome->setText(QString::number(row.outcome));
    m_details.ip->setText(row.ip);
    m_details.userAgent->setText(row.userAgent);
    m_details.requestId->setText(row.requestId);
    m_details.hash->setText(row.hash);
    for (QLineEdit *f : {m_details.time, m_details.userAgent, m_details.hash})
        f->setCursorPosition(0);
    m_details.json->setPlainText(
        row.details.isEmpty()
            ? tr("(no details)")
            : QString::fromUtf8(QJsonDocument(row.details).toJson(QJsonDocument::Indented)));
}

void AuditPanel::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

QMessageBox *AuditPanel::inform(QMessageBox::Icon icon, const QString &text,
                                const QString &informative)
{
    // Window-modal and opened, not exec()'d: the event loop (and the live stream) keeps going.
    auto *box = new QMessageBox(icon, tr("Audit log"), text, QMessageBox::Ok, this);
    box->setInformativeText(informative);
    box->setAccessibleName(text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

void AuditPanel::exportLog()
{
    if (m_exporter)
        return;
    const QString csv = tr("CSV (*.csv)");
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    QString selected = csv;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("audit-%1.csv")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                csv + QStringLiteral(";;") + jsonl, &selected);
    if (path.isEmpty())
        return;
    const auto format =
        selected == jsonl ? AuditExporter::Format::JsonLines : AuditExporter::Format::Csv;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + AuditExporter::suffix(format);
    exportTo(path, format);
}

void AuditPanel::exportTo(const QString &path, AuditExporter::Format format)
{
    if (m_exporter)
        return;
    m_exporter = new AuditExporter(m_session.api(), this);
    m_progress = new QProgressDialog(tr("Exporting the audit log…"), tr("Cancel"), 0, 0, this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setWindowTitle(tr("Export audit log"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // a quick export finishes without a flashing dialog
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &AuditExporter::cancel);
    connect(m_exporter, &AuditExporter::requestSent, this, &AuditPanel::countOwnRequest);
    connect(m_exporter, &AuditExporter::progress, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        m_progress->setLabelText(
            tr("Exported %1 of %2 entries…")
                .arg(StatTile::formatNumber(double(done)), StatTile::formatNumber(double(total))));
    });
    connect(m_exporter, &AuditExporter::finished, this, &AuditPanel::onExportFinished);
    m_export->setEnabled(false);
    m_exporter->start(currentFilter(), path, format);
}

void AuditPanel::onExportFinished(bool ok, const QString &message)
{
    const bool cancelled = m_exporter && m_exporter->wasCancelled();
    if (m_progress) {
        m_progress->disconnect(this);
        if (m_exporter)
            m_progress->disconnect(m_exporter);
        m_progress->deleteLater();
    }
    if (m_exporter)
        m_exporter->deleteLater();
    m_export->setEnabled(true);
    if (ok)
        inform(QMessageBox::Information, tr("Export complete"), message);
    else if (!cancelled)
        inform(QMessageBox::Warning, tr("The export failed; no file was written."), message);
}

void AuditPanel::verifyIntegrity()
{
    if (!m_verify->isEnabled())
        return;
    m_verify->setEnabled(false);
    m_integrity->setText(tr("Checking the hash chain…"));
    countOwnRequest();
    m_session.api().verifyAudit(this, [this](const ApiResult &r) {
        m_verify->setEnabled(true);
        showVerdict(r);
    });
}

void AuditPanel::showVerdict(const ApiResult &r)
{
    if (!r.ok()) {
        m_integrity->setText(tr("Integrity check failed to run"));
        inform(QMessageBox::Warning, tr("The integrity check could not run."), r.errorText());
        return;
    }
    const QJsonObject d = r.object();
    // Field names as AuditController::verify() writes them; the older names of the API
    // document (ok, brokenAt) are read as well.
    const bool intact =
        d.value(QStringLiteral("intact")).toBool(d.value(QStringLiteral("ok")).toBool());
    const QString checked =
        StatTile::formatNumber(double(d.value(QStringLiteral("checked")).toInteger()));
    if (intact) {
        const QString text = tr("Chain intact: %1 entries checked").arg(checked);
        m_integrity->setText(text);
        inform(QMessageBox::Information, text,
               tr("Every entry matches its hash and none is missing."));
        return;
    }
    const QJsonValue at = d.contains(QStringLiteral("brokenAtSeq"))
                              ? d.value(QStringLiteral("brokenAtSeq"))
                              : d.value(QStringLiteral("brokenAt"));
    const QString where = at.isString() ? at.toString() : QString::number(at.toInteger());
    const QString text =
        tr("Chain broken at entry %1: %2").arg(where, d.value(QStringLiteral("reason")).toString());
    m_integrity->setText(text);
    inform(QMessageBox::Critical, text,
           tr("%1 entries were checked. Entries from this one on cannot be trusted: compare the "
              "database with a backup and find out who had write access to it.")
               .arg(checked));
}

} // namespace mid::ui
