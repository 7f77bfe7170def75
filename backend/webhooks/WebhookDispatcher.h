#pragma once

#include "domain/Webhook.h"
#include "storage/DeliveryQueue.h"
#include "storage/OutboxStore.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMetaType>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace mid {

class Database;
class DeliveryHttpClient;
struct HttpAnswer;

// What one attempt (or a row settled without one) left behind, for the server thread: the
// live `webhook.delivery_updated` event and the delivery metrics.
struct DeliveryUpdate
{
    WebhookDelivery delivery; // the row after the attempt
    // delivered | retrying | failed | disabled (410 Gone disabled the endpoint); empty when
    // the row was settled without an attempt (held or cancelled).
    QString result;
    double delaySeconds = -1; // delivered: from the event's time to now
};

// The outbox's sender (§9, ARCHITECTURE "Events and the outbox"). Lives on its own thread
// with its own HTTP client (DeliveryHttpClient) and database connection; keeps no delivery state
// only in memory: due rows are claimed with a lease in the database, every attempt is recorded with
// the row's new state, and a row whose lease ran out (a crash) is due again.
//
// Wakes on Outbox::deliveriesQueued (requestWake), on a single-shot timer set to the next due
// time and on ClockJumps. At most `perTarget` attempts run per endpoint (or callback URL) and
// `overall` in all, so one slow receiver cannot hold up the others. Before each attempt the
// host is resolved and refused when any of its addresses is not public (loopback allowed) unless
// private networks are allowed; plain http only to loopback. The request goes to an address
// checked, never to the name resolved again (DNS rebinding). No redirects; 10 s per attempt.
//
// The database sees the dispatcher in flushes, at most one per kFlushMs: one transaction
// records every attempt that ended since the last, gives back what is not to be sent, and
// claims the next rows, a few per target more than its free slots. A slot that frees starts
// the target's next claimed row at once, without waiting for the flush; the request thread's
// connection keeps its page cache between flushes (a commit from another connection empties
// it) and meets the writers' lock a few hundred times a second, not once per attempt.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int perTarget = 4;
        int overall = 64;
        int batch = 16;
        int timeoutMs = 10000;
        qint64 leaseMs = 30000;  // longer than any attempt (the timeout covers DNS and transfer)
        double retryScale = 1.0; // tests shorten the backoff schedule with it
        bool allowPrivateNetworks = false;
    };
    WebhookDispatcher(Database &db, QByteArray dataKey, Options options, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // Thread-safe; applies to the next attempt.
    void setAllowPrivateNetworks(bool allow) { m_allowPrivate.store(allow); }
    bool allowPrivateNetworks() const { return m_allowPrivate.load(); }

    // 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h: the wait after the n-th failed attempt
    // (before jitter); after the ninth attempt the delivery has failed.
    static const QList<qint64> &backoffMs();
    static constexpr int kMaxAttempts = 9;
    static constexpr double kJitter = 0.2;
    // Why an address may not be called (empty: it may): private, shared, link-local
    // (the metadata address among them), unspecified, broadcast or multicast.
    static QString refusedAddressReason(const QHostAddress &address);
    static constexpr const char *kGoneReason = "410 Gone from the receiver";

    // Thread-safe: a wake posted at most once until the dispatcher has seen it, so a burst of
    // commits costs the dispatcher one turn.
    void requestWake();

    // Run on the dispatcher's thread (queued or blocking-queued from the owner).
    Q_INVOKABLE void start();
    // Stops claiming, aborts what is in flight without recording it (the rows' leases are
    // given back, so the next start sends them again) and closes this thread's connection.
    Q_INVOKABLE void stop();

public Q_SLOTS:
    void wake();

Q_SIGNALS:
    // What one flush recorded, in order (one queued call per flush, not per attempt).
    void deliveriesUpdated(const QList<mid::DeliveryUpdate> &updates);

private:
    struct Flight;
    struct Claimed
    {
        WebhookDelivery delivery;
        qint64 leaseUntil = 0;
        std::optional<EventRecord> event; // read in the claiming flush's transaction
    };
    // How a target's rows are signed, or why they are not sent (held | cancelled: its endpoint
    // was paused, disabled or deleted). Read again at every flush for the targets that have
    // claimed rows, so that starting a row needs no database and a pause or a rotation applies
    // within a flush.
    struct Signing
    {
        QStringList secrets;
        QString settleStatus;
    };
    struct Ended // an attempt, or a row settled without one, waiting for the next flush
    {
        WebhookDelivery delivery;
        std::optional<WebhookAttempt> attempt; // none: settled (held or cancelled)
        DeliveryQueue::Outcome outcome;
        QString result;
        qint64 eventAt = 0;
        QString settleReason;
    };
    void flush();
    void sweep(); // the timer's: a flush that looks at every target
    void scheduleFlush();
    QList<DeliveryUpdate> recordEnded(const QList<Ended> &ended);
    QList<Claimed> claimMore(bool *throttled);
    void armTimer(bool throttled);
    void startClaimed();
    int held(const QString &target) const;
    DeliveryQueue::Exclusions exclusions() const;
    void refreshSigning(const QList<Claimed> &claimed);
    static QString signingKey(const WebhookDelivery &delivery);
    void begin(const Claimed &claimed);
    void resolved(const std::shared_ptr<Flight> &flight, const QList<QHostAddress> &addresses,
                  const QString &lookupError);
    void send(const std::shared_ptr<Flight> &flight);
    void answered(const std::shared_ptr<Flight> &flight, const HttpAnswer &answer);
    void finish(const std::shared_ptr<Flight> &flight, int statusCode, const QString &error,
                bool permanent = false);
    void settle(const std::shared_ptr<Flight> &flight, const QString &status,
                const QString &reason);
    void done(const std::shared_ptr<Flight> &flight);
    Signing signingOf(const WebhookDelivery &delivery);

    Database &m_db;
    QByteArray m_dataKey;
    Options m_options;
    std::atomic<bool> m_allowPrivate;
    QString m_worker;
    DeliveryQueue m_queue;
    std::unique_ptr<DeliveryHttpClient> m_http;
    std::unique_ptr<QTimer> m_timer;
    std::unique_ptr<QTimer> m_flushTimer;
    QHash<QString, std::shared_ptr<Flight>> m_flights; // by delivery id
    QHash<QString, int> m_perTarget;                   // attempts in flight
    // Claimed rows waiting for a slot of their target, oldest first. A target holds at most
    // kClaimAhead times its slots (in flight and waiting); a row is started only while at
    // least half its lease remains, else it is given back.
    QHash<QString, QList<Claimed>> m_claimed;
    QHash<QString, Signing> m_signing; // by signingKey
    int m_claimedCount = 0;
    static constexpr int kClaimAhead = 16;
    QList<Ended> m_ended;
    QStringList m_giveBack;
    // Targets whose attempt ended since the last flush: they are refilled from their own rows
    // first (a cheap claim), before the sweep over every target.
    QSet<QString> m_refill;
    static constexpr qint64 kFlushMs = 20;
    QElapsedTimer m_sinceFlush;
    std::atomic<bool> m_wakePosted{false};
    // A sweep (claims over every target) is wanted after a wake, when the timer fires and
    // when the overall cap left due rows behind. A sweep walks past the due rows of targets at
    // their cap (a backlog may be long), and a busy dispatcher refills its targets from their
    // own rows, so while attempts run or claimed rows wait a sweep runs at most every
    // kSweepMs: rows of a target not yet busy wait at most that long.
    static constexpr qint64 kSweepMs = 100;
    bool m_sweepWanted = true;
    bool m_sweptLastFlush = false;
    QElapsedTimer m_sinceSweep;
    bool m_running = false;
    bool m_starting = false;
    bool m_startAgain = false;
};

} // namespace mid

Q_DECLARE_METATYPE(mid::DeliveryUpdate)
