#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mid {

// The bytes of uploaded documents, one file per document under <data-dir>/documents, each
// sealed with AES-256-GCM under the data key (its id as associated data, so one document's
// file cannot stand in for another's). Files rather than rows: a removed document is gone
// from disk at once, where SQLite would keep its pages in the free list and the WAL.
class DocumentVault
{
public:
    DocumentVault(QString directory, QByteArray dataKey);

    // Writes atomically (a crash leaves the old state), owner-only; throws StorageError.
    void write(const QString &id, const QByteArray &plaintext) const;
    // nullopt when there is no such file or it does not open with the data key.
    std::optional<QByteArray> read(const QString &id) const;
    // True when the file is gone afterwards (also when it never existed).
    bool remove(const QString &id);

private:
    QString pathOf(const QString &id) const;

    QString m_directory;
    QByteArray m_dataKey;
};

} // namespace mid
