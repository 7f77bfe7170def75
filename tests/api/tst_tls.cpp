// The box over HTTPS (--tls auto and an operator's own certificate), tried as a client would:
// every request verifies the certificate, either against the box's CA (downloaded from /ca.crt
// after the leaf was checked against its pinned fingerprint) or against the pin itself, never
// with verification turned off. Also: old protocol versions refused, a restart keeps the
// certificate, regenerate and install apply to the next connection, a silent or plain-HTTP
// client on the TLS port is closed, and --admin-listen keeps /admin/v1, /metrics and /docs off
// the public listener.
#include "support/ServerFixture.h"
#include "support/StockTools.h"

#include "services/TlsService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace mid;
using namespace mid::test;

namespace {
constexpr int kBoundMs = 1000; // the tests' head timeout (TLS handshakes included)

void autoTls(ServerConfig &c)
{
    c.tls = QStringLiteral("auto");
    c.tlsMode = ServerConfig::TlsMode::Auto;
    c.requestHeadTimeoutMs = kBoundMs;
    c.requestBodyStallMs = kBoundMs;
}

QString fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

quint16 portOf(const QString &url)
{
    return quint16(QUrl(url).port());
}

// What a TLS handshake with the box ends in: the leaf it presented, and whether the connection
// was encrypted. `pin` set: the errors a self-made certificate raises are accepted only when
// the leaf's SHA-256 is the pin (the console's trust on first use). `authorities` set: those
// are the only trusted roots. Neither: the handshake must succeed on the system's roots alone.
struct Handshake
{
    bool encrypted = false;
    QSslCertificate leaf;
    QString errors;
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
};
Handshake handshake(quint16 port, const QString &host, const QString &pin,
                    const QList<QSslCertificate> &authorities = {},
                    QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater)
{
    Handshake result;
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(protocol);
    if (!authorities.isEmpty() || !pin.isEmpty())
        tls.setCaCertificates(authorities);
    socket.setSslConfiguration(tls);
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&](const QList<QSslError> &e) {
        result.leaf = socket.peerCertificate();
        for (const QSslError &error : e)
            result.errors += error.errorString() + QLatin1Char(';');
        if (!pin.isEmpty() && fingerprintOf(socket.peerCertificate()) == pin)
            socket.ignoreSslErrors(e); // exactly these errors, for exactly this certificate
    });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &socket,
                     [&] { result.errors += socket.errorString() + QLatin1Char(';'); });
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, host);
    waitUntil(
        [&] {
            return socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState ||
                   !result.errors.isEmpty();
        },
        5000);
    result.encrypted = socket.isEncrypted();
    if (result.encrypted) {
        result.leaf = socket.peerCertificate();
        result.protocol = socket.sessionProtocol();
    }
    socket.abort();
    return result;
}

Response getWithPin(ServerFixture &f, const QString &path)
{
    HttpClient client(f.server().baseUrl());
    client.trustOnly(QSslCertificate::fromData(f.server().tls().caCertificatePem()));
    return client.get(path, f.admin());
}

// An operator's own certificate as `openssl req` makes it: self-signed, EC P-256, for localhost.
struct OwnCertificate
{
    QByteArray certificate, key;
};
OwnCertificate makeOwnCertificate(const QString &dir, QString *error)
{
    const QString cert = dir + QStringLiteral("/own.crt");
    const QString key = dir + QStringLiteral("/own.key");
    if (!runTool(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                  QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                  QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                  QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
                 error))
        return {};
    QFile c(cert), k(key);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return {};
    return {c.readAll(), k.readAll()};
}
} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pinnedLeafLeadsToTheCa();
    void routesOverTls();
    void oldProtocolsRefused_data();
    void oldProtocolsRefused();
    void modernCiphersOnly();
    void plainHttpOnTheTlsPortIsClosed();
    void silentHandshakeClosedWhileOthersServed();
    void floodOfHandshakesFromOneAddress();
    void restartKeepsTheCertificate();
    void newNameGetsANewCertificateFromTheSameCa();
    void regenerateServesTheNextConnection();
    void installOwnCertificate();
    void installRefusesAMismatchedKey();
    void withoutTls();
    void setupPageForPhones();
    void adminListenerSplit_data();
    void adminListenerSplit();
};

// The console's and a careful phone user's path: check the presented leaf against the
// fingerprint the operator reads in Settings (pin), fetch /ca.crt over that pinned connection,
// then trust only that CA, with full verification, from then on.
void TestTls::pinnedLeafLeadsToTheCa()
{
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(f.server().baseUrl().startsWith(QLatin1String("https://")));
    const QString pin = f.server().tls().certificate().fingerprintSha256;
    QCOMPARE(pin.size(), 32 * 3 - 1);

    const Response status = f.http().get(QStringLiteral("/admin/v1/settings/tls"), f.admin());
    QCOMPARE(status.status, 200);
    const QJsonObject certificate = status.data().value(QStringLiteral("certificate")).toObject();
    QCOMPARE(certificate.value(QStringLiteral("fingerprintSha256")).toString(), pin);
    QVERIFY(status.data().value(QStringLiteral("enabled")).toBool());
    QCOMPARE(status.data().value(QStringLiteral("mode")).toString(), QStringLiteral("auto"));
    const QStringList names = certificate.value(QStringLiteral("names")).toVariant().toStringList();
    for (const char *name : {"localhost", "127.0.0.1", "::1"})
        QVERIFY2(names.contains(QLatin1String(name)), name);

    const quint16 port = portOf(f.server().baseUrl());
    const Handshake pinned = handshake(port, QStringLiteral("localhost"), pin);
    QVERIFY2(pinned.encrypted, qPrintable(pinned.errors));
    QCOMPARE(fingerprintOf(pinned.leaf), pin);
    // A wrong pin gets nowhere: the same errors are not ignored.
    QString wrong = pin;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!handshake(port, QStringLiteral("localhost"), wrong).encrypted);
    // Nor does a client that trusts only the system's roots.
    QVERIFY(!handshake(port, QStringLiteral("localhost"), {}).encrypted);

    const Response ca = f.http().get(QStringLiteral("/ca.crt"));
    QCOMPARE(ca.status, 200);
    QCOMPARE(ca.header("Content-Type"), QByteArray("application/x-x509-ca-cert"));
    const QList<QSslCertificate> authority = QSslCertificate::fromData(ca.body, QSsl::Pem);
    QCOMPARE(authority.size(), 1);
    QCOMPARE(fingerprintOf(authority.first()),
             certificate.value(QStringLiteral("caFingerprintSha256")).toString());
    for (const char *host : {"localhost", "127.0.0.1"}) {
        const Handshake verified = handshake(port, QLatin1String(host), {}, authority);
        QVERIFY2(verified.encrypted, qPrintable(verified.errors));
        QCOMPARE(fingerprintOf(verified.leaf), pin);
    }
    // A name the certificate does not cover fails verification even with the CA trusted.
    QVERIFY(!handshake(port, QStringLiteral("elsewhere.example"), {}, authority).encrypted);

    // A stock tool agrees: the leaf verifies against the CA for serverAuth.
    QTemporaryDir dir;
    QFile caFile(dir.filePath(QStringLiteral("ca.pem")));
    QFile leafFile(dir.filePath(QStringLiteral("leaf.pem")));
    QVERIFY(caFile.open(QIODevice::WriteOnly) && leafFile.open(QIODevice::WriteOnly));
    caFile.write(ca.body);
    leafFile.write(pinned.leaf.toPem());
    caFile.close();
    leafFile.close();
    QString error;
    const auto verdict =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("verify"), QStringLiteral("-purpose"), QStringLiteral("sslserver"),
                 QStringLiteral("-CAfile"), caFile.fileName(), leafFile.fileName()},
                &error);
    QVERIFY2(verdict && verdict->contains("OK"), qPrintable(error));
}

// Every kind of answer over TLS: a JSON write and read, the approver page, the event stream.
void TestTls::routesOverTls()
{
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const TestClient client = f.createClient();
    QVERIFY(!client.apiKey.isEmpty());
    const QJsonObject consent = f.createConsent(client);
    const QString id = consent.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(consent.value(QStringLiteral("approvalUrl"))
                .toString()
                .startsWith(QLatin1String("https://localhost:")));
    QCOMPARE(f.http().get(QStringLiteral("/v1/consents/") + id, client.bearer()).status, 200);

    const Response page = f.http().get(QStringLiteral("/approve/") + id);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));

    // The event stream: its head and first event arrive over the encrypted connection.
    QSslSocket stream;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(f.server().tls().caCertificatePem()));
    stream.setSslConfiguration(tls);
    stream.connectToHostEncrypted(QStringLiteral("localhost"), portOf(f.server().baseUrl()));
    QVERIFY(waitUntil([&] { return stream.isEncrypted(); }, 5000));
    stream.write("GET /admin/v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                 f.adminToken().toUtf8() + "\r\nAccept: text/event-stream\r\n\r\n");
    QByteArray received;
    QVERIFY(waitUntil(
        [&] {
            received += stream.readAll();
            return received.contains("text/event-stream");
        },
        5000));
    f.createConsent(client);
    QVERIFY2(waitUntil(
                 [&] {
                     received += stream.readAll();
                     return received.contains("event: consent.created");
                 },
                 5000),
             received.constData());
}

void TestTls::oldProtocolsRefused_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("served");
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QTest::newRow("TLS 1.0") << int(QSsl::TlsV1_0) << false;
    QTest::newRow("TLS 1.1") << int(QSsl::TlsV1_1) << false;
    QT_WARNING_POP
    QTest::newRow("TLS 1.2") << int(QSsl::TlsV1_2) << true;
    QTest::newRow("TLS 1.3") << int(QSsl::TlsV1_3) << true;
}

void TestTls::oldProtocolsRefused()
{
    QFETCH(int, protocol);
    QFETCH(bool, served);
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Handshake h = handshake(portOf(f.server().baseUrl()), QStringLiteral("localhost"), {},
                                  QSslCertificate::fromData(f.server().tls().caCertificatePem()),
                                  QSsl::SslProtocol(protocol));
    QCOMPARE(h.encrypted, served);
    if (served)
        QCOMPARE(int(h.protocol), protocol);
    // The server still serves a modern client after refusing an old one.
    QCOMPARE(getWithPin(f, QStringLiteral("/healthz")).status, 200);
}

void TestTls::modernCiphersOnly()
{
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const QSslConfiguration server = f.server().tls().serverConfiguration();
    QCOMPARE(server.protocol(), QSsl::TlsV1_2OrLater);
    for (const QSslCipher &cipher : server.ciphers()) {
        if (cipher.protocol() == QSsl::TlsV1_3)
            continue;
        QVERIFY2(cipher.name().startsWith(QLatin1String("ECDHE-")), qPrintable(cipher.name()));
        QVERIFY2(cipher.name().contains(QLatin1String("GCM")) ||
                     cipher.name().contains(QLatin1String("CHACHA20")),
                 qPrintable(cipher.name()));
    }
    // A TLS 1.2 client offering only CBC suites gets no connection.
    QSslSocket socket;
    QSslConfiguration cbc = QSslConfiguration::defaultConfiguration();
    cbc.setProtocol(QSsl::TlsV1_2);
    cbc.setCiphers(QStringLiteral("ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA"));
    cbc.setCaCertificates(QSslCertificate::fromData(f.server().tls().caCertificatePem()));
    socket.setSslConfiguration(cbc);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), portOf(f.server().baseUrl()));
    waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    QVERIFY(!socket.isEncrypted());
}

void TestTls::plainHttpOnTheTlsPortIsClosed()
{
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QTcpSocket plain;
    plain.connectToHost(QStringLiteral("127.0.0.1"), portOf(f.server().baseUrl()));
    QVERIFY(plain.waitForConnected(3000));
    plain.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray received;
    QVERIFY(waitUntil(
        [&] {
            received += plain.readAll();
            return plain.state() == QAbstractSocket::UnconnectedState;
        },
        3 * kBoundMs));
    QVERIFY2(!received.contains("HTTP/1.1 200"), received.constData());
}

void TestTls::silentHandshakeClosedWhileOthersServed()
{
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QTcpSocket silent;
    silent.connectToHost(QStringLiteral("127.0.0.1"), portOf(f.server().baseUrl()));
    QVERIFY(silent.waitForConnected(3000));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(getWithPin(f, QStringLiteral("/healthz")).status, 200);
    QVERIFY(waitUntil([&] { return silent.state() == QAbstractSocket::UnconnectedState; },
                      5 * kBoundMs));
    QVERIFY2(clock.elapsed() < 4 * kBoundMs, QByteArray::number(clock.elapsed()));
}

// Connections are counted from accept, so one address cannot hold every slot with handshakes
// it never finishes; another address is served meanwhile.
void TestTls::floodOfHandshakesFromOneAddress()
{
    ServerFixture f([](ServerConfig &c) {
        autoTls(c);
        c.requestHeadTimeoutMs = 10'000; // the flood would otherwise time out by itself
        c.maxConnectionsPerAddress = 4;
    });
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const quint16 port = portOf(f.server().baseUrl());
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 12; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QVERIFY(socket->bind(QHostAddress(QStringLiteral("127.0.0.2"))));
        socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        flood.push_back(std::move(socket));
    }
    // The excess is refused at once...
    QVERIFY(waitUntil(
        [&] {
            return std::count_if(flood.cbegin(), flood.cend(), [](const auto &s) {
                       return s->state() == QAbstractSocket::UnconnectedState;
                   }) == 8;
        },
        3000));
    // ...while another address completes its handshake and is served.
    QCOMPARE(getWithPin(f, QStringLiteral("/healthz")).status, 200);
}

void TestTls::restartKeepsTheCertificate()
{
    QTemporaryDir dir;
    QString first;
    for (int start = 0; start < 2; ++start) {
        ServerFixture f([&](ServerConfig &c) {
            autoTls(c);
            c.dataDir = dir.path();
        });
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QString fingerprint = f.server().tls().certificate().fingerprintSha256;
        if (start == 0)
            first = fingerprint;
        else
            QCOMPARE(fingerprint, first);
        QCOMPARE(getWithPin(f, QStringLiteral("/healthz")).status, 200);
    }
    // Keys are the owner's alone.
    for (const char *key : {"tls/ca.key", "tls/server.key"}) {
        const QFile::Permissions p = QFile::permissions(dir.filePath(QLatin1String(key)));
        QVERIFY2(p & QFile::ReadOwner, key);
        QVERIFY2(
            !(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
            key);
    }
}

void TestTls::newNameGetsANewCertificateFromTheSameCa()
{
    QTemporaryDir dir;
    QString leaf, ca;
    for (const char *publicUrl : {"", "https://mid-box.example:8443"}) {
        ServerFixture f([&](ServerConfig &c) {
            autoTls(c);
            c.dataDir = dir.path();
            c.publicUrl = QLatin1String(publicUrl);
        });
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const TlsCertificateInfo info = f.server().tls().certificate();
        if (leaf.isEmpty()) {
            leaf = info.fingerprintSha256;
            ca = info.caFingerprintSha256;
            continue;
        }
        QVERIFY(info.fingerprintSha256 != leaf);
        QCOMPARE(info.caFingerprintSha256, ca);
        QVERIFY(info.names.contains(QStringLiteral("mid-box.example")));
        QVERIFY(info.names.contains(QStringLiteral("localhost")));
    }
}

void TestTls::regenerateServesTheNextConnection()
{
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const TlsCertificateInfo before = f.server().tls().certificate();
    const TestClient client = f.createClient();
    // Not for operators below admin, nor for tenants.
    QCOMPARE(f.http()
                 .post(QStringLiteral("/admin/v1/settings/tls/regenerate"), {}, client.bearer())
                 .status,
             401);
    const Response r =
        f.http().post(QStringLiteral("/admin/v1/settings/tls/regenerate"), {}, f.admin());
    QCOMPARE(r.status, 200);
    const QString after = r.data()
                              .value(QStringLiteral("certificate"))
                              .toObject()
                              .value(QStringLiteral("fingerprintSha256"))
                              .toString();
    QVERIFY(!after.isEmpty() && after != before.fingerprintSha256);
    const Handshake next =
        handshake(portOf(f.server().baseUrl()), QStringLiteral("localhost"), {},
                  QSslCertificate::fromData(f.server().tls().caCertificatePem()));
    QVERIFY2(next.encrypted, qPrintable(next.errors));
    QCOMPARE(fingerprintOf(next.leaf), after);
    QCOMPARE(f.server().tls().certificate().caFingerprintSha256, before.caFingerprintSha256);
    // Audited like every settings change.
    const Response audit =
        f.http().get(QStringLiteral("/admin/v1/audit?action=settings.tls.regenerate"), f.admin());
    QCOMPARE(audit.status, 200);
    QVERIFY(!audit.data().value(QStringLiteral("items")).toArray().isEmpty());
}

void TestTls::installOwnCertificate()
{
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QTemporaryDir dir;
    QString error;
    const OwnCertificate own = makeOwnCertificate(dir.path(), &error);
    QVERIFY2(!own.certificate.isEmpty(), qPrintable(error));
    const Response r =
        f.http().put(QStringLiteral("/admin/v1/settings/tls"),
                     {{QStringLiteral("certificate"), QString::fromUtf8(own.certificate)},
                      {QStringLiteral("privateKey"), QString::fromUtf8(own.key)}},
                     f.admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(QStringLiteral("mode")).toString(), QStringLiteral("files"));
    QVERIFY(!r.data().value(QStringLiteral("restartRequired")).toBool());
    const QString ownFingerprint =
        fingerprintOf(QSslCertificate::fromData(own.certificate).first());
    // The next connection presents it, verified against it as its own root.
    const Handshake next = handshake(portOf(f.server().baseUrl()), QStringLiteral("localhost"), {},
                                     QSslCertificate::fromData(own.certificate));
    QVERIFY2(next.encrypted, qPrintable(next.errors));
    QCOMPARE(fingerprintOf(next.leaf), ownFingerprint);
    // The next start serves it too: mid.conf names the files, whose key is the owner's alone.
    const QSettings conf(f.dataDir() + QStringLiteral("/mid.conf"), QSettings::IniFormat);
    ServerConfig::TlsMode mode;
    QString certPath, keyPath;
    QVERIFY(ConfigLoader::parseTls(conf.value(QStringLiteral("tls")).toString(), &mode, &certPath,
                                   &keyPath, &error));
    QCOMPARE(mode, ServerConfig::TlsMode::Files);
    QVERIFY(!(QFile::permissions(keyPath) & (QFile::ReadGroup | QFile::ReadOther)));
    // No local CA any more: phones are told so.
    QCOMPARE(f.http().get(QStringLiteral("/ca.crt")).status, 404);
}

void TestTls::installRefusesAMismatchedKey()
{
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const QString before = f.server().tls().certificate().fingerprintSha256;
    QTemporaryDir one, two;
    QString error;
    const OwnCertificate a = makeOwnCertificate(one.path(), &error);
    const OwnCertificate b = makeOwnCertificate(two.path(), &error);
    QVERIFY2(!a.certificate.isEmpty() && !b.key.isEmpty(), qPrintable(error));
    for (const auto &[certificate, key] :
         {std::pair{a.certificate, b.key}, std::pair{QByteArray("not a certificate"), a.key},
          std::pair{a.certificate, QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n")}}) {
        const Response r =
            f.http().put(QStringLiteral("/admin/v1/settings/tls"),
                         {{QStringLiteral("certificate"), QString::fromUtf8(certificate)},
                          {QStringLiteral("privateKey"), QString::fromUtf8(key)}},
                         f.admin());
        QCOMPARE(r.status, 422);
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
    }
    QCOMPARE(f.server().tls().certificate().fingerprintSha256, before);
    const Handshake still =
        handshake(portOf(f.server().baseUrl()), QStringLiteral("localhost"), before);
    QVERIFY2(still.encrypted, qPrintable(still.errors));
}

void TestTls::withoutTls()
{
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(f.server().baseUrl().startsWith(QLatin1String("http://")));
    QCOMPARE(f.http().get(QStringLiteral("/ca.crt")).status, 404);
    const Response status = f.http().get(QStringLiteral("/admin/v1/settings/tls"), f.admin());
    QCOMPARE(status.status, 200);
    QVERIFY(!status.data().value(QStringLiteral("enabled")).toBool());
    QVERIFY(status.data().value(QStringLiteral("certificate")).isNull());
    QCOMPARE(
        f.http().post(QStringLiteral("/admin/v1/settings/tls/regenerate"), {}, f.admin()).status,
        409);
}

void TestTls::setupPageForPhones()
{
    ServerFixture f(autoTls);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Response page = f.http().get(QStringLiteral("/setup"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
    QVERIFY(page.body.contains("href=\"/ca.crt\""));
    QVERIFY(page.body.contains(f.server().tls().certificate().caFingerprintSha256.toUtf8()));
}

void TestTls::adminListenerSplit_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestTls::adminListenerSplit()
{
    QFETCH(bool, tls);
    ServerFixture f([tls](ServerConfig &c) {
        if (tls)
            autoTls(c);
        c.adminListen = true;
        c.adminListenAddress = QHostAddress::LocalHost;
        c.adminListenPort = 0;
    });
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(f.server().adminUrl() != f.server().baseUrl());
    HttpClient admin(f.server().adminUrl());
    if (tls)
        admin.trustOnly(QSslCertificate::fromData(f.server().tls().caCertificatePem()));
    // The console's surfaces: on the admin listener only; the public one has never heard of them.
    for (const char *path : {"/admin/v1/overview", "/metrics", "/docs", "/admin/v1/settings/tls"}) {
        const Response onPublic = f.http().get(QLatin1String(path), f.admin());
        QCOMPARE(onPublic.status, 404);
        QCOMPARE(onPublic.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(admin.get(QLatin1String(path), f.admin()).status, 200);
    }
    // Login too: an operator's password never crosses the public listener.
    QCOMPARE(f.http()
                 .post(QStringLiteral("/admin/v1/login"),
                       {{QStringLiteral("username"), QStringLiteral("admin")},
                        {QStringLiteral("password"), QStringLiteral("x")}})
                 .status,
             404);
    // The API of tenants and phones: on both.
    const TestClient client = f.createClient();
    QVERIFY(!client.apiKey.isEmpty());
    QCOMPARE(f.http().get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(admin.get(QStringLiteral("/v1/clients"), f.admin()).status, 200);
    const QJsonObject consent = f.createConsent(client);
    QCOMPARE(f.http()
                 .get(QStringLiteral("/approve/") + consent.value(QStringLiteral("id")).toString())
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
