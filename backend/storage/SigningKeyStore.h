#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mid {

class Database;

// Rows of the signing_keys table; the private key is stored sealed (the service seals it).
class SigningKeyStore
{
public:
    struct Row
    {
        QString kid;
        QString alg;
        QByteArray privateSealed;
        QByteArray publicDer;
        qint64 createdAt = 0;
        qint64 retiredAt = 0; // 0 while current
    };

    explicit SigningKeyStore(Database &db) : m_db(db) {}

    // Current keys and keys retired after `retiredAfterMs`, current ones last, oldest first.
    QList<Row> loadPublished(qint64 retiredAfterMs);
    void retire(const QString &kid, qint64 atMs);
    void insert(const Row &row);
    // Retires every current key and inserts `next` as the current one, atomically.
    void rotate(const Row &next, qint64 atMs);

private:
    Database &m_db;
};

} // namespace mid
