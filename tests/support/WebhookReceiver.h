#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <functional>

namespace mid::test {

// A webhook receiver on a loopback port for API tests: a small HTTP/1.1 server that records
// every request and answers from a script (status, delay), then with the default answer.
// Each answer closes its connection, so every attempt is one connection.
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        qint64 receivedAtMs = 0; // real time (QDateTime), not the server's clock
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };
    struct Answer
    {
        int status = 200;
        int delayMs = 0;
        QByteArray body = "ok";
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    explicit WebhookReceiver(QObject *parent = nullptr);
    // Listens on 127.0.0.1 (port 0: any free one); false when the port is taken.
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const;

    // Answers given in order to the next requests; then `fallback`.
    void script(const QList<Answer> &answers) { m_script = answers; }
    void setFallback(const Answer &answer) { m_fallback = answer; }

    const QList<Request> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }
    // Requests that are being answered (received, answer not yet written).
    int pending() const { return m_pending; }

Q_SIGNALS:
    void received(const mid::test::WebhookReceiver::Request &request);

private:
    void onConnection();
    void answer(QTcpSocket *socket, const Answer &a);

    QTcpServer m_server;
    QList<Answer> m_script;
    Answer m_fallback;
    QList<Request> m_requests;
    int m_pending = 0;
};

// A receiver's own checks of the three signatures of §9, written from the spec and not with
// the server's signer: Qt's QMessageAuthenticationCode, the raw bytes as received.
namespace ReceiverSide {
// The HMAC key of a secret: the base64 part of whsec_…, else the secret's UTF-8 bytes.
QByteArray keyOf(const QString &secret);
// X-Mid-Signature: "sha256=" + hex HMAC(raw body).
bool midSignatureValid(const QByteArray &rawBody, const QByteArray &header, const QString &secret);
// Body `signature`: HMAC of the canonical body without its signature member. The body is
// canonical already (sorted keys, no whitespace), so dropping the member's text gives it.
bool bodySignatureValid(const QByteArray &rawBody, const QString &secret);
// webhook-signature: one of the space-separated v1,<base64> entries is HMAC(id.ts.body).
bool standardSignatureValid(const QByteArray &id, const QByteArray &timestamp,
                            const QByteArray &rawBody, const QByteArray &header,
                            const QString &secret);
// All three for a recorded request.
bool allValid(const WebhookReceiver::Request &request, const QString &secret);
} // namespace ReceiverSide

} // namespace mid::test
