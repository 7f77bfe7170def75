#include "StatusRecordsModel.h"

#include "client/EventStream.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"

#include <algorithm>
#include <utility>

namespace mid::ui {

bool StatusRecordsModel::Filter::matches(const QJsonObject &record) const
{
    if (!status.isEmpty() && jsonText(record, "status") != status)
        return false;
    return clientId.isEmpty() || jsonText(record, "clientId") == clientId;
}

StatusRecordsModel::StatusRecordsModel(int columns, AdminClient &api, ClientDirectory &clients,
                                       QObject *parent)
    : PagedRecordsModel(columns, parent), m_api(api), m_clients(clients)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &StatusRecordsModel::applyPending);
    // Tenant names arrive after the rows (or change).
    connect(&m_clients, &ClientDirectory::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

void StatusRecordsModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

qint64 StatusRecordsModel::countAll() const
{
    if (m_counts.isEmpty())
        return -1;
    qint64 all = 0;
    for (const qint64 n : m_counts)
        all += n;
    return all;
}

QString StatusRecordsModel::idOf(const QJsonObject &record)
{
    return jsonText(record, "id");
}

QString StatusRecordsModel::tenantOf(const QJsonObject &record) const
{
    const QString name = jsonText(record, "clientName");
    return name.isEmpty() ? m_clients.nameOf(jsonText(record, "clientId")) : name;
}

void StatusRecordsModel::clearExtraState()
{
    m_ids.clear();
    m_pending.clear();
    m_batch.stop();
}

void StatusRecordsModel::requestPage(const QString &cursor)
{
    AdminClient::StatusQuery q;
    q.status = m_filter.status;
    q.clientId = m_filter.clientId;
    q.limit = kPageSize;
    q.cursor = cursor;
    list(q, pageAnswer());
}

void StatusRecordsModel::appendPage(const ApiResult &result)
{
    takeCounts(result.object());
    QList<QJsonObject> fresh;
    for (const QJsonValue &v : result.items()) {
        const QJsonObject record = v.toObject();
        if (!m_ids.contains(idOf(record)))
            fresh.append(record);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
        for (const QJsonObject &record : std::as_const(fresh))
            m_ids.insert(idOf(record));
        m_rows.append(fresh);
        endInsertRows();
    }
    trimToLimit();
}

void StatusRecordsModel::takeCounts(const QJsonObject &listAnswer)
{
    const QJsonObject counts = listAnswer.value(QStringLiteral("counts")).toObject();
    if (counts.isEmpty())
        return;
    m_counts.clear();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        m_counts.insert(it.key(), it.value().toInteger());
    Q_EMIT countsChanged();
}

void StatusRecordsModel::applyEvent(const StreamEvent &event)
{
    const QString id = recordIdOf(event);
    if (!id.isEmpty())
        refresh(id);
}

void StatusRecordsModel::refresh(const QString &id)
{
    m_pending.insert(id);
    if (!m_batch.isActive())
        m_batch.start();
}

void StatusRecordsModel::applyPending()
{
    const quint64 generation = m_generation;
    for (const QString &id : std::exchange(m_pending, {})) {
        read(id, [this, generation](const ApiResult &r) {
            if (generation == m_generation && r.ok())
                upsert(r.object());
        });
    }
    // The counts of every status of the tenant: the first item is enough to carry them.
    AdminClient::StatusQuery q;
    q.clientId = m_filter.clientId;
    q.limit = 1;
    list(q, [this, generation](const ApiResult &r) {
        if (generation == m_generation && r.ok())
            takeCounts(r.object());
    });
}

void StatusRecordsModel::upsert(const QJsonObject &record)
{
    const QString id = idOf(record);
    if (id.isEmpty())
        return;
    const int row = rowOf(id);
    if (row >= 0) {
        QJsonObject merged = m_rows.at(row);
        for (auto it = record.begin(); it != record.end(); ++it)
            merged.insert(it.key(), it.value());
        if (!m_filter.matches(merged) && id != m_shownId) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_ids.remove(id);
            endRemoveRows();
            adjustTotal(-1);
            return;
        }
        m_rows[row] = merged;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        Q_EMIT recordChanged(id);
        return;
    }
    if (!m_filter.matches(record))
        return;
    const int at = insertPosition(record);
    if (at == rowCount() && !m_nextCursor.isEmpty())
        return; // older than everything loaded: fetchMore will bring it
    beginInsertRows({}, at, at);
    m_rows.insert(at, record);
    m_ids.insert(id);
    endInsertRows();
    trimToLimit();
    adjustTotal(+1);
    Q_EMIT recordChanged(id);
}

void StatusRecordsModel::trimToLimit()
{
    if (m_rows.size() <= kMaxRows)
        return;
    beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
    for (qsizetype i = kMaxRows; i < m_rows.size(); ++i)
        m_ids.remove(idOf(m_rows.at(i)));
    m_rows.resize(kMaxRows);
    endRemoveRows();
    m_nextCursor.clear(); // it pointed past the rows just dropped
}

int StatusRecordsModel::rowOf(const QString &id) const
{
    if (!m_ids.contains(id))
        return -1;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&id](const QJsonObject &r) { return idOf(r) == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

} // namespace mid::ui
