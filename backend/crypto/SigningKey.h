#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of every includer's view

namespace mid {

// An asymmetric key for JOSE signatures: RSA (RS256) or ECDSA P-256 (ES256), private or
// public only. Owns its EVP_PKEY; move-only. A default-constructed or failed-to-load key is
// null, and every operation on a null key fails (empty result / false) rather than crashing.
class SigningKey
{
public:
    enum class Type
    {
        None,
        Rsa,
        EcP256
    };

    SigningKey();
    ~SigningKey();
    SigningKey(SigningKey &&other) noexcept;
    SigningKey &operator=(SigningKey &&other) noexcept;
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    static SigningKey generateRsa(int bits = 2048);
    static SigningKey generateP256();
    // PKCS#8 PrivateKeyInfo DER; null when the bytes are not exactly one RSA or P-256 key.
    static SigningKey fromPrivateDer(const QByteArray &pkcs8);
    // SubjectPublicKeyInfo DER; null on anything else.
    static SigningKey fromPublicDer(const QByteArray &spki);
    // From JWK members as big-endian bytes (n/e; x/y of 32 bytes each); null when invalid,
    // including an EC point that is not on the curve.
    static SigningKey fromRsaPublic(const QByteArray &modulus, const QByteArray &exponent);
    static SigningKey fromP256Public(const QByteArray &x, const QByteArray &y);

    bool isNull() const { return !m_key; }
    Type type() const { return m_type; }
    bool hasPrivate() const { return m_private; }
    // The JWS alg this key signs with: "RS256", "ES256", or empty for a null key.
    QString alg() const;
    int bits() const;

    QByteArray privateDer() const; // PKCS#8; empty for a public-only key
    QByteArray publicDer() const;  // SubjectPublicKeyInfo

    // RS256: RSASSA-PKCS1-v1_5 with SHA-256. ES256: ECDSA P-256 with SHA-256, returned as
    // the 64-byte JOSE form r‖s (RFC 7518 §3.4), not DER. Empty on failure.
    QByteArray sign(const QByteArray &data) const;
    // Checks a signature in the same form sign() produces.
    bool verify(const QByteArray &data, const QByteArray &signature) const;

    // Big-endian unsigned bytes, minimal length, for the JWK members n and e.
    QByteArray rsaModulus() const;
    QByteArray rsaExponent() const;
    // 32 bytes each (left-padded), for the JWK members x and y.
    QByteArray ecX() const;
    QByteArray ecY() const;

    // One-call form: verifies with a public key given as SubjectPublicKeyInfo DER.
    static bool verify(const QByteArray &spki, const QByteArray &data, const QByteArray &signature);

    // An ECDSA P-256 signature as ASN.1 DER (X.509, WebAuthn) in the r‖s form sign() and
    // verify() use, and back; empty when the bytes are not one.
    static QByteArray ecdsaDerToJose(const QByteArray &der);
    static QByteArray ecdsaJoseToDer(const QByteArray &jose);

private:
    struct Free
    {
        void operator()(evp_pkey_st *key) const;
    };
    SigningKey(evp_pkey_st *key, bool hasPrivate);

    std::unique_ptr<evp_pkey_st, Free> m_key;
    Type m_type = Type::None;
    bool m_private = false;
};

} // namespace mid
