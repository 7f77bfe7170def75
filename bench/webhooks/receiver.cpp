// A webhook receiver for bench/webhooks.sh (a benchmark tool, not a test): answers every
// request at once with `200` and an empty body over HTTP/1.1 keep-alive, and records, per
// webhook request, its arrival time (wall clock ms) and its `webhook-id`. The bench joins those
// with the events table of the server's database (the event's time, in ms) for the delay from
// state change to arrival: the body's `timestamp` has whole seconds only (§9), too coarse for a
// delay of milliseconds. The receiver and the server must share a clock: run both on one machine.
//
//   webhook_receiver [--port N]        (0, the default: any free port on 127.0.0.1)
//
// Prints `MIDRECV listening port=N` once it listens. Routes:
//   GET  /stats     answers (and prints) the line below; not counted
//   GET  /arrivals  "webhook-id arrival_ms" lines, one per request since the last reset
//   POST /reset     forgets what was recorded (a new phase); not counted
//   anything else   a webhook request: recorded, answered 200
// On SIGTERM or SIGINT it prints the line and exits 0:
//   MIDRECV requests=… unique=… first_ms=… last_ms=… rate=… connections=… connections_max=…
//     bad=…
// rate = requests / (last_ms - first_ms) per second; unique counts distinct webhook-ids;
// connections is the number accepted since the last reset and connections_max the most open at
// once (the sender's parallelism); bad counts requests without a webhook-id.
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

bool headerValue(const QByteArray &head, const QByteArray &lowerName, QByteArray *out)
{
    // head: the request's header block; names compared in lower case.
    qsizetype lineStart = head.indexOf('\n');
    while (lineStart >= 0 && lineStart + 1 < head.size()) {
        const qsizetype from = lineStart + 1;
        qsizetype lineEnd = head.indexOf('\n', from);
        if (lineEnd < 0)
            lineEnd = head.size();
        const qsizetype colon = head.indexOf(':', from);
        if (colon > from && colon < lineEnd &&
            head.mid(from, colon - from).trimmed().toLower() == lowerName) {
            *out = head.mid(colon + 1, lineEnd - colon - 1).trimmed();
            return true;
        }
        lineStart = lineEnd < head.size() ? lineEnd : -1;
    }
    return false;
}

class Receiver : public QObject
{
public:
    bool listen(quint16 port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Receiver::onConnection);
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    quint16 port() const { return m_server.serverPort(); }

    QByteArray statsLine() const
    {
        const qint64 span = m_lastMs - m_firstMs;
        const double rate = span > 0 ? double(m_requests) * 1000.0 / double(span) : 0.0;
        return QByteArray("MIDRECV requests=") + QByteArray::number(m_requests) +
               " unique=" + QByteArray::number(m_ids.size()) +
               " first_ms=" + QByteArray::number(m_firstMs) +
               " last_ms=" + QByteArray::number(m_lastMs) +
               " rate=" + QByteArray::number(rate, 'f', 1) +
               " connections=" + QByteArray::number(m_accepted) +
               " connections_max=" + QByteArray::number(m_openMax) +
               " bad=" + QByteArray::number(m_bad);
    }

private:
    void reset()
    {
        m_requests = 0;
        m_bad = 0;
        m_firstMs = m_lastMs = 0;
        m_ids.clear();
        m_arrivals.clear();
        m_accepted = 0;
        m_openMax = m_open;
    }

    void onConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_accepted;
            m_openMax = qMax(m_openMax, ++m_open);
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                --m_open;
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket, buffer] { onData(socket, *buffer); });
        }
    }

    // Answers every complete request in the buffer (keep-alive; pipelining works too).
    void onData(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        QByteArray out;
        bool close = false;
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                break;
            const QByteArray head = buffer.left(headEnd);
            QByteArray value;
            qint64 length = 0;
            if (headerValue(head, "content-length", &value))
                length = value.toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                break;
            const qint64 arrival = QDateTime::currentMSecsSinceEpoch();
            buffer.remove(0, headEnd + 4 + length);
            if (headerValue(head, "connection", &value) && value.toLower() == "close")
                close = true;
            const qsizetype sp1 = head.indexOf(' ');
            const qsizetype sp2 = head.indexOf(' ', sp1 + 1);
            const QByteArray method = head.left(sp1);
            const QByteArray path = head.mid(sp1 + 1, sp2 - sp1 - 1);
            QByteArray answer;
            if (method == "GET" && path == "/stats") {
                answer = statsLine() + '\n';
                std::fprintf(stdout, "%s", answer.constData());
                std::fflush(stdout);
            } else if (method == "GET" && path == "/arrivals") {
                answer = m_arrivals;
            } else if (method == "POST" && path == "/reset") {
                reset();
            } else {
                record(head, arrival);
            }
            out += "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(answer.size()) +
                   (close ? "\r\nConnection: close\r\n\r\n" : "\r\n\r\n") + answer;
            if (close)
                break;
        }
        if (!out.isEmpty())
            socket->write(out);
        if (close)
            socket->disconnectFromHost();
    }

    void record(const QByteArray &head, qint64 arrival)
    {
        if (m_requests == 0)
            m_firstMs = arrival;
        m_lastMs = arrival;
        ++m_requests;
        QByteArray id;
        if (!headerValue(head, "webhook-id", &id)) {
            ++m_bad;
            return;
        }
        m_ids.insert(id);
        m_arrivals += id + ' ' + QByteArray::number(arrival) + '\n';
    }

    QTcpServer m_server;
    qint64 m_requests = 0;
    qint64 m_bad = 0;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    QSet<QByteArray> m_ids;
    QByteArray m_arrivals; // "webhook-id arrival_ms" lines
    qint64 m_accepted = 0;
    int m_open = 0;
    int m_openMax = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    quint16 port = 0;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--port") && i + 1 < args.size()) {
            port = quint16(args.at(++i).toUInt());
        } else {
            std::fprintf(stderr, "usage: webhook_receiver [--port N]\n");
            return 2;
        }
    }
    if (::pipe(g_signalPipe) != 0) {
        std::perror("pipe");
        return 1;
    }
    Receiver receiver;
    if (!receiver.listen(port)) {
        std::fprintf(stderr, "webhook_receiver: cannot listen on 127.0.0.1:%u\n", unsigned(port));
        return 1;
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&receiver, &app] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        std::fprintf(stdout, "%s\n", receiver.statsLine().constData());
        std::fflush(stdout);
        app.quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::fprintf(stdout, "MIDRECV listening port=%u\n", unsigned(receiver.port()));
    std::fflush(stdout);
    return app.exec();
}
