#pragma once

#include "models/PagedRecordsModel.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimer>

namespace mid {
class AdminClient;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class ClientDirectory;

// The box's outbound message log (enrollment codes "sent" by SMS), newest first. The first
// page comes from GET /admin/v1/messages, older pages on demand (fetchMore). A message.sent
// event puts its row at the top at once; the event leaves the body out (it may hold a code),
// so the newest page is read again to fill it in.
class MessagesModel : public PagedRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Channel,
        To,
        Purpose,
        Tenant,
        Body,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw value a column sorts by
        IdRole,
        MessageRole, // the whole message JSON
    };

    // What the operator narrowed the log to; the API matches each field exactly.
    struct Filter
    {
        QString to, purpose, clientId; // empty: any
        bool matches(const QJsonObject &message) const;
        bool isEmpty() const { return to.isEmpty() && purpose.isEmpty() && clientId.isEmpty(); }
        bool operator==(const Filter &) const = default;
    };

    static constexpr int kPageSize = 200;
    // Live events are taken in together every kBatchMs, and their bodies read in one request.
    static constexpr int kBatchMs = 100;

    MessagesModel(AdminClient &api, ClientDirectory &clients, QObject *parent = nullptr);

    void setFilter(const Filter &filter); // reloads when it changed
    const Filter &filter() const { return m_filter; }
    // Applies message.sent; ignores anything else.
    void applyEvent(const StreamEvent &event);

    int rowOf(const QString &id) const;
    QJsonObject messageAt(int row) const { return recordAt(row); }
    QJsonObject messageById(const QString &id) const { return recordAt(rowOf(id)); }

    // Shared helpers for everything that shows a message.
    static QString displayTime(const QString &rfc3339);
    static QString channelLabel(const QString &channel);
    static QString purposeLabel(const QString &purpose);
    // The one-time code a message carries (4 to 8 digits on their own), or empty.
    static QString codeIn(const QString &body);
    // Whether the body is known: a live row has none until the page that fills it arrives.
    static bool hasBody(const QJsonObject &message);
    QString tenantLabel(const QJsonObject &message) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A message's row came in or changed (its body arrived).
    void messageChanged(const QString &id);

private:
    void requestPage(const QString &cursor) override;
    void appendPage(const ApiResult &result) override;
    void clearExtraState() override;
    void applyIncoming();
    void fillBodies(int limit);
    void upsert(const QJsonObject &message);
    void trimToLimit();
    QVariant displayValue(const QJsonObject &message, int column) const;

    AdminClient &m_api;
    ClientDirectory &m_clients;
    Filter m_filter;
    QSet<QString> m_ids;           // ids of m_rows, for the common "not listed" answer
    QList<QJsonObject> m_incoming; // events waiting for the next batch
    QTimer m_batch;
};

} // namespace mid::ui
