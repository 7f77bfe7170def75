#include "MessagesModel.h"

#include "client/AdminClient.h"
#include "client/EventStream.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

namespace mid::ui {

// --- helpers

bool MessagesModel::Filter::matches(const QJsonObject &message) const
{
    if (!to.isEmpty() && jsonText(message, "to") != to)
        return false;
    if (!purpose.isEmpty() && jsonText(message, "purpose") != purpose)
        return false;
    return clientId.isEmpty() || jsonText(message, "clientId") == clientId;
}

QString MessagesModel::displayTime(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

QString MessagesModel::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("email"))
        return tr("Email");
    return channel;
}

QString MessagesModel::purposeLabel(const QString &purpose)
{
    if (purpose == QLatin1String("enrollment"))
        return tr("Enrollment code");
    return purpose;
}

QString MessagesModel::codeIn(const QString &body)
{
    static const QRegularExpression code(
        QStringLiteral("(?<![\\d.,])(\\d{4,8})(?!\\d)(?![.,]\\d)"));
    return code.match(body).captured(1);
}

bool MessagesModel::hasBody(const QJsonObject &message)
{
    return message.value(QStringLiteral("body")).isString();
}

QString MessagesModel::tenantLabel(const QJsonObject &message) const
{
    const QString id = jsonText(message, "clientId");
    return id.isEmpty() ? QString() : m_clients.nameOf(id);
}

// --- model

MessagesModel::MessagesModel(AdminClient &api, ClientDirectory &clients, QObject *parent)
    : PagedRecordsModel(ColumnCount, parent), m_api(api), m_clients(clients)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &MessagesModel::applyIncoming);
    // Tenant names arrive after the rows (or change): repaint that column only.
    connect(&m_clients, &ClientDirectory::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Tenant), index(rowCount() - 1, Tenant));
    });
}

void MessagesModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void MessagesModel::clearExtraState()
{
    m_ids.clear();
    m_incoming.clear();
    m_batch.stop();
}

void MessagesModel::requestPage(const QString &cursor)
{
    AdminClient::MessageQuery q;
    q.to = m_filter.to;
    q.purpose = m_filter.purpose;
    q.clientId = m_filter.clientId;
    q.limit = kPageSize;
    q.cursor = cursor;
    m_api.listMessages(q, this, pageAnswer());
}

void MessagesModel::appendPage(const ApiResult &result)
{
    QList<QJsonObject> fresh;
    for (const QJsonValue &v : result.items()) {
        const QJsonObject m = v.toObject();
        const QString id = jsonText(m, "id");
        if (!m_ids.contains(id)) {
            fresh.append(m);
        } else if (const int row = rowOf(id); row >= 0 && !hasBody(m_rows.at(row))) {
            upsert(m); // a live row that came in while this page was on its way
        }
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
        for (const QJsonObject &m : std::as_const(fresh))
            m_ids.insert(jsonText(m, "id"));
        m_rows.append(fresh);
        endInsertRows();
    }
    trimToLimit();
}

void MessagesModel::applyEvent(const StreamEvent &event)
{
    if (event.type != QLatin1String("message.sent") || jsonText(event.data, "id").isEmpty())
        return;
    m_incoming.append(event.data);
    if (!m_batch.isActive())
        m_batch.start();
}

void MessagesModel::applyIncoming()
{
    int wanted = 0;
    for (const QJsonObject &m : std::exchange(m_incoming, {})) {
        if (!m_filter.matches(m) || m_ids.contains(jsonText(m, "id")))
            continue;
        upsert(m); // shown at once; its body follows
        ++wanted;
    }
    if (wanted > 0)
        fillBodies(wanted);
}

void MessagesModel::fillBodies(int count)
{
    // The messages just announced are the newest of the filter: the first page holds them.
    AdminClient::MessageQuery q;
    q.to = m_filter.to;
    q.purpose = m_filter.purpose;
    q.clientId = m_filter.clientId;
    q.limit = std::clamp(2 * count + 10, 20, kPageSize);
    m_api.listMessages(q, this, [this, generation = m_generation](const ApiResult &r) {
        if (generation != m_generation || !r.ok())
            return; // reloaded meanwhile, or the row keeps "not loaded" until F5
        for (const QJsonValue &v : r.items())
            upsert(v.toObject());
    });
}

void MessagesModel::upsert(const QJsonObject &message)
{
    const QString id = jsonText(message, "id");
    if (id.isEmpty() || !m_filter.matches(message))
        return;
    const int row = rowOf(id);
    if (row >= 0) {
        if (hasBody(m_rows.at(row)) || !hasBody(message))
            return; // a message never changes once sent: only a missing body is news
        QJsonObject merged = m_rows.at(row);
        for (auto it = message.begin(); it != message.end(); ++it)
            merged.insert(it.key(), it.value());
        m_rows[row] = merged;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT messageChanged(id);
        return;
    }
    const int at = insertPosition(message);
    if (at == rowCount() && !m_nextCursor.isEmpty())
        return; // older than everything loaded: fetchMore will bring it
    beginInsertRows({}, at, at);
    m_rows.insert(at, message);
    m_ids.insert(id);
    endInsertRows();
    trimToLimit();
    adjustTotal(+1);
    Q_EMIT messageChanged(id);
}

void MessagesModel::trimToLimit()
{
    if (m_rows.size() <= kMaxRows)
        return;
    beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
    for (qsizetype i = kMaxRows; i < m_rows.size(); ++i)
        m_ids.remove(jsonText(m_rows.at(i), "id"));
    m_rows.resize(kMaxRows);
    endRemoveRows();
    m_nextCursor.clear(); // it pointed past the rows just dropped
}

int MessagesModel::rowOf(const QString &id) const
{
    if (!m_ids.contains(id))
        return -1;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&id](const QJsonObject &m) { return jsonText(m, "id") == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QVariant MessagesModel::displayValue(const QJsonObject &m, int column) const
{
    switch (column) {
    case Time:
        return displayTime(jsonText(m, "createdAt"));
    case Channel:
        return channelLabel(jsonText(m, "channel"));
    case To:
        return jsonText(m, "to");
    case Purpose:
        return purposeLabel(jsonText(m, "purpose"));
    case Tenant: {
        const QString tenant = tenantLabel(m);
        return tenant.isEmpty() ? QStringLiteral("—") : tenant;
    }
    case Body:
        if (!hasBody(m))
            return tr("Loading…");
        // One line in the table; the details pane shows it as written.
        return jsonText(m, "body").simplified();
    default:
        return {};
    }
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(m, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(
                QDateTime::fromString(jsonText(m, "createdAt"), Qt::ISODateWithMs).toLocalTime(),
                QLocale::LongFormat);
        if (index.column() == Tenant && jsonText(m, "clientId").isEmpty())
            return tr("Sent for an operator, not for a tenant");
        if (index.column() == Body)
            return hasBody(m) ? jsonText(m, "body") : QString();
        return displayValue(m, index.column());
    case Qt::ForegroundRole:
        if ((index.column() == Body && !hasBody(m)) ||
            (index.column() == Tenant && jsonText(m, "clientId").isEmpty()))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (index.column() == To)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SortRole:
        if (index.column() == Time) {
            // The server gives whole seconds: messages of the same second keep the model's
            // order (the server's, newest first), which the row number says at any moment.
            return jsonText(m, "createdAt") +
                   QStringLiteral("/%1").arg(999999 - index.row(), 6, 10, QLatin1Char('0'));
        }
        return displayValue(m, index.column());
    case IdRole:
        return jsonText(m, "id");
    case MessageRole:
        return m;
    default:
        return {};
    }
}

QVariant MessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Channel:
        return tr("Channel");
    case To:
        return tr("To");
    case Purpose:
        return tr("Purpose");
    case Tenant:
        return tr("Tenant");
    case Body:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace mid::ui
