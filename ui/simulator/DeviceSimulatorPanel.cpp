#include "DeviceSimulatorPanel.h"

#include "ServerSession.h"
#include "Theme.h"
#include "models/ConsentsModel.h"
#include "simulator/ActivateScreen.h"
#include "simulator/CodeScreen.h"
#include "simulator/HomeScreen.h"
#include "simulator/PhoneFrame.h"
#include "simulator/RegisterScreen.h"
#include "simulator/SimulatorSidePane.h"
#include "simulator/WelcomeScreen.h"

#include <QHBoxLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mid::ui {

DeviceSimulatorPanel::DeviceSimulatorPanel(ServerSession &session, QWidget *parent)
    : Panel(session, QStringLiteral("simulatorPanel"), parent),
      m_clients(new ClientDirectory(session.api(), this)),
      m_phone(new PhoneModel(session.api(), this))
{
    setAccessibleName(title());
    setStyleSheet(Theme::styleSheet(QStringLiteral("simulator")));
    auto *frame = new PhoneFrame(buildScreen(), this);
    frame->setAccessibleName(tr("Simulated phone"));
    connect(m_home, &HomeScreen::ticked, frame, qOverload<>(&QWidget::update)); // its clock

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addStretch(1);
    layout->addWidget(frame);
    layout->addSpacing(36);
    layout->addWidget(new SimulatorSidePane(*m_phone, this), 0);
    layout->addStretch(1);

    connect(&m_session, &ServerSession::connected, this, &DeviceSimulatorPanel::reload);
    connect(&m_session, &ServerSession::eventReceived, m_clients, &ClientDirectory::applyEvent);
    connect(&m_session, &ServerSession::eventReceived, m_phone, &PhoneModel::applyEvent);
}

DeviceSimulatorPanel::~DeviceSimulatorPanel() = default;

// The phone's glass: one page per step, in the order of PhoneModel::Step.
QWidget *DeviceSimulatorPanel::buildScreen()
{
    auto *screen = new QWidget;
    screen->setObjectName(QStringLiteral("phoneScreen"));
    m_pages = new QStackedWidget(screen);
    m_pages->setAccessibleName(tr("Phone screen"));
    // Connected before the screens are: a screen that the phone moves to is shown first, and
    // then takes the focus.
    connect(m_phone, &PhoneModel::stepChanged, m_pages,
            [this](PhoneModel::Step step) { m_pages->setCurrentIndex(int(step)); });
    m_home = new HomeScreen(*m_phone, *m_clients);
    for (PhoneScreen *page : std::initializer_list<PhoneScreen *>{
             new WelcomeScreen(*m_phone), new CodeScreen(*m_phone), new RegisterScreen(*m_phone),
             m_home, new ActivateScreen(*m_phone)}) {
        Q_ASSERT(m_pages->count() == int(page->step()));
        m_pages->addWidget(page);
    }
    auto *layout = new QVBoxLayout(screen);
    layout->setContentsMargins(18, 8, 18, 8);
    layout->addWidget(m_pages);
    return screen;
}

void DeviceSimulatorPanel::reload()
{
    m_clients->reload();
    m_phone->reload();
}

PhoneModel::Step DeviceSimulatorPanel::screen() const
{
    return PhoneModel::Step(m_pages->currentIndex());
}

ConsentRequestCard *DeviceSimulatorPanel::card(const QString &sessionId) const
{
    return m_home->card(sessionId);
}

} // namespace mid::ui
