#pragma once

#include <QString>

namespace mid::Cursor {

// The opaque `cursor` of §0 list paging: base64url of a position (a row sequence number or
// an offset). decode() throws a 422 naming the `cursor` parameter when it is not one of ours.
QString encode(qint64 position);
qint64 decode(const QString &cursor);

} // namespace mid::Cursor
