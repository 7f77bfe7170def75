#include "AuditModel.h"

#include "widgets/StatusDelegate.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace mid::ui {

AuditRow AuditRow::fromJson(const QJsonObject &o)
{
    AuditRow r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.seq = o.value(QStringLiteral("seq")).toInteger();
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    r.actor = o.value(QStringLiteral("actor")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.resource = o.value(QStringLiteral("resource")).toString();
    r.outcome = o.value(QStringLiteral("outcome")).toInt();
    r.ip = o.value(QStringLiteral("ip")).toString();
    r.userAgent = o.value(QStringLiteral("userAgent")).toString();
    r.requestId = o.value(QStringLiteral("requestId")).toString();
    r.hash = o.value(QStringLiteral("hash")).toString();
    r.details = o.value(QStringLiteral("details")).toObject();
    return r;
}

AuditModel::AuditModel(AdminClient &api, QObject *parent) : QAbstractTableModel(parent), m_api(api)
{
}

void AuditModel::setFilter(const AdminClient::AuditQuery &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_nextCursor.clear();
    m_total = -1;
    ++m_generation;
    endResetModel();
    Q_EMIT totalChanged(m_total);
    m_loading = false; // an older request still in flight no longer counts
    requestPage({});
}

void AuditModel::requestPage(const QString &cursor)
{
    AdminClient::AuditQuery query = m_filter;
    query.limit = kPageSize;
    query.cursor = cursor;
    const quint64 generation = m_generation;
    setLoading(true);
    m_api.listAudit(query, this, [this, generation](const ApiResult &r) {
        if (generation != m_generation)
            return; // the filter changed meanwhile
        setLoading(false);
        if (!r.ok()) {
            Q_EMIT loadFailed(r.errorText());
            return;
        }
        takePage(r);
    });
    Q_EMIT requestSent();
}

void AuditModel::takePage(const ApiResult &r)
{
    const QJsonObject data = r.object();
    const QJsonArray items = data.value(QStringLiteral("items")).toArray();
    m_nextCursor = data.value(QStringLiteral("nextCursor")).toString();
    if (!items.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
        for (const QJsonValue &item : items)
            m_rows.append(AuditRow::fromJson(item.toObject()));
        endInsertRows();
    }
    // Only the first page's total counts: later pages are read behind a cursor, so rows
    // appended since do not belong to this listing.
    if (m_total < 0) {
        m_total = data.value(QStringLiteral("total")).toInteger();
        Q_EMIT totalChanged(m_total);
    }
}

void AuditModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_nextCursor.isEmpty();
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextCursor);
}

QColor AuditModel::outcomeColor(int outcome)
{
    // The status pills' colours, so "good", "refused" and "broken" read the same everywhere.
    if (outcome >= 500)
        return StatusDelegate::colorFor(QStringLiteral("failed"));
    if (outcome >= 400)
        return StatusDelegate::colorFor(QStringLiteral("suspended"));
    if (outcome >= 200 && outcome < 300)
        return StatusDelegate::colorFor(QStringLiteral("approved"));
    return StatusDelegate::colorFor(QString());
}

QString AuditModel::displayText(const AuditRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return row.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return row.actor;
    case ActionColumn:
        return row.action;
    case ResourceColumn:
        return row.resource;
    case OutcomeColumn:
        return QString::number(row.outcome);
    case IpColumn:
        return row.ip;
    case RequestIdColumn:
        return row.requestId;
    default:
        return {};
    }
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(row.at.toLocalTime(), QLocale::LongFormat);
        return displayText(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn)
            return outcomeColor(row.outcome);
        return {};
    case Qt::FontRole:
        if (index.column() == OutcomeColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OutcomeColumn)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case ResourceColumn:
        return tr("Resource");
    case OutcomeColumn:
        return tr("Outcome");
    case IpColumn:
        return tr("IP");
    case RequestIdColumn:
        return tr("Request ID");
    default:
        return {};
    }
}

} // namespace mid::ui
