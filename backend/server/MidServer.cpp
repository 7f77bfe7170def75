#include "MidServer.h"

#include "core/ServiceError.h"
#include "core/Time.h"
#include "core/Workers.h"
#include "crypto/KeyFiles.h"
#include "events/EventBus.h"
#include "events/EventStreamHub.h"
#include "http/BodyGuard.h"
#include "http/HttpServer.h"
#include "http/Router.h"
#include "http/controllers/AdminController.h"
#include "http/controllers/AuditController.h"
#include "http/controllers/ClientsController.h"
#include "http/controllers/ConsentsController.h"
#include "http/controllers/DevicesController.h"
#include "http/controllers/DocsController.h"
#include "http/controllers/EnrollmentsController.h"
#include "http/controllers/FallbackController.h"
#include "http/controllers/FidoController.h"
#include "http/controllers/IdentityController.h"
#include "http/controllers/InboundWebhooksController.h"
#include "http/controllers/JwksController.h"
#include "http/controllers/MessagesController.h"
#include "http/controllers/MpinController.h"
#include "http/controllers/OpsController.h"
#include "http/controllers/QrController.h"
#include "http/controllers/SigningController.h"
#include "http/controllers/TlsController.h"
#include "http/controllers/TokenController.h"
#include "http/controllers/WebhooksController.h"
#include "services/AuditLog.h"
#include "services/AuthService.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "services/DemoMode.h"
#include "services/IdTokenIssuer.h"
#include "services/IdentityServices.h"
#include "services/InboundWebhookService.h"
#include "services/JwtIdTokenIssuer.h"
#include "services/Metrics.h"
#include "services/MetricsHistory.h"
#include "services/OperatorService.h"
#include "services/QrService.h"
#include "services/RateLimitPolicy.h"
#include "services/Readiness.h"
#include "services/SigningKeyService.h"
#include "services/TlsService.h"
#include "services/TurnCommit.h"
#include "services/WebhookService.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/WalCheckpointer.h"
#include "webhooks/Outbox.h"
#include "webhooks/WebhookDispatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

Q_LOGGING_CATEGORY(lcServer, "mid.server")

namespace mid {

MidServer::MidServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<mid::DomainEvent>();
}

MidServer::~MidServer()
{
    stop();
}

QString MidServer::baseUrl() const
{
    return m_config.listenUrl();
}

QString MidServer::adminUrl() const
{
    return m_config.adminUrl();
}

QString MidServer::publicUrl() const
{
    return m_config.effectivePublicUrl();
}

bool MidServer::start(QString *error)
{
    m_startedAtMs = Time::nowMs();
    const bool newDataDir = !QDir(m_config.dataDir).exists();
    if (!QDir().mkpath(m_config.dataDir)) {
        *error = QStringLiteral("cannot create data directory %1").arg(m_config.dataDir);
        return false;
    }
    if (newDataDir) {
        QFile::setPermissions(m_config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner);
    }
    m_dataKey = KeyFiles::loadOrCreateDataKey(m_config.dataDir, m_config.masterKeyBase64, error);
    if (m_dataKey.isEmpty())
        return false;

    m_db = std::make_unique<Database>(m_config.databasePath());
    if (!m_db->open(error))
        return false;
    startCheckpointer();
    m_signingKeys = std::make_unique<SigningKeyService>(*m_db, m_dataKey);
    if (!m_signingKeys->start(error))
        return false;

    m_bus = std::make_unique<EventBus>();
    m_outbox = std::make_unique<Outbox>(*m_db, *m_bus);
    m_webhooks = std::make_unique<WebhookService>(*m_db, *m_outbox, m_dataKey);
    m_clients = std::make_unique<ClientService>(*m_db, m_dataKey, *m_outbox, *m_webhooks);
    m_clients->load();
    m_auth = std::make_unique<AuthService>(*m_db, *m_clients);
    if (!m_auth->bootstrapOperator(m_config.bootstrapToken, m_config.dataDir,
                                   &m_generatedAdminToken, error))
        return false;

    m_tls = std::make_unique<TlsService>(m_config.dataDir, m_config.tls);
    if (!m_tls->start(TlsService::namesOfThisBox(QUrl(m_config.effectivePublicUrl()).host()),
                      error))
        return false;
    // The port is known only after listening, and links in answers depend on it.
    auto tcp =
        listenOn(m_config.listenAddress, m_config.listenPort, QStringLiteral("--listen"), error);
    if (!tcp)
        return false;
    m_port = tcp->serverPort();
    m_config.listenPort = m_port;
    std::unique_ptr<GuardedTcpServer> adminTcp;
    if (m_config.adminListen) {
        adminTcp = listenOn(m_config.adminListenAddress, m_config.adminListenPort,
                            QStringLiteral("--admin-listen"), error);
        if (!adminTcp)
            return false;
        m_config.adminListenPort = adminTcp->serverPort();
        tcp->setServesAdminSurface(false);
    }

    m_consents = std::make_unique<ConsentService>(*m_db, *m_clients, *m_outbox,
                                                  m_config.effectivePublicUrl());
    m_qr = std::make_unique<QrService>(*m_db, *m_consents, m_config.effectivePublicUrl());
    m_identity = std::make_unique<IdentityServices>(*m_db, *m_outbox, *m_consents, *m_clients,
                                                    *m_signingKeys, m_dataKey, m_config);
    m_identity->documents.setRetentionDays(m_config.documentRetentionDays);
    m_identity->documents.pruneExpired();
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_audit->start();
    m_audit->setRetentionDays(m_config.auditRetentionDays);
    m_rateLimits = std::make_unique<RateLimitPolicy>();
    m_readiness = std::make_unique<Readiness>(*m_db);
    m_metrics = std::make_unique<Metrics>();
    m_history = std::make_unique<MetricsHistory>(*m_metrics, *m_bus);
    m_stream = std::make_unique<EventStreamHub>(*m_bus);
    // A console that comes back after a restart resumes from the recorded events.
    m_stream->setRecordedSource([db = m_db.get()](const QString &eventId, int limit) {
        std::optional<QList<DomainEvent>> out;
        if (const auto rows = OutboxStore(*db).eventsAfter(eventId, limit)) {
            out.emplace();
            for (const EventRecord &e : *rows)
                out->append({e.id, e.type, e.clientId, e.at, e.data});
        }
        return out;
    });
    connect(m_auth.get(), &AuthService::operatorAccessRevoked, m_stream.get(),
            &EventStreamHub::closeStreamsOf);
    m_operators = std::make_unique<OperatorService>(*m_db, *m_auth);
    m_inbound = std::make_unique<InboundWebhookService>(*m_db, *m_clients, *m_outbox);
    {
        QString problems;
        m_inbound->setProviders(InboundProviders::from(m_config.inbound, &problems));
        if (!problems.isEmpty()) {
            *error =
                QStringLiteral("inbound webhook settings (mid.conf / MID_*): %1").arg(problems);
            return false;
        }
        // Stripe effects a stop left unapplied (see InboundWebhookService).
        try {
            if (const int resumed = m_inbound->resumePending())
                qCInfo(lcServer) << "applied the effects of" << resumed
                                 << "pending inbound webhooks";
        } catch (const std::exception &) { // logged by the storage layer; the next repeat retries
            qCWarning(lcServer) << "pending inbound webhook effects could not be applied now";
        }
    }
    connect(m_audit.get(), &AuditLog::appended, m_bus.get(), [bus = m_bus.get()](int rows) {
        bus->publishLazy(QStringLiteral("audit.appended"), {}, [rows] {
            return QJsonObject{{QStringLiteral("rows"), rows}};
        });
    });
    m_router = std::make_unique<Router>();
    m_idTokens = std::make_unique<JwtIdTokenIssuer>(*m_signingKeys, m_config.effectivePublicUrl(),
                                                    JwtIdTokenIssuer::subjectKeyOf(m_dataKey));
    registerControllers();
    m_consents->start();

    m_turn = std::make_unique<TurnCommit>(*m_db, *m_audit);
    m_http = std::make_unique<HttpServer>(*m_router, *m_auth, *m_clients, *m_rateLimits, *m_audit,
                                          *m_metrics, *m_turn, m_config.maxBodyBytes);
    serve(std::move(tcp));
    if (adminTcp)
        serve(std::move(adminTcp));
    if (m_config.demo) {
        m_demo = std::make_unique<DemoMode>(*m_clients, baseUrl(), m_config.dataDir);
        if (!m_demo->seed(error))
            return false;
        m_demo->startTraffic();
    }
    startDispatcher();
    qCInfo(lcServer).noquote() << "MID server listening on" << baseUrl() << "data"
                               << m_config.dataDir;
    if (m_config.adminListen)
        qCInfo(lcServer).noquote() << "admin API, metrics and docs on" << adminUrl();
    if (m_tls->enabled())
        qCInfo(lcServer).noquote()
            << "TLS certificate SHA-256" << m_tls->certificate().fingerprintSha256;
    return true;
}

std::unique_ptr<GuardedTcpServer> MidServer::listenOn(const QHostAddress &address, quint16 port,
                                                      const QString &flag, QString *error) const
{
    ClientBounds bounds;
    bounds.maxBody = m_config.maxBodyBytes;
    bounds.headTimeoutMs = m_config.requestHeadTimeoutMs;
    bounds.bodyStallMs = m_config.requestBodyStallMs;
    bounds.maxConnectionsPerAddress = m_config.maxConnectionsPerAddress;
    auto tcp = std::make_unique<GuardedTcpServer>(bounds);
    if (!tcp->listen(address, port)) {
        *error = QStringLiteral("%1: cannot listen on %2:%3: %4")
                     .arg(flag, address.toString())
                     .arg(port)
                     .arg(tcp->errorString());
        return nullptr;
    }
    return tcp;
}

// Hands a listener to the HTTP server: its body limits come from the route table, its refusals
// are written like every other answer, and with TLS it follows the certificate as it changes.
void MidServer::serve(std::unique_ptr<GuardedTcpServer> tcp)
{
    tcp->setBodyLimitLookup(
        [router = m_router.get()](const QByteArray &line) { return router->bodyLimitFor(line); });
    tcp->setRefusalWriter([http = m_http.get()](const QByteArray &head, const QHostAddress &peer,
                                                GuardedTcpServer::Refusal refusal, qint64 limit) {
        return http->refusedAnswer(head, peer, refusal, limit);
    });
    if (m_config.tlsEnabled()) {
        tcp->setTlsConfiguration(m_tls->serverConfiguration());
        connect(m_tls.get(), &TlsService::certificateChanged, tcp.get(),
                [tls = m_tls.get(), listener = tcp.get()] {
                    listener->setTlsConfiguration(tls->serverConfiguration());
                });
    }
    tcp->setParent(m_http.get());
    m_http->bind(tcp.release());
}

void MidServer::registerControllers()
{
    m_controllers.push_back(std::make_unique<OpsController>(*m_readiness, *m_metrics, *m_rateLimits,
                                                            *m_consents, *m_audit));
    m_controllers.push_back(std::make_unique<TokenController>(*m_auth, *m_clients));
    m_controllers.push_back(std::make_unique<ClientsController>(*m_clients));
    m_controllers.push_back(
        std::make_unique<ConsentsController>(*m_consents, *m_clients, m_idTokens.get()));
    m_controllers.push_back(std::make_unique<AdminController>(
        AdminController::Services{*m_operators, *m_clients, *m_consents, *m_audit, *m_history,
                                  *m_stream, *m_inbound, m_identity->documents,
                                  [this](bool allow) {
                                      if (m_dispatcher)
                                          m_dispatcher->setAllowPrivateNetworks(allow);
                                  }},
        m_config, m_startedAtMs));
    m_controllers.push_back(std::make_unique<AuditController>(*m_audit, *m_auth));
    m_controllers.push_back(std::make_unique<DocsController>(*m_router, publicUrl()));
    m_controllers.push_back(
        std::make_unique<QrController>(*m_qr, *m_consents, *m_clients, m_identity->signing));
    m_controllers.push_back(std::make_unique<JwksController>(*m_signingKeys));
    m_controllers.push_back(std::make_unique<FidoController>(m_identity->fido));
    m_controllers.push_back(
        std::make_unique<MpinController>(m_identity->mpin, *m_clients, *m_audit));
    m_controllers.push_back(
        std::make_unique<EnrollmentsController>(m_identity->enrollments, *m_consents));
    m_controllers.push_back(std::make_unique<DevicesController>(m_identity->devices));
    m_controllers.push_back(std::make_unique<MessagesController>(m_identity->messages));
    m_controllers.push_back(std::make_unique<IdentityController>(
        m_identity->documents, m_identity->verifications, *m_clients));
    m_controllers.push_back(std::make_unique<SigningController>(m_identity->documents,
                                                                m_identity->signing, *m_clients));
    m_controllers.push_back(std::make_unique<WebhooksController>(*m_webhooks, *m_clients));
    m_controllers.push_back(std::make_unique<InboundWebhooksController>(*m_inbound));
    m_controllers.push_back(std::make_unique<TlsController>(
        *m_tls, m_config.dataDir, QUrl(m_config.effectivePublicUrl()).host(),
        m_config.tlsEnabled()));
    m_controllers.push_back(std::make_unique<FallbackController>());
    for (auto &c : m_controllers)
        c->registerRoutes(*m_router);
}

void MidServer::startDispatcher()
{
    WebhookDispatcher::Options options;
    options.allowPrivateNetworks = m_config.webhooksAllowPrivateNetworks;
    options.retryScale = m_config.webhookRetryScale;
    if (m_config.webhookLeaseMs > 0)
        options.leaseMs = m_config.webhookLeaseMs;
    m_dispatcher = std::make_unique<WebhookDispatcher>(*m_db, m_dataKey, options);
    m_dispatchThread = std::make_unique<QThread>();
    m_dispatchThread->setObjectName(QStringLiteral("mid-webhooks"));
    m_dispatcher->moveToThread(m_dispatchThread.get());
    // Direct: the wake is posted to the dispatcher's thread at most once until it is seen.
    connect(
        m_outbox.get(), &Outbox::deliveriesQueued, m_dispatcher.get(),
        [d = m_dispatcher.get()] { d->requestWake(); }, Qt::DirectConnection);
    // Attempts reach the server thread queued, a flush at a time: the metrics and the live
    // events are touched only here (EventBus::publish is for this thread alone).
    connect(
        m_dispatcher.get(), &WebhookDispatcher::deliveriesUpdated, this,
        [this](const QList<DeliveryUpdate> &updates) {
            for (const DeliveryUpdate &update : updates)
                announceDelivery(update);
        },
        Qt::QueuedConnection);
    m_dispatchThread->start();
    QMetaObject::invokeMethod(m_dispatcher.get(), &WebhookDispatcher::start, Qt::QueuedConnection);
}

void MidServer::announceDelivery(const DeliveryUpdate &update)
{
    if (m_metrics && !update.result.isEmpty())
        m_metrics->observeWebhook(update.result, update.delaySeconds);
    if (!m_bus)
        return;
    m_bus->publishLazy(QStringLiteral("webhook.delivery_updated"), update.delivery.clientId,
                       [&] { return WebhookService::toJson(update.delivery); });
    // A 410 Gone disabled the endpoint in the attempt's transaction: the console's endpoint list
    // hears of it like of an operator's pause.
    if (update.result == QLatin1String("disabled") && m_webhooks) {
        try {
            m_bus->publish(
                QStringLiteral("webhook.endpoint_disabled"), update.delivery.clientId,
                WebhookService::toJson(m_webhooks->endpoint(update.delivery.endpointId)));
        } catch (const ServiceError &) {
            // deleted meanwhile: its own event said so
        }
    }
}

void MidServer::startCheckpointer()
{
    m_db->useBackgroundCheckpoints();
    m_checkpointer = std::make_unique<WalCheckpointer>(*m_db);
    m_checkpointThread = std::make_unique<QThread>();
    m_checkpointThread->setObjectName(QStringLiteral("mid-checkpoint"));
    m_checkpointer->moveToThread(m_checkpointThread.get());
    m_checkpointThread->start();
    QMetaObject::invokeMethod(m_checkpointer.get(), &WalCheckpointer::start, Qt::QueuedConnection);
}

void MidServer::commitTurn()
{
    if (m_turn)
        m_turn->commitNow();
}

void MidServer::stopCheckpointer()
{
    if (!m_checkpointThread)
        return;
    if (m_checkpointThread->isRunning())
        QMetaObject::invokeMethod(m_checkpointer.get(), &WalCheckpointer::stop,
                                  Qt::BlockingQueuedConnection);
    m_checkpointThread->quit();
    m_checkpointThread->wait();
    m_checkpointer.reset();
    m_checkpointThread.reset();
}

void MidServer::stopDispatcher()
{
    if (!m_dispatchThread)
        return;
    // Stops claiming, drops what is in flight (the leases are given back) and closes the
    // thread's connection, on the dispatcher's own thread.
    if (m_dispatchThread->isRunning())
        QMetaObject::invokeMethod(m_dispatcher.get(), &WebhookDispatcher::stop,
                                  Qt::BlockingQueuedConnection);
    m_dispatchThread->quit();
    m_dispatchThread->wait();
    m_dispatcher.reset();
    m_dispatchThread.reset();
}

void MidServer::stop()
{
    // The dispatcher's and the checkpointer's last steps, and the workers below, wait for the
    // writers' lock, which an open batch of this thread holds.
    commitTurn();
    stopDispatcher();
    if (m_stream)
        m_stream->closeAll();
    if (m_http) {
        for (QTcpServer *s : m_http->servers())
            s->close();
        // Requests answered later (logins, integrity checks) finish before the sockets go.
        workerPool().waitForDone();
        QCoreApplication::sendPostedEvents(m_http.get());
        commitTurn(); // the later answers just written wait for it
        // Answers already written must leave before their sockets go away.
        for (QTcpSocket *socket : m_http->findChildren<QTcpSocket *>())
            socket->flush();
    }
    if (m_audit)
        m_audit->flush();
    m_demo.reset();
    commitTurn();
    m_http.reset();
    m_turn.reset();
    m_controllers.clear();
    m_router.reset();
    m_qr.reset();
    m_identity.reset();
    m_consents.reset();
    m_stream.reset();
    m_history.reset();
    m_operators.reset();
    m_audit.reset();
    m_readiness.reset();
    m_idTokens.reset();
    m_signingKeys.reset();
    m_auth.reset();
    m_clients.reset();
    m_webhooks.reset();
    m_outbox.reset();
    m_bus.reset();
    stopCheckpointer();
    if (m_db)
        m_db->closeThreadConnection();
    m_db.reset();
}

} // namespace mid
