#pragma once

#include "domain/AuditEntry.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace mid {

class Database;

// Rows of the append-only audit_events table.
class AuditStore
{
public:
    explicit AuditStore(Database &db) : m_db(db) {}

    bool isOpen() const;
    // The hash of the newest row; empty when there is none.
    QString lastHash();
    // Appends the rows (hashes already set) in one transaction.
    void append(const QList<AuditEntry> &rows);

    struct Page
    {
        QList<AuditEntry> items; // newest first
        qint64 total = 0;
        bool more = false;
    };
    // Rows with seq < beforeSeq (all when 0), newest first: cursor paging, stable while rows
    // are appended.
    Page search(const AuditFilter &filter, int limit, qint64 beforeSeq);
    // The same by position (seed 004's offset/limit): the matching rows newest first, skipping
    // the newest `offset`.
    Page searchOffset(const AuditFilter &filter, int offset, int limit);

    // Every row oldest first, streamed (millions of rows do not sit in memory); stops early
    // when `visit` returns false.
    void forEach(const std::function<bool(const AuditEntry &)> &visit);

    struct RowRef
    {
        qint64 seq = 0;
        QString hash;
    };
    // The newest row written before `atMs`, if any.
    std::optional<RowRef> newestBefore(qint64 atMs);
    // The newest row with this action, if any.
    std::optional<AuditEntry> newestWithAction(const QString &action);
    // Deletes up to `batch` rows with seq <= throughSeq, newest first (so an interrupted
    // prune leaves one gap that ends where the prune record says), and returns how many.
    int deleteThrough(qint64 throughSeq, int batch);

private:
    // The rows matching the filter: read from audit_counts when it is a single actor, a single
    // action or nothing (the listings an operator opens first, which COUNT(*) would walk
    // millions of index entries for), counted otherwise.
    qint64 total(const AuditFilter &filter);
    // Adds `by` (negative: removes) to the kept counts of these rows' actors and actions.
    using ActorAction = std::pair<QString, QString>;
    void adjustCounts(const QList<ActorAction> &rows, int by);

    Database &m_db;
};

} // namespace mid
