#pragma once

#include "models/PagedRecordsModel.h"

#include <QJsonObject>
#include <QString>

namespace mid {
class AdminClient;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class ClientDirectory;

// Every request the box received from Stripe, the App Store and Google Play
// (GET /admin/v1/webhooks/inbound), newest first, with its verdict; new ones arrive live
// (`webhook.inbound` on the event stream).
class InboundWebhooksModel : public PagedRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Provider,
        EventType,
        Verdict,
        Reason,
        HttpStatus,
        Client,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        RequestRole,
    };

    struct Filter
    {
        QString provider, verdict; // empty: any
        bool isEmpty() const { return provider.isEmpty() && verdict.isEmpty(); }
        bool operator==(const Filter &) const = default;
    };

    static constexpr int kPageSize = 100;

    InboundWebhooksModel(AdminClient &api, ClientDirectory &clients, QObject *parent = nullptr);

    void setFilter(const Filter &filter); // reloads when it changed
    // A request stored just now (`webhook.inbound`) goes on top when the filter shows it.
    void applyEvent(const StreamEvent &event);
    const Filter &filter() const { return m_filter; }
    int rowOf(const QString &id) const;

    static QString providerLabel(const QString &provider);
    // One sentence per change an inbound request made ("Acme plan basic → growth"), or why
    // it changed nothing.
    QStringList effectSentences(const QJsonObject &request) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void requestPage(const QString &cursor) override;
    void appendPage(const ApiResult &result) override;
    QVariant displayValue(const QJsonObject &request, int column) const;

    AdminClient &m_api;
    ClientDirectory &m_clients;
    Filter m_filter;
};

} // namespace mid::ui
