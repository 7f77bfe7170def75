#pragma once

#include <QByteArray>

namespace mid::Random {

// Cryptographically secure bytes from OpenSSL's RAND_bytes; aborts if the generator fails,
// since no id, key or challenge may ever be made from weaker randomness.
QByteArray bytes(int count);

} // namespace mid::Random
