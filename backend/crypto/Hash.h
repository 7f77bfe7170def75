#pragma once

#include <QByteArray>

namespace mid::Hash {

QByteArray sha256(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
// Compares in time that depends only on the lengths, for secrets and MACs.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);
// PBKDF2-HMAC-SHA256, for operator passwords.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length = 32);

} // namespace mid::Hash
