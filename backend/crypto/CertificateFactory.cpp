#include "CertificateFactory.h"

#include "OpenSsl.h"
#include "Pem.h"
#include "Random.h"

#include <openssl/pem.h>

#include <arpa/inet.h>

namespace mid::CertificateFactory {

namespace {
constexpr qint64 kClockSkewSeconds = 3600;
constexpr int kServerDays = 397;
constexpr int kCaYears = 10;
constexpr int kSerialBytes = 16;
constexpr qsizetype kMaxDnsName = 253;
constexpr qsizetype kMaxCommonName = 64; // ub-common-name (RFC 5280): OpenSSL refuses longer

const QString kOrganization = QStringLiteral("MID Console");

// *error gets `what` and OpenSSL's own reason, when it left one.
template <typename T> T fail(QString *error, const QString &what, T result = T())
{
    const unsigned long code = ERR_peek_last_error();
    char reason[256] = {};
    if (code != 0)
        ERR_error_string_n(code, reason, sizeof reason);
    *error = code != 0 ? what + QStringLiteral(" (") + QString::fromLatin1(reason) + u')' : what;
    return ossl::failed(std::move(result));
}

ossl::Bio readBio(const QByteArray &data)
{
    return ossl::Bio(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, qsizetype(length)) : QByteArray();
}

// Never asks for a passphrase: without a callback OpenSSL would prompt on the terminal of a
// server that has nobody at it. An encrypted key simply fails to load.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

ossl::Pkey readPrivateKey(const QByteArray &pem)
{
    const ossl::Bio bio = readBio(pem);
    EVP_PKEY *key =
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr) : nullptr;
    return key ? ossl::Pkey(key) : ossl::failed(ossl::Pkey());
}

// PEM (its first certificate) or DER (all of it, nothing after).
ossl::Certificate readCertificate(const QByteArray &data)
{
    if (data.contains("-----BEGIN")) {
        const ossl::Bio bio = readBio(data);
        X509 *certificate =
            bio ? PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr) : nullptr;
        return certificate ? ossl::Certificate(certificate) : ossl::failed(ossl::Certificate());
    }
    const unsigned char *p = ossl::bytes(data);
    ossl::Certificate certificate(d2i_X509(nullptr, &p, long(data.size())));
    if (!certificate || p != ossl::bytes(data) + data.size())
        return ossl::failed(ossl::Certificate());
    return certificate;
}

QByteArray certificatePem(X509 *certificate)
{
    const ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return ossl::failed(QByteArray());
    return bioContents(bio.get());
}

bool isDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > kMaxDnsName)
        return false;
    for (const QChar c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                             (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
        if (!allowed)
            return false;
    }
    return true;
}

bool isIpAddress(const QString &name)
{
    const ossl::OctetString address(a2i_IPADDRESS(name.toLatin1().constData()));
    return address ? true : ossl::failed(false);
}

// 128 random bits: unpredictable serials are what keeps a chosen-prefix collision from
// forging a certificate. DER adds a zero byte when the top bit is set, well within RFC 5280's
// 20 octets.
bool setRandomSerial(X509 *certificate)
{
    const QByteArray random = Random::bytes(kSerialBytes);
    const ossl::Bignum serial(BN_bin2bn(ossl::bytes(random), int(random.size()), nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate));
}

// ASN1_TIME_set writes UTCTime up to 2049 and GeneralizedTime after, as RFC 5280 asks.
bool setValidity(X509 *certificate, const Validity &validity)
{
    return ASN1_TIME_set(X509_getm_notBefore(certificate),
                         time_t(validity.notBefore.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(certificate),
                         time_t(validity.notAfter.toSecsSinceEpoch()));
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, ossl::bytes(utf8),
                                      int(utf8.size()), -1, 0) == 1;
}

// Version 3, a random serial, the validity, the subject (O, CN) and the subject's public key:
// what a CA and a server certificate share.
ossl::Certificate newCertificate(EVP_PKEY *subjectKey, const QString &commonName,
                                 const Validity &validity)
{
    ossl::Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(certificate.get()) || !setValidity(certificate.get(), validity) ||
        X509_set_pubkey(certificate.get(), subjectKey) != 1)
        return ossl::failed(ossl::Certificate());
    X509_NAME *subject = X509_get_subject_name(certificate.get());
    if (!addNameEntry(subject, "O", kOrganization) ||
        !addNameEntry(subject, "CN", commonName.left(kMaxCommonName)))
        return ossl::failed(ossl::Certificate());
    return certificate;
}

// An extension from OpenSSL's configuration syntax. Only fixed texts go through here; names
// from outside (subjectAltName) are built field by field, so a comma in one cannot add an
// entry of its own.
bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    const ossl::Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

ossl::GeneralNames subjectAltNames(const QStringList &names, QString *error)
{
    ossl::GeneralNames out(GENERAL_NAMES_new());
    for (const QString &name : names) {
        if (!isValidName(name))
            return fail(error,
                        QStringLiteral("\"%1\" is neither a DNS name nor an IP address").arg(name),
                        ossl::GeneralNames());
        const QByteArray text = name.toLatin1();
        ossl::GeneralName entry(a2i_GENERAL_NAME(nullptr, nullptr, nullptr,
                                                 isIpAddress(name) ? GEN_IPADD : GEN_DNS,
                                                 text.constData(), 0));
        if (!out || !entry || sk_GENERAL_NAME_push(out.get(), entry.get()) <= 0)
            return fail(error, QStringLiteral("cannot add \"%1\" to the certificate").arg(name),
                        ossl::GeneralNames());
        entry.release(); // the stack owns it now
    }
    return out;
}

bool sign(X509 *certificate, EVP_PKEY *key)
{
    return X509_sign(certificate, key, EVP_sha256()) > 0;
}

QDateTime dateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return ossl::failed(QDateTime());
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString oneLine(const X509_NAME *name)
{
    const ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return ossl::failed(QString());
    return QString::fromUtf8(bioContents(bio.get()));
}

QString ipText(const ASN1_OCTET_STRING *address)
{
    const int length = ASN1_STRING_length(address);
    char text[INET6_ADDRSTRLEN] = {};
    const int family = length == 4 ? AF_INET : length == 16 ? AF_INET6 : AF_UNSPEC;
    if (family == AF_UNSPEC ||
        !inet_ntop(family, ASN1_STRING_get0_data(address), text, sizeof text))
        return {};
    return QString::fromLatin1(text);
}

void readSubjectAltNames(X509 *certificate, CertificateInfo *info)
{
    const ossl::GeneralNames names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            info->dnsNames.append(QString::fromLatin1(
                reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.dNSName)),
                ASN1_STRING_length(name->d.dNSName)));
        } else if (name->type == GEN_IPADD) {
            const QString address = ipText(name->d.iPAddress);
            if (!address.isEmpty()) // 8 or 32 bytes would be a name constraint's net and mask
                info->ipAddresses.append(address);
        }
    }
}
} // namespace

Validity caValidity(const QDateTime &now)
{
    return {now.addSecs(-kClockSkewSeconds), now.addYears(kCaYears)};
}

Validity serverValidity(const QDateTime &now)
{
    return {now.addSecs(-kClockSkewSeconds), now.addDays(kServerDays)};
}

QByteArray generateKey()
{
    const ossl::Pkey key(EVP_EC_gen("P-256"));
    // Secure memory: the buffer is wiped when the BIO is freed.
    const ossl::Bio bio(BIO_new(BIO_s_secmem()));
    if (!key || !bio ||
        PEM_write_bio_PKCS8PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                      nullptr) != 1)
        return ossl::failed(QByteArray());
    return bioContents(bio.get());
}

bool isValidName(const QString &name)
{
    return isIpAddress(name) || isDnsName(name);
}

QByteArray createCa(const QByteArray &caKeyPem, const QString &hostName, const Validity &validity,
                    QString *error)
{
    const ossl::Pkey key = readPrivateKey(caKeyPem);
    if (!key)
        return fail<QByteArray>(error, QStringLiteral("the CA key is not a PEM private key"));
    // A long host name is shortened rather than the closing parenthesis cut off.
    const QString pattern = QStringLiteral("MID Console local CA (%1)");
    const QString commonName = pattern.arg(hostName.left(kMaxCommonName - (pattern.size() - 2)));
    const ossl::Certificate ca = newCertificate(key.get(), commonName, validity);
    X509 *c = ca.get();
    if (!c || X509_set_issuer_name(c, X509_get_subject_name(c)) != 1 ||
        !addExtension(c, c, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(c, c, NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(c, c, NID_subject_key_identifier, "hash") || !sign(c, key.get()))
        return fail<QByteArray>(error, QStringLiteral("cannot make the CA certificate"));
    return certificatePem(c);
}

QByteArray issueServer(const QByteArray &serverKeyPem, const QStringList &names,
                       const QByteArray &caCertificatePem, const QByteArray &caKeyPem,
                       const Validity &validity, QString *error)
{
    if (names.isEmpty())
        return fail<QByteArray>(error, QStringLiteral("a server certificate needs a name"));
    const ossl::Pkey serverKey = readPrivateKey(serverKeyPem);
    const ossl::Pkey caKey = readPrivateKey(caKeyPem);
    const ossl::Certificate ca = readCertificate(caCertificatePem);
    if (!serverKey || !caKey || !ca)
        return fail<QByteArray>(error, QStringLiteral("the server key, CA key or CA certificate "
                                                      "cannot be read"));
    if (EVP_PKEY_eq(caKey.get(), X509_get0_pubkey(ca.get())) != 1)
        return fail<QByteArray>(error, QStringLiteral("the CA key does not match the CA "
                                                      "certificate"));
    const ossl::GeneralNames altNames = subjectAltNames(names, error);
    if (!altNames)
        return {};
    const ossl::Certificate server = newCertificate(serverKey.get(), names.first(), validity);
    X509 *s = server.get();
    if (!s || X509_set_issuer_name(s, X509_get_subject_name(ca.get())) != 1 ||
        !addExtension(s, ca.get(), NID_basic_constraints, "CA:FALSE") ||
        !addExtension(s, ca.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(s, ca.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(s, ca.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(s, ca.get(), NID_authority_key_identifier, "keyid:always") ||
        X509_add1_ext_i2d(s, NID_subject_alt_name, altNames.get(), 0, X509V3_ADD_DEFAULT) != 1 ||
        !sign(s, caKey.get()))
        return fail<QByteArray>(error, QStringLiteral("cannot make the server certificate"));
    return certificatePem(s);
}

std::optional<CertificateInfo> inspect(const QByteArray &certificate, QString *error)
{
    const ossl::Certificate x509 = readCertificate(certificate);
    if (!x509)
        return fail<std::optional<CertificateInfo>>(error,
                                                    QStringLiteral("not an X.509 certificate"));
    CertificateInfo info;
    info.der = ossl::der(i2d_X509, x509.get());
    info.fingerprintSha256 = Pem::fingerprintSha256(info.der);
    info.notBefore = dateTime(X509_get0_notBefore(x509.get()));
    info.notAfter = dateTime(X509_get0_notAfter(x509.get()));
    info.subject = oneLine(X509_get_subject_name(x509.get()));
    info.issuer = oneLine(X509_get_issuer_name(x509.get()));
    info.selfSigned = X509_self_signed(x509.get(), 1) == 1;
    info.ca = (X509_get_extension_flags(x509.get()) & EXFLAG_CA) != 0;
    readSubjectAltNames(x509.get(), &info);
    ERR_clear_error(); // X509_self_signed leaves an error for one that is not self-signed
    return info;
}

bool keyMatches(const QByteArray &keyPem, const QByteArray &certificate, QString *error)
{
    const ossl::Pkey key = readPrivateKey(keyPem);
    if (!key)
        return fail(error,
                    QStringLiteral("it is not a PEM private key (an encrypted one cannot be used)"),
                    false);
    const ossl::Certificate x509 = readCertificate(certificate);
    if (!x509)
        return fail(error, QStringLiteral("not an X.509 certificate"), false);
    if (EVP_PKEY_eq(key.get(), X509_get0_pubkey(x509.get())) != 1)
        return fail(error, QStringLiteral("its public key is not the certificate's"), false);
    return true;
}

bool isSignedBy(const QByteArray &certificate, const QByteArray &issuer)
{
    const ossl::Certificate subject = readCertificate(certificate);
    const ossl::Certificate signer = readCertificate(issuer);
    const bool signedBy = subject && signer &&
                          X509_check_issued(signer.get(), subject.get()) == X509_V_OK &&
                          X509_verify(subject.get(), X509_get0_pubkey(signer.get())) == 1;
    return signedBy ? true : ossl::failed(false);
}

} // namespace mid::CertificateFactory
