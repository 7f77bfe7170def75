#pragma once

#include "server/MidServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace mid::test {

// One HTTP answer as a test reads it.
struct Response
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
    QJsonObject data() const { return json().value(QStringLiteral("data")).toObject(); }
    QByteArray header(const QByteArray &name) const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Speaks HTTP to a server with QNetworkAccessManager, spinning the event loop until the
// answer arrives, so the in-process server on the same thread gets to run.
class HttpClient
{
public:
    explicit HttpClient(QString baseUrl) : m_baseUrl(std::move(baseUrl)) {}
    Response send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const Headers &headers = {}, const QByteArray &contentType = "application/json");
    Response get(const QString &path, const Headers &headers = {})
    {
        return send("GET", path, {}, headers);
    }
    Response post(const QString &path, const QJsonObject &json, const Headers &headers = {});
    Response put(const QString &path, const QJsonObject &json, const Headers &headers = {});
    Response del(const QString &path, const Headers &headers = {})
    {
        return send("DELETE", path, {}, headers);
    }
    const QString &baseUrl() const { return m_baseUrl; }
    // HTTPS: trust exactly these CA certificates (not the system's), with full verification.
    void trustOnly(const QList<QSslCertificate> &authorities);
    // The TLS errors of the last request, if its handshake or verification failed.
    const QString &lastTlsError() const { return m_lastTlsError; }

private:
    QString m_baseUrl;
    std::optional<QSslConfiguration> m_tls;
    QString m_lastTlsError;
    QNetworkAccessManager m_nam;
};

// A tenant created through the API, with its one-time credentials.
struct TestClient
{
    QString clientId;
    QString apiKey;
    QString clientSecret;
    Headers bearer() const;   // Authorization: Bearer + X-Client-ID (seeds 000/003)
    Headers mobidKey() const; // X-Mobid-Key (seed 001)
    Headers basic() const;    // Basic clientId:clientSecret (seed 004)
};

// A real MidServer on a loopback port with a fresh data directory, and an HTTP client.
class ServerFixture
{
public:
    explicit ServerFixture(std::function<void(ServerConfig &)> configure = {});
    ~ServerFixture();

    bool ok() const { return m_server != nullptr; }
    const QString &error() const { return m_error; }
    MidServer &server() { return *m_server; }
    HttpClient &http() { return *m_http; }
    QString dataDir() const { return m_dir.path(); }
    Headers admin() const;
    const QString &adminToken() const { return m_adminToken; }

    // Creates a tenant through POST /v1/clients with the operator token.
    TestClient createClient(const QJsonObject &fields = {});
    // Creates a consent for the client; returns the envelope's data.
    QJsonObject createConsent(const TestClient &client, const QJsonObject &fields = {});

private:
    QTemporaryDir m_dir;
    QString m_error;
    QString m_adminToken = QStringLiteral("test-admin-token-0123456789");
    std::unique_ptr<MidServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

// Waits (spinning the event loop) until `condition` holds or `timeoutMs` passes.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

} // namespace mid::test
