#include "ConsentsModel.h"

#include "client/AdminClient.h"
#include "client/EventStream.h"
#include "models/JsonText.h"
#include "widgets/StatusDelegate.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace mid::ui {

namespace {

QString nextCursorOf(const ApiResult &r)
{
    return r.object().value(QStringLiteral("nextCursor")).toString();
}

} // namespace

// --- ClientDirectory

ClientDirectory::ClientDirectory(AdminClient &api, QObject *parent) : QObject(parent), m_api(api)
{
}

void ClientDirectory::reload()
{
    m_names.clear();
    loadPage({}, ++m_generation);
}

void ClientDirectory::loadPage(const QString &cursor, quint64 generation)
{
    m_api.listClients(cursor, this, [this, generation](const ApiResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            Q_EMIT loadFailed(r.errorText());
            return;
        }
        for (const QJsonValue &v : r.items()) {
            const QJsonObject c = v.toObject();
            m_names.insert(jsonText(c, "clientId"), jsonText(c, "name"));
        }
        Q_EMIT changed();
        const QString next = nextCursorOf(r);
        if (!next.isEmpty())
            loadPage(next, generation);
    });
}

void ClientDirectory::applyEvent(const StreamEvent &event)
{
    if (event.type == QLatin1String("client.deleted")) {
        m_names.remove(jsonText(event.data, "clientId"));
    } else if (event.type == QLatin1String("client.created") ||
               event.type == QLatin1String("client.updated")) {
        m_names.insert(jsonText(event.data, "clientId"), jsonText(event.data, "name"));
    } else {
        return;
    }
    Q_EMIT changed();
}

QString ClientDirectory::nameOf(const QString &clientId) const
{
    const QString name = m_names.value(clientId);
    return name.isEmpty() ? clientId : name;
}

QStringList ClientDirectory::idsByName() const
{
    QStringList ids = m_names.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return nameOf(a).localeAwareCompare(nameOf(b)) < 0;
    });
    return ids;
}

// --- ConsentsModel::Filter

bool ConsentsModel::Filter::matches(const QJsonObject &consent) const
{
    if (!clientId.isEmpty() && jsonText(consent, "clientId") != clientId)
        return false;
    if (!status.isEmpty() && jsonText(consent, "status") != status)
        return false;
    if (!recipient.isEmpty() && !jsonText(consent, "recipient").contains(recipient))
        return false;
    if (from.isValid()) {
        const QDateTime created =
            QDateTime::fromString(jsonText(consent, "createdAt"), Qt::ISODateWithMs);
        if (created.isValid() && created < from)
            return false;
    }
    return true;
}

// --- ConsentsModel

ConsentsModel::ConsentsModel(AdminClient &api, ClientDirectory &clients, QObject *parent)
    : PagedRecordsModel(ColumnCount, parent), m_api(api), m_clients(clients)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &ConsentsModel::applyIncoming);
    // Names arrive after the rows (or change): repaint the client column only.
    connect(&m_clients, &ClientDirectory::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Client), index(rowCount() - 1, Client));
    });
}

QString ConsentsModel::idOf(const QJsonObject &consent)
{
    const QString id = jsonText(consent, "id");
    return id.isEmpty() ? jsonText(consent, "sessionId") : id;
}

QString ConsentsModel::displayState(const QJsonObject &consent)
{
    const QString status = jsonText(consent, "status");
    if (status == QLatin1String("pending") && !jsonText(consent, "scannedAt").isEmpty())
        return QStringLiteral("scanned");
    return status;
}

bool ConsentsModel::isTerminal(const QString &status)
{
    return status == QLatin1String("approved") || status == QLatin1String("rejected") ||
           status == QLatin1String("expired") || status == QLatin1String("revoked");
}

QString ConsentsModel::displayTime(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

void ConsentsModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ConsentsModel::clearExtraState()
{
    m_ids.clear();
    m_idSet.clear();
    m_truncated = false;
}

void ConsentsModel::requestPage(const QString &cursor)
{
    AdminClient::ConsentQuery q;
    q.clientId = m_filter.clientId;
    q.status = m_filter.status;
    q.recipientContains = m_filter.recipient; // the box takes part of a number, as matches() does
    q.from = m_filter.from;
    q.limit = kPageSize;
    q.cursor = cursor;
    m_api.listConsents(q, this, pageAnswer());
}

void ConsentsModel::appendPage(const ApiResult &result)
{
    QList<QJsonObject> fresh;
    for (const QJsonValue &v : result.items()) {
        const QJsonObject c = v.toObject();
        // A live event may already have brought this row in while the page was loading.
        if (!m_idSet.contains(idOf(c)))
            fresh.append(c);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
        for (const QJsonObject &c : std::as_const(fresh)) {
            m_ids.append(idOf(c));
            m_idSet.insert(m_ids.constLast());
        }
        m_rows.append(fresh);
        endInsertRows();
    }
    trimToLimit();
}

void ConsentsModel::applyEvent(const StreamEvent &event)
{
    if (!event.type.startsWith(QLatin1String("consent.")) || event.data.isEmpty())
        return;
    m_incoming.append(event.data);
    if (!m_batch.isActive())
        m_batch.start();
}

void ConsentsModel::applyIncoming()
{
    // New sessions newer than every row go in at the top as one block; everything else
    // (state changes, out-of-order arrivals) row by row.
    const QString newestShown =
        m_rows.isEmpty() ? QString() : jsonText(m_rows.constFirst(), "createdAt");
    QList<QJsonObject> fresh; // oldest first, as they arrived
    QHash<QString, qsizetype> freshAt;
    for (const QJsonObject &c : std::exchange(m_incoming, {})) {
        const QString id = idOf(c);
        if (const auto it = freshAt.constFind(id); it != freshAt.cend()) {
            for (auto f = c.begin(); f != c.end(); ++f)
                fresh[*it].insert(f.key(), f.value());
        } else if (!m_idSet.contains(id) && jsonText(c, "createdAt") >= newestShown) {
            freshAt.insert(id, fresh.size());
            fresh.append(c);
        } else {
            upsert(c);
        }
    }
    fresh.removeIf([this](const QJsonObject &c) { return !m_filter.matches(c); });
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    for (const QJsonObject &c : std::as_const(fresh)) {
        m_rows.prepend(c);
        m_ids.prepend(idOf(c));
        m_idSet.insert(m_ids.constFirst());
    }
    endInsertRows();
    trimToLimit();
}

void ConsentsModel::upsert(const QJsonObject &consent)
{
    const int row = rowOf(idOf(consent));
    // A late event (or an answer overtaken by an event) must not bring a decided session back.
    if (row >= 0 && isTerminal(jsonText(m_rows.at(row), "status")) &&
        !isTerminal(jsonText(consent, "status")))
        return;
    const bool wanted = m_filter.matches(consent);
    if (row >= 0 && wanted) {
        // Keep what only the list answer carries (clientName) when an event lacks it.
        QJsonObject merged = m_rows.at(row);
        for (auto it = consent.begin(); it != consent.end(); ++it)
            merged.insert(it.key(), it.value());
        m_rows[row] = merged;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_idSet.remove(m_ids.takeAt(row));
        endRemoveRows();
    } else if (wanted) {
        const int at = insertPosition(consent);
        // Older than everything loaded while older pages remain: fetchMore will bring it.
        if (at == rowCount() && !m_nextCursor.isEmpty())
            return;
        beginInsertRows({}, at, at);
        m_rows.insert(at, consent);
        m_ids.insert(at, idOf(consent));
        m_idSet.insert(m_ids.at(at));
        endInsertRows();
        trimToLimit();
    }
}

void ConsentsModel::trimToLimit()
{
    if (m_rows.size() <= kMaxRows)
        return;
    beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
    m_rows.resize(kMaxRows);
    for (qsizetype i = kMaxRows; i < m_ids.size(); ++i)
        m_idSet.remove(m_ids.at(i));
    m_ids.resize(kMaxRows);
    endRemoveRows();
    // The cursor pointed past the rows just dropped; fetching from it would leave a gap.
    m_nextCursor.clear();
    m_truncated = true;
}

int ConsentsModel::rowOf(const QString &id) const
{
    // Under load most events are new sessions: the set answers those without a walk.
    return m_idSet.contains(id) ? int(m_ids.indexOf(id)) : -1;
}

QString ConsentsModel::clientLabel(const QJsonObject &consent) const
{
    const QString name = jsonText(consent, "clientName");
    return name.isEmpty() ? m_clients.nameOf(jsonText(consent, "clientId")) : name;
}

QVariant ConsentsModel::displayValue(const QJsonObject &c, int column) const
{
    switch (column) {
    case Created:
        return displayTime(jsonText(c, "createdAt"));
    case SessionId:
        return idOf(c);
    case Client:
        return clientLabel(c);
    case Recipient:
        return jsonText(c, "recipient");
    case Intent:
        return jsonText(c, "intent");
    case Status:
        return displayState(c);
    case Expires:
        return displayTime(jsonText(c, "expiresAt"));
    case Decided:
        return displayTime(jsonText(c, "decidedAt"));
    default:
        return {};
    }
}

QVariant ConsentsModel::sortValue(const QJsonObject &c, int column) const
{
    switch (column) {
    case Created:
        return jsonText(c, "createdAt");
    case Expires:
        return jsonText(c, "expiresAt");
    case Decided:
        return jsonText(c, "decidedAt");
    default:
        return displayValue(c, column);
    }
}

QVariant ConsentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, index.column());
    case Qt::ToolTipRole:
        return index.column() == Status ? StatusDelegate::label(displayState(c))
                                        : displayValue(c, index.column());
    case SortRole:
        return sortValue(c, index.column());
    case IdRole:
        return idOf(c);
    case ConsentRole:
        return c;
    default:
        return {};
    }
}

QVariant ConsentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case SessionId:
        return tr("Session ID");
    case Client:
        return tr("Client");
    case Recipient:
        return tr("Recipient");
    case Intent:
        return tr("Intent");
    case Status:
        return tr("Status");
    case Expires:
        return tr("Expires");
    case Decided:
        return tr("Decided");
    default:
        return {};
    }
}

} // namespace mid::ui
