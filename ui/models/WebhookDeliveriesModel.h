#pragma once

#include "models/PagedRecordsModel.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace mid {
class AdminClient;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

// Outbound webhook deliveries (§9), newest first: the first page from
// GET /admin/v1/webhooks/deliveries, older pages on demand. webhook.delivery_updated events
// replace a row (or add it); an event that makes deliveries (consent.created, ping, …) has
// the newest page read again, batched, since the event does not name its deliveries. The
// "next retry" column counts down while a row waits.
class WebhookDeliveriesModel : public PagedRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Event,
        Endpoint,
        Status,
        Attempts,
        NextRetry,
        Latency,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        DeliveryRole, // the whole delivery JSON
    };

    struct Filter
    {
        QString clientId, endpointId, event, status, resource; // empty: any
        bool matches(const QJsonObject &delivery) const;
        bool isEmpty() const
        {
            return clientId.isEmpty() && endpointId.isEmpty() && event.isEmpty() &&
                   status.isEmpty() && resource.isEmpty();
        }
        bool operator==(const Filter &) const = default;
    };

    static constexpr int kPageSize = 100;
    static constexpr int kBatchMs = 150;

    explicit WebhookDeliveriesModel(AdminClient &api, QObject *parent = nullptr);

    void setFilter(const Filter &filter); // reloads when it changed
    const Filter &filter() const { return m_filter; }
    // webhook.delivery_updated upserts; a deliverable event re-reads the newest page.
    void applyEvent(const StreamEvent &event);
    // Takes in one delivery the console got as an answer (replay, ping) or from an event.
    void upsert(const QJsonObject &delivery);

    int rowOf(const QString &id) const;
    QJsonObject deliveryById(const QString &id) const { return recordAt(rowOf(id)); }

    // Shared helpers for everything that shows a delivery.
    static QString displayTime(const QString &rfc3339);
    // For table cells: "19:56:47" today, "4 Dec 19:56" before (the tooltip has it in full).
    static QString compactTime(const QString &rfc3339);
    // "in 28 s", "in 2 min", "now"; empty when the time is not set.
    static QString relativeTime(const QString &rfc3339);
    // The endpoint column: "callback" for a consent's own callbackUrl, else the URL.
    static QString endpointLabel(const QJsonObject &delivery);
    // The events that create deliveries (§9), as the console knows them.
    static const QStringList &deliverableEvents();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A row came in or changed (so an open inspector can refresh).
    void deliveryChanged(const QString &id);

private:
    void requestPage(const QString &cursor) override;
    void appendPage(const ApiResult &result) override;
    void clearExtraState() override;
    void readNewest();
    void tick();
    void trimToLimit();
    QVariant displayValue(const QJsonObject &delivery, int column) const;

    AdminClient &m_api;
    Filter m_filter;
    QSet<QString> m_ids;
    QTimer m_batch;  // deliverable events taken in together
    QTimer m_ticker; // repaints the countdowns once a second while a row waits
};

} // namespace mid::ui
