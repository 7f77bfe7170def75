#pragma once

#include "GuiTestBase.h"
#include "client/SoftwareAuthenticator.h"

#include <QJsonObject>
#include <QString>


namespace mid::test {

// A phone registered through the API alone (no widget involved), as another program would
// do it: operator-started enrollment, the OTP read from the box's message log, verification,
// then FIDO registration with a software authenticator.
struct RegisteredPhone
{
    QString mobile;
    QString deviceId; // the server's id of the device
    QString credentialId;
    QString error; // what went wrong, when deviceId is empty
    SoftwareAuthenticator authenticator;
};

// The 6-digit code last sent to `mobile` (GET /admin/v1/messages?to=), or the enrollment's
// demoCode when the message log has none.
QString otpFor(GuiTestBase &fixture, const QString &mobile, const QString &demoCode = {});

RegisteredPhone registerPhone(GuiTestBase &fixture, const QString &mobile);

} // namespace mid::test
