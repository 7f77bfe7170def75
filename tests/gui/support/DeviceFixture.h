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

// The phone approves (or rejects) a consent addressed to it, as its app does:
// authenticate/begin {sessionId}, an assertion of its authenticator, authenticate/complete
// with the decision. The complete answer.
Response decideConsent(GuiTestBase &fixture, RegisteredPhone &phone, const QString &consentId,
                       bool approve = true);

// An MPin identity (§8) activated through the API alone, as a tenant's backend and its app do
// it: POST /activate/initiate with the tenant's Basic credentials, then FIDO registration of a
// new device with the activation token. `userId` is an E.164 number (the device's mobile).
struct ActivatedIdentity
{
    QString userId;
    QString hashMPinId; // the identity's mpinId as the admin API lists it
    QString deviceId;   // the server's id of the new device
    QString error;      // what went wrong, when hashMPinId is empty
    SoftwareAuthenticator authenticator;
};
ActivatedIdentity activateIdentity(GuiTestBase &fixture, const TestClient &client,
                                   const QString &userId, const QString &deviceName);

// POST /verification (Basic credentials, delivery "no"): a verificationURL that activates a
// new device for `userId`; empty on failure.
QString verificationUrl(GuiTestBase &fixture, const TestClient &client, const QString &userId);

} // namespace mid::test
