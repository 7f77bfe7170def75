#pragma once

#include "models/PagedRecordsModel.h"

#include "client/AdminClient.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace mid {
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class ClientDirectory;

// Records an operator works through by status (identity reviews, signing sessions): newest
// first, narrowed to one status and one tenant, with how many records of the tenant are in each
// status (the list answer's data.counts). An event names a record by id only: that record is
// read again and upserted, so a new one that matches the filter comes in at the top and a
// listed one changes in place, or leaves when it no longer matches (decided elsewhere) —
// except the record the panel shows, which keeps its row so its decision stays in view.
class StatusRecordsModel : public PagedRecordsModel
{
    Q_OBJECT
public:
    struct Filter
    {
        QString status, clientId; // empty: any
        bool matches(const QJsonObject &record) const;
        bool isEmpty() const { return status.isEmpty() && clientId.isEmpty(); }
        bool operator==(const Filter &) const = default;
    };

    static constexpr int kPageSize = 200;
    // Events are taken in together every kBatchMs: one read per record, one of the counts.
    static constexpr int kBatchMs = 150;

    void setFilter(const Filter &filter); // reloads when it changed
    // The filter the next reload() lists by (the panel's initial choice), without reloading.
    void presetFilter(const Filter &filter) { m_filter = filter; }
    const Filter &filter() const { return m_filter; }
    // How many of the tenant's records are in `status` (every status of the filter's tenant);
    // -1 until the first page said.
    qint64 count(const QString &status) const { return m_counts.value(status, -1); }
    qint64 countAll() const;

    // Applies the events that concern these records (idOf(event)); ignores anything else.
    void applyEvent(const StreamEvent &event);
    // Reads one record again and upserts it, and the counts with it.
    void refresh(const QString &id);
    // Inserts, updates or removes the row of one record (an API answer).
    void upsert(const QJsonObject &record);
    // The record shown in the details: it keeps its row when it leaves the filter.
    void setShownId(const QString &id) { m_shownId = id; }

    int rowOf(const QString &id) const;
    QJsonObject recordById(const QString &id) const { return recordAt(rowOf(id)); }
    static QString idOf(const QJsonObject &record);
    // The tenant's display name: the record's own clientName, else the directory's.
    QString tenantOf(const QJsonObject &record) const;

Q_SIGNALS:
    void countsChanged();
    // A record's row came in or changed.
    void recordChanged(const QString &id);

protected:
    StatusRecordsModel(int columnCount, AdminClient &api, ClientDirectory &clients,
                       QObject *parent);

    // The list and detail reads of these records.
    virtual void list(const AdminClient::StatusQuery &query, AdminClient::Callback done) = 0;
    virtual void read(const QString &id, AdminClient::Callback done) = 0;
    // The record an event concerns ("" when none of these).
    virtual QString recordIdOf(const StreamEvent &event) const = 0;

    AdminClient &m_api;
    ClientDirectory &m_clients;

private:
    void requestPage(const QString &cursor) override;
    void appendPage(const ApiResult &result) override;
    void clearExtraState() override;
    void takeCounts(const QJsonObject &listAnswer);
    void applyPending();
    void trimToLimit();

    Filter m_filter;
    QHash<QString, qint64> m_counts;
    QSet<QString> m_ids; // ids of m_rows, for the common "not listed" answer
    QSet<QString> m_pending;
    QString m_shownId;
    QTimer m_batch;
};

} // namespace mid::ui
