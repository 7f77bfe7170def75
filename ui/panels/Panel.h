#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

namespace mid::ui {

class ServerSession;

// One page of the main window's sidebar. A panel talks to the server only through the
// session (API calls and the live event stream) and never blocks the GUI thread.
class Panel : public QWidget
{
    Q_OBJECT
public:
    // `objectName` names the panel for code (MainWindow::showPanel, tests, automation): unlike
    // its title, it does not change with the language.
    Panel(ServerSession &session, const QString &objectName, QWidget *parent = nullptr)
        : QWidget(parent), m_session(session)
    {
        setObjectName(objectName);
    }

    // The sidebar label (translated) and icon; the label is also the accessible name.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The session connected to a (new) server: drop what is shown and load it again.
    virtual void reload() = 0;

protected:
    ServerSession &m_session;
};

} // namespace mid::ui
