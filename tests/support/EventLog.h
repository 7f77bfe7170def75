#pragma once

#include "events/EventBus.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace mid {
class MidServer;
}

namespace mid::test {

// Every domain event a server publishes, in order, for tests that check what was announced.
class EventLog : public QObject
{
public:
    explicit EventLog(MidServer &server);

    const QList<DomainEvent> &events() const { return m_events; }
    QStringList types() const;
    void clear() { m_events.clear(); }

private:
    QList<DomainEvent> m_events;
};

} // namespace mid::test
