#pragma once

#include "core/Config.h"

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
    const ServerConfig &config() const { return m_config; }
    // An operator token for the console: the bootstrap token if one was given, else the one
    // the server wrote to <data-dir>/admin-token, else a new one minted for the admin.
    QString operatorToken() const { return m_operatorToken; }
    // The admin token generated on this start, to print once (empty when none was).
    QString generatedAdminToken() const { return m_generatedAdminToken; }

private:
    QString tokenForConsole();

    ServerConfig m_config;
    QThread m_thread;
    MidServer *m_server = nullptr; // lives on m_thread
    QUrl m_baseUrl;
    QString m_operatorToken;
    QString m_generatedAdminToken;
};

} // namespace mid
