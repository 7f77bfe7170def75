#include "DevicesModel.h"

#include "client/AdminClient.h"
#include "client/EventStream.h"
#include "models/JsonText.h"
#include "widgets/StatusDelegate.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace mid::ui {

namespace {

QJsonObject deviceInfoOf(const QJsonObject &device)
{
    return device.value(QStringLiteral("deviceInfo")).toObject();
}

} // namespace

// --- helpers

QString DevicesModel::idOf(const QJsonObject &device)
{
    const QString id = jsonText(device, "id");
    return id.isEmpty() ? jsonText(device, "deviceId") : id;
}

QString DevicesModel::statusOf(const QJsonObject &device)
{
    const QString status = jsonText(device, "status");
    return status.isEmpty() ? QStringLiteral("active") : status;
}

int DevicesModel::credentialCount(const QJsonObject &device)
{
    for (const char *key : {"credentialCount", "credentialsCount"}) {
        const QJsonValue v = device.value(QLatin1String(key));
        if (v.isDouble())
            return v.toInt();
    }
    const QJsonValue credentials = device.value(QStringLiteral("credentials"));
    if (credentials.isArray())
        return int(credentials.toArray().size());
    if (credentials.isDouble())
        return credentials.toInt();
    return -1;
}

QString DevicesModel::lastUsedOf(const QJsonObject &device)
{
    QString latest = jsonText(device, "lastUsedAt");
    for (const QJsonValue &c : device.value(QStringLiteral("credentials")).toArray())
        latest = std::max(latest, jsonText(c.toObject(), "lastUsedAt"));
    return latest;
}

QString DevicesModel::displayTime(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

bool DevicesModel::Filter::matches(const QJsonObject &device) const
{
    if (!status.isEmpty() && statusOf(device) != status)
        return false;
    return mobile.isEmpty() || jsonText(device, "mobile").contains(mobile);
}

// --- model

DevicesModel::DevicesModel(AdminClient &api, QObject *parent)
    : PagedRecordsModel(ColumnCount, parent), m_api(api)
{
}

void DevicesModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void DevicesModel::requestPage(const QString &cursor)
{
    AdminClient::DeviceQuery q;
    q.status = m_filter.status;
    // The API narrows by mobile number; a partial number is matched here instead.
    q.limit = kPageSize;
    q.cursor = cursor;
    m_api.listDevices(q, this, pageAnswer());
}

void DevicesModel::appendPage(const ApiResult &result)
{
    QList<QJsonObject> fresh;
    for (const QJsonValue &v : result.items()) {
        const QJsonObject d = v.toObject();
        // A live event may already have brought this row in while the page was loading.
        if (m_filter.matches(d) && rowOf(idOf(d)) < 0)
            fresh.append(d);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    // The list gives devices without their credentials: each row asks for its own count.
    for (const QJsonObject &d : std::as_const(fresh))
        if (credentialCount(d) < 0)
            refresh(idOf(d), {});
}

void DevicesModel::applyEvent(const StreamEvent &event)
{
    // A device that signed something (auth.success, a decided consent) was just used: its
    // "last used" and signature counts moved on.
    if (event.type == QLatin1String("auth.success") ||
        event.type == QLatin1String("consent.approved") ||
        event.type == QLatin1String("consent.rejected")) {
        const QString used = idOf(event.data.value(QStringLiteral("device")).toObject());
        if (!used.isEmpty() && rowOf(used) >= 0)
            refresh(used, {});
        return;
    }
    if (!event.type.startsWith(QLatin1String("device.")) &&
        event.type != QLatin1String("enrollment.completed"))
        return;
    QJsonObject data = event.data;
    // Some events nest the device ({device: {...}}); some carry only its id.
    if (data.value(QStringLiteral("device")).isObject())
        data = data.value(QStringLiteral("device")).toObject();
    const QString id = idOf(data);
    if (id.isEmpty())
        return;
    QString fallback;
    if (event.type == QLatin1String("device.deregistered"))
        fallback = QStringLiteral("deregistered");
    else if (event.type == QLatin1String("device.blocked"))
        fallback = QStringLiteral("blocked");
    else if (event.type == QLatin1String("device.unblocked"))
        fallback = QStringLiteral("active");
    if (!fallback.isEmpty() && !data.contains(QStringLiteral("status")))
        data.insert(QStringLiteral("status"), fallback);
    const bool complete = data.contains(QStringLiteral("mobile")) && credentialCount(data) >= 0;
    if (complete || rowOf(id) >= 0)
        upsert(data);
    if (!complete)
        refresh(id, fallback); // the event is a notice: read the device itself
}

void DevicesModel::refresh(const QString &id, const QString &fallbackStatus)
{
    const quint64 generation = m_generation;
    m_api.getDevice(id, this, [this, id, generation, fallbackStatus](const ApiResult &r) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            upsert(r.object());
        } else if (r.status == 404 && rowOf(id) >= 0) {
            // Gone from the API: a deregistered device the server no longer lists.
            QJsonObject gone = deviceById(id);
            gone.insert(QStringLiteral("status"),
                        fallbackStatus.isEmpty() ? QStringLiteral("deregistered") : fallbackStatus);
            upsert(gone);
        }
    });
}

void DevicesModel::upsert(const QJsonObject &device)
{
    const QString id = idOf(device);
    if (id.isEmpty())
        return;
    const int row = rowOf(id);
    QJsonObject merged = row >= 0 ? m_rows.at(row) : QJsonObject();
    for (auto it = device.begin(); it != device.end(); ++it)
        merged.insert(it.key(), it.value());
    const bool wanted = m_filter.matches(merged) && merged.contains(QStringLiteral("mobile"));
    if (row >= 0 && wanted) {
        m_rows[row] = merged;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (wanted) {
        const int at = insertPosition(merged);
        if (at == rowCount() && !m_nextCursor.isEmpty())
            return; // older than everything loaded: fetchMore will bring it
        beginInsertRows({}, at, at);
        m_rows.insert(at, merged);
        endInsertRows();
        if (m_rows.size() > kMaxRows) {
            beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
            m_rows.resize(kMaxRows);
            endRemoveRows();
            m_nextCursor.clear();
        }
    }
    Q_EMIT deviceChanged(id);
}

int DevicesModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (idOf(m_rows.at(i)) == id)
            return i;
    return -1;
}

QVariant DevicesModel::displayValue(const QJsonObject &d, int column) const
{
    const QJsonObject info = deviceInfoOf(d);
    switch (column) {
    case Mobile:
        return jsonText(d, "mobile");
    case Model: {
        const QString model = jsonText(d, "model");
        return model.isEmpty() ? jsonText(info, "model") : model;
    }
    case Os: {
        const QString os = jsonText(d, "os");
        return os.isEmpty() ? jsonText(info, "os") : os;
    }
    case Status:
        return statusOf(d);
    case Credentials: {
        const int n = credentialCount(d);
        return n < 0 ? QVariant() : QVariant(n);
    }
    case LastUsed: {
        const QString t = displayTime(lastUsedOf(d));
        return t.isEmpty() ? tr("Never") : t;
    }
    case Registered:
        return displayTime(jsonText(d, "createdAt"));
    default:
        return {};
    }
}

QVariant DevicesModel::sortValue(const QJsonObject &d, int column) const
{
    switch (column) {
    case LastUsed:
        return lastUsedOf(d);
    case Registered:
        return jsonText(d, "createdAt");
    case Credentials:
        return credentialCount(d);
    default:
        return displayValue(d, column);
    }
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(d, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status) {
            const QString reason = jsonText(d, "blockReason");
            const QString label = StatusDelegate::label(statusOf(d));
            return reason.isEmpty() ? label : tr("%1: %2").arg(label, reason);
        }
        return displayValue(d, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Credentials)
            return int(Qt::AlignCenter);
        return {};
    case SortRole:
        return sortValue(d, index.column());
    case IdRole:
        return idOf(d);
    case DeviceRole:
        return d;
    default:
        return {};
    }
}

QVariant DevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Mobile:
        return tr("Mobile");
    case Model:
        return tr("Model");
    case Os:
        return tr("OS");
    case Status:
        return tr("Status");
    case Credentials:
        return tr("Credentials");
    case LastUsed:
        return tr("Last used");
    case Registered:
        return tr("Registered");
    default:
        return {};
    }
}

} // namespace mid::ui
