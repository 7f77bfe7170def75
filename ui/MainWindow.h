#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSystemTrayIcon>

class QLabel;
class QListWidget;
class QToolButton;
class QStackedWidget;

namespace mid {
struct StreamEvent;
}

namespace mid::ui {

class Panel;
class QrPresenterPanel;
class ServerSession;

// The console's window: a sidebar of panels, the status bar (server, link state, requests
// per second, local or remote), menus, and the tray icon that keeps the embedded server
// running while the window is closed.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ServerSession &session, QWidget *parent = nullptr);

    // Shows the panel of that objectName (e.g. "clientsPanel"); false when there is none.
    bool showPanel(const QString &objectName);
    Panel *currentPanel() const;
    const QList<Panel *> &panels() const { return m_panels; }
    // Whether closing the window hides it to the tray (embedded mode with a tray).
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }

Q_SIGNALS:
    // The operator asked to go back to the embedded server (File menu).
    void useEmbeddedServerRequested();
    // Settings were saved that need the embedded server restarted.
    void restartServerRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPanel(Panel *panel);
    void buildMenus();
    void buildStatusBar();
    void buildTray();
    void onConnected();
    void onLink(bool up, const QString &reason);
    void onEvent(const mid::StreamEvent &event);
    void connectToRemote();
    void updateTitle();
    void updateSecurity();

    ServerSession &m_session;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QList<Panel *> m_panels;
    QrPresenterPanel *m_presenter = nullptr;
    QLabel *m_serverLabel;
    QLabel *m_linkLabel;
    QLabel *m_rateLabel;
    QLabel *m_modeLabel;
    QToolButton *m_security;
    QLabel *m_userLabel;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_closeToTray = false;
    bool m_trayHintShown = false;
};

} // namespace mid::ui
