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
    GuardedTcpServer(qint64 maxBodyBytes, qint64 maxUploadBytes, QObject *parent = nullptr)
        : QTcpServer(parent), m_maxBody(maxBodyBytes), m_maxUpload(maxUploadBytes)
    {
    }

    // Document uploads (§10) may be larger than ordinary JSON bodies.
    static bool isUploadPath(const QByteArray &requestLine);

    QTcpSocket *nextPendingConnection() override;

    // Writes the complete 413 answer (status line, headers, body) for a refused request,
    // so it carries the same envelope and headers as every other answer.
    using RefusalWriter = std::function<QByteArray(const QByteArray &requestHead,
                                                   const QHostAddress &peer, qint64 limit)>;
    void setRefusalWriter(RefusalWriter writer) { m_refusal = std::move(writer); }

private:
    qint64 m_maxBody;
    qint64 m_maxUpload;
    RefusalWriter m_refusal;
};

} // namespace mid
