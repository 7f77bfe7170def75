// Database: numbered migrations recorded in PRAGMA user_version, WAL mode, refusal of a newer
// schema, transactions that roll back unless committed, errors (StorageError) classified by
// what SQLite said and that never carry SQL text.
#include "server/MidServer.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/StorageError.h"
#include "storage/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace mid;

namespace {
// Runs one statement on a separate, short-lived connection (not the Database's own).
QVariant rawScalar(const QString &path, const QString &sql)
{
    QVariant out;
    const QString name = QStringLiteral("raw-") + QString::number(quintptr(&out));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                out = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    const qint64 n = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return n;
}

void insertOperator(Database &db, const QString &id)
{
    db.exec(
        QStringLiteral("INSERT INTO operators (id, username, role, created_at) VALUES (?,?,?,?)"),
        {id, id, QStringLiteral("admin"), 1});
}

// One top-level write: an operator row in a transaction of its own (a savepoint inside a batch).
void commitStep(Database &db, const QString &id)
{
    Transaction step(db);
    insertOperator(db, id);
    step.commit();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void migrationsNumbered();
    void migrationsApplied();
    void ownerOnlyFile();
    void tablesCreated_data();
    void tablesCreated();
    void reopenKeepsData();
    void walMode_data();
    void walMode();
    void newerSchemaRefused();
    void serverRefusesNewerSchema();
    void notADatabase();
    void transactionRollback_data();
    void transactionRollback();
    void transactionCommit();
    void nestedTransactions_data();
    void nestedTransactions();
    void writerWaitsForAnotherConnection();
    void batchedSteps_data();
    void batchedSteps();
    void batchHoldsWritersUntilCommitted();
    void failedBatchRunsFailureActions();
    void closingCommitsTheBatch();
    void batchRolledBackBySqliteIsNotContinued();
    void backgroundCheckpointsBoundTheWal_data();
    void backgroundCheckpointsBoundTheWal();
    void errorsHideSql();
    void nativeStatements();
    void errorCauses_data();
    void errorCauses();
    void busyDatabaseIsUnavailable();
    void valuesAreBound();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("mid.sqlite3")); }
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::migrationsNumbered()
{
    const auto &all = migrations();
    QVERIFY(!all.isEmpty());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).version, int(i + 1));
        QVERIFY(all.at(i).name && *all.at(i).name);
        QVERIFY(all.at(i).sql && *all.at(i).sql);
    }
    QCOMPARE(Database::latestSchemaVersion(), all.constLast().version);
}

void TestDatabase::migrationsApplied()
{
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.isOpen());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA user_version")).toInt(),
             Database::latestSchemaVersion());
}

void TestDatabase::ownerOnlyFile()
{
    // Key hashes and sealed secrets live in the file: nobody but its owner may read it.
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    db.exec(QStringLiteral("SELECT 1")).finish();
    for (const QString &file : {path(), path() + QStringLiteral("-wal")}) {
        const QFileDevice::Permissions p = QFileInfo(file).permissions();
        QVERIFY2(!(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                        QFileDevice::WriteOther)),
                 qPrintable(file));
    }
}

void TestDatabase::tablesCreated_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t :
         {"clients", "webhook_endpoints", "access_tokens", "operators", "operator_tokens",
          "consents", "qr_codes", "audit_events", "signing_keys"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestDatabase::tablesCreated()
{
    QFETCH(QString, table);
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery &q =
        db.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name=?"),
                {table});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    QCOMPARE(count(db, table), 0);
}

void TestDatabase::reopenKeepsData()
{
    QString error;
    {
        Database db(path());
        QVERIFY2(db.open(&error), qPrintable(error));
        insertOperator(db, QStringLiteral("op_1"));
    }
    Database again(path());
    QVERIFY2(again.open(&error), qPrintable(error)); // nothing to migrate, nothing re-created
    QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(count(again, QStringLiteral("operators")), 1);
}

void TestDatabase::walMode_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("journal_mode") << QStringLiteral("journal_mode")
                                  << QVariant(QStringLiteral("wal"));
    QTest::newRow("synchronous NORMAL") << QStringLiteral("synchronous") << QVariant(1);
    QTest::newRow("foreign_keys") << QStringLiteral("foreign_keys") << QVariant(1);
}

void TestDatabase::walMode()
{
    QFETCH(QString, pragma);
    QFETCH(QVariant, expected);
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA ") + pragma));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), expected.toString());
    if (pragma == QLatin1String("journal_mode")) {
        // WAL is a property of the file: another connection sees it too.
        QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        insertOperator(db, QStringLiteral("op_wal"));
        QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
    }
}

void TestDatabase::newerSchemaRefused()
{
    const int newer = Database::latestSchemaVersion() + 1;
    QVERIFY(rawScalar(path(), QStringLiteral("PRAGMA user_version = %1").arg(newer)).isNull());
    QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), newer);

    Database db(path());
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY(!db.isOpen());
    // A clear message: which file, which versions, and that it was refused.
    QVERIFY2(error.contains(path()), qPrintable(error));
    QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
    QVERIFY2(error.contains(QString::number(Database::latestSchemaVersion())), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("refus")), qPrintable(error));
    // Nothing was touched: same version, no tables created.
    QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), newer);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt(), 0);
}

void TestDatabase::serverRefusesNewerSchema()
{
    // The whole server refuses to start on it, with the same message, and leaves it alone.
    const int newer = Database::latestSchemaVersion() + 7;
    QVERIFY(rawScalar(path(), QStringLiteral("PRAGMA user_version = %1").arg(newer)).isNull());
    ServerConfig config;
    config.listenPort = 0;
    config.dataDir = m_dir->path();
    config.bootstrapToken = QStringLiteral("token-for-a-server-that-never-starts");
    MidServer server(config);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(QString::number(newer)) && error.contains(QLatin1String("newer")),
             qPrintable(error));
    QCOMPARE(rawScalar(path(), QStringLiteral("PRAGMA user_version")).toInt(), newer);
}

void TestDatabase::notADatabase()
{
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    Database db(path());
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY(!error.isEmpty());
}

void TestDatabase::transactionRollback_data()
{
    QTest::addColumn<bool>("throwInside");
    QTest::newRow("scope left without commit") << false;
    QTest::newRow("exception inside") << true;
}

void TestDatabase::transactionRollback()
{
    QFETCH(bool, throwInside);
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    insertOperator(db, QStringLiteral("op_before"));
    try {
        Transaction tx(db);
        insertOperator(db, QStringLiteral("op_a"));
        insertOperator(db, QStringLiteral("op_b"));
        QCOMPARE(count(db, QStringLiteral("operators")), 3); // visible inside the transaction
        if (throwInside)
            insertOperator(db, QStringLiteral("op_a")); // duplicate key: throws
    } catch (const StorageError &e) {
        QVERIFY(throwInside);
        QCOMPARE(e.cause(), StorageError::Cause::ConstraintBroken);
        QCOMPARE(e.kind(), ServiceError::Kind::Internal);
    }
    QCOMPARE(count(db, QStringLiteral("operators")), 1);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 1);
    // The connection is usable again afterwards, inside and outside transactions.
    commitStep(db, QStringLiteral("op_after"));
    QCOMPARE(count(db, QStringLiteral("operators")), 2);
}

void TestDatabase::transactionCommit()
{
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    {
        Transaction tx(db);
        insertOperator(db, QStringLiteral("op_1"));
        insertOperator(db, QStringLiteral("op_2"));
        // Another connection does not see uncommitted rows.
        QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 0);
        tx.commit();
    }
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 2);
}

// A use case that calls another (consent decided inside a FIDO assertion) commits all of it
// or none; what runs after the commit (a live event) runs only for a committed change.
void TestDatabase::nestedTransactions_data()
{
    QTest::addColumn<bool>("innerCommits");
    QTest::addColumn<bool>("outerCommits");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("afterCommitRuns");
    QTest::newRow("both commit") << true << true << 2 << 1;
    QTest::newRow("outer gives up") << true << false << 0 << 0;
    QTest::newRow("inner gives up") << false << true << 0 << 0;
}

void TestDatabase::nestedTransactions()
{
    QFETCH(bool, innerCommits);
    QFETCH(bool, outerCommits);
    QFETCH(int, rows);
    QFETCH(int, afterCommitRuns);
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    int runs = 0;
    bool outerCommitFailed = false;
    {
        Transaction outer(db);
        insertOperator(db, QStringLiteral("op_1"));
        {
            Transaction inner(db);
            QVERIFY(db.inTransaction());
            insertOperator(db, QStringLiteral("op_2"));
            db.afterCommit([&runs] { ++runs; });
            if (innerCommits)
                inner.commit();
        }
        // Nothing is visible before the outermost commit, nothing has run after it.
        QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 0);
        QCOMPARE(runs, 0);
        if (outerCommits) {
            try {
                outer.commit();
            } catch (const StorageError &) {
                outerCommitFailed = true;
            }
        }
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(outerCommitFailed, outerCommits && !innerCommits);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), rows);
    QCOMPARE(runs, afterCommitRuns);
    // The connection is usable again, and an action outside a transaction runs at once.
    db.afterCommit([&runs] { runs += 10; });
    QCOMPARE(runs, afterCommitRuns + 10);
    commitStep(db, QStringLiteral("op_3"));
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), rows + 1);
}

// Two connections (the server thread's and the webhook dispatcher's) write the same file. A
// transaction that reads before it writes must not fail because the other one committed in
// between (WAL cannot upgrade a stale snapshot): it takes the write lock when it begins, and
// the other waits its turn.
void TestDatabase::writerWaitsForAnotherConnection()
{
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    bool otherWrote = false;
    QThread *other = nullptr;
    {
        Transaction tx(db);
        QCOMPARE(db.exec(QStringLiteral("SELECT COUNT(*) FROM operators")).next(), true);
        other = QThread::create([&] {
            try {
                commitStep(db, QStringLiteral("op_other"));
                otherWrote = true;
            } catch (const StorageError &) {
            }
            db.closeThreadConnection();
        });
        other->start();
        QTest::qWait(300); // the other connection tries to write meanwhile
        insertOperator(db, QStringLiteral("op_mine"));
        tx.commit();
    }
    QVERIFY(other->wait(10000));
    delete other;
    QVERIFY(otherWrote);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 2);
}

void TestDatabase::batchedSteps_data()
{
    QTest::addColumn<bool>("secondCommits");
    QTest::addColumn<bool>("secondInnerFails");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<int>("actionsRun");
    QTest::newRow("both steps commit") << true << false << QStringList{"op_1", "op_2"} << 2;
    QTest::newRow("second step left without commit: only it goes")
        << false << false << QStringList{"op_1"} << 1;
    QTest::newRow("second step's inner step failed: only it goes")
        << true << true << QStringList{"op_1"} << 1;
}

void TestDatabase::batchedSteps()
{
    // Group commit: top-level transactions inside a batch commit or roll back alone (each
    // is a savepoint), but nothing is durable, visible elsewhere or acted upon before the
    // batch commits.
    QFETCH(bool, secondCommits);
    QFETCH(bool, secondInnerFails);
    QFETCH(QStringList, kept);
    QFETCH(int, actionsRun);
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    int runs = 0;
    int durable = 0;
    {
        const Database::BatchScope scope(db);
        Transaction first(db);
        insertOperator(db, QStringLiteral("op_1"));
        db.afterCommit([&runs] { ++runs; });
        first.commit();
        QVERIFY(db.batchOpen());
        try {
            Transaction second(db);
            insertOperator(db, QStringLiteral("op_2"));
            db.afterCommit([&runs] { ++runs; });
            if (secondInnerFails) {
                Transaction inner(db); // gives up: its outer step may not commit
            }
            if (secondCommits)
                second.commit();
        } catch (const StorageError &) {
            QVERIFY(secondInnerFails);
        }
    }
    // The scope is gone, the batch is not: this thread still sees its own writes.
    QVERIFY(db.batchOpen());
    QCOMPARE(count(db, QStringLiteral("operators")), qint64(kept.size()));
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 0);
    QCOMPARE(runs, 0);
    db.whenDurable([&durable] { ++durable; }, [] { QFAIL("the batch did not fail"); });
    QCOMPARE(durable, 0);
    const quint64 commitsBefore = db.commitCount();
    QVERIFY(db.commitBatch(&error));
    QCOMPARE(db.commitCount(), commitsBefore + 1); // one commit for the whole batch
    QVERIFY(!db.batchOpen());
    QCOMPARE(runs, actionsRun);
    QCOMPARE(durable, 1);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT GROUP_CONCAT(id) FROM "
                                              "(SELECT id FROM operators ORDER BY id)"))
                 .toString(),
             kept.join(QLatin1Char(',')));
    // No batch open: durable at once, and a transaction outside a scope commits by itself.
    db.whenDurable([&durable] { ++durable; }, [] {});
    QCOMPARE(durable, 2);
    commitStep(db, QStringLiteral("op_3"));
    QVERIFY(!db.batchOpen());
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(),
             kept.size() + 1);
}

void TestDatabase::batchHoldsWritersUntilCommitted()
{
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    {
        const Database::BatchScope scope(db);
        commitStep(db, QStringLiteral("op_mine"));
    }
    std::atomic<bool> otherWrote{false};
    QThread *other = QThread::create([&] {
        try {
            commitStep(db, QStringLiteral("op_other"));
            otherWrote = true;
        } catch (const StorageError &) {
        }
        db.closeThreadConnection();
    });
    other->start();
    QTest::qWait(200);
    QVERIFY(!otherWrote); // the batch still holds the writers' lock
    QVERIFY(db.commitBatch(&error));
    QVERIFY(other->wait(10000));
    delete other;
    QVERIFY(otherWrote);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 2);
}

void TestDatabase::failedBatchRunsFailureActions()
{
    // A batch whose COMMIT fails (here: a deferred foreign key broken by one step) keeps
    // nothing, runs its failure actions and none of its after-commit actions, and releases
    // the writers' lock.
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    int runs = 0;
    int failed = 0;
    {
        const Database::BatchScope scope(db);
        Transaction step(db);
        insertOperator(db, QStringLiteral("op_1"));
        db.exec(QStringLiteral("PRAGMA defer_foreign_keys=ON"));
        db.exec(
            QStringLiteral("INSERT INTO webhook_attempts (delivery_id, number, started_at, "
                           "duration_ms, request_headers, request_body, response_headers, "
                           "response_body) VALUES ('whd_missing', 1, 1, 1, '{}', '', '{}', '')"));
        db.afterCommit([&runs] { ++runs; });
        step.commit();
    }
    db.whenDurable([&runs] { ++runs; }, [&failed] { ++failed; });
    QVERIFY(!db.commitBatch(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!db.batchOpen());
    QCOMPARE(runs, 0);
    QCOMPARE(failed, 1);
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 0);
    commitStep(db, QStringLiteral("op_2")); // the writers' lock was released
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 1);
}

void TestDatabase::closingCommitsTheBatch()
{
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    {
        const Database::BatchScope scope(db);
        commitStep(db, QStringLiteral("op_1"));
    }
    db.closeThreadConnection();
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 1);
}

void TestDatabase::batchRolledBackBySqliteIsNotContinued()
{
    // After a full disk or an I/O error SQLite may roll a transaction back by itself (here
    // forced with a ROLLBACK on the connection). A later step of the turn must not start a
    // transaction of its own and commit alone while its answer says 503.
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    int failed = 0;
    const Database::BatchScope scope(db);
    commitStep(db, QStringLiteral("op_1"));
    db.whenDurable([] { QFAIL("a lost batch reported durable"); }, [&failed] { ++failed; });
    db.exec(QStringLiteral("ROLLBACK"));
    QVERIFY(db.autocommitting());
    bool refused = false;
    try {
        commitStep(db, QStringLiteral("op_2"));
    } catch (const StorageError &e) {
        refused = e.cause() == StorageError::Cause::Unavailable;
    }
    QVERIFY(refused);
    QVERIFY(!db.commitBatch(&error));
    QCOMPARE(failed, 1);
    QVERIFY(!db.batchOpen());
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 0);
    // The next batch starts afresh and commits.
    commitStep(db, QStringLiteral("op_3"));
    QVERIFY(db.commitBatch(&error));
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 1);
}

void TestDatabase::nativeStatements()
{
    // Through SQLite's own API, in the connection's open transaction: rolled back with it,
    // a refused row classified as Qt SQL's would be, a statement that cannot prepare too, and
    // the connection closes cleanly with its statements cached.
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const auto insert = [&db](const QString &id, const QString &username) {
        NativeStatement op = db.native(
            "INSERT INTO operators (id, username, role, created_at) VALUES (?,?,?,?)");
        op.bind(1, id);
        op.bind(2, username);
        op.bind(3, QByteArray("admin"));
        op.bind(4, qint64(1));
        op.run();
    };
    {
        Transaction tx(db);
        insert(QStringLiteral("op_rolled_back"), QStringLiteral("r\u00e9my"));
    }
    QCOMPARE(count(db, QStringLiteral("operators")), 0);
    {
        Transaction tx(db);
        insert(QStringLiteral("op_1"), QStringLiteral("r\u00e9my"));
        tx.commit();
    }
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT username FROM operators")).toString(),
             QStringLiteral("r\u00e9my"));
    try {
        insert(QStringLiteral("op_1"), QString()); // the same id again
        QFAIL("a duplicate key must be refused");
    } catch (const StorageError &e) {
        QCOMPARE(e.cause(), StorageError::Cause::ConstraintBroken);
        QCOMPARE(e.message(), QStringLiteral("internal error"));
        QVERIFY(!e.driverText().contains(QLatin1String("INSERT")));
    }
    try {
        db.native("SELECT secret_column FROM no_such_table");
        QFAIL("the statement must fail to prepare");
    } catch (const StorageError &e) {
        QCOMPARE(e.cause(), StorageError::Cause::Failed);
    }
    insert(QStringLiteral("op_2"), QString()); // usable again; a null text binds ""
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT username FROM operators WHERE id='op_2'"))
                 .toString(),
             QString());
    // Rows read back: text, NULL, a blob with a zero byte, an integer, in order.
    db.exec(QStringLiteral("UPDATE operators SET password_hash=? WHERE id='op_1'"),
            {QByteArray("a\0b", 3)});
    static const char *const kRead = "SELECT id, username, password_hash, created_at FROM "
                                     "operators WHERE created_at=? ORDER BY id";
    const auto readAll = [&db] {
        NativeStatement q = db.native(kRead);
        q.bind(1, qint64(1));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(q.text(0), q.text(1), QString::fromLatin1(q.bytes(2).toHex()))
                        .arg(q.integer(3))
                        .arg(q.text(2).isNull() && q.bytes(2).isEmpty() ? "null" : "set");
        return rows;
    };
    const QStringList expected{QStringLiteral("op_1|r\u00e9my|610062|1|set"),
                               QStringLiteral("op_2|||1|null")};
    QCOMPARE(readAll(), expected);
    {
        NativeStatement left = db.native(kRead);
        left.bind(1, qint64(1));
        QVERIFY(left.next()); // left before its end: the next user reads afresh
    }
    QCOMPARE(readAll(), expected);
    db.closeThreadConnection(); // finalizes the cached statements first
    QCOMPARE(count(db, QStringLiteral("operators")), 2);
}

void TestDatabase::errorsHideSql()
{
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const QPair<QString, StorageError::Cause> bad[] = {
        {QStringLiteral("SELECT secret_column FROM no_such_table"), StorageError::Cause::Failed},
        {QStringLiteral("INSERT INTO operators (id) VALUES (?)"),
         StorageError::Cause::ConstraintBroken}};
    for (const auto &[sql, cause] : bad) {
        try {
            db.exec(sql, {QStringLiteral("x")});
            QFAIL("the statement must fail");
        } catch (const StorageError &e) {
            QCOMPARE(e.cause(), cause);
            QCOMPARE(e.kind(), ServiceError::Kind::Internal);
            QCOMPARE(e.message(), QStringLiteral("internal error"));
            QVERIFY(e.details().isEmpty());
            QVERIFY(e.fields().isEmpty());
            QVERIFY(!e.driverText().isEmpty()); // for the log, never for a client
        }
    }
}

void TestDatabase::errorCauses_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("cause");
    const int statement = QSqlError::StatementError;
    const auto unavailable = int(StorageError::Cause::Unavailable);
    const auto constraint = int(StorageError::Cause::ConstraintBroken);
    const auto failed = int(StorageError::Cause::Failed);
    QTest::newRow("SQLITE_BUSY") << QStringLiteral("5") << statement << unavailable;
    QTest::newRow("SQLITE_BUSY_SNAPSHOT") << QStringLiteral("517") << statement << unavailable;
    QTest::newRow("SQLITE_LOCKED") << QStringLiteral("6") << statement << unavailable;
    QTest::newRow("SQLITE_READONLY") << QStringLiteral("8") << statement << unavailable;
    QTest::newRow("SQLITE_IOERR_WRITE") << QStringLiteral("778") << statement << unavailable;
    QTest::newRow("SQLITE_FULL") << QStringLiteral("13") << statement << unavailable;
    QTest::newRow("SQLITE_CANTOPEN") << QStringLiteral("14") << statement << unavailable;
    QTest::newRow("no code, not connected")
        << QString() << int(QSqlError::ConnectionError) << unavailable;
    QTest::newRow("SQLITE_CONSTRAINT_UNIQUE") << QStringLiteral("2067") << statement << constraint;
    QTest::newRow("SQLITE_CONSTRAINT_NOTNULL") << QStringLiteral("1299") << statement << constraint;
    QTest::newRow("SQLITE_ERROR") << QStringLiteral("1") << statement << failed;
    QTest::newRow("SQLITE_CORRUPT") << QStringLiteral("11") << statement << failed;
    QTest::newRow("no code") << QString() << statement << failed;
}

void TestDatabase::errorCauses()
{
    QFETCH(QString, code);
    QFETCH(int, type);
    QFETCH(int, cause);
    const QSqlError driver(QStringLiteral("driver words"), QStringLiteral("no such table: t"),
                           QSqlError::ErrorType(type), code);
    const StorageError e = StorageError::fromSql(driver, QStringLiteral("test"));
    QCOMPARE(int(e.cause()), cause);
    QCOMPARE(e.kind(), e.cause() == StorageError::Cause::Unavailable
                           ? ServiceError::Kind::Unavailable
                           : ServiceError::Kind::Internal);
    QVERIFY(!e.message().contains(QLatin1String("table")));
    QVERIFY(e.driverText().contains(QLatin1String("no such table: t")));
}

void TestDatabase::busyDatabaseIsUnavailable()
{
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    // Another connection holds the write lock past the busy timeout (5 s).
    QSqlDatabase other =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    other.setDatabaseName(path());
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    try {
        insertOperator(db, QStringLiteral("op_blocked"));
        QFAIL("the write must time out");
    } catch (const StorageError &e) {
        QCOMPARE(e.cause(), StorageError::Cause::Unavailable);
        QCOMPARE(e.kind(), ServiceError::Kind::Unavailable);
    }
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    insertOperator(db, QStringLiteral("op_later")); // the lock gone, writes work again
}

void TestDatabase::valuesAreBound()
{
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const QString hostile = QStringLiteral("x'); DROP TABLE operators; --");
    insertOperator(db, hostile);
    QSqlQuery &q = db.exec(QStringLiteral("SELECT id FROM operators WHERE username=?"), {hostile});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), hostile);
    q.finish();
    QCOMPARE(count(db, QStringLiteral("operators")), 1);
}

void TestDatabase::backgroundCheckpointsBoundTheWal_data()
{
    QTest::addColumn<QString>("checkpoints");
    // "ticks": the checkpointer's ticks run between the writes, as its thread would run them,
    // so the bound does not depend on how fast this box syncs. "thread": the checkpointer on
    // its own thread, as the server runs it; how large the WAL grows then depends on the
    // disk's sync latency, so only its copy back is checked. Without one nothing copies the
    // WAL back (no connection checkpoints by itself any more): the control row shows the
    // bound is one the checkpointer keeps, not the writes'.
    QTest::newRow("ticks between the writes") << QStringLiteral("ticks");
    QTest::newRow("a WalCheckpointer thread") << QStringLiteral("thread");
    QTest::newRow("no checkpointer (control)") << QStringLiteral("none");
}

void TestDatabase::backgroundCheckpointsBoundTheWal()
{
    QFETCH(QString, checkpoints);
    Database db(path());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    db.useBackgroundCheckpoints();
    db.exec(QStringLiteral("CREATE TABLE scratch (v BLOB NOT NULL)"));
    QThread thread;
    WalCheckpointer walCheckpointer(db);
    const bool threaded = checkpoints == QLatin1String("thread");
    if (threaded) {
        walCheckpointer.moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(&walCheckpointer, &WalCheckpointer::start, Qt::QueuedConnection);
    }
    const QByteArray value(3000, 'x');
    constexpr int kRows = 8000; // about 32 MB of WAL frames when none is copied back
    qint64 largestWal = 0;
    for (int i = 0; i < kRows; ++i) {
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO scratch (v) VALUES (?)"), {value});
        tx.commit();
        if (i % 10 == 0) {
            largestWal = qMax(largestWal, QFileInfo(path() + QStringLiteral("-wal")).size());
            if (checkpoints == QLatin1String("ticks"))
                walCheckpointer.checkpoint();
            else
                QThread::msleep(1); // a server's writes come spread out, a few per millisecond
        }
    }
    if (threaded) {
        QMetaObject::invokeMethod(&walCheckpointer, &WalCheckpointer::stop,
                                  Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(10000));
    } else if (checkpoints == QLatin1String("ticks")) {
        walCheckpointer.stop();
    }
    largestWal = qMax(largestWal, QFileInfo(path() + QStringLiteral("-wal")).size());
    QCOMPARE(count(db, QStringLiteral("scratch")), qint64(kRows));
    // The writers are held up to start the WAL over only past 8 MiB of frames
    // (WalCheckpointer::kWalFramesBeforeLock), so it stays near that.
    constexpr qint64 kBound = 12 * 1024 * 1024;
    if (checkpoints == QLatin1String("none")) {
        QVERIFY2(largestWal > 3 * kBound / 2, qPrintable(QString::number(largestWal)));
        return;
    }
    if (!threaded)
        QVERIFY2(largestWal < kBound, qPrintable(QString::number(largestWal)));
    // Everything was copied back: another connection reads it all from the file.
    QCOMPARE(rawScalar(path(), QStringLiteral("SELECT COUNT(*) FROM scratch")).toInt(), kRows);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
