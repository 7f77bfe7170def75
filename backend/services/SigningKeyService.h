#pragma once

#include "crypto/SigningKey.h"
#include "storage/SigningKeyStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace mid {

class Database;

// The server's token-signing keys (the idToken of §2, the DVS certificate of §8), kept in
// table signing_keys with the private key sealed under the data key. One key is current and
// signs; a rotated-out key keeps being published at /dvs/jwks for kRetiredPublishedMs so
// tokens it signed still verify, and relying parties that cache the set have time to refetch.
class SigningKeyService
{
public:
    struct Entry
    {
        QString kid;
        QString alg;
        qint64 createdAt = 0; // ms
        qint64 retiredAt = 0; // ms; 0 while current
        SigningKey key;       // private for the current key, public only for retired ones
    };

    // Our tokens live 5 min (idToken) and 10 s (DVS certificate); a day covers them with a
    // wide margin for JWKS caches.
    static constexpr qint64 kRetiredPublishedMs = 24LL * 3600 * 1000;

    SigningKeyService(Database &db, QByteArray dataKey);

    // Loads the current and the still-published keys; creates an RS256 key on first start.
    // False with *error when the stored current key cannot be opened with this data key:
    // silently replacing it would hide a wrong MID_MASTER_KEY.
    bool start(QString *error);

    const Entry &current() const { return m_keys.back(); }
    // A fresh current key; the old one is retired now and stays published. Returns its kid.
    QString rotate();

    // {keys: [JWK...]}: the current key and keys retired less than kRetiredPublishedMs ago.
    QJsonObject jwks() const;
    QJsonObject jwks(qint64 nowMs) const;
    // A published key by kid (public part), or nullptr.
    const SigningKey *publishedKey(const QString &kid) const;

    // Compact JWS of `payload` with the current key; header {alg, typ: "JWT", kid}.
    QString sign(const QJsonObject &payload) const;

    // base64url of the first 16 bytes of SHA-256(SubjectPublicKeyInfo DER).
    static QString kidFor(const QByteArray &publicDer);
    static QJsonObject jwk(const Entry &entry);

private:
    bool load(QString *error);
    bool isPublished(const Entry &entry, qint64 nowMs) const;
    Entry create(qint64 nowMs);
    SigningKeyStore::Row rowFor(const Entry &entry) const;

    SigningKeyStore m_store;
    QByteArray m_dataKey;
    std::vector<Entry> m_keys; // oldest first; the last one is current
};

} // namespace mid
