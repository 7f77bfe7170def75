#pragma once

#include "panels/Panel.h"
#include "simulator/PhoneModel.h"

class QStackedWidget;

namespace mid::ui {

class ClientDirectory;
class ConsentRequestCard;
class HomeScreen;
class PhoneFrame;

// A phone inside the console, for demos and tests: the phone (PhoneModel) drawn in a frame
// with one screen per step of its state machine, and beside it what it holds and what it did.
// It speaks to the server only through the public API, exactly as the MID app does.
class DeviceSimulatorPanel : public Panel
{
    Q_OBJECT
public:
    explicit DeviceSimulatorPanel(ServerSession &session, QWidget *parent = nullptr);
    ~DeviceSimulatorPanel() override;

    QString title() const override { return tr("Device simulator"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/simulator.svg")); }
    void reload() override;

    PhoneModel &phone() const { return *m_phone; }
    // The step whose screen the phone shows.
    PhoneModel::Step screen() const;
    // The request card of a consent session on the phone's screen, or null.
    ConsentRequestCard *card(const QString &sessionId) const;

private:
    QWidget *buildScreen();

    ClientDirectory *m_clients;
    PhoneModel *m_phone;
    QStackedWidget *m_pages = nullptr;
    HomeScreen *m_home = nullptr;
};

} // namespace mid::ui
