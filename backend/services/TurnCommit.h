#pragma once

#include "storage/Database.h"

#include <QObject>

#include <functional>

namespace mid {

class AuditLog;

// Group commit for the server thread (issue 17; ARCHITECTURE "Threads"): the writes of every
// request handled in one event-loop turn, their audit rows included, go into one write
// transaction committed when the turn ends, and each answer is written only once that commit
// is durable. A request that fails still rolls back alone (each top-level Transaction is a
// savepoint of the batch). SQLite's cost per commit (the WAL frames of every page touched,
// the lock) is then paid once per turn instead of once per request.
class TurnCommit : public QObject
{
    Q_OBJECT
public:
    TurnCommit(Database &db, AuditLog &audit, QObject *parent = nullptr);

    // Held while one request runs: its top-level transactions join the turn's batch.
    class Scope
    {
    public:
        explicit Scope(TurnCommit &turn);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        TurnCommit &m_turn;
        Database::BatchScope m_batch;
    };

    // Whether something written this turn is not durable yet.
    bool pending() const { return m_db.batchOpen(); }
    // `committed` once this turn's writes are durable (at once when nothing is pending),
    // `failed` when they could not be committed.
    void whenDurable(std::function<void()> committed, std::function<void()> failed);
    // Commits the turn's writes now (a stream that replays stored rows, a stop).
    void commitNow();

private:
    void scheduleCommit();

    Database &m_db;
    AuditLog &m_audit;
    bool m_commitPosted = false;
};

} // namespace mid
