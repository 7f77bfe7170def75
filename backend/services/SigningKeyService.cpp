#include "SigningKeyService.h"

#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/AesGcm.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "crypto/Jws.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcKeys, "mid.keys")

namespace mid {

namespace {
using Row = SigningKeyStore::Row;

ServiceError internalError()
{
    return ServiceError::internal(QStringLiteral("internal error"));
}

// The private key of a row, only if it opens under the data key (the kid is the AAD, so a
// sealed key cannot be moved to another row) and matches the row's public key.
SigningKey openPrivate(const QByteArray &dataKey, const Row &row)
{
    const auto der = AesGcm::open(dataKey, row.privateSealed, row.kid.toUtf8());
    if (!der)
        return {};
    SigningKey key = SigningKey::fromPrivateDer(*der);
    if (key.isNull() || key.alg() != row.alg || key.publicDer() != row.publicDer)
        return {};
    return key;
}
} // namespace

SigningKeyService::SigningKeyService(Database &db, QByteArray dataKey)
    : m_store(db), m_dataKey(std::move(dataKey))
{
}

QString SigningKeyService::kidFor(const QByteArray &publicDer)
{
    return Base64Url::encodeToString(Hash::sha256(publicDer).left(16));
}

bool SigningKeyService::start(QString *error)
{
    if (!load(error))
        return false;
    if (m_keys.empty() || m_keys.back().retiredAt != 0) {
        Entry fresh = create(Time::nowMs());
        m_store.insert(rowFor(fresh));
        qCInfo(lcKeys).noquote() << "created signing key" << fresh.kid << fresh.alg;
        m_keys.push_back(std::move(fresh));
    }
    return true;
}

bool SigningKeyService::load(QString *error)
{
    m_keys.clear();
    const qint64 now = Time::nowMs();
    const QList<Row> rows = m_store.loadPublished(now - kRetiredPublishedMs);

    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row row = rows.at(i);
        if (row.retiredAt == 0 && i + 1 < rows.size()) {
            // Only an interrupted rotation could leave two current keys; the newest wins.
            m_store.retire(row.kid, now);
            row.retiredAt = now;
        }
        SigningKey key = row.retiredAt == 0 ? openPrivate(m_dataKey, row)
                                            : SigningKey::fromPublicDer(row.publicDer);
        if (key.isNull() && row.retiredAt == 0) {
            *error = QStringLiteral("signing key %1 cannot be opened with this data key "
                                    "(was data.key or MID_MASTER_KEY changed?)")
                         .arg(row.kid);
            return false;
        }
        if (key.isNull()) {
            qCWarning(lcKeys).noquote() << "retired signing key" << row.kid << "is unreadable";
            continue;
        }
        m_keys.push_back({row.kid, row.alg, row.createdAt, row.retiredAt, std::move(key)});
    }
    return true;
}

SigningKeyService::Entry SigningKeyService::create(qint64 nowMs)
{
    SigningKey key = SigningKey::generateRsa(2048);
    if (key.isNull())
        throw internalError();
    const QString kid = kidFor(key.publicDer());
    return {kid, key.alg(), nowMs, 0, std::move(key)};
}

SigningKeyStore::Row SigningKeyService::rowFor(const Entry &entry) const
{
    return {entry.kid,
            entry.alg,
            AesGcm::seal(m_dataKey, entry.key.privateDer(), entry.kid.toUtf8()),
            entry.key.publicDer(),
            entry.createdAt,
            0};
}

QString SigningKeyService::rotate()
{
    const qint64 now = Time::nowMs();
    Entry fresh = create(now);
    m_store.rotate(rowFor(fresh), now);
    Entry &old = m_keys.back();
    qCInfo(lcKeys).noquote() << "rotated signing key" << old.kid << "->" << fresh.kid;
    old.retiredAt = now;
    // A retired key only verifies from now on; its private half need not stay in memory.
    old.key = SigningKey::fromPublicDer(old.key.publicDer());
    const QString kid = fresh.kid;
    m_keys.push_back(std::move(fresh));
    m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(),
                                [&](const Entry &e) { return !isPublished(e, now); }),
                 m_keys.end());
    return kid;
}

bool SigningKeyService::isPublished(const Entry &entry, qint64 nowMs) const
{
    return entry.retiredAt == 0 || entry.retiredAt + kRetiredPublishedMs > nowMs;
}

QJsonObject SigningKeyService::jwk(const Entry &entry)
{
    QJsonObject k{{QStringLiteral("use"), QStringLiteral("sig")},
                  {QStringLiteral("kid"), entry.kid},
                  {QStringLiteral("alg"), entry.alg}};
    if (entry.key.type() == SigningKey::Type::EcP256) {
        k.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        k.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        k.insert(QStringLiteral("x"), Base64Url::encodeToString(entry.key.ecX()));
        k.insert(QStringLiteral("y"), Base64Url::encodeToString(entry.key.ecY()));
        return k;
    }
    k.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
    k.insert(QStringLiteral("n"), Base64Url::encodeToString(entry.key.rsaModulus()));
    k.insert(QStringLiteral("e"), Base64Url::encodeToString(entry.key.rsaExponent()));
    return k;
}

QJsonObject SigningKeyService::jwks() const
{
    return jwks(Time::nowMs());
}

QJsonObject SigningKeyService::jwks(qint64 nowMs) const
{
    QJsonArray keys;
    // Newest first: the key that signs now is the one a relying party most likely needs.
    for (auto it = m_keys.rbegin(); it != m_keys.rend(); ++it) {
        if (isPublished(*it, nowMs))
            keys.append(jwk(*it));
    }
    return {{QStringLiteral("keys"), keys}};
}

const SigningKey *SigningKeyService::publishedKey(const QString &kid) const
{
    const qint64 now = Time::nowMs();
    for (const Entry &e : m_keys) {
        if (e.kid == kid && isPublished(e, now))
            return &e.key;
    }
    return nullptr;
}

QString SigningKeyService::sign(const QJsonObject &payload) const
{
    const QByteArray token = Jws::sign(current().key, current().kid, payload);
    if (token.isEmpty())
        throw internalError();
    return QString::fromLatin1(token);
}

} // namespace mid
