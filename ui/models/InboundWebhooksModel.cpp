#include "InboundWebhooksModel.h"

#include "client/AdminClient.h"
#include "client/EventStream.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"
#include "models/WebhookDeliveriesModel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace mid::ui {

InboundWebhooksModel::InboundWebhooksModel(AdminClient &api, ClientDirectory &clients,
                                           QObject *parent)
    : PagedRecordsModel(ColumnCount, parent), m_api(api), m_clients(clients)
{
    connect(&m_clients, &ClientDirectory::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Client), index(rowCount() - 1, Client));
    });
}

QString InboundWebhooksModel::providerLabel(const QString &provider)
{
    if (provider == QLatin1String("stripe"))
        return tr("Stripe");
    if (provider == QLatin1String("appstore"))
        return tr("App Store");
    if (provider == QLatin1String("playstore"))
        return tr("Google Play");
    return provider;
}

QStringList InboundWebhooksModel::effectSentences(const QJsonObject &request) const
{
    if (request.value(QStringLiteral("effectsPending")).toBool())
        return {tr("Not known yet: the request is still being acted on.")};
    QStringList out;
    for (const QJsonValue &v : request.value(QStringLiteral("effects")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString clientId = jsonText(e, "clientId");
        const QString name = m_clients.nameOf(clientId);
        const QString who = name.isEmpty() || name == clientId
                                ? clientId
                                : QStringLiteral("%1 (%2)").arg(name, clientId);
        const auto value = [&e](const char *key) {
            const QJsonValue x = e.value(QLatin1String(key));
            return x.isString() ? x.toString()
                   : x.isNull() || x.isUndefined()
                       ? tr("none")
                       : QString::fromUtf8(
                             QJsonDocument(QJsonArray{x}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1);
        };
        out << tr("%1: %2 %3 → %4").arg(who, jsonText(e, "field"), value("from"), value("to"));
    }
    if (!out.isEmpty())
        return out;
    const QString reason = jsonText(request, "reason");
    const QString verdict = jsonText(request, "verdict");
    if (verdict == QLatin1String("duplicate"))
        return {tr("Nothing: the same event was already received (%1).")
                    .arg(jsonText(request, "duplicateOf"))};
    return {reason.isEmpty() ? tr("Nothing.") : tr("Nothing: %1").arg(reason)};
}

void InboundWebhooksModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void InboundWebhooksModel::requestPage(const QString &cursor)
{
    AdminClient::InboundQuery q;
    q.provider = m_filter.provider;
    q.verdict = m_filter.verdict;
    q.limit = kPageSize;
    q.cursor = cursor;
    m_api.listInboundWebhooks(q, this, pageAnswer());
}

void InboundWebhooksModel::appendPage(const ApiResult &result)
{
    const QJsonArray items = result.items();
    if (items.isEmpty())
        return;
    const int room = std::max(0, kMaxRows - rowCount());
    const int count = std::min(int(items.size()), room);
    if (count == 0)
        return;
    beginInsertRows({}, rowCount(), rowCount() + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.append(items.at(i).toObject());
    endInsertRows();
}

void InboundWebhooksModel::applyEvent(const StreamEvent &event)
{
    if (event.type != QLatin1String("webhook.inbound"))
        return;
    const QJsonObject &request = event.data;
    const QString id = jsonText(request, "id");
    if (id.isEmpty() || rowOf(id) >= 0 || isLoading())
        return; // a list on its way includes it
    if ((!m_filter.provider.isEmpty() && jsonText(request, "provider") != m_filter.provider) ||
        (!m_filter.verdict.isEmpty() && jsonText(request, "verdict") != m_filter.verdict))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(request);
    endInsertRows();
    adjustTotal(+1);
}

int InboundWebhooksModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&id](const QJsonObject &r) { return jsonText(r, "id") == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QVariant InboundWebhooksModel::displayValue(const QJsonObject &r, int column) const
{
    switch (column) {
    case Time:
        return WebhookDeliveriesModel::compactTime(jsonText(r, "receivedAt"));
    case Provider:
        return providerLabel(jsonText(r, "provider"));
    case EventType: {
        const QString type = jsonText(r, "eventType");
        return type.isEmpty() ? QStringLiteral("—") : type;
    }
    case Verdict:
        return jsonText(r, "verdict");
    case Reason:
        return jsonText(r, "reason");
    case HttpStatus:
        return r.value(QStringLiteral("status")).toInt();
    case Client: {
        const QString id = jsonText(r, "clientId");
        return id.isEmpty() ? QStringLiteral("—") : m_clients.nameOf(id);
    }
    default:
        return {};
    }
}

QVariant InboundWebhooksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QLocale().toString(
                QDateTime::fromString(jsonText(r, "receivedAt"), Qt::ISODateWithMs).toLocalTime(),
                QLocale::LongFormat);
        if (index.column() == Client)
            return jsonText(r, "clientId");
        return displayValue(r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == HttpStatus)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Client && jsonText(r, "clientId").isEmpty()) ||
            (index.column() == EventType && jsonText(r, "eventType").isEmpty()))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (index.column() == HttpStatus && r.value(QStringLiteral("status")).toInt() >= 400)
            return QColor(0xdc, 0x26, 0x26);
        return {};
    case Qt::FontRole:
        if (index.column() == EventType)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SortRole:
        if (index.column() == Time)
            return jsonText(r, "receivedAt") +
                   QStringLiteral("/%1").arg(999999 - index.row(), 6, 10, QLatin1Char('0'));
        if (index.column() == HttpStatus)
            return r.value(QStringLiteral("status")).toInt();
        return displayValue(r, index.column());
    case IdRole:
        return jsonText(r, "id");
    case RequestRole:
        return r;
    default:
        return {};
    }
}

QVariant InboundWebhooksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Received");
    case Provider:
        return tr("Provider");
    case EventType:
        return tr("Event type");
    case Verdict:
        return tr("Verdict");
    case Reason:
        return tr("Reason");
    case HttpStatus:
        return tr("HTTP");
    case Client:
        return tr("Client");
    default:
        return {};
    }
}

} // namespace mid::ui
