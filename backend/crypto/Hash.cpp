#include "Hash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <memory>

namespace mid::Hash {

namespace {
// OpenSSL 3 looks an algorithm up on every use of EVP_sha256(); fetching it once keeps that
// lookup off paths that hash on every request (API key checks, the audit chain).
const EVP_MD *fetchedSha256()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}
} // namespace

QByteArray sha256(const QByteArray &data)
{
    // A context per thread, reused: making and freeing one per digest (EVP_Digest) cost more
    // than hashing a short input, and the audit chain hashes a row per request.
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray out(32, Qt::Uninitialized);
    auto *digest = reinterpret_cast<unsigned char *>(out.data());
    unsigned int len = 0;
    if (!context || EVP_DigestInit_ex2(context.get(), fetchedSha256(), nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), data.constData(), static_cast<size_t>(data.size())) != 1 ||
        EVP_DigestFinal_ex(context.get(), digest, &len) != 1) {
        EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest, &len,
                   fetchedSha256(), nullptr);
    }
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()),
         static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len);
    return out;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length)
{
    QByteArray out(length, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()),
                      static_cast<int>(salt.size()), iterations, EVP_sha256(), length,
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

} // namespace mid::Hash
