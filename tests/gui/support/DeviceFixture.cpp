#include "DeviceFixture.h"

#include "client/PhoneClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrl>

namespace mid::test {

namespace {
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A loopback port free right now, so the RP origin can name it before the server starts.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

FidoGuiTestBase::FidoGuiTestBase()
{
    ServerConfig config;
    config.dataDir = m_dir.path();
    config.listenAddress = QHostAddress::LocalHost;
    config.bootstrapToken = m_adminToken;
    config.rpId = QStringLiteral("localhost");
    for (int attempt = 0; attempt < 5 && !ok(); ++attempt) {
        config.listenPort = freePort();
        config.publicUrl = QStringLiteral("http://localhost:%1").arg(config.listenPort);
        config.rpOrigins = {config.publicUrl};
        m_server = std::make_unique<EmbeddedServer>(config);
        QString error;
        if (!m_server->start(&error)) {
            qWarning("embedded server did not start: %s", qPrintable(error));
            m_server.reset();
        }
    }
    if (!ok())
        return;
    m_http = std::make_unique<HttpClient>(m_server->baseUrl().toString(QUrl::StripTrailingSlash));
    m_session = std::make_unique<ui::ServerSession>();
    m_session->connectTo(m_server->baseUrl(), m_server->operatorToken(), false);
}

FidoGuiTestBase::~FidoGuiTestBase()
{
    m_session.reset();
    if (m_server)
        m_server->stop();
}

Headers FidoGuiTestBase::admin() const
{
    return {{"Authorization", "Bearer " + m_adminToken.toUtf8()}};
}

bool FidoGuiTestBase::waitConnected(int timeoutMs)
{
    bool announced = !m_session->role().isEmpty();
    QObject::connect(m_session.get(), &ui::ServerSession::connected,
                     [&announced] { announced = true; });
    return waitUntil([&] { return announced && m_session->isConnected(); }, timeoutMs);
}

TestClient FidoGuiTestBase::createClient(const QJsonObject &fields)
{
    QJsonObject body = fields;
    if (!body.contains(QStringLiteral("name")))
        body.insert(QStringLiteral("name"), QStringLiteral("Test tenant"));
    if (!body.contains(QStringLiteral("plan")))
        body.insert(QStringLiteral("plan"), QStringLiteral("enterprise"));
    const QJsonObject d = m_http->post(QStringLiteral("/v1/clients"), body, admin()).data();
    return {d.value(QStringLiteral("clientId")).toString(),
            d.value(QStringLiteral("apiKey")).toString(),
            d.value(QStringLiteral("clientSecret")).toString()};
}

QJsonObject FidoGuiTestBase::createConsent(const TestClient &client, const QJsonObject &fields)
{
    QJsonObject body = fields;
    if (!body.contains(QStringLiteral("recipient")))
        body.insert(QStringLiteral("recipient"), QStringLiteral("+33612345678"));
    return m_http->post(QStringLiteral("/v1/consents/auth"), body, client.bearer()).data();
}

QString otpFor(FidoGuiTestBase &fixture, const QString &mobile, const QString &demoCode)
{
    static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
    const Response r = fixture.http().get(QStringLiteral("/admin/v1/messages?limit=50&to=") +
                                              QString::fromLatin1(QUrl::toPercentEncoding(mobile)),
                                          fixture.admin());
    QString newest, newestAt;
    for (const QJsonValue &v : r.data().value(QStringLiteral("items")).toArray()) {
        const QJsonObject m = v.toObject();
        QString to = text(m, "to");
        if (to.isEmpty())
            to = text(m, "recipient");
        QString body = text(m, "body");
        if (body.isEmpty())
            body = text(m, "text");
        const QString at = text(m, "createdAt");
        const auto match = sixDigits.match(body);
        if (to == mobile && match.hasMatch() && (newest.isEmpty() || at >= newestAt)) {
            newest = match.captured(1);
            newestAt = at;
        }
    }
    return newest.isEmpty() ? demoCode : newest;
}

RegisteredPhone registerPhone(FidoGuiTestBase &fixture, const QString &mobile)
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
    const QString enrollmentId = text(enrollment.data(), "enrollmentId");
    const QString code = otpFor(fixture, mobile, text(enrollment.data(), "demoCode"));
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
         {QStringLiteral("enrollmentToken"), text(verified.data(), "enrollmentToken")}});
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
                               text(options.value(QStringLiteral("rp")).toObject(), "id")));
    if (!created.ok()) {
        phone.error = QStringLiteral("authenticator: ") + created.error;
        return phone;
    }
    QString registrationId = text(begin.data(), "registrationId");
    if (registrationId.isEmpty())
        registrationId = text(options, "registrationId");
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
    phone.deviceId = text(complete.data().value(QStringLiteral("device")).toObject(), "id");
    if (phone.deviceId.isEmpty())
        phone.deviceId = text(complete.data(), "deviceId");
    phone.credentialId = text(complete.data(), "credentialId");
    return phone;
}

} // namespace mid::test
