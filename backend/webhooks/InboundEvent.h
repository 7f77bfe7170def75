#pragma once

#include <QJsonObject>
#include <QString>

namespace mid {

// What a provider's verifier makes of a request it accepted: the provider's own id of the
// event (the idempotency key of §9), its type and the decoded payload that is stored.
struct InboundEvent
{
    QString eventId;
    QString eventType;
    QJsonObject decoded;
    QString customer; // Stripe: the customer the event is about ("cus_…"); else empty
};

// The outcome of one check: passed, or why not, in words an operator can act on.
struct InboundCheck
{
    bool ok = true;
    QString reason;

    static InboundCheck pass() { return {}; }
    static InboundCheck fail(const QString &reason) { return {false, reason}; }
};

} // namespace mid
