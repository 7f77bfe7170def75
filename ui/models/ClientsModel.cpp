#include "ClientsModel.h"

#include "client/AdminClient.h"
#include "widgets/StatusDelegate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <utility>

namespace mid::ui {

namespace {
// §11 of the API: the fixed limits of every plan but enterprise (per minute, day, concurrent).
struct PlanLimits
{
    qint64 perMinute, perDay, concurrent;
};
PlanLimits planLimits(const QString &plan)
{
    if (plan == QLatin1String("basic"))
        return {300, 50000, 25};
    if (plan == QLatin1String("growth"))
        return {1000, 500000, 50};
    return {60, 1000, 5};
}

QString limitValue(const QJsonValue &v)
{
    return v.isDouble() ? QLocale().toString(qint64(v.toDouble())) : ClientText::tr("unlimited");
}
} // namespace

const QStringList &ClientText::plans()
{
    static const QStringList p = {QStringLiteral("free"), QStringLiteral("basic"),
                                  QStringLiteral("growth"), QStringLiteral("enterprise")};
    return p;
}

const QStringList &ClientText::scopes()
{
    static const QStringList s = {QStringLiteral("consents"), QStringLiteral("fido"),
                                  QStringLiteral("devices"),  QStringLiteral("enrollments"),
                                  QStringLiteral("qr"),       QStringLiteral("identity"),
                                  QStringLiteral("signing"),  QStringLiteral("mpin")};
    return s;
}

const QStringList &ClientText::qrPayloads()
{
    static const QStringList p = {QStringLiteral("approval"), QStringLiteral("deeplink")};
    return p;
}

QString ClientText::planLabel(const QString &plan)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("free"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "Free")},
        {QStringLiteral("basic"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "Basic")},
        {QStringLiteral("growth"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "Growth")},
        {QStringLiteral("enterprise"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "Enterprise")},
    };
    const char *name = names.value(plan);
    return name ? tr(name) : plan;
}

QString ClientText::scopeLabel(const QString &scope)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("consents"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "Consents")},
        {QStringLiteral("fido"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "FIDO2")},
        {QStringLiteral("devices"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "Devices")},
        {QStringLiteral("enrollments"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "Enrollments")},
        {QStringLiteral("qr"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "QR codes")},
        {QStringLiteral("identity"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "Identity")},
        {QStringLiteral("signing"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "Signing")},
        {QStringLiteral("mpin"), QT_TRANSLATE_NOOP("mid::ui::ClientText", "MPin")},
    };
    const char *name = names.value(scope);
    return name ? tr(name) : scope;
}

QString ClientText::qrPayloadLabel(const QString &payload)
{
    if (payload == QLatin1String("deeplink"))
        return tr("Deep link (mobid://)");
    return tr("Approval page (web)");
}

QString ClientText::limitsText(const QJsonObject &client)
{
    const QString plan = client.value(QStringLiteral("plan")).toString();
    if (plan != QLatin1String("enterprise")) {
        const PlanLimits l = planLimits(plan);
        return tr("%1 / min · %2 / day · %3 concurrent (plan)")
            .arg(QLocale().toString(l.perMinute), QLocale().toString(l.perDay),
                 QLocale().toString(l.concurrent));
    }
    const QJsonValue limits = client.value(QStringLiteral("rateLimits"));
    if (!limits.isObject())
        return tr("Unlimited");
    const QJsonObject o = limits.toObject();
    return tr("%1 / min · %2 / day · %3 concurrent")
        .arg(limitValue(o.value(QStringLiteral("perMinute"))),
             limitValue(o.value(QStringLiteral("perDay"))),
             limitValue(o.value(QStringLiteral("concurrent"))));
}

QString ClientText::timeText(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : rfc3339;
}

namespace {
QString idOf(const QJsonObject &client)
{
    return client.value(QStringLiteral("clientId")).toString();
}

QStringList scopeLabels(const QJsonObject &client)
{
    QStringList labels;
    for (const QJsonValue &s : client.value(QStringLiteral("scopes")).toArray())
        labels << ClientText::scopeLabel(s.toString());
    return labels;
}
} // namespace

ClientsModel::ClientsModel(AdminClient &api, QObject *parent)
    : QAbstractTableModel(parent), m_api(api)
{
}

void ClientsModel::reload()
{
    beginResetModel();
    m_clients.clear();
    endResetModel();
    m_incoming.clear();
    m_heldEvents.clear();
    m_loading = true;
    loadPage(QString(), ++m_generation);
}

void ClientsModel::loadPage(const QString &cursor, quint64 generation)
{
    m_api.listClients(cursor, this, [this, generation](const ApiResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_loading = false;
            m_heldEvents.clear();
            Q_EMIT loadFailed(r.errorText());
            return;
        }
        for (const QJsonValue &v : r.items())
            m_incoming.append(v.toObject());
        const QString next = r.object().value(QStringLiteral("nextCursor")).toString();
        if (next.isEmpty())
            finishLoad();
        else
            loadPage(next, generation);
    });
}

void ClientsModel::finishLoad()
{
    beginResetModel();
    m_clients = std::exchange(m_incoming, {});
    endResetModel();
    m_loading = false;
    // What changed while the pages were read may be missing from them: apply it now.
    for (const StreamEvent &e : std::exchange(m_heldEvents, {}))
        applyEvent(e);
    Q_EMIT loaded();
}

void ClientsModel::applyEvent(const StreamEvent &event)
{
    if (!event.type.startsWith(QLatin1String("client.")))
        return;
    if (m_loading) {
        m_heldEvents.append(event);
        return;
    }
    if (event.type == QLatin1String("client.deleted")) {
        const QString id = event.data.value(QStringLiteral("clientId")).toString();
        removeClient(id.isEmpty() ? event.clientId : id);
    } else if (event.type == QLatin1String("client.created") ||
               event.type == QLatin1String("client.updated") ||
               event.type == QLatin1String("client.key_regenerated")) {
        upsert(event.data);
    }
}

void ClientsModel::upsert(const QJsonObject &client)
{
    const QString id = idOf(client);
    if (id.isEmpty())
        return;
    const int row = rowOf(id);
    if (row < 0) {
        beginInsertRows({}, int(m_clients.size()), int(m_clients.size()));
        m_clients.append(client);
        endInsertRows();
    } else {
        m_clients[row] = client;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    Q_EMIT clientChanged(id);
}

void ClientsModel::removeClient(const QString &clientId)
{
    const int row = rowOf(clientId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_clients.removeAt(row);
    endRemoveRows();
    Q_EMIT clientChanged(clientId);
}

int ClientsModel::rowOf(const QString &clientId) const
{
    for (int row = 0; row < m_clients.size(); ++row)
        if (idOf(m_clients.at(row)) == clientId)
            return row;
    return -1;
}

int ClientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientsModel::displayValue(const QJsonObject &client, int column) const
{
    switch (column) {
    case NameColumn:
        return client.value(QStringLiteral("name")).toString();
    case IdColumn:
        return idOf(client);
    case PlanColumn:
        return ClientText::planLabel(client.value(QStringLiteral("plan")).toString());
    case StatusColumn: // the raw word: StatusDelegate paints it as a translated pill
        return client.value(QStringLiteral("status")).toString();
    case ScopesColumn:
        return scopeLabels(client).join(QStringLiteral(", "));
    case CreatedColumn:
        return ClientText::timeText(client.value(QStringLiteral("createdAt")).toString());
    }
    return {};
}

QVariant ClientsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_clients.size())
        return {};
    const QJsonObject &client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(client, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return StatusDelegate::label(client.value(QStringLiteral("status")).toString());
        return displayValue(client, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return StatusDelegate::label(client.value(QStringLiteral("status")).toString());
        return displayValue(client, index.column());
    case ClientIdRole:
        return idOf(client);
    case SortRole:
        if (index.column() == CreatedColumn) // RFC 3339 UTC sorts as text
            return client.value(QStringLiteral("createdAt")).toString();
        if (index.column() == PlanColumn) // by size of plan, not by its name
            return ClientText::plans().indexOf(client.value(QStringLiteral("plan")).toString());
        return displayValue(client, index.column()).toString().toLower();
    }
    return {};
}

QVariant ClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Client ID");
    case PlanColumn:
        return tr("Plan");
    case StatusColumn:
        return tr("Status");
    case ScopesColumn:
        return tr("Scopes");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void ClientsFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ClientsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const auto *model = sourceModel();
    for (int column :
         {ClientsModel::NameColumn, ClientsModel::IdColumn, ClientsModel::PlanColumn}) {
        const QModelIndex i = model->index(sourceRow, column, sourceParent);
        if (i.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace mid::ui
