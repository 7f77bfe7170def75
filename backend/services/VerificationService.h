#pragma once

#include "domain/Client.h"
#include "domain/IdentityDocument.h"
#include "storage/IdentityStores.h"

#include <QHash>
#include <QJsonObject>

namespace mid {

class Database;
class DocumentService;
class Outbox;

struct VerificationInput
{
    QString mobile;
    QString userId;
    QString type = QStringLiteral("passport");
    QStringList documentIds;
    QJsonObject claimedName; // {fullName} or {surname, givenNames}
};

// Identity verification (§10): the automatic checks (MRZ check digits, expiry, name match)
// run and are recorded one by one when a verification starts; an operator's decision in the
// review queue ends it, with `verification.completed`.
class VerificationService
{
public:
    VerificationService(Database &db, DocumentService &documents, Outbox &outbox);

    Verification create(const Client &client, const VerificationInput &input);
    // The tenant's verification (another tenant's is 404); any with an empty clientId.
    Verification get(const QString &clientId, const QString &id);
    // An operator's decision on a pending verification (409 otherwise).
    Verification decide(const QString &id, VerificationStatus decision, const QString &note,
                        const QString &operatorName);

    struct Page
    {
        QList<Verification> items;
        qint64 total = 0;
        QString nextCursor;
        QHash<QString, qint64> counts; // per status, of the tenant filter alone
    };
    Page list(const VerificationFilter &filter, int limit, const QString &cursor);

    static QJsonObject toJson(const Verification &verification);
    // The automatic checks over the documents' MRZ and the name the client claimed.
    static QList<VerificationCheck> runChecks(const QList<IdentityDocument> &documents,
                                              const QJsonObject &claimedName, const QDate &today);

private:
    VerificationStore m_store;
    Database &m_db;
    DocumentService &m_documents;
    Outbox &m_outbox;
};

} // namespace mid
