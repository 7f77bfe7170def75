#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace mid {

// One webhook POST, addressed to the exact address the caller has checked.
struct HttpPost
{
    QHostAddress address; // connect to exactly this (already checked by the caller)
    quint16 port = 0;
    bool tls = false;
    // The bare host name: the Host header (the client adds ":port" when the port is not the
    // scheme's default), the TLS SNI and the name the certificate must match.
    QString host;
    QByteArray target; // path and query, e.g. "/hooks?a=1"; "/" when empty
    // Sent in order; the client adds Host and Content-Length and nothing else (keep-alive is
    // HTTP/1.1's default).
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpAnswer
{
    int status = 0;                               // 0: no HTTP answer, see error
    QList<QPair<QByteArray, QByteArray>> headers; // as received, in order
    QByteArray body;                              // the first maxBodyBytes of the (de-chunked) body
    bool bodyTruncated = false;
    // Why there is no answer (connection refused, TLS failure with the reason, connection closed
    // before an answer, malformed answer, answer headers too large, a request with a line break in
    // its target, host or a header); empty when status != 0.
    QString error;
    // With status 0: whether the request may have reached the server (a connection was made, and
    // for TLS secured); false when it was refused or unreachable, so another address may be tried.
    bool requestSent = false;
};

// The webhook dispatcher's HTTP/1.1 client. It exists instead of QNetworkAccessManager for two
// reasons: it connects to the address the dispatcher resolved and checked (QNAM would resolve
// the name again, which DNS rebinding turns into a request to a private address), and it runs
// on the caller's thread with plain sockets (QNAM costs two thread hops per request).
//
// Connections are kept alive and pooled per (address, port, tls, host); one request per
// connection at a time (no pipelining), so concurrent posts to one key open more connections
// and the caller bounds them. Idle connections close after idleTimeout() and beyond
// kMaxIdlePerKey. There are no timeouts inside: the caller keeps its own deadline and calls
// abort(). Answers are parsed by http_parser.
//
// Not thread-safe: use it on the thread it lives on. `done` may call post() and abort(), but
// must not delete the client (deleteLater() it instead): `done` runs inside a socket's signal.
class DeliveryHttpClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxIdlePerKey = 8;
    static constexpr int kDefaultIdleTimeoutMs = 30000;
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024; // status line and headers

    explicit DeliveryHttpClient(qsizetype maxBodyBytes, QObject *parent = nullptr);
    ~DeliveryHttpClient() override;

    using Done = std::function<void(const HttpAnswer &)>;
    // Starts a POST. `done` runs exactly once, always later from the event loop (never inside
    // post()), unless abort(id) is called first.
    quint64 post(const HttpPost &request, Done done);
    // Drops the request's connection (it is not reused); `done` is not called. Unknown ids are
    // ignored.
    void abort(quint64 id);

    // Tests use it to trust their own CA. Peers are always verified (VerifyPeer) whatever the
    // configuration says. Defaults to QSslConfiguration::defaultConfiguration() with TLS 1.2 or
    // later.
    void setSslConfiguration(const QSslConfiguration &configuration);
    // How long a connection may stay idle before it is closed; tests shorten it.
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }
    int idleTimeout() const { return m_idleTimeoutMs; }

    int connectionCount() const; // open connections, busy and idle
    int idleConnectionCount() const;
    void closeAll(); // drop everything (aborts in-flight without calling done)

private:
    // Connections are interchangeable only when all four match: the address was checked, and the
    // TLS session was verified against the host.
    struct PoolKey
    {
        QHostAddress address;
        quint16 port = 0;
        bool tls = false;
        QString host;

        bool operator==(const PoolKey &other) const = default;
        friend size_t qHash(const PoolKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.address, key.port, key.tls, key.host);
        }
    };
    struct Connection;
    struct Exchange;

    void startOnNewConnection(Exchange *exchange);
    Connection *takeIdle(const PoolKey &key);
    void attach(Exchange *exchange, Connection *connection);
    void release(Connection *connection);
    void drop(Connection *connection);
    void sweepIdle();

    void onReady(Connection *connection);
    void onReadyRead(Connection *connection);
    void onClosed(Connection *connection);
    void onError(Connection *connection, int socketError);
    bool retryOnFreshConnection(Exchange *exchange);
    void completeAnswer(Exchange *exchange, bool connectionStillOpen);
    void fail(Exchange *exchange, const QString &error);
    void finish(Exchange *exchange, HttpAnswer answer);
    void deliver(quint64 id);

    qsizetype m_maxBodyBytes;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
    QSslConfiguration m_sslConfiguration;
    quint64 m_lastId = 0;
    bool m_inPost = false; // answers found while post() runs are delivered by a queued call
    std::vector<std::unique_ptr<Connection>> m_connections; // every open connection
    QHash<PoolKey, QList<Connection *>> m_idle;             // per key, most recently used last
    std::unordered_map<quint64, std::unique_ptr<Exchange>> m_exchanges;
    QTimer m_idleSweep;
};

} // namespace mid
