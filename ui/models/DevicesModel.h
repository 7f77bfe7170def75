#pragma once

#include "models/PagedRecordsModel.h"

#include <QJsonObject>
#include <QString>

namespace mid {
class AdminClient;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

// Every registered device of the instance as a table, newest first. The first page comes
// from GET /v1/devices, older pages on demand (fetchMore), and device.* events (registered,
// blocked, unblocked, deregistered) are applied in place, so the view never polls.
class DevicesModel : public PagedRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Mobile,
        Model,
        Os,
        Status,
        Credentials,
        LastUsed,
        Registered,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value a column sorts by
        IdRole,
        DeviceRole, // the whole device JSON
    };

    struct Filter
    {
        QString mobile; // substring of the number; empty: any
        QString status; // active, blocked, deregistered; empty: any
        bool matches(const QJsonObject &device) const;
        bool operator==(const Filter &) const = default;
    };

    static constexpr int kPageSize = 100;

    explicit DevicesModel(AdminClient &api, QObject *parent = nullptr);

    void setFilter(const Filter &filter); // reloads when it changed
    const Filter &filter() const { return m_filter; }
    // Inserts or updates (merging fields) the row of one device; drops it when it no longer
    // matches the filter.
    void upsert(const QJsonObject &device);
    void applyEvent(const StreamEvent &event);

    int rowOf(const QString &id) const;
    QJsonObject deviceAt(int row) const { return recordAt(row); }
    QJsonObject deviceById(const QString &id) const { return deviceAt(rowOf(id)); }

    // Shared helpers for everything that shows a device.
    static QString idOf(const QJsonObject &device);
    static QString statusOf(const QJsonObject &device);
    static int credentialCount(const QJsonObject &device); // -1 when unknown
    static QString lastUsedOf(const QJsonObject &device);  // RFC 3339 or empty
    static QString displayTime(const QString &rfc3339);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A device's row changed (or was removed) through an event or an answer.
    void deviceChanged(const QString &id);

private:
    void requestPage(const QString &cursor) override;
    void appendPage(const ApiResult &result) override;
    void refresh(const QString &id, const QString &fallbackStatus);
    QVariant displayValue(const QJsonObject &device, int column) const;
    QVariant sortValue(const QJsonObject &device, int column) const;

    AdminClient &m_api;
    Filter m_filter;
};

} // namespace mid::ui
