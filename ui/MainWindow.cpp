#include "MainWindow.h"

#include "ServerSession.h"
#include "Theme.h"
#include "dialogs/ConnectDialog.h"
#include "panels/AuditPanel.h"
#include "panels/ClientsPanel.h"
#include "panels/ConsentsPanel.h"
#include "panels/DashboardPanel.h"
#include "panels/DevicesPanel.h"
#include "panels/IdentityReviewsPanel.h"
#include "panels/MessagesPanel.h"
#include "panels/QrPresenterPanel.h"
#include "panels/SettingsPanel.h"
#include "panels/SigningPanel.h"
#include "panels/WebhooksPanel.h"
#include "simulator/DeviceSimulatorPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace mid::ui {

MainWindow::MainWindow(ServerSession &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_sidebar(new QListWidget),
      m_stack(new QStackedWidget), m_serverLabel(new QLabel), m_linkLabel(new QLabel),
      m_rateLabel(new QLabel), m_modeLabel(new QLabel), m_security(new QToolButton),
      m_userLabel(new QLabel)
{
    Theme::initResources();
    setWindowIcon(QIcon(QStringLiteral(":/ui/icons/app.svg")));
    setAccessibleName(tr("MID Console"));
    m_sidebar->setAccessibleName(tr("Panels"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_stack->setAccessibleName(tr("Panel"));

    addPanel(new DashboardPanel(session));
    addPanel(new ClientsPanel(session));
    addPanel(new DevicesPanel(session));
    auto *consents = new ConsentsPanel(session);
    addPanel(consents);
    m_presenter = new QrPresenterPanel(session);
    addPanel(m_presenter);
    auto *webhooks = new WebhooksPanel(session);
    addPanel(webhooks);
    addPanel(new AuditPanel(session));
    addPanel(new IdentityReviewsPanel(session));
    addPanel(new SigningPanel(session));
    addPanel(new MessagesPanel(session));
    addPanel(new DeviceSimulatorPanel(session));
    auto *settings = new SettingsPanel(session);
    addPanel(settings);
    connect(consents, &ConsentsPanel::presentRequested, this, [this](const QString &id) {
        m_presenter->present(id);
        showPanel(m_presenter->objectName());
    });
    connect(consents, &ConsentsPanel::deliveryRequested, this, [this, webhooks](const QString &id) {
        showPanel(webhooks->objectName());
        webhooks->showDelivery(id);
    });
    connect(settings, &SettingsPanel::restartServerRequested, this,
            &MainWindow::restartServerRequested);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(window); border-right: 1px solid palette(mid);"
        " padding-top: 8px; outline: 0; }"
        "QListWidget#sidebar::item { padding: 9px 12px; margin: 1px 8px; border-radius: 6px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));

    buildMenus();
    buildStatusBar();
    buildTray();
    connect(&session, &ServerSession::connected, this, &MainWindow::onConnected);
    connect(&session, &ServerSession::linkChanged, this, &MainWindow::onLink);
    connect(&session, &ServerSession::eventReceived, this, &MainWindow::onEvent);
    connect(&session, &ServerSession::securityChanged, this, &MainWindow::updateSecurity);
    connect(&session, &ServerSession::loginRequired, this, [this] {
        if (m_session.isRemote())
            statusBar()->showMessage(tr("The server no longer accepts this login. Use File → "
                                        "Connect… to log in again."));
    });
    resize(1280, 800);
    updateTitle();
}

void MainWindow::addPanel(Panel *panel)
{
    panel->setAccessibleName(panel->title());
    auto *item = new QListWidgetItem(panel->icon(), panel->title(), m_sidebar);
    item->setData(Qt::AccessibleTextRole, panel->title());
    m_stack->addWidget(panel);
    m_panels.append(panel);
    // Alt+1…9, then Alt+0 for the tenth, reach the panels without the mouse.
    if (m_panels.size() <= 10) {
        auto *jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + m_panels.size() % 10)));
        const int row = int(m_panels.size()) - 1;
        connect(jump, &QAction::triggered, this, [this, row] { m_sidebar->setCurrentRow(row); });
        addAction(jump);
    }
}

bool MainWindow::showPanel(const QString &objectName)
{
    for (int i = 0; i < m_panels.size(); ++i) {
        if (m_panels[i]->objectName() == objectName) {
            m_sidebar->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

Panel *MainWindow::currentPanel() const
{
    return qobject_cast<Panel *>(m_stack->currentWidget());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectRemote =
        file->addAction(tr("&Connect to server…"), this, &MainWindow::connectToRemote);
    connectRemote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    file->addAction(tr("Use the &embedded server"), this, &MainWindow::useEmbeddedServerRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const std::pair<Theme::Mode, QString> modes[] = {{Theme::Mode::System, tr("Follow &system")},
                                                     {Theme::Mode::Light, tr("&Light")},
                                                     {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, label] : modes) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(Theme::saved() == mode);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [mode] {
            Theme::save(mode);
            Theme::apply(mode);
        });
    }
    QAction *fullScreen = view->addAction(
        tr("&Full screen"), this, [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setShortcut(QKeySequence::FullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("API &documentation"), this, [this] {
        QDesktopServices::openUrl(m_session.baseUrl().resolved(QUrl(QStringLiteral("/docs"))));
    });
    help->addAction(tr("&About MID Console"), this, [this] {
        QMessageBox::about(this, tr("About MID Console"),
                           tr("<h3>MID Console %1</h3><p>Administration console and embedded "
                              "server for the MID (Mobile Identity) API: tenants, consent "
                              "sessions, QR codes and the audit log.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    m_security->setAutoRaise(true);
    m_security->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_security->setIconSize(QSize(16, 16));
    m_security->setAccessibleName(tr("Encryption"));
    // The certificate's details are in Settings, of whichever server the console is on.
    connect(m_security, &QToolButton::clicked, this,
            [this] { showPanel(QStringLiteral("settingsPanel")); });
    for (QLabel *l : {m_modeLabel, m_serverLabel}) {
        l->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(l);
    }
    statusBar()->addPermanentWidget(m_security);
    for (QLabel *l : {m_linkLabel, m_rateLabel, m_userLabel}) {
        l->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(l);
    }
    updateSecurity();
    m_modeLabel->setAccessibleName(tr("Connection"));
    m_serverLabel->setAccessibleName(tr("Server URL"));
    m_linkLabel->setAccessibleName(tr("Server state"));
    m_rateLabel->setAccessibleName(tr("Requests per second"));
    m_userLabel->setAccessibleName(tr("Operator"));
    m_linkLabel->setText(tr("Connecting…"));
    m_rateLabel->setText(tr("— req/s"));
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show MID Console"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addSeparator();
    menu->addAction(tr("Quit (stops the server)"), this, &MainWindow::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            isVisible() ? hide() : (showNormal(), activateWindow());
    });
    m_tray->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeToTray && m_tray && m_tray->isVisible()) {
        hide();
        if (!m_trayHintShown) {
            m_tray->showMessage(tr("MID Console"),
                                tr("The server keeps running. Use the tray icon to open the "
                                   "console again or to quit."));
            m_trayHintShown = true;
        }
        event->ignore();
        return;
    }
    event->accept();
    Q_EMIT quitRequested();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ThemeChange && Theme::saved() == Theme::Mode::System)
        Theme::apply(Theme::Mode::System);
    QMainWindow::changeEvent(event);
}

void MainWindow::onConnected()
{
    updateTitle();
    m_userLabel->setText(tr("%1 (%2)").arg(m_session.operatorName(), m_session.role()));
    for (Panel *panel : std::as_const(m_panels))
        panel->reload();
}

void MainWindow::onLink(bool up, const QString &reason)
{
    m_linkLabel->setText(up ? tr("● Connected") : tr("● Reconnecting…"));
    m_linkLabel->setStyleSheet(up ? QStringLiteral("color: #16a34a;")
                                  : QStringLiteral("color: #dc2626;"));
    m_linkLabel->setToolTip(reason);
    if (!up && !reason.isEmpty())
        statusBar()->showMessage(tr("Lost the server: %1 Retrying…").arg(reason), 10000);
    else if (up)
        statusBar()->clearMessage();
}

void MainWindow::onEvent(const mid::StreamEvent &event)
{
    if (event.type != QLatin1String("metrics.tick"))
        return;
    const qint64 total = event.data.value(QStringLiteral("requests"))
                             .toObject()
                             .value(QStringLiteral("total"))
                             .toInteger();
    m_rateLabel->setText(tr("%L1 req/s").arg(total));
}

void MainWindow::connectToRemote()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session.connectTo(dialog.url(), dialog.token(), true, dialog.pinnedFingerprint());
    updateTitle();
}

void MainWindow::updateSecurity()
{
    const bool encrypted = m_session.isEncrypted();
    m_security->setIcon(QIcon(encrypted ? QStringLiteral(":/ui/icons/lock.svg")
                                        : QStringLiteral(":/ui/icons/lock-open.svg")));
    m_security->setText(encrypted ? tr("TLS") : tr("Not encrypted"));
    if (!encrypted && !m_session.isRemote())
        m_security->setToolTip(tr("The console reaches its embedded server over loopback, "
                                  "unencrypted. Start it with --tls auto to serve HTTPS to "
                                  "phones and other machines."));
    else if (!encrypted)
        m_security->setToolTip(tr("The connection to this server is plain HTTP: requests and "
                                  "operator tokens travel unencrypted."));
    else
        m_security->setToolTip(tr("Encrypted (TLS). The console accepts only the certificate "
                                  "with the SHA-256 fingerprint\n%1")
                                   .arg(m_session.certificateFingerprint()));
}

void MainWindow::updateTitle()
{
    const QString url = m_session.baseUrl().toString(QUrl::StripTrailingSlash);
    m_serverLabel->setText(url);
    m_modeLabel->setText(m_session.isRemote() ? tr("Remote server") : tr("Embedded server"));
    setWindowTitle(url.isEmpty() ? tr("MID Console") : tr("MID Console — %1").arg(url));
}

} // namespace mid::ui
