#pragma once

#include <QByteArray>

#include <optional>

namespace mid::AesGcm {

// AES-256-GCM with a fresh 12-byte IV. Sealed form: iv(12) ‖ ciphertext ‖ tag(16).
QByteArray seal(const QByteArray &key32, const QByteArray &plaintext, const QByteArray &aad = {});
// nullopt when the key is wrong or the data was altered.
std::optional<QByteArray> open(const QByteArray &key32, const QByteArray &sealed,
                               const QByteArray &aad = {});

// The raw primitive, for protocols that fix their own layout (the MPin OTP of §8).
struct Parts
{
    QByteArray iv, ciphertext, tag;
};
Parts encrypt(const QByteArray &key32, const QByteArray &iv, const QByteArray &plaintext,
              const QByteArray &aad = {});
std::optional<QByteArray> decrypt(const QByteArray &key32, const Parts &parts,
                                  const QByteArray &aad = {});

} // namespace mid::AesGcm
