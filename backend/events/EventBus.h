#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace mid {

// A state change somebody may care about (webhooks, the console's live stream, metrics).
struct DomainEvent
{
    QString id;       // evt_…
    QString type;     // consent.created, consent.expired, …
    QString clientId; // the tenant it belongs to; empty for instance-wide events
    qint64 at = 0;    // ms since epoch
    QJsonObject data;

    QJsonObject toJson() const;
};

// In-process publish/subscribe. Publishing is synchronous on the publisher's thread; queued
// connections carry events to subscribers living on other threads.
class EventBus : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // An event that is not recorded (a metrics tick): a new id, delivered at once.
    void publish(const QString &type, const QString &clientId, const QJsonObject &data);
    // An event the outbox recorded, once its transaction committed (same id as its row).
    void emitRecorded(const DomainEvent &event);
    // Builds the payload only when somebody listens: answers on the hot path should not
    // pay for events nobody receives.
    template <typename MakeData>
    void publishLazy(const QString &type, const QString &clientId, MakeData makeData)
    {
        if (hasSubscribers())
            publish(type, clientId, makeData());
        else
            ++m_counts[type];
    }
    bool hasSubscribers() const;
    // How many events of each type were raised since start, listened to or not (the
    // consent funnel of the console's charts).
    const QHash<QString, qint64> &counts() const { return m_counts; }

Q_SIGNALS:
    void published(const mid::DomainEvent &event);

private:
    QHash<QString, qint64> m_counts;
};

} // namespace mid

Q_DECLARE_METATYPE(mid::DomainEvent)
