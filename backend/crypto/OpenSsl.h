#pragma once

// Owners for the OpenSSL objects the crypto, FIDO and client code touch, so every allocation
// is released on every path, exceptions included. Only .cpp files include this: headers keep
// OpenSSL out of their includers' view (see SigningKey, PublicKey).

#include <QByteArray>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace mid::ossl {

template <typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};

using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using P8Info =
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using Object = std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT, ASN1_OBJECT_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using OctetString =
    std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using GeneralName = std::unique_ptr<GENERAL_NAME, Deleter<GENERAL_NAME, GENERAL_NAME_free>>;
// GENERAL_NAMES_free frees the names in the stack too.
using GeneralNames = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

// A stack that owns its certificates (sk_X509_free alone would leak them).
struct CertificateStackFree
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using CertificateStack = std::unique_ptr<STACK_OF(X509), CertificateStackFree>;

inline const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

inline unsigned char *writableBytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

// A failed OpenSSL call leaves entries on the thread's error queue; dropping them keeps a
// later, unrelated check from reporting a stale error.
template <typename T> T failed(T value)
{
    ERR_clear_error();
    return value;
}

// The DER of `object` through one of OpenSSL's i2d_* functions, written straight into the
// answer (no OpenSSL buffer to free, nor to wipe for a private key); empty when it fails.
template <typename Object, typename I2d> QByteArray der(I2d i2d, const Object *object)
{
    const int length = object ? i2d(object, nullptr) : 0;
    if (length <= 0)
        return failed(QByteArray());
    QByteArray out(length, Qt::Uninitialized);
    unsigned char *p = writableBytes(out);
    return i2d(object, &p) == length ? out : failed(QByteArray());
}

// A public key of `type` ("EC", "RSA") from the parameters in `builder`; null when OpenSSL
// refuses them.
Pkey publicKeyFromParams(const char *type, OSSL_PARAM_BLD *builder);

// Full public-key validation: for EC this includes "the point is on the curve and not the
// point at infinity", which EVP_PKEY_fromdata alone does not promise.
bool publicKeyPassesCheck(EVP_PKEY *key);

} // namespace mid::ossl
