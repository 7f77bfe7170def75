#include "FidoPhone.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace mid::test {

void useTestRelyingParty(ServerConfig &config)
{
    config.rpId = kTestRpId;
    config.rpOrigins = {kTestOrigin};
}

FidoPhone::FidoPhone(ServerFixture &fixture, QString mobile_, QString deviceId_, QString origin_)
    : mobile(std::move(mobile_)), deviceId(std::move(deviceId_)), origin(std::move(origin_)),
      m_f(fixture)
{
}

Response FidoPhone::startEnrollment(const TestClient &client)
{
    return m_f.http().post(QStringLiteral("/v1/enrollments"),
                           {{QStringLiteral("mobile"), mobile},
                            {QStringLiteral("deviceId"), deviceId},
                            {QStringLiteral("deviceInfo"),
                             QJsonObject{{QStringLiteral("model"), QStringLiteral("Pixel 8")},
                                         {QStringLiteral("os"), QStringLiteral("Android 15")},
                                         {QStringLiteral("appVersion"), QStringLiteral("2.1.0")}}}},
                           client.bearer());
}

QString FidoPhone::lastCode()
{
    const Response r = m_f.http().get(QStringLiteral("/admin/v1/messages?limit=1&to=") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(mobile)),
                                      m_f.admin());
    const QString body = r.data()
                             .value(QStringLiteral("items"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("body"))
                             .toString();
    return QRegularExpression(QStringLiteral("\\b(\\d{6})\\b")).match(body).captured(1);
}

QString FidoPhone::enrollmentToken(const TestClient &client)
{
    const Response created = startEnrollment(client);
    if (created.status != 200)
        return {};
    const QString id = created.data().value(QStringLiteral("enrollmentId")).toString();
    const Response verified = m_f.http().post(QStringLiteral("/v1/enrollments/%1/verify").arg(id),
                                              {{QStringLiteral("code"), lastCode()}});
    return verified.data().value(QStringLiteral("enrollmentToken")).toString();
}

Response FidoPhone::completeRegistration(const QJsonObject &options, const QString &base)
{
    const auto created = authenticator.create(options, origin);
    if (!created.ok())
        qWarning() << "authenticator refused:" << created.error;
    return m_f.http().post(
        base + QStringLiteral("/register/complete"),
        {{QStringLiteral("registrationId"), options.value(QStringLiteral("registrationId"))},
         {QStringLiteral("credential"), created.json}});
}

Response FidoPhone::registerWithToken(const QString &token, const QString &base)
{
    const Response begin = m_f.http().post(
        base + QStringLiteral("/register/begin"),
        {{QStringLiteral("enrollmentToken"), token}, {QStringLiteral("deviceId"), deviceId}});
    if (begin.status != 200)
        return begin;
    return completeRegistration(begin.data(), base);
}

Response FidoPhone::registerWithClient(const TestClient &client, const QString &base)
{
    const Response begin =
        m_f.http().post(base + QStringLiteral("/register/begin"),
                        {{QStringLiteral("mobile"), mobile},
                         {QStringLiteral("deviceId"), deviceId},
                         {QStringLiteral("deviceInfo"),
                          QJsonObject{{QStringLiteral("model"), QStringLiteral("iPhone 15 Pro")}}}},
                        client.bearer());
    if (begin.status != 200)
        return begin;
    return completeRegistration(begin.data(), base);
}

QJsonObject FidoPhone::enrollAndRegister(const TestClient &client)
{
    const QString token = enrollmentToken(client);
    if (token.isEmpty())
        return {};
    const Response r = registerWithToken(token);
    if (r.status != 200)
        qWarning() << "registration failed" << r.status << r.body;
    return r.data();
}

QJsonObject FidoPhone::assertionFor(const QJsonObject &options)
{
    const auto got = authenticator.get(options, origin);
    if (!got.ok())
        qWarning() << "authenticator refused:" << got.error;
    return got.json;
}

Response FidoPhone::decide(const QString &sessionId, const QString &decision, const QString &base)
{
    const Response begin = m_f.http().post(base + QStringLiteral("/authenticate/begin"),
                                           {{QStringLiteral("sessionId"), sessionId}});
    if (begin.status != 200)
        return begin;
    const QJsonObject options = begin.data();
    return m_f.http().post(
        base + QStringLiteral("/authenticate/complete"),
        {{QStringLiteral("authenticationId"), options.value(QStringLiteral("authenticationId"))},
         {QStringLiteral("credential"), assertionFor(options)},
         {QStringLiteral("decision"), decision}});
}

} // namespace mid::test
