#include "WebhookStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace mid {

namespace {
// The columns in the order endpointsFrom reads them. A macro, so that the SELECTs below are
// string literals: native() keys its statements by their text's address, which lives as long as
// the program.
#define MID_ENDPOINT_COLUMNS                                                                   \
    "id, client_id, url, events, status, status_reason, description, secret_enc, position, "  \
    "created_at, updated_at"
#define MID_ENDPOINT_SELECT "SELECT " MID_ENDPOINT_COLUMNS " FROM webhook_endpoints "
const QString kColumns = QStringLiteral(MID_ENDPOINT_COLUMNS);

// A null QString binds as SQL NULL; an empty description is a text.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Rows read through SQLite directly (Database::native): every state change asks for its
// client's receiving endpoints (Outbox::record), and Qt SQL's bookkeeping per execution cost
// more than the query itself.

QList<WebhookEndpoint> endpointsFrom(NativeStatement q)
{
    QList<WebhookEndpoint> out;
    while (q.next()) {
        WebhookEndpoint e;
        e.id = q.text(0);
        e.clientId = q.text(1);
        e.url = q.text(2);
        e.events = SqlValues::stringList(q.text(3));
        e.status = q.text(4);
        e.statusReason = q.text(5);
        e.description = q.text(6);
        e.secretSealed = q.bytes(7);
        e.position = int(q.integer(8));
        e.createdAt = q.integer(9);
        e.updatedAt = q.integer(10);
        out.append(std::move(e));
    }
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
    NativeStatement q = m_db.native(MID_ENDPOINT_SELECT "WHERE id=?");
    q.bind(1, id);
    const auto found = endpointsFrom(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<WebhookEndpoint> WebhookStore::list(const QString &clientId)
{
    if (clientId.isEmpty())
        return endpointsFrom(m_db.native(MID_ENDPOINT_SELECT "ORDER BY created_at, id"));
    NativeStatement q =
        m_db.native(MID_ENDPOINT_SELECT "WHERE client_id=? ORDER BY position, created_at");
    q.bind(1, clientId);
    return endpointsFrom(q);
}

QList<WebhookEndpoint> WebhookStore::receiving(const QString &clientId)
{
    NativeStatement q = m_db.native(MID_ENDPOINT_SELECT "WHERE client_id=? AND status IN "
                                                        "('active','paused') ORDER BY position, "
                                                        "created_at");
    q.bind(1, clientId);
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
