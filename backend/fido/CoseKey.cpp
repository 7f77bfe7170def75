#include "CoseKey.h"

#include "Cbor.h"
#include "crypto/OpenSsl.h"

#include <openssl/core_names.h>

namespace mid::fido::CoseKey {

namespace {
constexpr qsizetype kCoordinateLength = 32;

[[noreturn]] void reject(const QString &detail)
{
    throw VerificationError(Step::CredentialPublicKey, detail);
}

void requireInteger(const QCborMap &key, Label label, qint64 expected, const char *name)
{
    const QCborValue value = key.value(label);
    if (!value.isInteger() || value.toInteger() != expected)
        reject(QStringLiteral("%1 must be %2").arg(QLatin1String(name)).arg(expected));
}

QByteArray requireBytes(const QCborMap &key, Label label, const char *name,
                        qsizetype exactLength = -1)
{
    const QCborValue value = key.value(label);
    if (!value.isByteArray())
        reject(QStringLiteral("%1 missing or not a byte string").arg(QLatin1String(name)));
    const QByteArray bytes = value.toByteArray();
    if (bytes.isEmpty() || (exactLength >= 0 && bytes.size() != exactLength))
        reject(QStringLiteral("%1 has the wrong length").arg(QLatin1String(name)));
    return bytes;
}

PublicKey ec2(const QCborMap &key)
{
    requireInteger(key, Kty, Ec2, "kty");
    requireInteger(key, Crv, P256, "crv");
    // A boolean y would be point compression, which WebAuthn does not allow.
    const QByteArray point = QByteArray(1, '\x04') + requireBytes(key, X, "x", kCoordinateLength) +
                             requireBytes(key, Y, "y", kCoordinateLength);
    const ossl::ParamBld builder(OSSL_PARAM_BLD_new());
    char group[] = "P-256";
    if (!builder ||
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())) != 1)
        reject(QStringLiteral("cannot build the EC key"));
    return PublicKey::adopt(ossl::publicKeyFromParams("EC", builder.get()).release(),
                            CoseAlgorithm::ES256, Step::CredentialPublicKey);
}

PublicKey rsa(const QCborMap &key)
{
    requireInteger(key, Kty, Rsa, "kty");
    const QByteArray n = requireBytes(key, N, "n");
    const QByteArray e = requireBytes(key, E, "e");
    const ossl::Bignum modulus(BN_bin2bn(ossl::bytes(n), int(n.size()), nullptr));
    const ossl::Bignum exponent(BN_bin2bn(ossl::bytes(e), int(e.size()), nullptr));
    const ossl::ParamBld builder(OSSL_PARAM_BLD_new());
    if (!modulus || !exponent || !builder ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
        reject(QStringLiteral("cannot build the RSA key"));
    return PublicKey::adopt(ossl::publicKeyFromParams("RSA", builder.get()).release(),
                            CoseAlgorithm::RS256, Step::CredentialPublicKey);
}

PublicKey okp(const QCborMap &key)
{
    requireInteger(key, Kty, Okp, "kty");
    requireInteger(key, Crv, Ed25519, "crv");
    const QByteArray x = requireBytes(key, X, "x", kCoordinateLength);
    EVP_PKEY *pkey =
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, ossl::bytes(x), size_t(x.size()));
    return PublicKey::adopt(pkey ? pkey : ossl::failed(pkey), CoseAlgorithm::EdDSA,
                            Step::CredentialPublicKey);
}
} // namespace

PublicKey decode(const QCborMap &key)
{
    Cbor::requireUniqueKeys(key, Step::CredentialPublicKey);
    const QCborValue alg = key.value(Alg);
    if (!alg.isInteger())
        reject(QStringLiteral("alg missing or not an integer"));
    switch (alg.toInteger()) {
    case CoseAlgorithm::ES256:
        return ec2(key);
    case CoseAlgorithm::RS256:
        return rsa(key);
    case CoseAlgorithm::EdDSA:
        return okp(key);
    default:
        throw VerificationError(
            Step::CredentialAlgorithm,
            QStringLiteral("COSE algorithm %1 is not supported").arg(alg.toInteger()));
    }
}

PublicKey decode(const QByteArray &cbor)
{
    const QCborValue value = Cbor::decodeWhole(cbor, Step::CredentialPublicKey);
    if (!value.isMap())
        reject(QStringLiteral("not a COSE_Key map"));
    return decode(value.toMap());
}

} // namespace mid::fido::CoseKey
