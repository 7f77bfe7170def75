#include "Readiness.h"

#include "storage/Database.h"

namespace mid {

Readiness::State Readiness::check() const
{
    State s;
    s.schemaVersion = m_db.schemaVersion();
    s.expectedSchemaVersion = Database::latestSchemaVersion();
    s.databaseReachable = s.schemaVersion >= 0;
    s.ready = m_db.isOpen() && s.schemaVersion == s.expectedSchemaVersion;
    return s;
}

} // namespace mid
