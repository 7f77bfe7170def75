#include "SigningKey.h"

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

template <typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using P8Info =
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>>;

const unsigned char *cu(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
unsigned char *u(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

// A failed OpenSSL call leaves entries on the thread's error queue; drop them so a later,
// unrelated check never reports a stale error.
template <typename T> T failed(T value)
{
    ERR_clear_error();
    return value;
}

Bignum bignum(const QByteArray &bigEndian)
{
    return Bignum(BN_bin2bn(cu(bigEndian), static_cast<int>(bigEndian.size()), nullptr));
}

QByteArray bignumBytes(const BIGNUM *bn, int padTo = 0)
{
    QByteArray out(padTo > 0 ? padTo : BN_num_bytes(bn), Qt::Uninitialized);
    if (BN_bn2binpad(bn, u(out), static_cast<int>(out.size())) < 0)
        return {};
    return out;
}

QByteArray bignumParam(const EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return failed(QByteArray());
    const Bignum bn(raw);
    return bignumBytes(bn.get(), padTo);
}

bool isP256(const EVP_PKEY *key)
{
    char group[64] = {};
    size_t len = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &len) != 1)
        return failed(false);
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

bool publicKeyValid(EVP_PKEY *key)
{
    const PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    return ctx && EVP_PKEY_public_check(ctx.get()) == 1 ? true : failed(false);
}

EVP_PKEY *fromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    const Params params(OSSL_PARAM_BLD_to_param(bld));
    const PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return failed(nullptr);
    return key;
}

// ECDSA signatures travel as DER inside OpenSSL and as fixed-width r‖s in JOSE.
QByteArray derToJose(const QByteArray &der)
{
    const unsigned char *p = cu(der);
    const EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
    if (!sig)
        return failed(QByteArray());
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
    Bignum r = bignum(jose.left(kP256FieldBytes));
    Bignum s = bignum(jose.mid(kP256FieldBytes));
    EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return failed(QByteArray());
    r.release(); // owned by sig now
    s.release();
    const int len = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (len <= 0)
        return failed(QByteArray());
    QByteArray der(len, Qt::Uninitialized);
    unsigned char *p = u(der);
    i2d_ECDSA_SIG(sig.get(), &p);
    return der;
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
    return key ? SigningKey(key, true) : failed(SigningKey());
}

SigningKey SigningKey::generateP256()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    return key ? SigningKey(key, true) : failed(SigningKey());
}

SigningKey SigningKey::fromPrivateDer(const QByteArray &pkcs8)
{
    const unsigned char *p = cu(pkcs8);
    const P8Info info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(pkcs8.size())));
    if (!info || p != cu(pkcs8) + pkcs8.size())
        return failed(SigningKey());
    EVP_PKEY *key = EVP_PKCS82PKEY(info.get());
    return key ? SigningKey(key, true) : failed(SigningKey());
}

SigningKey SigningKey::fromPublicDer(const QByteArray &spki)
{
    const unsigned char *p = cu(spki);
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size()));
    SigningKey k(key, false);
    if (!key || p != cu(spki) + spki.size() || k.isNull() || !publicKeyValid(k.m_key.get()))
        return failed(SigningKey());
    return k;
}

SigningKey SigningKey::fromRsaPublic(const QByteArray &modulus, const QByteArray &exponent)
{
    const Bignum n = bignum(modulus);
    const Bignum e = bignum(exponent);
    const ParamBld bld(OSSL_PARAM_BLD_new());
    if (!n || !e || !bld ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return failed(SigningKey());
    SigningKey k(fromParams("RSA", bld.get()), false);
    return !k.isNull() && publicKeyValid(k.m_key.get()) ? std::move(k) : SigningKey();
}

SigningKey SigningKey::fromP256Public(const QByteArray &x, const QByteArray &y)
{
    if (x.size() != kP256FieldBytes || y.size() != kP256FieldBytes)
        return {};
    const QByteArray point = QByteArray(1, '\x04') + x + y; // SEC 1 uncompressed
    const ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bld ||
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) !=
            1 ||
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         static_cast<size_t>(point.size())) != 1)
        return failed(SigningKey());
    SigningKey k(fromParams("EC", bld.get()), false);
    return !k.isNull() && publicKeyValid(k.m_key.get()) ? std::move(k) : SigningKey();
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
    const P8Info info(EVP_PKEY2PKCS8(m_key.get()));
    const int len = info ? i2d_PKCS8_PRIV_KEY_INFO(info.get(), nullptr) : 0;
    if (len <= 0)
        return failed(QByteArray());
    QByteArray der(len, Qt::Uninitialized);
    unsigned char *p = u(der);
    i2d_PKCS8_PRIV_KEY_INFO(info.get(), &p);
    return der;
}

QByteArray SigningKey::publicDer() const
{
    const int len = m_key ? i2d_PUBKEY(m_key.get(), nullptr) : 0;
    if (len <= 0)
        return failed(QByteArray());
    QByteArray der(len, Qt::Uninitialized);
    unsigned char *p = u(der);
    i2d_PUBKEY(m_key.get(), &p);
    return der;
}

QByteArray SigningKey::sign(const QByteArray &data) const
{
    if (!m_key || !m_private)
        return {};
    const MdCtx ctx(EVP_MD_CTX_new());
    size_t len = 0;
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(),
                              nullptr) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &len, cu(data), static_cast<size_t>(data.size())) != 1)
        return failed(QByteArray());
    QByteArray sig(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), u(sig), &len, cu(data), static_cast<size_t>(data.size())) != 1)
        return failed(QByteArray());
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
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(),
                                        nullptr) != 1)
        return failed(false);
    const int rc = EVP_DigestVerify(ctx.get(), cu(sig), static_cast<size_t>(sig.size()), cu(data),
                                    static_cast<size_t>(data.size()));
    return rc == 1 ? true : failed(false);
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

} // namespace mid
