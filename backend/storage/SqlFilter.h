#pragma once

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace mid {

class Database;

// A WHERE clause built from optional filters, values always bound, and the two queries every
// keyset-paged list needs: the total count and one page newest first by `seq`.
class SqlFilter
{
public:
    // `clause` is a condition with one '?' per value, e.g. "status=?".
    void add(const QString &clause, const QVariantList &values);

    qint64 count(Database &db, const QString &table) const;
    // Rows with seq < beforeSeq (all when 0), newest first, at most `limit`.
    QSqlQuery &page(Database &db, const QString &columns, const QString &table, qint64 beforeSeq,
                    int limit) const;

private:
    QString where() const;
    QStringList m_clauses;
    QVariantList m_values;
};

} // namespace mid
