#pragma once

#include "models/PagedRecordsModel.h"

#include <QJsonObject>
#include <QString>

namespace mid {
class AdminClient;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

// MPin identities (§8) of every project as a table, newest first: from
// GET /admin/v1/mpin/identities page by page. The API sends no event when an identity is renamed
// or revoked, so the answers of those calls are applied here (upsert); an activation arrives
// as device.registered carrying `mpin`, and that device's identities are read again.
class MpinIdentitiesModel : public PagedRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Identity,
        User,
        Project,
        DeviceName,
        Dvs,
        State,
        Activated,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value a column sorts by
        IdRole,                      // the full mpinId (the hash)
        IdentityRole,                // the whole identity JSON
    };

    struct Filter
    {
        QString userId;   // exact; empty: any
        QString deviceId; // dev_…; empty: any
        QString state;    // active, revoked; empty: any
        bool operator==(const Filter &) const = default;
    };

    static constexpr int kPageSize = 100;

    explicit MpinIdentitiesModel(AdminClient &api, QObject *parent = nullptr);

    void setFilter(const Filter &filter); // reloads when it changed
    const Filter &filter() const { return m_filter; }
    // Takes an identity as an answer gave it: updates its row, or drops it when it no longer
    // matches the filter.
    void upsert(const QJsonObject &identity);
    void applyEvent(const StreamEvent &event);

    int rowOf(const QString &mpinId) const;
    QJsonObject identityAt(int row) const { return recordAt(row); }

    // Shared helpers for everything that shows an identity.
    static QString idOf(const QJsonObject &identity);
    static QString stateOf(const QJsonObject &identity); // active, revoked, pending
    static QString projectOf(const QJsonObject &identity);
    // One line on what the table leaves out: project, DVS, activation, revocation and why.
    static QString summary(const QJsonObject &identity);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void requestPage(const QString &cursor) override;
    void appendPage(const ApiResult &result) override;
    bool matches(const QJsonObject &identity) const;
    void refreshDevice(const QString &deviceId);
    QVariant displayValue(const QJsonObject &identity, int column) const;

    AdminClient &m_api;
    Filter m_filter;
};

} // namespace mid::ui
