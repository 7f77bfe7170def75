#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTcpServer>

namespace mid::test {

// A tiny HTTP receiver on a loopback port, for webhook deliveries: it reads each request
// whole (Content-Length), answers `status` with a small JSON body and keeps what it got.
class WebhookReceiver
{
public:
    struct Request
    {
        QByteArray method, path;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };

    WebhookReceiver();
    bool listen(); // on 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:<port><path>
    QString url(const QString &path) const;
    void setStatus(int status) { m_status = status; }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onConnection();

    QTcpServer m_server;
    QList<Request> m_requests;
    int m_status = 200;
};

} // namespace mid::test
