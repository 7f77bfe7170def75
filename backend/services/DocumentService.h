#pragma once

#include "domain/Client.h"
#include "domain/IdentityDocument.h"
#include "storage/DocumentVault.h"
#include "storage/IdentityStores.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace mid {

class Database;

// What a tenant sends as a document (§10): the file's bytes and what it says of them.
struct DocumentUpload
{
    QByteArray bytes;
    QString filename; // as given; cleaned before it is kept
    QString mrz;      // ICAO 9303 TD3 lines, optional
    QString purpose;  // identity | signing
};

// Uploaded documents (§10): the type sniffed from the bytes (never the name or the declared
// header), the MRZ validated digit by digit, the bytes sealed in the vault, the metadata in
// table documents. Retention removes a document's bytes from disk after a number of days.
class DocumentService : public QObject
{
    Q_OBJECT
public:
    DocumentService(Database &db, const QString &dataDir, QByteArray dataKey,
                    QObject *parent = nullptr);

    // Checks the upload and seals its bytes to disk; safe on a worker thread (no database).
    // Throws ServiceError: Invalid for bytes that are no PNG, JPEG or PDF (or a polyglot) and
    // for a malformed MRZ. The document exists for clients only once record() stored it.
    // `id` is made beforehand (newId), so the audit row can name it before the work is done.
    IdentityDocument prepare(const Client &client, const DocumentUpload &upload,
                             const QString &id) const;
    static QString newId();
    // Stores a prepared document's row (server thread); on failure its file is removed.
    void record(const IdentityDocument &document);

    // The tenant's document (another tenant's is 404); any tenant's with an empty clientId.
    IdentityDocument get(const QString &clientId, const QString &id);
    // The decrypted bytes; ServiceError Gone-like conflict when retention removed them.
    QByteArray content(const IdentityDocument &document) const;

    // 0 keeps documents forever.
    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }
    // Removes the bytes of documents older than the retention; returns how many.
    int pruneExpired();

    static QJsonObject toJson(const IdentityDocument &document);
    // The MRZ as stored and answered: {lines, valid, fields, checks}; throws Invalid (field
    // mrz) when it is not two TD3 lines.
    static QJsonObject mrzJson(const QString &mrz);

    static constexpr int kDefaultRetentionDays = 90;
    static constexpr int kMaxRetentionDays = 3650;

private:
    DocumentStore m_store;
    DocumentVault m_vault;
    Database &m_db;
    QTimer m_pruneTimer;
    int m_retentionDays = kDefaultRetentionDays;
};

} // namespace mid
