#pragma once

#include "core/Config.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

namespace mid {

class MidServer;

// A MidServer on its own thread, as mid-console runs it: the GUI thread never waits on SQL,
// crypto or request handling. start() and stop() block only while the server opens or
// flushes its database.
class EmbeddedServer : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedServer(ServerConfig config, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    bool start(QString *error);
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    QUrl baseUrl() const { return m_baseUrl; }
    // Where the console reaches /admin/v1: the admin listener (--admin-listen) when there is
    // one, else the base URL.
    QUrl adminUrl() const { return m_adminUrl; }
    // SHA-256 fingerprint ("AB:CD:…") of the certificate the server serves now, which the
    // console pins for its loopback connection; empty with TLS off or before start.
    QString certificateFingerprint() const;
    const ServerConfig &config() const { return m_config; }
    // An operator token for the console: the bootstrap token if one was given, else the one
    // the server wrote to <data-dir>/admin-token, else a new one minted for the admin.
    QString operatorToken() const { return m_operatorToken; }
    // The admin token generated on this start, to print once (empty when none was).
    QString generatedAdminToken() const { return m_generatedAdminToken; }

Q_SIGNALS:
    // The server serves another certificate (regenerated, or the operator's own installed).
    void certificateChanged(const QString &fingerprint);

private:
    QString tokenForConsole();
    // Runs on the server's thread, as the TLS service it reads lives there.
    void readCertificate(MidServer &server);

    ServerConfig m_config;
    QThread m_thread;
    MidServer *m_server = nullptr; // lives on m_thread
    QUrl m_baseUrl;
    QUrl m_adminUrl;
    mutable QMutex m_fingerprintLock; // written on the server's thread, read on the GUI's
    QString m_fingerprint;
    QString m_operatorToken;
    QString m_generatedAdminToken;
};

} // namespace mid
