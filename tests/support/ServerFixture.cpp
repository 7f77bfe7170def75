#include "ServerFixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include "services/TlsService.h"

namespace mid::test {

QJsonObject Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Response HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                          const Headers &headers, const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    m_lastTlsError.clear();
    // QNAM reads a custom "HEAD" like GET and waits for the announced body; head() knows better.
    QNetworkReply *reply =
        method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this](const QList<QSslError> &e) {
        for (const QSslError &error : e)
            m_lastTlsError += error.errorString() + QLatin1Char('\n');
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.append(h);
    reply->deleteLater();
    return r;
}

void HttpClient::trustOnly(const QList<QSslCertificate> &authorities)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(authorities);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls = tls;
}

Response HttpClient::post(const QString &path, const QJsonObject &json, const Headers &headers)
{
    return send("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact), headers);
}

Response HttpClient::put(const QString &path, const QJsonObject &json, const Headers &headers)
{
    return send("PUT", path, QJsonDocument(json).toJson(QJsonDocument::Compact), headers);
}

Headers TestClient::bearer() const
{
    return {{"Authorization", "Bearer " + apiKey.toUtf8()}, {"X-Client-ID", clientId.toUtf8()}};
}

Headers TestClient::mobidKey() const
{
    return {{"X-Mobid-Key", apiKey.toUtf8()}};
}

Headers TestClient::basic() const
{
    return {{"Authorization",
             "Basic " + (clientId + QLatin1Char(':') + clientSecret).toUtf8().toBase64()}};
}

ServerFixture::ServerFixture(std::function<void(ServerConfig &)> configure)
{
    ServerConfig config;
    config.listenAddress = QHostAddress::LocalHost;
    config.listenPort = 0;
    config.dataDir = m_dir.path();
    config.bootstrapToken = m_adminToken;
    if (configure)
        configure(config);
    auto server = std::make_unique<MidServer>(config);
    if (!server->start(&m_error))
        return;
    m_server = std::move(server);
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    // A box with its own CA: the client trusts that CA and nothing else.
    const QByteArray ca = m_server->tls().caCertificatePem();
    if (!ca.isEmpty())
        m_http->trustOnly(QSslCertificate::fromData(ca, QSsl::Pem));
}

ServerFixture::~ServerFixture()
{
    m_http.reset();
    m_server.reset();
}

Headers ServerFixture::admin() const
{
    return {{"Authorization", "Bearer " + m_adminToken.toUtf8()}};
}

TestClient ServerFixture::createClient(const QJsonObject &fields)
{
    QJsonObject body{{QStringLiteral("name"), QStringLiteral("Test tenant")},
                     {QStringLiteral("plan"), QStringLiteral("enterprise")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    const Response r = m_http->post(QStringLiteral("/v1/clients"), body, admin());
    const QJsonObject d = r.data();
    return {d.value(QStringLiteral("clientId")).toString(),
            d.value(QStringLiteral("apiKey")).toString(),
            d.value(QStringLiteral("clientSecret")).toString()};
}

QJsonObject ServerFixture::createConsent(const TestClient &client, const QJsonObject &fields)
{
    QJsonObject body{{QStringLiteral("recipient"), QStringLiteral("+2348012345678")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    return m_http->post(QStringLiteral("/v1/consents/auth"), body, client.bearer()).data();
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace mid::test
