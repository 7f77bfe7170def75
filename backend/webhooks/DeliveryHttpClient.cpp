#include "webhooks/DeliveryHttpClient.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QScopedValueRollback>
#include <QSslSocket>
#include <QTcpSocket>

#include <http_parser.h>

#include <optional>

namespace mid {

namespace {

// Reads one answer with http_parser: skips 1xx interim answers, keeps the first maxBodyBytes
// of the final answer's body and says whether its connection may carry another request.
// http_parser keeps a pointer to this object, so it never moves.
class AnswerReader
{
public:
    enum class Progress
    {
        Reading,
        Complete,
        Failed
    };

    explicit AnswerReader(qsizetype maxBodyBytes) : m_maxBodyBytes(maxBodyBytes)
    {
        http_parser_init(&m_parser, HTTP_RESPONSE);
        m_parser.data = this;
    }
    AnswerReader(const AnswerReader &) = delete;
    AnswerReader &operator=(const AnswerReader &) = delete;

    Progress read(const QByteArray &bytes);
    // The connection closed: ends a close-delimited body, or leaves the answer incomplete.
    Progress readEndOfStream();

    bool anyByteRead() const { return m_anyByteRead; }
    // HTTP/1.1, no "Connection: close", and nothing after the answer.
    bool connectionReusable() const { return m_progress == Progress::Complete && m_reusable; }
    const HttpAnswer &answer() const { return m_answer; }
    HttpAnswer takeAnswer() { return std::move(m_answer); }

private:
    static const http_parser_settings &settings();
    static AnswerReader &of(http_parser *parser)
    {
        return *static_cast<AnswerReader *>(parser->data);
    }
    Progress failWith(const QString &error);

    int onMessageBegin();
    int onHeaderField(const char *at, size_t length);
    int onHeaderValue(const char *at, size_t length);
    int onHeadersComplete();
    int onBody(const char *at, size_t length);
    int onMessageComplete();

    http_parser m_parser;
    qsizetype m_maxBodyBytes;
    HttpAnswer m_answer;
    Progress m_progress = Progress::Reading;
    bool m_anyByteRead = false;
    bool m_headersDone = false;
    bool m_statusInvalid = false; // a status line whose code no HTTP status has (e.g. 000)
    bool m_valueLast = false;     // the last header callback was a value: a field starts a new pair
    qsizetype m_headerBytes = 0;
    bool m_reusable = false;
};

const http_parser_settings &AnswerReader::settings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s{};
        s.on_message_begin = [](http_parser *p) { return of(p).onMessageBegin(); };
        s.on_header_field = [](http_parser *p, const char *at, size_t length) {
            return of(p).onHeaderField(at, length);
        };
        s.on_header_value = [](http_parser *p, const char *at, size_t length) {
            return of(p).onHeaderValue(at, length);
        };
        s.on_headers_complete = [](http_parser *p) { return of(p).onHeadersComplete(); };
        s.on_body = [](http_parser *p, const char *at, size_t length) {
            return of(p).onBody(at, length);
        };
        s.on_message_complete = [](http_parser *p) { return of(p).onMessageComplete(); };
        return s;
    }();
    return settings;
}

AnswerReader::Progress AnswerReader::read(const QByteArray &bytes)
{
    m_anyByteRead = m_anyByteRead || !bytes.isEmpty();
    qsizetype offset = 0;
    while (offset < bytes.size() && m_progress == Progress::Reading) {
        const bool inHeaders = !m_headersDone;
        const size_t parsed = http_parser_execute(
            &m_parser, &settings(), bytes.constData() + offset, size_t(bytes.size() - offset));
        offset += qsizetype(parsed);
        // The parser pauses at the end of the headers, so `parsed` holds no body byte here.
        if (inHeaders && (m_headerBytes += qsizetype(parsed)) > DeliveryHttpClient::kMaxHeaderBytes)
            return failWith(QStringLiteral("answer headers too large"));
        const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
        if (error == HPE_PAUSED) {
            http_parser_pause(&m_parser, 0);
        } else if (error == HPE_HEADER_OVERFLOW) {
            return failWith(QStringLiteral("answer headers too large"));
        } else if (m_statusInvalid) {
            return failWith(QStringLiteral("malformed answer: status %1 is not an HTTP status")
                                .arg(m_parser.status_code));
        } else if (error != HPE_OK) {
            return failWith(QStringLiteral("malformed answer: %1")
                                .arg(QString::fromLatin1(http_errno_description(error))));
        } else if (m_parser.upgrade) {
            // 101 with Upgrade (http_parser stops there): we asked for no protocol switch.
            return failWith(QStringLiteral("malformed answer: unrequested protocol switch"));
        }
    }
    // No pipelining: bytes after the answer mean the server and we disagree about framing.
    if (offset < bytes.size())
        m_reusable = false;
    return m_progress;
}

AnswerReader::Progress AnswerReader::readEndOfStream()
{
    if (m_progress != Progress::Reading)
        return m_progress;
    http_parser_execute(&m_parser, &settings(), nullptr, 0);
    if (m_progress == Progress::Complete)
        return m_progress; // a close-delimited body ended
    return failWith(m_anyByteRead ? QStringLiteral("connection closed in the middle of the answer")
                                  : QStringLiteral("connection closed before an answer"));
}

AnswerReader::Progress AnswerReader::failWith(const QString &error)
{
    m_answer = HttpAnswer();
    m_answer.error = error;
    m_progress = Progress::Failed;
    return m_progress;
}

int AnswerReader::onMessageBegin()
{
    m_answer = HttpAnswer();
    m_headersDone = false;
    m_valueLast = false;
    m_headerBytes = 0;
    return 0;
}

// http_parser hands a field or value over in as many pieces as the packets split it into.
int AnswerReader::onHeaderField(const char *at, size_t length)
{
    if (m_headersDone)
        return 0; // a trailer after a chunked body: read and dropped
    if (m_valueLast || m_answer.headers.isEmpty())
        m_answer.headers.emplaceBack();
    m_valueLast = false;
    m_answer.headers.last().first.append(at, qsizetype(length));
    return 0;
}

int AnswerReader::onHeaderValue(const char *at, size_t length)
{
    if (m_headersDone)
        return 0;
    m_valueLast = true;
    m_answer.headers.last().second.append(at, qsizetype(length));
    return 0;
}

int AnswerReader::onHeadersComplete()
{
    m_headersDone = true;
    // http_parser takes any three digits; a status of 0 would read as "no answer at all".
    if (m_parser.status_code < 100 || m_parser.status_code > 599) {
        m_statusInvalid = true;
        return -1;
    }
    m_answer.status = int(m_parser.status_code);
    http_parser_pause(&m_parser, 1); // lets read() count the header bytes exactly
    return 0;
}

int AnswerReader::onBody(const char *at, size_t length)
{
    const qsizetype room = m_maxBodyBytes - m_answer.body.size();
    if (qsizetype(length) > room)
        m_answer.bodyTruncated = true;
    // The rest is read and dropped so the connection stays usable.
    m_answer.body.append(at, qMin(qsizetype(length), room));
    return 0;
}

int AnswerReader::onMessageComplete()
{
    if (m_answer.status / 100 == 1)
        return 0; // an interim answer (100 Continue): the final one follows on the same stream
    m_progress = Progress::Complete;
    m_reusable =
        http_should_keep_alive(&m_parser) && m_parser.http_major == 1 && m_parser.http_minor >= 1;
    http_parser_pause(&m_parser, 1); // anything after this is not part of the answer
    return 0;
}

bool hasLineBreak(const QByteArray &text)
{
    return text.contains('\r') || text.contains('\n');
}

// A target, host or header holding a line break would smuggle lines of its own into the request.
bool safeToSend(const HttpPost &request)
{
    if (hasLineBreak(request.target) || request.target.contains(' ') ||
        hasLineBreak(request.host.toUtf8()))
        return false;
    for (const auto &[name, value] : request.headers) {
        if (hasLineBreak(name) || hasLineBreak(value) || name.contains(':'))
            return false;
    }
    return true;
}

QByteArray hostHeader(const HttpPost &request)
{
    QByteArray host =
        request.host.isEmpty() ? request.address.toString().toUtf8() : request.host.toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    const quint16 defaultPort = request.tls ? 443 : 80;
    if (request.port != defaultPort)
        host += ':' + QByteArray::number(request.port);
    return host;
}

// Request line, headers and body in one buffer, so they leave in one write().
QByteArray serialize(const HttpPost &request)
{
    QByteArray wire;
    wire.reserve(256 + request.body.size());
    wire += "POST " + (request.target.isEmpty() ? QByteArray("/") : request.target) +
            " HTTP/1.1\r\nHost: " + hostHeader(request) +
            "\r\nContent-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    for (const auto &[name, value] : request.headers)
        wire += name + ": " + value + "\r\n";
    wire += "\r\n";
    wire += request.body;
    return wire;
}

} // namespace

struct DeliveryHttpClient::Connection
{
    PoolKey key;
    QTcpSocket *socket = nullptr; // a child of the client, deleted later when dropped
    Exchange *exchange = nullptr; // null while idle
    bool ready = false;           // connected, and for TLS encrypted
    int exchangesCarried = 0;
    QStringList sslErrors;
    QElapsedTimer idleSince;
};

struct DeliveryHttpClient::Exchange
{
    quint64 id = 0;
    PoolKey key;
    QByteArray wire;
    Done done;
    Connection *connection = nullptr;
    bool onReusedConnection = false;
    std::optional<AnswerReader> reader; // one per attempt
    HttpAnswer answer;                  // waiting for a queued delivery
};

DeliveryHttpClient::DeliveryHttpClient(qsizetype maxBodyBytes, QObject *parent)
    : QObject(parent), m_maxBodyBytes(maxBodyBytes)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    setSslConfiguration(configuration);
    m_idleSweep.setSingleShot(true);
    connect(&m_idleSweep, &QTimer::timeout, this, &DeliveryHttpClient::sweepIdle);
}

DeliveryHttpClient::~DeliveryHttpClient()
{
    closeAll();
}

void DeliveryHttpClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

quint64 DeliveryHttpClient::post(const HttpPost &request, Done done)
{
    const QScopedValueRollback inPost(m_inPost, true);
    const quint64 id = ++m_lastId;
    auto owned = std::make_unique<Exchange>();
    Exchange *exchange = owned.get();
    exchange->id = id;
    exchange->key = {request.address, request.port, request.tls, request.host};
    exchange->done = std::move(done);
    m_exchanges.emplace(id, std::move(owned));
    if (!safeToSend(request)) {
        fail(exchange, QStringLiteral("invalid request: a line break or space in the target, host "
                                      "or a header"));
        return id;
    }
    exchange->wire = serialize(request);
    if (Connection *idle = takeIdle(exchange->key))
        attach(exchange, idle);
    else
        startOnNewConnection(exchange);
    return id;
}

void DeliveryHttpClient::abort(quint64 id)
{
    const auto found = m_exchanges.find(id);
    if (found == m_exchanges.end())
        return;
    if (Connection *connection = found->second->connection)
        drop(connection);
    m_exchanges.erase(found);
}

int DeliveryHttpClient::connectionCount() const
{
    return int(m_connections.size());
}

int DeliveryHttpClient::idleConnectionCount() const
{
    qsizetype count = 0;
    for (const auto &list : m_idle)
        count += list.size();
    return int(count);
}

void DeliveryHttpClient::closeAll()
{
    while (!m_connections.empty())
        drop(m_connections.back().get());
    m_exchanges.clear();
    m_idleSweep.stop();
}

// Attached before connecting: a refused connection may report its error inside connectToHost().
void DeliveryHttpClient::startOnNewConnection(Exchange *exchange)
{
    const PoolKey &key = exchange->key;
    auto owned = std::make_unique<Connection>();
    Connection *connection = owned.get();
    connection->key = key;
    QSslSocket *tlsSocket = key.tls ? new QSslSocket(this) : nullptr;
    QTcpSocket *socket = tlsSocket ? tlsSocket : new QTcpSocket(this);
    connection->socket = socket;
    m_connections.push_back(std::move(owned));
    attach(exchange, connection);

    socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QTcpSocket::connected, this, [socket] {
        // Not before: Qt sets socket options only on a socket that exists (after connected()).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(connection); });
    connect(socket, &QTcpSocket::disconnected, this, [this, connection] { onClosed(connection); });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, connection](QAbstractSocket::SocketError error) { onError(connection, error); });
    if (!tlsSocket) {
        connect(socket, &QTcpSocket::connected, this, [this, connection] { onReady(connection); });
        socket->connectToHost(key.address, key.port); // last: it may end the connection already
        return;
    }
    connect(tlsSocket, &QSslSocket::encrypted, this, [this, connection] { onReady(connection); });
    connect(tlsSocket, &QSslSocket::sslErrors, this, [connection](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            connection->sslErrors.append(error.errorString());
    });
    tlsSocket->setSslConfiguration(m_sslConfiguration);
    // The address string is parsed, not resolved; the peer name is the SNI and the name the
    // certificate must carry.
    const QString address = key.address.toString();
    tlsSocket->connectToHostEncrypted(address, key.port, key.host.isEmpty() ? address : key.host);
}

// The most recently used idle connection of the key that still looks alive.
DeliveryHttpClient::Connection *DeliveryHttpClient::takeIdle(const PoolKey &key)
{
    const auto found = m_idle.find(key);
    if (found == m_idle.end())
        return nullptr;
    Connection *alive = nullptr;
    while (!alive && !found->isEmpty()) {
        Connection *candidate = found->takeLast();
        const bool closed = candidate->socket->state() != QAbstractSocket::ConnectedState;
        if (closed || candidate->socket->bytesAvailable() > 0)
            drop(candidate);
        else
            alive = candidate;
    }
    if (found->isEmpty())
        m_idle.erase(found);
    return alive;
}

void DeliveryHttpClient::attach(Exchange *exchange, Connection *connection)
{
    connection->exchange = exchange;
    exchange->connection = connection;
    exchange->onReusedConnection = connection->exchangesCarried++ > 0;
    exchange->reader.emplace(m_maxBodyBytes);
    if (connection->ready)
        connection->socket->write(exchange->wire);
}

void DeliveryHttpClient::release(Connection *connection)
{
    connection->exchange->connection = nullptr;
    connection->exchange = nullptr;
    connection->idleSince.start();
    QList<Connection *> &idle = m_idle[connection->key];
    idle.append(connection);
    if (idle.size() > kMaxIdlePerKey)
        drop(idle.first()); // the longest idle
    if (!m_idleSweep.isActive())
        m_idleSweep.start(m_idleTimeoutMs);
}

// Closes the connection for good. Its signals are cut first: abort() would emit disconnected().
void DeliveryHttpClient::drop(Connection *connection)
{
    const auto idle = m_idle.find(connection->key);
    if (idle != m_idle.end() && idle->removeOne(connection) && idle->isEmpty())
        m_idle.erase(idle);
    if (connection->exchange)
        connection->exchange->connection = nullptr;
    connection->socket->disconnect(this);
    connection->socket->abort();
    connection->socket->deleteLater(); // we may be inside one of its signals
    std::erase_if(m_connections,
                  [connection](const auto &owned) { return owned.get() == connection; });
}

// One timer for every idle connection: closes those idle too long, then waits for the oldest.
void DeliveryHttpClient::sweepIdle()
{
    qint64 oldestMs = -1;
    QList<Connection *> expired;
    for (const QList<Connection *> &idle : std::as_const(m_idle)) {
        for (Connection *connection : idle) {
            const qint64 idleMs = connection->idleSince.elapsed();
            if (idleMs >= m_idleTimeoutMs)
                expired.append(connection);
            else
                oldestMs = qMax(oldestMs, idleMs);
        }
    }
    for (Connection *connection : expired)
        drop(connection);
    if (oldestMs >= 0)
        m_idleSweep.start(int(m_idleTimeoutMs - oldestMs));
}

void DeliveryHttpClient::onReady(Connection *connection)
{
    connection->ready = true;
    if (connection->exchange)
        connection->socket->write(connection->exchange->wire);
}

void DeliveryHttpClient::onReadyRead(Connection *connection)
{
    Exchange *exchange = connection->exchange;
    if (!exchange) {
        drop(connection); // an idle connection has nothing to say (often a 408 before closing)
        return;
    }
    switch (exchange->reader->read(connection->socket->readAll())) {
    case AnswerReader::Progress::Reading:
        return;
    case AnswerReader::Progress::Complete:
        completeAnswer(exchange, true);
        return;
    case AnswerReader::Progress::Failed:
        fail(exchange, exchange->reader->answer().error);
        return;
    }
}

// The server closed the connection (disconnected(), or RemoteHostClosedError before it).
void DeliveryHttpClient::onClosed(Connection *connection)
{
    Exchange *exchange = connection->exchange;
    if (!exchange) {
        drop(connection);
        return;
    }
    AnswerReader &reader = *exchange->reader;
    // Qt keeps what arrived before the close in the socket's buffer.
    AnswerReader::Progress progress = reader.read(connection->socket->readAll());
    if (progress == AnswerReader::Progress::Reading && !reader.anyByteRead() &&
        retryOnFreshConnection(exchange))
        return;
    if (progress == AnswerReader::Progress::Reading)
        progress = reader.readEndOfStream();
    if (progress == AnswerReader::Progress::Complete)
        completeAnswer(exchange, false);
    else
        fail(exchange, reader.answer().error);
}

void DeliveryHttpClient::onError(Connection *connection, int socketError)
{
    if (socketError == QAbstractSocket::RemoteHostClosedError) {
        onClosed(connection);
        return;
    }
    Exchange *exchange = connection->exchange;
    if (!exchange) {
        drop(connection);
        return;
    }
    if (!exchange->reader->anyByteRead() && retryOnFreshConnection(exchange))
        return;
    const QString error = connection->sslErrors.isEmpty()
                              ? connection->socket->errorString()
                              : QStringLiteral("TLS handshake failed: %1")
                                    .arg(connection->sslErrors.join(QStringLiteral("; ")));
    fail(exchange, error);
}

// A kept-alive connection the server closed before answering is retried once on a new one, as
// browsers do: the server may have dropped it just as we reused it. A new connection is never
// retried: the server saw the request and chose not to answer.
bool DeliveryHttpClient::retryOnFreshConnection(Exchange *exchange)
{
    if (!exchange->onReusedConnection)
        return false;
    drop(exchange->connection);
    startOnNewConnection(exchange);
    return true;
}

void DeliveryHttpClient::completeAnswer(Exchange *exchange, bool connectionStillOpen)
{
    Connection *connection = exchange->connection;
    if (connectionStillOpen && exchange->reader->connectionReusable() &&
        connection->socket->bytesAvailable() == 0)
        release(connection);
    else
        drop(connection);
    finish(exchange, exchange->reader->takeAnswer());
}

void DeliveryHttpClient::fail(Exchange *exchange, const QString &error)
{
    HttpAnswer answer;
    answer.error = error;
    answer.requestSent = exchange->connection && exchange->connection->ready;
    if (exchange->connection)
        drop(exchange->connection);
    finish(exchange, std::move(answer));
}

// The exchange holds no connection any more. `done` runs last: it may post or abort.
void DeliveryHttpClient::finish(Exchange *exchange, HttpAnswer answer)
{
    exchange->answer = std::move(answer);
    exchange->reader.reset();
    const quint64 id = exchange->id;
    if (m_inPost)
        QMetaObject::invokeMethod(
            this, [this, id] { deliver(id); }, Qt::QueuedConnection);
    else
        deliver(id);
}

// Unless abort(id) came first.
void DeliveryHttpClient::deliver(quint64 id)
{
    const auto found = m_exchanges.find(id);
    if (found == m_exchanges.end())
        return;
    const std::unique_ptr<Exchange> exchange = std::move(found->second);
    m_exchanges.erase(found);
    exchange->done(exchange->answer);
}

} // namespace mid
