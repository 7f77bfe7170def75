#include "ConsentService.h"

#include "ClientService.h"
#include "core/Clock.h"
#include "core/Cursor.h"
#include "core/Ids.h"
#include "core/JsonWriter.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "webhooks/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConsent, "mid.consents")

namespace mid {

namespace {
constexpr qint64 kExpiryRetryMs = 1000; // after the database failed an expiry run
} // namespace

ConsentService::ConsentService(Database &db, ClientService &clients, Outbox &outbox,
                               QString publicUrl, QObject *parent)
    : QObject(parent), m_db(db), m_store(db), m_clients(clients), m_outbox(outbox),
      m_publicUrl(std::move(publicUrl))
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &ConsentService::expireDueAndRearm);
    // The timer waits real time; when a test moves the clock, what became due expires now.
    connect(&ClockJumps::instance(), &ClockJumps::jumped, this, &ConsentService::expireDueAndRearm);
}

void ConsentService::expireDueAndRearm()
{
    m_armedAt = 0;
    try {
        expireDue();
        rearmFromDatabase();
    } catch (const StorageError &) {
        // Logged by the storage layer. Nothing may leave a timer's slot (it would end the
        // server); try again shortly rather than never.
        qCWarning(lcConsent) << "expiring consent sessions failed; retrying in" << kExpiryRetryMs
                             << "ms";
        arm(Time::nowMs() + kExpiryRetryMs);
    }
}

void ConsentService::start()
{
    expireDue();
    rearmFromDatabase();
}

QString ConsentService::approvalUrl(const QString &id) const
{
    return m_publicUrl + QStringLiteral("/approve/") + id;
}
QString ConsentService::deepLink(const QString &id) const
{
    return QStringLiteral("mobid://auth?session=") + id;
}
QString ConsentService::qrImageUrl(const QString &id) const
{
    return m_publicUrl + QStringLiteral("/v1/consents/qr/auth/") + id;
}

QString ConsentService::qrContent(const Consent &consent) const
{
    const auto client = m_clients.find(consent.clientId);
    if (client && client->qrPayload == QLatin1String("deeplink"))
        return deepLink(consent.id);
    return approvalUrl(consent.id);
}

QByteArray ConsentService::toJsonBytes(const Consent &c) const
{
    // Members in sorted order, as QJsonDocument would write them; optional ones only when set.
    JsonWriter w;
    w.beginObject();
    w.key("approvalUrl").value(approvalUrl(c.id));
    if (!c.callbackUrl.isEmpty())
        w.key("callbackUrl").value(c.callbackUrl);
    w.key("clientId").value(c.clientId);
    w.key("createdAt").value(Time::rfc3339Ms(c.createdAt));
    if (c.decidedAt)
        w.key("decidedAt").value(Time::rfc3339Ms(c.decidedAt));
    w.key("deepLink").value(deepLink(c.id));
    if (!c.device.isEmpty())
        w.key("device").value(c.device);
    w.key("expiresAt").value(Time::rfc3339Ms(c.expiresAt));
    w.key("id").value(c.id);
    w.key("intent").value(c.intent);
    w.key("metadata").value(c.metadata);
    w.key("purpose").value(c.intent);
    w.key("qrCode").value(qrImageUrl(c.id));
    w.key("recipient").value(c.recipient);
    if (c.revokedAt)
        w.key("revokedAt").value(Time::rfc3339Ms(c.revokedAt));
    if (c.scannedAt)
        w.key("scannedAt").value(Time::rfc3339Ms(c.scannedAt));
    w.key("scope").value(c.scope);
    w.key("sessionId").value(c.id);
    w.key("status").value(ConsentRules::statusName(c.status));
    w.key("updatedAt").value(Time::rfc3339Ms(c.updatedAt));
    if (!c.user.isEmpty())
        w.key("user").value(c.user);
    w.endObject();
    return w.bytes();
}

QJsonObject ConsentService::toJson(const Consent &c) const
{
    // One serializer for both forms: the object is read back from the bytes.
    return QJsonDocument::fromJson(toJsonBytes(c)).object();
}

Consent ConsentService::create(const Client &client, const ConsentInput &input, QByteArray *json)
{
    Consent c;
    c.id = Ids::makeOrdered(QStringLiteral("cons"));
    c.clientId = client.clientId;
    c.recipient = input.recipient;
    c.intent = input.intent.value_or(QStringLiteral("login"));
    c.scope = input.scope.value_or(QStringList());
    c.metadata = input.metadata.value_or(QJsonObject());
    c.callbackUrl = input.callbackUrl.value_or(QString());
    c.createdAt = c.updatedAt = Time::nowMs();
    c.expiresAt = ConsentRules::expiryFrom(
        c.createdAt, input.expiresIn.value_or(ConsentRules::kDefaultExpiresIn));
    Transaction tx(m_db);
    c.seq = m_store.insert(c);
    const QByteArray recorded = record(QStringLiteral("consent.created"), c);
    tx.commit();
    if (json)
        *json = recorded;
    arm(c.expiresAt);
    return c;
}

Consent ConsentService::load(const QString &id)
{
    return get(QString(), id);
}

std::optional<Consent> ConsentService::find(const QString &id)
{
    const auto recent = findRecent(id);
    return recent ? std::optional<Consent>(recent->consent) : std::nullopt;
}

std::optional<ConsentService::Recent> ConsentService::findRecent(const QString &id)
{
    if (!Ids::looksLike(id, QStringLiteral("cons")))
        return std::nullopt;
    return m_recent.find(id, [&]() -> std::optional<Recent> {
        const auto stored = m_store.find(id);
        if (!stored)
            return std::nullopt;
        return Recent{*stored, toJsonBytes(*stored)};
    });
}

ConsentService::Recent ConsentService::loadRecent(const QString &clientId, const QString &id)
{
    auto recent = findRecent(id);
    if (!recent || (!clientId.isEmpty() && recent->consent.clientId != clientId))
        throw ServiceError::notFound(QStringLiteral("Consent session"));
    return std::move(*recent);
}

Consent ConsentService::get(const QString &clientId, const QString &id)
{
    return loadRecent(clientId, id).consent;
}

QByteArray ConsentService::getJson(const QString &clientId, const QString &id)
{
    return loadRecent(clientId, id).json;
}

void ConsentService::transition(Consent &c, ConsentStatus to, const QString &event)
{
    if (!ConsentRules::canTransition(c.status, to))
        throw ServiceError::conflict(
            QStringLiteral("Consent session is %1 and cannot become %2")
                .arg(ConsentRules::statusName(c.status), ConsentRules::statusName(to)));
    c.status = to;
    c.updatedAt = Time::nowMs();
    Transaction tx(m_db);
    m_store.save(c);
    record(event, c);
    tx.commit();
}

Consent ConsentService::update(const QString &clientId, const QString &id,
                               const ConsentInput &patch)
{
    Consent c = get(clientId, id);
    if (c.status != ConsentStatus::Pending)
        throw ServiceError::conflict(
            QStringLiteral("Consent session is %1; only pending sessions can be updated")
                .arg(ConsentRules::statusName(c.status)));
    if (patch.intent)
        c.intent = *patch.intent;
    if (patch.scope)
        c.scope = *patch.scope;
    if (patch.metadata)
        c.metadata = *patch.metadata;
    if (patch.callbackUrl)
        c.callbackUrl = *patch.callbackUrl;
    c.updatedAt = Time::nowMs();
    if (patch.expiresIn)
        c.expiresAt = ConsentRules::expiryFrom(c.updatedAt, *patch.expiresIn);
    Transaction tx(m_db);
    m_store.save(c);
    record(QStringLiteral("consent.updated"), c);
    tx.commit();
    if (patch.expiresIn)
        rearmFromDatabase();
    return c;
}

Consent ConsentService::revoke(const QString &clientId, const QString &id)
{
    Consent c = get(clientId, id);
    const bool withdrawn = c.status == ConsentStatus::Approved;
    if (withdrawn || c.status == ConsentStatus::Pending)
        c.revokedAt = Time::nowMs();
    transition(c, ConsentStatus::Revoked, QStringLiteral("consent.revoked"));
    return c;
}

Consent ConsentService::decide(const QString &id, bool approve, const QJsonObject &user,
                               const QJsonObject &device)
{
    Consent c = load(id);
    if (c.status == ConsentStatus::Pending && c.expiresAt <= Time::nowMs()) {
        expireDue();
        c = load(id);
    }
    if (c.status != ConsentStatus::Pending)
        throw ServiceError::conflict(
            QStringLiteral("Consent session is %1 and can no longer be decided")
                .arg(ConsentRules::statusName(c.status)));
    c.decidedAt = Time::nowMs();
    c.user = user;
    c.device = device;
    transition(c, approve ? ConsentStatus::Approved : ConsentStatus::Rejected,
               approve ? QStringLiteral("consent.approved") : QStringLiteral("consent.rejected"));
    return c;
}

void ConsentService::markScanned(const QString &id)
{
    Transaction tx(m_db);
    if (m_store.markScanned(id, Time::nowMs())) {
        m_recent.forget(id); // load() reads the row as this transaction changed it
        record(QStringLiteral("consent.scanned"), load(id));
    }
    tx.commit();
}

ConsentService::Page ConsentService::list(const ConsentFilter &filter, int limit,
                                          const QString &cursor)
{
    const auto rows = m_store.list(filter, limit, cursor.isEmpty() ? 0 : Cursor::decode(cursor));
    Page page{rows.items, rows.total, {}};
    if (rows.more)
        page.nextCursor = Cursor::encode(rows.items.constLast().seq);
    return page;
}

int ConsentService::expireDue()
{
    Transaction tx(m_db);
    const QList<Consent> expired = m_store.expireDue(Time::nowMs());
    for (const Consent &c : expired)
        record(QStringLiteral("consent.expired"), c);
    tx.commit();
    if (!expired.isEmpty())
        qCDebug(lcConsent) << "expired" << expired.size() << "consent sessions";
    return int(expired.size());
}

QByteArray ConsentService::record(const QString &event, const Consent &c)
{
    const QByteArray json = toJsonBytes(c);
    m_recent.written(c.id, {c, json});
    m_outbox.record(event, c.clientId, QJsonDocument::fromJson(json).object(),
                    {c.id, c.callbackUrl, {}}, json);
    return json;
}

void ConsentService::arm(qint64 atMs)
{
    if (m_armedAt != 0 && m_armedAt <= atMs)
        return;
    m_armedAt = atMs;
    m_expiryTimer.start(int(qBound<qint64>(0, atMs - Time::nowMs(), 24LL * 3600 * 1000)));
}

void ConsentService::rearmFromDatabase()
{
    const auto next = m_store.nextExpiry();
    m_armedAt = 0;
    m_expiryTimer.stop();
    if (next)
        arm(*next);
}

QHash<QString, qint64> ConsentService::countByStatus()
{
    return m_store.countByStatus();
}

} // namespace mid
