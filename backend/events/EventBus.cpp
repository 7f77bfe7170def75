#include "EventBus.h"

#include "core/Ids.h"
#include "core/Time.h"

#include <QMetaMethod>

namespace mid {

QJsonObject DomainEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("event"), type},
            {QStringLiteral("timestamp"), Time::rfc3339Ms(at)},
            {QStringLiteral("data"), data}};
}

bool EventBus::hasSubscribers() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&EventBus::published));
}

void EventBus::publish(const QString &type, const QString &clientId, const QJsonObject &data)
{
    ++m_counts[type];
    DomainEvent event{Ids::makeOrdered(QStringLiteral("evt")), type, clientId, Time::nowMs(), data};
    Q_EMIT published(event);
}

void EventBus::emitRecorded(const DomainEvent &event)
{
    ++m_counts[event.type];
    Q_EMIT published(event);
}

} // namespace mid
