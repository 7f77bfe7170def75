#include "CertificateChain.h"

#include <QCborArray>

#include <openssl/crypto.h>
#include <openssl/x509v3.h>

namespace mid::fido {

namespace {
constexpr char kAaguidExtensionOid[] = "1.3.6.1.4.1.45724.1.1.4";
constexpr long kX509Version3 = 2; // X.509 counts versions from 0
constexpr qsizetype kAaguidLength = 16;
// Bounds the work a hostile registration can cause; real chains have 1–3 certificates.
constexpr qsizetype kMaxChainLength = 8;

[[noreturn]] void reject(const QString &detail)
{
    throw VerificationError(Step::AttestationCertificate, detail);
}

ossl::Certificate parseDer(const QByteArray &der)
{
    const unsigned char *p = ossl::bytes(der);
    ossl::Certificate certificate(d2i_X509(nullptr, &p, long(der.size())));
    if (!certificate || p != ossl::bytes(der) + der.size())
        return ossl::failed(ossl::Certificate());
    return certificate;
}

QString subjectField(X509 *certificate, int nid)
{
    const X509_NAME *name = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return ossl::failed(QString());
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

void checkSubject(X509 *certificate)
{
    for (const int nid : {NID_countryName, NID_organizationName, NID_commonName}) {
        if (subjectField(certificate, nid).isEmpty())
            reject(QStringLiteral("subject has no %1").arg(QLatin1String(OBJ_nid2sn(nid))));
    }
    if (subjectField(certificate, NID_organizationalUnitName) !=
        QLatin1String("Authenticator Attestation"))
        reject(QStringLiteral("subject OU is not \"Authenticator Attestation\""));
}

// The extension's value is an OCTET STRING holding the 16 aaguid bytes.
void checkAaguidExtension(X509 *certificate, const QByteArray &aaguid)
{
    const ossl::Object oid(OBJ_txt2obj(kAaguidExtensionOid, 1));
    const int index = oid ? X509_get_ext_by_OBJ(certificate, oid.get(), -1) : -1;
    if (index < 0)
        return;
    X509_EXTENSION *extension = X509_get_ext(certificate, index);
    if (X509_EXTENSION_get_critical(extension))
        reject(QStringLiteral("aaguid extension must not be critical"));
    const ASN1_OCTET_STRING *wrapped = X509_EXTENSION_get_data(extension);
    const unsigned char *p = ASN1_STRING_get0_data(wrapped);
    const long length = ASN1_STRING_length(wrapped);
    const ossl::OctetString inner(d2i_ASN1_OCTET_STRING(nullptr, &p, length));
    if (!inner || p != ASN1_STRING_get0_data(wrapped) + length ||
        ASN1_STRING_length(inner.get()) != kAaguidLength) {
        ERR_clear_error();
        reject(QStringLiteral("aaguid extension is malformed"));
    }
    if (aaguid.size() != kAaguidLength ||
        CRYPTO_memcmp(ASN1_STRING_get0_data(inner.get()), aaguid.constData(),
                      size_t(kAaguidLength)) != 0)
        reject(QStringLiteral("aaguid extension differs from the authenticator data's aaguid"));
}
} // namespace

CertificateChain CertificateChain::fromX5c(const QCborValue &x5c)
{
    if (!x5c.isArray() || x5c.toArray().isEmpty() || x5c.toArray().size() > kMaxChainLength)
        throw VerificationError(Step::AttestationStatement,
                                QStringLiteral("x5c must be an array of 1..8 certificates"));
    CertificateChain chain;
    for (const QCborValue &item : x5c.toArray()) {
        if (!item.isByteArray())
            throw VerificationError(Step::AttestationStatement,
                                    QStringLiteral("x5c holds something other than bytes"));
        ossl::Certificate certificate = parseDer(item.toByteArray());
        if (!certificate)
            reject(QStringLiteral("x5c[%1] is not a DER certificate").arg(chain.size()));
        chain.m_certificates.push_back(std::move(certificate));
        chain.m_der.append(item.toByteArray());
    }
    return chain;
}

PublicKey CertificateChain::leafKey(int alg) const
{
    return PublicKey::adopt(X509_get_pubkey(leaf()), alg, Step::AttestationCertificate);
}

void CertificateChain::checkPackedRequirements(const QByteArray &aaguid) const
{
    X509 *certificate = leaf();
    if (X509_get_version(certificate) != kX509Version3)
        reject(QStringLiteral("attestation certificate is not X.509 version 3"));
    checkSubject(certificate);
    const uint32_t flags = X509_get_extension_flags(certificate);
    if (flags & EXFLAG_INVALID)
        reject(QStringLiteral("attestation certificate has invalid extensions"));
    if (flags & EXFLAG_CA)
        reject(QStringLiteral("attestation certificate must have basic constraints CA false"));
    checkAaguidExtension(certificate, aaguid);
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
    const auto distrust = [](const QString &detail) {
        ERR_clear_error();
        throw VerificationError(Step::AttestationTrust, detail);
    };
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

} // namespace mid::fido
