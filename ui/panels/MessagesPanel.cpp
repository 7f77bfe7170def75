#include "MessagesPanel.h"

#include "ServerSession.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"
#include "models/MessagesModel.h"
#include "widgets/PanelParts.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mid::ui {

namespace {

// The details pane's rows.
constexpr DetailField kDetailFields[] = {
    {"createdAt", QT_TRANSLATE_NOOP("mid::ui::MessagesPanel", "Sent")},
    {"channel", QT_TRANSLATE_NOOP("mid::ui::MessagesPanel", "Channel")},
    {"to", QT_TRANSLATE_NOOP("mid::ui::MessagesPanel", "To")},
    {"purpose", QT_TRANSLATE_NOOP("mid::ui::MessagesPanel", "Purpose")},
    {"tenant", QT_TRANSLATE_NOOP("mid::ui::MessagesPanel", "Tenant")},
    {"id", QT_TRANSLATE_NOOP("mid::ui::MessagesPanel", "Message ID")},
};

// The purposes the box sends messages for (the filter's choices).
constexpr const char *kPurposes[] = {"enrollment"};

// "123456" as "123 456": a code read out loud or typed from the screen is read in groups.
QString groupedCode(const QString &code)
{
    if (code.size() < 6)
        return code;
    const qsizetype half = (code.size() + 1) / 2;
    return code.left(half) + QLatin1Char(' ') + code.mid(half);
}

} // namespace

MessagesPanel::MessagesPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("messagesPanel"), parent),
      m_clients(new ClientDirectory(session.api(), this)),
      m_model(new MessagesModel(session.api(), *m_clients, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setAccessibleName(title());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MessagesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    QWidget *table = buildTable();
    QWidget *details = buildDetails();
    QSplitter *splitter = createTableAndDetails(table, details, 1, {880, 360}, this);
    splitter->setObjectName(QStringLiteral("messagesSplitter"));
    QWidget *filterBar = buildFilterBar(); // creates m_banner too
    layOutRecordPanel(this, filterBar, m_banner, splitter);
    // Tab order in reading order: filters, the table, then the details' buttons.
    setTabOrder(m_tenantFilter, m_table);
    setTabOrder(m_table, m_body);
    setTabOrder(m_body, m_copyMessage);
    setTabOrder(m_copyMessage, m_copyCode);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(350);
    connect(&m_searchDelay, &QTimer::timeout, this, &MessagesPanel::applyFilter);
    m_copiedDelay.setSingleShot(true);
    m_copiedDelay.setInterval(2500);
    connect(&m_copiedDelay, &QTimer::timeout, m_copiedNote, &QLabel::clear);

    connect(&m_session, &ServerSession::connected, this, &MessagesPanel::reload);
    connect(&m_session, &ServerSession::eventReceived, this, &MessagesPanel::onEvent);
    connect(m_clients, &ClientDirectory::changed, this, &MessagesPanel::refillTenantFilter);
    connect(m_clients, &ClientDirectory::changed, this, [this] {
        if (!m_currentId.isEmpty())
            showMessage(m_current); // the tenant's name may have arrived
    });
    connect(m_model, &MessagesModel::loadingChanged, this, &MessagesPanel::updateEmptyState);
    connect(m_model, &MessagesModel::totalChanged, this, &MessagesPanel::updateCount);
    connect(m_model, &MessagesModel::loadFailed, this, [this](const QString &error) {
        m_banner->setText(tr("Could not load the messages: %1").arg(error));
        m_banner->show();
        m_emptyState->setText(tr("The messages could not be loaded.\nPress F5 to try again."));
    });
    connect(m_model, &MessagesModel::messageChanged, this, [this](const QString &id) {
        if (id == m_currentId)
            showMessage(m_model->messageById(id)); // its body arrived
    });
    onRowCountChange(m_proxy, this, [this] { updateEmptyState(); });

    addPanelShortcut(this, QKeySequence::Refresh, [this] { reload(); });
    focusSearchOnFind(this, m_toFilter);
    updateActions();
    updateEmptyState();
    updateCount();
}

QWidget *MessagesPanel::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("messagesFilterBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_toFilter = new QLineEdit(bar);
    m_toFilter->setObjectName(QStringLiteral("messagesRecipientFilter"));
    m_toFilter->setAccessibleName(tr("Recipient number"));
    m_toFilter->setPlaceholderText(tr("Recipient number, e.g. +447700900123"));
    m_toFilter->setToolTip(tr("Show the messages sent to this number only: type the whole "
                              "number as the phone gave it (Ctrl+F)"));
    m_toFilter->setClearButtonEnabled(true);
    m_toFilter->setMinimumWidth(240);

    m_purposeFilter = new QComboBox(bar);
    m_purposeFilter->setObjectName(QStringLiteral("messagesPurposeFilter"));
    m_purposeFilter->setAccessibleName(tr("Purpose"));
    m_purposeFilter->setToolTip(tr("Show the messages sent for one purpose only"));
    m_purposeFilter->addItem(tr("All purposes"), QString());
    for (const char *purpose : kPurposes)
        m_purposeFilter->addItem(MessagesModel::purposeLabel(QLatin1String(purpose)),
                                 QLatin1String(purpose));

    m_tenantFilter = new QComboBox(bar);
    m_tenantFilter->setObjectName(QStringLiteral("messagesTenantFilter"));
    m_tenantFilter->setAccessibleName(tr("Tenant"));
    m_tenantFilter->setToolTip(tr("Show the messages sent for one tenant only"));
    m_tenantFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tenantFilter->addItem(tr("All tenants"), QString());

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("messagesCount"));
    m_count->setAccessibleName(tr("Message count"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    row->addWidget(m_toFilter, 1);
    row->addWidget(m_purposeFilter);
    row->addWidget(m_tenantFilter);
    row->addSpacing(12);
    row->addWidget(m_count);

    connect(m_toFilter, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_toFilter, &QLineEdit::returnPressed, this, &MessagesPanel::applyFilter);
    for (QComboBox *combo : {m_purposeFilter, m_tenantFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MessagesPanel::applyFilter);

    m_banner = createErrorBanner(this, tr("Error"));
    m_banner->setObjectName(QStringLiteral("messagesErrorBanner"));
    return bar;
}

QWidget *MessagesPanel::buildTable()
{
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_table = createRecordTable(
        m_proxy, MessagesModel::Channel,
        {width(QStringLiteral("2025-12-18 15:30:00")), width(QStringLiteral("SMS")) + 30,
         width(QStringLiteral("+447700900123")) + 10,
         width(MessagesModel::purposeLabel(QStringLiteral("enrollment"))), 120},
        this);
    m_table->setObjectName(QStringLiteral("messagesTable"));
    m_table->setAccessibleName(tr("Message list"));
    m_table->sortByColumn(MessagesModel::Time, Qt::DescendingOrder);
    // The body takes what is left, so the table needs no horizontal scroll bar.
    m_table->horizontalHeader()->setSectionResizeMode(MessagesModel::Body, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessagesPanel::onCurrentRowChanged);
    new QShortcut(QKeySequence::Copy, m_table, this, &MessagesPanel::copyMessage,
                  Qt::WidgetShortcut);

    m_emptyState = createEmptyState(m_table, tr("Empty state"));
    m_emptyState->setObjectName(QStringLiteral("messagesEmptyState"));
    return m_table;
}

QWidget *MessagesPanel::buildDetails()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("messageHeading"));
    m_heading->setAccessibleName(tr("Message heading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    m_heading->setFont(big);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_heading);
    column->addSpacing(4);

    m_form = createDetailsGrid();
    for (const DetailField &f : kDetailFields) {
        const QString label = tr(f.label);
        QLabel *value = createValueLabel(content, label);
        value->setObjectName(QStringLiteral("messageField_") + QLatin1String(f.key));
        m_fields.append({QLatin1String(f.key), value});
        addDetailsRow(m_form, tr("%1:").arg(label), value);
    }
    column->addLayout(m_form);
    column->addSpacing(8);

    m_codeTitle = createSectionTitle(tr("Code"), content);
    column->addWidget(m_codeTitle);
    m_code = new QLabel(content);
    m_code->setObjectName(QStringLiteral("messageCode"));
    m_code->setAccessibleName(tr("Code"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(big.pointSizeF() * 1.6);
    mono.setWeight(QFont::DemiBold);
    m_code->setFont(mono);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    column->addWidget(m_code);
    column->addSpacing(8);

    column->addWidget(createSectionTitle(tr("Message"), content));
    m_body = new QPlainTextEdit(content);
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true);
    m_body->setMaximumHeight(110);
    column->addWidget(m_body);

    auto *buttons = new QHBoxLayout;
    m_copyMessage = new QPushButton(tr("Copy message"), content);
    m_copyMessage->setObjectName(QStringLiteral("copyMessageButton"));
    m_copyMessage->setAccessibleName(tr("Copy message"));
    m_copyMessage->setToolTip(tr("Put the whole message on the clipboard (Ctrl+C in the list)"));
    m_copyCode = new QPushButton(tr("Copy code"), content);
    m_copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyCode->setAccessibleName(tr("Copy code"));
    m_copyCode->setToolTip(tr("Put only the one-time code on the clipboard"));
    m_copiedNote = new QLabel(content);
    m_copiedNote->setObjectName(QStringLiteral("messageCopiedNote"));
    m_copiedNote->setAccessibleName(tr("Clipboard"));
    m_copiedNote->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(m_copyMessage);
    buttons->addWidget(m_copyCode);
    buttons->addWidget(m_copiedNote, 1);
    column->addLayout(buttons);
    column->addStretch(1);
    connect(m_copyMessage, &QPushButton::clicked, this, &MessagesPanel::copyMessage);
    connect(m_copyCode, &QPushButton::clicked, this, &MessagesPanel::copyCode);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("messageDetails"));
    scroll->setAccessibleName(tr("Message details"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *placeholder = new QLabel(tr("Select a message to read it in full and copy it."));
    placeholder->setObjectName(QStringLiteral("messageDetailsPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_detailsStack = new QStackedWidget(this);
    m_detailsStack->setObjectName(QStringLiteral("messageDetailsStack"));
    m_detailsStack->addWidget(placeholder);
    m_detailsStack->addWidget(scroll);
    m_detailsStack->setMinimumWidth(340);
    return m_detailsStack;
}

void MessagesPanel::reload()
{
    m_banner->hide();
    m_currentId.clear();
    m_current = {};
    m_detailsStack->setCurrentIndex(0);
    m_clients->reload();
    m_model->reload();
    updateActions();
}

void MessagesPanel::applyFilter()
{
    m_searchDelay.stop();
    MessagesModel::Filter f;
    // People paste numbers with spaces ("+44 7700 900123"); the box keeps them without.
    f.to = m_toFilter->text().remove(QLatin1Char(' '));
    f.purpose = m_purposeFilter->currentData().toString();
    f.clientId = m_tenantFilter->currentData().toString();
    m_banner->hide();
    m_model->setFilter(f);
    updateEmptyState();
}

void MessagesPanel::refillTenantFilter()
{
    if (!mid::ui::refillClientFilter(m_tenantFilter, *m_clients))
        applyFilter();
}

void MessagesPanel::onEvent(const StreamEvent &event)
{
    m_clients->applyEvent(event);
    m_model->applyEvent(event);
}

void MessagesPanel::onCurrentRowChanged()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return; // keep showing the last message
    showMessage(index.data(MessagesModel::MessageRole).toJsonObject());
}

void MessagesPanel::showMessage(const QJsonObject &message)
{
    if (message.isEmpty())
        return;
    m_current = message;
    m_currentId = jsonText(message, "id");
    m_heading->setText(tr("Message to %1").arg(jsonText(message, "to")));
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString &key = m_fields.at(row).first;
        QString value;
        if (key == QLatin1String("createdAt"))
            value = MessagesModel::displayTime(jsonText(message, "createdAt"));
        else if (key == QLatin1String("channel"))
            value = MessagesModel::channelLabel(jsonText(message, "channel"));
        else if (key == QLatin1String("purpose"))
            value = MessagesModel::purposeLabel(jsonText(message, "purpose"));
        else if (key == QLatin1String("tenant"))
            value = jsonText(message, "clientId").isEmpty() ? tr("None (sent for an operator)")
                                                            : m_model->tenantLabel(message);
        else
            value = message.value(key).toString();
        m_fields.at(row).second->setText(value);
        showDetailsRow(m_form, row, !value.isEmpty());
    }
    const bool known = MessagesModel::hasBody(message);
    const QString body = jsonText(message, "body");
    m_body->setPlainText(known ? body : tr("Loading the message…"));
    const QString code = known ? MessagesModel::codeIn(body) : QString();
    m_code->setText(groupedCode(code));
    m_codeTitle->setVisible(!code.isEmpty());
    m_code->setVisible(!code.isEmpty());
    m_detailsStack->setCurrentIndex(1);
    updateActions();
}

void MessagesPanel::copyMessage()
{
    if (!m_copyMessage->isEnabled())
        return;
    QApplication::clipboard()->setText(jsonText(m_current, "body"));
    copied(tr("Message copied to the clipboard."));
}

void MessagesPanel::copyCode()
{
    if (!m_copyCode->isEnabled())
        return;
    QApplication::clipboard()->setText(MessagesModel::codeIn(jsonText(m_current, "body")));
    copied(tr("Code copied to the clipboard."));
}

void MessagesPanel::copied(const QString &what)
{
    m_copiedNote->setText(what);
    m_copiedDelay.start();
}

void MessagesPanel::updateActions()
{
    const bool known = !m_currentId.isEmpty() && MessagesModel::hasBody(m_current);
    m_copyMessage->setEnabled(known);
    m_copyCode->setEnabled(known && !MessagesModel::codeIn(jsonText(m_current, "body")).isEmpty());
}

void MessagesPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (m_model->isLoading())
        m_emptyState->setText(tr("Loading messages…"));
    else if (!m_model->filter().isEmpty())
        m_emptyState->setText(tr("No messages match the filter."));
    else
        m_emptyState->setText(tr("No messages sent yet.\nMessages appear here when the box sends "
                                 "an enrollment code (try enrolling a phone in the Device "
                                 "simulator)."));
    m_emptyState->setVisible(empty);
}

void MessagesPanel::updateCount()
{
    const qint64 total = m_model->total();
    if (total < 0)
        m_count->clear();
    else if (total == 1)
        m_count->setText(tr("1 message"));
    else
        m_count->setText(tr("%L1 messages").arg(total));
}

} // namespace mid::ui
