#pragma once

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

namespace mid {

// The bytes before the first `stop`, or all of them when there is none (QByteArray::left of
// indexOf's -1 gives none, which would drop a request line that has no headers after it).
inline QByteArray bytesBefore(const QByteArray &bytes, char stop)
{
    const qsizetype at = bytes.indexOf(stop);
    return at < 0 ? bytes : bytes.left(at);
}

// What a listener allows a client before Qt's HTTP parser sees its bytes.
struct ClientBounds
{
    qint64 maxBody = 1024 * 1024;       // the listener's body limit (a route may set its own)
    qsizetype maxHeadBytes = 16 * 1024; // request line and headers, line ends included
    int maxHeaderLines = 100;
    int headTimeoutMs = 10'000; // from the connection (or a request's first byte) to its head
    int bodyStallMs = 10'000;   // the longest silence inside a body
    int maxConnectionsPerAddress = 128;
};

// Qt 6.4's HTTP server buffers a whole request (head and body) before any handler runs, with
// no bound of its own below 80 KiB of head, and keeps a silent connection forever. This
// listener reads each request's head on the socket *before* Qt's parser does:
// - a head over maxHeadBytes or maxHeaderLines is answered 431, a declared Content-Length over
//   the limit, or a chunked body that grows past it, 413, in the API envelope, and the
//   connection closed, so neither reaches memory beyond one socket read;
// - a connection that has not sent a whole head within headTimeoutMs (from its start, or from
//   the first byte of its next request), or that falls silent mid-body for bodyStallMs, is
//   closed;
// - an address holding maxConnectionsPerAddress connections has its next ones closed at once,
//   while other addresses are served (counted from accept, TLS handshakes included);
// - with TLS, a connection is handed to Qt only once its handshake is done, and one that has
//   not finished it within headTimeoutMs is closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ClientBounds bounds, QObject *parent = nullptr)
        : QTcpServer(parent), m_bounds(bounds)
    {
    }

    // The body limit of the route a request line ("POST /v1/x HTTP/1.1") reaches, when it
    // has its own (uploads); 0 = the listener's limit. The route table answers it.
    using BodyLimitLookup = std::function<qint64(const QByteArray &requestLine)>;
    void setBodyLimitLookup(BodyLimitLookup lookup) { m_limitOf = std::move(lookup); }

    QTcpSocket *nextPendingConnection() override;

    // Serves TLS with `configuration` from the next connection on (a certificate change
    // applies at once; connections already open keep theirs). Null: plain TCP.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool servesTls() const { return !m_tls.isNull(); }

    // Whether requests arriving here may reach the console's surfaces (/admin/v1, /metrics,
    // /docs). False on the public listener when an admin listener serves them.
    void setServesAdminSurface(bool serves) { m_servesAdminSurface = serves; }
    static bool servesAdminSurface(const QTcpSocket *socket);

    enum class Refusal
    {
        BodyTooLarge, // 413; `limit` is the body limit in bytes
        HeadTooLarge, // 431; `limit` is the head limit in bytes
    };
    // Writes the complete answer (status line, headers, body) for a refused request, so it
    // carries the same envelope and headers as every other answer.
    using RefusalWriter = std::function<QByteArray(
        const QByteArray &requestHead, const QHostAddress &peer, Refusal refusal, qint64 limit)>;
    void setRefusalWriter(RefusalWriter writer) { m_refusal = std::move(writer); }

    int connectionsFrom(const QHostAddress &address) const { return m_perAddress.value(address); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    bool admit(QTcpSocket *socket);
    void startHandshake(class QSslSocket *socket);

    ClientBounds m_bounds;
    QSslConfiguration m_tls;
    bool m_servesAdminSurface = true;
    BodyLimitLookup m_limitOf;
    RefusalWriter m_refusal;
    QHash<QHostAddress, int> m_perAddress;
};

} // namespace mid
