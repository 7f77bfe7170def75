#include "EventLog.h"

#include "server/MidServer.h"

namespace mid::test {

EventLog::EventLog(MidServer &server)
{
    connect(&server.events(), &EventBus::published, this,
            [this](const DomainEvent &e) { m_events.append(e); });
}

QStringList EventLog::types() const
{
    QStringList types;
    for (const DomainEvent &e : m_events)
        types << e.type;
    return types;
}

} // namespace mid::test
