#pragma once

namespace mid {

class Database;

// Whether the box can serve (§14 /readyz): the database answers and every migration ran.
class Readiness
{
public:
    explicit Readiness(Database &db) : m_db(db) {}

    struct State
    {
        bool ready = false;
        bool databaseReachable = false;
        int schemaVersion = -1;
        int expectedSchemaVersion = 0;
    };
    State check() const;

private:
    Database &m_db;
};

} // namespace mid
