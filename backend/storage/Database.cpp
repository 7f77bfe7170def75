#include "Database.h"

#include "Migrations.h"
#include "StorageError.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>

#include <functional>
#include <optional>
#include <sqlite3.h>
#include <utility>

namespace mid {

namespace {
// Prepared statements of one connection, owned by the thread that uses it.
struct StatementCache
{
    QHash<QString, QHash<QString, QSqlQuery>> byConnection;
    // Statements prepared through SQLite's own API (Database::native), by their SQL literal.
    QHash<QString, QHash<const char *, sqlite3_stmt *>> nativeByConnection;
};

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
// The open transaction of one connection: how deep Transaction objects are nested in it,
// whether an inner one gave up, and what runs once it commits.
struct TransactionState
{
    int depth = 0;
    bool failed = false;
    QList<std::function<void()>> afterCommit;
    // Group commit: BatchScopes alive, whether the batch's write transaction is open, what
    // runs if it cannot commit, and where the open savepoint's actions start in both lists.
    int batchScopes = 0;
    bool batchOpen = false;
    bool batchLost = false; // SQLite ended the batch's transaction by itself (disk full, I/O)
    QList<std::function<void()>> onBatchFailure;
    qsizetype savepointActions = 0;
    qsizetype savepointFailureActions = 0;
};
QThreadStorage<QHash<QString, TransactionState> *> g_transactions;

TransactionState &transactionOf(const QString &connection)
{
    if (!g_transactions.hasLocalData())
        g_transactions.setLocalData(new QHash<QString, TransactionState>);
    return (*g_transactions.localData())[connection];
}
QThreadStorage<StatementCache *> g_statements;

StatementCache &statements()
{
    if (!g_statements.hasLocalData())
        g_statements.setLocalData(new StatementCache);
    return *g_statements.localData();
}
} // namespace

Database::Database(QString path)
    : m_path(std::move(path)), m_id(QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    closeThreadConnection();
}

QString Database::connectionName() const
{
    // Asked by every statement: built once per thread for the database it last served (a
    // thread rarely serves more than one; m_id tells a new Database at an old address apart).
    thread_local QString lastId;
    thread_local QString lastName;
    if (lastId != m_id) {
        lastName = QStringLiteral("mid-%1-%2")
                       .arg(m_id)
                       .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
        lastId = m_id;
    }
    return lastName;
}

QSqlDatabase Database::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open database" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    // WAL lets readers run beside the writer; NORMAL sync in WAL keeps every committed
    // transaction across a process crash (only power loss may drop the newest ones).
    // Unless a WalCheckpointer does it (useBackgroundCheckpoints), the committing connection
    // checkpoints every 1000 pages (SQLite's default). journal_size_limit shrinks the file
    // back after each reset.
    for (const char *p :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
          "PRAGMA temp_store=MEMORY", "PRAGMA journal_size_limit=67108864"}) {
        if (!pragma.exec(QString::fromLatin1(p)))
            qCWarning(lcDb) << p << "failed:" << pragma.lastError().text();
    }
    if (m_backgroundCheckpoints.load() &&
        !pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        qCWarning(lcDb) << "PRAGMA wal_autocheckpoint=0 failed:" << pragma.lastError().text();
    return db;
}

void Database::useBackgroundCheckpoints()
{
    m_backgroundCheckpoints.store(true);
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        throw StorageError::fromSql(q.lastError(), QStringLiteral("PRAGMA wal_autocheckpoint"));
}

Database::CheckpointResult Database::checkpointWal(CheckpointLock lock)
{
    std::optional<QMutexLocker<QMutex>> writers;
    if (lock == CheckpointLock::Writers)
        writers.emplace(&m_writer);
    QSqlQuery &q = exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    CheckpointResult result;
    if (q.next()) {
        // (busy, frames in the WAL, frames copied); -1 when the database is not in WAL mode.
        result.walFrames = qMax(0, q.value(1).toInt());
        result.copiedFrames = qMax(0, q.value(2).toInt());
    }
    q.finish();
    return result;
}

void Database::closeThreadConnection()
{
    commitBatch(); // what was written and acknowledged must not be rolled back by the close
    const QString name = connectionName();
    if (g_statements.hasLocalData()) {
        statements().byConnection.remove(name);
        // Finalized before the connection closes: SQLite refuses to close one with statements.
        for (sqlite3_stmt *stmt : statements().nativeByConnection.take(name))
            sqlite3_finalize(stmt);
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

bool Database::open(QString *error)
{
    // Tenants' key hashes and sealed secrets live here: readable by the owner only. SQLite
    // gives its -wal and -shm files the database file's permissions.
    if (!QFile::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error =
                QStringLiteral("cannot create database %1: %2").arg(m_path, file.errorString());
            return false;
        }
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    m_open = migrate(error);
    return m_open;
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

int Database::schemaVersion()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        *error =
            QStringLiteral("database %1 has schema version %2, newer than this program's %3; "
                           "refusing to open it (upgrade mid-server or use another --data-dir)")
                .arg(m_path)
                .arg(current)
                .arg(latest);
        return false;
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        QSqlDatabase db = connection();
        if (!db.transaction()) {
            *error = QStringLiteral("cannot start migration %1: %2")
                         .arg(m.version)
                         .arg(db.lastError().text());
            return false;
        }
        try {
            execScript(QString::fromUtf8(m.sql));
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
                throw StorageError::fromSql(q.lastError(), QStringLiteral("PRAGMA user_version"));
        } catch (const StorageError &e) {
            db.rollback();
            // For the operator starting the server: the driver's own words help here.
            *error = QStringLiteral("migration %1 (%2) failed: %3")
                         .arg(m.version)
                         .arg(QString::fromLatin1(m.name), e.driverText());
            return false;
        }
        if (!db.commit()) {
            *error = QStringLiteral("cannot commit migration %1").arg(m.version);
            return false;
        }
        qCInfo(lcDb) << "applied migration" << m.version << m.name;
    }
    return true;
}

void Database::execScript(const QString &sql)
{
    QSqlQuery q(connection());
    const QStringList parts = sql.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &statement : parts) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!q.exec(statement))
            throw StorageError::fromSql(q.lastError(), QStringLiteral("statement"));
    }
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto &cache = statements().byConnection[connectionName()];
    auto it = cache.find(sql);
    if (it == cache.end()) {
        const QSqlDatabase db = connection();
        if (!db.isOpen())
            throw StorageError::fromSql(db.lastError(), QStringLiteral("open"));
        QSqlQuery q(db);
        // Every reader walks its rows once: no row cache inside QSqlQuery.
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            throw StorageError::fromSql(q.lastError(), QStringLiteral("prepare ") + sql);
        it = cache.insert(sql, q);
    }
    return it.value();
}

QSqlQuery &Database::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &q = prepared(sql);
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    run(q);
    return q;
}

void Database::run(QSqlQuery &query)
{
    if (!query.exec())
        throw StorageError::fromSql(query.lastError(),
                                    QStringLiteral("query ") + query.lastQuery());
}

bool Database::beginTransaction(QSqlError *error)
{
    // IMMEDIATE takes the write lock now, waiting (busy timeout) behind another writer. A
    // plain BEGIN would read first and then fail at once with SQLITE_BUSY when another
    // connection (the webhook dispatcher's) committed meanwhile: WAL cannot upgrade a stale
    // read snapshot to a write.
    return runStatement("BEGIN IMMEDIATE", error);
}

bool Database::commit(QSqlError *error)
{
    return runStatement("COMMIT", error);
}

void Database::rollback()
{
    runStatement("ROLLBACK");
}

bool Database::runStatement(const char *sql, QSqlError *error)
{
    // BEGIN, COMMIT and the batch's savepoints: several per write, through SQLite directly.
    int code = SQLITE_ERROR;
    QString message;
    try {
        code = native(sql).tryRun(&message);
    } catch (const StorageError &e) { // did not prepare (logged)
        message = e.driverText();
    }
    if (code != SQLITE_OK && error)
        *error = QSqlError(message, {}, QSqlError::TransactionError, QString::number(code));
    return code == SQLITE_OK;
}

bool Database::inTransaction() const
{
    return transactionOf(connectionName()).depth > 0;
}

void Database::afterCommit(std::function<void()> action)
{
    TransactionState &state = transactionOf(connectionName());
    if (state.depth == 0 && !state.batchOpen)
        action();
    else
        state.afterCommit.append(std::move(action));
}

Database::BatchScope::BatchScope(Database &db) : m_db(db)
{
    ++transactionOf(m_db.connectionName()).batchScopes;
}

Database::BatchScope::~BatchScope()
{
    --transactionOf(m_db.connectionName()).batchScopes;
}

bool Database::batchOpen() const
{
    return transactionOf(connectionName()).batchOpen;
}

void Database::whenDurable(std::function<void()> committed, std::function<void()> failed)
{
    TransactionState &state = transactionOf(connectionName());
    if (!state.batchOpen) {
        committed();
        return;
    }
    state.afterCommit.append(std::move(committed));
    state.onBatchFailure.append(std::move(failed));
}

bool Database::autocommitting()
{
    sqlite3 *db = handleOf(connection());
    return db && sqlite3_get_autocommit(db) != 0;
}

NativeStatement Database::native(const char *sql)
{
    auto &cache = statements().nativeByConnection[connectionName()];
    sqlite3_stmt *&stmt = cache[sql];
    if (!stmt) {
        sqlite3 *db = handleOf(connection());
        if (!db)
            throw StorageError(StorageError::Cause::Unavailable,
                               QStringLiteral("no SQLite connection"));
        if (const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
            rc != SQLITE_OK) {
            stmt = nullptr;
            cache.remove(sql);
            throw StorageError::fromSqlite(rc, sqlite3_errmsg(db), QStringLiteral("prepare"));
        }
    } else {
        sqlite3_reset(stmt); // a query its last user left before its end: read afresh
    }
    return NativeStatement(stmt);
}

void NativeStatement::bind(int index, const QString &text)
{
    // UTF-16 as it is: SQLite converts it to the database's UTF-8 while copying it.
    const void *utf16 = text.isNull() ? static_cast<const void *>(u"") : text.utf16();
    sqlite3_bind_text16(m_stmt, index, utf16, int(text.size() * sizeof(char16_t)),
                        SQLITE_TRANSIENT);
}

void NativeStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void NativeStatement::bind(int index, qint64 number)
{
    sqlite3_bind_int64(m_stmt, index, number);
}

void NativeStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

qint64 NativeStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(sqlite3_db_handle(m_stmt));
}

bool NativeStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    QString message;
    if (const int code = finish(rc, &message))
        throw StorageError::fromSqlite(code, message.toUtf8().constData(), QStringLiteral("query"));
    return false;
}

QString NativeStatement::text(int column) const
{
    const auto *utf16 = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!utf16)
        return {};
    return QString::fromUtf16(utf16, sqlite3_column_bytes16(m_stmt, column) / 2);
}

QByteArray NativeStatement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, data ? sqlite3_column_bytes(m_stmt, column) : 0);
}

qint64 NativeStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int NativeStatement::finish(int stepResult, QString *message)
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (stepResult == SQLITE_DONE || stepResult == SQLITE_ROW)
        return SQLITE_OK;
    sqlite3 *db = sqlite3_db_handle(m_stmt);
    *message = QString::fromUtf8(sqlite3_errmsg(db));
    return sqlite3_extended_errcode(db);
}

int NativeStatement::tryRun(QString *message)
{
    return finish(sqlite3_step(m_stmt), message);
}

void NativeStatement::run()
{
    QString message;
    if (const int code = tryRun(&message))
        throw StorageError::fromSqlite(code, message.toUtf8().constData(),
                                       QStringLiteral("statement"));
}

bool Database::commitBatch(QString *error)
{
    TransactionState &state = transactionOf(connectionName());
    if (!state.batchOpen)
        return true;
    if (state.depth > 0) {
        if (error)
            *error = QStringLiteral("a transaction is still open in the batch");
        return false;
    }
    QSqlError sqlError;
    // A batch SQLite already rolled back is not committed, whatever COMMIT would say.
    const bool committed = !state.batchLost && !autocommitting() && commit(&sqlError);
    if (state.batchLost && !sqlError.isValid())
        sqlError = QSqlError(QStringLiteral("the batch was rolled back by SQLite"), {},
                             QSqlError::TransactionError);
    state.batchLost = false;
    if (committed)
        m_commits.fetch_add(1, std::memory_order_relaxed);
    else
        rollback(); // SQLite may have rolled back already; then this is a no-op
    state.batchOpen = false;
    m_writer.unlock();
    const auto actions = std::exchange(committed ? state.afterCommit : state.onBatchFailure, {});
    state.afterCommit.clear();
    state.onBatchFailure.clear();
    if (!committed) {
        qCWarning(lcDb) << "a batch of writes could not commit:" << sqlError.text();
        if (error)
            *error = sqlError.text();
    }
    for (const auto &action : actions)
        action();
    return committed;
}

void Database::beginWrite()
{
    m_writer.lock();
    QSqlError error;
    if (!beginTransaction(&error)) {
        m_writer.unlock();
        throw StorageError::fromSql(error, QStringLiteral("begin"));
    }
}

Transaction::Transaction(Database &db) : m_db(db)
{
    TransactionState &state = transactionOf(m_db.connectionName());
    if (state.depth == 0 && (state.batchOpen || state.batchScopes > 0)) {
        if (!state.batchOpen) {
            m_db.beginWrite();
            state.batchOpen = true;
            state.afterCommit.clear();
            state.onBatchFailure.clear();
        } else if (state.batchLost || m_db.autocommitting()) {
            // SQLite rolled the batch back after an error (disk full, I/O): a savepoint now
            // would start a transaction of its own and commit this step alone, answered 503.
            state.batchLost = true;
            throw StorageError(StorageError::Cause::Unavailable,
                               QStringLiteral("the batch of writes was rolled back by SQLite"));
        }
        QSqlError error;
        if (!m_db.runStatement("SAVEPOINT mid_batch_step", &error))
            throw StorageError::fromSql(error, QStringLiteral("savepoint"));
        m_savepoint = true;
        state.failed = false;
        state.savepointActions = state.afterCommit.size();
        state.savepointFailureActions = state.onBatchFailure.size();
    } else if (state.depth == 0) {
        m_db.beginWrite();
        state.failed = false;
        state.afterCommit.clear();
    }
    ++state.depth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    TransactionState &state = transactionOf(m_db.connectionName());
    --state.depth;
    if (state.depth > 0) {
        // An inner step gave up: the outer transaction must not commit half of it.
        state.failed = true;
        return;
    }
    if (m_savepoint) {
        // Only this step goes: the batch, and the steps before it, stay.
        m_db.runStatement("ROLLBACK TO mid_batch_step");
        m_db.runStatement("RELEASE mid_batch_step");
        state.afterCommit.resize(state.savepointActions);
        state.onBatchFailure.resize(state.savepointFailureActions);
        state.failed = false;
        return;
    }
    m_db.rollback();
    m_db.m_writer.unlock();
    state.afterCommit.clear();
}

void Transaction::commit()
{
    TransactionState &state = transactionOf(m_db.connectionName());
    if (state.depth > 1) {
        --state.depth;
        m_done = true;
        return;
    }
    if (state.failed)
        throw StorageError(StorageError::Cause::Failed,
                           QStringLiteral("an inner step of this transaction failed"));
    QSqlError error;
    if (m_savepoint) {
        // Durable with the batch; its actions wait for the batch's commit.
        if (!m_db.runStatement("RELEASE mid_batch_step", &error))
            throw StorageError::fromSql(error, QStringLiteral("release"));
        m_done = true;
        state.depth = 0;
        return;
    }
    if (!m_db.commit(&error))
        throw StorageError::fromSql(error, QStringLiteral("commit"));
    m_done = true;
    state.depth = 0;
    m_db.m_commits.fetch_add(1, std::memory_order_relaxed);
    m_db.m_writer.unlock();
    // Run after the state is reset: an action may open a transaction of its own.
    const auto actions = std::exchange(state.afterCommit, {});
    for (const auto &action : actions)
        action();
}

} // namespace mid
