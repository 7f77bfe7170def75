#include "CertificateChain.h"

#include "OpenSsl.h"

#include <openssl/x509v3.h>

namespace mid {

namespace {
[[noreturn]] void reject(const QString &detail)
{
    throw CertificateChain::Error(CertificateChain::Error::Kind::Certificate, detail);
}

[[noreturn]] void distrust(const QString &detail)
{
    ERR_clear_error();
    throw CertificateChain::Error(CertificateChain::Error::Kind::Trust, detail);
}

ossl::Certificate parseDer(const QByteArray &der)
{
    const unsigned char *p = ossl::bytes(der);
    ossl::Certificate certificate(d2i_X509(nullptr, &p, long(der.size())));
    if (!certificate || p != ossl::bytes(der) + der.size())
        return ossl::failed(ossl::Certificate());
    return certificate;
}

QString asn1Text(const ASN1_STRING *data)
{
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return ossl::failed(QString());
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}
} // namespace

CertificateChain::Error::Error(Kind kind, const QString &message)
    : m_kind(kind), m_message(message), m_what(message.toUtf8())
{
}

void CertificateChain::Free::operator()(x509_st *certificate) const
{
    X509_free(certificate);
}

CertificateChain::CertificateChain(CertificateChain &&other) noexcept = default;
CertificateChain &CertificateChain::operator=(CertificateChain &&other) noexcept = default;
CertificateChain::~CertificateChain() = default;

CertificateChain CertificateChain::fromDer(const QList<QByteArray> &der)
{
    if (der.isEmpty() || der.size() > kMaxLength)
        reject(QStringLiteral("x5c must hold 1..%1 certificates").arg(kMaxLength));
    CertificateChain chain;
    for (const QByteArray &item : der) {
        ossl::Certificate certificate = parseDer(item);
        if (!certificate)
            reject(QStringLiteral("x5c[%1] is not a DER certificate").arg(chain.size()));
        chain.m_certificates.emplace_back(certificate.release());
    }
    chain.m_der = der;
    return chain;
}

QByteArray CertificateChain::leafPublicKey() const
{
    return ossl::der(i2d_X509_PUBKEY, X509_get_X509_PUBKEY(leaf()));
}

int CertificateChain::leafVersion() const
{
    return int(X509_get_version(leaf())) + 1; // the field counts from 0
}

QString CertificateChain::leafSubjectField(const char *shortName) const
{
    const X509_NAME *name = X509_get_subject_name(leaf());
    const int index = X509_NAME_get_index_by_NID(name, OBJ_txt2nid(shortName), -1);
    if (index < 0)
        return {};
    return asn1Text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

bool CertificateChain::leafExtensionsValid() const
{
    return !(X509_get_extension_flags(leaf()) & EXFLAG_INVALID);
}

bool CertificateChain::leafIsCa() const
{
    return X509_get_extension_flags(leaf()) & EXFLAG_CA;
}

std::optional<CertificateChain::Extension> CertificateChain::leafExtension(const char *oid) const
{
    const ossl::Object object(OBJ_txt2obj(oid, 1));
    const int index = object ? X509_get_ext_by_OBJ(leaf(), object.get(), -1) : -1;
    if (index < 0)
        return std::nullopt;
    X509_EXTENSION *extension = X509_get_ext(leaf(), index);
    const ASN1_OCTET_STRING *value = X509_EXTENSION_get_data(extension);
    return Extension{X509_EXTENSION_get_critical(extension) != 0,
                     QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                                ASN1_STRING_length(value))};
}

void CertificateChain::checkLinks() const
{
    for (size_t i = 0; i + 1 < m_certificates.size(); ++i) {
        EVP_PKEY *issuerKey = X509_get0_pubkey(m_certificates[i + 1].get());
        if (!issuerKey || X509_verify(m_certificates[i].get(), issuerKey) != 1) {
            ERR_clear_error();
            reject(QStringLiteral("x5c[%1] is not signed by x5c[%2]").arg(i).arg(i + 1));
        }
    }
}

bool CertificateChain::verifyTrust(const QList<QByteArray> &trustAnchors) const
{
    if (trustAnchors.isEmpty()) {
        checkLinks();
        return false;
    }
    const ossl::Store store(X509_STORE_new());
    const ossl::CertificateStack intermediates(sk_X509_new_null());
    const ossl::StoreCtx ctx(X509_STORE_CTX_new());
    if (!store || !intermediates || !ctx)
        distrust(QStringLiteral("out of memory"));
    for (const QByteArray &der : trustAnchors) {
        const ossl::Certificate anchor = parseDer(der);
        if (!anchor || X509_STORE_add_cert(store.get(), anchor.get()) != 1)
            distrust(QStringLiteral("a configured trust anchor is not a DER certificate"));
    }
    for (size_t i = 1; i < m_certificates.size(); ++i) {
        X509_up_ref(m_certificates[i].get());
        if (sk_X509_push(intermediates.get(), m_certificates[i].get()) <= 0) {
            X509_free(m_certificates[i].get());
            distrust(QStringLiteral("out of memory"));
        }
    }
    // An anchor may be an intermediate (as FIDO metadata often lists them), so the chain
    // may end at any trusted certificate, not only a self-signed root.
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf(), intermediates.get()) != 1)
        distrust(QStringLiteral("cannot set up chain verification"));
    if (X509_verify_cert(ctx.get()) != 1)
        distrust(QStringLiteral("chain does not lead to a trusted anchor: %1")
                     .arg(QLatin1String(
                         X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())))));
    return true;
}

} // namespace mid
