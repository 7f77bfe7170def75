#include "AuditStore.h"

#include "Database.h"
#include "SqlFilter.h"
#include "StorageError.h"

#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace mid {

namespace {
const QString kColumns = QStringLiteral(
    "seq, id, at, actor, action, resource, outcome, ip, user_agent, request_id, details, hash");

const QString kTable = QStringLiteral("audit_events");

// One condition of a search with its values, bound in order.
struct Condition
{
    QString clause;
    QVariantList values;
};
using Conditions = QList<Condition>;

Conditions conditionsFor(const AuditFilter &f)
{
    Conditions c;
    const auto exact = [&c](const QString &clause, const QString &value) {
        if (!value.isEmpty())
            c.append({clause, {value}});
    };
    exact(QStringLiteral("actor=?"), f.actor);
    exact(QStringLiteral("action=?"), f.action);
    exact(QStringLiteral("resource=?"), f.resource);
    // Spelled exactly as the expressions of the audit_events_user and audit_events_client
    // indexes (migration 7): SQLite uses an expression index only for the same expression.
    exact(QStringLiteral("json_extract(details, '$.userId') = ?"), f.userId);
    exact(QStringLiteral("json_extract(details, '$.mpinId') = ?"), f.mpinId);
    exact(QStringLiteral("json_extract(details, '$.deviceName') = ?"), f.deviceName);
    if (!f.tenant.isEmpty()) {
        // Both sides indexed (actor, details.clientId): SQLite answers the OR from two indexes.
        c.append({QStringLiteral("(actor = ? OR json_extract(details, '$.clientId') = ?)"),
                  {f.tenant, f.tenant}});
    }
    if (f.outcome)
        c.append({QStringLiteral("outcome=?"), {*f.outcome}});
    if (f.fromMs)
        c.append({QStringLiteral("at>=?"), {f.fromMs}});
    if (f.toMs)
        c.append({QStringLiteral("at<=?"), {f.toMs}});
    if (!f.query.isEmpty()) {
        // instr() finds the text literally: no LIKE wildcards to escape.
        c.append({QStringLiteral("(instr(actor, ?) OR instr(action, ?) OR instr(resource, ?) OR "
                                 "instr(details, ?))"),
                  {f.query, f.query, f.query, f.query}});
    }
    return c;
}

SqlFilter sqlFor(const Conditions &conditions)
{
    SqlFilter where;
    for (const Condition &c : conditions)
        where.add(c.clause, c.values);
    return where;
}

// SqlFilter pages by seq, so an offset becomes "seq at or below that of the row `offset` places
// from the newest", found by the same conditions in a subquery: SQLite steps over the skipped
// rows inside an index instead of this code reading each of them.
Condition atOrBelowOffset(const Conditions &conditions, int offset)
{
    QStringList clauses;
    Condition from;
    for (const Condition &c : conditions) {
        clauses << c.clause;
        from.values << c.values;
    }
    from.values << offset;
    const QString where = clauses.isEmpty()
                              ? QString()
                              : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    // Past the last row the subquery is NULL, and seq <= NULL matches nothing.
    from.clause = QStringLiteral("seq <= (SELECT seq FROM ") + kTable + where +
                  QStringLiteral(" ORDER BY seq DESC LIMIT 1 OFFSET ?)");
    return from;
}

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

AuditStore::Page readPage(Database &db, const SqlFilter &where, qint64 total, int limit,
                          qint64 beforeSeq)
{
    AuditStore::Page page;
    page.total = total;
    QSqlQuery &q = where.page(db, kColumns, kTable, beforeSeq, limit + 1);
    while (q.next())
        page.items.append(fromRow(q));
    q.finish();
    page.more = page.items.size() > limit;
    if (page.more)
        page.items.removeLast();
    return page;
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
    QList<ActorAction> counted;
    counted.reserve(rows.size());
    for (const AuditEntry &e : rows) {
        // Every call writes one of these: through SQLite directly (Database::native).
        NativeStatement insert =
            m_db.native("INSERT INTO audit_events (id, at, actor, action, resource, outcome, ip, "
                        "user_agent, request_id, details, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        insert.bind(1, e.id);
        insert.bind(2, e.at);
        insert.bind(3, e.actor);
        insert.bind(4, e.action);
        insert.bind(5, e.resource);
        insert.bind(6, qint64(e.outcome));
        insert.bind(7, e.ip);
        insert.bind(8, e.userAgent);
        insert.bind(9, e.requestId);
        insert.bind(10, e.detailsJson());
        insert.bind(11, e.hash);
        insert.run();
        counted.append({e.actor, e.action});
    }
    adjustCounts(counted, 1);
    tx.commit();
}

void AuditStore::adjustCounts(const QList<ActorAction> &rows, int by)
{
    if (rows.isEmpty())
        return;
    // One upsert per actor and action of the batch (a flush of 64 calls of one tenant: three).
    QMap<std::pair<QString, QString>, qint64> change;
    change[{QStringLiteral("all"), QString()}] += by * rows.size();
    for (const auto &[actor, action] : rows) {
        change[{QStringLiteral("actor"), actor}] += by;
        change[{QStringLiteral("action"), action}] += by;
    }
    for (auto it = change.cbegin(); it != change.cend(); ++it) {
        NativeStatement upsert = m_db.native(
            "INSERT INTO audit_counts (field, value, rows) VALUES (?,?,?) "
            "ON CONFLICT(field, value) DO UPDATE SET rows = rows + excluded.rows");
        upsert.bind(1, it.key().first);
        upsert.bind(2, it.key().second); // a null QString binds ""
        upsert.bind(3, it.value());
        upsert.run();
    }
}

qint64 AuditStore::total(const AuditFilter &f)
{
    const bool byActorOrActionAtMost =
        (f.actor.isEmpty() || f.action.isEmpty()) && f.resource.isEmpty() && f.query.isEmpty() &&
        f.userId.isEmpty() && f.mpinId.isEmpty() && f.deviceName.isEmpty() &&
        f.tenant.isEmpty() && !f.outcome && !f.fromMs && !f.toMs;
    if (!byActorOrActionAtMost)
        return sqlFor(conditionsFor(f)).count(m_db, kTable);
    const auto [field, value] =
        !f.actor.isEmpty()    ? std::pair(QStringLiteral("actor"), f.actor)
        : !f.action.isEmpty() ? std::pair(QStringLiteral("action"), f.action)
                              : std::pair(QStringLiteral("all"), QStringLiteral(""));
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT rows FROM audit_counts WHERE field=? AND value=?"), {field, value});
    const qint64 rows = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return rows;
}

AuditStore::Page AuditStore::search(const AuditFilter &f, int limit, qint64 beforeSeq)
{
    const SqlFilter where = sqlFor(conditionsFor(f));
    return readPage(m_db, where, total(f), limit, beforeSeq);
}

AuditStore::Page AuditStore::searchOffset(const AuditFilter &f, int offset, int limit)
{
    const Conditions conditions = conditionsFor(f);
    SqlFilter where = sqlFor(conditions);
    const qint64 total = this->total(f);
    if (offset > 0) {
        const Condition from = atOrBelowOffset(conditions, offset);
        where.add(from.clause, from.values);
    }
    return readPage(m_db, where, total, limit, 0);
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
    Transaction tx(m_db);
    QSqlQuery &q = m_db.exec(
        QStringLiteral("DELETE FROM audit_events WHERE seq IN (SELECT seq FROM audit_events "
                       "WHERE seq <= ? ORDER BY seq DESC LIMIT ?) RETURNING actor, action"),
        {throughSeq, batch});
    QList<ActorAction> deleted;
    while (q.next())
        deleted.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    adjustCounts(deleted, -1);
    tx.commit();
    return int(deleted.size());
}

} // namespace mid
