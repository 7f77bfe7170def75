#include "WebhookStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace mid {

namespace {
const QString kColumns = QStringLiteral(
    "id, client_id, url, events, status, status_reason, description, secret_enc, position, "
    "created_at, updated_at");

// A null QString binds as SQL NULL; an empty description is a text.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

WebhookEndpoint endpointFrom(const QSqlQuery &q)
{
    WebhookEndpoint e;
    e.id = q.value(0).toString();
    e.clientId = q.value(1).toString();
    e.url = q.value(2).toString();
    e.events = SqlValues::stringList(q.value(3));
    e.status = q.value(4).toString();
    e.statusReason = q.value(5).toString();
    e.description = q.value(6).toString();
    e.secretSealed = q.value(7).toByteArray();
    e.position = q.value(8).toInt();
    e.createdAt = q.value(9).toLongLong();
    e.updatedAt = q.value(10).toLongLong();
    return e;
}

QList<WebhookEndpoint> endpointsFrom(QSqlQuery &q)
{
    QList<WebhookEndpoint> out;
    while (q.next())
        out.append(endpointFrom(q));
    q.finish();
    return out;
}
} // namespace

void WebhookStore::insert(const WebhookEndpoint &e)
{
    m_db.exec(QStringLiteral("INSERT INTO webhook_endpoints (") + kColumns +
                  QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
              {e.id, e.clientId, e.url, SqlValues::json(e.events), e.status,
               SqlValues::nullableText(e.statusReason), notNull(e.description), e.secretSealed,
               e.position, e.createdAt, e.updatedAt});
}

void WebhookStore::update(const WebhookEndpoint &e)
{
    m_db.exec(QStringLiteral("UPDATE webhook_endpoints SET url=?, events=?, status=?, "
                             "status_reason=?, description=?, secret_enc=?, updated_at=? "
                             "WHERE id=?"),
              {e.url, SqlValues::json(e.events), e.status, SqlValues::nullableText(e.statusReason),
               notNull(e.description), e.secretSealed, e.updatedAt, e.id});
}

void WebhookStore::remove(const QString &id)
{
    m_db.exec(QStringLiteral("DELETE FROM webhook_endpoint_secrets WHERE endpoint_id=?"), {id});
    m_db.exec(QStringLiteral("DELETE FROM webhook_endpoints WHERE id=?"), {id});
}

std::optional<WebhookEndpoint> WebhookStore::find(const QString &id)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM webhook_endpoints WHERE id=?"),
                             {id});
    const auto found = endpointsFrom(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<WebhookEndpoint> WebhookStore::list(const QString &clientId)
{
    if (clientId.isEmpty()) {
        QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM webhook_endpoints ORDER BY created_at, id"));
        return endpointsFrom(q);
    }
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM webhook_endpoints WHERE client_id=? "
                                                "ORDER BY position, created_at"),
                             {clientId});
    return endpointsFrom(q);
}

QList<WebhookEndpoint> WebhookStore::receiving(const QString &clientId)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM webhook_endpoints WHERE client_id=? AND "
                                                "status IN ('active','paused') "
                                                "ORDER BY position, created_at"),
                             {clientId});
    return endpointsFrom(q);
}

int WebhookStore::nextPosition(const QString &clientId)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM webhook_endpoints WHERE "
                       "client_id=?"),
        {clientId});
    const int next = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return next;
}

void WebhookStore::keepOldSecret(const QString &endpointId, const QByteArray &sealed,
                                 qint64 createdAt, qint64 expiresAt)
{
    m_db.exec(QStringLiteral("DELETE FROM webhook_endpoint_secrets WHERE endpoint_id=? AND "
                             "expires_at<=?"),
              {endpointId, createdAt});
    m_db.exec(QStringLiteral("INSERT INTO webhook_endpoint_secrets (endpoint_id, secret_enc, "
                             "created_at, expires_at) VALUES (?,?,?,?)"),
              {endpointId, sealed, createdAt, expiresAt});
}

QList<QByteArray> WebhookStore::oldSecrets(const QString &endpointId, qint64 nowMs)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT secret_enc FROM webhook_endpoint_secrets "
                                            "WHERE endpoint_id=? AND expires_at>? "
                                            "ORDER BY created_at DESC"),
                             {endpointId, nowMs});
    QList<QByteArray> out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    q.finish();
    return out;
}

} // namespace mid
