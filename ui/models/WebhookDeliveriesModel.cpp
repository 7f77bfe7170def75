#include "WebhookDeliveriesModel.h"

#include "domain/WebhookEvents.h"

#include "client/AdminClient.h"
#include "client/EventStream.h"
#include "models/JsonText.h"

#include <QJsonArray>

#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QUrl>

#include <algorithm>

namespace mid::ui {

namespace {
bool waits(const QJsonObject &d)
{
    const QString s = jsonText(d, "status");
    return s == QLatin1String("pending") || s == QLatin1String("retrying");
}
} // namespace

bool WebhookDeliveriesModel::Filter::matches(const QJsonObject &d) const
{
    if (!clientId.isEmpty() && jsonText(d, "clientId") != clientId)
        return false;
    if (!endpointId.isEmpty() && jsonText(d, "endpointId") != endpointId)
        return false;
    if (!event.isEmpty() && jsonText(d, "event") != event)
        return false;
    if (!status.isEmpty() && jsonText(d, "status") != status)
        return false;
    return resource.isEmpty() || jsonText(d, "resource") == resource;
}

QString WebhookDeliveriesModel::displayTime(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

QString WebhookDeliveriesModel::compactTime(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs).toLocalTime();
    if (!t.isValid())
        return {};
    if (t.date() == QDate::currentDate())
        return t.toString(QStringLiteral("HH:mm:ss"));
    return QLocale().toString(t, QStringLiteral("d MMM HH:mm"));
}

QString WebhookDeliveriesModel::relativeTime(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    const qint64 s = QDateTime::currentDateTimeUtc().secsTo(t);
    if (s <= 0)
        return tr("now");
    if (s < 120)
        return tr("in %1 s").arg(s);
    if (s < 2 * 3600)
        return tr("in %1 min").arg(s / 60);
    return tr("in %1 h").arg(s / 3600);
}

QString WebhookDeliveriesModel::endpointLabel(const QJsonObject &d)
{
    if (d.value(QStringLiteral("endpointId")).isNull())
        return tr("callback");
    return jsonText(d, "url");
}

const QStringList &WebhookDeliveriesModel::deliverableEvents()
{
    // §9's list, as the server keeps it (the domain rule the console links too).
    return webhookEventNames();
}

WebhookDeliveriesModel::WebhookDeliveriesModel(AdminClient &api, QObject *parent)
    : PagedRecordsModel(ColumnCount, parent), m_api(api)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &WebhookDeliveriesModel::readNewest);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &WebhookDeliveriesModel::tick);
}

void WebhookDeliveriesModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void WebhookDeliveriesModel::clearExtraState()
{
    m_ids.clear();
    m_batch.stop();
    m_ticker.stop();
}

void WebhookDeliveriesModel::requestPage(const QString &cursor)
{
    AdminClient::DeliveryQuery q;
    q.clientId = m_filter.clientId;
    q.endpointId = m_filter.endpointId;
    q.event = m_filter.event;
    q.status = m_filter.status;
    q.resource = m_filter.resource;
    q.limit = kPageSize;
    q.cursor = cursor;
    m_api.listWebhookDeliveries(q, this, pageAnswer());
}

void WebhookDeliveriesModel::appendPage(const ApiResult &result)
{
    QList<QJsonObject> fresh;
    for (const QJsonValue &v : result.items()) {
        const QJsonObject d = v.toObject();
        if (m_ids.contains(jsonText(d, "id")))
            upsert(d);
        else
            fresh.append(d);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
        for (const QJsonObject &d : std::as_const(fresh))
            m_ids.insert(jsonText(d, "id"));
        m_rows.append(fresh);
        endInsertRows();
    }
    trimToLimit();
    tick();
}

void WebhookDeliveriesModel::applyEvent(const StreamEvent &event)
{
    if (event.type == QLatin1String("webhook.delivery_updated")) {
        upsert(event.data);
        return;
    }
    if (!deliverableEvents().contains(event.type))
        return;
    if (!m_filter.clientId.isEmpty() && !event.clientId.isEmpty() &&
        event.clientId != m_filter.clientId)
        return; // another tenant's: none of its deliveries are shown
    if (!m_batch.isActive())
        m_batch.start();
}

void WebhookDeliveriesModel::readNewest()
{
    AdminClient::DeliveryQuery q;
    q.clientId = m_filter.clientId;
    q.endpointId = m_filter.endpointId;
    q.event = m_filter.event;
    q.status = m_filter.status;
    q.resource = m_filter.resource;
    q.limit = 50;
    m_api.listWebhookDeliveries(q, this, [this, generation = m_generation](const ApiResult &r) {
        if (generation != m_generation || !r.ok())
            return; // reloaded meanwhile; or the next event or F5 brings them
        const QJsonArray items = r.items();
        for (qsizetype i = items.size() - 1; i >= 0; --i) // oldest first
            upsert(items.at(i).toObject());
    });
}

void WebhookDeliveriesModel::upsert(const QJsonObject &delivery)
{
    const QString id = jsonText(delivery, "id");
    if (id.isEmpty())
        return;
    const int row = rowOf(id);
    if (row >= 0) {
        if (!m_filter.matches(delivery)) { // e.g. its status left the filtered one
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_ids.remove(id);
            endRemoveRows();
            adjustTotal(-1);
            return;
        }
        // An answer older than what the row shows (a list read before an event) is ignored.
        if (jsonText(delivery, "updatedAt") < jsonText(m_rows.at(row), "updatedAt"))
            return;
        m_rows[row] = delivery;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT deliveryChanged(id);
        tick();
        return;
    }
    if (!m_filter.matches(delivery))
        return;
    const int at = insertPosition(delivery);
    if (at == rowCount() && !m_nextCursor.isEmpty())
        return; // older than everything loaded: fetchMore brings it
    beginInsertRows({}, at, at);
    m_rows.insert(at, delivery);
    m_ids.insert(id);
    endInsertRows();
    trimToLimit();
    adjustTotal(+1);
    Q_EMIT deliveryChanged(id);
    tick();
}

void WebhookDeliveriesModel::tick()
{
    // One repaint of the countdown column, over the rows that wait (not one per row).
    int first = -1, last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!waits(m_rows.at(row)) ||
            m_rows.at(row).value(QStringLiteral("nextAttemptAt")).isNull())
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0) {
        Q_EMIT dataChanged(index(first, NextRetry), index(last, NextRetry), {Qt::DisplayRole});
        if (!m_ticker.isActive())
            m_ticker.start();
    } else {
        m_ticker.stop();
    }
}

void WebhookDeliveriesModel::trimToLimit()
{
    if (m_rows.size() <= kMaxRows)
        return;
    beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
    for (qsizetype i = kMaxRows; i < m_rows.size(); ++i)
        m_ids.remove(jsonText(m_rows.at(i), "id"));
    m_rows.resize(kMaxRows);
    endRemoveRows();
    m_nextCursor.clear();
}

int WebhookDeliveriesModel::rowOf(const QString &id) const
{
    if (!m_ids.contains(id))
        return -1;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&id](const QJsonObject &d) { return jsonText(d, "id") == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QVariant WebhookDeliveriesModel::displayValue(const QJsonObject &d, int column) const
{
    switch (column) {
    case Time:
        return compactTime(jsonText(d, "createdAt"));
    case Event:
        return jsonText(d, "event");
    case Endpoint:
        return endpointLabel(d);
    case Status:
        return jsonText(d, "status"); // painted as a pill by StatusDelegate
    case Attempts:
        return d.value(QStringLiteral("attempts")).toInt();
    case NextRetry:
        return waits(d) ? relativeTime(jsonText(d, "nextAttemptAt")) : QStringLiteral("—");
    case Latency: {
        const QJsonValue ms = d.value(QStringLiteral("latencyMs"));
        return ms.isNull() || ms.isUndefined() ? QStringLiteral("—")
                                               : tr("%L1 ms").arg(ms.toInteger());
    }
    default:
        return {};
    }
}

QVariant WebhookDeliveriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(d, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(
                QDateTime::fromString(jsonText(d, "createdAt"), Qt::ISODateWithMs).toLocalTime(),
                QLocale::LongFormat);
        case Endpoint:
            return d.value(QStringLiteral("endpointId")).isNull()
                       ? tr("The consent's own callback URL: %1").arg(jsonText(d, "url"))
                       : jsonText(d, "url");
        case Status: {
            const QString error = jsonText(d, "lastError");
            const QJsonValue code = d.value(QStringLiteral("lastStatusCode"));
            if (!error.isEmpty())
                return error;
            return code.isDouble() ? tr("Last answer: HTTP %1").arg(code.toInt()) : QString();
        }
        case NextRetry:
            return displayTime(jsonText(d, "nextAttemptAt"));
        default:
            return displayValue(d, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts || index.column() == Latency)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Endpoint && d.value(QStringLiteral("endpointId")).isNull()) ||
            (index.column() == NextRetry && !waits(d)) ||
            (index.column() == Latency && d.value(QStringLiteral("latencyMs")).isNull()))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (index.column() == Event)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SortRole:
        switch (index.column()) {
        case Time:
            return jsonText(d, "createdAt") +
                   QStringLiteral("/%1").arg(999999 - index.row(), 6, 10, QLatin1Char('0'));
        case Attempts:
            return d.value(QStringLiteral("attempts")).toInt();
        case Latency:
            return d.value(QStringLiteral("latencyMs")).toInteger(-1);
        case NextRetry:
            return jsonText(d, "nextAttemptAt");
        default:
            return displayValue(d, index.column());
        }
    case IdRole:
        return jsonText(d, "id");
    case DeliveryRole:
        return d;
    default:
        return {};
    }
}

QVariant WebhookDeliveriesModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Endpoint:
        return tr("Endpoint");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case NextRetry:
        return tr("Next retry");
    case Latency:
        return tr("Latency");
    default:
        return {};
    }
}

} // namespace mid::ui
