#pragma once

#include "models/PagedRecordsModel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QObject>
#include <QString>

namespace mid {
class AdminClient;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

// The tenants' display names by client id, loaded once and kept current from client.* events,
// because consent events carry only the client id and people recognise names.
class ClientDirectory : public QObject
{
    Q_OBJECT
public:
    explicit ClientDirectory(AdminClient &api, QObject *parent = nullptr);

    void reload();
    // Applies client.created / client.updated / client.deleted; ignores anything else.
    void applyEvent(const StreamEvent &event);

    QString nameOf(const QString &clientId) const;
    // Client ids sorted by display name, for combo boxes.
    QStringList idsByName() const;

Q_SIGNALS:
    void changed();
    void loadFailed(const QString &error);

private:
    void loadPage(const QString &cursor, quint64 generation);

    AdminClient &m_api;
    QHash<QString, QString> m_names;
    quint64 m_generation = 0;
};

// Consent sessions of every tenant as a table, newest first. The first page comes from
// GET /admin/v1/consents, older pages on demand (fetchMore), and every consent.* event is
// upserted so new sessions appear at the top and existing rows change state live.
class ConsentsModel : public PagedRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Created,
        SessionId,
        Client,
        Recipient,
        Intent,
        Status,
        Expires,
        Decided,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value to sort by (RFC 3339 sorts as text)
        IdRole,
        ConsentRole, // the whole consent JSON
    };

    // What the operator narrowed the table to; live rows are inserted only when they match.
    struct Filter
    {
        QString clientId, status, recipient; // empty: any
        QDateTime from;                      // invalid: any time
        bool matches(const QJsonObject &consent) const;
        bool operator==(const Filter &) const = default;
    };

    static constexpr int kPageSize = 200;

    ConsentsModel(AdminClient &api, ClientDirectory &clients, QObject *parent = nullptr);

    void setFilter(const Filter &filter); // reloads when it changed
    const Filter &filter() const { return m_filter; }
    // Inserts, updates or removes the row of one consent (event data or an API answer).
    void upsert(const QJsonObject &consent);
    // Applies consent.* events; ignores anything else. Events are applied together every
    // kBatchMs: under load thousands arrive per second, and one insertion of many rows costs
    // the view what one row does.
    void applyEvent(const StreamEvent &event);
    static constexpr int kBatchMs = 100;

    int rowOf(const QString &id) const;
    QJsonObject consentAt(int row) const { return recordAt(row); }
    // True once rows were dropped to stay under kMaxRows (older ones are not fetched again).
    bool isTruncated() const { return m_truncated; }

    // Shared helpers for everything that shows a consent.
    static QString idOf(const QJsonObject &consent);
    // The status word to show: pending sessions whose page was opened read "scanned".
    static QString displayState(const QJsonObject &consent);
    static bool isTerminal(const QString &status);
    // An RFC 3339 time as local "yyyy-MM-dd HH:mm:ss", or empty.
    static QString displayTime(const QString &rfc3339);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void requestPage(const QString &cursor) override;
    void appendPage(const ApiResult &result) override;
    void clearExtraState() override;
    void trimToLimit();
    void applyIncoming();
    QString clientLabel(const QJsonObject &consent) const;
    QVariant displayValue(const QJsonObject &consent, int column) const;
    QVariant sortValue(const QJsonObject &consent, int column) const;

    AdminClient &m_api;
    ClientDirectory &m_clients;
    Filter m_filter;
    QList<QString> m_ids;   // idOf(m_rows[i]), kept in step with m_rows
    QSet<QString> m_idSet;  // the same ids, for the common "not listed" answer
    QList<QJsonObject> m_incoming; // events waiting for the next batch
    QTimer m_batch;
    bool m_truncated = false;
};

} // namespace mid::ui
