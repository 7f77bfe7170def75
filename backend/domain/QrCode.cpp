#include "QrCode.h"

namespace mid {

QString QrCode::status(qint64 nowMs) const
{
    if (nowMs >= expiresAt)
        return QStringLiteral("expired");
    return scanCount > 0 ? QStringLiteral("scanned") : QStringLiteral("active");
}

} // namespace mid
