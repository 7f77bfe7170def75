#include "ConsentService.h"

#include "ClientService.h"
#include "core/ApiError.h"
#include "core/Ids.h"
#include "core/Time.h"
#include "events/EventBus.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcConsent, "mid.consents")

namespace mid {

namespace {
const QString kColumns = QStringLiteral(
    "seq, id, client_id, recipient, intent, scope, metadata, callback_url, status, created_at, "
    "expires_at, updated_at, scanned_at, decided_at, revoked_at, user_json, device_json");

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString compact(const QStringList &l)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}
QVariant nullableMs(qint64 ms) { return ms ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong)); }
QVariant nullableJson(const QJsonObject &o) { return o.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(o)); }

QString encodeCursor(qint64 seq) { return QString::fromLatin1(QByteArray::number(seq).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)); }
qint64 decodeCursor(const QString &cursor)
{
    bool ok = false;
    const qint64 seq = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    if (!ok || seq <= 0)
        throw ApiError::validation(QStringLiteral("cursor"), QStringLiteral("invalid"),
                                   QStringLiteral("cursor is not one this server issued"));
    return seq;
}
} // namespace

ConsentService::ConsentService(Database &db, ClientService &clients, EventBus &bus, QString publicUrl,
                               QObject *parent)
    : QObject(parent), m_db(db), m_clients(clients), m_bus(bus), m_publicUrl(std::move(publicUrl))
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        m_armedAt = 0;
        try {
            expireDue();
        } catch (const ApiError &) {
            // Logged by the database layer; try again shortly rather than never.
            arm(Time::nowMs() + 1000);
            return;
        }
        rearmFromDatabase();
    });
}

void ConsentService::start()
{
    expireDue();
    rearmFromDatabase();
}

Consent ConsentService::fromRow(const QSqlQuery &q)
{
    Consent c;
    c.seq = q.value(0).toLongLong();
    c.id = q.value(1).toString();
    c.clientId = q.value(2).toString();
    c.recipient = q.value(3).toString();
    c.intent = q.value(4).toString();
    for (const auto &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        c.scope << v.toString();
    c.metadata = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    c.callbackUrl = q.value(7).toString();
    c.status = ConsentRules::parseStatus(q.value(8).toString()).value_or(ConsentStatus::Pending);
    c.createdAt = q.value(9).toLongLong();
    c.expiresAt = q.value(10).toLongLong();
    c.updatedAt = q.value(11).toLongLong();
    c.scannedAt = q.value(12).toLongLong();
    c.decidedAt = q.value(13).toLongLong();
    c.revokedAt = q.value(14).toLongLong();
    c.user = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    c.device = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    return c;
}

QString ConsentService::approvalUrl(const QString &id) const { return m_publicUrl + QStringLiteral("/approve/") + id; }
QString ConsentService::deepLink(const QString &id) const { return QStringLiteral("mobid://auth?session=") + id; }
QString ConsentService::qrImageUrl(const QString &id) const { return m_publicUrl + QStringLiteral("/v1/consents/qr/auth/") + id; }

QString ConsentService::qrContent(const Consent &consent) const
{
    const auto client = m_clients.find(consent.clientId);
    if (client && client->qrPayload == QLatin1String("deeplink"))
        return deepLink(consent.id);
    return approvalUrl(consent.id);
}

QJsonObject ConsentService::toJson(const Consent &c) const
{
    QJsonObject o{
        {QStringLiteral("sessionId"), c.id},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("clientId"), c.clientId},
        {QStringLiteral("status"), ConsentRules::statusName(c.status)},
        {QStringLiteral("recipient"), c.recipient},
        {QStringLiteral("intent"), c.intent},
        {QStringLiteral("purpose"), c.intent},
        {QStringLiteral("scope"), QJsonArray::fromStringList(c.scope)},
        {QStringLiteral("metadata"), c.metadata},
        {QStringLiteral("qrCode"), qrImageUrl(c.id)},
        {QStringLiteral("deepLink"), deepLink(c.id)},
        {QStringLiteral("approvalUrl"), approvalUrl(c.id)},
        {QStringLiteral("expiresAt"), Time::rfc3339Ms(c.expiresAt)},
        {QStringLiteral("createdAt"), Time::rfc3339Ms(c.createdAt)},
        {QStringLiteral("updatedAt"), Time::rfc3339Ms(c.updatedAt)},
    };
    if (!c.callbackUrl.isEmpty())
        o.insert(QStringLiteral("callbackUrl"), c.callbackUrl);
    if (c.scannedAt)
        o.insert(QStringLiteral("scannedAt"), Time::rfc3339Ms(c.scannedAt));
    if (c.decidedAt)
        o.insert(QStringLiteral("decidedAt"), Time::rfc3339Ms(c.decidedAt));
    if (c.revokedAt)
        o.insert(QStringLiteral("revokedAt"), Time::rfc3339Ms(c.revokedAt));
    if (!c.user.isEmpty())
        o.insert(QStringLiteral("user"), c.user);
    if (!c.device.isEmpty())
        o.insert(QStringLiteral("device"), c.device);
    return o;
}

Consent ConsentService::create(const Client &client, const ConsentInput &input)
{
    Consent c;
    c.id = Ids::make(QStringLiteral("cons"));
    c.clientId = client.clientId;
    c.recipient = input.recipient;
    c.intent = input.intent.value_or(QStringLiteral("login"));
    c.scope = input.scope.value_or(QStringList());
    c.metadata = input.metadata.value_or(QJsonObject());
    c.callbackUrl = input.callbackUrl.value_or(QString());
    c.createdAt = c.updatedAt = Time::nowMs();
    c.expiresAt = ConsentRules::expiryFrom(c.createdAt, input.expiresIn.value_or(ConsentRules::kDefaultExpiresIn));
    QSqlQuery &q = m_db.exec(
        QStringLiteral("INSERT INTO consents (id, client_id, recipient, intent, scope, metadata, callback_url, "
                       "status, created_at, expires_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
        {c.id, c.clientId, c.recipient, c.intent, compact(c.scope), compact(c.metadata),
         c.callbackUrl.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.callbackUrl),
         QStringLiteral("pending"), c.createdAt, c.expiresAt, c.updatedAt});
    c.seq = q.lastInsertId().toLongLong();
    arm(c.expiresAt);
    m_bus.publishLazy(QStringLiteral("consent.created"), c.clientId, [&] { return toJson(c); });
    return c;
}

Consent ConsentService::load(const QString &id)
{
    const auto c = find(id);
    if (!c)
        throw ApiError::notFound(QStringLiteral("Consent session"));
    return *c;
}

std::optional<Consent> ConsentService::find(const QString &id)
{
    if (!Ids::looksLike(id, QStringLiteral("cons")))
        return std::nullopt;
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM consents WHERE id=?"), {id});
    std::optional<Consent> c;
    if (q.next())
        c = fromRow(q);
    q.finish();
    return c;
}

Consent ConsentService::get(const QString &clientId, const QString &id)
{
    Consent c = load(id);
    if (!clientId.isEmpty() && c.clientId != clientId)
        throw ApiError::notFound(QStringLiteral("Consent session"));
    return c;
}

void ConsentService::save(const Consent &c)
{
    m_db.exec(QStringLiteral("UPDATE consents SET intent=?, scope=?, metadata=?, callback_url=?, status=?, "
                             "expires_at=?, updated_at=?, scanned_at=?, decided_at=?, revoked_at=?, "
                             "user_json=?, device_json=? WHERE id=?"),
              {c.intent, compact(c.scope), compact(c.metadata),
               c.callbackUrl.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.callbackUrl),
               ConsentRules::statusName(c.status), c.expiresAt, c.updatedAt, nullableMs(c.scannedAt),
               nullableMs(c.decidedAt), nullableMs(c.revokedAt), nullableJson(c.user), nullableJson(c.device), c.id});
}

void ConsentService::transition(Consent &c, ConsentStatus to, const QString &event)
{
    if (!ConsentRules::canTransition(c.status, to))
        throw ApiError::conflict(QStringLiteral("Consent session is %1 and cannot become %2")
                                     .arg(ConsentRules::statusName(c.status), ConsentRules::statusName(to)));
    c.status = to;
    c.updatedAt = Time::nowMs();
    save(c);
    m_bus.publish(event, c.clientId, toJson(c));
}

Consent ConsentService::update(const QString &clientId, const QString &id, const ConsentInput &patch)
{
    Consent c = get(clientId, id);
    if (c.status != ConsentStatus::Pending)
        throw ApiError::conflict(QStringLiteral("Consent session is %1; only pending sessions can be updated")
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
    save(c);
    if (patch.expiresIn)
        rearmFromDatabase();
    m_bus.publish(QStringLiteral("consent.updated"), c.clientId, toJson(c));
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

Consent ConsentService::decide(const QString &id, bool approve, const QJsonObject &user, const QJsonObject &device)
{
    Consent c = load(id);
    if (c.status == ConsentStatus::Pending && c.expiresAt <= Time::nowMs()) {
        expireDue();
        c = load(id);
    }
    if (c.status != ConsentStatus::Pending)
        throw ApiError::conflict(QStringLiteral("Consent session is %1 and can no longer be decided")
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
    const qint64 now = Time::nowMs();
    QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE consents SET scanned_at=?, updated_at=? "
                                            "WHERE id=? AND scanned_at IS NULL AND status='pending'"),
                             {now, now, id});
    if (q.numRowsAffected() > 0) {
        const Consent c = load(id);
        m_bus.publish(QStringLiteral("consent.scanned"), c.clientId, toJson(c));
    }
}

ConsentService::Page ConsentService::list(const ConsentFilter &filter, int limit, const QString &cursor)
{
    QString where = QStringLiteral(" WHERE 1=1");
    QVariantList values;
    if (!filter.clientId.isEmpty()) {
        where += QStringLiteral(" AND client_id=?");
        values << filter.clientId;
    }
    if (filter.status) {
        where += QStringLiteral(" AND status=?");
        values << ConsentRules::statusName(*filter.status);
    }
    if (!filter.recipient.isEmpty()) {
        where += QStringLiteral(" AND recipient=?");
        values << filter.recipient;
    }
    Page page;
    {
        QSqlQuery &count = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM consents") + where);
        for (int i = 0; i < values.size(); ++i)
            count.bindValue(i, values.at(i));
        if (!count.exec() || !count.next())
            throw ApiError(ApiError::Kind::ServerError, QStringLiteral("internal error"));
        page.total = count.value(0).toLongLong();
        count.finish();
    }
    QString pageWhere = where;
    QVariantList pageValues = values;
    if (!cursor.isEmpty()) {
        pageWhere += QStringLiteral(" AND seq < ?");
        pageValues << decodeCursor(cursor);
    }
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM consents") + pageWhere
                                 + QStringLiteral(" ORDER BY seq DESC LIMIT ?"));
    for (int i = 0; i < pageValues.size(); ++i)
        q.bindValue(i, pageValues.at(i));
    q.bindValue(int(pageValues.size()), limit + 1);
    if (!q.exec())
        throw ApiError(ApiError::Kind::ServerError, QStringLiteral("internal error"));
    while (q.next()) {
        if (page.items.size() == limit) {
            page.nextCursor = encodeCursor(page.items.constLast().seq);
            break;
        }
        page.items.append(fromRow(q));
    }
    q.finish();
    return page;
}

int ConsentService::expireDue()
{
    const qint64 now = Time::nowMs();
    QList<Consent> expired;
    {
        QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE consents SET status='expired', updated_at=? "
                                                "WHERE status='pending' AND expires_at<=? RETURNING ") + kColumns,
                                 {now, now});
        while (q.next())
            expired.append(fromRow(q));
        q.finish();
    }
    for (const Consent &c : expired)
        m_bus.publish(QStringLiteral("consent.expired"), c.clientId, toJson(c));
    if (!expired.isEmpty())
        qCDebug(lcConsent) << "expired" << expired.size() << "consent sessions";
    return int(expired.size());
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
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT MIN(expires_at) FROM consents WHERE status='pending'"));
    qint64 next = 0;
    if (q.next() && !q.value(0).isNull())
        next = q.value(0).toLongLong();
    q.finish();
    m_armedAt = 0;
    m_expiryTimer.stop();
    if (next)
        arm(next);
}

QHash<QString, qint64> ConsentService::countByStatus()
{
    QHash<QString, qint64> out;
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT status, COUNT(*) FROM consents GROUP BY status"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

} // namespace mid
