#pragma once

#include "VerificationError.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of every includer's view

namespace mid::fido {

// COSE algorithm identifiers (IANA "COSE Algorithms") that this relying party verifies.
namespace CoseAlgorithm {
inline constexpr int ES256 = -7;   // ECDSA on P-256 with SHA-256; signature DER-encoded
inline constexpr int EdDSA = -8;   // Ed25519; 64-byte signature
inline constexpr int RS256 = -257; // RSASSA-PKCS1-v1_5 with SHA-256

bool isSupported(int alg);
// "ES256", "RS256", "EdDSA", or the number for anything else (for messages).
QString name(int alg);
} // namespace CoseAlgorithm

// A public key bound to the one COSE algorithm it verifies with, so a key can never be used
// with an algorithm it was not registered for. Owns its EVP_PKEY; move-only.
class PublicKey
{
public:
    PublicKey();
    ~PublicKey();
    PublicKey(PublicKey &&other) noexcept;
    PublicKey &operator=(PublicKey &&other) noexcept;
    PublicKey(const PublicKey &) = delete;
    PublicKey &operator=(const PublicKey &) = delete;

    // Takes ownership of key (also when it throws) and checks that it fits alg: a P-256
    // point on the curve for ES256, RSA of 2048–8192 bits for RS256, Ed25519 for EdDSA.
    // Throws VerificationError(step) when it does not.
    static PublicKey adopt(evp_pkey_st *key, int alg, const char *step);
    // SubjectPublicKeyInfo DER, as spkiDer() writes it: the stored form of a credential key.
    static PublicKey fromSpki(const QByteArray &der, int alg,
                              const char *step = Step::CredentialPublicKey);

    bool isNull() const { return !m_key; }
    int algorithm() const { return m_alg; }
    QByteArray spkiDer() const;
    // x‖y (64 bytes) of an ES256 key, as fido-u2f signs it; empty for other keys.
    QByteArray ecPoint() const;

    // The signature in WebAuthn's form for the key's algorithm: ASN.1 DER ECDSA-Sig-Value
    // (ES256), PKCS#1 v1.5 (RS256) or the 64 raw bytes of Ed25519 (EdDSA).
    bool verify(const QByteArray &data, const QByteArray &signature) const;

private:
    struct Free
    {
        void operator()(evp_pkey_st *key) const;
    };

    std::unique_ptr<evp_pkey_st, Free> m_key;
    int m_alg = 0;
};

} // namespace mid::fido
