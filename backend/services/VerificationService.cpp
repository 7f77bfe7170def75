#include "VerificationService.h"

#include "DocumentService.h"
#include "TenantRow.h"
#include "core/Cursor.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "domain/Mrz.h"
#include "storage/Database.h"
#include "webhooks/Outbox.h"

#include <QJsonArray>

namespace mid {

namespace {
const QString kPassed = QStringLiteral("passed");
const QString kFailed = QStringLiteral("failed");
const QString kSkipped = QStringLiteral("skipped");

QList<QJsonObject> mrzFieldsOf(const QList<IdentityDocument> &documents)
{
    QList<QJsonObject> out;
    for (const IdentityDocument &d : documents) {
        if (!d.mrz.isEmpty())
            out << d.mrz;
    }
    return out;
}

VerificationCheck checkDigits(const QList<IdentityDocument> &documents)
{
    QStringList failures;
    int zones = 0;
    for (const IdentityDocument &d : documents) {
        if (d.mrz.isEmpty())
            continue;
        ++zones;
        QStringList failed;
        for (const QJsonValue &c : d.mrz.value(QStringLiteral("checks")).toArray()) {
            if (!c[QStringLiteral("valid")].toBool())
                failed << c[QStringLiteral("name")].toString();
        }
        if (!failed.isEmpty())
            failures << QStringLiteral("%1: %2").arg(d.id, failed.join(QStringLiteral(", ")));
    }
    const QString name = QStringLiteral("mrz.checkDigits");
    if (zones == 0)
        return {name, kSkipped, QStringLiteral("no document came with an MRZ")};
    if (!failures.isEmpty())
        return {name, kFailed,
                QStringLiteral("check digits that do not match: ") +
                    failures.join(QStringLiteral("; "))};
    return {name, kPassed, QStringLiteral("every check digit of the MRZ matches")};
}

VerificationCheck expiry(const QList<QJsonObject> &zones, const QDate &today)
{
    const QString name = QStringLiteral("document.expiry");
    if (zones.isEmpty())
        return {name, kSkipped, QStringLiteral("no MRZ gives an expiry date")};
    for (const QJsonObject &zone : zones) {
        const QString text =
            zone[QStringLiteral("fields")][QStringLiteral("expiryDate")].toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return {name, kFailed, QStringLiteral("the MRZ's expiry date is not a date")};
        if (date < today)
            return {name, kFailed, QStringLiteral("the document expired on %1").arg(text)};
    }
    return {name, kPassed,
            QStringLiteral("valid until %1")
                .arg(zones.constFirst()[QStringLiteral("fields")][QStringLiteral("expiryDate")]
                         .toString())};
}

VerificationCheck nameMatch(const QList<QJsonObject> &zones, const QJsonObject &claimed)
{
    const QString name = QStringLiteral("name.match");
    if (claimed.isEmpty())
        return {name, kSkipped, QStringLiteral("the request named no one to compare with")};
    if (zones.isEmpty())
        return {name, kSkipped, QStringLiteral("no MRZ gives a name to compare with")};
    const QJsonObject fields = zones.constFirst()[QStringLiteral("fields")].toObject();
    const QString surname = fields[QStringLiteral("surname")].toString();
    const QString given = fields[QStringLiteral("givenNames")].toString();
    const QString onDocument = (given + QLatin1Char(' ') + surname).trimmed();
    const bool matches =
        claimed.contains(QStringLiteral("fullName"))
            ? Mrz::fullNameMatches(surname, given, claimed[QStringLiteral("fullName")].toString())
            : Mrz::namesMatch(surname, given, claimed[QStringLiteral("surname")].toString(),
                              claimed[QStringLiteral("givenNames")].toString());
    if (!matches)
        return {name, kFailed, QStringLiteral("the MRZ names %1").arg(onDocument)};
    return {name, kPassed, QStringLiteral("the MRZ names %1").arg(onDocument)};
}
} // namespace

VerificationService::VerificationService(Database &db, DocumentService &documents, Outbox &outbox)
    : m_store(db), m_db(db), m_documents(documents), m_outbox(outbox)
{
}

QList<VerificationCheck> VerificationService::runChecks(const QList<IdentityDocument> &documents,
                                                        const QJsonObject &claimedName,
                                                        const QDate &today)
{
    const QList<QJsonObject> zones = mrzFieldsOf(documents);
    return {checkDigits(documents), expiry(zones, today), nameMatch(zones, claimedName)};
}

Verification VerificationService::create(const Client &client, const VerificationInput &input)
{
    QList<IdentityDocument> documents;
    for (const QString &id : input.documentIds) {
        const IdentityDocument d = m_documents.get(client.clientId, id);
        if (d.purpose != QLatin1String("identity"))
            throw ServiceError::invalid(QStringLiteral("documentIds"), QStringLiteral("purpose"),
                                        QStringLiteral("%1 was uploaded for signing, not for "
                                                       "identity verification")
                                            .arg(id));
        if (d.isDeleted())
            throw ServiceError::invalid(QStringLiteral("documentIds"), QStringLiteral("deleted"),
                                        QStringLiteral("%1 was removed by the retention "
                                                       "setting")
                                            .arg(id));
        documents << d;
    }
    Verification v;
    v.id = Ids::make(QStringLiteral("ver"));
    v.clientId = client.clientId;
    v.type = input.type;
    v.mobile = input.mobile;
    v.userId = input.userId;
    v.claimedName = input.claimedName;
    v.documentIds = input.documentIds;
    v.checks = runChecks(documents, input.claimedName, Time::now().date());
    v.createdAt = v.updatedAt = Time::nowMs();
    Transaction tx(m_db);
    m_store.insert(v);
    m_outbox.record(QStringLiteral("verification.created"), v.clientId, toJson(v), {v.id});
    tx.commit();
    return v;
}

Verification VerificationService::get(const QString &clientId, const QString &id)
{
    return tenantRow(clientId, id, QStringLiteral("ver"), QStringLiteral("Verification"),
                     [this](const QString &key) { return m_store.find(key); });
}

Verification VerificationService::decide(const QString &id, VerificationStatus decision,
                                         const QString &note, const QString &operatorName)
{
    Transaction tx(m_db);
    Verification v = get({}, id);
    if (v.status != VerificationStatus::Pending)
        throw ServiceError::conflict(QStringLiteral("This verification was already decided (%1)")
                                         .arg(IdentityRules::statusName(v.status)));
    v.status = decision;
    v.note = note;
    v.decidedBy = operatorName;
    v.decidedAt = v.updatedAt = Time::nowMs();
    m_store.saveDecision(v);
    m_outbox.record(QStringLiteral("verification.completed"), v.clientId, toJson(v), {v.id});
    tx.commit();
    return v;
}

VerificationService::Page VerificationService::list(const VerificationFilter &filter, int limit,
                                                    const QString &cursor)
{
    const auto rows = m_store.list(filter, cursor.isEmpty() ? 0 : Cursor::decode(cursor), limit);
    return {rows.items, rows.total, rows.nextCursor(), m_store.countByStatus(filter.clientId)};
}

QJsonObject VerificationService::toJson(const Verification &v)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("verificationId"), v.id},
            {QStringLiteral("id"), v.id},
            {QStringLiteral("clientId"), v.clientId},
            {QStringLiteral("status"), IdentityRules::statusName(v.status)},
            {QStringLiteral("type"), v.type},
            {QStringLiteral("mobile"), orNull(v.mobile)},
            {QStringLiteral("userId"), orNull(v.userId)},
            {QStringLiteral("claimedName"),
             v.claimedName.isEmpty() ? QJsonValue() : QJsonValue(v.claimedName)},
            {QStringLiteral("documentIds"), QJsonArray::fromStringList(v.documentIds)},
            {QStringLiteral("checks"), IdentityRules::checksJson(v.checks)},
            {QStringLiteral("note"), orNull(v.note)},
            {QStringLiteral("decidedBy"), orNull(v.decidedBy)},
            {QStringLiteral("decidedAt"),
             v.decidedAt ? QJsonValue(Time::rfc3339Ms(v.decidedAt)) : QJsonValue()},
            {QStringLiteral("createdAt"), Time::rfc3339Ms(v.createdAt)},
            {QStringLiteral("updatedAt"), Time::rfc3339Ms(v.updatedAt)}};
}

} // namespace mid
