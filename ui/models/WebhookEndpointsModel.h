#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mid {
class AdminClient;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class ClientDirectory;

// Every tenant's webhook endpoints (GET /admin/v1/webhooks/endpoints), newest first, kept
// current by the webhook.endpoint_* events. A box has tens of endpoints, not thousands: one
// request reads them all.
class WebhookEndpointsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Client,
        Url,
        Events,
        Status,
        Description,
        Created,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        EndpointRole,
    };

    WebhookEndpointsModel(AdminClient &api, ClientDirectory &clients, QObject *parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading; }
    void applyEvent(const StreamEvent &event);
    void upsert(const QJsonObject &endpoint);
    void removeId(const QString &id);

    int rowOf(const QString &id) const;
    QJsonObject endpointAt(int row) const;
    QJsonObject endpointById(const QString &id) const { return endpointAt(rowOf(id)); }
    const QList<QJsonObject> &endpoints() const { return m_rows; }

    // "All events" for an empty list, else the names joined.
    static QString eventsLabel(const QJsonObject &endpoint);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &error);
    // An endpoint came, changed or went (the deliveries' endpoint filter follows).
    void endpointsChanged();

private:
    QVariant displayValue(const QJsonObject &endpoint, int column) const;

    AdminClient &m_api;
    ClientDirectory &m_clients;
    QList<QJsonObject> m_rows;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace mid::ui
