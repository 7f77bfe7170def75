#pragma once

#include "domain/Enrollment.h"

#include <optional>

namespace mid {

class Database;

// Rows of the enrollments table.
class EnrollmentStore
{
public:
    explicit EnrollmentStore(Database &db) : m_db(db) {}

    void insert(const Enrollment &enrollment);
    void save(const Enrollment &enrollment);
    std::optional<Enrollment> find(const QString &id);
    std::optional<Enrollment> byTokenHash(const QByteArray &tokenHash);
    // Takes the token of a verified enrollment once: true only for the one caller that did.
    bool takeToken(const QString &id, qint64 nowMs);
    // How many enrollments name this deviceId since `sinceMs`, and the oldest of them.
    struct Recent
    {
        int count = 0;
        qint64 oldestAt = 0;
    };
    Recent recentForDevice(const QString &deviceKey, qint64 sinceMs);

private:
    Database &m_db;
};

} // namespace mid
