#include "WebhookDispatcher.h"

#include "DeliveryHttpClient.h"

#include "EndpointSecrets.h"
#include "WebhookSigner.h"
#include "core/Clock.h"
#include "core/Time.h"
#include "crypto/AesGcm.h"
#include "crypto/Random.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/WebhookStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>

#include <exception>
#include <utility>

Q_LOGGING_CATEGORY(lcDispatch, "mid.webhooks.dispatch")

namespace mid {

struct WebhookDispatcher::Flight
{
    WebhookDelivery delivery;
    QString target;
    EventRecord event;
    QUrl url;
    WebhookAttempt attempt;
    QElapsedTimer elapsed;
    int lookupId = -1;
    QList<QHostAddress> addresses; // checked; tried in order until one connects
    quint64 requestId = 0;         // DeliveryHttpClient's, while a request runs
    QList<QPair<QByteArray, QByteArray>> requestHeaders; // signed, in the order sent
    QTimer deadline;
    bool finished = false;
};

namespace {
QString targetOf(const WebhookDelivery &d)
{
    return d.endpointId.isEmpty() ? d.url : d.endpointId;
}

bool inSubnet(const QHostAddress &a, const char *subnet)
{
    return a.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet)));
}
} // namespace

WebhookDispatcher::WebhookDispatcher(Database &db, QByteArray dataKey, Options options,
                                     QObject *parent)
    : QObject(parent), m_db(db), m_dataKey(std::move(dataKey)), m_options(options),
      m_allowPrivate(options.allowPrivateNetworks), m_queue(db)
{
    qRegisterMetaType<mid::DeliveryUpdate>();
    qRegisterMetaType<QList<mid::DeliveryUpdate>>();
    // Unique per process start: a lease names who holds it.
    m_worker = QStringLiteral("%1/%2/%3")
                   .arg(QSysInfo::machineHostName())
                   .arg(QCoreApplication::applicationPid())
                   .arg(QString::fromLatin1(Random::bytes(6).toHex()));
}

WebhookDispatcher::~WebhookDispatcher() = default;

const QList<qint64> &WebhookDispatcher::backoffMs()
{
    static const QList<qint64> schedule = {5'000,     30'000,    120'000,    600'000,
                                           1'800'000, 3'600'000, 10'800'000, 21'600'000};
    return schedule;
}

QString WebhookDispatcher::refusedAddressReason(const QHostAddress &input)
{
    QHostAddress a = input;
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped); // ::ffff:10.0.0.1 is 10.0.0.1
    if (mapped && a.protocol() == QAbstractSocket::IPv6Protocol)
        a = QHostAddress(v4);
    if (a.isLoopback())
        return {};
    if (a.isNull() || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6 ||
        inSubnet(a, "0.0.0.0/8"))
        return QStringLiteral("unspecified address");
    if (a == QHostAddress(QStringLiteral("169.254.169.254")))
        return QStringLiteral("cloud metadata address");
    if (inSubnet(a, "169.254.0.0/16") || inSubnet(a, "fe80::/10"))
        return QStringLiteral("link-local address");
    if (inSubnet(a, "10.0.0.0/8") || inSubnet(a, "172.16.0.0/12") ||
        inSubnet(a, "192.168.0.0/16") || inSubnet(a, "fc00::/7"))
        return QStringLiteral("private network address");
    if (inSubnet(a, "100.64.0.0/10"))
        return QStringLiteral("shared (carrier-grade NAT) address");
    if (a.isMulticast())
        return QStringLiteral("multicast address");
    if (a == QHostAddress::Broadcast)
        return QStringLiteral("broadcast address");
    return {};
}

void WebhookDispatcher::start()
{
    m_http = std::make_unique<DeliveryHttpClient>(DeliveryQueue::kMaxStoredBytes);
    m_timer = std::make_unique<QTimer>();
    m_timer->setSingleShot(true);
    connect(m_timer.get(), &QTimer::timeout, this, &WebhookDispatcher::sweep);
    m_flushTimer = std::make_unique<QTimer>();
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer.get(), &QTimer::timeout, this, &WebhookDispatcher::flush);
    connect(&ClockJumps::instance(), &ClockJumps::jumped, this, &WebhookDispatcher::wake);
    m_running = true;
    m_sweepWanted = true;
    qCInfo(lcDispatch).noquote() << "webhook dispatcher started as" << m_worker;
    flush();
}

void WebhookDispatcher::stop()
{
    m_running = false;
    disconnect(&ClockJumps::instance(), nullptr, this, nullptr);
    if (m_timer)
        m_timer->stop();
    if (m_flushTimer)
        m_flushTimer->stop();
    QStringList unfinished = std::exchange(m_giveBack, {});
    const auto flights = m_flights;
    for (const auto &f : flights) {
        f->finished = true; // aborting must not record a failure
        f->deadline.stop();
        if (f->lookupId >= 0)
            QHostInfo::abortHostLookup(f->lookupId);
        unfinished << f->delivery.id;
    }
    for (const auto &rows : std::as_const(m_claimed))
        for (const Claimed &c : rows)
            unfinished << c.delivery.id;
    m_flights.clear();
    m_perTarget.clear();
    m_claimed.clear();
    m_claimedCount = 0;
    m_refill.clear();
    try {
        // Attempts that ended are recorded (they were sent); the rest is given back rather
        // than left to expire: the next start sends them at once.
        Transaction tx(m_db);
        const auto updates = recordEnded(std::exchange(m_ended, {}));
        m_queue.release(unfinished, m_worker);
        tx.commit();
        if (!updates.isEmpty())
            Q_EMIT deliveriesUpdated(updates);
    } catch (const std::exception &e) {
        qCWarning(lcDispatch) << "could not record the last attempts and give back the leases of "
                                 "unfinished deliveries"
                              << e.what();
    }
    m_timer.reset();
    m_flushTimer.reset();
    m_http.reset(); // closes every connection; no answer is reported after this
    m_db.closeThreadConnection();
}

void WebhookDispatcher::requestWake()
{
    if (!m_wakePosted.exchange(true))
        QMetaObject::invokeMethod(this, &WebhookDispatcher::wake, Qt::QueuedConnection);
}

void WebhookDispatcher::wake()
{
    m_wakePosted.store(false);
    m_sweepWanted = true;
    scheduleFlush();
}

void WebhookDispatcher::sweep()
{
    m_sweepWanted = true;
    flush();
}

void WebhookDispatcher::scheduleFlush()
{
    if (!m_running || !m_flushTimer || m_flushTimer->isActive())
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : kFlushMs;
    m_flushTimer->start(int(qMax<qint64>(0, kFlushMs - since)));
}

int WebhookDispatcher::held(const QString &target) const
{
    const auto it = m_claimed.constFind(target);
    return m_perTarget.value(target) + (it == m_claimed.cend() ? 0 : int(it->size()));
}

DeliveryQueue::Exclusions WebhookDispatcher::exclusions() const
{
    DeliveryQueue::Exclusions ex;
    ex.deliveryIds = m_flights.keys();
    QSet<QString> targets(m_perTarget.keyBegin(), m_perTarget.keyEnd());
    for (auto it = m_claimed.cbegin(); it != m_claimed.cend(); ++it) {
        targets.insert(it.key());
        for (const Claimed &c : it.value())
            ex.deliveryIds << c.delivery.id;
    }
    ex.perTarget = m_options.perTarget * kClaimAhead;
    for (const QString &target : std::as_const(targets)) {
        const int n = held(target);
        ex.inFlight.insert(target, n);
        if (n >= ex.perTarget)
            ex.targets << target;
    }
    return ex;
}

void WebhookDispatcher::flush()
{
    if (!m_running)
        return;
    m_sinceFlush.start();
    const QList<Ended> ended = std::exchange(m_ended, {});
    const QStringList giveBack = std::exchange(m_giveBack, {});
    QList<DeliveryUpdate> updates;
    QList<Claimed> claimed;
    bool throttled = false;
    try {
        // Read without the writers' lock: the due rows to claim, their events, and how each
        // target is signed.
        QList<Claimed> candidates = claimMore(&throttled);
        QStringList ids, eventIds;
        for (const Claimed &c : std::as_const(candidates)) {
            ids << c.delivery.id;
            eventIds << c.delivery.eventId;
        }
        const auto events = OutboxStore(m_db).findEvents(eventIds);
        refreshSigning(candidates);
        // Written in one short transaction: the attempts, what goes back, and the claim (of the
        // rows read, those no other dispatcher took meanwhile).
        if (!ended.isEmpty() || !giveBack.isEmpty() || !ids.isEmpty()) {
            Transaction tx(m_db);
            updates = recordEnded(ended);
            m_queue.release(giveBack, m_worker);
            const qint64 now = Time::nowMs();
            const qint64 leaseUntil = now + m_options.leaseMs;
            const QSet<QString> taken = m_queue.claim(ids, m_worker, now, leaseUntil);
            tx.commit();
            for (Claimed &c : candidates) {
                if (!taken.contains(c.delivery.id))
                    continue;
                c.leaseUntil = leaseUntil;
                if (const auto e = events.constFind(c.delivery.eventId); e != events.cend())
                    c.event = *e;
                claimed.append(std::move(c));
            }
        }
    } catch (const std::exception &e) {
        // Nothing of this flush was written: the attempts are recorded by a later one (or,
        // should their leases run out first, the rows are sent again: at least once).
        qCWarning(lcDispatch) << "webhook dispatch failed; trying again in 5 s:" << e.what();
        m_ended = ended + m_ended;
        m_giveBack += giveBack;
        m_sweepWanted = true; // the refills this flush took on are the next sweep's
        if (m_flushTimer && m_running)
            m_flushTimer->start(5000);
        return;
    }
    if (!updates.isEmpty())
        Q_EMIT deliveriesUpdated(updates);
    for (const Claimed &c : std::as_const(claimed)) {
        m_claimed[targetOf(c.delivery)].append(c);
        ++m_claimedCount;
    }
    startClaimed();
    // Only a sweep (or a stopped timer) needs the next due time again: it too walks past the
    // due rows of targets that hold all they may. A refill changes no other target's rows, and
    // a retry recorded here brings the timer forward itself.
    if (m_sweptLastFlush || throttled || !m_timer || !m_timer->isActive())
        armTimer(throttled);
    if (!m_ended.isEmpty() || !m_giveBack.isEmpty() || !m_refill.isEmpty())
        scheduleFlush();
}

QList<DeliveryUpdate> WebhookDispatcher::recordEnded(const QList<Ended> &ended)
{
    QList<DeliveryUpdate> updates;
    for (const Ended &e : ended) {
        std::optional<WebhookDelivery> after;
        if (e.attempt) {
            after = m_queue.record(e.delivery, *e.attempt, e.outcome, m_worker);
            if (!after)
                qCWarning(lcDispatch).noquote()
                    << "the lease of" << e.delivery.id << "was lost; its attempt is not recorded";
        } else {
            after = m_queue.settle(e.delivery.id, e.outcome.status, e.settleReason, m_worker,
                                   Time::nowMs());
        }
        if (!after)
            continue;
        DeliveryUpdate update{*after, e.result, -1};
        if (e.result == QLatin1String("delivered"))
            update.delaySeconds = double(e.outcome.deliveredAt - e.eventAt) / 1000.0;
        updates.append(update);
        if (e.outcome.status == QLatin1String("retrying") && m_timer && m_running) {
            const qint64 wait = qMax<qint64>(0, e.outcome.nextAttemptAt - Time::nowMs());
            if (!m_timer->isActive() || m_timer->remainingTime() > wait)
                m_timer->start(int(qMin<qint64>(wait, 60'000)));
        }
    }
    return updates;
}

QList<WebhookDispatcher::Claimed> WebhookDispatcher::claimMore(bool *throttled)
{
    QList<Claimed> out;
    m_sweptLastFlush = false;
    const int ahead = m_options.perTarget * kClaimAhead;
    const int overallHeld = m_options.overall * kClaimAhead;
    const auto heldNow = [&] { return int(m_flights.size()) + m_claimedCount + int(out.size()); };
    const auto take = [&](int room, const DeliveryQueue::Exclusions &ex, bool *capped) {
        const auto rows = m_queue.due(Time::nowMs(), room, ex, capped);
        for (const WebhookDelivery &d : rows)
            out.append({d, 0, std::nullopt});
        return int(rows.size());
    };
    const auto withClaimed = [&](DeliveryQueue::Exclusions ex) {
        for (const Claimed &c : std::as_const(out)) {
            const QString target = targetOf(c.delivery);
            ex.deliveryIds << c.delivery.id;
            if (++ex.inFlight[target] >= ex.perTarget && !ex.targets.contains(target))
                ex.targets << target;
        }
        return ex;
    };
    // 1. The targets whose attempts ended, from their own rows once they hold half of what
    // they may: claims that stop at the target's first due rows, however long another
    // target's backlog is.
    const QSet<QString> refill = std::exchange(m_refill, {});
    for (const QString &target : refill) {
        const int room = qMin(ahead - held(target), overallHeld - heldNow());
        if (room < ahead / 2 || room <= 0)
            continue;
        DeliveryQueue::Exclusions ex = withClaimed(exclusions());
        ex.onlyTarget = target;
        take(room, ex, nullptr);
    }
    // 2. The sweep: every target, oldest due first, no more rows of a target than it may hold.
    bool first = true;
    while (m_sweepWanted && heldNow() < overallHeld) {
        const DeliveryQueue::Exclusions ex = withClaimed(exclusions());
        // A busy dispatcher refills its targets from their own rows; a sweep walks every
        // target's due rows (a long backlog too) and runs at most every kSweepMs then.
        const bool busy = !ex.targets.isEmpty() || !m_flights.isEmpty() || m_claimedCount > 0;
        if (first && busy) {
            if (m_sinceSweep.isValid() && m_sinceSweep.elapsed() < kSweepMs) {
                *throttled = true;
                break;
            }
            m_sinceSweep.start();
        }
        first = false;
        m_sweptLastFlush = true;
        const int room = qMin(m_options.batch * kClaimAhead, overallHeld - heldNow());
        bool capped = false;
        // Fewer than asked: nothing more is due, unless rows were left because their target
        // holds all it may (then the next round, with it excluded, looks past them).
        const int taken = take(room, ex, &capped);
        if (taken < room && !capped)
            m_sweepWanted = false;
        if (taken == 0)
            break; // every due row seen belongs to a target that holds all it may
    }
    return out;
}

void WebhookDispatcher::startClaimed()
{
    // begin() may end an attempt at once (a refused address), and that attempt's end starts
    // the next row: the walk below is then done again instead of entered twice.
    if (m_starting) {
        m_startAgain = true;
        return;
    }
    m_starting = true;
    do {
        m_startAgain = false;
        const qint64 now = Time::nowMs();
        for (auto it = m_claimed.begin(); it != m_claimed.end();) {
            const QString target = it.key();
            while (!it->isEmpty() && m_perTarget.value(target) < m_options.perTarget &&
                   m_flights.size() < m_options.overall && m_running) {
                const Claimed c = it->takeFirst();
                --m_claimedCount;
                // An attempt must end within the lease: a row that waited too long goes back.
                if (c.leaseUntil - now < m_options.leaseMs / 2) {
                    m_giveBack << c.delivery.id;
                    m_refill.insert(target);
                    continue;
                }
                begin(c);
            }
            it = it->isEmpty() ? m_claimed.erase(it) : std::next(it);
        }
    } while (m_startAgain);
    m_starting = false;
    if (!m_giveBack.isEmpty())
        scheduleFlush();
}

void WebhookDispatcher::armTimer(bool throttled)
{
    if (!m_timer)
        return;
    if (throttled) {
        m_timer->start(int(qMax<qint64>(1, kSweepMs - m_sinceSweep.elapsed())));
        return;
    }
    if (int(m_flights.size()) + m_claimedCount >= m_options.overall * kClaimAhead) {
        m_timer->stop(); // an attempt that ends flushes again (and sweeps if one is wanted)
        return;
    }
    const auto next = m_queue.nextDue(exclusions());
    // Checked at least once a minute: another instance's lease may end, a clock may move.
    qint64 wait = 60'000;
    if (next)
        wait = qBound<qint64>(0, *next - Time::nowMs(), wait);
    // Due now but not claimed (held by a lease that ends within this millisecond): no spin.
    m_timer->start(int(qMax<qint64>(wait, next && wait == 0 ? 50 : 0)));
}

QString WebhookDispatcher::signingKey(const WebhookDelivery &d)
{
    // A callback URL is signed with its client's secrets (EndpointSecrets::forDelivery).
    return d.endpointId.isEmpty() ? d.clientId + QLatin1Char(' ') + d.url : d.endpointId;
}

WebhookDispatcher::Signing WebhookDispatcher::signingOf(const WebhookDelivery &d)
{
    const qint64 now = Time::nowMs();
    if (d.endpointId.isEmpty())
        return {EndpointSecrets::forDelivery(m_dataKey, m_db, d, now), {}};
    WebhookStore endpoints(m_db);
    const auto e = endpoints.find(d.endpointId);
    if (!e || e->status == WebhookRules::kDisabled)
        return {{}, QStringLiteral("cancelled")};
    if (e->status == WebhookRules::kPaused)
        return {{}, QStringLiteral("held")};
    return {EndpointSecrets::valid(m_dataKey, endpoints, *e, now), {}}; // the row just read
}

void WebhookDispatcher::refreshSigning(const QList<Claimed> &claimed)
{
    QHash<QString, Signing> fresh;
    const auto read = [&](const WebhookDelivery &d) {
        const QString key = signingKey(d);
        if (!fresh.contains(key))
            fresh.insert(key, signingOf(d));
    };
    for (const auto &rows : std::as_const(m_claimed))
        if (!rows.isEmpty())
            read(rows.constFirst().delivery);
    for (const Claimed &c : claimed)
        read(c.delivery);
    m_signing = fresh; // only rows still to start need it
}

void WebhookDispatcher::begin(const Claimed &c)
{
    const WebhookDelivery &d = c.delivery;
    auto f = std::make_shared<Flight>();
    f->delivery = d;
    f->target = targetOf(d);
    f->url = QUrl(d.url, QUrl::StrictMode);
    f->elapsed.start();
    f->attempt.deliveryId = d.id;
    f->attempt.number = d.attempts + 1;
    f->attempt.startedAt = Time::nowMs();
    m_flights.insert(d.id, f);
    ++m_perTarget[f->target];

    const Signing signing = m_signing.value(signingKey(d));
    if (!signing.settleStatus.isEmpty()) {
        settle(f, signing.settleStatus,
               signing.settleStatus == QLatin1String("held")
                   ? QString()
                   : QStringLiteral("The endpoint was disabled or deleted"));
        return;
    }
    if (!c.event) {
        finish(f, 0, QStringLiteral("The event of this delivery is gone"), true);
        return;
    }
    const EventRecord &event = *c.event;
    f->event = event;
    if (signing.secrets.isEmpty()) {
        finish(f, 0, QStringLiteral("No signing secret can be opened with this box's data key"));
        return;
    }
    // Signed now, with the secrets valid at the last flush: a rotation applies from the next.
    const auto s =
        WebhookSigner::sign({event.id, event.type, Time::rfc3339Ms(event.at), event.data},
                            signing.secrets, f->attempt.startedAt / 1000);
    for (const auto &h : s.headers)
        f->attempt.requestHeaders.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    f->requestHeaders = s.headers;
    f->attempt.requestBody = s.body;

    if (!WebhookRules::isAllowedUrl(d.url)) {
        finish(f, 0,
               QStringLiteral("Refused: the URL must be https (plain http only to a loopback "
                              "host) without credentials"),
               true);
        return;
    }
    f->deadline.setSingleShot(true);
    connect(&f->deadline, &QTimer::timeout, this, [this, w = std::weak_ptr<Flight>(f)] {
        const auto flight = w.lock();
        if (!flight || flight->finished)
            return;
        if (flight->lookupId >= 0) {
            QHostInfo::abortHostLookup(flight->lookupId);
            finish(flight, 0,
                   QStringLiteral("Timed out after %1 s resolving the host")
                       .arg(m_options.timeoutMs / 1000));
        } else if (flight->requestId) {
            m_http->abort(flight->requestId);
            finish(flight, 0,
                   QStringLiteral("Timed out after %1 s").arg(m_options.timeoutMs / 1000));
        }
    });
    f->deadline.start(m_options.timeoutMs);
    const QHostAddress literal(f->url.host());
    if (!literal.isNull()) {
        resolved(f, {literal}, {});
        return;
    }
    f->lookupId = QHostInfo::lookupHost(
        f->url.host(), this, [this, w = std::weak_ptr<Flight>(f)](const QHostInfo &info) {
            const auto flight = w.lock();
            if (!flight || flight->finished)
                return;
            flight->lookupId = -1;
            resolved(flight, info.addresses(),
                     info.error() == QHostInfo::NoError ? QString() : info.errorString());
        });
}

void WebhookDispatcher::resolved(const std::shared_ptr<Flight> &f,
                                 const QList<QHostAddress> &addresses, const QString &lookupError)
{
    if (!lookupError.isEmpty() || addresses.isEmpty()) {
        finish(f, 0,
               QStringLiteral("The host %1 could not be resolved: %2")
                   .arg(f->url.host(),
                        lookupError.isEmpty() ? QStringLiteral("no address") : lookupError));
        return;
    }
    const bool plainHttp = f->url.scheme() == QLatin1String("http");
    for (const QHostAddress &a : addresses) {
        if (plainHttp && !a.isLoopback()) {
            finish(f, 0,
                   QStringLiteral("Refused: plain http is allowed only to loopback, and %1 "
                                  "resolves to %2")
                       .arg(f->url.host(), a.toString()));
            return;
        }
        const QString reason = refusedAddressReason(a);
        if (!reason.isEmpty() && !m_allowPrivate.load()) {
            finish(f, 0,
                   QStringLiteral("Refused: %1 resolves to %2, a %3 (not sent; the setting "
                                  "webhooksAllowPrivateNetworks allows it)")
                       .arg(f->url.host(), a.toString(), reason));
            return;
        }
    }
    f->addresses = addresses;
    send(f);
}

void WebhookDispatcher::send(const std::shared_ptr<Flight> &f)
{
    // To the address just checked, never to a name resolved again (DNS rebinding).
    HttpPost post;
    post.address = f->addresses.takeFirst();
    post.tls = f->url.scheme() == QLatin1String("https");
    post.port = quint16(f->url.port(post.tls ? 443 : 80));
    post.host = f->url.host();
    post.target = f->url.path(QUrl::FullyEncoded).toLatin1();
    if (f->url.hasQuery())
        post.target += '?' + f->url.query(QUrl::FullyEncoded).toLatin1();
    post.headers = f->requestHeaders;
    post.body = f->attempt.requestBody;
    f->requestId =
        m_http->post(post, [this, w = std::weak_ptr<Flight>(f)](const HttpAnswer &answer) {
            const auto flight = w.lock();
            if (!flight || flight->finished)
                return;
            flight->requestId = 0;
            if (answer.status == 0 && !answer.requestSent && !flight->addresses.isEmpty()) {
                send(flight); // refused or unreachable: the host's next address
                return;
            }
            answered(flight, answer);
        });
}

void WebhookDispatcher::answered(const std::shared_ptr<Flight> &f, const HttpAnswer &answer)
{
    WebhookAttempt &a = f->attempt;
    a.responseBody = answer.body;
    a.responseTruncated = answer.bodyTruncated;
    QJsonObject headers;
    for (const auto &h : answer.headers) {
        const QString name = QString::fromLatin1(h.first).toLower();
        const QString value = QString::fromUtf8(h.second);
        headers.insert(name, headers.contains(name)
                                 ? headers.value(name).toString() + QStringLiteral(", ") + value
                                 : value);
    }
    a.responseHeaders = headers;
    const int status = answer.status;
    QString error;
    if (status >= 300 && status < 400)
        error = QStringLiteral("Redirect to %1 not followed")
                    .arg(a.responseHeaders.value(QStringLiteral("location")).toString());
    else if (status == 0)
        error = answer.error;
    else if (status < 200 || status >= 300)
        error = QStringLiteral("HTTP %1").arg(status);
    finish(f, status, error);
}

void WebhookDispatcher::finish(const std::shared_ptr<Flight> &f, int statusCode,
                               const QString &error, bool permanent)
{
    if (f->finished)
        return;
    f->finished = true;
    f->deadline.stop();
    WebhookAttempt &a = f->attempt;
    a.durationMs = f->elapsed.elapsed();
    a.statusCode = statusCode;
    a.error = error;
    const qint64 now = a.startedAt + a.durationMs;
    DeliveryQueue::Outcome outcome;
    QString result;
    const int attempts = f->delivery.attempts + 1;
    if (statusCode >= 200 && statusCode < 300) {
        outcome.status = QStringLiteral("delivered");
        outcome.deliveredAt = qMax<qint64>(now, 1);
        result = QStringLiteral("delivered");
    } else if (statusCode == 410) {
        outcome.status = QStringLiteral("failed");
        if (!f->delivery.endpointId.isEmpty()) {
            outcome.disableEndpointReason = QString::fromLatin1(kGoneReason);
            result = QStringLiteral("disabled");
        } else {
            result = QStringLiteral("failed");
        }
    } else if (permanent || attempts >= kMaxAttempts) {
        outcome.status = QStringLiteral("failed");
        result = QStringLiteral("failed");
    } else {
        const double base = double(backoffMs().at(attempts - 1)) * m_options.retryScale;
        const double jitter =
            1.0 + kJitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
        outcome.status = QStringLiteral("retrying");
        outcome.nextAttemptAt = now + qMax<qint64>(1, qint64(base * jitter));
        result = QStringLiteral("retrying");
    }
    done(f);
    m_ended.append({f->delivery, a, outcome, result, f->event.at, {}});
    m_refill.insert(f->target);
    startClaimed(); // the freed slot takes the target's next claimed row now
    scheduleFlush();
}

void WebhookDispatcher::settle(const std::shared_ptr<Flight> &f, const QString &status,
                               const QString &reason)
{
    done(f);
    DeliveryQueue::Outcome outcome;
    outcome.status = status;
    m_ended.append({f->delivery, std::nullopt, outcome, {}, 0, reason});
    m_refill.insert(f->target);
    startClaimed();
    scheduleFlush();
}

void WebhookDispatcher::done(const std::shared_ptr<Flight> &f)
{
    if (m_flights.remove(f->delivery.id) && --m_perTarget[f->target] <= 0)
        m_perTarget.remove(f->target);
}

} // namespace mid
