#include "FuzzSupport.h"

#include "crypto/OpenSsl.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTcpSocket>

#include <openssl/pem.h>

#include <cstdlib>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

// Q_INIT_RESOURCE must be used outside any namespace; the linker would drop the static
// initializer of a resource in a static library otherwise.
static void initKeyResources()
{
    Q_INIT_RESOURCE(keys);
}

namespace mid::fuzz {

namespace {
void quiet(QtMsgType, const QMessageLogContext &, const QString &)
{
}
} // namespace

bool verbose()
{
    static const bool on = qEnvironmentVariableIntValue("MID_FUZZ_LOG") == 1;
    return on;
}

void say(const QString &text)
{
    if (verbose())
        fprintf(stderr, "fuzz: %s\n", qPrintable(text));
}

void initApplication()
{
    if (QCoreApplication::instance())
        return;
    initKeyResources();
    if (!verbose())
        qInstallMessageHandler(quiet);
    static int argc = 1;
    static char name[] = "mid-fuzz";
    static char *argv[] = {name, nullptr};
    // Lives as long as the process: targets keep servers and sockets that need it to the end.
    new QCoreApplication(argc, argv);
}

QList<QByteArray> split(const QByteArray &input, const QByteArray &separator)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0) {
            parts.append(input.mid(from));
            return parts;
        }
        parts.append(input.mid(from, at - from));
        from = at + separator.size();
    }
}

QByteArray keyFile(const QString &name)
{
    initKeyResources();
    QFile file(QStringLiteral(":/fuzz/keys/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "fuzz: missing key file %s\n", qPrintable(name));
        std::abort();
    }
    return file.readAll();
}

QByteArray certificateDer(const QString &name)
{
    const QByteArray pem = keyFile(name);
    const ossl::Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    const ossl::Certificate certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    const QByteArray der = ossl::der(i2d_X509, certificate.get());
    if (der.isEmpty()) {
        fprintf(stderr, "fuzz: %s holds no certificate\n", qPrintable(name));
        std::abort();
    }
    return der;
}

namespace {
ossl::Pkey privateKey(const QString &name)
{
    const QByteArray pem = keyFile(name);
    const ossl::Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    ossl::Pkey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        fprintf(stderr, "fuzz: %s holds no private key\n", qPrintable(name));
        std::abort();
    }
    return key;
}
} // namespace

QByteArray privateKeyDer(const QString &name)
{
    const ossl::Pkey key = privateKey(name);
    const ossl::P8Info info(EVP_PKEY2PKCS8(key.get()));
    return ossl::der(i2d_PKCS8_PRIV_KEY_INFO, info.get());
}

QByteArray publicKeyDer(const QString &name)
{
    const ossl::Pkey key = privateKey(name);
    return ossl::der(i2d_PUBKEY, key.get());
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        // As QTest::qWait does: objects deleted later (closed sockets) go now, not at the end.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (done())
            return true;
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
}

qint64 unreadBytes(qintptr descriptor)
{
    int count = 0;
    if (descriptor < 0 || ioctl(int(descriptor), FIONREAD, &count) != 0)
        return 0;
    return count;
}

qintptr serverEndOf(const QTcpSocket &client)
{
    const quint16 serverPort = client.peerPort();
    const quint16 clientPort = client.localPort();
    const QStringList fds =
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString &entry : fds) {
        const int fd = entry.toInt();
        sockaddr_in local{}, peer{};
        socklen_t localLength = sizeof local, peerLength = sizeof peer;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0 ||
            local.sin_family != AF_INET || ntohs(local.sin_port) != serverPort)
            continue;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) == 0 &&
            peer.sin_family == AF_INET && ntohs(peer.sin_port) == clientPort)
            return fd;
    }
    return -1;
}

void settle(int timeoutMs, const std::function<bool()> &busy)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    const QDeadlineTimer deadline(timeoutMs);
    int idle = 0;
    while (idle < 2 && !deadline.hasExpired()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::sendPostedEvents();
        if (busy && busy()) {
            idle = 0;
            dispatcher->processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            continue;
        }
        idle = dispatcher->processEvents(QEventLoop::AllEvents) ? 0 : idle + 1;
    }
}

Exchange exchange(quint16 port, const QList<QByteArray> &pieces, const ExchangeOptions &options)
{
    const int timeoutMs = options.timeoutMs;
    Exchange out;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::readyRead,
                     [&socket, &out] { out.received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    out.connected = spinUntil(
        [&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
    if (!out.connected)
        return out;
    for (const QByteArray &piece : pieces) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.write(piece);
        socket.flush();
        spinUntil(
            [&socket] {
                return socket.bytesToWrite() == 0 ||
                       socket.state() != QAbstractSocket::ConnectedState;
            },
            timeoutMs);
        if (options.consumed)
            spinUntil([&] { return options.consumed(socket); }, timeoutMs);
    }
    if (options.settle)
        settle(timeoutMs, options.busy);
    if (socket.state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(socket.socketDescriptor()), SHUT_WR);
    out.closedByServer = spinUntil(
        [&socket] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    out.received += socket.readAll();
    return out;
}

Answer firstAnswer(const QByteArray &received)
{
    Answer answer;
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (!received.startsWith("HTTP/1.") || headEnd < 0)
        return answer;
    answer.status = received.mid(9, 3).toInt();
    qint64 length = 0;
    for (const QByteArray &line : received.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    answer.body = received.mid(headEnd + 4, length);
    return answer;
}

} // namespace mid::fuzz
