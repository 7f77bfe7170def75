#pragma once

#include "domain/AuditEntry.h"
#include "storage/AuditStore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace mid {

class Database;

// The append-only audit trail of §12. Rows are queued and written together at most
// kFlushDelayMs later (one transaction for many requests: a commit per request would cost
// more than the request itself); each row's hash is
// SHA-256(previous hash ‖ canonical row), so editing or deleting any row breaks the chain.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    explicit AuditLog(Database &db, QObject *parent = nullptr);
    ~AuditLog() override;

    // Reads the last hash of the chain. Call once after the database is open.
    void start();
    void record(AuditEntry entry);
    // Writes everything queued now (also run at shutdown).
    void flush();
    int queued() const { return int(m_queue.size()); }

    struct Page
    {
        QList<AuditEntry> items;
        qint64 total = 0;
        QString nextCursor;
    };
    Page query(const AuditFilter &filter, int limit, const QString &cursor);

    struct Verdict
    {
        bool intact = true;
        qint64 checked = 0;
        qint64 brokenAtSeq = 0;
        QString brokenId;
        QString reason;
    };
    // Walks the whole chain from the first row; stops at the first row that does not match.
    Verdict verify();

    static QString genesisHash();

    static constexpr int kFlushDelayMs = 20;
    static constexpr int kMaxQueued = 64;
    static constexpr int kRetryDelayMs = 1000;

Q_SIGNALS:
    void appended(int rows);

private:
    AuditStore m_store;
    QList<AuditEntry> m_queue;
    QString m_lastHash;
    QTimer m_flushTimer;
};

} // namespace mid
