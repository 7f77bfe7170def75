#include "SigningPanel.h"

#include "ServerSession.h"
#include "client/SealVerifier.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"
#include "models/SigningSessionsModel.h"
#include "widgets/JsonView.h"
#include "widgets/PanelParts.h"
#include "widgets/StatusDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>

namespace mid::ui {

namespace {

// The details pane's rows.
constexpr DetailField kDetailFields[] = {
    {"intent", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Intent")},
    {"signer", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Signer")},
    {"tenant", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Tenant")},
    {"reason", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Reason")},
    {"createdAt", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Created")},
    {"expiresAt", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Expires")},
    {"signedAt", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Signed")},
    {"decidedAt", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Decided")},
    {"documentContentType", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Document type")},
    {"id", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Session ID")},
    {"consentId", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Consent ID")},
};

// The evidence's rows (its long base64url values shortened; the whole in the tooltip).
constexpr DetailField kEvidenceFields[] = {
    {"credentialId", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Credential ID")},
    {"algorithm", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Algorithm")},
    {"deviceId", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Device")},
    {"signedAt", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Signed at")},
    {"authenticatorData", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Authenticator data")},
    {"signature", QT_TRANSLATE_NOOP("mid::ui::SigningPanel", "Signature")},
};

constexpr const char *kStatuses[] = {"pending", "signed", "rejected", "expired", "revoked"};

// A SHA-256 in hex as people read it: groups of eight.
QString groupedHex(const QString &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

QLabel *monospaceValue(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    QLabel *value = createValueLabel(parent, accessibleName);
    value->setObjectName(objectName);
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return value;
}

} // namespace

SigningPanel::SigningPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("signingPanel"), parent),
      m_clients(new ClientDirectory(session.api(), this)),
      m_model(new SigningSessionsModel(session.api(), *m_clients, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setAccessibleName(title());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SigningSessionsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    QWidget *table = buildTable();
    QWidget *details = buildDetails();
    QSplitter *splitter = createTableAndDetails(table, details, 2, {790, 450}, this);
    splitter->setObjectName(QStringLiteral("signingSplitter"));
    QWidget *filterBar = buildFilterBar(); // creates m_banner too
    m_model->presetFilter(filter());
    layOutRecordPanel(this, filterBar, m_banner, splitter);
    setTabOrder(m_tenantFilter, m_table);

    m_copiedDelay.setSingleShot(true);
    m_copiedDelay.setInterval(2500);
    connect(&m_copiedDelay, &QTimer::timeout, m_copiedNote, [this] {
        m_copiedNote->clear();
        m_copiedNote->hide();
    });

    connect(&m_session, &ServerSession::connected, this, &SigningPanel::reload);
    connect(&m_session, &ServerSession::eventReceived, this, &SigningPanel::onEvent);
    connect(m_clients, &ClientDirectory::changed, this, &SigningPanel::refillTenantFilter);
    connect(m_model, &SigningSessionsModel::loadingChanged, this, &SigningPanel::updateEmptyState);
    connect(m_model, &SigningSessionsModel::totalChanged, this, &SigningPanel::updateCount);
    connect(m_model, &SigningSessionsModel::countsChanged, this, &SigningPanel::updateStatusCounts);
    connect(m_model, &SigningSessionsModel::loadFailed, this, [this](const QString &error) {
        m_banner->setText(tr("Could not load the signing sessions: %1").arg(error));
        m_banner->show();
        m_emptyState->setText(tr("The signing sessions could not be loaded.\nPress F5 to try "
                                 "again."));
    });
    connect(m_model, &SigningSessionsModel::recordChanged, this, [this](const QString &id) {
        if (id != m_currentId)
            return;
        QJsonObject merged = m_current;
        const QJsonObject fresh = m_model->recordById(id);
        for (auto it = fresh.begin(); it != fresh.end(); ++it)
            merged.insert(it.key(), it.value());
        showSession(merged);
    });
    onRowCountChange(m_proxy, this, [this] { updateEmptyState(); });

    addPanelShortcut(this, QKeySequence::Refresh, [this] { reload(); });
    addPanelShortcut(this, QKeySequence::Save, [this] { saveEvidence(); });
    updateActions();
    updateEmptyState();
    updateCount();
}

QWidget *SigningPanel::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("signingFilterBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("signingStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->setToolTip(tr("Show the sessions in one state; the number is how many "
                                  "there are"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *status : kStatuses)
        m_statusFilter->addItem(StatusDelegate::label(QLatin1String(status)),
                                QLatin1String(status));

    m_tenantFilter = new QComboBox(bar);
    m_tenantFilter->setObjectName(QStringLiteral("signingTenantFilter"));
    m_tenantFilter->setAccessibleName(tr("Tenant"));
    m_tenantFilter->setToolTip(tr("Show the sessions of one tenant only"));
    m_tenantFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tenantFilter->addItem(tr("All tenants"), QString());

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("signingCount"));
    m_count->setAccessibleName(tr("Session count"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    row->addWidget(m_statusFilter);
    row->addWidget(m_tenantFilter);
    row->addStretch(1);
    row->addWidget(m_count);

    for (QComboBox *combo : {m_statusFilter, m_tenantFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &SigningPanel::applyFilter);

    m_banner = createErrorBanner(this, tr("Error"));
    m_banner->setObjectName(QStringLiteral("signingErrorBanner"));
    return bar;
}

QWidget *SigningPanel::buildTable()
{
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_table = createRecordTable(
        m_proxy, SigningSessionsModel::Status,
        {width(QStringLiteral("88 MMM 88:88")), 120, width(QStringLiteral("+447700900123")) + 8,
         std::max(width(SigningSessionsModel::intentLabel(QStringLiteral("signing"))),
                  width(SigningSessionsModel::intentLabel(QStringLiteral("mandate")))),
         140, statusColumnWidth(this, kStatuses, SigningSessionsModel::tr("Status")),
         width(QStringLiteral("88 MMM 88:88"))},
        this);
    // The document's name takes what is left, so the table needs no horizontal scroll bar.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SigningSessionsModel::Document, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setObjectName(QStringLiteral("signingTable"));
    m_table->setAccessibleName(tr("Signing session list"));
    m_table->sortByColumn(SigningSessionsModel::Created, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SigningPanel::onCurrentRowChanged);

    m_emptyState = createEmptyState(m_table, tr("Empty state"));
    m_emptyState->setObjectName(QStringLiteral("signingEmptyState"));
    return m_table;
}

QWidget *SigningPanel::buildDetails()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    auto *top = new QHBoxLayout;
    m_heading = createHeading(content, QStringLiteral("signingHeading"), tr("Document name"));
    m_statusPill = createStatusPill(content, QStringLiteral("signingStatus"), tr("Session status"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_statusPill, 0, Qt::AlignVCenter);
    column->addLayout(top);

    m_form = createDetailsGrid();
    for (const DetailField &f : kDetailFields) {
        const QString label = tr(f.label);
        QLabel *value = createValueLabel(content, label);
        value->setObjectName(QStringLiteral("signingField_") + QLatin1String(f.key));
        if (QByteArray(f.key).endsWith("Id") || f.key == QLatin1String("id") ||
            f.key == QLatin1String("signer"))
            value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_fields.append({QLatin1String(f.key), value});
        addDetailsRow(m_form, tr("%1:").arg(label), value);
    }
    // The document's fingerprint and the signer's link, each with its copy button.
    m_sha256 = monospaceValue(content, QStringLiteral("documentSha256"), tr("SHA-256"));
    m_copySha = new QPushButton(tr("Copy"), content);
    m_copySha->setObjectName(QStringLiteral("copySha256Button"));
    m_copySha->setAccessibleName(tr("Copy SHA-256"));
    m_copySha->setToolTip(tr("Put the document's SHA-256 on the clipboard"));
    auto *shaRow = new QHBoxLayout;
    shaRow->addWidget(m_sha256, 1);
    shaRow->addWidget(m_copySha, 0, Qt::AlignTop);
    addDetailsRow(m_form, tr("SHA-256:"), shaRow);
    m_link = monospaceValue(content, QStringLiteral("approvalLink"), tr("Approval link"));
    m_link->setWordWrap(false);
    m_link->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_copyLink = new QPushButton(tr("Copy"), content);
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    m_copyLink->setAccessibleName(tr("Copy approval link"));
    m_copyLink->setToolTip(tr("Put the link the signer's phone opens (the QR code's) on the "
                              "clipboard"));
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copyLink, 0, Qt::AlignTop);
    addDetailsRow(m_form, tr("Approval link:"), linkRow);
    column->addLayout(m_form);
    connect(m_copySha, &QPushButton::clicked, this,
            [this] { copy(jsonText(m_current, "documentSha256"), tr("SHA-256 copied.")); });
    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { copy(jsonText(m_current, "approvalUrl"), tr("Approval link copied.")); });

    m_copiedNote = new QLabel(content);
    m_copiedNote->setObjectName(QStringLiteral("signingCopiedNote"));
    m_copiedNote->setAccessibleName(tr("Clipboard"));
    m_copiedNote->setForegroundRole(QPalette::PlaceholderText);
    m_copiedNote->hide();
    column->addWidget(m_copiedNote);

    m_notSigned = new QLabel(content);
    m_notSigned->setObjectName(QStringLiteral("signingNotSigned"));
    m_notSigned->setAccessibleName(tr("Evidence"));
    m_notSigned->setWordWrap(true);
    m_notSigned->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_notSigned);
    column->addWidget(buildEvidence(content));
    column->addStretch(1);

    m_detailsStack = createDetailsStack(
        content,
        tr("Select a signing session to see the document's fingerprint, the signer's evidence "
           "and the seal, and to check the seal."),
        QStringLiteral("signingDetails"), this);
    m_detailsStack->widget(1)->setAccessibleName(tr("Signing session details"));
    return m_detailsStack;
}

QWidget *SigningPanel::buildEvidence(QWidget *content)
{
    m_evidence = new QWidget(content);
    m_evidence->setObjectName(QStringLiteral("signingEvidence"));
    auto *column = new QVBoxLayout(m_evidence);
    column->setContentsMargins(0, 8, 0, 0);

    column->addWidget(createSectionTitle(tr("Evidence"), m_evidence));
    m_evidenceForm = createDetailsGrid();
    for (const DetailField &f : kEvidenceFields) {
        const QString label = tr(f.label);
        QLabel *value = createValueLabel(m_evidence, label);
        value->setObjectName(QStringLiteral("evidenceField_") + QLatin1String(f.key));
        if (f.key != QLatin1String("signedAt") && f.key != QLatin1String("algorithm"))
            value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_evidenceFields.append({QLatin1String(f.key), value});
        addDetailsRow(m_evidenceForm, tr("%1:").arg(label), value);
    }
    column->addLayout(m_evidenceForm);
    column->addWidget(createSectionTitle(tr("Client data (decoded)"), m_evidence));
    m_clientData = new JsonView(m_evidence);
    m_clientData->setObjectName(QStringLiteral("clientDataJson"));
    m_clientData->setAccessibleName(tr("Client data"));
    m_clientData->setFixedHeight(fontMetrics().lineSpacing() * 8 + 12);
    column->addWidget(m_clientData);

    column->addSpacing(4);
    column->addWidget(createSectionTitle(tr("Seal"), m_evidence));
    m_seal = new QPlainTextEdit(m_evidence);
    m_seal->setObjectName(QStringLiteral("sealText"));
    m_seal->setAccessibleName(tr("Seal"));
    m_seal->setReadOnly(true);
    m_seal->setTabChangesFocus(true);
    m_seal->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_seal->setWordWrapMode(QTextOption::WrapAnywhere);
    m_seal->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);
    column->addWidget(m_seal);

    auto *buttons = new QHBoxLayout;
    m_verify = new QPushButton(tr("Verify seal"), m_evidence);
    m_verify->setObjectName(QStringLiteral("verifySealButton"));
    m_verify->setAccessibleName(tr("Verify seal"));
    m_verify->setToolTip(tr("Check the seal here, with the server's published keys only: its "
                            "signature, the document it names and the signer's assertion"));
    m_verify->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_copySeal = new QPushButton(tr("Copy seal"), m_evidence);
    m_copySeal->setObjectName(QStringLiteral("copySealButton"));
    m_copySeal->setAccessibleName(tr("Copy seal"));
    m_copySeal->setToolTip(tr("Put the seal (a compact JWS) on the clipboard"));
    m_save = new QPushButton(tr("Save evidence…"), m_evidence);
    m_save->setObjectName(QStringLiteral("saveEvidenceButton"));
    m_save->setAccessibleName(tr("Save evidence…"));
    m_save->setToolTip(tr("Save the evidence, the seal and the server's keys as one JSON file "
                          "anyone can check again (Ctrl+S)"));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    buttons->addWidget(m_verify);
    buttons->addWidget(m_copySeal);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    column->addLayout(buttons);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifySeal(); });
    connect(m_copySeal, &QPushButton::clicked, this,
            [this] { copy(jsonText(m_current, "seal"), tr("Seal copied.")); });
    connect(m_save, &QPushButton::clicked, this, &SigningPanel::saveEvidence);

    m_verdict = new QLabel(m_evidence);
    m_verdict->setObjectName(QStringLiteral("sealVerdict"));
    m_verdict->setAccessibleName(tr("Seal check"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->hide();
    column->addWidget(m_verdict);
    return m_evidence;
}

void SigningPanel::reload()
{
    m_banner->hide();
    m_currentId.clear();
    m_current = {};
    m_model->setShownId({});
    m_detailsStack->setCurrentIndex(0);
    m_clients->reload();
    m_model->reload();
    updateActions();
}

StatusRecordsModel::Filter SigningPanel::filter() const
{
    StatusRecordsModel::Filter f;
    f.status = m_statusFilter->currentData().toString();
    f.clientId = m_tenantFilter->currentData().toString();
    return f;
}

void SigningPanel::applyFilter()
{
    m_banner->hide();
    m_model->setFilter(filter());
    updateEmptyState();
}

void SigningPanel::refillTenantFilter()
{
    if (!refillClientFilter(m_tenantFilter, *m_clients))
        applyFilter();
}

void SigningPanel::updateStatusCounts()
{
    for (int i = 0; i < m_statusFilter->count(); ++i) {
        const QString status = m_statusFilter->itemData(i).toString();
        const qint64 n = status.isEmpty() ? m_model->countAll() : m_model->count(status);
        const QString label = status.isEmpty() ? tr("All statuses") : StatusDelegate::label(status);
        m_statusFilter->setItemText(i, n < 0 ? label : tr("%1 (%L2)").arg(label).arg(n));
    }
}

void SigningPanel::onEvent(const StreamEvent &event)
{
    m_clients->applyEvent(event);
    m_model->applyEvent(event);
}

void SigningPanel::onCurrentRowChanged()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QJsonObject session = index.data(SigningSessionsModel::RecordRole).toJsonObject();
    const bool other = StatusRecordsModel::idOf(session) != m_currentId;
    if (other)
        m_current = {};
    showSession(session);
    if (other)
        loadDetails(m_currentId);
}

void SigningPanel::loadDetails(const QString &id)
{
    const quint64 generation = ++m_detailsGeneration;
    m_session.api().getSigningSession(id, this, [this, id, generation](const ApiResult &r) {
        if (generation != m_detailsGeneration || id != m_currentId || !r.ok())
            return;
        m_model->upsert(r.object());
        showSession(r.object());
    });
}

void SigningPanel::showSession(const QJsonObject &session)
{
    const bool other = StatusRecordsModel::idOf(session) != m_currentId ||
                       jsonText(session, "seal") != jsonText(m_current, "seal");
    m_current = session;
    m_currentId = StatusRecordsModel::idOf(session);
    m_model->setShownId(m_currentId);
    const QString status = jsonText(session, "status");
    m_heading->setText(jsonText(session, "documentName"));
    setStatusPill(m_statusPill, status);
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString &key = m_fields.at(row).first;
        QString value;
        if (key == QLatin1String("intent"))
            value = SigningSessionsModel::intentLabel(jsonText(session, "intent"));
        else if (key == QLatin1String("tenant"))
            value = m_model->tenantOf(session);
        else if (key == QLatin1String("decidedAt") && !jsonText(session, "signedAt").isEmpty())
            value.clear(); // signed is when it was decided
        else if (key == QLatin1String("expiresAt") && status != QLatin1String("pending"))
            value.clear(); // no longer waits for anything
        else if (key.endsWith(QLatin1String("At")))
            value = ConsentsModel::displayTime(session.value(key).toString());
        else
            value = session.value(key).toString();
        m_fields.at(row).second->setText(value);
        showDetailsRow(m_form, row, !value.isEmpty());
    }
    const QString sha = jsonText(session, "documentSha256");
    m_sha256->setText(groupedHex(sha));
    m_sha256->setAccessibleDescription(sha);
    m_link->setText(jsonText(session, "approvalUrl"));
    m_link->setToolTip(jsonText(session, "approvalUrl"));

    const QJsonObject evidence = session.value(QStringLiteral("evidence")).toObject();
    for (int row = 0; row < m_evidenceFields.size(); ++row) {
        const QString &key = m_evidenceFields.at(row).first;
        const QString whole = evidence.value(key).toString();
        QLabel *label = m_evidenceFields.at(row).second;
        if (key == QLatin1String("signedAt"))
            label->setText(ConsentsModel::displayTime(whole));
        else if (key == QLatin1String("algorithm"))
            label->setText(whole);
        else
            label->setText(shortId(whole, 24, 12));
        label->setToolTip(whole);
        showDetailsRow(m_evidenceForm, row, !whole.isEmpty());
    }
    const QByteArray clientData =
        QByteArray::fromBase64(jsonText(evidence, "clientDataJSON").toLatin1(),
                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_clientData->setMaybeJson(QString::fromUtf8(clientData));
    m_seal->setPlainText(jsonText(session, "seal"));
    m_evidence->setVisible(!evidence.isEmpty());

    QString waiting;
    if (status == QLatin1String("pending"))
        waiting = tr("Waiting for %1 to sign on their phone: the evidence and the seal appear "
                     "here as soon as they do.")
                      .arg(jsonText(session, "signer"));
    else if (status == QLatin1String("rejected"))
        waiting = tr("The signer refused to sign: there is no evidence to keep.");
    else if (status == QLatin1String("expired"))
        waiting = tr("The session expired before the signer signed.");
    else if (status == QLatin1String("revoked"))
        waiting = tr("The tenant withdrew the session before it was signed.");
    else if (evidence.isEmpty())
        waiting = tr("Loading the evidence…");
    m_notSigned->setText(waiting);
    m_notSigned->setVisible(!waiting.isEmpty());
    if (other) {
        ++m_verifyGeneration; // a check on its way is of another seal
        m_verdict->clear();
        m_verdict->hide();
    }
    m_detailsStack->setCurrentIndex(1);
    updateActions();
}

void SigningPanel::copy(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_copiedNote->setText(what);
    m_copiedNote->show();
    m_copiedDelay.start();
}

void SigningPanel::updateActions()
{
    const bool sealed = !jsonText(m_current, "seal").isEmpty();
    m_verify->setEnabled(sealed);
    m_copySeal->setEnabled(sealed);
    m_save->setEnabled(sealed);
    m_copySha->setEnabled(!jsonText(m_current, "documentSha256").isEmpty());
    m_copyLink->setEnabled(!jsonText(m_current, "approvalUrl").isEmpty());
}

void SigningPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (m_model->isLoading())
        m_emptyState->setText(tr("Loading signing sessions…"));
    else if (!m_model->filter().isEmpty())
        m_emptyState->setText(tr("No signing sessions match the filter."));
    else
        m_emptyState->setText(tr("No signing sessions yet.\nA session appears here as soon as a "
                                 "tenant asks someone to sign a document "
                                 "(POST /v1/signing/sessions)."));
    m_emptyState->setVisible(empty);
}

void SigningPanel::updateCount()
{
    const qint64 total = m_model->total();
    if (total < 0)
        m_count->clear();
    else if (total == 1)
        m_count->setText(tr("1 session"));
    else
        m_count->setText(tr("%L1 sessions").arg(total));
}

// --- the seal --------------------------------------------------------------------------------

QString SigningPanel::sealVerdict() const
{
    return m_verdict->isVisible() ? m_verdict->text() : QString();
}

void SigningPanel::verifySeal(const QByteArray &seal)
{
    const QByteArray jws = seal.isEmpty() ? jsonText(m_current, "seal").toLatin1() : seal;
    const QString sha = jsonText(m_current, "documentSha256");
    if (jws.isEmpty())
        return;
    // A second click starts over: only the newest check's answer is shown.
    const quint64 generation = ++m_verifyGeneration;
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Checking the seal…"));
    m_verdict->show();
    // The keys the server publishes (public, unenveloped): read again for every check, so a
    // rotated key is seen.
    m_session.api().signingKeys(this, [this, jws, sha, generation](const ApiResult &r) {
        if (generation != m_verifyGeneration)
            return;
        if (!r.ok()) {
            updateActions();
            m_verdict->setText(
                tr("The server's keys could not be read (/dvs/jwks): %1").arg(r.errorText()));
            return;
        }
        // Two signature checks: off the GUI thread, as all crypto is.
        const QJsonObject jwks = r.object();
        QPointer<SigningPanel> self(this);
        QThreadPool::globalInstance()->start([self, jws, jwks, sha, generation] {
            const SealVerification result = mid::verifySeal(jws, jwks, sha);
            QMetaObject::invokeMethod(
                qApp,
                [self, result, generation] {
                    if (self && generation == self->m_verifyGeneration)
                        self->showVerdict(result);
                },
                Qt::QueuedConnection);
        });
    });
}

void SigningPanel::showVerdict(const SealVerification &result)
{
    updateActions();
    QString text;
    if (result.valid) {
        const QJsonValue iat = result.payload.value(QStringLiteral("iat"));
        const QDateTime at =
            iat.isDouble()
                ? QDateTime::fromSecsSinceEpoch(iat.toInteger())
                : QDateTime::fromString(jsonText(result.payload, "signedAt"), Qt::ISODateWithMs);
        text = tr("✓ Seal valid: signed by key %1 at %2; the signer's assertion commits to this "
                  "document's SHA-256.")
                   .arg(result.kid, localTime(at));
        if (!result.note.isEmpty())
            text += QLatin1Char('\n') + result.note;
    } else {
        text = tr("✕ Seal invalid: %1").arg(result.problem);
    }
    const QColor color = StatusDelegate::colorFor(result.valid ? QStringLiteral("verified")
                                                               : QStringLiteral("failed"));
    m_verdict->setText(text);
    m_verdict->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: 600; }").arg(color.name()));
    m_verdict->show();
    // The answer to a click at the bottom of the pane: in view.
    if (auto *scroll = qobject_cast<QScrollArea *>(m_detailsStack->widget(1)))
        QTimer::singleShot(0, scroll, [scroll, this] { scroll->ensureWidgetVisible(m_verdict); });
    Q_EMIT sealVerified(result.valid);
}

void SigningPanel::saveEvidence()
{
    if (!m_save->isEnabled() || m_currentId.isEmpty())
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_currentId + QStringLiteral(".evidence.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save evidence"), suggested,
                                                      tr("Evidence bundle (*.json)"));
    if (!path.isEmpty())
        saveEvidenceTo(path);
}

void SigningPanel::saveEvidenceTo(const QString &path)
{
    const QString id = m_currentId;
    if (id.isEmpty())
        return;
    m_session.api().signingEvidence(id, this, [this, path](const ApiResult &r) {
        if (!r.ok()) {
            reportApiError(this, tr("Signing"), tr("The evidence could not be read."), r,
                           tr("Error"));
            Q_EMIT evidenceSaved(path, false);
            return;
        }
        // The bundle as the server wrote it: what a third party checks is what it signed.
        QSaveFile file(path);
        const bool ok =
            file.open(QIODevice::WriteOnly) && file.write(r.raw) == r.raw.size() && file.commit();
        if (ok) {
            m_copiedNote->setText(tr("Evidence saved to %1.").arg(QDir::toNativeSeparators(path)));
            m_copiedNote->show();
            m_copiedDelay.start();
        } else {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Signing"),
                tr("The evidence could not be written to %1.").arg(QDir::toNativeSeparators(path)),
                QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(file.errorString());
            box->setAccessibleName(tr("Error"));
            box->open();
        }
        Q_EMIT evidenceSaved(path, ok);
    });
}

} // namespace mid::ui
