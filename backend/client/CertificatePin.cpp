#include "CertificatePin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QVariantMap>

namespace mid {

namespace {

const char *kPinsKey = "connections/certificatePins";
const char *kRefusedProperty = "mid.certificateRefused";
constexpr quint16 kHttpsPort = 443;

// The hex digits alone, upper case: what two spellings of one fingerprint share.
QString hexDigits(const QString &fingerprint)
{
    static const QRegularExpression notHex(QStringLiteral("[^0-9A-Fa-f]"));
    return QString(fingerprint).remove(notHex).toUpper();
}

} // namespace

QString CertificatePin::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool CertificatePin::matches(const QSslCertificate &certificate, const QString &pin)
{
    const QString wanted = hexDigits(pin);
    return !wanted.isEmpty() && hexDigits(fingerprint(certificate)) == wanted;
}

void CertificatePin::guard(QNetworkReply *reply, const QString &pin)
{
    if (pin.isEmpty())
        return;
    // QNAM delivers both signals while its connection waits for the slot, so what is decided
    // here happens before a byte of the request (and its bearer token) is written.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, pin](const QList<QSslError> &errors) {
                         if (matches(reply->sslConfiguration().peerCertificate(), pin))
                             reply->ignoreSslErrors(errors);
                         else
                             reply->setProperty(kRefusedProperty, true);
                     });
    // A certificate the system trusts raises no error, yet it is not the one pinned.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
        if (matches(reply->sslConfiguration().peerCertificate(), pin))
            return;
        reply->setProperty(kRefusedProperty, true);
        reply->abort();
    });
}

QString CertificatePin::refusalOf(const QNetworkReply *reply)
{
    if (!reply->property(kRefusedProperty).toBool())
        return {};
    return QCoreApplication::translate(
        "mid::CertificatePin",
        "The server presented another certificate than the one pinned for it, so the console "
        "did not send the request. Connect again with File → Connect… to compare the "
        "fingerprints.");
}

QString CertificatePin::hostKey(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    const int port = url.port(kHttpsPort);
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

QString CertificatePin::stored(const QUrl &url)
{
    return QSettings().value(QLatin1String(kPinsKey)).toMap().value(hostKey(url)).toString();
}

void CertificatePin::store(const QUrl &url, const QString &fingerprint)
{
    // One map rather than one key per host: "host:port" (and IPv6 addresses) would need
    // escaping as a QSettings key.
    QSettings settings;
    QVariantMap pins = settings.value(QLatin1String(kPinsKey)).toMap();
    pins.insert(hostKey(url), fingerprint);
    settings.setValue(QLatin1String(kPinsKey), pins);
}

CertificateProbe::CertificateProbe(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("The server did not complete a TLS handshake in time.")); });
}

CertificateProbe::~CertificateProbe()
{
    end();
}

void CertificateProbe::probe(const QUrl &url, int timeoutMs)
{
    end();
    m_socket = new QSslSocket(this);
    // Whatever the certificate, the handshake is never completed past verification: the
    // certificate is taken in sslErrors (or encrypted) and the connection closed.
    connect(m_socket, &QSslSocket::sslErrors, this, [this] { take(m_socket->peerCertificate()); });
    connect(m_socket, &QSslSocket::encrypted, this, [this] { take(m_socket->peerCertificate()); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] { fail(m_socket->errorString()); });
    m_timeout.start(timeoutMs);
    m_socket->connectToHostEncrypted(url.host(), quint16(url.port(kHttpsPort)));
}

void CertificateProbe::cancel()
{
    end();
}

void CertificateProbe::take(const QSslCertificate &certificate)
{
    end();
    if (certificate.isNull())
        Q_EMIT finished(QSslCertificate(), tr("The server presented no certificate."));
    else
        Q_EMIT finished(certificate, {});
}

void CertificateProbe::fail(const QString &error)
{
    end();
    Q_EMIT finished(QSslCertificate(), error);
}

void CertificateProbe::end()
{
    m_timeout.stop();
    if (!m_socket)
        return;
    QSslSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace mid
