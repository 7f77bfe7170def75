#include "DeviceFixture.h"

#include "client/PhoneClient.h"
#include "support/JsonText.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace mid::test {

QString otpFor(GuiTestBase &fixture, const QString &mobile, const QString &demoCode)
{
    static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
    const Response r = fixture.http().get(QStringLiteral("/admin/v1/messages?limit=50&to=") +
                                              QString::fromLatin1(QUrl::toPercentEncoding(mobile)),
                                          fixture.admin());
    QString newest, newestAt;
    for (const QJsonValue &v : r.data().value(QStringLiteral("items")).toArray()) {
        const QJsonObject m = v.toObject();
        QString to = jsonText(m, "to");
        if (to.isEmpty())
            to = jsonText(m, "recipient");
        QString body = jsonText(m, "body");
        if (body.isEmpty())
            body = jsonText(m, "text");
        const QString at = jsonText(m, "createdAt");
        const auto match = sixDigits.match(body);
        // The list is newest first and times have whole seconds: of two codes sent in the
        // same second, the first listed is the newer one.
        if (to == mobile && match.hasMatch() && (newest.isEmpty() || at > newestAt)) {
            newest = match.captured(1);
            newestAt = at;
        }
    }
    return newest.isEmpty() ? demoCode : newest;
}

namespace {

QString failure(const char *step, const Response &r)
{
    return QStringLiteral("%1: %2 %3")
        .arg(QLatin1String(step))
        .arg(r.status)
        .arg(QString::fromUtf8(r.body));
}

// register/begin with `begin` (mobile, deviceId, deviceInfo and the grant), the
// authenticator's answer, register/complete: the complete data, or empty with *error set.
QJsonObject registerCredential(GuiTestBase &fixture, SoftwareAuthenticator &authenticator,
                               const QJsonObject &begin, QString *error)
{
    const Response started = fixture.http().post(QStringLiteral("/v1/fido/register/begin"), begin);
    if (started.status != 200) {
        *error = failure("register/begin", started);
        return {};
    }
    const QJsonObject options = PhoneClient::optionsOf(started.data());
    const auto created = authenticator.create(
        options,
        PhoneClient::originFor(fixture.session().baseUrl(),
                               jsonText(options.value(QStringLiteral("rp")).toObject(), "id")));
    if (!created.ok()) {
        *error = QStringLiteral("authenticator: ") + created.error;
        return {};
    }
    QString registrationId = jsonText(started.data(), "registrationId");
    if (registrationId.isEmpty())
        registrationId = jsonText(options, "registrationId");
    const Response complete =
        fixture.http().post(QStringLiteral("/v1/fido/register/complete"),
                            {{QStringLiteral("registrationId"), registrationId},
                             {QStringLiteral("credential"), created.json}});
    if (complete.status / 100 != 2) {
        *error = failure("register/complete", complete);
        return {};
    }
    return complete.data();
}

// deviceId echoes the phone's own id; device.id is the server's dev_… id.
QString serverDeviceId(const QJsonObject &complete)
{
    const QString id = jsonText(complete.value(QStringLiteral("device")).toObject(), "id");
    return id.isEmpty() ? jsonText(complete, "deviceId") : id;
}

const QJsonObject kDeviceInfo{{QStringLiteral("model"), QStringLiteral("Pixel 8")},
                              {QStringLiteral("os"), QStringLiteral("Android 14")},
                              {QStringLiteral("appVersion"), QStringLiteral("2.1.0")}};

} // namespace

RegisteredPhone registerPhone(GuiTestBase &fixture, const QString &mobile)
{
    RegisteredPhone phone;
    phone.mobile = mobile;
    const QString localId = QStringLiteral("test-") + QString(mobile).remove(QLatin1Char('+'));
    const Response enrollment = fixture.http().post(QStringLiteral("/v1/enrollments"),
                                                    {{QStringLiteral("mobile"), mobile},
                                                     {QStringLiteral("deviceId"), localId},
                                                     {QStringLiteral("deviceInfo"), kDeviceInfo}},
                                                    fixture.admin());
    if (enrollment.status / 100 != 2) {
        phone.error = failure("enrollment", enrollment);
        return phone;
    }
    const QString enrollmentId = jsonText(enrollment.data(), "enrollmentId");
    const QString code = otpFor(fixture, mobile, jsonText(enrollment.data(), "demoCode"));
    const Response verified =
        fixture.http().post(QStringLiteral("/v1/enrollments/%1/verify").arg(enrollmentId),
                            {{QStringLiteral("code"), code}});
    if (verified.status != 200) {
        phone.error = failure("verify", verified) + QStringLiteral(" (code %1)").arg(code);
        return phone;
    }
    const QJsonObject complete = registerCredential(
        fixture, phone.authenticator,
        {{QStringLiteral("mobile"), mobile},
         {QStringLiteral("deviceId"), localId},
         {QStringLiteral("deviceInfo"), kDeviceInfo},
         {QStringLiteral("enrollmentToken"), jsonText(verified.data(), "enrollmentToken")}},
        &phone.error);
    phone.deviceId = serverDeviceId(complete);
    phone.credentialId = jsonText(complete, "credentialId");
    return phone;
}

Response decideConsent(GuiTestBase &fixture, RegisteredPhone &phone, const QString &consentId,
                       bool approve)
{
    const Response begin = fixture.http().post(QStringLiteral("/v1/fido/authenticate/begin"),
                                               {{QStringLiteral("sessionId"), consentId}});
    if (begin.status != 200)
        return begin;
    const QJsonObject options = PhoneClient::optionsOf(begin.data());
    const auto assertion = phone.authenticator.get(
        options, PhoneClient::originFor(fixture.session().baseUrl(), jsonText(options, "rpId")));
    if (!assertion.ok())
        return {0, assertion.error.toUtf8(), {}};
    QString authenticationId = jsonText(begin.data(), "authenticationId");
    if (authenticationId.isEmpty())
        authenticationId = jsonText(options, "authenticationId");
    return fixture.http().post(QStringLiteral("/v1/fido/authenticate/complete"),
                               {{QStringLiteral("authenticationId"), authenticationId},
                                {QStringLiteral("credential"), assertion.json},
                                {QStringLiteral("decision"),
                                 approve ? QStringLiteral("approve") : QStringLiteral("reject")}});
}

ActivatedIdentity activateIdentity(GuiTestBase &fixture, const TestClient &client,
                                   const QString &userId, const QString &deviceName)
{
    ActivatedIdentity identity;
    identity.userId = userId;
    const Response initiated = fixture.http().post(
        QStringLiteral("/activate/initiate"),
        {{QStringLiteral("userId"), userId}, {QStringLiteral("deviceName"), deviceName}},
        client.basic());
    if (initiated.status != 200) {
        identity.error = failure("activate/initiate", initiated);
        return identity;
    }
    const QString localId = QStringLiteral("mpin-") + QString(userId).remove(QLatin1Char('+'));
    const QJsonObject complete = registerCredential(
        fixture, identity.authenticator,
        {{QStringLiteral("mobile"), userId},
         {QStringLiteral("deviceId"), localId},
         {QStringLiteral("deviceInfo"), kDeviceInfo},
         {QStringLiteral("activationToken"), jsonText(initiated.json(), "actToken")}},
        &identity.error);
    identity.deviceId = serverDeviceId(complete);
    identity.hashMPinId = jsonText(complete.value(QStringLiteral("mpin")).toObject(), "hashMPinId");
    if (identity.error.isEmpty() && identity.hashMPinId.isEmpty())
        identity.error = QStringLiteral("register/complete answered no mpin identity");
    return identity;
}

QString verificationUrl(GuiTestBase &fixture, const TestClient &client, const QString &userId)
{
    const Response r = fixture.http().post(QStringLiteral("/verification"),
                                           {{QStringLiteral("userId"), userId},
                                            {QStringLiteral("clientId"), client.clientId},
                                            {QStringLiteral("delivery"), QStringLiteral("no")}},
                                           client.basic());
    return jsonText(r.json(), "verificationURL");
}

} // namespace mid::test
