#include "AuditStore.h"

#include "Database.h"
#include "SqlFilter.h"
#include "StorageError.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace mid {

namespace {
const QString kColumns = QStringLiteral(
    "seq, id, at, actor, action, resource, outcome, ip, user_agent, request_id, details, hash");

AuditEntry fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.at = q.value(2).toLongLong();
    e.actor = q.value(3).toString();
    e.action = q.value(4).toString();
    e.resource = q.value(5).toString();
    e.outcome = q.value(6).toInt();
    e.ip = q.value(7).toString();
    e.userAgent = q.value(8).toString();
    e.requestId = q.value(9).toString();
    e.detailsText = q.value(10).toString().toUtf8();
    e.details = QJsonDocument::fromJson(e.detailsText).object();
    e.hash = q.value(11).toString();
    return e;
}
} // namespace

bool AuditStore::isOpen() const
{
    return m_db.isOpen();
}

QString AuditStore::lastHash()
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    const QString hash = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return hash;
}

void AuditStore::append(const QList<AuditEntry> &rows)
{
    Transaction tx(m_db);
    for (const AuditEntry &e : rows) {
        m_db.exec(QStringLiteral(
                      "INSERT INTO audit_events (id, at, actor, action, resource, outcome, ip, "
                      "user_agent, request_id, details, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                  {e.id, e.at, e.actor, e.action, e.resource, e.outcome, e.ip, e.userAgent,
                   e.requestId, QString::fromUtf8(e.detailsJson()), e.hash});
    }
    tx.commit();
}

AuditStore::Page AuditStore::search(const AuditFilter &f, int limit, qint64 beforeSeq)
{
    SqlFilter where;
    if (!f.actor.isEmpty())
        where.add(QStringLiteral("actor=?"), {f.actor});
    if (!f.action.isEmpty())
        where.add(QStringLiteral("action=?"), {f.action});
    if (!f.resource.isEmpty())
        where.add(QStringLiteral("resource=?"), {f.resource});
    if (f.outcome)
        where.add(QStringLiteral("outcome=?"), {*f.outcome});
    if (f.fromMs)
        where.add(QStringLiteral("at>=?"), {f.fromMs});
    if (f.toMs)
        where.add(QStringLiteral("at<=?"), {f.toMs});
    if (!f.query.isEmpty()) {
        // instr() finds the text literally: no LIKE wildcards to escape.
        where.add(
            QStringLiteral(
                "(instr(actor, ?) OR instr(action, ?) OR instr(resource, ?) OR instr(details, ?))"),
            {f.query, f.query, f.query, f.query});
    }
    Page page;
    page.total = where.count(m_db, QStringLiteral("audit_events"));
    QSqlQuery &q = where.page(m_db, kColumns, QStringLiteral("audit_events"), beforeSeq, limit + 1);
    while (q.next())
        page.items.append(fromRow(q));
    q.finish();
    page.more = page.items.size() > limit;
    if (page.more)
        page.items.removeLast();
    return page;
}

void AuditStore::forEach(const std::function<bool(const AuditEntry &)> &visit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM audit_events ORDER BY seq")))
        throw StorageError::fromSql(q.lastError(), QStringLiteral("audit walk"));
    while (q.next()) {
        if (!visit(fromRow(q)))
            return;
    }
    // A walk cut short by the database must not read as a chain whose newest rows are gone.
    if (q.lastError().isValid())
        throw StorageError::fromSql(q.lastError(), QStringLiteral("audit walk"));
}

std::optional<AuditStore::RowRef> AuditStore::newestBefore(qint64 atMs)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT seq, hash FROM audit_events WHERE seq = "
                       "(SELECT MAX(seq) FROM audit_events WHERE at < ?)"),
        {atMs});
    std::optional<RowRef> row;
    if (q.next())
        row = RowRef{q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return row;
}

std::optional<AuditEntry> AuditStore::newestWithAction(const QString &action)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM audit_events WHERE action = ? "
                                                "ORDER BY seq DESC LIMIT 1"),
                             {action});
    std::optional<AuditEntry> row;
    if (q.next())
        row = fromRow(q);
    q.finish();
    return row;
}

int AuditStore::deleteThrough(qint64 throughSeq, int batch)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("DELETE FROM audit_events WHERE seq IN (SELECT seq FROM audit_events "
                       "WHERE seq <= ? ORDER BY seq DESC LIMIT ?)"),
        {throughSeq, batch});
    const int deleted = q.numRowsAffected();
    q.finish();
    return deleted;
}

} // namespace mid
