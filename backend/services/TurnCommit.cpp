#include "TurnCommit.h"

#include "AuditLog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTurn, "mid.storage.turn")

namespace mid {

TurnCommit::TurnCommit(Database &db, AuditLog &audit, QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit)
{
}

TurnCommit::Scope::Scope(TurnCommit &turn) : m_turn(turn), m_batch(turn.m_db)
{
}

TurnCommit::Scope::~Scope()
{
    // A request that wrote but whose answer does not wait (it failed before the answer, or
    // streams) still has its writes committed at the end of the turn.
    if (m_turn.pending())
        m_turn.scheduleCommit();
}

void TurnCommit::whenDurable(std::function<void()> committed, std::function<void()> failed)
{
    m_db.whenDurable(std::move(committed), std::move(failed));
    if (pending())
        scheduleCommit();
}

void TurnCommit::scheduleCommit()
{
    if (m_commitPosted)
        return;
    m_commitPosted = true;
    // Queued: the commit runs once the event loop has handled every request that was ready
    // in this turn, so they share it.
    QMetaObject::invokeMethod(this, &TurnCommit::commitNow, Qt::QueuedConnection);
}

void TurnCommit::commitNow()
{
    m_commitPosted = false;
    if (!pending())
        return;
    // The turn's audit rows join its batch: they are durable with what they record.
    {
        Database::BatchScope scope(m_db);
        m_audit.flushBatchRows();
    }
    QString error;
    if (!m_db.commitBatch(&error) && m_db.batchOpen()) {
        // A transaction is still open (a nested event loop inside one): the next turn.
        qCDebug(lcTurn) << "batch commit deferred:" << error;
        scheduleCommit();
    }
}

} // namespace mid
