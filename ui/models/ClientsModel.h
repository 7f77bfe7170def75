#pragma once

#include "client/EventStream.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace mid {
class AdminClient;
} // namespace mid

namespace mid::ui {

// The words of the client API (plans, scopes, QR payloads, limits) and how the console shows
// them, shared by the table, the details pane and the create/edit dialog.
class ClientText
{
    Q_DECLARE_TR_FUNCTIONS(mid::ui::ClientText)
public:
    static const QStringList &plans();      // free, basic, growth, enterprise
    static const QStringList &scopes();     // consents, fido, devices, …
    static const QStringList &qrPayloads(); // approval, deeplink
    static QString planLabel(const QString &plan);
    static QString scopeLabel(const QString &scope);
    static QString qrPayloadLabel(const QString &payload);
    // "1,000 / min · unlimited / day · 5 concurrent", or what the plan's defaults are.
    static QString limitsText(const QJsonObject &client);
    // An RFC 3339 time as the operator's locale writes it.
    static QString timeText(const QString &rfc3339);
};

// Every tenant of the server as a table. Loaded with reload() (all pages of GET /v1/clients)
// and kept current in place from the live client.* events, so the view never refreshes.
class ClientsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        IdColumn,
        PlanColumn,
        StatusColumn,
        ScopesColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole, // the client id of the row, whatever the column
        SortRole,                    // the raw value a column sorts by
    };

    explicit ClientsModel(AdminClient &api, QObject *parent = nullptr);

    // Drops every row and loads all clients again, following nextCursor to the end.
    void reload();
    bool isLoading() const { return m_loading; }

    // client.created / client.updated / client.key_regenerated upsert, client.deleted removes.
    void applyEvent(const StreamEvent &event);
    // Inserts the client, or replaces the row with the same clientId.
    void upsert(const QJsonObject &client);
    void removeClient(const QString &clientId);

    int rowOf(const QString &clientId) const;
    QJsonObject client(int row) const { return m_clients.value(row); }
    QJsonObject clientById(const QString &clientId) const { return client(rowOf(clientId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    // A row's client changed (the details pane of that client refreshes).
    void clientChanged(const QString &clientId);

private:
    void loadPage(const QString &cursor, quint64 generation);
    void finishLoad();
    QVariant displayValue(const QJsonObject &client, int column) const;

    AdminClient &m_api;
    QList<QJsonObject> m_clients;
    QList<QJsonObject> m_incoming;   // pages read so far by the running reload
    QList<StreamEvent> m_heldEvents; // events that arrived during a reload, applied after it
    quint64 m_generation = 0;        // answers of an older reload are dropped
    bool m_loading = false;
};

// The search box's filter: a row matches when its name, client id or plan contains the text.
class ClientsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace mid::ui
