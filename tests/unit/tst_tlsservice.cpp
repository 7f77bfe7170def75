// TlsService and crypto::CertificateFactory: the --tls grammar, the names a box is reached by,
// auto mode's local CA and server certificate (files, permissions, what stock openssl makes of
// them, when a restart keeps or reissues them), the operator's own files and uploads (what is
// refused, and that a refusal changes nothing), and real TLS handshakes against the
// configuration every connection gets.
#include "core/Time.h"
#include "crypto/CertificateFactory.h"
#include "crypto/KeyFiles.h"
#include "services/TlsService.h"
#include "support/StockTools.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using namespace mid;
using namespace mid::test;
using Mode = TlsService::Mode;
namespace Factory = CertificateFactory;

Q_DECLARE_METATYPE(mid::TlsService::Mode)

namespace {
constexpr QFileDevice::Permissions kModeBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kMode0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kMode0644 =
    kMode0600 | QFileDevice::ReadGroup | QFileDevice::ReadOther;
// filesMode's key mode for "the key path is a directory": a file that cannot be read even by
// root, who reads a file of any mode (the suite may run as root).
constexpr int kKeyIsDirectory = -1;

const QStringList kNames = {QStringLiteral("box.example"), QStringLiteral("localhost"),
                            QStringLiteral("127.0.0.1"),   QStringLiteral("::1"),
                            QStringLiteral("10.1.2.3"),    QStringLiteral("fe80::1")};

QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & kModeBits;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &content)
{
    QString error;
    return KeyFiles::writePrivate(path, content, &error);
}

// Every file of a directory with its content: what "nothing changed" is compared against.
std::map<QString, QByteArray> snapshot(const QString &dir)
{
    std::map<QString, QByteArray> files;
    for (const QString &name : QDir(dir).entryList(QDir::Files))
        files[name] = readAll(QDir(dir).filePath(name));
    return files;
}

Factory::CertificateInfo inspect(const QByteArray &certificate)
{
    QString error;
    return Factory::inspect(certificate, &error).value_or(Factory::CertificateInfo{});
}

// A CA and a server certificate for box.example of the test's own, as an operator brings them.
struct OwnPki
{
    QByteArray caKey = Factory::generateKey();
    QByteArray caCertificate;
    QByteArray key = Factory::generateKey();
    QByteArray certificate;

    explicit OwnPki(const QString &name = QStringLiteral("box.example"))
    {
        QString error;
        const QDateTime now = Time::now();
        caCertificate =
            Factory::createCa(caKey, QStringLiteral("operator"), Factory::caValidity(now), &error);
        certificate = Factory::issueServer(key, {name}, caCertificate, caKey,
                                           Factory::serverValidity(now), &error);
    }
    QByteArray chain() const { return certificate + caCertificate; }
};

// A data directory with an auto-mode service started on it.
struct AutoBox
{
    QTemporaryDir dataDir;
    std::unique_ptr<TlsService> service;
    QString error;

    QString tls(const QString &file = {}) const
    {
        return QDir(dataDir.filePath(QStringLiteral("tls"))).filePath(file);
    }
    // A new service on the same directory, as a restart makes it.
    bool start(const QStringList &names = kNames)
    {
        service = std::make_unique<TlsService>(dataDir.path(), QStringLiteral("auto"));
        return service->start(names, &error);
    }
};

QSslConfiguration trustingOnly(const QByteArray &caPem)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromData(caPem)); // and nothing else
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

struct Handshake
{
    bool encrypted = false;
    QList<QSslError::SslError> errors; // what the client's verification found
    QString failure;                   // the client's socket error
    QSslCipher cipher;
    int serverFailures = 0; // handshakes the server gave up on
};

// One connection from a client with `client` to a QSslServer serving `server` on 127.0.0.1,
// verifying the certificate against `peerName`. Errors are never ignored.
Handshake connectOnce(const QSslConfiguration &server, const QSslConfiguration &client,
                      const QString &peerName)
{
    Handshake outcome;
    QSslServer listener;
    listener.setSslConfiguration(server);
    QObject::connect(
        &listener, &QSslServer::errorOccurred,
        [&outcome](QSslSocket *, QAbstractSocket::SocketError) { ++outcome.serverFailures; });
    if (!listener.listen(QHostAddress::LocalHost)) {
        outcome.failure = QStringLiteral("listen: ") + listener.errorString();
        return outcome;
    }
    QSslSocket socket;
    socket.setSslConfiguration(client);
    bool done = false;
    QObject::connect(&socket, &QSslSocket::encrypted, [&done] { done = true; });
    QObject::connect(&socket, &QSslSocket::sslErrors, [&outcome](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            outcome.errors.append(error.error());
    });
    QObject::connect(&socket, &QSslSocket::errorOccurred, [&](QAbstractSocket::SocketError) {
        outcome.failure = socket.errorString();
        done = true;
    });
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), listener.serverPort(), peerName);
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        outcome.failure = QStringLiteral("no answer within 10 s");
    outcome.encrypted = socket.isEncrypted();
    outcome.cipher = socket.sessionCipher();
    // The server's side of a refused handshake arrives a moment after the client's.
    const bool serverDone = QTest::qWaitFor(
        [&outcome] { return outcome.encrypted || outcome.serverFailures > 0; }, 2000);
    Q_UNUSED(serverDone) // a server that never gave up is what the caller checks
    return outcome;
}
} // namespace

class TestTlsService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parseMode_data();
    void parseMode();
    void namesOfThisBox_data();
    void namesOfThisBox();
    void offServesNothing();
    void autoCreatesPrivateFiles();
    void autoVerifiesWithOpenssl_data();
    void autoVerifiesWithOpenssl();
    void autoCoversEveryName();
    void autoProfile();
    void restartSameNamesKeepsCertificate();
    void restartNewNameReissuesFromSameCa();
    void reissueWhen_data();
    void reissueWhen();
    void missingCaCertificateRemadeFromKey();
    void foreignCaCertificateRefused();
    void filesMode_data();
    void filesMode();
    void installValidatesBeforeWriting_data();
    void installValidatesBeforeWriting();
    void installServesOwnCertificate();
    void regenerateKeepsCa();
    void serverConfigurationPolicy();
    void infoToJson();
    void handshake_data();
    void handshake();
    void oldClientsRefused_data();
    void oldClientsRefused();
};

void TestTlsService::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend (qt6 OpenSSL plugin missing)");
}

void TestTlsService::parseMode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("certPath");
    QTest::addColumn<QString>("keyPath");
    QTest::newRow("off") << "off" << true << Mode::Off << QString() << QString();
    QTest::newRow("auto") << "auto" << true << Mode::Auto << QString() << QString();
    QTest::newRow("auto, padded") << " auto " << true << Mode::Auto << QString() << QString();
    QTest::newRow("empty is off") << "" << true << Mode::Off << QString() << QString();
    QTest::newRow("CERT:KEY") << "/etc/mid/box.pem:/etc/mid/box.key" << true << Mode::Files
                              << "/etc/mid/box.pem"
                              << "/etc/mid/box.key";
    QTest::newRow("relative CERT:KEY") << "box.pem:box.key" << true << Mode::Files << "box.pem"
                                       << "box.key";
    QTest::newRow("colon in the certificate path")
        << "/srv/a:b/box.pem:/k.key" << true << Mode::Files << "/srv/a:b/box.pem"
        << "/k.key";
    QTest::newRow("garbage") << "yes" << false << Mode::Off << QString() << QString();
    QTest::newRow("on") << "on" << false << Mode::Off << QString() << QString();
    QTest::newRow("empty certificate part")
        << ":/k.key" << false << Mode::Off << QString() << QString();
    QTest::newRow("empty key part") << "/c.pem:" << false << Mode::Off << QString() << QString();
    QTest::newRow("colon alone") << ":" << false << Mode::Off << QString() << QString();
}

void TestTlsService::parseMode()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(Mode, mode);
    QFETCH(QString, certPath);
    QFETCH(QString, keyPath);
    Mode parsed = Mode::Off;
    QString cert, key, error;
    QCOMPARE(TlsService::parseMode(text, &parsed, &cert, &key, &error), ok);
    if (!ok) {
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error)); // names what was given
        return;
    }
    QCOMPARE(parsed, mode);
    QCOMPARE(cert, certPath);
    QCOMPARE(key, keyPath);
}

void TestTlsService::namesOfThisBox_data()
{
    QTest::addColumn<QString>("publicHost");
    QTest::addColumn<QString>("first");
    QTest::newRow("DNS name, lower-cased") << "MID.Example.COM"
                                           << "mid.example.com";
    QTest::newRow("IPv4 address") << "192.0.2.7"
                                  << "192.0.2.7";
    QTest::newRow("IPv6 address, canonical") << "2001:DB8:0:0::1"
                                             << "2001:db8::1";
    QTest::newRow("localhost itself") << "localhost"
                                      << "localhost";
    QTest::newRow("none") << "" << QString(); // the host name comes first then
}

void TestTlsService::namesOfThisBox()
{
    QFETCH(QString, publicHost);
    QFETCH(QString, first);
    const QStringList names = TlsService::namesOfThisBox(publicHost);
    if (!first.isEmpty())
        QCOMPARE(names.first(), first);
    else
        QCOMPARE(names.first(), QHostInfo::localHostName().toLower());
    const QString host = QHostInfo::localHostName().toLower();
    QVERIFY(names.contains(host));
    if (!host.contains(u'.')) // a phone on the network resolves it by multicast DNS
        QVERIFY(names.contains(host + QStringLiteral(".local")));
    for (const char *fixed : {"localhost", "127.0.0.1", "::1"})
        QVERIFY2(names.contains(QLatin1String(fixed)), fixed);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    for (const QString &name : names) {
        QVERIFY2(!name.contains(u'%'), qPrintable(name)); // no IPv6 scope
        QVERIFY2(Factory::isValidName(name), qPrintable(name));
    }
}

void TestTlsService::offServesNothing()
{
    QTemporaryDir dataDir;
    TlsService service(dataDir.path(), QStringLiteral("off"));
    QString error;
    QVERIFY2(service.start(kNames, &error), qPrintable(error));
    QVERIFY(!service.enabled());
    QVERIFY(service.certificate().isNull());
    QVERIFY(service.caCertificatePem().isEmpty());
    QVERIFY(service.serverConfiguration().localCertificateChain().isEmpty());
    QVERIFY(!QFileInfo::exists(dataDir.filePath(QStringLiteral("tls"))));
}

void TestTlsService::autoCreatesPrivateFiles()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    QVERIFY(box.service->enabled());
    QCOMPARE(box.service->mode(), Mode::Auto);
    QCOMPARE(modeOf(box.tls()),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const char *key : {"ca.key", "server.key"})
        QCOMPARE(modeOf(box.tls(QLatin1String(key))), kMode0600);
    for (const char *certificate : {"ca.crt", "server.crt"})
        QVERIFY(QFile::exists(box.tls(QLatin1String(certificate))));
    const TlsCertificateInfo info = box.service->certificate();
    QCOMPARE(info.fingerprintSha256, inspect(readAll(box.tls("server.crt"))).fingerprintSha256);
    QVERIFY(info.issuedByLocalCa);
    QVERIFY(!info.selfSigned);
    QCOMPARE(info.caFingerprintSha256, inspect(readAll(box.tls("ca.crt"))).fingerprintSha256);
    QCOMPARE(box.service->caCertificatePem(), readAll(box.tls("ca.crt")));
    QVERIFY(info.fingerprintSha256.contains(
        QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))));
}

void TestTlsService::autoVerifiesWithOpenssl_data()
{
    QTest::addColumn<QString>("check"); // -verify_hostname or -verify_ip
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("verifies");
    for (const QString &name : kNames) {
        const bool ip = !QHostAddress(name).isNull();
        QTest::addRow("%s", qPrintable(name))
            << (ip ? "-verify_ip" : "-verify_hostname") << name << true;
    }
    QTest::newRow("a name not asked for") << "-verify_hostname"
                                          << "other.example" << false;
    QTest::newRow("an address not asked for") << "-verify_ip"
                                              << "10.9.9.9" << false;
}

void TestTlsService::autoVerifiesWithOpenssl()
{
    QFETCH(QString, check);
    QFETCH(QString, name);
    QFETCH(bool, verifies);
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    QString error;
    const auto out = runTool(QStringLiteral("openssl"),
                             {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                              box.tls("ca.crt"), QStringLiteral("-purpose"),
                              QStringLiteral("sslserver"), check, name, box.tls("server.crt")},
                             &error);
    QCOMPARE(out.has_value(), verifies);
    if (verifies)
        QCOMPARE(out->trimmed(), (box.tls("server.crt") + QStringLiteral(": OK")).toUtf8());
    else
        QVERIFY2(error.contains(QLatin1String("mismatch")), qPrintable(error));
}

void TestTlsService::autoCoversEveryName()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    QString error;
    const auto out =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ext"),
                 QStringLiteral("subjectAltName"), QStringLiteral("-in"), box.tls("server.crt")},
                &error);
    QVERIFY2(out, qPrintable(error));
    // "    DNS:box.example, DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:…:1, …"
    const QString text = QString::fromUtf8(*out).section(u'\n', 1).trimmed();
    QStringList dns;
    QList<QHostAddress> addresses;
    for (const QString &entry : text.split(QStringLiteral(", "))) {
        if (entry.startsWith(QLatin1String("DNS:")))
            dns.append(entry.mid(4));
        else if (entry.startsWith(QLatin1String("IP Address:")))
            addresses.append(QHostAddress(entry.mid(11)));
        else
            QFAIL(qPrintable(QStringLiteral("unexpected entry ") + entry));
    }
    for (const QString &name : kNames) {
        const QHostAddress address(name);
        QVERIFY2(address.isNull() ? dns.contains(name) : addresses.contains(address),
                 qPrintable(name + QStringLiteral(" missing from ") + text));
    }
    QCOMPARE(dns.size() + addresses.size(), kNames.size());
    QCOMPARE(box.service->certificate().names,
             (QStringList{"box.example", "localhost", "127.0.0.1", "::1", "10.1.2.3", "fe80::1"}));
}

void TestTlsService::autoProfile()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const auto text = [&box](const char *file) {
        QString error;
        return QString::fromUtf8(
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                     QStringLiteral("-in"), box.tls(QLatin1String(file))},
                    &error)
                .value_or(error.toUtf8()));
    };
    const QString ca = text("ca.crt");
    for (const char *part :
         {"Signature Algorithm: ecdsa-with-SHA256", "ASN1 OID: prime256v1",
          "O = MID Console, CN = MID Console local CA (", "X509v3 Basic Constraints: critical",
          "CA:TRUE, pathlen:0", "X509v3 Key Usage: critical", "Certificate Sign, CRL Sign",
          "X509v3 Subject Key Identifier"})
        QVERIFY2(ca.contains(QLatin1String(part)), qPrintable(part + QStringLiteral("\n") + ca));
    const QString server = text("server.crt");
    for (const char *part : {"Signature Algorithm: ecdsa-with-SHA256", "ASN1 OID: prime256v1",
                             "CN = box.example", "CA:FALSE", "X509v3 Key Usage: critical",
                             "Digital Signature", "TLS Web Server Authentication",
                             "X509v3 Subject Key Identifier", "X509v3 Authority Key Identifier"})
        QVERIFY2(server.contains(QLatin1String(part)),
                 qPrintable(part + QStringLiteral("\n") + server));
    QVERIFY(!server.contains(QLatin1String("Certificate Sign")));

    const Factory::CertificateInfo caInfo = inspect(readAll(box.tls("ca.crt")));
    const Factory::CertificateInfo serverInfo = inspect(readAll(box.tls("server.crt")));
    const QDateTime now = Time::now();
    QVERIFY(caInfo.ca && caInfo.selfSigned);
    QVERIFY(!serverInfo.ca && !serverInfo.selfSigned);
    for (const auto *info : {&caInfo, &serverInfo})
        QVERIFY(qAbs(info->notBefore.secsTo(now) - 3600) < 60); // an hour back for skew
    QCOMPARE(serverInfo.notBefore.daysTo(serverInfo.notAfter), 397);
    QCOMPARE(caInfo.notAfter.date(), now.addYears(10).date());
    // 128 random bits: hex of 25 to 34 digits (fewer only when the top 32 bits are zero).
    QString error;
    const QByteArray serial =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-serial"),
                 QStringLiteral("-in"), box.tls("server.crt")},
                &error)
            .value_or(QByteArray())
            .trimmed()
            .mid(7);
    QVERIFY2(serial.size() >= 25 && serial.size() <= 34, serial.constData());
}

void TestTlsService::restartSameNamesKeepsCertificate()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const auto files = snapshot(box.tls());
    const TlsCertificateInfo before = box.service->certificate();
    QVERIFY2(box.start(QStringList(kNames.crbegin(), kNames.crend())), qPrintable(box.error));
    QCOMPARE(box.service->certificate().fingerprintSha256, before.fingerprintSha256);
    QCOMPARE(box.service->certificate().caFingerprintSha256, before.caFingerprintSha256);
    QVERIFY(snapshot(box.tls()) == files);
    // Names are compared as names: case and address spelling do not matter.
    QVERIFY2(box.start({QStringLiteral("BOX.example"), QStringLiteral("0:0:0:0:0:0:0:1")}),
             qPrintable(box.error));
    QCOMPARE(box.service->certificate().fingerprintSha256, before.fingerprintSha256);
}

void TestTlsService::restartNewNameReissuesFromSameCa()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const TlsCertificateInfo before = box.service->certificate();
    const QByteArray caKey = readAll(box.tls("ca.key"));
    QVERIFY2(box.start(kNames + QStringList{QStringLiteral("phone-facing.example")}),
             qPrintable(box.error));
    const TlsCertificateInfo after = box.service->certificate();
    QVERIFY(after.fingerprintSha256 != before.fingerprintSha256);
    QCOMPARE(after.caFingerprintSha256, before.caFingerprintSha256);
    QCOMPARE(readAll(box.tls("ca.key")), caKey);
    QVERIFY(after.names.contains(QStringLiteral("phone-facing.example")));
    QVERIFY(Factory::isSignedBy(readAll(box.tls("server.crt")), readAll(box.tls("ca.crt"))));
    QCOMPARE(modeOf(box.tls("server.key")), kMode0600);
}

void TestTlsService::reissueWhen_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("otherCa");
    QTest::addColumn<bool>("otherKey");
    QTest::addColumn<bool>("reissued");
    QTest::newRow("60 days left") << 60 << false << false << false;
    QTest::newRow("31 days left") << 31 << false << false << false;
    QTest::newRow("29 days left") << 29 << false << false << true;
    QTest::newRow("2 days left") << 2 << false << false << true;
    QTest::newRow("expired") << -1 << false << false << true;
    QTest::newRow("from another CA") << 200 << true << false << true;
    QTest::newRow("key of another certificate") << 200 << false << true << true;
}

// server.crt replaced by one the test issues with the factory, then a restart.
void TestTlsService::reissueWhen()
{
    QFETCH(int, daysLeft);
    QFETCH(bool, otherCa);
    QFETCH(bool, otherKey);
    QFETCH(bool, reissued);
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const OwnPki foreign;
    const QByteArray caCertificate = otherCa ? foreign.caCertificate : readAll(box.tls("ca.crt"));
    const QByteArray caKey = otherCa ? foreign.caKey : readAll(box.tls("ca.key"));
    const QByteArray key = Factory::generateKey();
    const QDateTime now = Time::now();
    QString error;
    const QByteArray certificate = Factory::issueServer(
        key, kNames, caCertificate, caKey, {now.addDays(-300), now.addDays(daysLeft)}, &error);
    QVERIFY2(!certificate.isEmpty(), qPrintable(error));
    QVERIFY(write(box.tls("server.crt"), certificate));
    QVERIFY(write(box.tls("server.key"), otherKey ? Factory::generateKey() : key));
    const QString planted = inspect(certificate).fingerprintSha256;

    QVERIFY2(box.start(), qPrintable(box.error));
    const TlsCertificateInfo info = box.service->certificate();
    QCOMPARE(info.fingerprintSha256 != planted, reissued);
    QCOMPARE(info.fingerprintSha256, inspect(readAll(box.tls("server.crt"))).fingerprintSha256);
    if (reissued) {
        QVERIFY(info.notAfter > now.addDays(396));
        QVERIFY(Factory::isSignedBy(readAll(box.tls("server.crt")), readAll(box.tls("ca.crt"))));
        QVERIFY(Factory::keyMatches(readAll(box.tls("server.key")), readAll(box.tls("server.crt")),
                                    &error));
    }
}

// A lost ca.crt is made again from ca.key: same subject and key, so the server certificate
// it signed still verifies and stays.
void TestTlsService::missingCaCertificateRemadeFromKey()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const TlsCertificateInfo before = box.service->certificate();
    QVERIFY(QFile::remove(box.tls("ca.crt")));
    QVERIFY2(box.start(), qPrintable(box.error));
    QCOMPARE(box.service->certificate().fingerprintSha256, before.fingerprintSha256);
    QVERIFY(box.service->certificate().caFingerprintSha256 != before.caFingerprintSha256);
    QString error;
    QVERIFY(runTool(QStringLiteral("openssl"),
                    {QStringLiteral("verify"), QStringLiteral("-CAfile"), box.tls("ca.crt"),
                     box.tls("server.crt")},
                    &error));
}

// A ca.crt that is not ca.key's is never replaced quietly: phones trust the CA.
void TestTlsService::foreignCaCertificateRefused()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    QVERIFY(write(box.tls("ca.crt"), OwnPki().caCertificate));
    const auto files = snapshot(box.tls());
    QVERIFY(!box.start());
    QVERIFY2(box.error.contains(box.tls("ca.crt")), qPrintable(box.error));
    QVERIFY(snapshot(box.tls()) == files);
}

void TestTlsService::filesMode_data()
{
    const OwnPki pki;
    const OwnPki other;
    QString error;
    const auto encrypted = runTool(QStringLiteral("openssl"),
                                   {QStringLiteral("pkcs8"), QStringLiteral("-topk8"),
                                    QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
                                    QStringLiteral("-passout"), QStringLiteral("pass:secret")},
                                   &error, pki.key);
    QVERIFY2(encrypted, qPrintable(error));
    // A null chain or key: that file is not written. "%cert" and "%key" in the error stand
    // for the paths.
    QTest::addColumn<QByteArray>("chain");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("keyMode");
    QTest::addColumn<QString>("error"); // a part of it; empty: loads
    QTest::newRow("good pair") << pki.chain() << pki.key << int(kMode0600) << QString();
    QTest::newRow("leaf alone") << pki.certificate << pki.key << int(kMode0600) << QString();
    QTest::newRow("key 0644") << pki.chain() << pki.key << int(kMode0644)
                              << QStringLiteral("%key has mode 0644");
    QTest::newRow("key 0640") << pki.chain() << pki.key << int(kMode0600 | QFileDevice::ReadGroup)
                              << QStringLiteral("%key has mode 0640");
    QTest::newRow("key of another certificate")
        << pki.chain() << other.key << int(kMode0600)
        << QStringLiteral("%key does not go with %cert: its public key is not");
    QTest::newRow("encrypted key")
        << pki.chain() << *encrypted << int(kMode0600)
        << QStringLiteral("%key does not go with %cert: it is not a PEM private key");
    QTest::newRow("certificate missing")
        << QByteArray() << pki.key << int(kMode0600) << QStringLiteral("cannot read %cert");
    QTest::newRow("key missing") << pki.chain() << QByteArray() << int(kMode0600)
                                 << QStringLiteral("cannot read %key");
    QTest::newRow("key unreadable")
        << pki.chain() << QByteArray() << kKeyIsDirectory << QStringLiteral("cannot read %key");
    QTest::newRow("certificate not PEM") << QByteArray("hello") << pki.key << int(kMode0600)
                                         << QStringLiteral("%cert: no \"-----BEGIN");
    QTest::newRow("chain out of order")
        << pki.certificate + other.caCertificate << pki.key << int(kMode0600)
        << QStringLiteral("%cert: certificate 2 is not the issuer of certificate 1");
}

void TestTlsService::filesMode()
{
    QFETCH(QByteArray, chain);
    QFETCH(QByteArray, key);
    QFETCH(int, keyMode);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString certPath = dir.filePath(QStringLiteral("box.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("box.key"));
    if (!chain.isNull())
        QVERIFY(write(certPath, chain));
    if (keyMode == kKeyIsDirectory)
        QVERIFY(QDir().mkdir(keyPath));
    if (!key.isNull()) {
        QVERIFY(write(keyPath, key));
        QVERIFY(QFile::setPermissions(keyPath, QFileDevice::Permissions(keyMode)));
    }
    TlsService service(dir.path(), certPath + u':' + keyPath);
    QString why;
    const bool started = service.start(kNames, &why);
    if (!error.isEmpty()) {
        QVERIFY(!started);
        error.replace(QStringLiteral("%cert"), certPath).replace(QStringLiteral("%key"), keyPath);
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QVERIFY2(started, qPrintable(why));
    QCOMPARE(service.mode(), Mode::Files);
    const TlsCertificateInfo info = service.certificate();
    QCOMPARE(info.fingerprintSha256, inspect(chain).fingerprintSha256);
    QCOMPARE(info.names, QStringList{QStringLiteral("box.example")});
    QVERIFY(!info.issuedByLocalCa && !info.selfSigned);
    QVERIFY(service.caCertificatePem().isEmpty());
    QCOMPARE(service.serverConfiguration().localCertificateChain(),
             QSslCertificate::fromData(chain));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("tls")))); // nothing made
}

void TestTlsService::installValidatesBeforeWriting_data()
{
    const OwnPki pki;
    QTest::addColumn<QByteArray>("chain");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("error");
    QTest::newRow("key of another certificate")
        << pki.chain() << OwnPki().key
        << QStringLiteral("the key does not go with the certificate");
    QTest::newRow("key not PEM") << pki.chain() << QByteArray("-----BEGIN PRIVATE KEY-----\nAA")
                                 << QStringLiteral("the key does not go with the certificate");
    QTest::newRow("no certificate")
        << QByteArray() << pki.key << QStringLiteral("the certificate: no");
    QTest::newRow("truncated certificate")
        << pki.certificate.left(200) << pki.key << QStringLiteral("the certificate: ");
}

// A refused upload leaves the identity served and every file as it was.
void TestTlsService::installValidatesBeforeWriting()
{
    QFETCH(QByteArray, chain);
    QFETCH(QByteArray, key);
    QFETCH(QString, error);
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const auto files = snapshot(box.tls());
    const TlsCertificateInfo before = box.service->certificate();
    QSignalSpy changed(box.service.get(), &TlsService::certificateChanged);
    QString modeText = QStringLiteral("unchanged");
    QString why;
    QVERIFY(!box.service->install(chain, key, &modeText, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
    QCOMPARE(modeText, QStringLiteral("unchanged"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(box.service->mode(), Mode::Auto);
    QCOMPARE(box.service->certificate().fingerprintSha256, before.fingerprintSha256);
    QCOMPARE(box.service->serverConfiguration().localCertificate(),
             QSslCertificate::fromData(readAll(box.tls("server.crt"))).first());
    QVERIFY(snapshot(box.tls()) == files);
}

void TestTlsService::installServesOwnCertificate()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const OwnPki pki;
    QSignalSpy changed(box.service.get(), &TlsService::certificateChanged);
    QString modeText, error;
    QVERIFY2(box.service->install(pki.chain(), pki.key, &modeText, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(modeText, box.tls("own.crt") + u':' + box.tls("own.key"));
    QCOMPARE(box.service->mode(), Mode::Files);
    QCOMPARE(box.service->certificate().fingerprintSha256, inspect(pki.chain()).fingerprintSha256);
    QVERIFY(!box.service->certificate().issuedByLocalCa);
    QVERIFY(box.service->caCertificatePem().isEmpty());
    QCOMPARE(box.service->serverConfiguration().localCertificateChain().size(), 2);
    QCOMPARE(modeOf(box.tls("own.key")), kMode0600);

    // What the next start reads, given the text for mid.conf.
    TlsService restarted(box.dataDir.path(), modeText);
    QVERIFY2(restarted.start(kNames, &error), qPrintable(error));
    QCOMPARE(restarted.certificate().fingerprintSha256, inspect(pki.chain()).fingerprintSha256);
    QCOMPARE(restarted.serverConfiguration().localCertificateChain(),
             QSslCertificate::fromData(pki.chain()));
}

void TestTlsService::regenerateKeepsCa()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const TlsCertificateInfo first = box.service->certificate();
    QSignalSpy changed(box.service.get(), &TlsService::certificateChanged);
    QString error;
    QVERIFY2(box.service->regenerate(kNames, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    const TlsCertificateInfo second = box.service->certificate();
    QVERIFY(second.fingerprintSha256 != first.fingerprintSha256); // new even for the same names
    QCOMPARE(second.caFingerprintSha256, first.caFingerprintSha256);
    QCOMPARE(second.fingerprintSha256, inspect(readAll(box.tls("server.crt"))).fingerprintSha256);

    // From the operator's own certificate back to the local CA.
    const OwnPki pki;
    QString modeText;
    QVERIFY2(box.service->install(pki.chain(), pki.key, &modeText, &error), qPrintable(error));
    QVERIFY2(box.service->regenerate(kNames, &error), qPrintable(error));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(box.service->mode(), Mode::Auto);
    QVERIFY(box.service->certificate().issuedByLocalCa);
    QCOMPARE(box.service->certificate().caFingerprintSha256, first.caFingerprintSha256);
    QCOMPARE(box.service->caCertificatePem(), readAll(box.tls("ca.crt")));
}

void TestTlsService::serverConfigurationPolicy()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const QSslConfiguration configuration = box.service->serverConfiguration();
    QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyNone);
    QCOMPARE(configuration.localCertificateChain(),
             QSslCertificate::fromData(readAll(box.tls("server.crt"))));
    QCOMPARE(configuration.privateKey().algorithm(), QSsl::Ec);
    QCOMPARE(configuration.privateKey().toPem(),
             QSslKey(readAll(box.tls("server.key")), QSsl::Ec).toPem());
    QStringList names;
    for (const QSslCipher &cipher : configuration.ciphers()) {
        names.append(cipher.name());
        QVERIFY2(!cipher.name().contains(QLatin1String("CBC")), qPrintable(cipher.name()));
        if (cipher.protocol() == QSsl::TlsV1_3)
            continue;
        QCOMPARE(cipher.protocol(), QSsl::TlsV1_2);
        QVERIFY2(cipher.keyExchangeMethod() == QLatin1String("ECDH"), qPrintable(cipher.name()));
        QVERIFY2(cipher.encryptionMethod().startsWith(QLatin1String("AESGCM")) ||
                     cipher.encryptionMethod().startsWith(QLatin1String("CHACHA20")),
                 qPrintable(cipher.name()));
    }
    for (const char *expected : {"TLS_AES_128_GCM_SHA256", "ECDHE-ECDSA-AES128-GCM-SHA256",
                                 "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-AES256-GCM-SHA384"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    for (const char *refused : {"AES128-GCM-SHA256", "ECDHE-ECDSA-AES128-SHA256",
                                "ECDHE-ECDSA-AES256-SHA", "DHE-RSA-AES128-GCM-SHA256"})
        QVERIFY2(!names.contains(QLatin1String(refused)), refused);
}

void TestTlsService::infoToJson()
{
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    const TlsCertificateInfo info = box.service->certificate();
    const QJsonObject json = info.toJson();
    QCOMPARE(json.value(QLatin1String("fingerprintSha256")).toString(), info.fingerprintSha256);
    const QString notAfter = json.value(QLatin1String("notAfter")).toString();
    QVERIFY2(notAfter.contains(QRegularExpression(
                 QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))),
             qPrintable(notAfter));
    QCOMPARE(QDateTime::fromString(notAfter, Qt::ISODate), info.notAfter);
    QCOMPARE(QDateTime::fromString(json.value(QLatin1String("notBefore")).toString(), Qt::ISODate),
             info.notBefore);
    QCOMPARE(json.value(QLatin1String("names")).toArray().toVariantList(),
             QVariant(info.names).toList());
    QCOMPARE(json.value(QLatin1String("subject")).toString(), info.subject);
    QVERIFY(info.subject.contains(QLatin1String("CN=box.example")));
    QCOMPARE(json.value(QLatin1String("issuer")).toString(), info.issuer);
    QVERIFY(info.issuer.startsWith(QLatin1String("CN=MID Console local CA (")));
    QCOMPARE(json.value(QLatin1String("issuedByLocalCa")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("selfSigned")).toBool(), false);
    QCOMPARE(json.value(QLatin1String("caFingerprintSha256")).toString(), info.caFingerprintSha256);

    const QJsonObject own = TlsCertificateInfo{}.toJson();
    QVERIFY(own.value(QLatin1String("caFingerprintSha256")).isNull());
    QCOMPARE(own.value(QLatin1String("issuedByLocalCa")).toBool(true), false);
}

void TestTlsService::handshake_data()
{
    QTest::addColumn<QSsl::SslProtocol>("protocol");
    QTest::addColumn<QString>("peerName");
    QTest::addColumn<QSslError::SslError>("refusal"); // NoError: verified and encrypted
    QTest::newRow("TLS 1.3, localhost")
        << QSsl::TlsV1_3 << QStringLiteral("localhost") << QSslError::NoError;
    QTest::newRow("TLS 1.2, localhost")
        << QSsl::TlsV1_2 << QStringLiteral("localhost") << QSslError::NoError;
    QTest::newRow("TLS 1.2 or later, box.example")
        << QSsl::TlsV1_2OrLater << QStringLiteral("box.example") << QSslError::NoError;
    QTest::newRow("IPv4 address") << QSsl::TlsV1_2OrLater << QStringLiteral("127.0.0.1")
                                  << QSslError::NoError;
    QTest::newRow("IPv6 address") << QSsl::TlsV1_2OrLater << QStringLiteral("::1")
                                  << QSslError::NoError;
    QTest::newRow("a name the certificate does not cover")
        << QSsl::TlsV1_2OrLater << QStringLiteral("other.example") << QSslError::HostNameMismatch;
}

// A client that trusts only the box's ca.crt, verifying the peer with no error ignored.
void TestTlsService::handshake()
{
    QFETCH(QSsl::SslProtocol, protocol);
    QFETCH(QString, peerName);
    QFETCH(QSslError::SslError, refusal);
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    QSslConfiguration client = trustingOnly(box.service->caCertificatePem());
    client.setProtocol(protocol);
    const Handshake outcome = connectOnce(box.service->serverConfiguration(), client, peerName);
    if (refusal != QSslError::NoError) {
        QVERIFY(!outcome.encrypted);
        QVERIFY(outcome.errors.contains(refusal));
        return;
    }
    QVERIFY2(outcome.encrypted, qPrintable(outcome.failure));
    QVERIFY(outcome.errors.isEmpty());
    if (protocol == QSsl::TlsV1_2) {
        QCOMPARE(outcome.cipher.keyExchangeMethod(), QStringLiteral("ECDH"));
        QVERIFY2(outcome.cipher.encryptionMethod().startsWith(QLatin1String("AESGCM")) ||
                     outcome.cipher.encryptionMethod().startsWith(QLatin1String("CHACHA20")),
                 qPrintable(outcome.cipher.name()));
    } else {
        QCOMPARE(outcome.cipher.protocol(), QSsl::TlsV1_3);
    }
}

void TestTlsService::oldClientsRefused_data()
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    const QSsl::SslProtocol tls11 = QSsl::TlsV1_1;
    QT_WARNING_POP
    QTest::addColumn<QSsl::SslProtocol>("protocol");
    QTest::addColumn<QString>("ciphers"); // empty: the client's defaults
    QTest::newRow("TLS 1.1") << tls11 << QString();
    // ECDSA suites the server could otherwise use with its P-256 key.
    QTest::newRow("TLS 1.2 with CBC only")
        << QSsl::TlsV1_2 << QStringLiteral("ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA");
}

// Clients that offer only what the server refuses. The client is told to allow them
// (security level 0), so the refusal is the server's. For TLS 1.1 OpenSSL 3's own security
// level would refuse it too; serverConfigurationPolicy checks the protocol set.
void TestTlsService::oldClientsRefused()
{
    QFETCH(QSsl::SslProtocol, protocol);
    QFETCH(QString, ciphers);
    AutoBox box;
    QVERIFY2(box.start(), qPrintable(box.error));
    QSslConfiguration client = trustingOnly(box.service->caCertificatePem());
    client.setProtocol(protocol);
    client.setBackendConfigurationOption("CipherString", ciphers.isEmpty()
                                                             ? QStringLiteral("DEFAULT@SECLEVEL=0")
                                                             : ciphers + "@SECLEVEL=0");
    if (!ciphers.isEmpty())
        client.setCiphers(ciphers);
    const Handshake outcome =
        connectOnce(box.service->serverConfiguration(), client, QStringLiteral("localhost"));
    QVERIFY(!outcome.encrypted);
    QVERIFY2(!outcome.failure.isEmpty(), "the client saw no failure");
    QVERIFY2(outcome.serverFailures > 0, qPrintable(outcome.failure)); // the server refused it
}

QTEST_GUILESS_MAIN(TestTlsService)
#include "tst_tlsservice.moc"
