#pragma once

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <initializer_list>
#include <memory>

struct sqlite3_stmt;

namespace mid {

// A statement run through SQLite's own API on the calling thread's connection, in whatever
// transaction that connection has open: for the hottest statements, where Qt SQL's QVariant
// per value and bookkeeping per execution cost more than SQLite's own work. Bind (1-based),
// then run() a write, or read a query's rows with next() to the end.
class NativeStatement
{
public:
    explicit NativeStatement(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    void bind(int index, const QString &text); // a null QString binds "", never SQL NULL
    void bind(int index, const QByteArray &utf8);
    void bind(int index, qint64 number);
    void bindNull(int index);
    // Steps it once (an INSERT, UPDATE or DELETE) and resets it; throws StorageError.
    void run();
    // The same without throwing: SQLite's extended result code (SQLITE_OK when it ran) and
    // its message.
    int tryRun(QString *message);
    // The rowid of the connection's last INSERT (after run()).
    qint64 lastInsertRowId() const;
    // Steps a query: true with a row to read, false after the last (it is reset then).
    // Throws StorageError.
    bool next();
    // The current row's columns (0-based); NULL reads as a null QString, 0, empty bytes.
    QString text(int column) const;
    QByteArray bytes(int column) const;
    qint64 integer(int column) const;

private:
    // Resets it after its last step: SQLITE_OK when that step succeeded, else SQLite's
    // extended code and *message.
    int finish(int stepResult, QString *message);

    sqlite3_stmt *m_stmt;
};

// One SQLite database in WAL mode. Each thread that touches it gets its own connection,
// opened on first use; prepared statements are cached per connection so hot paths parse
// their SQL once. Every value reaches SQL through bindings, never through the text.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the calling thread's connection and applies pending migrations. Refuses (false,
    // *error set) a file whose schema is newer than this program knows.
    bool open(QString *error);
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }
    int schemaVersion();
    static int latestSchemaVersion();

    QSqlDatabase connection();
    // A cached prepared statement for this thread; bind with `bind` and run with `exec`.
    QSqlQuery &prepared(const QString &sql);
    // Prepares (cached), binds in order, executes. Every failure of this layer throws a
    // StorageError, which logs the database's own message (that never reaches a client).
    QSqlQuery &exec(const QString &sql, std::initializer_list<QVariant> values = {});
    // Executes a query prepared and bound by the caller.
    static void run(QSqlQuery &query);
    // The same statement as exec would run, through SQLite directly (see NativeStatement);
    // `sql` must be a string literal: its address is the cache key.
    NativeStatement native(const char *sql);
    void execScript(const QString &sql);

    bool beginTransaction(QSqlError *error = nullptr);
    bool commit(QSqlError *error = nullptr);
    void rollback();
    // Whether a Transaction is open on this thread's connection.
    bool inTransaction() const;
    // Runs `action` once the open transaction of this thread commits (at once when none is
    // open): what a change causes outside the database (a live event, a wake-up) happens
    // only when the change is durable, and never for a change that was rolled back.
    void afterCommit(std::function<void()> action);

    // Group commit (ARCHITECTURE "Threads": one write transaction per event-loop turn). While
    // a BatchScope lives on this thread, the first top-level Transaction opens a write
    // transaction that stays open after the scope, until commitBatch(). Every top-level
    // Transaction in it is a savepoint: it still commits or rolls back alone, and what it
    // would run after its commit (afterCommit) runs after the batch commits. Until then the
    // writers' lock stays taken and nothing of the batch is durable or seen by another
    // connection, so whoever opens scopes commits soon (at the end of the turn) and answers
    // only then (whenDurable).
    class BatchScope
    {
    public:
        explicit BatchScope(Database &db);
        ~BatchScope();
        BatchScope(const BatchScope &) = delete;
        BatchScope &operator=(const BatchScope &) = delete;

    private:
        Database &m_db;
    };
    // Whether this thread's connection holds a batch not yet committed.
    bool batchOpen() const;
    // Whether this thread's connection is outside any transaction by SQLite's own account
    // (after an error such as a full disk, SQLite may have rolled an open one back).
    bool autocommitting();
    // Commits this thread's batch, if one is open and no Transaction is inside it, then runs
    // its afterCommit actions; when the COMMIT fails the batch is rolled back and the failure
    // actions of whenDurable run instead. False (with *error) on such a failure, or when a
    // Transaction is still open (the caller tries again later).
    bool commitBatch(QString *error = nullptr);
    // Runs `committed` once what this thread wrote is durable: after its batch commits, or at
    // once when none is open; `failed` instead when the batch could not commit.
    void whenDurable(std::function<void()> committed, std::function<void()> failed);

    // Closes this thread's connection (worker threads call it before they end).
    void closeThreadConnection();

    // From now on no connection checkpoints the WAL by itself (PRAGMA wal_autocheckpoint=0 on
    // the calling thread's connection and on every one opened later): a WalCheckpointer does.
    void useBackgroundCheckpoints();
    enum class CheckpointLock
    {
        None,
        Writers
    };
    struct CheckpointResult
    {
        int walFrames = 0;    // frames in the WAL
        int copiedFrames = 0; // of them, copied into the database file
    };
    // A PASSIVE checkpoint on the calling thread's connection; with Writers, while holding the
    // lock that this process's write transactions take (no frame is appended meanwhile).
    CheckpointResult checkpointWal(CheckpointLock lock);
    // Write transactions committed through Transaction so far (any thread).
    quint64 commitCount() const { return m_commits.load(std::memory_order_relaxed); }

private:
    friend class Transaction;
    QString connectionName() const;
    bool runStatement(const char *sql, QSqlError *error = nullptr);
    // Takes the writers' lock and begins a write transaction (throws, lock released, on failure).
    void beginWrite();
    bool migrate(QString *error);

    QString m_path;
    QString m_id;
    bool m_open = false;
    std::atomic<bool> m_backgroundCheckpoints{false};
    std::atomic<quint64> m_commits{0};
    // Held by this process's write transactions from BEGIN to COMMIT. SQLite's own lock would
    // make a second writer poll with sleeps of 1 ms and more (its busy handler), which on the
    // request thread stalls every request behind a transaction of a tenth of that; a waiter on
    // this mutex wakes the moment the holder commits. Another process still meets SQLite's lock.
    QMutex m_writer;
};

// Rolls back unless committed: a failed request never leaves half its writes behind.
// Transactions nest: an inner one joins the outer, its commit only closes its scope, and an
// inner one left without commit makes the outer commit fail, so a use case that calls
// another commits all of it or none.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_done = false;
    bool m_savepoint = false; // a top-level transaction inside a batch (Database::BatchScope)
};

} // namespace mid
