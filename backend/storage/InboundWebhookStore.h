#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mid {

class Database;

// One inbound webhook request (§9) as stored: what arrived, the verdict and what it changed.
struct InboundWebhook
{
    qint64 seq = 0;
    QString id;       // whi_…
    QString provider; // stripe | appstore | playstore
    QString eventId; // the provider's id of the event (Stripe evt_…, notificationUUID, messageId)
    QString eventType;
    QString customer; // Stripe's customer id the event is about
    qint64 receivedAt = 0;
    QString ip;
    QJsonObject headers;
    QByteArray body; // at most kMaxStoredBody bytes
    qint64 bodySize = 0;
    bool bodyTruncated = false;
    QString verdict; // verified | rejected | not_configured | duplicate
    QString reason;
    int httpStatus = 0;
    QJsonObject decoded;
    std::optional<QJsonArray> effects; // nullopt: a verified row whose effects are still due
    QString clientId;
    QString duplicateOf; // the verified row a duplicate repeats
};

struct InboundWebhookFilter
{
    QString provider;
    QString verdict;
};

// Rows of the inbound_webhooks table.
class InboundWebhookStore
{
public:
    static constexpr qsizetype kMaxStoredBody = 256 * 1024;

    explicit InboundWebhookStore(Database &db) : m_db(db) {}

    // Stores at most kMaxStoredBody bytes of the body and records the rest as truncated.
    void insert(InboundWebhook row);
    std::optional<InboundWebhook> find(const QString &id);
    // The one verified row of a provider's event id, if any.
    std::optional<InboundWebhook> findVerified(const QString &provider, const QString &eventId);
    void setEffects(const QString &id, const QJsonArray &effects, const QString &clientId,
                    const QString &reason);
    // Verified rows whose effects were never recorded (a stop between the row and its effect).
    QList<InboundWebhook> pendingEffects(const QString &provider);
    // Event types of the verified rows about `customer` among `types`, newest first.
    QStringList recentTypes(const QString &provider, const QString &customer,
                            const QStringList &types, int limit);

    struct Page
    {
        QList<InboundWebhook> items; // newest first
        qint64 total = 0;
        bool more = false;
    };
    Page list(const InboundWebhookFilter &filter, int limit, qint64 beforeSeq);

private:
    Database &m_db;
};

} // namespace mid
