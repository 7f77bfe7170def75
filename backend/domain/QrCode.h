#pragma once

#include <QString>

namespace mid {

// One stored QR code of §7. Its status is computed, never stored: expired once expiresAt has
// passed, else scanned once its approver page was opened, else active.
struct QrCode
{
    QString id;
    QString clientId;
    QString type;
    QString sessionId; // empty for free-standing codes
    QString content;
    QString format = QStringLiteral("png");
    int size = 300;
    QString ecLevel = QStringLiteral("M");
    int scanCount = 0;
    qint64 scannedAt = 0; // first scan, ms; 0 = never
    qint64 createdAt = 0;
    qint64 expiresAt = 0;

    QString status(qint64 nowMs) const;
};

} // namespace mid
