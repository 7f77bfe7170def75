#include "EmbeddedServer.h"

#include "MidServer.h"
#include "services/AuthService.h"
#include "services/TlsService.h"

#include <QDir>
#include <QFile>

namespace mid {

EmbeddedServer::EmbeddedServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    m_thread.setObjectName(QStringLiteral("mid-server"));
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

bool EmbeddedServer::start(QString *error)
{
    if (m_server)
        return true;
    m_thread.start();
    // The server object is made, started and later deleted on its own thread, so its timers,
    // sockets and database connection all belong to that thread.
    auto *anchor = new QObject; // something living on the server thread to run code there
    anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, anchor, &QObject::deleteLater);
    bool ok = false;
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            auto *server = new MidServer(m_config);
            ok = server->start(error);
            if (!ok) {
                delete server;
                return;
            }
            m_server = server;
            m_baseUrl = QUrl(server->baseUrl());
            m_adminUrl = QUrl(server->adminUrl());
            readCertificate(*server);
            connect(&server->tls(), &TlsService::certificateChanged, server,
                    [this, server] { readCertificate(*server); });
            m_generatedAdminToken = server->generatedAdminToken();
            m_operatorToken = tokenForConsole();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        m_thread.quit();
        m_thread.wait();
    }
    return ok;
}

QString EmbeddedServer::tokenForConsole()
{
    if (!m_config.bootstrapToken.isEmpty())
        return m_config.bootstrapToken;
    if (!m_generatedAdminToken.isEmpty())
        return m_generatedAdminToken;
    QFile file(QDir(m_config.dataDir).filePath(QStringLiteral("admin-token")));
    if (file.open(QIODevice::ReadOnly)) {
        const QString saved = QString::fromUtf8(file.readAll()).trimmed();
        if (!saved.isEmpty())
            return saved;
    }
    return m_server->auth().mintTokenFor(QStringLiteral("admin"));
}

void EmbeddedServer::readCertificate(MidServer &server)
{
    // What the listener serves: a certificate installed while TLS is off waits for a restart.
    const QString fingerprint =
        server.config().tlsEnabled() ? server.tls().certificate().fingerprintSha256 : QString();
    {
        const QMutexLocker lock(&m_fingerprintLock);
        if (fingerprint == m_fingerprint)
            return;
        m_fingerprint = fingerprint;
    }
    Q_EMIT certificateChanged(fingerprint);
}

QString EmbeddedServer::certificateFingerprint() const
{
    const QMutexLocker lock(&m_fingerprintLock);
    return m_fingerprint;
}

void EmbeddedServer::stop()
{
    if (!m_thread.isRunning())
        return;
    MidServer *server = m_server;
    m_server = nullptr;
    if (server) {
        QMetaObject::invokeMethod(
            server,
            [server] {
                server->stop();
                delete server;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

} // namespace mid
