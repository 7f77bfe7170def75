#include "WebhookDispatcher.h"

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
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
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
    QPointer<QNetworkReply> reply;
    QTimer deadline;
    bool timedOut = false;
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
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy); // the address checked is the address called
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timer = std::make_unique<QTimer>();
    m_timer->setSingleShot(true);
    connect(m_timer.get(), &QTimer::timeout, this, &WebhookDispatcher::sweep);
    connect(&ClockJumps::instance(), &ClockJumps::jumped, this, &WebhookDispatcher::wake);
    m_running = true;
    m_sweepWanted = true;
    qCInfo(lcDispatch).noquote() << "webhook dispatcher started as" << m_worker;
    pump();
}

void WebhookDispatcher::stop()
{
    m_running = false;
    disconnect(&ClockJumps::instance(), nullptr, this, nullptr);
    if (m_timer)
        m_timer->stop();
    QStringList unfinished;
    const auto flights = m_flights;
    for (const auto &f : flights) {
        f->finished = true; // aborting must not record a failure
        f->deadline.stop();
        if (f->lookupId >= 0)
            QHostInfo::abortHostLookup(f->lookupId);
        if (f->reply) {
            f->reply->disconnect(this);
            f->reply->abort();
            delete f->reply.data();
        }
        unfinished << f->delivery.id;
    }
    m_flights.clear();
    m_perTarget.clear();
    m_refill.clear();
    try {
        // Given back rather than left to expire: the next start sends them at once.
        m_queue.release(unfinished, m_worker);
    } catch (const std::exception &e) {
        qCWarning(lcDispatch) << "could not give back the leases of unfinished deliveries"
                              << e.what();
    }
    m_timer.reset();
    m_nam.reset();
    m_db.closeThreadConnection();
}

void WebhookDispatcher::wake()
{
    m_sweepWanted = true;
    schedulePump();
}

void WebhookDispatcher::sweep()
{
    m_sweepWanted = true;
    pump();
}

void WebhookDispatcher::schedulePump()
{
    if (m_pumpQueued || !m_running)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &WebhookDispatcher::pump, Qt::QueuedConnection);
}

DeliveryQueue::Exclusions WebhookDispatcher::exclusions() const
{
    DeliveryQueue::Exclusions ex;
    ex.deliveryIds = m_flights.keys();
    for (auto it = m_perTarget.cbegin(); it != m_perTarget.cend(); ++it)
        if (it.value() >= m_options.perTarget)
            ex.targets << it.key();
    ex.perTarget = m_options.perTarget;
    ex.inFlight = m_perTarget;
    return ex;
}

void WebhookDispatcher::pump()
{
    m_pumpQueued = false;
    if (!m_running)
        return;
    bool throttled = false;
    try {
        // 1. The slots that attempts freed, from their own targets' rows: claims that stop at
        // the target's first due rows, however long another target's backlog is.
        const QSet<QString> refill = std::exchange(m_refill, {});
        for (const QString &target : refill) {
            const int room = qMin(m_options.perTarget - m_perTarget.value(target),
                                  int(m_options.overall - m_flights.size()));
            if (room <= 0 || !m_running)
                continue;
            DeliveryQueue::Exclusions ex = exclusions();
            ex.onlyTarget = target;
            const qint64 now = Time::nowMs();
            for (const WebhookDelivery &d :
                 m_queue.claim(m_worker, now, now + m_options.leaseMs, room, ex))
                begin(d);
        }
        // 2. The sweep: every target, oldest due first, no more rows of a target than it has
        // free slots.
        bool first = true;
        bool swept = false;
        while (m_sweepWanted && m_flights.size() < m_options.overall && m_running) {
            const DeliveryQueue::Exclusions ex = exclusions();
            if (first && !ex.targets.isEmpty()) {
                if (m_sinceSweep.isValid() && m_sinceSweep.elapsed() < kSweepMs) {
                    throttled = true;
                    break;
                }
                m_sinceSweep.start();
            }
            first = false;
            swept = true;
            const int room = qMin(m_options.batch, int(m_options.overall - m_flights.size()));
            const qint64 now = Time::nowMs();
            bool capped = false;
            const auto rows =
                m_queue.claim(m_worker, now, now + m_options.leaseMs, room, ex, &capped);
            for (const WebhookDelivery &d : rows)
                begin(d);
            // Fewer than asked: nothing more is due, unless rows were left because their
            // target filled up (then the next round, with it excluded, looks past them).
            if (rows.size() < room && !capped)
                m_sweepWanted = false;
        }
        // Only a sweep (or a stopped timer) needs the next due time again: it too walks past
        // the due rows of targets at their cap. A refill changes no other target's rows, and
        // finish() brings the timer forward for a retry it schedules.
        if (swept || throttled || !m_timer || !m_timer->isActive() ||
            m_flights.size() >= m_options.overall)
            armTimer(throttled);
    } catch (const std::exception &e) {
        qCWarning(lcDispatch) << "webhook dispatch failed; trying again in 5 s:" << e.what();
        if (m_timer && m_running)
            m_timer->start(5000);
    }
}

void WebhookDispatcher::armTimer(bool throttled)
{
    if (!m_timer)
        return;
    if (m_flights.size() >= m_options.overall) {
        m_timer->stop(); // a finished attempt pumps again (and sweeps if one is wanted)
        return;
    }
    if (throttled) {
        m_timer->start(int(qMax<qint64>(1, kSweepMs - m_sinceSweep.elapsed())));
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

QStringList WebhookDispatcher::secretsFor(const WebhookDelivery &d, QString *settleStatus)
{
    WebhookStore endpoints(m_db);
    const qint64 now = Time::nowMs();
    if (!d.endpointId.isEmpty()) {
        const auto e = endpoints.find(d.endpointId);
        if (!e || e->status == WebhookRules::kDisabled) {
            *settleStatus = QStringLiteral("cancelled");
            return {};
        }
        if (e->status == WebhookRules::kPaused) {
            *settleStatus = QStringLiteral("held");
            return {};
        }
        return EndpointSecrets::valid(m_dataKey, endpoints, *e, now); // the row just read
    }
    return EndpointSecrets::forDelivery(m_dataKey, m_db, d, now);
}

void WebhookDispatcher::begin(const WebhookDelivery &d)
{
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

    QString settleStatus;
    const QStringList secrets = secretsFor(d, &settleStatus);
    if (!settleStatus.isEmpty()) {
        done(f);
        settle(d, settleStatus,
               settleStatus == QLatin1String("held")
                   ? QString()
                   : QStringLiteral("The endpoint was disabled or deleted"));
        return;
    }
    const auto event = OutboxStore(m_db).findEvent(d.eventId);
    if (!event) {
        finish(f, 0, QStringLiteral("The event of this delivery is gone"), true);
        return;
    }
    f->event = *event;
    if (secrets.isEmpty()) {
        finish(f, 0, QStringLiteral("No signing secret can be opened with this box's data key"));
        return;
    }
    // Signed now, with the secrets valid now: a rotation applies to the next retry.
    const auto s =
        WebhookSigner::sign({event->id, event->type, Time::rfc3339Ms(event->at), event->data},
                            secrets, f->attempt.startedAt / 1000);
    for (const auto &h : s.headers)
        f->attempt.requestHeaders.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
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
        flight->timedOut = true;
        if (flight->lookupId >= 0) {
            QHostInfo::abortHostLookup(flight->lookupId);
            finish(flight, 0,
                   QStringLiteral("Timed out after %1 s resolving the host")
                       .arg(m_options.timeoutMs / 1000));
        } else if (flight->reply) {
            flight->reply->abort(); // finished() records the timeout
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
    send(f);
}

void WebhookDispatcher::send(const std::shared_ptr<Flight> &f)
{
    QNetworkRequest request(f->url);
    for (auto it = f->attempt.requestHeaders.constBegin();
         it != f->attempt.requestHeaders.constEnd(); ++it)
        request.setRawHeader(it.key().toLatin1(), it.value().toString().toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_nam->post(request, f->attempt.requestBody);
    f->reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [f, reply] {
        // Keeps the first 64 KiB; the rest is read and dropped.
        const QByteArray chunk = reply->readAll();
        const qsizetype room = DeliveryQueue::kMaxStoredBytes - f->attempt.responseBody.size();
        if (chunk.size() > room)
            f->attempt.responseTruncated = true;
        if (room > 0)
            f->attempt.responseBody += chunk.left(room);
    });
    connect(reply, &QNetworkReply::finished, this, [this, f, reply] {
        reply->deleteLater();
        if (f->finished)
            return;
        const QByteArray rest = reply->readAll();
        const qsizetype room = DeliveryQueue::kMaxStoredBytes - f->attempt.responseBody.size();
        if (rest.size() > room)
            f->attempt.responseTruncated = true;
        if (room > 0)
            f->attempt.responseBody += rest.left(room);
        QJsonObject headers;
        for (const auto &h : reply->rawHeaderPairs()) {
            const QString name = QString::fromLatin1(h.first).toLower();
            const QString value = QString::fromUtf8(h.second);
            headers.insert(name, headers.contains(name)
                                     ? headers.value(name).toString() + QStringLiteral(", ") + value
                                     : value);
        }
        f->attempt.responseHeaders = headers;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString error;
        if (f->timedOut)
            error = QStringLiteral("Timed out after %1 s").arg(m_options.timeoutMs / 1000);
        else if (status >= 300 && status < 400)
            error = QStringLiteral("Redirect to %1 not followed")
                        .arg(QString::fromUtf8(reply->rawHeader("Location")));
        else if (status == 0)
            error = reply->errorString();
        else if (status < 200 || status >= 300)
            error = QStringLiteral("HTTP %1").arg(status);
        finish(f, f->timedOut ? 0 : status, error);
    });
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
    try {
        const auto after = m_queue.record(f->delivery, a, outcome, m_worker);
        if (!after) {
            qCWarning(lcDispatch).noquote()
                << "the lease of" << f->delivery.id << "was lost; its attempt is not recorded";
        } else {
            DeliveryUpdate update{*after, result, -1};
            if (result == QLatin1String("delivered"))
                update.delaySeconds = double(outcome.deliveredAt - f->event.at) / 1000.0;
            Q_EMIT deliveryUpdated(update);
        }
    } catch (const std::exception &e) {
        // The lease runs out and the row is due again: the attempt is repeated, not lost.
        qCWarning(lcDispatch) << "could not record a webhook attempt:" << e.what();
        if (m_timer && m_running)
            m_timer->start(5000); // not at once: the database may need a moment
        return;
    }
    if (outcome.status == QLatin1String("retrying") && m_timer && m_running) {
        const qint64 wait = qMax<qint64>(0, outcome.nextAttemptAt - Time::nowMs());
        if (!m_timer->isActive() || m_timer->remainingTime() > wait)
            m_timer->start(int(qMin<qint64>(wait, 60'000)));
    }
    m_refill.insert(f->target);
    schedulePump();
}

void WebhookDispatcher::settle(const WebhookDelivery &d, const QString &status,
                               const QString &reason)
{
    try {
        if (const auto after = m_queue.settle(d.id, status, reason, m_worker, Time::nowMs()))
            Q_EMIT deliveryUpdated(DeliveryUpdate{*after, {}, -1});
    } catch (const std::exception &e) {
        qCWarning(lcDispatch) << "could not settle a webhook delivery:" << e.what();
    }
    m_refill.insert(targetOf(d));
    schedulePump();
}

void WebhookDispatcher::done(const std::shared_ptr<Flight> &f)
{
    if (m_flights.remove(f->delivery.id) && --m_perTarget[f->target] <= 0)
        m_perTarget.remove(f->target);
}

} // namespace mid
