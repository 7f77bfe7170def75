#include "WalCheckpointer.h"

#include "Database.h"

#include <QLoggingCategory>

#include <exception>

Q_LOGGING_CATEGORY(lcCheckpoint, "mid.storage.checkpoint")

namespace mid {

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs, QObject *parent)
    : QObject(parent), m_db(db), m_intervalMs(intervalMs)
{
}

void WalCheckpointer::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Often while there is something to copy: a WAL that stays small is written over in
        // place, while one grown past journal_size_limit is cut back at its next restart (an
        // ftruncate of tens of milliseconds in the next writer's commit).
        const quint64 commits = m_db.commitCount();
        const bool idle = commits == m_commitsSeen;
        m_commitsSeen = commits;
        if (!idle)
            checkpoint();
        m_timer->start(idle ? kIdleIntervalMs : m_intervalMs);
    });
    m_timer->start(m_intervalMs);
}

void WalCheckpointer::stop()
{
    if (m_timer)
        m_timer->stop();
    checkpoint();
    m_db.closeThreadConnection();
}

int WalCheckpointer::checkpoint()
{
    try {
        // Beside the writers: the bulk of the copy, and the syncs, cost them nothing. Each pass
        // copies what the writers appended during the last, until little is left.
        Database::CheckpointResult pass;
        for (int i = 0; i < kMaxPassesBeside; ++i) {
            pass = m_db.checkpointWal(Database::CheckpointLock::None);
            if (pass.walFrames - pass.copiedFrames <= kFramesUnderLock ||
                pass.walFrames >= kWalFramesBeforeLock)
                break;
        }
        if (pass.walFrames < kWalFramesBeforeLock)
            return pass.walFrames - pass.copiedFrames;
        // Under the writers' lock, even when the passes above copied everything: a writer
        // starts the WAL over only when its transaction begins on a WAL copied to its end, and
        // under a steady stream of writes only this pass leaves them one. It holds every
        // writer for its two syncs, which take 15 to 60 ms on a virtual disk: taken on every
        // tick it was the whole p99 of a busy server, so it waits until the WAL is large.
        const auto locked = m_db.checkpointWal(Database::CheckpointLock::Writers);
        return locked.walFrames - locked.copiedFrames;
    } catch (const std::exception &e) {
        qCWarning(lcCheckpoint) << "WAL checkpoint failed; the next tick tries again:" << e.what();
        return -1;
    }
}

} // namespace mid
