#pragma once

#include "domain/AuditEntry.h"
#include "storage/AuditStore.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QWaitCondition>

#include <memory>
#include <optional>

class QThread;

namespace mid {

class Database;

// The append-only audit trail of §12. Each row's hash is SHA-256(previous hash ‖ canonical
// row), so editing or deleting any row breaks the chain. Rows are written in batches (a
// commit per request would cost more than the request itself), by one of two threads:
// - the row of a call that wrote joins that write's transaction (the turn's batch,
//   TurnCommit): it is durable with what it records, or rolled back with it;
// - the row of a call that wrote nothing is handed to the audit writer thread, which writes
//   up to kMaxQueued of them at most kFlushDelayMs later, off the request thread.
// The chain is extended only by a thread that holds the writers' lock (a write transaction)
// and m_chain, so the two never fork it; the server thread keeps m_chain until its batch
// commits or rolls back, which is when it knows whether its rows became the head.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    explicit AuditLog(Database &db, QObject *parent = nullptr);
    ~AuditLog() override; // writes what is queued; destroy it with no batch open

    // Reads the last hash of the chain. Call once after the database is open.
    void start();
    // Server thread only.
    void record(AuditEntry entry);
    // Writes every row recorded so far on the calling (server) thread: into its open batch,
    // or committed before this returns. A search or a verify after it sees every call
    // answered before it. Also run at shutdown.
    void flush();
    // The same when some row belongs to this thread's open batch (TurnCommit, before its
    // commit): the rows the writer has not taken yet are older, and go first.
    void flushBatchRows();
    int queued() const;

    struct Page
    {
        QList<AuditEntry> items;
        qint64 total = 0;
        QString nextCursor;
    };
    Page query(const AuditFilter &filter, int limit, const QString &cursor);
    // query() in two halves, for a worker: a search that matches millions of rows (a text
    // search, a time range) takes seconds, and the server thread keeps answering meanwhile.
    // prepareSearch() flushes this thread's queue, so the search sees every call answered
    // before it; searchOnWorker() reads through the worker's own connection, closed after.
    struct SearchJob
    {
        Database *db = nullptr;
        AuditFilter filter;
        int limit = 0;
        QString cursor;
    };
    SearchJob prepareSearch(const AuditFilter &filter, int limit, const QString &cursor);
    static Page searchOnWorker(const SearchJob &job);
    // The same by position (seed 004's offset/limit): newest first, the newest `offset` skipped.
    AuditStore::Page queryOffset(const AuditFilter &filter, int offset, int limit);

    struct Verdict
    {
        bool intact = true;
        qint64 checked = 0;
        qint64 brokenAtSeq = 0;
        QString brokenId;
        QString reason;
        qint64 prunedThroughSeq = 0; // rows up to here were deleted by the retention setting
    };
    // Walks the whole chain from the first row (or from the last retention prune's anchor);
    // stops at the first row that does not match.
    Verdict verify() { return walk(prepareVerify()); }
    // The same in two steps, so the walk over millions of rows can run on a worker thread:
    // prepare on the server thread (writes what is queued, notes the head the server wrote),
    // then walk on that thread, or walkOnWorker on a worker.
    struct VerifyJob
    {
        Database *db = nullptr;
        QString head; // the hash of the newest row this server wrote
    };
    VerifyJob prepareVerify();
    static Verdict walk(const VerifyJob &job);
    // walk() on a worker thread: closes the connection it opened there, also when the walk
    // failed (a StorageError, passed on to the caller).
    static Verdict walkOnWorker(const VerifyJob &job);

    // Rows older than `days` are deleted (0 keeps every row): now, then every hour. The
    // prune is itself a chained row (`audit.pruned`) that carries the hash of the last row
    // it deletes, so the chain that remains still verifies and a silent deletion does not.
    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }
    void pruneExpired();

    static QString genesisHash();

    static constexpr int kFlushDelayMs = 20;
    static constexpr int kMaxQueued = 64;
    static constexpr int kRetryDelayMs = 1000;
    static constexpr int kPruneBatch = 5000; // rows per event-loop turn: the API keeps answering
    static constexpr int kPruneIntervalMs = 3600 * 1000;
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Q_SIGNALS:
    void appended(int rows);

private:
    void deleteNextBatch();
    // Hashes `rows` onto the head (setting their hashes) and appends them in the calling
    // thread's open transaction; returns the new head. Caller holds the writers' lock and
    // m_chain.
    QString appendChained(AuditStore &store, QList<AuditEntry> &rows);
    // Writes `rows` on the server thread (see flush); on failure they wait for the retry.
    void writeOnServerThread(QList<AuditEntry> rows);
    QList<AuditEntry> takeDetached();
    QString committedHead();
    void runWriter();
    void writeDetachedBatch(AuditStore &store);
    struct Anchor
    {
        qint64 seq = 0;
        QString hash;
    };
    static std::optional<Anchor> pruneAnchor(AuditStore &store);

    Database &m_db;
    AuditStore m_store;
    int m_retentionDays = 0;
    qint64 m_pruneThroughSeq = 0;
    QTimer m_pruneTimer;
    QList<AuditEntry> m_queue; // rows of this turn's batch
    QTimer m_flushTimer;

    // Rows of calls that wrote nothing, for the writer thread (or for flush(), whichever
    // holds the writers' lock first: the writer takes them only inside its transaction).
    mutable QMutex m_detachedMutex;
    QWaitCondition m_detachedReady;
    QList<AuditEntry> m_detached;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_writer;

    QMutex m_chain;
    QString m_head; // guarded by m_chain; empty: read the stored head at the next extension
    bool m_chainHeldForBatch = false; // server thread only
};

} // namespace mid
