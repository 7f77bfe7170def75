#pragma once

#include <QString>

namespace mid::Ids {

// Random base62 text from OpenSSL's RAND_bytes, without modulo bias.
QString base62(int length);

// "<prefix>_" + 20 random base62 characters, e.g. make("cons") -> "cons_…".
QString make(const QString &prefix, int length = 20);

// "mid_client_" + 12 base62, the client id format of §0.
QString clientId();

bool looksLike(const QString &id, const QString &prefix);

} // namespace mid::Ids
