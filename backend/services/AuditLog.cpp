#include "AuditLog.h"

#include "core/ApiError.h"
#include "core/Cursor.h"
#include "core/Ids.h"
#include "core/Time.h"
#include "crypto/Hash.h"

#include <QJsonDocument>
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

AuditLog::AuditLog(Database &db, QObject *parent) : QObject(parent), m_store(db)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &AuditLog::flush);
}

AuditLog::~AuditLog()
{
    if (!m_queue.isEmpty() && m_store.isOpen())
        flush();
}

void AuditLog::start()
{
    m_lastHash = m_store.lastHash();
    if (m_lastHash.isEmpty())
        m_lastHash = genesisHash();
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
        entry.id = Ids::make(QStringLiteral("aud"));
    if (!entry.at)
        entry.at = Time::nowMs();
    m_queue.append(std::move(entry));
    if (m_queue.size() >= kMaxQueued)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(kFlushDelayMs);
}

void AuditLog::flush()
{
    if (m_queue.isEmpty())
        return;
    if (m_lastHash.isEmpty())
        start();
    QString last = m_lastHash;
    for (AuditEntry &e : m_queue) {
        e.hash = chainHash(last, e);
        last = e.hash;
    }
    try {
        m_store.append(m_queue);
    } catch (const ApiError &) {
        qCWarning(lcAudit) << "could not write" << m_queue.size() << "audit rows; will retry";
        m_flushTimer.start(kRetryDelayMs);
        return;
    }
    m_lastHash = last;
    const int n = int(m_queue.size());
    m_queue.clear();
    Q_EMIT appended(n);
}

AuditLog::Page AuditLog::query(const AuditFilter &filter, int limit, const QString &cursor)
{
    flush();
    const auto rows = m_store.search(filter, limit, cursor.isEmpty() ? 0 : Cursor::decode(cursor));
    Page page{rows.items, rows.total, {}};
    if (rows.more)
        page.nextCursor = Cursor::encode(rows.items.constLast().seq);
    return page;
}

AuditLog::Verdict AuditLog::verify()
{
    flush();
    Verdict v;
    QString previous = genesisHash();
    qint64 expectedSeq = 0;
    m_store.forEach([&](const AuditEntry &e) {
        ++v.checked;
        if (expectedSeq && e.seq != expectedSeq) {
            v = {false, v.checked, e.seq, e.id,
                 QStringLiteral("rows %1 to %2 are missing").arg(expectedSeq).arg(e.seq - 1)};
            return false;
        }
        if (chainHash(previous, e) != e.hash) {
            v = {false, v.checked, e.seq, e.id,
                 QStringLiteral("row content does not match its hash")};
            return false;
        }
        previous = e.hash;
        expectedSeq = e.seq + 1;
        return true;
    });
    if (v.intact && previous != m_lastHash && !m_lastHash.isEmpty()) {
        // The chain is consistent but shorter than what this server wrote: rows were cut off the
        // end.
        v = {false, v.checked, expectedSeq, {}, QStringLiteral("the newest rows were removed")};
    }
    return v;
}

} // namespace mid
