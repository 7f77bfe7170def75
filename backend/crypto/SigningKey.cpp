#include "SigningKey.h"

#include "OpenSsl.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace mid {

namespace {
constexpr int kP256FieldBytes = 32;
// RFC 7518 §3.3: RS256 keys below 2048 bits must not be used; the cap keeps a hostile key
// from costing seconds of CPU per verification.
constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 8192;

ossl::Bignum bignum(const QByteArray &bigEndian)
{
    return ossl::Bignum(
        BN_bin2bn(ossl::bytes(bigEndian), static_cast<int>(bigEndian.size()), nullptr));
}

QByteArray bignumBytes(const BIGNUM *bn, int padTo = 0)
{
    QByteArray out(padTo > 0 ? padTo : BN_num_bytes(bn), Qt::Uninitialized);
    if (BN_bn2binpad(bn, ossl::writableBytes(out), static_cast<int>(out.size())) < 0)
        return {};
    return out;
}

QByteArray bignumParam(const EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return ossl::failed(QByteArray());
    const ossl::Bignum bn(raw);
    return bignumBytes(bn.get(), padTo);
}

bool isP256(const EVP_PKEY *key)
{
    char group[64] = {};
    size_t len = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &len) != 1)
        return ossl::failed(false);
    return OBJ_txt2nid(group) == NID_X9_62_prime256v1;
}

SigningKey::Type typeOf(const EVP_PKEY *key)
{
    if (!key)
        return SigningKey::Type::None;
    if (EVP_PKEY_is_a(key, "RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        return bits >= kMinRsaBits && bits <= kMaxRsaBits ? SigningKey::Type::Rsa
                                                          : SigningKey::Type::None;
    }
    if (EVP_PKEY_is_a(key, "EC") && isP256(key))
        return SigningKey::Type::EcP256;
    return SigningKey::Type::None;
}

// ECDSA signatures travel as DER inside OpenSSL and as fixed-width r‖s in JOSE.
QByteArray derToJose(const QByteArray &der)
{
    const unsigned char *p = ossl::bytes(der);
    const ossl::EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
    if (!sig)
        return ossl::failed(QByteArray());
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    const QByteArray rs = bignumBytes(r, kP256FieldBytes);
    const QByteArray ss = bignumBytes(s, kP256FieldBytes);
    return rs.isEmpty() || ss.isEmpty() ? QByteArray() : rs + ss;
}

QByteArray joseToDer(const QByteArray &jose)
{
    if (jose.size() != 2 * kP256FieldBytes)
        return {};
    ossl::Bignum r = bignum(jose.left(kP256FieldBytes));
    ossl::Bignum s = bignum(jose.mid(kP256FieldBytes));
    ossl::EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return ossl::failed(QByteArray());
    r.release(); // owned by sig now
    s.release();
    return ossl::der(i2d_ECDSA_SIG, sig.get());
}
} // namespace

void SigningKey::Free::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

SigningKey::SigningKey() = default;
SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey &&other) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&other) noexcept = default;

SigningKey::SigningKey(evp_pkey_st *key, bool hasPrivate) : m_key(key), m_private(hasPrivate)
{
    m_type = typeOf(key);
    if (m_type == Type::None) {
        m_key.reset();
        m_private = false;
    }
}

SigningKey SigningKey::generateRsa(int bits)
{
    EVP_PKEY *key = EVP_RSA_gen(static_cast<unsigned int>(bits));
    return key ? SigningKey(key, true) : ossl::failed(SigningKey());
}

SigningKey SigningKey::generateP256()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    return key ? SigningKey(key, true) : ossl::failed(SigningKey());
}

SigningKey SigningKey::fromPrivateDer(const QByteArray &pkcs8)
{
    const unsigned char *p = ossl::bytes(pkcs8);
    const ossl::P8Info info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(pkcs8.size())));
    if (!info || p != ossl::bytes(pkcs8) + pkcs8.size())
        return ossl::failed(SigningKey());
    EVP_PKEY *key = EVP_PKCS82PKEY(info.get());
    return key ? SigningKey(key, true) : ossl::failed(SigningKey());
}

SigningKey SigningKey::fromPublicDer(const QByteArray &spki)
{
    const unsigned char *p = ossl::bytes(spki);
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size()));
    SigningKey k(key, false);
    if (!key || p != ossl::bytes(spki) + spki.size() || k.isNull() ||
        !ossl::publicKeyPassesCheck(k.m_key.get()))
        return ossl::failed(SigningKey());
    return k;
}

SigningKey SigningKey::fromRsaPublic(const QByteArray &modulus, const QByteArray &exponent)
{
    const ossl::Bignum n = bignum(modulus);
    const ossl::Bignum e = bignum(exponent);
    const ossl::ParamBld bld(OSSL_PARAM_BLD_new());
    if (!n || !e || !bld ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return ossl::failed(SigningKey());
    SigningKey k(ossl::publicKeyFromParams("RSA", bld.get()).release(), false);
    return !k.isNull() && ossl::publicKeyPassesCheck(k.m_key.get()) ? std::move(k) : SigningKey();
}

SigningKey SigningKey::fromP256Public(const QByteArray &x, const QByteArray &y)
{
    if (x.size() != kP256FieldBytes || y.size() != kP256FieldBytes)
        return {};
    const QByteArray point = QByteArray(1, '\x04') + x + y; // SEC 1 uncompressed
    const ossl::ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bld ||
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) !=
            1 ||
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         static_cast<size_t>(point.size())) != 1)
        return ossl::failed(SigningKey());
    SigningKey k(ossl::publicKeyFromParams("EC", bld.get()).release(), false);
    return !k.isNull() && ossl::publicKeyPassesCheck(k.m_key.get()) ? std::move(k) : SigningKey();
}

QString SigningKey::alg() const
{
    switch (m_type) {
    case Type::Rsa:
        return QStringLiteral("RS256");
    case Type::EcP256:
        return QStringLiteral("ES256");
    case Type::None:
        break;
    }
    return {};
}

int SigningKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QByteArray SigningKey::privateDer() const
{
    if (!m_key || !m_private)
        return {};
    const ossl::P8Info info(EVP_PKEY2PKCS8(m_key.get()));
    return ossl::der(i2d_PKCS8_PRIV_KEY_INFO, info.get());
}

QByteArray SigningKey::publicDer() const
{
    return ossl::der(i2d_PUBKEY, m_key.get());
}

QByteArray SigningKey::sign(const QByteArray &data) const
{
    if (!m_key || !m_private)
        return {};
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    size_t len = 0;
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(),
                              nullptr) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &len, ossl::bytes(data),
                       static_cast<size_t>(data.size())) != 1)
        return ossl::failed(QByteArray());
    QByteArray sig(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), ossl::writableBytes(sig), &len, ossl::bytes(data),
                       static_cast<size_t>(data.size())) != 1)
        return ossl::failed(QByteArray());
    sig.resize(static_cast<qsizetype>(len));
    return m_type == Type::EcP256 ? derToJose(sig) : sig;
}

bool SigningKey::verify(const QByteArray &data, const QByteArray &signature) const
{
    if (!m_key)
        return false;
    // Fixed widths: an RSA signature is exactly the modulus size, an ES256 one 64 bytes.
    const QByteArray sig = m_type == Type::EcP256 ? joseToDer(signature) : signature;
    if (sig.isEmpty() || (m_type == Type::Rsa && sig.size() != EVP_PKEY_get_size(m_key.get())))
        return false;
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(),
                                        nullptr) != 1)
        return ossl::failed(false);
    const int rc = EVP_DigestVerify(ctx.get(), ossl::bytes(sig), static_cast<size_t>(sig.size()),
                                    ossl::bytes(data), static_cast<size_t>(data.size()));
    return rc == 1 ? true : ossl::failed(false);
}

QByteArray SigningKey::rsaModulus() const
{
    return m_type == Type::Rsa ? bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N) : QByteArray();
}

QByteArray SigningKey::rsaExponent() const
{
    return m_type == Type::Rsa ? bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E) : QByteArray();
}

QByteArray SigningKey::ecX() const
{
    return m_type == Type::EcP256
               ? bignumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, kP256FieldBytes)
               : QByteArray();
}

QByteArray SigningKey::ecY() const
{
    return m_type == Type::EcP256
               ? bignumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, kP256FieldBytes)
               : QByteArray();
}

bool SigningKey::verify(const QByteArray &spki, const QByteArray &data, const QByteArray &signature)
{
    return fromPublicDer(spki).verify(data, signature);
}

QByteArray SigningKey::ecdsaDerToJose(const QByteArray &der)
{
    return derToJose(der);
}

QByteArray SigningKey::ecdsaJoseToDer(const QByteArray &jose)
{
    return joseToDer(jose);
}

} // namespace mid
