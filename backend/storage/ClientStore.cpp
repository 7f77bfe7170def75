#include "ClientStore.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mid {

namespace {
QString listText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString &text)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

QVariant nullable(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant rateLimitsValue(const Client &c)
{
    if (!c.rateLimits)
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(*c.rateLimits).toJson(QJsonDocument::Compact));
}

// Column order shared by INSERT and UPDATE; client_id comes last so it can be the WHERE key.
const QString kColumns = QStringLiteral(
    "name, plan, status, scopes, allowed_origins, qr_payload, rate_limits, api_key_hash, "
    "old_key_hash, "
    "old_key_expires_at, secret_enc, old_secret_enc, credentials_rotated_at, stripe_customer_id, "
    "created_at, updated_at, client_id");

QSqlQuery &bindAll(QSqlQuery &q, const Client &c)
{
    const QVariantList values = {c.name,
                                 c.plan,
                                 c.status,
                                 listText(c.scopes),
                                 listText(c.allowedOrigins),
                                 c.qrPayload,
                                 rateLimitsValue(c),
                                 c.apiKeyHash,
                                 nullable(c.oldKeyHash),
                                 c.oldKeyExpiresAt,
                                 c.secretSealed,
                                 nullable(c.oldSecretSealed),
                                 c.credentialsRotatedAt,
                                 nullable(c.stripeCustomerId),
                                 c.createdAt,
                                 c.updatedAt,
                                 c.clientId};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q;
}
} // namespace

QList<Client> ClientStore::loadAll()
{
    QList<Client> out;
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM clients"));
    while (q.next()) {
        Client c;
        c.name = q.value(0).toString();
        c.plan = q.value(1).toString();
        c.status = q.value(2).toString();
        c.scopes = listFrom(q.value(3).toString());
        c.allowedOrigins = listFrom(q.value(4).toString());
        c.qrPayload = q.value(5).toString();
        if (!q.value(6).isNull())
            c.rateLimits = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        c.apiKeyHash = q.value(7).toByteArray();
        c.oldKeyHash = q.value(8).toByteArray();
        c.oldKeyExpiresAt = q.value(9).toLongLong();
        c.secretSealed = q.value(10).toByteArray();
        c.oldSecretSealed = q.value(11).toByteArray();
        c.credentialsRotatedAt = q.value(12).toLongLong();
        c.stripeCustomerId = q.value(13).toString();
        c.createdAt = q.value(14).toLongLong();
        c.updatedAt = q.value(15).toLongLong();
        c.clientId = q.value(16).toString();
        out.append(c);
    }
    q.finish();
    return out;
}

void ClientStore::insert(const Client &client)
{
    Database::run(
        bindAll(m_db.prepared(QStringLiteral("INSERT INTO clients (") + kColumns +
                              QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")),
                client));
}

void ClientStore::update(const Client &client)
{
    QString assignments = kColumns;
    assignments.replace(QStringLiteral(", client_id"), QString());
    assignments.replace(QStringLiteral(", "), QStringLiteral("=?, "));
    Database::run(bindAll(m_db.prepared(QStringLiteral("UPDATE clients SET ") + assignments +
                                        QStringLiteral("=? WHERE client_id=?")),
                          client));
}

void ClientStore::remove(const QString &clientId)
{
    m_db.exec(QStringLiteral("DELETE FROM clients WHERE client_id=?"), {clientId});
}

} // namespace mid
