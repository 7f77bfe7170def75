// CommittedCache: rows served without a query, and only ever as committed. A write is
// forgotten at once and cached when its transaction (or the turn's batch) commits, never when
// it rolls back; a read inside an open transaction waits for its commit; a read that a write
// overtook is dropped.
#include "storage/CommittedCache.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace mid;

class TestCommittedCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readOutsideTransactionIsCached();
    void writeRolledBackIsForgotten();
    void writeCommittedIsServed();
    void readInsideTransactionWaitsForCommit();
    void readOvertakenByWriteIsDropped();
    void batchCachesOnlyOnceDurable();
    void leastRecentlyUsedLeavesFirst();
    void cacheMayGoBeforeTheBatchCommits();

private:
    // The "table": what a load reads, counting the reads.
    std::optional<QString> load(const QString &key)
    {
        ++m_loads;
        return m_rows.contains(key) ? std::optional<QString>(m_rows.value(key)) : std::nullopt;
    }
    std::optional<QString> find(CommittedCache<QString> &cache, const QString &key)
    {
        return cache.find(key, [&] { return load(key); });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_rows;
    int m_loads = 0;
};

void TestCommittedCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("cache.sqlite3")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_rows = {{QStringLiteral("a"), QStringLiteral("a1")}};
    m_loads = 0;
}

void TestCommittedCache::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCommittedCache::readOutsideTransactionIsCached()
{
    CommittedCache<QString> cache(*m_db, 10);
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a1"));
    m_rows[QStringLiteral("a")] = QStringLiteral("changed behind its back");
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a1"));
    QCOMPARE(m_loads, 1);
    QCOMPARE(find(cache, QStringLiteral("missing")), std::nullopt);
    QCOMPARE(find(cache, QStringLiteral("missing")), std::nullopt); // absence is not cached
    QCOMPARE(m_loads, 3);
}

void TestCommittedCache::writeRolledBackIsForgotten()
{
    CommittedCache<QString> cache(*m_db, 10);
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a1"));
    {
        Transaction tx(*m_db);
        cache.written(QStringLiteral("a"), QStringLiteral("a2"));
    } // rolled back: the table still says a1
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a1"));
    QCOMPARE(m_loads, 2);
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a1"));
    QCOMPARE(m_loads, 2);
}

void TestCommittedCache::writeCommittedIsServed()
{
    CommittedCache<QString> cache(*m_db, 10);
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a1"));
    Transaction tx(*m_db);
    m_rows[QStringLiteral("a")] = QStringLiteral("a2"); // this connection sees its own write
    cache.written(QStringLiteral("a"), QStringLiteral("a2"));
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a2"));
    QCOMPARE(m_loads, 2); // not from the cache while uncommitted
    tx.commit();
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a2"));
    QCOMPARE(m_loads, 2);
}

void TestCommittedCache::readInsideTransactionWaitsForCommit()
{
    CommittedCache<QString> cache(*m_db, 10);
    {
        Transaction tx(*m_db);
        QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a1"));
        QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a1"));
        QCOMPARE(m_loads, 2); // not cached while the transaction is open
    } // rolled back: what was read may have been this transaction's
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a1"));
    QCOMPARE(m_loads, 3);

    m_rows[QStringLiteral("b")] = QStringLiteral("b1");
    {
        Transaction tx(*m_db);
        QCOMPARE(find(cache, QStringLiteral("b")), QStringLiteral("b1"));
        tx.commit();
    }
    QCOMPARE(m_loads, 4);
    QCOMPARE(find(cache, QStringLiteral("b")), QStringLiteral("b1"));
    QCOMPARE(m_loads, 4);
}

void TestCommittedCache::readOvertakenByWriteIsDropped()
{
    // Another thread commits a2 while this read is under way: the a1 it read is stale and
    // must not replace the a2 the write put in.
    CommittedCache<QString> cache(*m_db, 10);
    const auto staleRead = cache.find(QStringLiteral("a"), [&] {
        const auto read = load(QStringLiteral("a"));
        m_rows[QStringLiteral("a")] = QStringLiteral("a2");
        cache.written(QStringLiteral("a"), QStringLiteral("a2"));
        return read;
    });
    QCOMPARE(staleRead, QStringLiteral("a1"));
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a2"));
    QCOMPARE(m_loads, 1);
}

void TestCommittedCache::batchCachesOnlyOnceDurable()
{
    CommittedCache<QString> cache(*m_db, 10);
    {
        const Database::BatchScope turn(*m_db);
        Transaction step(*m_db);
        m_rows[QStringLiteral("a")] = QStringLiteral("a2");
        cache.written(QStringLiteral("a"), QStringLiteral("a2"));
        step.commit(); // a savepoint of the batch: nothing is durable yet
    }
    QVERIFY(m_db->batchOpen());
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a2"));
    QCOMPARE(m_loads, 1);
    QVERIFY(m_db->commitBatch());
    QCOMPARE(find(cache, QStringLiteral("a")), QStringLiteral("a2"));
    QCOMPARE(m_loads, 1);
}

void TestCommittedCache::leastRecentlyUsedLeavesFirst()
{
    m_rows = {{QStringLiteral("a"), QStringLiteral("a1")},
              {QStringLiteral("b"), QStringLiteral("b1")},
              {QStringLiteral("c"), QStringLiteral("c1")}};
    CommittedCache<QString> cache(*m_db, 2);
    find(cache, QStringLiteral("a"));
    find(cache, QStringLiteral("b"));
    find(cache, QStringLiteral("a")); // a is now the most recent
    find(cache, QStringLiteral("c")); // b leaves
    QCOMPARE(m_loads, 3);
    find(cache, QStringLiteral("a"));
    find(cache, QStringLiteral("c"));
    QCOMPARE(m_loads, 3);
    find(cache, QStringLiteral("b"));
    QCOMPARE(m_loads, 4);
}

void TestCommittedCache::cacheMayGoBeforeTheBatchCommits()
{
    // A service shut down while the turn's batch is open: the commit's actions find no cache.
    {
        CommittedCache<QString> cache(*m_db, 10);
        const Database::BatchScope turn(*m_db);
        Transaction step(*m_db);
        find(cache, QStringLiteral("a"));
        cache.written(QStringLiteral("a"), QStringLiteral("a2"));
        step.commit();
    }
    QVERIFY(m_db->commitBatch());
}

QTEST_GUILESS_MAIN(TestCommittedCache)
#include "tst_committedcache.moc"
