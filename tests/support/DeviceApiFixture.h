#pragma once

#include "EventLog.h"
#include "ServerFixture.h"

#include <QString>

#include <memory>

namespace mid::test {

// The server the API tests of phones (devices, enrollments) run against: a ServerFixture with
// the test relying party, a log of the events it published, and a new mobile number for
// every test.
class DeviceApiFixture : public ServerFixture
{
public:
    explicit DeviceApiFixture(QString mobilePrefix);

    EventLog &events() { return *m_events; }
    // The prefix followed by the next 8-digit serial number.
    QString nextMobile();

private:
    QString m_mobilePrefix;
    int m_mobilesIssued = 0;
    std::unique_ptr<EventLog> m_events;
};

} // namespace mid::test
