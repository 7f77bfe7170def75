#pragma once

#include "Database.h"

#include <QCache>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace mid {

// The rows of one table as last committed, the most recently used first, for the service that
// is the table's only writer: a read it serves from here costs no query. Each thread reads
// through its own connection and may be inside a transaction of its own, so what enters the
// cache is only ever committed state:
//  - a row written in a transaction is forgotten at once and cached when that commits (never,
//    if it rolls back: the next read loads it again);
//  - a row read while this thread's transaction or batch is open may be one of its uncommitted
//    writes, so it enters the cache after that commits, and only if no write of any thread was
//    noted since the read began (a generation count); the same holds for a read outside one,
//    where another thread's commit may land between the read and its entry.
template <typename Row>
class CommittedCache
{
public:
    CommittedCache(Database &db, int capacity) : m_db(db), m_state(std::make_shared<State>())
    {
        m_state->rows.setMaxCost(capacity);
    }

    // The cached row, or load()'s (std::optional<Row>), remembered as described above.
    template <typename Load>
    std::optional<Row> find(const QString &key, Load load)
    {
        quint64 generation = 0;
        {
            const QMutexLocker lock(&m_state->mutex);
            if (const Row *row = m_state->rows.object(key))
                return *row;
            generation = m_state->generation;
        }
        std::optional<Row> loaded = load();
        if (loaded) {
            m_db.afterCommit([state = std::weak_ptr<State>(m_state), key, row = *loaded,
                              generation] {
                if (const auto s = state.lock())
                    s->insertIf(key, row, generation);
            });
        }
        return loaded;
    }

    // `row` was written in the transaction open on this thread (or just committed).
    void written(const QString &key, const Row &row)
    {
        forget(key);
        m_db.afterCommit([state = std::weak_ptr<State>(m_state), key, row] {
            if (const auto s = state.lock())
                s->insertIf(key, row, std::nullopt);
        });
    }

    void forget(const QString &key)
    {
        const QMutexLocker lock(&m_state->mutex);
        ++m_state->generation;
        m_state->rows.remove(key);
    }

private:
    // Shared with the actions waiting for a commit, which may outlive the cache (a batch
    // committed while the server shuts down).
    struct State
    {
        QMutex mutex;
        QCache<QString, Row> rows; // cost 1 per row: the capacity counts rows
        quint64 generation = 0;

        // A write (no generation) always enters, and makes reads begun before it stale.
        void insertIf(const QString &key, const Row &row, std::optional<quint64> readAt)
        {
            const QMutexLocker lock(&mutex);
            if (readAt && *readAt != generation)
                return;
            if (!readAt)
                ++generation;
            rows.insert(key, new Row(row));
        }
    };

    Database &m_db;
    std::shared_ptr<State> m_state;
};

} // namespace mid
