#pragma once

#include "domain/Client.h"
#include "domain/Consent.h"
#include "storage/CommittedCache.h"
#include "storage/ConsentStore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace mid {

class ClientService;
class Database;
class Outbox;

struct ConsentInput
{
    QString recipient;
    std::optional<QString> intent;
    std::optional<QStringList> scope;
    std::optional<QString> callbackUrl;
    std::optional<QJsonObject> metadata;
    std::optional<int> expiresIn;
};

// The consent sessions of §2: creation, reads scoped to a tenant, updates, revocation,
// decisions, and expiry that happens on time without any request arriving.
class ConsentService : public QObject
{
    Q_OBJECT
public:
    ConsentService(Database &db, ClientService &clients, Outbox &outbox, QString publicUrl,
                   QObject *parent = nullptr);

    // Loads the expiry schedule and expires whatever passed while the server was down.
    void start();

    // With `json`, also the new consent as toJsonBytes() writes it (serialized once).
    Consent create(const Client &client, const ConsentInput &input, QByteArray *json = nullptr);
    // Another tenant's consent is reported exactly like a missing one (404).
    Consent get(const QString &clientId, const QString &id);
    // get()'s consent as toJsonBytes() writes it, kept with the consent while it is recent.
    QByteArray getJson(const QString &clientId, const QString &id);
    std::optional<Consent> find(const QString &id);
    Consent update(const QString &clientId, const QString &id, const ConsentInput &patch);
    Consent revoke(const QString &clientId, const QString &id);
    // The decision of a device (FIDO assertion): approve or reject a pending consent.
    Consent decide(const QString &id, bool approve, const QJsonObject &user,
                   const QJsonObject &device);
    // The approver page was opened (the QR was scanned).
    void markScanned(const QString &id);

    struct Page
    {
        QList<Consent> items;
        qint64 total = 0;
        QString nextCursor;
    };
    Page list(const ConsentFilter &filter, int limit, const QString &cursor);

    // Both seed spellings (sessionId and id, intent and purpose) and the links of §2.
    QJsonObject toJson(const Consent &consent) const;
    // The same, serialized (compact, keys sorted): what hot answers embed directly.
    QByteArray toJsonBytes(const Consent &consent) const;
    QString approvalUrl(const QString &id) const;
    QString deepLink(const QString &id) const;
    QString qrImageUrl(const QString &id) const;
    // What the QR of a consent encodes: the approval URL, or the deep link for clients that
    // asked for qrPayload "deeplink".
    QString qrContent(const Consent &consent) const;

    // Expires every pending consent whose time has come; returns how many.
    int expireDue();
    qint64 nextExpiryMs() const { return m_armedAt; }

    QHash<QString, qint64> countByStatus();

private:
    Consent load(const QString &id);
    void expireDueAndRearm();
    void transition(Consent &consent, ConsentStatus to, const QString &event);
    // The consent's event, with its deliveries (endpoints and callbackUrl), in the open
    // transaction; every write of a consent ends here, so this is also where the cache of
    // recent consents learns of it.
    // Returns the consent as toJsonBytes() wrote it for the event.
    QByteArray record(const QString &event, const Consent &consent);
    void arm(qint64 atMs);
    void rearmFromDatabase();

    // A consent with its JSON, serialized once per change rather than once per read.
    struct Recent
    {
        Consent consent;
        QByteArray json;
    };
    std::optional<Recent> findRecent(const QString &id);
    Recent loadRecent(const QString &clientId, const QString &id);

    Database &m_db;
    ConsentStore m_store;
    // What tenants poll (GET /v1/consents/:id) is mostly a session created moments ago.
    static constexpr int kRecentConsents = 10000;
    CommittedCache<Recent> m_recent{m_db, kRecentConsents};
    ClientService &m_clients;
    Outbox &m_outbox;
    QString m_publicUrl;
    QTimer m_expiryTimer;
    qint64 m_armedAt = 0; // 0: nothing pending
};

} // namespace mid
