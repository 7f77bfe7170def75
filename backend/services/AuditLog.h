#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace mid {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QString id; // aud_…
    qint64 at = 0;
    QString actor;
    QString action;
    QString resource;
    int outcome = 0;
    QString ip;
    QString userAgent;
    QString requestId;
    QJsonObject details;
    QString hash;
    QByteArray detailsText; // details exactly as stored, when read back from the database

    QByteArray detailsJson() const;

    QJsonObject toJson() const;
    // The exact bytes the chain hashes: every field but seq and hash, as netstrings in a
    // fixed order (details as compact JSON with sorted keys).
    QByteArray canonical() const;
};

struct AuditFilter
{
    QString actor, action, resource, query;
    std::optional<int> outcome;
    qint64 fromMs = 0, toMs = 0;
};

// The append-only audit trail of §12. Rows are queued and written together once per
// event-loop turn (one transaction for many requests); each row's hash is
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

Q_SIGNALS:
    void appended(int rows);

private:
    Database &m_db;
    QList<AuditEntry> m_queue;
    QString m_lastHash;
    QTimer m_flushTimer;
};

} // namespace mid
