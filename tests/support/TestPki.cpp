#include "TestPki.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <map>

namespace mid::test {

namespace {
QByteArray bnParam(EVP_PKEY *key, const char *name, int pad = 0)
{
    BIGNUM *raw = nullptr;
    EVP_PKEY_get_bn_param(key, name, &raw);
    const ossl::Bignum bn(raw);
    QByteArray out(pad ? pad : BN_num_bytes(bn.get()), '\0');
    BN_bn2binpad(bn.get(), ossl::writableBytes(out), int(out.size()));
    return out;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    const ossl::Extension extension(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    X509_add_ext(cert, extension.get(), -1);
}

// id-fido-gen-ce-aaguid: an OCTET STRING holding the 16 bytes, itself the extension value.
void addAaguidExtension(X509 *cert, const QByteArray &aaguid, bool critical)
{
    const ossl::OctetString inner(ASN1_OCTET_STRING_new());
    ASN1_OCTET_STRING_set(inner.get(), ossl::bytes(aaguid), int(aaguid.size()));
    const QByteArray innerDer = ossl::der(i2d_ASN1_OCTET_STRING, inner.get());
    const ossl::OctetString value(ASN1_OCTET_STRING_new());
    ASN1_OCTET_STRING_set(value.get(), ossl::bytes(innerDer), int(innerDer.size()));
    const ossl::Object oid(OBJ_txt2obj("1.3.6.1.4.1.45724.1.1.4", 1));
    const ossl::Extension extension(
        X509_EXTENSION_create_by_OBJ(nullptr, oid.get(), critical, value.get()));
    X509_add_ext(cert, extension.get(), -1);
}

void addName(X509_NAME *name, const char *field, const QString &value)
{
    if (!value.isEmpty())
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, ossl::bytes(value.toUtf8()), -1, -1,
                                   0);
}
} // namespace

TestKey TestKey::shared(int alg, int role)
{
    static std::map<std::pair<int, int>, TestKey> cache;
    auto &slot = cache[{alg, role}];
    if (!slot.key) {
        EVP_PKEY *raw = alg == kEs256   ? EVP_EC_gen("P-256")
                        : alg == kRs256 ? EVP_RSA_gen(2048)
                                        : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        slot = {std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free), alg};
    }
    return slot;
}

QByteArray TestKey::sign(const QByteArray &data) const
{
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    size_t length = 0;
    EVP_DigestSignInit_ex(ctx.get(), nullptr, alg == kEdDsa ? nullptr : "SHA256", nullptr, nullptr,
                          key.get(), nullptr);
    EVP_DigestSign(ctx.get(), nullptr, &length, ossl::bytes(data), size_t(data.size()));
    QByteArray sig(qsizetype(length), '\0');
    EVP_DigestSign(ctx.get(), ossl::writableBytes(sig), &length, ossl::bytes(data),
                   size_t(data.size()));
    return sig.left(qsizetype(length));
}

QCborMap TestKey::cose() const
{
    QCborMap map;
    if (alg == kEs256) {
        map = {{1, 2}, {3, alg}, {-1, 1}};
        map.insert(-2, bnParam(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32));
        map.insert(-3, bnParam(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32));
    } else if (alg == kRs256) {
        map = {{1, 3}, {3, alg}};
        map.insert(-1, bnParam(key.get(), OSSL_PKEY_PARAM_RSA_N));
        map.insert(-2, bnParam(key.get(), OSSL_PKEY_PARAM_RSA_E));
    } else {
        map = {{1, 1}, {3, alg}, {-1, 6}};
        QByteArray raw(32, '\0');
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(key.get(), ossl::writableBytes(raw), &length);
        map.insert(-2, raw);
    }
    return map;
}

QByteArray TestKey::spki() const
{
    return ossl::der(i2d_PUBKEY, key.get());
}

QByteArray TestKey::privateKeyPem() const
{
    const std::unique_ptr<BIO, ossl::Deleter<BIO, BIO_free_all>> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

ossl::Certificate makeCertificate(const TestKey &subject, const CertSpec &spec,
                                  const TestKey &issuerKey, X509 *issuer)
{
    static long serial = 1;
    ossl::Certificate cert(X509_new());
    X509_set_version(cert.get(), spec.version);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600L * 24 * 365);
    X509_set_pubkey(cert.get(), subject.key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    addName(name, "C", QStringLiteral("DE"));
    addName(name, "O", QStringLiteral("MID Test"));
    addName(name, "OU", spec.organizationalUnit);
    addName(name, "CN", spec.commonName);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    if (spec.version == 2) {
        addExtension(cert.get(), issuer, NID_basic_constraints,
                     spec.ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
        if (spec.ca)
            addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
        if (!spec.dnsNames.isEmpty())
            addExtension(
                cert.get(), issuer, NID_subject_alt_name,
                ("DNS:" + spec.dnsNames.join(QStringLiteral(",DNS:"))).toUtf8().constData());
        if (!spec.aaguidExtension.isEmpty())
            addAaguidExtension(cert.get(), spec.aaguidExtension, spec.aaguidCritical);
    }
    X509_sign(cert.get(), issuerKey.key.get(), EVP_sha256());
    return cert;
}

QByteArray der(X509 *certificate)
{
    return ossl::der(i2d_X509, certificate);
}

const TestPki &TestPki::instance()
{
    static const TestPki pki;
    return pki;
}

QByteArray TestPki::leaf(const TestKey &key, const CertSpec &spec) const
{
    return der(makeCertificate(key, spec, intermediateKey, intermediate.get()).get());
}

TestPki::TestPki()
{
    CertSpec rootSpec;
    rootSpec.ca = true;
    rootSpec.commonName = QStringLiteral("MID Test Root");
    rootSpec.organizationalUnit = QStringLiteral("Test CA");
    root = makeCertificate(rootKey, rootSpec, rootKey, nullptr);
    CertSpec intermediateSpec = rootSpec;
    intermediateSpec.commonName = QStringLiteral("MID Test Intermediate");
    intermediate = makeCertificate(intermediateKey, intermediateSpec, rootKey, root.get());
    rootDer = der(root.get());
    intermediateDer = der(intermediate.get());
}

} // namespace mid::test
