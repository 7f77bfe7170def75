#include "PublicKey.h"

#include "crypto/OpenSsl.h"

#include <openssl/core_names.h>
#include <openssl/objects.h>

namespace mid::fido {

namespace {
// The cap keeps a hostile key from costing seconds of CPU per verification; the floor is
// what every current RS256 authenticator (e.g. Windows Hello) meets.
constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 8192;
constexpr int kP256CoordinateBytes = 32;

bool isP256(EVP_PKEY *key)
{
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1)
        return ossl::failed(false);
    return OBJ_txt2nid(group) == NID_X9_62_prime256v1;
}

QString keyProblem(EVP_PKEY *key, int alg)
{
    switch (alg) {
    case CoseAlgorithm::ES256:
        if (!EVP_PKEY_is_a(key, "EC") || !isP256(key))
            return QStringLiteral("ES256 needs an EC P-256 key");
        return ossl::publicKeyPassesCheck(key) ? QString()
                                               : QStringLiteral("EC point is not on P-256");
    case CoseAlgorithm::RS256: {
        if (!EVP_PKEY_is_a(key, "RSA"))
            return QStringLiteral("RS256 needs an RSA key");
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < kMinRsaBits || bits > kMaxRsaBits)
            return QStringLiteral("RSA key of %1 bits is outside 2048..8192").arg(bits);
        return ossl::publicKeyPassesCheck(key) ? QString() : QStringLiteral("RSA key is invalid");
    }
    case CoseAlgorithm::EdDSA:
        return EVP_PKEY_is_a(key, "ED25519") ? QString()
                                             : QStringLiteral("EdDSA needs an Ed25519 key");
    default:
        return QStringLiteral("algorithm %1 is not supported").arg(alg);
    }
}

QByteArray coordinate(EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return ossl::failed(QByteArray());
    const ossl::Bignum bn(raw);
    QByteArray out(kP256CoordinateBytes, Qt::Uninitialized);
    if (BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char *>(out.data()),
                     kP256CoordinateBytes) != kP256CoordinateBytes)
        return ossl::failed(QByteArray());
    return out;
}
} // namespace

bool CoseAlgorithm::isSupported(int alg)
{
    return alg == ES256 || alg == RS256 || alg == EdDSA;
}

QString CoseAlgorithm::name(int alg)
{
    switch (alg) {
    case ES256:
        return QStringLiteral("ES256");
    case RS256:
        return QStringLiteral("RS256");
    case EdDSA:
        return QStringLiteral("EdDSA");
    default:
        return QString::number(alg);
    }
}

void PublicKey::Free::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

PublicKey::PublicKey() = default;
PublicKey::~PublicKey() = default;
PublicKey::PublicKey(PublicKey &&other) noexcept = default;
PublicKey &PublicKey::operator=(PublicKey &&other) noexcept = default;

PublicKey PublicKey::adopt(evp_pkey_st *key, int alg, const char *step)
{
    PublicKey result;
    result.m_key.reset(key);
    result.m_alg = alg;
    if (!key)
        throw VerificationError(step, QStringLiteral("public key is malformed"));
    if (const QString problem = keyProblem(key, alg); !problem.isEmpty())
        throw VerificationError(step, problem);
    return result;
}

PublicKey PublicKey::fromSpki(const QByteArray &der, int alg, const char *step)
{
    const unsigned char *p = ossl::bytes(der);
    ossl::Pkey key(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
    if (key && p != ossl::bytes(der) + der.size())
        throw VerificationError(step, QStringLiteral("public key has trailing bytes"));
    if (!key)
        ERR_clear_error();
    return adopt(key.release(), alg, step);
}

QByteArray PublicKey::spkiDer() const
{
    return ossl::der(i2d_PUBKEY, m_key.get());
}

QByteArray PublicKey::ecPoint() const
{
    if (!m_key || m_alg != CoseAlgorithm::ES256)
        return {};
    const QByteArray x = coordinate(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X);
    const QByteArray y = coordinate(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y);
    return x.isEmpty() || y.isEmpty() ? QByteArray() : x + y;
}

bool PublicKey::verify(const QByteArray &data, const QByteArray &signature) const
{
    if (!m_key || signature.isEmpty())
        return false;
    // Ed25519 hashes internally and takes no digest name.
    const char *digest = m_alg == CoseAlgorithm::EdDSA ? nullptr : "SHA256";
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, digest, nullptr, nullptr, m_key.get(),
                                        nullptr) != 1)
        return ossl::failed(false);
    // For ECDSA OpenSSL also rejects a DER signature that is not the one canonical encoding.
    const int rc =
        EVP_DigestVerify(ctx.get(), ossl::bytes(signature), static_cast<size_t>(signature.size()),
                         ossl::bytes(data), static_cast<size_t>(data.size()));
    return rc == 1 ? true : ossl::failed(false);
}

} // namespace mid::fido
