#include "WebhookEndpointsModel.h"

#include "client/AdminClient.h"
#include "client/EventStream.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"
#include "models/WebhookDeliveriesModel.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPalette>

#include <algorithm>

namespace mid::ui {

WebhookEndpointsModel::WebhookEndpointsModel(AdminClient &api, ClientDirectory &clients,
                                             QObject *parent)
    : QAbstractTableModel(parent), m_api(api), m_clients(clients)
{
    connect(&m_clients, &ClientDirectory::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Client), index(rowCount() - 1, Client));
    });
}

QString WebhookEndpointsModel::eventsLabel(const QJsonObject &endpoint)
{
    QStringList names;
    for (const QJsonValue &v : endpoint.value(QStringLiteral("events")).toArray())
        names << v.toString();
    return names.isEmpty() ? tr("all") : names.join(QStringLiteral(", "));
}

void WebhookEndpointsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT endpointsChanged();
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_api.listWebhookEndpoints({}, this, [this, generation = ++m_generation](const ApiResult &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!r.ok()) {
            Q_EMIT loadFailed(r.errorText());
            return;
        }
        QList<QJsonObject> rows;
        for (const QJsonValue &v : r.items())
            rows.append(v.toObject());
        std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return jsonText(a, "createdAt") > jsonText(b, "createdAt");
        });
        beginResetModel();
        m_rows = rows;
        endResetModel();
        Q_EMIT endpointsChanged();
    });
}

void WebhookEndpointsModel::applyEvent(const StreamEvent &event)
{
    if (!event.type.startsWith(QLatin1String("webhook.endpoint_")))
        return;
    if (event.type == QLatin1String("webhook.endpoint_deleted"))
        removeId(jsonText(event.data, "id"));
    else
        upsert(event.data);
}

void WebhookEndpointsModel::upsert(const QJsonObject &endpoint)
{
    const QString id = jsonText(endpoint, "id");
    if (id.isEmpty() || jsonText(endpoint, "url").isEmpty())
        return;
    QJsonObject clean = endpoint;
    clean.remove(QStringLiteral("secret")); // never kept beyond the dialog that reveals it
    const int row = rowOf(id);
    if (row >= 0) {
        if (jsonText(clean, "updatedAt") < jsonText(m_rows.at(row), "updatedAt"))
            return; // an older picture than the one shown
        m_rows[row] = clean;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        const QString created = jsonText(clean, "createdAt");
        const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const QJsonObject &r) {
            return jsonText(r, "createdAt") <= created;
        });
        const int at = int(it - m_rows.cbegin());
        beginInsertRows({}, at, at);
        m_rows.insert(at, clean);
        endInsertRows();
    }
    Q_EMIT endpointsChanged();
}

void WebhookEndpointsModel::removeId(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT endpointsChanged();
}

int WebhookEndpointsModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&id](const QJsonObject &e) { return jsonText(e, "id") == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QJsonObject WebhookEndpointsModel::endpointAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int WebhookEndpointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookEndpointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookEndpointsModel::displayValue(const QJsonObject &e, int column) const
{
    switch (column) {
    case Client:
        return m_clients.nameOf(jsonText(e, "clientId"));
    case Url:
        return jsonText(e, "url");
    case Events:
        return eventsLabel(e);
    case Status:
        return jsonText(e, "status");
    case Description:
        return jsonText(e, "description");
    case Created:
        return WebhookDeliveriesModel::compactTime(jsonText(e, "createdAt"));
    default:
        return {};
    }
}

QVariant WebhookEndpointsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Client)
            return jsonText(e, "clientId");
        if (index.column() == Status)
            return jsonText(e, "statusReason");
        if (index.column() == Url)
            return tr("%1\nEndpoint ID: %2").arg(jsonText(e, "url"), jsonText(e, "id"));
        if (index.column() == Created)
            return WebhookDeliveriesModel::displayTime(jsonText(e, "createdAt"));
        return displayValue(e, index.column());
    case Qt::FontRole:
        if (index.column() == Url)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Events && e.value(QStringLiteral("events")).toArray().isEmpty())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case SortRole:
        if (index.column() == Created)
            return jsonText(e, "createdAt");
        return displayValue(e, index.column());
    case IdRole:
        return jsonText(e, "id");
    case EndpointRole:
        return e;
    default:
        return {};
    }
}

QVariant WebhookEndpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Client:
        return tr("Client");
    case Url:
        return tr("URL");
    case Events:
        return tr("Events");
    case Status:
        return tr("Status");
    case Description:
        return tr("Description");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace mid::ui
