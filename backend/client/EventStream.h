#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace mid {

// One event of the live stream (GET /admin/v1/events, Server-Sent Events).
struct StreamEvent
{
    QString id;       // evt_…
    QString type;     // consent.created, client.updated, metrics.tick, …
    QString clientId; // the tenant it concerns, if any
    QString timestamp;
    QJsonObject data;
};

// Follows a server's live event stream and turns it into signals. A dropped connection is
// reported and retried with backoff (1 s doubling to 30 s); on reconnect the server replays
// what was missed since the last event id it saw, as far as its buffer reaches.
class EventStream : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
    };
    Q_ENUM(State)

    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    // `pinnedFingerprint`: the only certificate accepted from an https server (CertificatePin);
    // empty, the system's trust.
    void open(const QUrl &baseUrl, const QString &operatorToken, const QString &pinnedFingerprint);
    // The server's new certificate (see AdminClient::setPinnedFingerprint): the stream's next
    // connection must present it.
    void setPinnedFingerprint(const QString &fingerprint) { m_pin = fingerprint; }
    void close();
    State state() const { return m_state; }

Q_SIGNALS:
    void eventReceived(const mid::StreamEvent &event);
    void stateChanged(mid::EventStream::State state, const QString &reason);

private:
    void connectNow();
    void onData();
    void onFinished();
    void dispatchBlock(const QByteArray &block);
    void setState(State state, const QString &reason = {});
    void scheduleReconnect(const QString &reason);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_baseUrl;
    QString m_token;
    QString m_pin;
    QByteArray m_buffer;
    QString m_lastEventId;
    QTimer m_retry;
    QTimer m_watchdog; // the server sends a comment every 15 s; silence means a dead link
    int m_backoffMs = 1000;
    State m_state = State::Disconnected;
    bool m_wanted = false;
};

} // namespace mid

Q_DECLARE_METATYPE(mid::StreamEvent)
