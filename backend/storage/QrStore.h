#pragma once

#include "domain/QrCode.h"

#include <optional>

namespace mid {

class Database;

// Rows of the qr_codes table.
class QrStore
{
public:
    explicit QrStore(Database &db) : m_db(db) {}

    void insert(const QrCode &qr);
    std::optional<QrCode> find(const QString &id);
    // Every QR of the session counts one more scan; the first scan's time is kept.
    void markScanned(const QString &sessionId, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace mid
