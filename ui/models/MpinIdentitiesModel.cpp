#include "MpinIdentitiesModel.h"

#include "client/AdminClient.h"
#include "client/EventStream.h"
#include "models/DevicesModel.h"
#include "models/JsonText.h"
#include "widgets/StatusDelegate.h"

namespace mid::ui {

// --- helpers

QString MpinIdentitiesModel::idOf(const QJsonObject &identity)
{
    return jsonText(identity, "mpinId");
}

QString MpinIdentitiesModel::stateOf(const QJsonObject &identity)
{
    const QString status = jsonText(identity, "status");
    if (!status.isEmpty())
        return status;
    return identity.value(QStringLiteral("revoked")).toBool() ? QStringLiteral("revoked")
                                                              : QStringLiteral("active");
}

QString MpinIdentitiesModel::projectOf(const QJsonObject &identity)
{
    const QString name = jsonText(identity, "clientName");
    return name.isEmpty() ? jsonText(identity, "clientId") : name;
}

QString MpinIdentitiesModel::summary(const QJsonObject &i)
{
    const bool dvs = i.value(QStringLiteral("dvs")).toBool();
    QStringList parts{tr("Project %1").arg(projectOf(i)), dvs ? tr("DVS key") : tr("no DVS key")};
    const QString activated = DevicesModel::displayTime(jsonText(i, "activatedAt"));
    if (!activated.isEmpty())
        parts << tr("activated %1").arg(activated);
    if (stateOf(i) == QLatin1String("revoked")) {
        const QString reason = jsonText(i, "revokeReason");
        const QString when = DevicesModel::displayTime(jsonText(i, "revokedAt"));
        parts << (reason.isEmpty() ? tr("revoked %1").arg(when)
                                   : tr("revoked %1: %2").arg(when, reason));
    }
    return parts.join(QStringLiteral(" · "));
}

// --- model

MpinIdentitiesModel::MpinIdentitiesModel(AdminClient &api, QObject *parent)
    : PagedRecordsModel(ColumnCount, parent), m_api(api)
{
}

void MpinIdentitiesModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

bool MpinIdentitiesModel::matches(const QJsonObject &identity) const
{
    return (m_filter.userId.isEmpty() || jsonText(identity, "userId") == m_filter.userId) &&
           (m_filter.deviceId.isEmpty() || jsonText(identity, "deviceId") == m_filter.deviceId) &&
           (m_filter.state.isEmpty() || stateOf(identity) == m_filter.state);
}

void MpinIdentitiesModel::requestPage(const QString &cursor)
{
    AdminClient::MpinQuery q;
    q.userId = m_filter.userId;
    q.deviceId = m_filter.deviceId;
    if (!m_filter.state.isEmpty())
        q.revoked = m_filter.state == QLatin1String("revoked") ? QStringLiteral("true")
                                                               : QStringLiteral("false");
    q.limit = kPageSize;
    q.cursor = cursor;
    m_api.listMpinIdentities(q, this, pageAnswer());
}

void MpinIdentitiesModel::appendPage(const ApiResult &result)
{
    QList<QJsonObject> fresh;
    for (const QJsonValue &v : result.items()) {
        const QJsonObject i = v.toObject();
        // An activation event may already have brought this row in while the page was loading.
        if (rowOf(idOf(i)) < 0)
            fresh.append(i);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void MpinIdentitiesModel::upsert(const QJsonObject &identity)
{
    const QString id = idOf(identity);
    const int row = rowOf(id);
    const bool wanted = !id.isEmpty() && matches(identity);
    if (row >= 0 && wanted) {
        m_rows[row] = identity;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        adjustTotal(-1);
    } else if (wanted) {
        const int at = insertPosition(identity);
        if (at == rowCount() && !m_nextCursor.isEmpty())
            return; // older than everything loaded: fetchMore will bring it
        beginInsertRows({}, at, at);
        m_rows.insert(at, identity);
        endInsertRows();
        adjustTotal(+1);
    }
}

void MpinIdentitiesModel::applyEvent(const StreamEvent &event)
{
    // An activation completes with the device's registration; a deregistration revokes the
    // device's credentials, which the identities' rows say too.
    const bool activation = event.type == QLatin1String("device.registered") &&
                            event.data.contains(QStringLiteral("mpin"));
    if (!activation && event.type != QLatin1String("device.deregistered"))
        return;
    const QString deviceId = DevicesModel::idOf(event.data);
    if (!m_filter.deviceId.isEmpty() && deviceId != m_filter.deviceId)
        return;
    refreshDevice(deviceId);
}

void MpinIdentitiesModel::refreshDevice(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return;
    AdminClient::MpinQuery q;
    q.deviceId = deviceId;
    q.limit = kPageSize;
    const quint64 generation = m_generation;
    m_api.listMpinIdentities(q, this, [this, generation](const ApiResult &r) {
        if (generation != m_generation || !r.ok())
            return;
        for (const QJsonValue &v : r.items())
            upsert(v.toObject());
    });
}

int MpinIdentitiesModel::rowOf(const QString &mpinId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (idOf(m_rows.at(i)) == mpinId)
            return i;
    return -1;
}

QVariant MpinIdentitiesModel::displayValue(const QJsonObject &i, int column) const
{
    switch (column) {
    case Identity:
        return shortId(idOf(i), 8, 4);
    case User:
        return jsonText(i, "userId");
    case Project:
        return projectOf(i);
    case DeviceName:
        return jsonText(i, "deviceName");
    case Dvs:
        return i.value(QStringLiteral("dvs")).toBool() ? tr("Yes") : tr("No");
    case State:
        return stateOf(i);
    case Activated: {
        const QString at = jsonText(i, "activatedAt");
        return DevicesModel::displayTime(at.isEmpty() ? jsonText(i, "createdAt") : at);
    }
    default:
        return {};
    }
}

QVariant MpinIdentitiesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &i = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(i, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Identity)
            return tr("MPin ID %1 (Ctrl+C copies it)").arg(idOf(i));
        if (index.column() == State && stateOf(i) == QLatin1String("revoked")) {
            const QString reason = jsonText(i, "revokeReason");
            const QString label = StatusDelegate::label(stateOf(i));
            return reason.isEmpty() ? label : tr("%1: %2").arg(label, reason);
        }
        return displayValue(i, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Dvs ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case SortRole:
        return index.column() == Activated ? QVariant(jsonText(i, "activatedAt"))
                                           : displayValue(i, index.column());
    case IdRole:
        return idOf(i);
    case IdentityRole:
        return i;
    default:
        return {};
    }
}

QVariant MpinIdentitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Identity:
        return tr("MPin ID");
    case User:
        return tr("User");
    case Project:
        return tr("Project");
    case DeviceName:
        return tr("Device name");
    case Dvs:
        return tr("DVS");
    case State:
        return tr("State");
    case Activated:
        return tr("Activated");
    default:
        return {};
    }
}

} // namespace mid::ui
