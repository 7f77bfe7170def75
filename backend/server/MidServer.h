#pragma once

#include "core/Config.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

namespace mid {

class AuditLog;
class AuthService;
class ClientService;
class ConsentService;
class Controller;
class Database;
class DemoMode;
class EventBus;
class EventStreamHub;
class MetricsHistory;
class Outbox;
class WebhookService;
class OperatorService;
class HttpServer;
class IdTokenIssuer;
class IdentityServices;
class InboundWebhookService;
class Metrics;
class TurnCommit;
class QrService;
class RateLimitPolicy;
class Readiness;
class Router;
class SigningKeyService;
class TlsService;
class GuardedTcpServer;
class WebhookDispatcher;
class WalCheckpointer;
struct DeliveryUpdate;

// One running MID server: storage, services, the route table and the listener, wired in
// dependency order. mid-server runs it on its main thread; mid-console on a worker thread;
// tests run it in-process on a loopback port.
class MidServer : public QObject
{
    Q_OBJECT
public:
    explicit MidServer(ServerConfig config, QObject *parent = nullptr);
    ~MidServer() override;

    // Opens (and migrates) the database, loads state, bootstraps the admin, listens.
    bool start(QString *error);
    // Stops accepting, writes what is queued, closes the database.
    void stop();

    quint16 port() const { return m_port; }
    // Where a client on this machine reaches the server (the listening address).
    QString baseUrl() const;
    // Where the console and automation reach /admin/v1 (the admin listener when there is one).
    QString adminUrl() const;
    // What links and QR codes point at, and what the WebAuthn RP is derived from.
    QString publicUrl() const;
    // The admin token generated on this start (empty if given or generated earlier).
    const QString &generatedAdminToken() const { return m_generatedAdminToken; }
    const ServerConfig &config() const { return m_config; }

    Database &database() { return *m_db; }
    EventBus &events() { return *m_bus; }
    ClientService &clients() { return *m_clients; }
    ConsentService &consents() { return *m_consents; }
    QrService &qr() { return *m_qr; }
    AuthService &auth() { return *m_auth; }
    AuditLog &audit() { return *m_audit; }
    Router &router() { return *m_router; }
    SigningKeyService &signingKeys() { return *m_signingKeys; }
    MetricsHistory &metricsHistory() { return *m_history; }
    OperatorService &operators() { return *m_operators; }
    IdentityServices &identity() { return *m_identity; }
    WebhookService &webhooks() { return *m_webhooks; }
    TlsService &tls() { return *m_tls; }
    // The outbox's sender, on its own thread (null before start and after stop).
    WebhookDispatcher *webhookDispatcher() { return m_dispatcher.get(); }

private:
    std::unique_ptr<GuardedTcpServer> listenOn(const QHostAddress &address, quint16 port,
                                               const QString &flag, QString *error) const;
    void serve(std::unique_ptr<GuardedTcpServer> tcp);
    void registerControllers();
    void startDispatcher();
    void stopDispatcher();
    void startCheckpointer();
    void stopCheckpointer();
    void commitTurn();
    void announceDelivery(const DeliveryUpdate &update);

    ServerConfig m_config;
    QByteArray m_dataKey;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<WebhookService> m_webhooks;
    std::unique_ptr<ClientService> m_clients;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<ConsentService> m_consents;
    std::unique_ptr<QrService> m_qr;
    std::unique_ptr<IdentityServices> m_identity;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RateLimitPolicy> m_rateLimits;
    std::unique_ptr<Readiness> m_readiness;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<MetricsHistory> m_history;
    std::unique_ptr<EventStreamHub> m_stream;
    std::unique_ptr<OperatorService> m_operators;
    std::unique_ptr<InboundWebhookService> m_inbound;
    std::unique_ptr<SigningKeyService> m_signingKeys;
    std::unique_ptr<TlsService> m_tls;
    std::unique_ptr<IdTokenIssuer> m_idTokens;
    std::unique_ptr<Router> m_router;
    std::vector<std::unique_ptr<Controller>> m_controllers;
    std::unique_ptr<TurnCommit> m_turn; // before m_http, which refers to it
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<DemoMode> m_demo;
    // Declared after everything it reads (the database): destroyed, and stopped, first.
    std::unique_ptr<QThread> m_dispatchThread;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<QThread> m_checkpointThread;
    quint16 m_port = 0;
    qint64 m_startedAtMs = 0;
    QString m_generatedAdminToken;
};

} // namespace mid
