#include "AuditLog.h"

#include "core/Clock.h"
#include "core/Cursor.h"
#include "core/Ids.h"
#include "core/Time.h"
#include "crypto/Hash.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAudit, "mid.audit")

namespace mid {

namespace {
QString chainHash(const QString &previous, const AuditEntry &e)
{
    return QString::fromLatin1(Hash::sha256(previous.toLatin1() + e.canonical()).toHex());
}
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

AuditLog::AuditLog(Database &db, QObject *parent) : QObject(parent), m_db(db), m_store(db)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &AuditLog::flushBatchRows);
    m_pruneTimer.setInterval(kPruneIntervalMs);
    connect(&m_pruneTimer, &QTimer::timeout, this, &AuditLog::pruneExpired);
    // The hourly run waits real time; when a test moves the clock, retention applies at once.
    connect(&ClockJumps::instance(), &ClockJumps::jumped, this, &AuditLog::pruneExpired);
    m_writer.reset(QThread::create([this] { runWriter(); }));
    m_writer->setObjectName(QStringLiteral("mid-audit"));
    m_writer->start();
}

AuditLog::~AuditLog()
{
    if (m_store.isOpen())
        flush(); // the writer finds nothing left, so it needs no writers' lock to stop
    {
        const QMutexLocker lock(&m_detachedMutex);
        m_stopping = true;
    }
    m_detachedReady.wakeAll();
    m_writer->wait();
}

void AuditLog::start()
{
    const QMutexLocker chain(&m_chain);
    m_head = m_store.lastHash();
}

int AuditLog::queued() const
{
    const QMutexLocker lock(&m_detachedMutex);
    return int(m_queue.size() + m_detached.size());
}

void AuditLog::record(AuditEntry entry)
{
    // A null QString binds as SQL NULL; every text column is NOT NULL.
    for (QString *field : {&entry.actor, &entry.action, &entry.resource, &entry.ip,
                           &entry.userAgent, &entry.requestId}) {
        if (field->isNull())
            *field = QLatin1String("");
    }
    if (entry.id.isEmpty())
        entry.id = Ids::makeOrdered(QStringLiteral("aud"));
    if (!entry.at)
        entry.at = Time::nowMs();
    if (m_db.batchOpen() || m_db.inTransaction()) {
        // What the call wrote is not committed yet: its row commits with it.
        m_queue.append(std::move(entry));
        if (m_queue.size() >= kMaxQueued)
            flushBatchRows();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start(kFlushDelayMs);
        return;
    }
    qsizetype waiting;
    {
        const QMutexLocker lock(&m_detachedMutex);
        m_detached.append(std::move(entry));
        waiting = m_detached.size();
    }
    // The writer waits for the first row, then for a full batch or the delay.
    if (waiting == 1 || waiting == kMaxQueued)
        m_detachedReady.wakeOne();
}

QList<AuditEntry> AuditLog::takeDetached()
{
    const QMutexLocker lock(&m_detachedMutex);
    return std::exchange(m_detached, {});
}

void AuditLog::flush()
{
    {
        const QMutexLocker lock(&m_detachedMutex);
        if (m_queue.isEmpty() && m_detached.isEmpty())
            return;
    }
    writeOnServerThread(std::exchange(m_queue, {}));
}

void AuditLog::flushBatchRows()
{
    if (!m_queue.isEmpty())
        writeOnServerThread(std::exchange(m_queue, {}));
}

QString AuditLog::appendChained(AuditStore &store, QList<AuditEntry> &rows)
{
    if (m_head.isEmpty())
        m_head = store.lastHash();
    QString last = m_head.isEmpty() ? genesisHash() : m_head;
    for (AuditEntry &e : rows) {
        e.detailsText = e.detailsJson(); // serialized once: hashed, then stored
        e.hash = chainHash(last, e);
        last = e.hash;
    }
    store.append(rows);
    return last;
}

void AuditLog::writeOnServerThread(QList<AuditEntry> rows)
{
    // Inside a call's own transaction the rows would be rolled back with it: after it ends.
    if (m_db.inTransaction()) {
        m_queue = rows + m_queue;
        m_flushTimer.start(kFlushDelayMs);
        return;
    }
    bool lockedHere = false;
    // Runs on a timer and in the destructor too: a database failure must not leave here.
    try {
        Transaction tx(m_db); // the writers' lock: the writer thread is not inside one now
        // Those rows were recorded before these (once a batch is open, every row joins it):
        // written first, the log stays in the order the calls were answered.
        rows = takeDetached() + rows;
        if (rows.isEmpty())
            return;
        if (!m_chainHeldForBatch) {
            m_chain.lock();
            lockedHere = true;
        }
        const QString head = appendChained(m_store, rows);
        tx.commit();
        m_head = head; // in a batch: the head if the batch commits (else cleared below)
        m_flushTimer.stop(); // nothing is left for it (it fired after every batch for nothing)
    } catch (const StorageError &) {
        if (lockedHere)
            m_chain.unlock();
        qCWarning(lcAudit) << "could not write" << rows.size() << "audit rows; will retry";
        m_queue = rows + m_queue;
        m_flushTimer.start(kRetryDelayMs);
        return;
    }
    if (lockedHere && m_db.batchOpen()) {
        // No other thread extends the chain before the batch's fate is known.
        m_chainHeldForBatch = true;
        const auto release = [this] {
            m_chainHeldForBatch = false;
            m_chain.unlock();
        };
        m_db.whenDurable(release, [this, release] {
            m_head.clear(); // rolled back: the stored head is the head again
            release();
        });
    } else if (lockedHere) {
        m_chain.unlock();
    }
    Q_EMIT appended(int(rows.size()));
}

void AuditLog::runWriter()
{
    AuditStore store(m_db);
    QMutexLocker lock(&m_detachedMutex);
    for (;;) {
        while (m_detached.isEmpty() && !m_stopping)
            m_detachedReady.wait(&m_detachedMutex);
        if (m_detached.isEmpty())
            break; // stopping
        // Many rows per commit: wait for a full batch, or the delay.
        QDeadlineTimer deadline(kFlushDelayMs);
        while (m_detached.size() < kMaxQueued && !m_stopping &&
               m_detachedReady.wait(&m_detachedMutex, deadline)) {
        }
        if (m_detached.isEmpty())
            continue; // flush() wrote them meanwhile
        lock.unlock();
        writeDetachedBatch(store);
        lock.relock();
    }
    lock.unlock();
    m_db.closeThreadConnection();
}

void AuditLog::writeDetachedBatch(AuditStore &store)
{
    QList<AuditEntry> rows;
    try {
        Transaction tx(m_db);
        rows = takeDetached(); // inside the transaction: flush() may have written them
        if (rows.isEmpty())
            return;
        const QMutexLocker chain(&m_chain);
        const QString head = appendChained(store, rows);
        tx.commit();
        m_head = head;
    } catch (const StorageError &) {
        qCWarning(lcAudit) << "could not write" << rows.size() << "audit rows; will retry";
        QMutexLocker lock(&m_detachedMutex);
        m_detached = rows + m_detached;
        if (!m_stopping)
            m_detachedReady.wait(&m_detachedMutex, kRetryDelayMs);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, n = int(rows.size())] { Q_EMIT appended(n); }, Qt::QueuedConnection);
}

QString AuditLog::committedHead()
{
    if (m_chainHeldForBatch)
        return m_head;
    const QMutexLocker chain(&m_chain);
    return m_head;
}

namespace {
// The connection a worker opened for one job, closed when the job ends (also by a failure).
struct WorkerConnection
{
    Database &db;
    ~WorkerConnection() { db.closeThreadConnection(); }
};

AuditLog::Page search(AuditStore &store, const AuditLog::SearchJob &job)
{
    const auto rows = store.search(job.filter, job.limit,
                                   job.cursor.isEmpty() ? 0 : Cursor::decode(job.cursor));
    AuditLog::Page page{rows.items, rows.total, {}};
    if (rows.more)
        page.nextCursor = Cursor::encode(rows.items.constLast().seq);
    return page;
}
} // namespace

AuditLog::Page AuditLog::query(const AuditFilter &filter, int limit, const QString &cursor)
{
    return search(m_store, prepareSearch(filter, limit, cursor));
}

AuditLog::SearchJob AuditLog::prepareSearch(const AuditFilter &filter, int limit,
                                            const QString &cursor)
{
    flush();
    return {&m_db, filter, limit, cursor};
}

AuditLog::Page AuditLog::searchOnWorker(const SearchJob &job)
{
    const WorkerConnection connection{*job.db};
    AuditStore store(*job.db);
    return search(store, job);
}

AuditStore::Page AuditLog::queryOffset(const AuditFilter &filter, int offset, int limit)
{
    flush(); // as query(): a search sees every call answered before it
    return m_store.searchOffset(filter, offset, limit);
}

std::optional<AuditLog::Anchor> AuditLog::pruneAnchor(AuditStore &store)
{
    const auto pruned = store.newestWithAction(QStringLiteral("audit.pruned"));
    if (!pruned)
        return std::nullopt;
    return Anchor{pruned->details.value(QStringLiteral("throughSeq")).toInteger(),
                  pruned->details.value(QStringLiteral("throughHash")).toString()};
}

AuditLog::VerifyJob AuditLog::prepareVerify()
{
    flush();
    const QString head = committedHead();
    return {&m_db, head.isEmpty() ? genesisHash() : head};
}

AuditLog::Verdict AuditLog::walk(const VerifyJob &job)
{
    AuditStore store(*job.db);
    Verdict v;
    const std::optional<Anchor> anchor = pruneAnchor(store);
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    store.forEach([&](const AuditEntry &e) {
        ++v.checked;
        if (e.seq != expectedSeq) {
            // The one gap allowed is the one the last retention prune recorded.
            if (anchor && e.seq == anchor->seq + 1 && expectedSeq <= anchor->seq) {
                previous = anchor->hash;
                v.prunedThroughSeq = anchor->seq;
            } else {
                v = {false, v.checked, e.seq, e.id,
                     QStringLiteral("rows %1 to %2 are missing").arg(expectedSeq).arg(e.seq - 1),
                     v.prunedThroughSeq};
                return false;
            }
        }
        if (chainHash(previous, e) != e.hash) {
            v = {false, v.checked, e.seq, e.id,
                 QStringLiteral("row content does not match its hash"), v.prunedThroughSeq};
            return false;
        }
        previous = e.hash;
        expectedSeq = e.seq + 1;
        return e.hash != job.head; // rows written after the check began are the next one's
    });
    if (v.intact && previous != job.head) {
        // The chain is consistent but shorter than what this server wrote: rows were cut off the
        // end.
        v = {false, v.checked, expectedSeq, {}, QStringLiteral("the newest rows were removed"),
             v.prunedThroughSeq};
    }
    return v;
}

AuditLog::Verdict AuditLog::walkOnWorker(const VerifyJob &job)
{
    const WorkerConnection connection{*job.db};
    return walk(job);
}

void AuditLog::setRetentionDays(int days)
{
    m_retentionDays = qMax(0, days);
    if (m_retentionDays == 0) {
        m_pruneTimer.stop();
        return;
    }
    m_pruneTimer.start();
    pruneExpired();
}

void AuditLog::pruneExpired()
{
    if (m_retentionDays == 0)
        return;
    flush();
    std::optional<AuditStore::RowRef> last;
    try {
        last = m_store.newestBefore(Time::nowMs() - m_retentionDays * kDayMs);
    } catch (const StorageError &) { // logged by the storage layer; this runs on a timer
        qCWarning(lcAudit) << "audit retention could not run; the next run tries again";
        return;
    }
    if (!last || last->seq <= 0)
        return;
    AuditEntry record;
    record.actor = QStringLiteral("system");
    record.action = QStringLiteral("audit.pruned");
    record.resource = QStringLiteral("audit");
    record.outcome = 200;
    record.details = {{QStringLiteral("throughSeq"), last->seq},
                      {QStringLiteral("throughHash"), last->hash},
                      {QStringLiteral("retentionDays"), m_retentionDays}};
    AuditLog::record(std::move(record));
    flush(); // the anchor is in the chain before any row goes
    if (!m_queue.isEmpty())
        return; // not written (database busy): the next run tries again
    m_pruneThroughSeq = last->seq;
    deleteNextBatch();
}

void AuditLog::deleteNextBatch()
{
    try {
        if (m_store.deleteThrough(m_pruneThroughSeq, kPruneBatch) == kPruneBatch)
            QTimer::singleShot(0, this, &AuditLog::deleteNextBatch);
    } catch (const StorageError &) {
        qCWarning(lcAudit) << "audit retention could not delete rows; the next run tries again";
    }
}

} // namespace mid
