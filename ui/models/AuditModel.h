#pragma once

#include "client/AdminClient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mid::ui {

// One row of the audit log as the console keeps it.
struct AuditRow
{
    QString id;
    qint64 seq = 0;
    QDateTime at;
    QString actor, action, resource;
    int outcome = 0;
    QString ip, userAgent, requestId, hash;
    QJsonObject details;

    static AuditRow fromJson(const QJsonObject &o);
};

// The audit log, newest first, loaded a page (500 rows) at a time as the view scrolls: the
// log may hold millions of rows, so only what the operator has scrolled to is ever asked for
// or kept. Sorting is the server's (newest first) and is not offered on other columns: a sort
// over the loaded pages only would lie about the whole log.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        ResourceColumn,
        OutcomeColumn,
        IpColumn,
        RequestIdColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 500;

    AuditModel(AdminClient &api, QObject *parent = nullptr);

    // Drops every row and loads the first page matching `filter` (limit and cursor ignored).
    void setFilter(const AdminClient::AuditQuery &filter);
    AdminClient::AuditQuery filter() const { return m_filter; }
    // Loads the first page of the current filter again.
    void refresh() { setFilter(m_filter); }

    // Rows matching the filter on the server (not only the loaded ones); -1 before the first page.
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    const AuditRow &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The colour that stands for an HTTP outcome's class (2xx, 4xx, 5xx).
    static QColor outcomeColor(int outcome);

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    // A page could not be read; `message` says why (ApiResult::errorText()).
    void loadFailed(const QString &message);
    // A request for a page left: reading the audit log is itself audited, so the panel can
    // tell its own rows from news.
    void requestSent();

private:
    void requestPage(const QString &cursor);
    void takePage(const ApiResult &r);
    void setLoading(bool loading);
    QString displayText(const AuditRow &row, int column) const;

    AdminClient &m_api;
    AdminClient::AuditQuery m_filter;
    QList<AuditRow> m_rows;
    QString m_nextCursor;
    qint64 m_total = -1;
    bool m_loading = false;
    quint64 m_generation = 0; // answers for an older filter are dropped
};

} // namespace mid::ui
