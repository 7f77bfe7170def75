#include "PagedRecordsModel.h"

#include "client/ApiResult.h"
#include "models/JsonText.h"

#include <algorithm>

namespace mid::ui {

PagedRecordsModel::PagedRecordsModel(int columnCount, QObject *parent)
    : QAbstractTableModel(parent), m_columnCount(columnCount)
{
}

void PagedRecordsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    clearExtraState();
    m_total = -1;
    endResetModel();
    Q_EMIT totalChanged(m_total);
    ++m_generation;
    requestPage({});
}

std::function<void(const ApiResult &)> PagedRecordsModel::pageAnswer()
{
    setLoading(true);
    return [this, generation = m_generation](const ApiResult &r) {
        if (generation != m_generation)
            return; // the filter changed while this page was on its way
        setLoading(false);
        if (!r.ok()) {
            Q_EMIT loadFailed(r.errorText());
            return;
        }
        m_nextCursor = r.object().value(QStringLiteral("nextCursor")).toString();
        // Only the first page's total counts: later pages are read behind a cursor, so rows
        // added since do not belong to this listing.
        if (m_total < 0) {
            m_total = r.object().value(QStringLiteral("total")).toInteger();
            Q_EMIT totalChanged(m_total);
        }
        appendPage(r);
    };
}

void PagedRecordsModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PagedRecordsModel::adjustTotal(int by)
{
    if (m_total < 0)
        return; // not counted yet: the first page's total will include it
    m_total = qMax<qint64>(0, m_total + by);
    Q_EMIT totalChanged(m_total);
}

QJsonObject PagedRecordsModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int PagedRecordsModel::insertPosition(const QJsonObject &record) const
{
    // The server writes every time in one RFC 3339 form, so the text order is the time order.
    const QString created = jsonText(record, "createdAt");
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const QJsonObject &r) {
        return jsonText(r, "createdAt") <= created;
    });
    return int(it - m_rows.cbegin());
}

int PagedRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

bool PagedRecordsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_nextCursor.isEmpty() && rowCount() < kMaxRows;
}

void PagedRecordsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextCursor);
}

} // namespace mid::ui
