#include "QrStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace mid {

namespace {
const QString kColumns = QStringLiteral("id, client_id, type, session_id, content, format, size, "
                                        "ec_level, scan_count, scanned_at, created_at, expires_at");

QrCode fromRow(const QSqlQuery &q)
{
    QrCode qr;
    qr.id = q.value(0).toString();
    qr.clientId = q.value(1).toString();
    qr.type = q.value(2).toString();
    qr.sessionId = q.value(3).toString();
    qr.content = q.value(4).toString();
    qr.format = q.value(5).toString();
    qr.size = q.value(6).toInt();
    qr.ecLevel = q.value(7).toString();
    qr.scanCount = q.value(8).toInt();
    qr.scannedAt = q.value(9).toLongLong();
    qr.createdAt = q.value(10).toLongLong();
    qr.expiresAt = q.value(11).toLongLong();
    return qr;
}
} // namespace

void QrStore::insert(const QrCode &qr)
{
    m_db.exec(
        QStringLiteral(
            "INSERT INTO qr_codes (id, client_id, type, session_id, content, format, size, "
            "ec_level, created_at, expires_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
        {qr.id, qr.clientId, qr.type,
         qr.sessionId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(qr.sessionId),
         qr.content, qr.format, qr.size, qr.ecLevel, qr.createdAt, qr.expiresAt});
}

std::optional<QrCode> QrStore::find(const QString &id)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM qr_codes WHERE id=?"), {id});
    std::optional<QrCode> qr;
    if (q.next())
        qr = fromRow(q);
    q.finish();
    return qr;
}

void QrStore::markScanned(const QString &sessionId, qint64 nowMs)
{
    m_db.exec(QStringLiteral(
                  "UPDATE qr_codes SET scan_count=scan_count+1, scanned_at=COALESCE(scanned_at, ?) "
                  "WHERE session_id=?"),
              {nowMs, sessionId});
}

} // namespace mid
