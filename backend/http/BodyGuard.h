#pragma once

#include <QTcpServer>

#include <functional>

namespace mid {

// Qt 6.4's HTTP server buffers a whole request body before any handler runs, and has no
// cap of its own. This listener looks at each request's head on the socket *before* Qt's
// parser sees it: a declared Content-Length above the limit, or a chunked body that grows
// past it, is answered 413 in the API envelope and the connection closed, so a huge upload
// never reaches memory beyond one socket read.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr)
        : QTcpServer(parent), m_maxBody(maxBodyBytes)
    {
    }

    // The body limit of the route a request line ("POST /v1/x HTTP/1.1") reaches, when it
    // has its own (uploads); 0 = the listener's limit. The route table answers it.
    using BodyLimitLookup = std::function<qint64(const QByteArray &requestLine)>;
    void setBodyLimitLookup(BodyLimitLookup lookup) { m_limitOf = std::move(lookup); }

    QTcpSocket *nextPendingConnection() override;

    // Writes the complete 413 answer (status line, headers, body) for a refused request,
    // so it carries the same envelope and headers as every other answer.
    using RefusalWriter = std::function<QByteArray(const QByteArray &requestHead,
                                                   const QHostAddress &peer, qint64 limit)>;
    void setRefusalWriter(RefusalWriter writer) { m_refusal = std::move(writer); }

private:
    qint64 m_maxBody;
    BodyLimitLookup m_limitOf;
    RefusalWriter m_refusal;
};

} // namespace mid
