#include "EventStream.h"

#include "CertificatePin.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mid {

namespace {
constexpr int kMaxBackoffMs = 30000;
constexpr int kSilenceLimitMs = 45000; // three missed keep-alives
constexpr qsizetype kMaxBlock = 4 * 1024 * 1024;
} // namespace

EventStream::EventStream(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<mid::StreamEvent>();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EventStream::connectNow);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kSilenceLimitMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort(); // finished() follows and schedules the reconnect
    });
}

EventStream::~EventStream()
{
    close();
}

void EventStream::open(const QUrl &baseUrl, const QString &operatorToken,
                       const QString &pinnedFingerprint)
{
    close();
    m_baseUrl = baseUrl;
    m_token = operatorToken;
    m_pin = pinnedFingerprint;
    m_lastEventId.clear();
    m_wanted = true;
    m_backoffMs = 1000;
    connectNow();
}

void EventStream::close()
{
    m_wanted = false;
    m_retry.stop();
    m_watchdog.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_buffer.clear();
    setState(State::Disconnected);
}

void EventStream::connectNow()
{
    if (!m_wanted)
        return;
    QNetworkRequest request(m_baseUrl.resolved(QUrl(QStringLiteral("/admin/v1/events"))));
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (!m_lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", m_lastEventId.toUtf8());
    setState(State::Connecting);
    m_buffer.clear();
    m_reply = m_network->get(request);
    CertificatePin::guard(m_reply, m_pin);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            m_backoffMs = 1000;
            setState(State::Connected);
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &EventStream::onData);
    connect(m_reply, &QNetworkReply::finished, this, &EventStream::onFinished);
    m_watchdog.start();
}

void EventStream::onData()
{
    m_watchdog.start();
    m_buffer += m_reply->readAll();
    // Events are separated by a blank line; lines may end in \n or \r\n.
    m_buffer.replace("\r\n", "\n");
    qsizetype end;
    while ((end = m_buffer.indexOf("\n\n")) >= 0) {
        dispatchBlock(m_buffer.left(end));
        m_buffer.remove(0, end + 2);
    }
    if (m_buffer.size() > kMaxBlock)
        m_reply->abort(); // a peer that never ends an event is not a MID server
}

void EventStream::dispatchBlock(const QByteArray &block)
{
    QByteArray data;
    QString id;
    QString type;
    for (const QByteArray &line : block.split('\n')) {
        if (line.isEmpty() || line.startsWith(':')) // comments are keep-alives
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "data")
            data += (data.isEmpty() ? QByteArray() : QByteArrayLiteral("\n")) + value;
        else if (field == "id")
            id = QString::fromUtf8(value);
        else if (field == "event")
            type = QString::fromUtf8(value);
    }
    if (data.isEmpty())
        return;
    if (!id.isEmpty())
        m_lastEventId = id;
    const QJsonObject body = QJsonDocument::fromJson(data).object();
    StreamEvent event;
    event.id = id.isEmpty() ? body.value(QStringLiteral("id")).toString() : id;
    event.type = type.isEmpty() ? body.value(QStringLiteral("event")).toString() : type;
    event.clientId = body.value(QStringLiteral("clientId")).toString();
    event.timestamp = body.value(QStringLiteral("timestamp")).toString();
    event.data = body.value(QStringLiteral("data")).toObject();
    Q_EMIT eventReceived(event);
}

void EventStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_watchdog.stop();
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString reason = CertificatePin::refusalOf(reply);
    if (reply->error() == QNetworkReply::NoError)
        reason = tr("The server closed the event stream.");
    else if (reason.isEmpty())
        reason = reply->errorString();
    if (status == 401 || status == 403) {
        m_wanted = false; // retrying with the same token cannot help
        setState(State::Disconnected, tr("The server refused the operator token."));
        return;
    }
    scheduleReconnect(reason);
}

void EventStream::scheduleReconnect(const QString &reason)
{
    if (!m_wanted) {
        setState(State::Disconnected, reason);
        return;
    }
    setState(State::Disconnected, reason);
    m_retry.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
}

void EventStream::setState(State state, const QString &reason)
{
    if (state == m_state && reason.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, reason);
}

} // namespace mid
