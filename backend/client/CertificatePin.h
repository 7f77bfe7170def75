#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkReply;
class QSslSocket;

namespace mid {

// Trust on first use for the certificate of a MID server the console manages. A box with
// `--tls auto` serves a certificate from its own CA, which no system trusts: instead of turning
// verification off, the console remembers ("pins") the SHA-256 fingerprint of the certificate
// the operator compared with the one the box's Settings show, and from then on accepts that
// exact certificate and no other — not even one a public CA vouches for.
class CertificatePin
{
public:
    // "AB:CD:…": the SHA-256 of the certificate's DER, 32 upper-case hex pairs, as the box's
    // Settings (GET /admin/v1/settings/tls) show it. Empty for a null certificate.
    static QString fingerprint(const QSslCertificate &certificate);
    // Whether `certificate` is the pinned one. Case, colons and spaces of `pin` do not matter;
    // an empty pin matches nothing.
    static bool matches(const QSslCertificate &certificate, const QString &pin);

    // Holds `reply` to `pin`: its TLS errors (an unknown CA, a name the certificate lacks) are
    // ignored, exactly those, only when the certificate the server presented is the pinned
    // one; a handshake that succeeds with any other certificate is aborted before the request
    // is sent. With an empty pin the system's verification stands alone.
    static void guard(QNetworkReply *reply, const QString &pin);
    // Why a guarded reply failed when it was for its certificate (a sentence a person can act
    // on); empty when the pin did not stop it.
    static QString refusalOf(const QNetworkReply *reply);

    // Pins the console remembers, in its QSettings, one per "host:port" of a server URL.
    static QString hostKey(const QUrl &url);
    static QString stored(const QUrl &url);
    static void store(const QUrl &url, const QString &fingerprint);
};

// Fetches the certificate a server presents, trusting nothing and sending nothing: it opens a
// TLS connection, takes the leaf certificate from the handshake (verified or not), and closes.
// What the operator compares before a first connection is pinned.
class CertificateProbe : public QObject
{
    Q_OBJECT
public:
    explicit CertificateProbe(QObject *parent = nullptr);
    ~CertificateProbe() override;

    // One probe at a time; a new one replaces the one running. The answer is finished().
    void probe(const QUrl &url, int timeoutMs = 10000);
    void cancel();

Q_SIGNALS:
    // `certificate` is null when there was none to take; `error` then says why.
    void finished(const QSslCertificate &certificate, const QString &error);

private:
    void take(const QSslCertificate &certificate);
    void fail(const QString &error);
    void end();

    QSslSocket *m_socket = nullptr;
    QTimer m_timeout;
};

} // namespace mid
