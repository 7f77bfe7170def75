#include "DocumentService.h"

#include "TenantRow.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/Hash.h"
#include "domain/DocumentType.h"
#include "domain/Mrz.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDocuments, "mid.documents")

namespace mid {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kPruneIntervalMs = 3600 * 1000;
constexpr int kPruneBatch = 500;

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

DocumentService::DocumentService(Database &db, const QString &dataDir, QByteArray dataKey,
                                 QObject *parent)
    : QObject(parent), m_store(db),
      m_vault(dataDir + QStringLiteral("/documents"), std::move(dataKey)), m_db(db)
{
    m_pruneTimer.setInterval(kPruneIntervalMs);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] {
        try {
            pruneExpired();
        } catch (const ServiceError &) { // logged by the storage layer; the next hour retries
        }
    });
    m_pruneTimer.start();
}

QJsonObject DocumentService::mrzJson(const QString &mrz)
{
    QString error;
    const auto td3 = Mrz::parseTd3(mrz, Time::now().date(), &error);
    if (!td3)
        throw ServiceError::invalid(QStringLiteral("mrz"), QStringLiteral("format"),
                                    QStringLiteral("mrz is not an ICAO 9303 TD3 zone: ") + error);
    QJsonArray checks;
    for (const Mrz::Check &c : td3->checks)
        checks.append(QJsonObject{{QStringLiteral("name"), c.name},
                                  {QStringLiteral("valid"), c.valid},
                                  {QStringLiteral("expected"), c.expected},
                                  {QStringLiteral("found"), c.found}});
    const QStringList lines = mrz.trimmed().split(QLatin1Char('\n'));
    QJsonArray lineArray;
    for (const QString &line : lines)
        lineArray.append(line.trimmed());
    return {{QStringLiteral("lines"), lineArray},
            {QStringLiteral("valid"), td3->checkDigitsValid()},
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("documentCode"), td3->documentCode},
                         {QStringLiteral("issuingState"), td3->issuingState},
                         {QStringLiteral("surname"), td3->surname},
                         {QStringLiteral("givenNames"), td3->givenNames},
                         {QStringLiteral("documentNumber"), td3->documentNumber},
                         {QStringLiteral("nationality"), td3->nationality},
                         {QStringLiteral("birthDate"), isoDate(td3->birthDate)},
                         {QStringLiteral("sex"), td3->sex},
                         {QStringLiteral("expiryDate"), isoDate(td3->expiryDate)},
                         {QStringLiteral("personalNumber"), td3->personalNumber}}},
            {QStringLiteral("checks"), checks}};
}

QString DocumentService::newId()
{
    return Ids::make(QStringLiteral("doc"));
}

IdentityDocument DocumentService::prepare(const Client &client, const DocumentUpload &upload,
                                          const QString &id) const
{
    if (upload.bytes.size() > IdentityRules::kMaxDocumentBytes)
        throw ServiceError(ServiceError::Kind::Invalid,
                           QStringLiteral("The document is larger than %1 bytes")
                               .arg(IdentityRules::kMaxDocumentBytes),
                           {QJsonObject{{QStringLiteral("field"), QStringLiteral("file")},
                                        {QStringLiteral("issue"), QStringLiteral("size")}}});
    QString why;
    const auto sniffed = DocumentType::sniff(upload.bytes, &why);
    if (!sniffed)
        throw ServiceError::invalid(QStringLiteral("file"), QStringLiteral("type"),
                                    QStringLiteral("The document must be a PNG, JPEG or PDF "
                                                   "file: ") +
                                        why);
    IdentityDocument d;
    if (!upload.mrz.trimmed().isEmpty())
        d.mrz = mrzJson(upload.mrz);
    d.id = id;
    d.clientId = client.clientId;
    d.purpose = upload.purpose;
    d.filename = IdentityRules::cleanFilename(upload.filename);
    d.contentType = sniffed->mimeType;
    d.size = upload.bytes.size();
    d.sha256 = QString::fromLatin1(Hash::sha256(upload.bytes).toHex());
    d.createdAt = Time::nowMs();
    m_vault.write(d.id, upload.bytes);
    return d;
}

void DocumentService::record(const IdentityDocument &document)
{
    try {
        m_store.insert(document);
    } catch (...) {
        m_vault.remove(document.id);
        throw;
    }
}

IdentityDocument DocumentService::get(const QString &clientId, const QString &id)
{
    return tenantRow(clientId, id, QStringLiteral("doc"), QStringLiteral("Document"),
                     [this](const QString &key) { return m_store.find(key); });
}

QByteArray DocumentService::content(const IdentityDocument &document) const
{
    if (document.isDeleted())
        throw ServiceError::conflict(
            QStringLiteral("The document's content was removed by the retention setting"))
            .withField(QStringLiteral("deletedAt"), Time::rfc3339Ms(document.deletedAt));
    const auto bytes = m_vault.read(document.id);
    if (!bytes)
        throw ServiceError::internal(QStringLiteral("The document's content cannot be read"));
    return *bytes;
}

void DocumentService::setRetentionDays(int days)
{
    m_retentionDays = qBound(0, days, kMaxRetentionDays);
}

int DocumentService::pruneExpired()
{
    if (m_retentionDays == 0)
        return 0;
    const qint64 now = Time::nowMs();
    int removed = 0;
    for (;;) {
        const QList<IdentityDocument> due =
            m_store.liveCreatedBefore(now - m_retentionDays * kDayMs, kPruneBatch);
        const int before = removed;
        for (const IdentityDocument &d : due) {
            if (!m_vault.remove(d.id)) {
                qCWarning(lcDocuments) << "could not remove the file of document" << d.id;
                continue;
            }
            m_store.markDeleted(d.id, now);
            ++removed;
        }
        // A batch whose files all resist removal would come back forever.
        if (due.size() < kPruneBatch || removed == before)
            break;
    }
    if (removed)
        qCInfo(lcDocuments) << "retention removed" << removed << "documents";
    return removed;
}

QJsonObject DocumentService::toJson(const IdentityDocument &d)
{
    return {{QStringLiteral("documentId"), d.id},
            {QStringLiteral("id"), d.id},
            {QStringLiteral("purpose"), d.purpose},
            {QStringLiteral("filename"), d.filename},
            {QStringLiteral("contentType"), d.contentType},
            {QStringLiteral("size"), d.size},
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("createdAt"), Time::rfc3339Ms(d.createdAt)},
            {QStringLiteral("deleted"), d.isDeleted()},
            {QStringLiteral("mrz"), d.mrz.isEmpty() ? QJsonValue() : QJsonValue(d.mrz)}};
}

} // namespace mid
