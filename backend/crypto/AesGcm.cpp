#include "AesGcm.h"

#include "OpenSsl.h"
#include "Random.h"

namespace mid::AesGcm {

namespace {
constexpr int kIvSize = 12;
constexpr int kTagSize = 16;

} // namespace

Parts encrypt(const QByteArray &key32, const QByteArray &iv, const QByteArray &plaintext,
              const QByteArray &aad)
{
    // A wrong key length would make OpenSSL read past the buffer: that is a programming
    // error, never something a request can cause.
    if (key32.size() != 32 || iv.isEmpty())
        qFatal("AesGcm::encrypt: the key must be 32 bytes and the IV non-empty");
    Parts parts{iv, QByteArray(plaintext.size(), Qt::Uninitialized),
                QByteArray(kTagSize, Qt::Uninitialized)};
    const ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()),
                            nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, ossl::bytes(key32), ossl::bytes(iv)) == 1 &&
        (aad.isEmpty() || EVP_EncryptUpdate(ctx.get(), nullptr, &len, ossl::bytes(aad),
                                            static_cast<int>(aad.size())) == 1) &&
        EVP_EncryptUpdate(ctx.get(), ossl::writableBytes(parts.ciphertext), &len,
                          ossl::bytes(plaintext), static_cast<int>(plaintext.size())) == 1 &&
        (total = len, EVP_EncryptFinal_ex(ctx.get(), ossl::writableBytes(parts.ciphertext) + total,
                                          &len) == 1) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize,
                            ossl::writableBytes(parts.tag)) == 1;
    if (!ok)
        qFatal("AesGcm::encrypt: OpenSSL failed");
    return parts;
}

std::optional<QByteArray> decrypt(const QByteArray &key32, const Parts &parts,
                                  const QByteArray &aad)
{
    if (key32.size() != 32 || parts.tag.size() != kTagSize || parts.iv.isEmpty())
        return std::nullopt;
    QByteArray plain(parts.ciphertext.size(), Qt::Uninitialized);
    QByteArray tag = parts.tag;
    const ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(parts.iv.size()),
                            nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, ossl::bytes(key32),
                           ossl::bytes(parts.iv)) == 1 &&
        (aad.isEmpty() || EVP_DecryptUpdate(ctx.get(), nullptr, &len, ossl::bytes(aad),
                                            static_cast<int>(aad.size())) == 1) &&
        EVP_DecryptUpdate(ctx.get(), ossl::writableBytes(plain), &len,
                          ossl::bytes(parts.ciphertext),
                          static_cast<int>(parts.ciphertext.size())) == 1 &&
        (total = len, EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize,
                                          ossl::writableBytes(tag)) == 1) &&
        EVP_DecryptFinal_ex(ctx.get(), ossl::writableBytes(plain) + total, &len) == 1;
    if (!ok)
        return std::nullopt;
    return plain;
}

QByteArray seal(const QByteArray &key32, const QByteArray &plaintext, const QByteArray &aad)
{
    const Parts p = encrypt(key32, Random::bytes(kIvSize), plaintext, aad);
    return p.iv + p.ciphertext + p.tag;
}

std::optional<QByteArray> open(const QByteArray &key32, const QByteArray &sealed,
                               const QByteArray &aad)
{
    if (sealed.size() < kIvSize + kTagSize)
        return std::nullopt;
    return decrypt(key32,
                   {sealed.left(kIvSize), sealed.mid(kIvSize, sealed.size() - kIvSize - kTagSize),
                    sealed.right(kTagSize)},
                   aad);
}

} // namespace mid::AesGcm
