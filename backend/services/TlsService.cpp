#include "TlsService.h"

#include "core/Config.h"
#include "core/Time.h"
#include "crypto/CertificateFactory.h"
#include "crypto/KeyFiles.h"
#include "crypto/Pem.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSslCipher>
#include <QUrl>

Q_LOGGING_CATEGORY(lcTls, "mid.tls")

namespace mid {

namespace Factory = CertificateFactory;

namespace {
// A certificate this close to its end is replaced at the next start, so a box restarted now
// and then never serves an expired one.
constexpr qint64 kRenewBeforeSeconds = 30LL * 24 * 3600;

constexpr QFileDevice::Permissions kNotOwnerOnly =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// A certificate and its key as the files hold them.
struct PemPair
{
    QByteArray certificate;
    QByteArray key;
};

struct Paths
{
    QString certificate, key;
};

Paths pathsIn(const QString &dir, const QString &stem)
{
    const QDir d(dir);
    return {d.filePath(stem + QStringLiteral(".crt")), d.filePath(stem + QStringLiteral(".key"))};
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool makePrivateDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner)) {
        *error = QStringLiteral("cannot create %1 (mode 0700)").arg(dir);
        return false;
    }
    return true;
}

// The key first: a crash between the two writes leaves a certificate that does not match its
// key, which the next start notices (auto mode issues anew).
bool writePair(const Paths &paths, const PemPair &pair, QString *error)
{
    return KeyFiles::writePrivate(paths.key, pair.key, error) &&
           KeyFiles::writePrivate(paths.certificate, pair.certificate, error);
}

// Both files or neither: when the second write fails the first is put back, so a restart
// pointed at the pair (mid.conf) still finds the two that belong together.
bool replacePair(const Paths &paths, const PemPair &pair, QString *error)
{
    QString ignored;
    const std::optional<QByteArray> previousKey = readFile(paths.key, &ignored);
    if (writePair(paths, pair, error))
        return true;
    if (previousKey)
        KeyFiles::writePrivate(paths.key, *previousKey, &ignored);
    else
        QFile::remove(paths.key);
    return false;
}

// An IP address in Qt's canonical text without an IPv6 scope, a DNS name in ACE lower case;
// empty when it is neither.
QString normalizedName(const QString &name)
{
    QHostAddress address;
    if (address.setAddress(name.trimmed())) {
        address.setScopeId(QString());
        return address.toString();
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(name.trimmed())).toLower();
    return Factory::isValidName(ace) ? ace : QString();
}

QStringList normalizedNames(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names) {
        const QString normal = normalizedName(name);
        if (normal.isEmpty() && !name.isEmpty())
            qCWarning(lcTls).noquote() << "left out of the certificate, not a name:" << name;
        if (!normal.isEmpty() && !out.contains(normal))
            out.append(normal);
    }
    return out;
}

bool covers(const QStringList &certified, const QString &name)
{
    const QHostAddress address(name);
    for (const QString &entry : certified) {
        const QHostAddress entryAddress(entry);
        if (address.isNull()
                ? entryAddress.isNull() && entry.compare(name, Qt::CaseInsensitive) == 0
                : entryAddress == address)
            return true;
    }
    return false;
}

QString octalMode(QFileDevice::Permissions permissions)
{
    const auto bits = [permissions](QFileDevice::Permission r, QFileDevice::Permission w,
                                    QFileDevice::Permission x) {
        return QString::number((permissions & r ? 4 : 0) | (permissions & w ? 2 : 0) |
                               (permissions & x ? 1 : 0));
    };
    return QLatin1Char('0') +
           bits(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner) +
           bits(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup) +
           bits(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther);
}

bool keyFileIsPrivate(const QString &path, QString *error)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    if (!(permissions & kNotOwnerOnly))
        return true;
    *error = QStringLiteral("%1 has mode %2: a private key must be readable by its owner only "
                            "(chmod 600 %1)")
                 .arg(path, octalMode(permissions));
    return false;
}

// TLS 1.2 suites with ephemeral ECDH and an AEAD cipher: forward secrecy, and none of CBC's
// padding oracles. TLS 1.3 suites are all of that kind; OpenSSL configures them apart from
// this list (Qt passes it to SSL_CTX_set_cipher_list, which ignores their names), so they stay
// as OpenSSL has them and are kept here only so ciphers() tells the whole truth.
QList<QSslCipher> modernCiphers()
{
    QList<QSslCipher> out;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString encryption = cipher.encryptionMethod();
        const bool aead = encryption.startsWith(QLatin1String("AESGCM")) ||
                          encryption.startsWith(QLatin1String("CHACHA20"));
        if (cipher.protocol() == QSsl::TlsV1_3 ||
            (cipher.protocol() == QSsl::TlsV1_2 &&
             cipher.keyExchangeMethod() == QLatin1String("ECDH") && aead))
            out.append(cipher);
    }
    return out;
}

TlsCertificateInfo infoOf(const Factory::CertificateInfo &certificate)
{
    TlsCertificateInfo info;
    info.fingerprintSha256 = certificate.fingerprintSha256;
    info.notBefore = certificate.notBefore;
    info.notAfter = certificate.notAfter;
    info.names = certificate.dnsNames + certificate.ipAddresses;
    info.subject = certificate.subject;
    info.issuer = certificate.issuer;
    info.selfSigned = certificate.selfSigned;
    return info;
}

bool expiresSoon(const QDateTime &notAfter)
{
    return notAfter < Time::now().addSecs(kRenewBeforeSeconds);
}

// The CA certificate for `key` (new when `key` is empty), written to ca.key and ca.crt.
std::optional<PemPair> createCa(const Paths &paths, QByteArray key, QString *error)
{
    const bool newKey = key.isEmpty();
    if (newKey)
        key = Factory::generateKey();
    PemPair ca{
        Factory::createCa(key, QHostInfo::localHostName(), Factory::caValidity(Time::now()), error),
        key};
    if (ca.certificate.isEmpty()) {
        if (!newKey) // the operator's file: say which
            *error = QStringLiteral("%1: %2").arg(paths.key, *error);
        return std::nullopt;
    }
    const bool written = newKey ? writePair(paths, ca, error)
                                : KeyFiles::writePrivate(paths.certificate, ca.certificate, error);
    if (!written)
        return std::nullopt;
    qCInfo(lcTls).noquote() << (newKey ? "created the local CA" : "renewed the local CA")
                            << paths.certificate;
    return ca;
}

// The local CA of <tls>/ca.*: created when ca.key is missing; its certificate remade from
// ca.key when ca.crt is missing or near its end (same key and name, so whatever the old one
// signed still verifies). A CA that exists but cannot be used is an error, never replaced:
// phones trust it.
std::optional<PemPair> loadOrCreateCa(const QString &dir, QString *error)
{
    const Paths paths = pathsIn(dir, QStringLiteral("ca"));
    if (!QFile::exists(paths.key))
        return createCa(paths, {}, error);
    const std::optional<QByteArray> key = readFile(paths.key, error);
    if (!key)
        return std::nullopt;
    if (!QFile::exists(paths.certificate))
        return createCa(paths, *key, error);
    const std::optional<QByteArray> certificate = readFile(paths.certificate, error);
    if (!certificate)
        return std::nullopt;
    QString why;
    const auto info = Factory::inspect(*certificate, &why);
    if (!info || !info->ca || !Factory::keyMatches(*key, *certificate, &why)) {
        *error = QStringLiteral("%1 is not the CA certificate of %2 (%3): remove %1 to have it "
                                "remade from the key, or both files for a new local CA")
                     .arg(paths.certificate, paths.key,
                          info && !info->ca ? QStringLiteral("not a CA") : why);
        return std::nullopt;
    }
    if (expiresSoon(info->notAfter))
        return createCa(paths, *key, error);
    return PemPair{*certificate, *key};
}

// Why the server pair on disk cannot stay; empty when it can.
QString reasonToReissue(const std::optional<QByteArray> &certificate,
                        const std::optional<QByteArray> &key, const PemPair &ca,
                        const QStringList &names)
{
    QString why;
    const auto info = certificate ? Factory::inspect(*certificate, &why) : std::nullopt;
    if (!info || !key)
        return QStringLiteral("none yet");
    if (!Factory::keyMatches(*key, *certificate, &why))
        return QStringLiteral("its key does not match");
    if (!Factory::isSignedBy(*certificate, ca.certificate))
        return QStringLiteral("not issued by the current local CA");
    if (expiresSoon(info->notAfter))
        return QStringLiteral("it ends on %1").arg(Time::rfc3339(info->notAfter));
    const QStringList certified = info->dnsNames + info->ipAddresses;
    for (const QString &name : names) {
        if (!covers(certified, name))
            return QStringLiteral("it does not cover %1").arg(name);
    }
    return {};
}

// Never past the CA's own end: a client would refuse the rest anyway.
Factory::Validity serverValidityUnder(const PemPair &ca)
{
    Factory::Validity validity = Factory::serverValidity(Time::now());
    QString ignored;
    if (const auto info = Factory::inspect(ca.certificate, &ignored))
        validity.notAfter = qMin(validity.notAfter, info->notAfter);
    return validity;
}

// <tls>/server.*: kept while it is still good for `names` (and `renew` is false), otherwise
// a new key and certificate from the CA.
std::optional<PemPair> loadOrIssueServer(const QString &dir, const PemPair &ca,
                                         const QStringList &names, bool renew, QString *error)
{
    const Paths paths = pathsIn(dir, QStringLiteral("server"));
    QString ignored;
    const std::optional<QByteArray> certificate = readFile(paths.certificate, &ignored);
    const std::optional<QByteArray> key = readFile(paths.key, &ignored);
    const QString why =
        renew ? QStringLiteral("asked for") : reasonToReissue(certificate, key, ca, names);
    if (why.isEmpty())
        return PemPair{*certificate, *key};
    PemPair server{{}, Factory::generateKey()};
    server.certificate = Factory::issueServer(server.key, names, ca.certificate, ca.key,
                                              serverValidityUnder(ca), error);
    if (server.certificate.isEmpty() || !writePair(paths, server, error))
        return std::nullopt;
    qCInfo(lcTls).noquote() << "issued a new server certificate (" + why + "):"
                            << names.join(QStringLiteral(", "));
    return server;
}

QString fingerprintOf(const QByteArray &certificate)
{
    QString ignored;
    const auto info = Factory::inspect(certificate, &ignored);
    return info ? info->fingerprintSha256 : QString();
}

QByteArray pemOf(const QList<QSslCertificate> &chain)
{
    QByteArray out;
    for (const QSslCertificate &certificate : chain)
        out += certificate.toPem();
    return out;
}
} // namespace

QJsonObject TlsCertificateInfo::toJson() const
{
    return {
        {QStringLiteral("fingerprintSha256"), fingerprintSha256},
        {QStringLiteral("notBefore"), notBefore.isValid() ? Time::rfc3339(notBefore) : QString()},
        {QStringLiteral("notAfter"), notAfter.isValid() ? Time::rfc3339(notAfter) : QString()},
        {QStringLiteral("names"), QJsonArray::fromStringList(names)},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("selfSigned"), selfSigned},
        {QStringLiteral("issuedByLocalCa"), issuedByLocalCa},
        {QStringLiteral("caFingerprintSha256"),
         caFingerprintSha256.isEmpty() ? QJsonValue() : QJsonValue(caFingerprintSha256)},
    };
}

// One grammar for --tls, mid.conf and this: the configuration's (core cannot see services).
bool TlsService::parseMode(const QString &text, Mode *mode, QString *certPath, QString *keyPath,
                           QString *error)
{
    ServerConfig::TlsMode parsed = ServerConfig::TlsMode::Off;
    if (!ConfigLoader::parseTls(text, &parsed, certPath, keyPath, error))
        return false;
    *mode = parsed == ServerConfig::TlsMode::Auto    ? Mode::Auto
            : parsed == ServerConfig::TlsMode::Files ? Mode::Files
                                                     : Mode::Off;
    return true;
}

QStringList TlsService::namesOfThisBox(const QString &publicUrlHost)
{
    const QString host = QHostInfo::localHostName();
    const QString domain = QHostInfo::localDomainName();
    QStringList names{publicUrlHost, host};
    if (!host.contains(QLatin1Char('.'))) {
        if (!domain.isEmpty())
            names.append(host + QLatin1Char('.') + domain);
        // The multicast-DNS name (Avahi, Bonjour) a phone on the same network resolves.
        names.append(host + QStringLiteral(".local"));
    }
    for (const QHostAddress &address : QNetworkInterface::allAddresses())
        names.append(address.toString()); // normalizedName drops the scope
    names << QStringLiteral("localhost") << QStringLiteral("127.0.0.1") << QStringLiteral("::1");
    return normalizedNames(names);
}

TlsService::TlsService(const QString &dataDir, const QString &modeText, QObject *parent)
    : QObject(parent), m_tlsDir(QDir(dataDir).filePath(QStringLiteral("tls")))
{
    if (!parseMode(modeText, &m_mode, &m_certPath, &m_keyPath, &m_modeError))
        m_mode = Mode::Off;
}

bool TlsService::start(const QStringList &names, QString *error)
{
    if (!m_modeError.isEmpty()) {
        *error = m_modeError;
        return false;
    }
    std::optional<Identity> identity;
    switch (m_mode) {
    case Mode::Off:
        apply(Mode::Off, Identity());
        return true;
    case Mode::Auto:
        identity = loadAuto(m_tlsDir, names, false, error);
        break;
    case Mode::Files:
        identity = loadFiles(m_certPath, m_keyPath, error);
        break;
    }
    if (!identity)
        return false;
    apply(m_mode, std::move(*identity));
    return true;
}

QSslConfiguration TlsService::serverConfiguration() const
{
    return m_configuration;
}

TlsCertificateInfo TlsService::certificate() const
{
    return m_identity.info;
}

QByteArray TlsService::caCertificatePem() const
{
    return m_mode == Mode::Auto ? m_identity.caPem : QByteArray();
}

bool TlsService::regenerate(const QStringList &names, QString *error)
{
    std::optional<Identity> identity = loadAuto(m_tlsDir, names, true, error);
    if (!identity)
        return false;
    apply(Mode::Auto, std::move(*identity));
    Q_EMIT certificateChanged();
    return true;
}

bool TlsService::install(const QByteArray &chainPem, const QByteArray &keyPem, QString *modeText,
                         QString *error)
{
    std::optional<Identity> identity = identityOf(
        chainPem, keyPem, QStringLiteral("the certificate"), QStringLiteral("the key"), error);
    if (!identity)
        return false;
    const Paths paths = pathsIn(m_tlsDir, QStringLiteral("own"));
    const QString text = paths.certificate + QLatin1Char(':') + paths.key;
    Mode mode = Mode::Off;
    QString certPath, keyPath;
    if (!parseMode(text, &mode, &certPath, &keyPath, error) || certPath != paths.certificate) {
        *error = QStringLiteral("the data directory's path cannot be written as --tls CERT:KEY");
        return false;
    }
    if (!makePrivateDir(m_tlsDir, error) ||
        !replacePair(paths, {pemOf(identity->chain), keyPem}, error))
        return false;
    m_certPath = paths.certificate;
    m_keyPath = paths.key;
    apply(Mode::Files, std::move(*identity));
    *modeText = text;
    Q_EMIT certificateChanged();
    return true;
}

std::optional<TlsService::Identity> TlsService::identityOf(const QByteArray &chainPem,
                                                           const QByteArray &keyPem,
                                                           const QString &chainName,
                                                           const QString &keyName, QString *error)
{
    QString why;
    const std::optional<QList<QByteArray>> der = Pem::certificates(chainPem, &why);
    const auto leaf = der ? Factory::inspect(der->first(), &why) : std::nullopt;
    if (!leaf) {
        *error = QStringLiteral("%1: %2").arg(chainName, why);
        return std::nullopt;
    }
    if (!Factory::keyMatches(keyPem, der->first(), &why)) {
        *error = QStringLiteral("%1 does not go with %2: %3").arg(keyName, chainName, why);
        return std::nullopt;
    }
    Identity identity;
    for (qsizetype i = 0; i < der->size(); ++i) {
        if (i > 0 && !Factory::isSignedBy(der->at(i - 1), der->at(i))) {
            *error = QStringLiteral("%1: certificate %2 is not the issuer of certificate %3 (the "
                                    "chain goes leaf first, each followed by its issuer)")
                         .arg(chainName)
                         .arg(i + 1)
                         .arg(i);
            return std::nullopt;
        }
        identity.chain.append(QSslCertificate(der->at(i), QSsl::Der));
    }
    identity.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (identity.key.isNull())
        identity.key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (identity.key.isNull()) {
        *error = QStringLiteral("%1: TLS needs an EC or RSA key").arg(keyName);
        return std::nullopt;
    }
    identity.info = infoOf(*leaf);
    return identity;
}

std::optional<TlsService::Identity> TlsService::loadFiles(const QString &certPath,
                                                          const QString &keyPath, QString *error)
{
    const std::optional<QByteArray> chain = readFile(certPath, error);
    const std::optional<QByteArray> key = chain ? readFile(keyPath, error) : std::nullopt;
    if (!key || !keyFileIsPrivate(keyPath, error))
        return std::nullopt;
    std::optional<Identity> identity = identityOf(*chain, *key, certPath, keyPath, error);
    // An expired certificate is still served: renewing it is the operator's business, and the
    // console shows notAfter.
    if (identity && identity->info.notAfter < Time::now())
        qCWarning(lcTls).noquote()
            << certPath << "expired on" << Time::rfc3339(identity->info.notAfter);
    return identity;
}

std::optional<TlsService::Identity>
TlsService::loadAuto(const QString &tlsDir, const QStringList &names, bool renew, QString *error)
{
    const QStringList wanted = normalizedNames(names);
    if (wanted.isEmpty()) {
        *error = QStringLiteral("no host name or address to put in the certificate");
        return std::nullopt;
    }
    if (!makePrivateDir(tlsDir, error))
        return std::nullopt;
    const std::optional<PemPair> ca = loadOrCreateCa(tlsDir, error);
    const std::optional<PemPair> server =
        ca ? loadOrIssueServer(tlsDir, *ca, wanted, renew, error) : std::nullopt;
    std::optional<Identity> identity =
        server ? identityOf(server->certificate, server->key, QStringLiteral("server.crt"),
                            QStringLiteral("server.key"), error)
               : std::nullopt;
    if (!identity)
        return std::nullopt;
    identity->caPem = ca->certificate;
    identity->info.issuedByLocalCa = true;
    identity->info.caFingerprintSha256 = fingerprintOf(ca->certificate);
    return identity;
}

void TlsService::apply(Mode mode, Identity identity)
{
    m_mode = mode;
    m_modeError.clear(); // a mode text refused at construction no longer matters
    m_identity = std::move(identity);
    if (m_mode == Mode::Off) {
        m_configuration = QSslConfiguration();
        return;
    }
    m_configuration = QSslConfiguration::defaultConfiguration();
    m_configuration.setLocalCertificateChain(m_identity.chain);
    m_configuration.setPrivateKey(m_identity.key);
    m_configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_configuration.setCiphers(modernCiphers());
    m_configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
}

} // namespace mid
