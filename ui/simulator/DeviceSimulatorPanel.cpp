#include "DeviceSimulatorPanel.h"

#include "ServerSession.h"
#include "client/PhoneClient.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"
#include "simulator/ConsentRequestCard.h"
#include "simulator/PhoneFrame.h"
#include "widgets/StatusDelegate.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mid::ui {

namespace {

QString idOf(const QJsonObject &o)
{
    return jsonText(o, "id");
}

// What the simulated app tells the server about the phone it runs on.
QJsonObject deviceInfo()
{
    return {{QStringLiteral("model"), QStringLiteral("MID Device Simulator")},
            {QStringLiteral("os"), QStringLiteral("SimOS 1.0")},
            {QStringLiteral("appVersion"), QCoreApplication::applicationVersion().isEmpty()
                                               ? QStringLiteral("1.0")
                                               : QCoreApplication::applicationVersion()}};
}

QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.45);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;")
                             .arg(StatusDelegate::colorFor(QStringLiteral("rejected")).name()));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QPushButton *primaryButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(text);
    button->setProperty("primary", true);
    button->setCursor(Qt::PointingHandCursor);
    button->setMinimumHeight(40);
    return button;
}

QPushButton *linkButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(text);
    button->setProperty("link", true);
    button->setCursor(Qt::PointingHandCursor);
    button->setFlat(true);
    return button;
}

// The phone's look: its own widgets on the console's palette, with a phone app's accents.
QString screenStyle()
{
    return QStringLiteral(
        "QWidget#phoneScreen, QWidget#phonePage, QScrollArea#requests,"
        " QWidget#requestList { background: transparent; }"
        "QPushButton[primary=\"true\"] { background: #2563eb; color: white; border: none;"
        " border-radius: 10px; padding: 9px 14px; font-weight: 600; }"
        "QPushButton[primary=\"true\"]:hover { background: #1d4ed8; }"
        "QPushButton[primary=\"true\"]:disabled { background: rgba(37, 99, 235, 110);"
        " color: rgba(255, 255, 255, 190); }"
        "QPushButton[link=\"true\"] { border: none; color: palette(link); padding: 4px; }"
        "QPushButton[link=\"true\"]:hover { text-decoration: underline; }"
        "QPushButton#approve { background: #16a34a; color: white; border: none;"
        " border-radius: 8px; padding: 7px 10px; font-weight: 600; }"
        "QPushButton#approve:disabled { background: rgba(22, 163, 74, 110); }"
        "QPushButton#reject { background: transparent; color: #dc2626; border: 1px solid #dc2626;"
        " border-radius: 8px; padding: 6px 10px; font-weight: 600; }"
        "QPushButton#reject:disabled { color: rgba(220, 38, 38, 120);"
        " border-color: rgba(220, 38, 38, 120); }"
        "QLineEdit { border: 1px solid palette(mid); border-radius: 10px; padding: 8px 10px;"
        " background: palette(base); }"
        "QLineEdit:focus { border: 1px solid palette(highlight); }"
        "QFrame[requestCard=\"true\"] { background: palette(window); border: 1px solid "
        "palette(mid);"
        " border-radius: 14px; }"
        "QLabel#smsBubble { background: palette(window); border: 1px solid palette(mid);"
        " border-radius: 16px; border-top-left-radius: 4px; padding: 10px 12px; }"
        "QLabel#statusChip { color: #16a34a; background: rgba(22, 163, 74, 40);"
        " border: 1px solid #16a34a; border-radius: 8px; padding: 2px 10px; font-weight: 600; }"
        "QLabel#statusChip[blocked=\"true\"] { color: #dc2626; background: rgba(220, 38, 38, 40);"
        " border-color: #dc2626; }"
        "QLabel#blockedBanner { color: #dc2626; background: rgba(220, 38, 38, 30);"
        " border-radius: 10px; padding: 8px 10px; }"
        "QLabel#bigCheck { color: white; background: #16a34a; border-radius: 32px;"
        " font-size: 30px; font-weight: 700; }"
        // A phone's scroll bar: a thin handle, no arrows, no trough.
        "QScrollBar:vertical { width: 6px; background: transparent; margin: 0; }"
        "QScrollBar::handle:vertical { background: palette(mid); border-radius: 3px;"
        " min-height: 32px; }"
        "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
        "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }");
}

constexpr int kSmsAttempts = 10;
constexpr int kSmsRetryMs = 400;
constexpr int kFinishedCardsKept = 4;

} // namespace

DeviceSimulatorPanel::DeviceSimulatorPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("simulatorPanel"), parent),
      m_phone(new PhoneClient(session.api(), this)),
      m_clients(new ClientDirectory(session.api(), this))
{
    setAccessibleName(title());
    m_frame = new PhoneFrame(buildScreen(), this);
    m_frame->setAccessibleName(tr("Simulated phone"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addStretch(1);
    layout->addWidget(m_frame);
    layout->addSpacing(36);
    layout->addWidget(buildSidePane(), 0);
    layout->addStretch(1);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &DeviceSimulatorPanel::tickCards);
    connect(&m_session, &ServerSession::connected, this, &DeviceSimulatorPanel::reload);
    connect(&m_session, &ServerSession::eventReceived, this, &DeviceSimulatorPanel::onEvent);
    connect(m_clients, &ClientDirectory::changed, this, [this] {
        for (ConsentRequestCard *card : std::as_const(m_cardById)) {
            const QString clientId = card->property("clientId").toString();
            if (!clientId.isEmpty() && !card->property("hasName").toBool())
                card->setClientName(m_clients->nameOf(clientId));
        }
    });
    showScreen(Screen::Welcome);
}

DeviceSimulatorPanel::~DeviceSimulatorPanel() = default;

bool DeviceSimulatorPanel::isE164(const QString &number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    return e164.match(number).hasMatch();
}

ConsentRequestCard *DeviceSimulatorPanel::card(const QString &sessionId) const
{
    return m_cardById.value(sessionId);
}

// --- building ------------------------------------------------------------------------------

QWidget *DeviceSimulatorPanel::buildScreen()
{
    auto *screen = new QWidget;
    screen->setObjectName(QStringLiteral("phoneScreen"));
    screen->setStyleSheet(screenStyle());
    m_pages = new QStackedWidget(screen);
    m_pages->setAccessibleName(tr("Phone screen"));
    m_pages->addWidget(buildWelcome());
    m_pages->addWidget(buildCode());
    m_pages->addWidget(buildRegister());
    m_pages->addWidget(buildHome());
    auto *layout = new QVBoxLayout(screen);
    layout->setContentsMargins(18, 8, 18, 8);
    layout->addWidget(m_pages);
    return screen;
}

QWidget *DeviceSimulatorPanel::buildWelcome()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("phonePage"));
    auto *logo = new QLabel(page);
    logo->setPixmap(QIcon(QStringLiteral(":/ui/icons/app.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = titleLabel(tr("MID"), page);
    title->setAlignment(Qt::AlignCenter);
    auto *intro = hintLabel(tr("Link this phone to your mobile identity. We send a 6-digit code "
                               "by SMS to check the number is yours."),
                            page);
    intro->setAlignment(Qt::AlignCenter);

    auto *label = new QLabel(tr("&Mobile number"), page);
    m_number = new QLineEdit(page);
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setPlaceholderText(tr("+447700900123"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    label->setBuddy(m_number);
    m_numberError = errorLabel(tr("Number error"), page);
    m_enrollButton = primaryButton(tr("Enroll"), page);
    m_enrollButton->setToolTip(tr("Start the enrollment: the server sends a code by SMS"));
    connect(m_enrollButton, &QPushButton::clicked, this, &DeviceSimulatorPanel::enroll);
    connect(m_number, &QLineEdit::returnPressed, this, &DeviceSimulatorPanel::enroll);
    connect(m_number, &QLineEdit::textEdited, this, [this] { showError(m_numberError, {}); });

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(24);
    layout->addWidget(label);
    layout->addWidget(m_number);
    layout->addWidget(m_numberError);
    layout->addSpacing(8);
    layout->addWidget(m_enrollButton);
    layout->addStretch(3);
    return page;
}

QWidget *DeviceSimulatorPanel::buildCode()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("phonePage"));
    m_codeIntro = hintLabel(QString(), page);
    m_smsSender = new QLabel(page);
    m_smsSender->setForegroundRole(QPalette::PlaceholderText);
    m_smsSender->setAccessibleName(tr("SMS sender"));
    QFont small = m_smsSender->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_smsSender->setFont(small);
    m_sms = new QLabel(page);
    m_sms->setObjectName(QStringLiteral("smsBubble"));
    m_sms->setAccessibleName(tr("Incoming SMS"));
    m_sms->setWordWrap(true);
    m_sms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sms->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto *label = new QLabel(tr("Verification &code"), page);
    m_code = new QLineEdit(page);
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setPlaceholderText(tr("6 digits"));
    m_code->setMaxLength(6);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    m_code->setFont(big);
    label->setBuddy(m_code);
    m_codeError = errorLabel(tr("Code error"), page);
    m_verifyButton = primaryButton(tr("Verify"), page);
    auto *back = linkButton(tr("Use another number"), page);
    connect(m_verifyButton, &QPushButton::clicked, this, &DeviceSimulatorPanel::verifyCode);
    connect(m_code, &QLineEdit::returnPressed, this, &DeviceSimulatorPanel::verifyCode);
    connect(m_code, &QLineEdit::textEdited, this, [this] { showError(m_codeError, {}); });
    connect(back, &QPushButton::clicked, this, &DeviceSimulatorPanel::switchNumber);

    auto *layout = new QVBoxLayout(page);
    layout->addSpacing(12);
    layout->addWidget(titleLabel(tr("Enter the code"), page));
    layout->addWidget(m_codeIntro);
    layout->addSpacing(18);
    layout->addWidget(m_smsSender);
    auto *bubbleRow = new QHBoxLayout; // an incoming bubble: left, four fifths wide at most
    bubbleRow->addWidget(m_sms, 4);
    bubbleRow->addStretch(1);
    layout->addLayout(bubbleRow);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addWidget(m_code);
    layout->addWidget(m_codeError);
    layout->addSpacing(8);
    layout->addWidget(m_verifyButton);
    layout->addWidget(back, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    return page;
}

QWidget *DeviceSimulatorPanel::buildRegister()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("phonePage"));
    auto *check = new QLabel(QStringLiteral("✓"), page);
    check->setObjectName(QStringLiteral("bigCheck"));
    check->setFixedSize(64, 64);
    check->setAlignment(Qt::AlignCenter);
    auto *title = titleLabel(tr("Number verified"), page);
    title->setAlignment(Qt::AlignCenter);
    auto *intro = hintLabel(tr("Now create a passkey on this phone. Its private key never "
                               "leaves the phone: you approve requests by signing them with "
                               "it."),
                            page);
    intro->setAlignment(Qt::AlignCenter);
    m_registerError = errorLabel(tr("Registration error"), page);
    m_registerButton = primaryButton(tr("Register passkey"), page);
    m_registerButton->setToolTip(tr("Create a FIDO2 credential and register it with the server"));
    auto *back = linkButton(tr("Use another number"), page);
    connect(m_registerButton, &QPushButton::clicked, this, &DeviceSimulatorPanel::registerPasskey);
    connect(back, &QPushButton::clicked, this, &DeviceSimulatorPanel::switchNumber);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(check, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(24);
    layout->addWidget(m_registerError);
    layout->addWidget(m_registerButton);
    layout->addWidget(back, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

QWidget *DeviceSimulatorPanel::buildHome()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("phonePage"));
    auto *title = titleLabel(tr("MID"), page);
    m_phoneStatus = new QLabel(page);
    m_phoneStatus->setObjectName(QStringLiteral("statusChip"));
    m_phoneStatus->setAccessibleName(tr("Phone status"));
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(m_phoneStatus, 0, Qt::AlignVCenter);

    m_homeNumber = hintLabel(QString(), page);
    m_homeNumber->setAccessibleName(tr("Phone number shown"));
    m_blockedBanner = new QLabel(page);
    m_blockedBanner->setObjectName(QStringLiteral("blockedBanner"));
    m_blockedBanner->setAccessibleName(tr("Device blocked"));
    m_blockedBanner->setWordWrap(true);
    m_blockedBanner->hide();

    auto *section = new QLabel(tr("Requests"), page);
    QFont f = section->font();
    f.setWeight(QFont::DemiBold);
    section->setFont(f);

    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("requestList"));
    m_cards = new QVBoxLayout(list);
    m_cards->setContentsMargins(0, 0, 4, 0);
    m_cards->setSpacing(10);
    m_noRequests = hintLabel(tr("No requests right now.\nWhen a service asks this number to "
                                "approve something, it appears here."),
                             list);
    m_noRequests->setAccessibleName(tr("No requests"));
    m_noRequests->setAlignment(Qt::AlignCenter);
    m_cards->addSpacing(40);
    m_cards->addWidget(m_noRequests);
    m_cards->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("requests"));
    scroll->setAccessibleName(tr("Requests"));
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);

    auto *other = linkButton(tr("Use another number"), page);
    connect(other, &QPushButton::clicked, this, &DeviceSimulatorPanel::switchNumber);

    auto *layout = new QVBoxLayout(page);
    layout->addSpacing(8);
    layout->addLayout(head);
    layout->addWidget(m_homeNumber);
    layout->addWidget(m_blockedBanner);
    layout->addSpacing(12);
    layout->addWidget(section);
    layout->addWidget(scroll, 1);
    layout->addWidget(other, 0, Qt::AlignHCenter);
    return page;
}

QWidget *DeviceSimulatorPanel::buildSidePane()
{
    auto *pane = new QWidget(this);
    pane->setFixedWidth(380);
    auto *heading = titleLabel(tr("Device simulator"), pane);
    auto *about = hintLabel(
        tr("A phone inside the console. It speaks to the server only through the public API, "
           "exactly as the MID app does: enrollment with an SMS code, a FIDO2 passkey with "
           "real keys and attestation, and approvals signed with real assertions."),
        pane);

    auto *box = new QWidget(pane);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto field = [box, form](const QString &label) {
        auto *value = new QLabel(box);
        value->setAccessibleName(label);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(tr("%1:").arg(label), value);
        return value;
    };
    m_sideNumber = field(tr("Number"));
    m_sideDevice = field(tr("Device ID"));
    m_sideCredential = field(tr("Passkey"));
    m_sideState = field(tr("State"));

    m_resetButton = new QPushButton(tr("Reset phone…"), pane);
    m_resetButton->setAccessibleName(tr("Reset phone…"));
    m_resetButton->setToolTip(tr("Forget this number's passkey and ids on the simulated phone"));
    connect(m_resetButton, &QPushButton::clicked, this, &DeviceSimulatorPanel::resetPhone);

    auto *activityTitle = new QLabel(tr("Activity"), pane);
    QFont f = activityTitle->font();
    f.setWeight(QFont::DemiBold);
    activityTitle->setFont(f);
    m_activity = new QListWidget(pane);
    m_activity->setAccessibleName(tr("Phone activity"));
    m_activity->setWordWrap(true);
    m_activity->setSelectionMode(QAbstractItemView::NoSelection);
    m_activity->setFocusPolicy(Qt::NoFocus);
    m_activity->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_activity->setResizeMode(QListView::Adjust);
    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setStyleSheet(
        QStringLiteral("QListWidget#activity { border: 1px solid palette(mid); border-radius: 8px;"
                       " background: palette(base); padding: 6px; }"
                       "QListWidget#activity::item { padding: 3px 2px; }"));
    m_activityEmpty = new QLabel(tr("Nothing yet.\nEvery step the phone takes (enrollment, "
                                    "passkey, approvals) is listed here."),
                                 m_activity->viewport());
    m_activityEmpty->setAlignment(Qt::AlignCenter);
    m_activityEmpty->setWordWrap(true);
    m_activityEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_activityEmpty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *center = new QVBoxLayout(m_activity->viewport());
    center->addWidget(m_activityEmpty, 0, Qt::AlignCenter);

    auto *thisPhone = new QLabel(tr("This phone"), pane);
    thisPhone->setFont(f);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 24, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addSpacing(18);
    layout->addWidget(thisPhone);
    layout->addWidget(box);
    layout->addWidget(m_resetButton, 0, Qt::AlignLeft);
    layout->addSpacing(18);
    layout->addWidget(activityTitle);
    layout->addWidget(m_activity, 1);
    updateSidePane();
    return pane;
}

void DeviceSimulatorPanel::showScreen(Screen screen)
{
    m_screenId = screen;
    m_pages->setCurrentIndex(int(screen));
    switch (screen) {
    case Screen::Welcome:
        m_enrollButton->setEnabled(true);
        m_enrollButton->setText(tr("Enroll"));
        break;
    case Screen::Code:
        m_code->clear();
        showError(m_codeError, {});
        m_verifyButton->setEnabled(true);
        break;
    case Screen::Register:
        showError(m_registerError, {});
        m_registerButton->setEnabled(true);
        break;
    case Screen::Home:
        updateHome();
        break;
    }
    updateSidePane();
}

// --- session -------------------------------------------------------------------------------

void DeviceSimulatorPanel::reload()
{
    ++m_generation;
    m_clients->reload();
    qDeleteAll(m_cardById);
    m_cardById.clear();
    m_countdown.stop();
    // The phone last used with this server comes back as it was.
    const QString current =
        QSettings().value(settingsGroup() + QStringLiteral("/current")).toString();
    if (!current.isEmpty() && restorePhone(current)) {
        m_number->setText(current);
        showScreen(Screen::Home);
        loadPendingRequests();
    } else if (m_screenId == Screen::Home) {
        showScreen(Screen::Welcome);
    }
    updateHome();
}

void DeviceSimulatorPanel::onEvent(const StreamEvent &event)
{
    m_clients->applyEvent(event);
    const QJsonObject &data = event.data;
    if (event.type.startsWith(QLatin1String("consent."))) {
        if (m_screenId != Screen::Home || jsonText(data, "recipient") != m_mobile)
            return;
        if (event.type == QLatin1String("consent.created"))
            addOrUpdateCard(data);
        else if (ConsentRequestCard *c = m_cardById.value(idOf(data)))
            c->update(data);
        updateHome();
        return;
    }
    if (event.type.startsWith(QLatin1String("device."))) {
        const QJsonObject &device = data; // device.* events carry the device itself
        // The server's dev_… id, or the deviceId this phone named itself with.
        const QStringList ids{jsonText(device, "id"), jsonText(device, "deviceId")};
        if (m_serverDeviceId.isEmpty() ||
            !(ids.contains(m_serverDeviceId) ||
              (!m_localDeviceId.isEmpty() && ids.contains(m_localDeviceId))))
            return;
        if (event.type == QLatin1String("device.blocked")) {
            m_deviceStatus = QStringLiteral("blocked");
            m_blockReason = jsonText(device, "blockReason");
            log(tr("An operator blocked this device."), true);
        } else if (event.type == QLatin1String("device.unblocked")) {
            m_deviceStatus = QStringLiteral("active");
            m_blockReason.clear();
            log(tr("An operator unblocked this device."));
        } else if (event.type == QLatin1String("device.deregistered")) {
            const QString mobile = m_mobile;
            log(tr("An operator deregistered this device; its passkey no longer works."), true);
            forgetPhone(mobile);
            m_number->setText(mobile);
            showScreen(Screen::Welcome);
            showError(m_numberError, tr("This phone was deregistered. Enroll again to use it."));
            return;
        }
        savePhone();
        updateHome();
        return;
    }
    // An SMS to this number. message.sent leaves the body out (it holds the code): the
    // phone reads it from the message log, as the box's channel delivers it.
    if (event.type == QLatin1String("message.sent") && m_screenId == Screen::Code &&
        jsonText(data, "to") == m_mobile)
        fetchSms(0);
}

// --- enrollment ----------------------------------------------------------------------------

void DeviceSimulatorPanel::enroll()
{
    const QString number = m_number->text().remove(QLatin1Char(' ')).trimmed();
    if (!isE164(number)) {
        showError(m_numberError,
                  tr("Enter the number in international (E.164) format: “+”, the country code "
                     "and the number, digits only — for example +447700900123."));
        m_number->setFocus();
        return;
    }
    showError(m_numberError, {});
    // A phone already registered with this server under that number is simply opened again.
    if (restorePhone(number)) {
        log(tr("Opened the passkey saved for %1.").arg(number));
        savePhone();
        showScreen(Screen::Home);
        loadPendingRequests();
        return;
    }
    ++m_generation;
    m_mobile = number;
    m_authenticator = SoftwareAuthenticator();
    m_serverDeviceId.clear();
    m_credentialId.clear();
    m_deviceStatus.clear();
    m_localDeviceId =
        QStringLiteral("sim-") + QString::number(QRandomGenerator::system()->generate64(), 16);
    m_enrolledAt = QDateTime::currentDateTimeUtc();
    m_enrollButton->setEnabled(false);
    m_enrollButton->setText(tr("Sending code…"));
    const quint64 generation = m_generation;
    m_phone->startEnrollment(
        m_mobile, m_localDeviceId, deviceInfo(), this, [this, generation](const ApiResult &r) {
            if (generation != m_generation)
                return;
            m_enrollButton->setEnabled(true);
            m_enrollButton->setText(tr("Enroll"));
            if (!r.ok()) {
                showError(m_numberError,
                          tr("The enrollment could not start: %1").arg(failureText(r)));
                log(tr("Enrollment refused: %1").arg(failureText(r)), true);
                return;
            }
            const QJsonObject d = r.object();
            m_enrollmentId = jsonText(d, "enrollmentId");
            m_demoCode = jsonText(d, "demoCode");
            log(tr("Enrollment %1 started; a code was sent to %2.").arg(m_enrollmentId, m_mobile));
            m_codeIntro->setText(tr("We sent a 6-digit code to %1. Type it below.").arg(m_mobile));
            m_smsSender->setText(tr("Messages · MID"));
            m_sms->setText(tr("Waiting for the SMS…"));
            showScreen(Screen::Code);
            m_code->setFocus();
            fetchSms(kSmsAttempts);
        });
}

void DeviceSimulatorPanel::fetchSms(int attemptsLeft)
{
    const quint64 generation = m_generation;
    m_session.api().listMessages(
        m_mobile, 20, this, [this, generation, attemptsLeft](const ApiResult &r) {
            if (generation != m_generation || m_screenId != Screen::Code)
                return;
            static const QRegularExpression sixDigits(QStringLiteral("\\b\\d{6}\\b"));
            const QString since =
                m_enrolledAt.addSecs(-5).toString(Qt::ISODate); // text compare of RFC 3339
            QString newest, newestAt;
            for (const QJsonValue &v : r.items()) {
                const QJsonObject m = v.toObject();
                const QString to = jsonText(m, "to");
                const QString body = jsonText(m, "body");
                const QString at = jsonText(m, "createdAt");
                if (to != m_mobile || !sixDigits.match(body).hasMatch())
                    continue;
                if (!at.isEmpty() && at.left(19) < since.left(19))
                    continue;
                if (newest.isEmpty() || at > newestAt) {
                    newest = body;
                    newestAt = at;
                }
            }
            if (!newest.isEmpty()) {
                showSms(newest);
                return;
            }
            if (attemptsLeft > 0 && (r.ok() || r.unreachable())) {
                QTimer::singleShot(kSmsRetryMs, this,
                                   [this, attemptsLeft] { fetchSms(attemptsLeft - 1); });
                return;
            }
            if (!m_demoCode.isEmpty()) // demo mode also hands the code back directly
                showSms(tr("Your MID verification code is %1. It expires in 10 minutes.")
                            .arg(m_demoCode));
            else
                m_sms->setText(tr("No SMS has arrived. The box's message log may be off; "
                                  "go back and try again."));
        });
}

void DeviceSimulatorPanel::showSms(const QString &body)
{
    if (m_sms->text() == body)
        return; // the log and the stream may both bring it
    m_smsSender->setText(tr("Messages · MID · %1")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"))));
    m_sms->setText(body);
    log(tr("SMS received."));
}

void DeviceSimulatorPanel::verifyCode()
{
    const QString code = m_code->text().trimmed();
    if (code.size() != 6) {
        showError(m_codeError, tr("The code has 6 digits: type all of them."));
        return;
    }
    m_verifyButton->setEnabled(false);
    const quint64 generation = m_generation;
    m_phone->verifyEnrollment(m_enrollmentId, code, this, [this, generation](const ApiResult &r) {
        if (generation != m_generation)
            return;
        m_verifyButton->setEnabled(true);
        if (!r.ok()) {
            showError(m_codeError, failureText(r));
            log(tr("Code refused: %1").arg(failureText(r)), true);
            return;
        }
        m_enrollmentToken = jsonText(r.object(), "enrollmentToken");
        log(tr("Number %1 verified.").arg(m_mobile));
        showScreen(Screen::Register);
        m_registerButton->setFocus(); // Enter or Space goes on
    });
}

void DeviceSimulatorPanel::registerPasskey()
{
    m_registerButton->setEnabled(false);
    m_registerButton->setText(tr("Creating passkey…"));
    const quint64 generation = m_generation;
    m_phone->registerPasskey(&m_authenticator, m_mobile, m_localDeviceId, deviceInfo(),
                             m_enrollmentToken, this, [this, generation](const ApiResult &r) {
                                 if (generation != m_generation)
                                     return;
                                 m_registerButton->setEnabled(true);
                                 m_registerButton->setText(tr("Register passkey"));
                                 if (!r.ok()) {
                                     showError(m_registerError, failureText(r));
                                     log(tr("Registration failed: %1").arg(failureText(r)), true);
                                     return;
                                 }
                                 const QJsonObject d = r.object();
                                 // data.deviceId echoes the phone's own id; device.id is the
                                 // server's dev_… id.
                                 m_serverDeviceId =
                                     jsonText(d.value(QStringLiteral("device")).toObject(), "id");
                                 m_credentialId = jsonText(d, "credentialId");
                                 m_deviceStatus = QStringLiteral("active");
                                 m_enrollmentToken.clear();
                                 savePhone();
                                 log(tr("Passkey registered: device %1.").arg(m_serverDeviceId));
                                 showScreen(Screen::Home);
                                 loadPendingRequests();
                             });
}

// --- requests ------------------------------------------------------------------------------

void DeviceSimulatorPanel::loadPendingRequests()
{
    AdminClient::ConsentQuery q;
    q.recipient = m_mobile;
    q.status = QStringLiteral("pending");
    q.limit = 50;
    const quint64 generation = m_generation;
    m_session.api().listConsents(q, this, [this, generation](const ApiResult &r) {
        if (generation != m_generation || !r.ok())
            return;
        const QJsonArray items = r.items();
        // Oldest first, so the newest ends up on top.
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            const QJsonObject consent = items.at(i).toObject();
            if (jsonText(consent, "recipient") == m_mobile)
                addOrUpdateCard(consent);
        }
        updateHome();
    });
}

void DeviceSimulatorPanel::addOrUpdateCard(const QJsonObject &consent)
{
    const QString id = idOf(consent);
    if (id.isEmpty())
        return;
    if (ConsentRequestCard *existing = m_cardById.value(id)) {
        existing->update(consent);
        return;
    }
    if (jsonText(consent, "status") != QLatin1String("pending"))
        return;
    const QString clientId = jsonText(consent, "clientId");
    auto *c = new ConsentRequestCard(consent, m_clients->nameOf(clientId));
    c->setProperty("clientId", clientId);
    c->setProperty("hasName", !jsonText(consent, "clientName").isEmpty());
    connect(c, &ConsentRequestCard::decisionRequested, this, &DeviceSimulatorPanel::decide);
    m_cards->insertWidget(0, c);
    m_cardById.insert(id, c);

    // Keep a few finished cards as a short history; drop the oldest.
    QList<ConsentRequestCard *> finished;
    for (int i = 0; i < m_cards->count(); ++i) {
        auto *w = qobject_cast<ConsentRequestCard *>(m_cards->itemAt(i)->widget());
        if (w && w->isFinished())
            finished.append(w);
    }
    while (finished.size() > kFinishedCardsKept) {
        ConsentRequestCard *old = finished.takeLast();
        m_cardById.remove(old->sessionId());
        old->deleteLater();
    }
    if (!m_countdown.isActive())
        m_countdown.start();
    updateHome();
}

void DeviceSimulatorPanel::tickCards()
{
    bool open = false;
    for (ConsentRequestCard *c : std::as_const(m_cardById)) {
        c->tick();
        open = open || !c->isFinished();
    }
    if (!open)
        m_countdown.stop();
    m_frame->update(); // the status bar's clock
}

void DeviceSimulatorPanel::decide(const QString &sessionId, bool approve)
{
    ConsentRequestCard *c = m_cardById.value(sessionId);
    if (!c)
        return;
    c->setBusy(approve ? tr("Approving with your passkey…") : tr("Rejecting…"));
    QPointer<ConsentRequestCard> guard(c);
    m_phone->decide(
        &m_authenticator, sessionId, approve, this,
        [this, guard, sessionId, approve](const ApiResult &r) {
            savePhone(); // the signature counter moved on
            if (!guard)
                return;
            if (!r.ok()) {
                const QString why = failureText(r);
                guard->setError(why);
                log(tr("Could not %1 %2: %3")
                        .arg(approve ? tr("approve") : tr("reject"), sessionId, why),
                    true);
                if (r.status == 403 && why.contains(QLatin1String("block"), Qt::CaseInsensitive)) {
                    m_deviceStatus = QStringLiteral("blocked");
                    updateHome();
                }
                return;
            }
            const QJsonObject d = r.object();
            QString status = jsonText(d, "status");
            if (status.isEmpty() || status == QLatin1String("verified"))
                status = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
            guard->update({{QStringLiteral("status"), status}});
            log(approve ? tr("Approved %1.").arg(sessionId) : tr("Rejected %1.").arg(sessionId));
            updateHome();
        });
}

void DeviceSimulatorPanel::updateHome()
{
    const bool blocked = m_deviceStatus == QLatin1String("blocked");
    m_phoneStatus->setText(blocked ? tr("Blocked") : tr("Registered ✓"));
    m_phoneStatus->setProperty("blocked", blocked);
    m_phoneStatus->style()->unpolish(m_phoneStatus);
    m_phoneStatus->style()->polish(m_phoneStatus);
    m_homeNumber->setText(tr("%1 · this phone").arg(m_mobile));
    m_blockedBanner->setText(
        m_blockReason.isEmpty()
            ? tr("This device is blocked by the operator: approvals are refused.")
            : tr("This device is blocked by the operator (%1): approvals are refused.")
                  .arg(m_blockReason));
    m_blockedBanner->setVisible(blocked);
    m_noRequests->setVisible(m_cardById.isEmpty());
    updateSidePane();
}

void DeviceSimulatorPanel::updateSidePane()
{
    const bool registered = !m_serverDeviceId.isEmpty();
    m_sideNumber->setText(m_mobile.isEmpty() ? tr("—") : m_mobile);
    m_sideDevice->setText(registered ? m_serverDeviceId : tr("Not registered"));
    const auto credentials = m_authenticator.credentials();
    if (registered && !credentials.isEmpty()) {
        const auto &c = credentials.constLast();
        const QString alg = c.algorithm == -7   ? QStringLiteral("ES256")
                            : c.algorithm == -8 ? QStringLiteral("EdDSA")
                                                : QStringLiteral("RS256");
        m_sideCredential->setText(tr("%1 · sign count %2").arg(alg).arg(c.signCount));
    } else {
        m_sideCredential->setText(tr("None"));
    }
    QString state;
    switch (m_screenId) {
    case Screen::Welcome:
        state = tr("Not enrolled");
        break;
    case Screen::Code:
        state = tr("Waiting for the SMS code");
        break;
    case Screen::Register:
        state = tr("Verified, no passkey yet");
        break;
    case Screen::Home:
        state = m_deviceStatus == QLatin1String("blocked") ? tr("Blocked by an operator")
                                                           : tr("Registered");
        break;
    }
    m_sideState->setText(state);
    m_resetButton->setEnabled(registered);
}

void DeviceSimulatorPanel::switchNumber()
{
    ++m_generation; // answers still on their way belong to the previous number
    qDeleteAll(m_cardById);
    m_cardById.clear();
    m_countdown.stop();
    QSettings().remove(settingsGroup() + QStringLiteral("/current"));
    m_mobile.clear();
    m_serverDeviceId.clear();
    m_deviceStatus.clear();
    m_authenticator = SoftwareAuthenticator();
    showScreen(Screen::Welcome);
    m_number->setFocus();
}

void DeviceSimulatorPanel::resetPhone()
{
    const QString mobile = m_mobile;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Reset phone"),
        tr("Forget the passkey and ids this simulated phone keeps for %1?\n\nThe private key is "
           "destroyed: this phone can no longer approve anything for the number. The server "
           "still lists the device until an operator deregisters it (Devices panel).")
            .arg(mobile),
        QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("Reset phone"));
    QPushButton *go = box->addButton(tr("Reset"), QMessageBox::DestructiveRole);
    go->setAccessibleName(tr("Reset"));
    box->button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, mobile](QAbstractButton *b) {
        if (b != go)
            return;
        forgetPhone(mobile);
        log(tr("Forgot the passkey for %1.").arg(mobile));
        switchNumber();
        m_number->setText(mobile);
    });
    box->open();
}

void DeviceSimulatorPanel::log(const QString &line, bool error)
{
    auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
    if (error)
        item->setForeground(StatusDelegate::colorFor(QStringLiteral("rejected")));
    m_activity->insertItem(0, item);
    m_activityEmpty->hide();
    while (m_activity->count() > 200)
        delete m_activity->takeItem(m_activity->count() - 1);
}

QString DeviceSimulatorPanel::failureText(const ApiResult &result) const
{
    if (result.errorType == QLatin1String("authenticator")) {
        QString text = tr("The passkey could not be used (%1).").arg(result.message);
        if (result.message.startsWith(QLatin1String("SecurityError")))
            // WebAuthn takes no IP address as relying party: a server reached as 127.0.0.1
            // must name itself "localhost" (or a real domain) for any phone to register.
            text += QLatin1Char(' ') +
                    tr("Passkeys need the server's relying party to be a domain name: start the "
                       "server with --rp-id localhost --rp-origins http://localhost:<port> (or "
                       "its public domain) and try again.");
        return text;
    }
    return result.errorText();
}

// --- persistence ---------------------------------------------------------------------------
//
// The saved phone holds the passkey's private key, unencrypted (SoftwareAuthenticator::toJson).
// What a real phone keeps in its secure hardware, this simulated one keeps in the console's
// own settings (QSettings: the user's configuration directory, e.g.
// ~/.config/mid/mid-console.conf), readable by that user only as far as the file's mode
// allows. It is a demonstration phone: never register it for a real person's account.

QString DeviceSimulatorPanel::settingsGroup() const
{
    const QUrl base = m_session.baseUrl();
    QString server = QStringLiteral("%1_%2").arg(base.host()).arg(base.port());
    server.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStringLiteral("simulator/") + server;
}

void DeviceSimulatorPanel::savePhone()
{
    if (m_mobile.isEmpty() || m_serverDeviceId.isEmpty())
        return;
    const QJsonObject saved{{QStringLiteral("mobile"), m_mobile},
                            {QStringLiteral("localDeviceId"), m_localDeviceId},
                            {QStringLiteral("deviceId"), m_serverDeviceId},
                            {QStringLiteral("credentialId"), m_credentialId},
                            {QStringLiteral("status"), m_deviceStatus},
                            {QStringLiteral("blockReason"), m_blockReason},
                            {QStringLiteral("authenticator"), m_authenticator.toJson()}};
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("phones/") + m_mobile.mid(1),
                      QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
    settings.setValue(QStringLiteral("current"), m_mobile);
}

bool DeviceSimulatorPanel::restorePhone(const QString &mobile)
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    const QString json = settings.value(QStringLiteral("phones/") + mobile.mid(1)).toString();
    if (json.isEmpty())
        return false;
    const QJsonObject saved = QJsonDocument::fromJson(json.toUtf8()).object();
    QString error;
    auto authenticator = SoftwareAuthenticator::fromJson(
        saved.value(QStringLiteral("authenticator")).toObject(), &error);
    if (!authenticator || jsonText(saved, "deviceId").isEmpty()) {
        log(tr("The saved phone for %1 is damaged (%2); enroll again.").arg(mobile, error), true);
        return false;
    }
    ++m_generation;
    qDeleteAll(m_cardById);
    m_cardById.clear();
    m_authenticator = std::move(*authenticator);
    m_mobile = mobile;
    m_localDeviceId = jsonText(saved, "localDeviceId");
    m_serverDeviceId = jsonText(saved, "deviceId");
    m_credentialId = jsonText(saved, "credentialId");
    m_deviceStatus = jsonText(saved, "status");
    m_blockReason = jsonText(saved, "blockReason");
    return true;
}

void DeviceSimulatorPanel::forgetPhone(const QString &mobile)
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.remove(QStringLiteral("phones/") + mobile.mid(1));
    if (settings.value(QStringLiteral("current")).toString() == mobile)
        settings.remove(QStringLiteral("current"));
    settings.endGroup();
    if (mobile == m_mobile) {
        m_serverDeviceId.clear();
        m_credentialId.clear();
        m_deviceStatus.clear();
        m_authenticator = SoftwareAuthenticator();
    }
}

} // namespace mid::ui
