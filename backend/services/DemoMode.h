#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace mid {

class ClientService;

// --demo: sample tenants on first start and a steady trickle of live traffic for
// presentations. The traffic goes through the public HTTP API like any partner's backend,
// so it shows in audit, metrics and rate limits exactly as real calls would.
class DemoMode : public QObject
{
    Q_OBJECT
public:
    DemoMode(ClientService &clients, QString baseUrl, QString dataDir, QObject *parent = nullptr);

    // Creates the demo tenants if the box has none; their credentials are written once to
    // <data-dir>/demo-credentials.json (mode 0600). Returns false with *error on failure.
    bool seed(QString *error);
    void startTraffic(int intervalMs = 2500);

private:
    void tick();
    void send(const QByteArray &method, const QString &path, const QByteArray &body);

    ClientService &m_clients;
    QString m_baseUrl;
    QString m_dataDir;
    QString m_clientId;
    QString m_apiKey;
    QStringList m_recentConsents;
    QNetworkAccessManager m_nam;
    QTimer m_timer;
    quint32 m_tick = 0;
};

} // namespace mid
