#include "DeviceApiFixture.h"

#include "FidoPhone.h"

namespace mid::test {

DeviceApiFixture::DeviceApiFixture(QString mobilePrefix)
    : ServerFixture(useTestRelyingParty), m_mobilePrefix(std::move(mobilePrefix))
{
    if (ok())
        m_events = std::make_unique<EventLog>(server());
}

QString DeviceApiFixture::nextMobile()
{
    return m_mobilePrefix + QStringLiteral("%1").arg(++m_mobilesIssued, 8, 10, QLatin1Char('0'));
}

} // namespace mid::test
