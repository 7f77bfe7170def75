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

RegisteredPhone registerPhone(GuiTestBase &fixture, const QString &mobile)
{
    RegisteredPhone phone;
    phone.mobile = mobile;
    const QString localId = QStringLiteral("test-") + QString(mobile).remove(QLatin1Char('+'));
    const QJsonObject info{{QStringLiteral("model"), QStringLiteral("Pixel 8")},
                           {QStringLiteral("os"), QStringLiteral("Android 14")},
                           {QStringLiteral("appVersion"), QStringLiteral("2.1.0")}};
    const Response enrollment = fixture.http().post(QStringLiteral("/v1/enrollments"),
                                                    {{QStringLiteral("mobile"), mobile},
                                                     {QStringLiteral("deviceId"), localId},
                                                     {QStringLiteral("deviceInfo"), info}},
                                                    fixture.admin());
    if (enrollment.status / 100 != 2) {
        phone.error = QStringLiteral("enrollment: %1 %2")
                          .arg(enrollment.status)
                          .arg(QString::fromUtf8(enrollment.body));
        return phone;
    }
    const QString enrollmentId = jsonText(enrollment.data(), "enrollmentId");
    const QString code = otpFor(fixture, mobile, jsonText(enrollment.data(), "demoCode"));
    const Response verified =
        fixture.http().post(QStringLiteral("/v1/enrollments/%1/verify").arg(enrollmentId),
                            {{QStringLiteral("code"), code}});
    if (verified.status != 200) {
        phone.error = QStringLiteral("verify (code %1): %2 %3")
                          .arg(code)
                          .arg(verified.status)
                          .arg(QString::fromUtf8(verified.body));
        return phone;
    }
    const Response begin = fixture.http().post(
        QStringLiteral("/v1/fido/register/begin"),
        {{QStringLiteral("mobile"), mobile},
         {QStringLiteral("deviceId"), localId},
         {QStringLiteral("deviceInfo"), info},
         {QStringLiteral("enrollmentToken"), jsonText(verified.data(), "enrollmentToken")}});
    if (begin.status != 200) {
        phone.error = QStringLiteral("register/begin: %1 %2")
                          .arg(begin.status)
                          .arg(QString::fromUtf8(begin.body));
        return phone;
    }
    const QJsonObject options = PhoneClient::optionsOf(begin.data());
    const auto created = phone.authenticator.create(
        options,
        PhoneClient::originFor(fixture.session().baseUrl(),
                               jsonText(options.value(QStringLiteral("rp")).toObject(), "id")));
    if (!created.ok()) {
        phone.error = QStringLiteral("authenticator: ") + created.error;
        return phone;
    }
    QString registrationId = jsonText(begin.data(), "registrationId");
    if (registrationId.isEmpty())
        registrationId = jsonText(options, "registrationId");
    const Response complete =
        fixture.http().post(QStringLiteral("/v1/fido/register/complete"),
                            {{QStringLiteral("registrationId"), registrationId},
                             {QStringLiteral("credential"), created.json}});
    if (complete.status / 100 != 2) {
        phone.error = QStringLiteral("register/complete: %1 %2")
                          .arg(complete.status)
                          .arg(QString::fromUtf8(complete.body));
        return phone;
    }
    // deviceId echoes the phone's own id; device.id is the server's dev_… id.
    phone.deviceId = jsonText(complete.data().value(QStringLiteral("device")).toObject(), "id");
    if (phone.deviceId.isEmpty())
        phone.deviceId = jsonText(complete.data(), "deviceId");
    phone.credentialId = jsonText(complete.data(), "credentialId");
    return phone;
}

} // namespace mid::test
