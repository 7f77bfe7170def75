#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// The X.509 the box makes for its own TLS: EC P-256 keys, a local CA and the server certificates
// it issues, and what a certificate says. Keys and certificates travel as PEM text (what the
// files in <data-dir>/tls hold); a certificate may also be given as DER. Every function that
// can fail returns an empty/false/nullopt result with the reason in *error.
namespace mid::CertificateFactory {

struct Validity
{
    QDateTime notBefore, notAfter;
};

// Both start an hour before `now`, so a client whose clock runs a little behind the box's
// accepts a certificate made a moment ago.
Validity caValidity(const QDateTime &now);     // ten years
Validity serverValidity(const QDateTime &now); // 397 days: the longest browsers accept

// A new EC P-256 private key, PKCS#8 PEM ("BEGIN PRIVATE KEY").
QByteArray generateKey();

// Whether `name` can go into a subjectAltName: an IPv4 or IPv6 address in text, or a DNS name
// (ASCII letters, digits, '-', '_' and '.', at most 253 characters).
bool isValidName(const QString &name);

// A self-signed CA certificate (PEM) for the key: CN "MID Console local CA (<hostName>)",
// O "MID Console"; basicConstraints critical CA:TRUE pathlen:0, keyUsage critical keyCertSign
// and cRLSign, subjectKeyIdentifier; 128-bit random serial; ECDSA with SHA-256.
QByteArray createCa(const QByteArray &caKeyPem, const QString &hostName, const Validity &validity,
                    QString *error);

// A server certificate (PEM) for `serverKeyPem`'s public key, signed by the CA: subjectAltName
// with every entry of `names` (DNS names and IP addresses, see isValidName; the first is also
// the CN), basicConstraints CA:FALSE, keyUsage critical digitalSignature, extendedKeyUsage
// serverAuth, subject and authority key identifiers.
QByteArray issueServer(const QByteArray &serverKeyPem, const QStringList &names,
                       const QByteArray &caCertificatePem, const QByteArray &caKeyPem,
                       const Validity &validity, QString *error);

struct CertificateInfo
{
    QByteArray der;
    QString fingerprintSha256;     // "AB:CD:…", as `openssl x509 -fingerprint -sha256` prints it
    QDateTime notBefore, notAfter; // UTC
    QStringList dnsNames;          // subjectAltName, in the certificate's order
    QStringList ipAddresses;       // subjectAltName, as inet_ntop writes them ("::1")
    QString subject, issuer;       // one line, RFC 2253 ("CN=…,O=…")
    bool selfSigned = false;       // its own issuer, signature checked
    bool ca = false;               // basicConstraints CA:TRUE
};

// What a certificate says (the first of a PEM chain); nullopt when it is not one.
std::optional<CertificateInfo> inspect(const QByteArray &certificate, QString *error);

// Whether the private key (PEM, not encrypted) is the one of the certificate's public key.
bool keyMatches(const QByteArray &keyPem, const QByteArray &certificate, QString *error);

// Whether `certificate` names `issuer`'s subject as its issuer and carries a valid signature by
// `issuer`'s key (nothing about time or trust: that is for the client to decide).
bool isSignedBy(const QByteArray &certificate, const QByteArray &issuer);

} // namespace mid::CertificateFactory
