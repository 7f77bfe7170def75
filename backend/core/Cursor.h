#pragma once

#include <QString>

namespace mid::Cursor {

// The opaque `cursor` of §0 list paging: base64url of a position (a row sequence number or
// an offset). decode() throws an Invalid ServiceError naming the `cursor` parameter when it is
// not one of ours (the services that page lists decode it, so it cannot be an HTTP type).
QString encode(qint64 position);
qint64 decode(const QString &cursor);

} // namespace mid::Cursor
