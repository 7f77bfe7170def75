#include "QrPresenterPanel.h"

#include "ServerSession.h"
#include "dialogs/NewSessionDialog.h"
#include "models/ConsentsModel.h"
#include "qr/QrEncoder.h"
#include "widgets/QrView.h"
#include "widgets/StatusDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QVBoxLayout>

namespace mid::ui {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

constexpr int kWarnSeconds = 30; // the countdown turns red from here
constexpr int kPngSize = 1024;
constexpr int kConsentRole = Qt::UserRole + 1; // picker items: the consent JSON

void scaleFont(QWidget *w, double factor, bool bold)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    if (bold)
        f.setWeight(QFont::Bold);
    w->setFont(f);
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

} // namespace

// The projector view: a frameless full-screen window with only the code, its state and the
// countdown in big type. F11 or Esc leaves it.
class QrPresenterPanel::FullScreenView : public QWidget
{
public:
    explicit FullScreenView(QWidget *owner)
        : QWidget(owner, Qt::Window | Qt::FramelessWindowHint), view(new QrView(this)),
          state(new QLabel(this)), countdown(new QLabel(this))
    {
        setAttribute(Qt::WA_DeleteOnClose);
        setAccessibleName(QrPresenterPanel::tr("Full-screen QR code"));
        setWindowTitle(QrPresenterPanel::tr("QR presenter"));
        setFocusPolicy(Qt::StrongFocus);
        state->setAccessibleName(QrPresenterPanel::tr("State"));
        countdown->setAccessibleName(QrPresenterPanel::tr("Expires in"));
        for (QLabel *l : {state, countdown}) {
            l->setAlignment(Qt::AlignCenter);
            scaleFont(l, 3.0, true);
        }
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(view, 1);
        layout->addWidget(state);
        layout->addWidget(countdown);
    }

    QrView *view;
    QLabel *state;
    QLabel *countdown;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11)
            close();
        else
            QWidget::keyPressEvent(event);
    }
};

QrPresenterPanel::QrPresenterPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("qrPresenterPanel"), parent),
      m_clients(new ClientDirectory(session.api(), this))
{
    setAccessibleName(title());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildPicker());
    auto *view = new QrView(this);
    view->setPlaceholderText(tr("Pick a pending session above, or start a new one."));
    layout->addWidget(view, 1);
    auto *state = new QLabel(this);
    state->setAccessibleName(tr("State"));
    state->setAlignment(Qt::AlignCenter);
    scaleFont(state, 1.8, true);
    layout->addWidget(state);
    m_setupCaption = new QLabel(this);
    m_setupCaption->setAccessibleName(tr("Set-up instructions"));
    m_setupCaption->setAlignment(Qt::AlignCenter);
    m_setupCaption->setWordWrap(true);
    m_setupCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scaleFont(m_setupCaption, 1.15, false);
    m_setupCaption->hide();
    layout->addWidget(m_setupCaption);
    m_info = buildInfo();
    layout->addWidget(m_info);
    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(buildButtons());
    m_display = {view, state, m_display.countdown};

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &QrPresenterPanel::tick);
    m_arrivalsFlush.setSingleShot(true);
    m_arrivalsFlush.setInterval(kArrivalsMs);
    connect(&m_arrivalsFlush, &QTimer::timeout, this, &QrPresenterPanel::flushArrivals);
    connect(&m_session, &ServerSession::connected, this, &QrPresenterPanel::reload);
    connect(&m_session, &ServerSession::eventReceived, this, &QrPresenterPanel::onEvent);
    connect(m_clients, &ClientDirectory::changed, this, [this] {
        syncPicker();
        refresh();
    });

    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        new QShortcut(keys, this, this, slot, Qt::WidgetWithChildrenShortcut);
    };
    addShortcut(QKeySequence(Qt::Key_F11), &QrPresenterPanel::toggleFullScreen);
    addShortcut(QKeySequence::New, &QrPresenterPanel::newSession);
    addShortcut(QKeySequence::Save, [this] { askSave(QStringLiteral("png")); });
    refresh();
}

QrPresenterPanel::~QrPresenterPanel() = default;

bool QrPresenterPanel::isFullScreenShown() const
{
    return !m_fullScreen.isNull();
}

QWidget *QrPresenterPanel::buildPicker()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Session:"), bar);
    m_picker = new QComboBox(bar);
    m_picker->setAccessibleName(tr("Session"));
    m_picker->setPlaceholderText(tr("Pick a pending session…"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(40);
    label->setBuddy(m_picker);
    m_newButton = new QPushButton(tr("New session…"), bar);
    m_newButton->setAccessibleName(tr("New session…"));
    m_newButton->setToolTip(tr("Create a consent session and show its code (Ctrl+N)"));
    m_setupButton = new QPushButton(tr("Set up this phone"), bar);
    m_setupButton->setAccessibleName(tr("Set up this phone"));
    m_setupButton->setToolTip(tr("Show the code of this box's set-up page: a phone that scans it "
                                 "learns to trust the box and to approve with a passkey"));
    row->addWidget(label);
    row->addWidget(m_picker, 1);
    row->addWidget(m_newButton);
    row->addWidget(m_setupButton);
    connect(m_setupButton, &QPushButton::clicked, this, &QrPresenterPanel::toggleSetup);
    // Only the operator's choice presents a session; the list changing under it does not.
    connect(m_picker, &QComboBox::activated, this,
            [this](int index) { present(m_picker->itemData(index).toString()); });
    connect(m_newButton, &QPushButton::clicked, this, &QrPresenterPanel::newSession);
    return bar;
}

QWidget *QrPresenterPanel::buildInfo()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto field = [box, grid](const QString &name, int column) {
        auto *caption = new QLabel(name, box);
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setAlignment(Qt::AlignCenter);
        auto *value = new QLabel(box);
        value->setAccessibleName(name);
        value->setAlignment(Qt::AlignCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        scaleFont(value, 1.2, false);
        grid->addWidget(caption, 0, column);
        grid->addWidget(value, 1, column);
        return value;
    };
    m_recipient = field(tr("Recipient"), 0);
    m_client = field(tr("Client"), 1);
    m_intent = field(tr("Intent"), 2);
    m_display.countdown = field(tr("Expires in"), 3);
    scaleFont(m_display.countdown, 1.2, true);
    return box;
}

QWidget *QrPresenterPanel::buildButtons()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [bar, row](const QString &label, const QString &tip) {
        auto *b = new QPushButton(label, bar);
        b->setAccessibleName(label);
        b->setToolTip(tip);
        row->addWidget(b);
        return b;
    };
    row->addStretch(1);
    m_fullScreenButton = button(tr("Full screen"), tr("Show only the code, for a projector "
                                                      "(F11; Esc leaves)"));
    m_savePngButton = button(tr("Save as PNG…"), tr("Save the code as a 1024 px PNG (Ctrl+S)"));
    m_saveSvgButton = button(tr("Save as SVG…"), tr("Save the code as a scalable SVG"));
    m_copyButton = button(tr("Copy link"), tr("Copy the approval link to the clipboard"));
    row->addStretch(1);
    connect(m_fullScreenButton, &QPushButton::clicked, this, &QrPresenterPanel::toggleFullScreen);
    connect(m_savePngButton, &QPushButton::clicked, this,
            [this] { askSave(QStringLiteral("png")); });
    connect(m_saveSvgButton, &QPushButton::clicked, this,
            [this] { askSave(QStringLiteral("svg")); });
    connect(m_copyButton, &QPushButton::clicked, this, &QrPresenterPanel::copyLink);
    return bar;
}

void QrPresenterPanel::reload()
{
    // A (new) server: what was presented belongs to the old one.
    endSetup();
    m_presentedId.clear();
    m_consent = {};
    m_image.clear();
    m_display.view->clear();
    if (m_fullScreen)
        m_fullScreen->view->clear();
    m_message->hide();
    m_clients->reload();
    loadPending();
    refresh();
}

void QrPresenterPanel::loadPending()
{
    m_picker->clear();
    m_pickerIds.clear();
    m_arrivals.clear();
    m_arrivalIds.clear();
    AdminClient::ConsentQuery q;
    q.status = QStringLiteral("pending");
    m_session.api().listConsents(q, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            showMessage(tr("Could not load the pending sessions: %1").arg(r.errorText()), true);
            return;
        }
        // Newest first, as listed; an event may have added some of them already.
        const QJsonArray items = r.items();
        for (qsizetype i = items.size() - 1; i >= 0; --i)
            trackPending(items.at(i).toObject());
        flushArrivals();
        syncPicker();
    });
}

void QrPresenterPanel::onEvent(const StreamEvent &event)
{
    m_clients->applyEvent(event);
    if (!event.type.startsWith(QLatin1String("consent.")) || event.data.isEmpty())
        return;
    trackPending(event.data);
    if (ConsentsModel::idOf(event.data) == m_presentedId)
        setConsent(event.data);
}

void QrPresenterPanel::trackPending(const QJsonObject &consent)
{
    const QString id = ConsentsModel::idOf(consent);
    const bool keep = text(consent, "status") == QLatin1String("pending") || id == m_presentedId;
    if (m_arrivalIds.contains(id)) { // not in the picker yet
        m_arrivals.removeIf([&id](const QJsonObject &c) { return ConsentsModel::idOf(c) == id; });
        m_arrivalIds.remove(id);
        if (keep)
            addArrival(consent);
        return;
    }
    // Most events under load are about sessions not listed: the set answers without a walk.
    const int index = m_pickerIds.contains(id) ? m_picker->findData(id) : -1;
    if (!keep) {
        if (index >= 0) {
            m_picker->removeItem(index);
            m_pickerIds.remove(id);
        }
        return;
    }
    if (index >= 0) {
        m_picker->setItemText(index, pickerText(consent));
        m_picker->setItemData(index, consent, kConsentRole);
        return;
    }
    addArrival(consent);
}

void QrPresenterPanel::addArrival(const QJsonObject &consent)
{
    // New sessions join the picker together a few times a second: under load thousands
    // arrive per second, and one insertion per session would keep the combo box repainting.
    m_arrivals.append(consent);
    m_arrivalIds.insert(ConsentsModel::idOf(consent));
    if (m_arrivals.size() > kPickerLimit)
        m_arrivalIds.remove(ConsentsModel::idOf(m_arrivals.takeFirst()));
    if (!m_arrivalsFlush.isActive())
        m_arrivalsFlush.start();
}

void QrPresenterPanel::flushArrivals()
{
    const QSignalBlocker quiet(m_picker);
    for (const QJsonObject &consent : std::exchange(m_arrivals, {})) {
        const QString id = ConsentsModel::idOf(consent);
        m_picker->insertItem(0, pickerText(consent), id); // newest at the top
        m_picker->setItemData(0, consent, kConsentRole);
        m_pickerIds.insert(id);
    }
    m_arrivalIds.clear();
    // A list of thousands of pending sessions helps nobody: the newest ones (and the
    // presented one) stay.
    for (int i = m_picker->count() - 1; m_picker->count() > kPickerLimit && i >= 0; --i)
        if (const QString old = m_picker->itemData(i).toString(); old != m_presentedId) {
            m_picker->removeItem(i);
            m_pickerIds.remove(old);
        }
    // The presented session stays the current item (inserting into an empty list would make
    // a new one current, which nobody chose); the walk only runs when that is not so already.
    if (m_picker->currentData().toString() != m_presentedId)
        m_picker->setCurrentIndex(m_presentedId.isEmpty() ? -1 : m_picker->findData(m_presentedId));
}

QString QrPresenterPanel::pickerText(const QJsonObject &consent) const
{
    const QString created = QDateTime::fromString(text(consent, "createdAt"), Qt::ISODateWithMs)
                                .toLocalTime()
                                .toString(QStringLiteral("HH:mm:ss"));
    QString state;
    if (text(consent, "status") != QLatin1String("pending"))
        state = QStringLiteral(" [%1]").arg(StatusDelegate::label(text(consent, "status")));
    return tr("%1 · %2 · %3 · %4%5")
        .arg(text(consent, "recipient"), m_clients->nameOf(text(consent, "clientId")),
             text(consent, "intent"), created, state);
}

void QrPresenterPanel::syncPicker()
{
    const QSignalBlocker quiet(m_picker);
    for (int i = m_picker->count() - 1; i >= 0; --i) {
        const QJsonObject c = m_picker->itemData(i, kConsentRole).toJsonObject();
        // A decided session stays listed only while it is the one presented.
        if (text(c, "status") != QLatin1String("pending") &&
            m_picker->itemData(i).toString() != m_presentedId) {
            m_pickerIds.remove(m_picker->itemData(i).toString());
            m_picker->removeItem(i);
        } else { // item texts name clients, whose names may have arrived since
            m_picker->setItemText(i, pickerText(c));
        }
    }
    m_picker->setCurrentIndex(m_picker->findData(m_presentedId));
}

void QrPresenterPanel::present(const QString &consentId)
{
    if (consentId.isEmpty())
        return;
    endSetup();
    m_presentedId = consentId;
    m_consent = {};
    m_image.clear();
    m_message->hide();
    m_display.view->clear();
    m_display.view->setPlaceholderText(tr("Loading…"));
    syncPicker();
    refresh();
    m_session.api().getConsent(consentId, this, [this, consentId](const ApiResult &r) {
        if (consentId != m_presentedId)
            return; // another session was picked meanwhile
        if (!r.ok()) {
            m_display.view->setPlaceholderText(tr("No session to show."));
            showMessage(tr("Could not load session %1: %2").arg(consentId, r.errorText()), true);
            return;
        }
        trackPending(r.object());
        setConsent(r.object());
    });
    fetchImage();
}

void QrPresenterPanel::fetchImage()
{
    const QString id = m_presentedId;
    // SVG: drawn at whatever size the view (or a projector) has, always sharp.
    const QUrl url = m_session.api().consentQrUrl(id, QStringLiteral("svg"));
    m_session.api().fetch(url, this, [this, id](const ApiResult &r) {
        if (id != m_presentedId)
            return;
        if (m_showingSetup && r.ok()) { // shown when the operator comes back to the session
            m_image = r.raw;
            return;
        }
        if (!r.ok() || !m_display.view->setImageData(r.raw)) {
            m_display.view->setPlaceholderText(tr("No QR code to show."));
            showMessage(tr("Could not load the QR code: %1").arg(r.errorText()), true);
            return;
        }
        m_image = r.raw;
        if (m_fullScreen)
            m_fullScreen->view->setImageData(m_image);
    });
}

void QrPresenterPanel::setConsent(const QJsonObject &consent)
{
    const QString current = text(m_consent, "status");
    // Answers and events can cross: a decided session never goes back to pending.
    if (ConsentsModel::isTerminal(current) && !ConsentsModel::isTerminal(text(consent, "status")))
        return;
    for (auto it = consent.begin(); it != consent.end(); ++it)
        m_consent.insert(it.key(), it.value());
    refresh();
}

void QrPresenterPanel::refresh()
{
    if (!m_showingSetup)
        render(m_display);
    if (m_fullScreen)
        render({m_fullScreen->view, m_fullScreen->state, m_fullScreen->countdown});

    m_recipient->setText(text(m_consent, "recipient"));
    const QString clientName = text(m_consent, "clientName");
    m_client->setText(clientName.isEmpty() && !m_consent.isEmpty()
                          ? m_clients->nameOf(text(m_consent, "clientId"))
                          : clientName);
    m_intent->setText(text(m_consent, "intent"));

    const bool shown = !m_consent.isEmpty() && !m_showingSetup;
    m_fullScreenButton->setEnabled(shown);
    m_savePngButton->setEnabled(shown);
    m_saveSvgButton->setEnabled(shown);
    m_copyButton->setEnabled(m_showingSetup ||
                             (shown && !text(m_consent, "approvalUrl").isEmpty()));
    m_newButton->setEnabled(m_session.canWrite());
    if (text(m_consent, "status") == QLatin1String("pending"))
        m_countdown.start();
    else
        m_countdown.stop();
}

void QrPresenterPanel::render(const Display &display) const
{
    const QString state = ConsentsModel::displayState(m_consent);
    display.view->setState(state);
    display.state->setText(state.isEmpty() ? QString() : StatusDelegate::label(state));
    setTextColor(display.state, StatusDelegate::colorFor(state));
    display.countdown->setText(countdownText());
    const bool urgent =
        text(m_consent, "status") == QLatin1String("pending") && secondsLeft() <= kWarnSeconds;
    setTextColor(display.countdown, urgent ? StatusDelegate::colorFor(QStringLiteral("rejected"))
                                           : palette().color(QPalette::WindowText));
}

void QrPresenterPanel::tick()
{
    if (!m_showingSetup)
        render(m_display);
    if (m_fullScreen)
        render({m_fullScreen->view, m_fullScreen->state, m_fullScreen->countdown});
}

qint64 QrPresenterPanel::secondsLeft() const
{
    const QDateTime expires =
        QDateTime::fromString(text(m_consent, "expiresAt"), Qt::ISODateWithMs);
    if (!expires.isValid())
        return 0;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(expires));
}

QString QrPresenterPanel::countdownText() const
{
    if (text(m_consent, "status") != QLatin1String("pending"))
        return m_consent.isEmpty() ? QString() : QStringLiteral("—");
    const qint64 left = secondsLeft();
    return QStringLiteral("%1:%2")
        .arg(left / 60, 2, 10, QLatin1Char('0'))
        .arg(left % 60, 2, 10, QLatin1Char('0'));
}

void QrPresenterPanel::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    setTextColor(m_message, error ? StatusDelegate::colorFor(QStringLiteral("rejected"))
                                  : palette().color(QPalette::WindowText));
    m_message->show();
}

void QrPresenterPanel::toggleFullScreen()
{
    if (m_fullScreen) {
        m_fullScreen->close();
        return;
    }
    if (m_consent.isEmpty())
        return;
    m_fullScreen = new FullScreenView(this);
    if (!m_image.isEmpty())
        m_fullScreen->view->setImageData(m_image);
    render({m_fullScreen->view, m_fullScreen->state, m_fullScreen->countdown});
    m_fullScreen->showFullScreen();
    m_fullScreen->activateWindow();
    m_fullScreen->setFocus(Qt::ActiveWindowFocusReason);
}

bool QrPresenterPanel::saveImage(const QString &path, const QString &format)
{
    if (m_presentedId.isEmpty() || path.isEmpty() ||
        (format != QLatin1String("png") && format != QLatin1String("svg")))
        return false;
    const QUrl url = m_session.api().consentQrUrl(m_presentedId, format,
                                                  format == QLatin1String("png") ? kPngSize : 0);
    m_session.api().fetch(url, this, [this, path](const ApiResult &r) {
        QString error;
        if (!r.ok()) {
            error = tr("Could not fetch the QR code: %1").arg(r.errorText());
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(r.raw) != r.raw.size() ||
                !file.commit())
                error = tr("Could not write %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        if (!error.isEmpty()) {
            showMessage(error, true);
            Q_EMIT saveFailed(error);
            return;
        }
        showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
        Q_EMIT imageSaved(path);
    });
    return true;
}

void QrPresenterPanel::askSave(const QString &format)
{
    if (m_presentedId.isEmpty())
        return;
    const bool png = format == QLatin1String("png");
    const QString suggested = QDir::home().filePath(m_presentedId + QLatin1Char('.') + format);
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Save QR code as PNG") : tr("Save QR code as SVG"), suggested,
        png ? tr("PNG images (*.png)") : tr("SVG images (*.svg)"));
    if (!path.isEmpty())
        saveImage(path, format);
}

void QrPresenterPanel::copyLink()
{
    const QString link = m_showingSetup ? setupUrl() : text(m_consent, "approvalUrl");
    if (link.isEmpty())
        return;
    QApplication::clipboard()->setText(link);
    showMessage(m_showingSetup ? tr("Set-up link copied to the clipboard.")
                               : tr("Approval link copied to the clipboard."),
                false);
}

QString QrPresenterPanel::setupUrl() const
{
    const QUrl base(m_session.publicUrl());
    if (!base.isValid() || base.host().isEmpty())
        return {};
    return base.resolved(QUrl(QStringLiteral("/setup"))).toString();
}

void QrPresenterPanel::toggleSetup()
{
    if (m_showingSetup)
        showSession();
    else
        showSetup();
}

void QrPresenterPanel::showSetup()
{
    const QString url = setupUrl();
    const QByteArray code = QrEncoder::png(url, kPngSize).image;
    if (url.isEmpty() || !m_display.view->setImageData(code)) {
        showMessage(tr("The server's public address is not known yet: try again once the console "
                       "is connected."),
                    true);
        return;
    }
    m_showingSetup = true;
    m_display.view->setState({});
    m_display.state->setText(tr("Set up this phone"));
    setTextColor(m_display.state, palette().color(QPalette::WindowText));
    m_setupCaption->setText(
        QUrl(url).scheme() == QLatin1String("https")
            ? tr("Scan this code with the phone's camera. It opens %1, which walks the phone "
                 "through trusting this box and approving with a passkey.")
                  .arg(url)
            : tr("Scan this code with the phone's camera to open %1. This box serves plain HTTP, "
                 "so a phone cannot use a passkey with it: start it with --tls auto first.")
                  .arg(url));
    m_setupCaption->show();
    m_info->hide();
    m_message->hide();
    m_setupButton->setText(tr("Back to the session"));
    m_setupButton->setAccessibleName(tr("Back to the session"));
    refresh();
}

void QrPresenterPanel::endSetup()
{
    if (!m_showingSetup)
        return;
    m_showingSetup = false;
    m_setupCaption->hide();
    m_info->show();
    m_setupButton->setText(tr("Set up this phone"));
    m_setupButton->setAccessibleName(tr("Set up this phone"));
}

void QrPresenterPanel::showSession()
{
    endSetup();
    if (m_image.isEmpty() || !m_display.view->setImageData(m_image)) {
        m_display.view->clear(); // the session's code may still be on its way
        m_display.view->setPlaceholderText(
            m_presentedId.isEmpty() ? tr("Pick a pending session above, or start a new one.")
                                    : tr("Loading…"));
    }
    refresh();
}

void QrPresenterPanel::newSession()
{
    if (!m_session.canWrite())
        return;
    auto *dialog = new NewSessionDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewSessionDialog::created, this, [this](const QJsonObject &consent) {
        trackPending(consent);
        present(ConsentsModel::idOf(consent));
    });
    dialog->open();
}

} // namespace mid::ui
