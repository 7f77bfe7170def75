#include "HomeScreen.h"

#include "models/ConsentsModel.h"
#include "models/JsonText.h"
#include "simulator/ConsentRequestCard.h"
#include "simulator/PhoneWidgets.h"
#include "widgets/PanelParts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace mid::ui {

namespace {

constexpr int kFinishedCardsKept = 4;

} // namespace

HomeScreen::HomeScreen(PhoneModel &model, ClientDirectory &clients, QWidget *parent)
    : PhoneScreen(model, PhoneModel::Step::Home, parent), m_clients(clients),
      m_status(new QLabel(this)), m_number(phone::hint(QString(), this)),
      m_identity(phone::hint(QString(), this)), m_blockedBanner(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("statusChip"));
    m_status->setAccessibleName(tr("Phone status"));
    auto *head = new QHBoxLayout;
    head->addWidget(phone::title(tr("MID"), this));
    head->addStretch(1);
    head->addWidget(m_status, 0, Qt::AlignVCenter);
    m_number->setAccessibleName(tr("Phone number shown"));
    m_identity->setAccessibleName(tr("MPin identity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blockedBanner->setObjectName(QStringLiteral("blockedBanner"));
    m_blockedBanner->setAccessibleName(tr("Device blocked"));
    m_blockedBanner->setWordWrap(true);
    m_blockedBanner->hide();
    auto *other = phone::linkButton(tr("Use another number"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addSpacing(8);
    layout->addLayout(head);
    layout->addWidget(m_number);
    layout->addWidget(m_identity);
    layout->addWidget(m_blockedBanner);
    layout->addSpacing(12);
    layout->addWidget(createSectionTitle(tr("Requests"), this));
    layout->addWidget(buildRequestList(), 1);
    layout->addWidget(other, 0, Qt::AlignHCenter);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &HomeScreen::tick);
    connect(other, &QPushButton::clicked, &model, &PhoneModel::switchNumber);
    connect(&model, &PhoneModel::changed, this, &HomeScreen::refresh);
    connect(&model, &PhoneModel::requestsCleared, this, &HomeScreen::clear);
    connect(&model, &PhoneModel::requestReceived, this, &HomeScreen::addOrUpdate);
    connect(&model, &PhoneModel::requestChanged, this, &HomeScreen::update);
    connect(&model, &PhoneModel::decisionStarted, this, [this](const QString &id, bool approve) {
        if (ConsentRequestCard *c = card(id))
            c->setBusy(approve ? tr("Approving with your passkey…") : tr("Rejecting…"));
    });
    connect(&model, &PhoneModel::decisionFailed, this,
            [this](const QString &id, const QString &message) {
                if (ConsentRequestCard *c = card(id))
                    c->setError(message);
            });
    connect(&clients, &ClientDirectory::changed, this, &HomeScreen::nameClients);
}

QWidget *HomeScreen::buildRequestList()
{
    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("requestList"));
    m_list = new QVBoxLayout(list);
    m_list->setContentsMargins(0, 0, 4, 0);
    m_list->setSpacing(10);
    m_noRequests = phone::hint(tr("No requests right now.\nWhen a service asks this number to "
                                  "approve something, it appears here."),
                               list);
    m_noRequests->setAccessibleName(tr("No requests"));
    m_noRequests->setAlignment(Qt::AlignCenter);
    m_list->addSpacing(40);
    m_list->addWidget(m_noRequests);
    m_list->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("requests"));
    scroll->setAccessibleName(tr("Requests"));
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    return scroll;
}

void HomeScreen::refresh()
{
    const bool blocked = m_phone.isBlocked();
    m_status->setText(blocked ? tr("Blocked") : tr("Registered ✓"));
    m_status->setProperty("blocked", blocked);
    m_status->style()->unpolish(m_status); // the chip turns red (qss)
    m_status->style()->polish(m_status);
    m_number->setText(tr("%1 · this phone").arg(m_phone.mobile()));
    const QString hash = m_phone.hashMPinId();
    m_identity->setText(tr("Identity %1 · %2").arg(m_phone.mpinUserId(), shortId(hash, 8, 4)));
    m_identity->setToolTip(tr("MPin identity %1").arg(hash));
    m_identity->setVisible(!hash.isEmpty());
    m_blockedBanner->setText(
        m_phone.blockReason().isEmpty()
            ? tr("This device is blocked by the operator: approvals are refused.")
            : tr("This device is blocked by the operator (%1): approvals are refused.")
                  .arg(m_phone.blockReason()));
    m_blockedBanner->setVisible(blocked);
    m_noRequests->setVisible(m_cards.isEmpty());
}

void HomeScreen::addOrUpdate(const QJsonObject &consent)
{
    const QString id = jsonText(consent, "id");
    if (id.isEmpty())
        return;
    if (ConsentRequestCard *existing = card(id)) {
        existing->update(consent);
        return;
    }
    if (jsonText(consent, "status") != QLatin1String("pending"))
        return;
    const QString clientId = jsonText(consent, "clientId");
    auto *c = new ConsentRequestCard(consent, m_clients.nameOf(clientId));
    c->setProperty("clientId", clientId);
    c->setProperty("hasName", !jsonText(consent, "clientName").isEmpty());
    connect(c, &ConsentRequestCard::decisionRequested, &m_phone, &PhoneModel::decide);
    m_list->insertWidget(0, c);
    m_cards.insert(id, c);
    dropOldFinished();
    if (!m_countdown.isActive())
        m_countdown.start();
    refresh();
}

void HomeScreen::update(const QJsonObject &consent)
{
    if (ConsentRequestCard *c = card(jsonText(consent, "id")))
        c->update(consent);
}

// A few decided cards stay as a short history; the oldest go.
void HomeScreen::dropOldFinished()
{
    QList<ConsentRequestCard *> finished;
    for (int i = 0; i < m_list->count(); ++i) {
        auto *c = qobject_cast<ConsentRequestCard *>(m_list->itemAt(i)->widget());
        if (c && c->isFinished())
            finished.append(c);
    }
    while (finished.size() > kFinishedCardsKept) {
        ConsentRequestCard *old = finished.takeLast();
        m_cards.remove(old->sessionId());
        old->deleteLater();
    }
}

void HomeScreen::clear()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_countdown.stop();
    refresh();
}

void HomeScreen::tick()
{
    bool open = false;
    for (ConsentRequestCard *c : std::as_const(m_cards)) {
        c->tick();
        open = open || !c->isFinished();
    }
    if (!open)
        m_countdown.stop();
    Q_EMIT ticked();
}

// Cards that arrived before the tenants' names were loaded get them now.
void HomeScreen::nameClients()
{
    for (ConsentRequestCard *c : std::as_const(m_cards)) {
        const QString clientId = c->property("clientId").toString();
        if (!clientId.isEmpty() && !c->property("hasName").toBool())
            c->setClientName(m_clients.nameOf(clientId));
    }
}

} // namespace mid::ui
