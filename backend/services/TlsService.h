#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid {

// What the console and GET /admin/v1/settings show of the certificate the box serves.
struct TlsCertificateInfo
{
    QString fingerprintSha256; // "AB:CD:…", 32 upper-case hex pairs: what operators compare
    QDateTime notBefore, notAfter;
    QStringList names; // subjectAltName entries: DNS names, then IP addresses as text
    QString subject, issuer;
    bool selfSigned = false;      // its own issuer (an operator's certificate may be)
    bool issuedByLocalCa = false; // auto mode: signed by the box's own CA (served at /ca.crt)
    QString caFingerprintSha256;  // that CA's, when there is one

    bool isNull() const { return fingerprintSha256.isEmpty(); }
    QJsonObject
    toJson() const; // {fingerprintSha256, notBefore, notAfter, names, subject, issuer, …}
};

// The box's TLS identity (CONSOLE.md --tls), kept in <data-dir>/tls/:
// - auto: a local CA (ca.key, ca.crt: EC P-256, ten years) issues the server certificate
//   (server.key, server.crt: EC P-256, 397 days) whose SAN covers every name the box is reached
//   by. Keys are written 0600. A restart reuses the server certificate while it covers every
//   current name and is more than 30 days from expiry; otherwise the same CA issues a new one,
//   so a phone that trusts the CA keeps trusting the box.
// - CERT:KEY: the operator's PEM chain (leaf first) and key; refused when the key file is
//   readable by group or others, or does not match the leaf.
// - off: plain HTTP.
// Lives on the server's thread; serverConfiguration() is what every new connection uses.
class TlsService : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Off,
        Auto,
        Files,
    };
    // "off" | "auto" | "CERT:KEY" (paths; a Windows drive letter is not special). False with a
    // message when the text is none of them.
    static bool parseMode(const QString &text, Mode *mode, QString *certPath, QString *keyPath,
                          QString *error);

    // The names a box is reached by: the public URL's host, this host's name (and its
    // fully qualified and .local names), each interface address (IPv6 without a scope), and
    // localhost, 127.0.0.1, ::1. Duplicates removed, in that order.
    static QStringList namesOfThisBox(const QString &publicUrlHost);

    TlsService(const QString &dataDir, const QString &modeText, QObject *parent = nullptr);

    // Loads or creates the identity for `names`. False with a message the operator can act on
    // (a file that cannot be read, a key of the wrong permissions, a key that does not match).
    bool start(const QStringList &names, QString *error);

    Mode mode() const { return m_mode; }
    bool enabled() const { return m_mode != Mode::Off; }
    // TLS 1.2 or later, ECDHE with AES-GCM or ChaCha20-Poly1305 only, the chain and its key.
    QSslConfiguration serverConfiguration() const;
    TlsCertificateInfo certificate() const;
    // PEM of the local CA (auto mode), empty otherwise: what /ca.crt serves.
    QByteArray caCertificatePem() const;

    // auto: a new server certificate from the same CA for `names` (switching to auto from
    // CERT:KEY when needed). Applies at once: certificateChanged() fires.
    bool regenerate(const QStringList &names, QString *error);
    // The operator's own certificate chain and key (PEM text): checked like CERT:KEY, written
    // to <data-dir>/tls/own.crt and own.key (0600), and served from now on (mode Files).
    // Returns the "CERT:KEY" text a restart should use (for mid.conf).
    bool install(const QByteArray &chainPem, const QByteArray &keyPem, QString *modeText,
                 QString *error);

Q_SIGNALS:
    void certificateChanged();

private:
    // A certificate chain with its key, checked to belong together, and what it shows.
    struct Identity
    {
        QList<QSslCertificate> chain; // leaf first
        QSslKey key;
        TlsCertificateInfo info;
        QByteArray caPem; // auto mode: the local CA
    };
    // The chain (PEM, leaf first) and key, or nullopt with a message naming them as
    // `chainName` and `keyName` (file paths, or "the uploaded key").
    static std::optional<Identity> identityOf(const QByteArray &chainPem, const QByteArray &keyPem,
                                              const QString &chainName, const QString &keyName,
                                              QString *error);
    static std::optional<Identity> loadFiles(const QString &certPath, const QString &keyPath,
                                             QString *error);
    // `renew`: a new server certificate even when the one on disk would do.
    static std::optional<Identity> loadAuto(const QString &tlsDir, const QStringList &names,
                                            bool renew, QString *error);
    void apply(Mode mode, Identity identity);

    QString m_tlsDir;
    Mode m_mode = Mode::Off;
    QString m_certPath, m_keyPath; // Files
    QString m_modeError;           // why the mode text was refused: start() reports it
    Identity m_identity;
    QSslConfiguration m_configuration;
};

} // namespace mid
