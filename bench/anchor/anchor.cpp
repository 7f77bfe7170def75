// The anchor of bench/run.sh (a benchmark tool, not a test): the cheapest route Qt 6.4's HTTP
// server can serve, answering every request with the bytes mid-server gave for the same
// consent GET (status, Content-Type, the same extra headers, the same body), through the same
// QAbstractHttpServer and QHttpServerResponder calls, on one thread as mid-server's HTTP layer
// runs. Every figure of the benchmark is a ratio to this one, measured in the same run with the
// same client and connections, so the box's speed and load cancel out.
//
//   bench_anchor ANSWER_FILE
//
// It runs the event dispatcher mid-server runs (Qt's own, not GLib's: preferQtEventDispatcher in
// app/common), so that the ratio measures mid-server's own work and nothing else.
//
// ANSWER_FILE holds a raw HTTP/1.1 answer (curl -si): its status line, headers and body are
// replayed; Content-Length, Connection, Date and Transfer-Encoding are left to the responder.
// Prints `MIDANCHOR listening port=N` once it listens on a free 127.0.0.1 port.
#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QTcpServer>

#include <cstdio>

namespace {

struct Answer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

bool parseAnswer(const QByteArray &raw, Answer *out)
{
    const qsizetype split = raw.indexOf("\r\n\r\n");
    if (split < 0 || !raw.startsWith("HTTP/1.1 "))
        return false;
    const QList<QByteArray> lines = raw.left(split).split('\n');
    out->status = lines.first().mid(9, 3).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        static const QList<QByteArray> skipped{"content-length", "connection", "date",
                                               "transfer-encoding", "keep-alive"};
        if (!skipped.contains(name.toLower()))
            out->headers.append({name, line.mid(colon + 1).trimmed()});
    }
    out->body = raw.mid(split + 4);
    return out->status > 0;
}

class AnchorServer : public QAbstractHttpServer
{
public:
    explicit AnchorServer(Answer answer) : m_answer(std::move(answer)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(m_answer.status));
        responder.writeHeader("Content-Length", QByteArray::number(m_answer.body.size()));
        for (const auto &h : m_answer.headers)
            responder.writeHeader(h.first, h.second);
        responder.writeBody(m_answer.body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Answer m_answer;
};

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_anchor ANSWER_FILE\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    Answer answer;
    if (!file.open(QIODevice::ReadOnly) || !parseAnswer(file.readAll(), &answer)) {
        std::fprintf(stderr, "bench_anchor: %s is not a raw HTTP/1.1 answer\n", argv[1]);
        return 2;
    }
    AnchorServer server(std::move(answer));
    auto *tcp = new QTcpServer(&server);
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bench_anchor: cannot listen\n");
        return 1;
    }
    server.bind(tcp);
    std::printf("MIDANCHOR listening port=%u\n", unsigned(tcp->serverPort()));
    std::fflush(stdout);
    return app.exec();
}
