#pragma once

#include <QString>

namespace mid::Ids {

// Random base62 text from OpenSSL's RAND_bytes, without modulo bias.
QString base62(int length);

// "<prefix>_" + 20 random base62 characters, e.g. make("cons") -> "cons_…".
QString make(const QString &prefix, int length = 20);

// "<prefix>_" + the time in ms as 8 base62 characters + 16 random ones: ids made later sort
// after earlier ones (same alphabet order as ASCII), so the unique index of a table that grows
// by millions of rows (consents, audit, events, deliveries) takes each new id at its right
// edge, in pages already in memory, instead of in a random page of the whole index.
QString makeOrdered(const QString &prefix);

// "mid_client_" + 12 base62, the client id format of §0.
QString clientId();

bool looksLike(const QString &id, const QString &prefix);

} // namespace mid::Ids
