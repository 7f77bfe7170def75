#include "SqlFilter.h"

#include "Database.h"

#include <QSqlQuery>

namespace mid {

namespace {
QSqlQuery &bindAndRun(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    Database::run(q);
    return q;
}
} // namespace

void SqlFilter::add(const QString &clause, const QVariantList &values)
{
    m_clauses << clause;
    m_values << values;
}

QString SqlFilter::where() const
{
    return m_clauses.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + m_clauses.join(QStringLiteral(" AND "));
}

qint64 SqlFilter::count(Database &db, const QString &table) const
{
    QSqlQuery &q = bindAndRun(
        db.prepared(QStringLiteral("SELECT COUNT(*) FROM ") + table + where()), m_values);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

QSqlQuery &SqlFilter::page(Database &db, const QString &columns, const QString &table,
                           qint64 beforeSeq, int limit) const
{
    SqlFilter paged = *this;
    if (beforeSeq > 0)
        paged.add(QStringLiteral("seq<?"), {beforeSeq});
    QVariantList values = paged.m_values;
    values << limit;
    return bindAndRun(db.prepared(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") +
                                  table + paged.where() +
                                  QStringLiteral(" ORDER BY seq DESC LIMIT ?")),
                      values);
}

} // namespace mid
