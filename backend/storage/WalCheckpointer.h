#pragma once

#include <QObject>
#include <QTimer>

namespace mid {

class Database;

// Copies the WAL back into the database file on its own thread and connection, so that no
// request pays for it. SQLite's own checkpoint runs inside the COMMIT of whichever connection
// crosses 1,000 WAL pages: most often the request thread's, which then writes and syncs pages
// that other connections (the webhook dispatcher's attempts) wrote. Database::
// useBackgroundCheckpoints turns that off for every connection.
//
// Each tick copies what it can beside the writers. Once the WAL has grown past
// kWalFramesBeforeLock, it then takes the writers' lock for the few frames appended meanwhile:
// only a write transaction that begins on a WAL copied up to its end starts it over from its
// beginning, and without that pass a busy server's WAL grows without bound (a quieter one
// starts over by itself, between two writes, after a pass beside them).
class WalCheckpointer : public QObject
{
    Q_OBJECT
public:
    explicit WalCheckpointer(Database &db, int intervalMs = 20, QObject *parent = nullptr);

    // Run on the checkpointer's thread (queued or blocking-queued from the owner).
    Q_INVOKABLE void start();
    // A last full checkpoint, then this thread's connection is closed.
    Q_INVOKABLE void stop();

    // One tick (public for tests): returns the WAL's frames left uncopied (0 when all are).
    int checkpoint();

private:
    // The last pass holds the writers up for about this many page copies and two syncs.
    static constexpr int kFramesUnderLock = 64;
    static constexpr int kMaxPassesBeside = 8;
    static constexpr int kWalFramesBeforeLock = 2048; // 8 MiB of 4 KiB pages
    static constexpr int kIdleIntervalMs = 100; // when nothing was committed since the last tick
    quint64 m_commitsSeen = 0;
    Database &m_db;
    int m_intervalMs;
    QTimer *m_timer = nullptr;
};

} // namespace mid
