#include "WebhookReceiver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace mid::test {

WebhookReceiver::WebhookReceiver(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &WebhookReceiver::onConnection);
}

bool WebhookReceiver::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void WebhookReceiver::close()
{
    m_server.close();
    for (QTcpSocket *s : findChildren<QTcpSocket *>())
        s->abort();
}

QString WebhookReceiver::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void WebhookReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, done] {
            if (*done)
                return;
            *buffer += socket->readAll();
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                     lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length").toLongLong();
            if (buffer->size() < headEnd + 4 + length)
                return;
            r.body = buffer->mid(headEnd + 4, length);
            r.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            *done = true;
            m_requests.append(r);
            const Answer a = m_script.isEmpty() ? m_fallback : m_script.takeFirst();
            ++m_pending;
            Q_EMIT received(r);
            if (a.delayMs > 0)
                QTimer::singleShot(a.delayMs, socket, [this, socket, a] { answer(socket, a); });
            else
                answer(socket, a);
        });
    }
}

void WebhookReceiver::answer(QTcpSocket *socket, const Answer &a)
{
    --m_pending;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " Scripted\r\n";
    for (const auto &h : a.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += a.body;
    socket->write(out);
    socket->disconnectFromHost();
}

namespace ReceiverSide {

QByteArray keyOf(const QString &secret)
{
    if (secret.startsWith(QLatin1String("whsec_")))
        return QByteArray::fromBase64(secret.mid(6).toLatin1());
    return secret.toUtf8();
}

namespace {
QByteArray mac(const QString &secret, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, keyOf(secret), QCryptographicHash::Sha256);
}
} // namespace

bool midSignatureValid(const QByteArray &rawBody, const QByteArray &header, const QString &secret)
{
    return header == "sha256=" + mac(secret, rawBody).toHex();
}

bool bodySignatureValid(const QByteArray &rawBody, const QString &secret)
{
    static const QRegularExpression member(
        QStringLiteral(R"re(,"signature":"sha256=([0-9a-f]{64})")re"));
    const QString text = QString::fromUtf8(rawBody);
    // The top-level member is the last one (keys are sorted: data, event, id, signature, …).
    QRegularExpressionMatch m;
    for (auto it = member.globalMatch(text); it.hasNext();)
        m = it.next();
    if (!m.hasMatch())
        return false;
    QString without = text;
    without.remove(m.capturedStart(), m.capturedLength());
    return m.captured(1).toLatin1() == mac(secret, without.toUtf8()).toHex();
}

bool standardSignatureValid(const QByteArray &id, const QByteArray &timestamp,
                            const QByteArray &rawBody, const QByteArray &header,
                            const QString &secret)
{
    const QByteArray expected = mac(secret, id + '.' + timestamp + '.' + rawBody).toBase64();
    for (const QByteArray &entry : header.split(' ')) {
        if (entry.startsWith("v1,") && entry.mid(3) == expected)
            return true;
    }
    return false;
}

bool allValid(const WebhookReceiver::Request &r, const QString &secret)
{
    return midSignatureValid(r.body, r.header("x-mid-signature"), secret) &&
           bodySignatureValid(r.body, secret) &&
           standardSignatureValid(r.header("webhook-id"), r.header("webhook-timestamp"), r.body,
                                  r.header("webhook-signature"), secret);
}

} // namespace ReceiverSide

} // namespace mid::test
