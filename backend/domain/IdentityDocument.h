#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid {

// A file a tenant uploaded (§10): a passport scan for identity verification, or a document to
// be signed. Its bytes live encrypted in the document vault, never in the database.
struct IdentityDocument
{
    qint64 seq = 0;
    QString id; // doc_…
    QString clientId;
    QString purpose; // "identity" | "signing"
    QString filename;
    QString contentType; // as sniffed from the bytes
    qint64 size = 0;
    QString sha256; // hex
    QStringList mrzLines;
    QJsonObject mrz; // {lines, valid, fields, checks} (DocumentService::mrzJson), {} without
    qint64 createdAt = 0;
    qint64 deletedAt = 0; // when retention removed its bytes

    bool isDeleted() const { return deletedAt != 0; }
};

enum class VerificationStatus
{
    Pending,
    Verified,
    Rejected
};

// One automatic check of a verification, recorded as it ran.
struct VerificationCheck
{
    QString name;   // mrz.checkDigits, document.expiry, name.match
    QString status; // passed | failed | skipped
    QString detail; // plain words: what was compared, what failed
};

// An identity verification (§10): automatic checks, then an operator's decision.
struct Verification
{
    qint64 seq = 0;
    QString id; // ver_…
    QString clientId;
    QString type;
    QString mobile;
    QString userId;
    QJsonObject claimedName; // {fullName} or {surname, givenNames}; {} when none was sent
    QStringList documentIds;
    QList<VerificationCheck> checks;
    VerificationStatus status = VerificationStatus::Pending;
    QString note;
    QString decidedBy;
    qint64 decidedAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A signing session (§10): a document, a signer, and the consent session the signer decides
// with a FIDO assertion whose challenge commits to the document's hash. Its status is that
// consent's, in signing words (approved = signed).
struct SigningSession
{
    qint64 seq = 0;
    QString id; // sig_…
    QString clientId;
    QString consentId;
    QString documentId;
    QString documentSha256;
    QString signer;
    QString reason;
    QString intent; // signing | mandate
    QJsonObject evidence;
    QString seal; // compact JWS over the evidence
    qint64 signedAt = 0;
    qint64 createdAt = 0;
};

namespace IdentityRules {
QString statusName(VerificationStatus status);
std::optional<VerificationStatus> parseStatus(const QString &name);
const QStringList &verificationTypes();
const QStringList &signingIntents();
constexpr qint64 kMaxDocumentBytes = 10LL * 1024 * 1024;
constexpr int kMaxDocumentsPerVerification = 10;
constexpr int kMaxNoteLength = 2000;
constexpr int kMaxReasonLength = 500;
constexpr int kMaxFilenameLength = 255;
// A file name as given, made safe to show and to put in a header: the last path component,
// control characters and quotes removed, at most kMaxFilenameLength characters.
QString cleanFilename(const QString &given);
QJsonObject checkJson(const VerificationCheck &check);
QJsonArray checksJson(const QList<VerificationCheck> &checks);
QList<VerificationCheck> checksFrom(const QJsonArray &array);
} // namespace IdentityRules

} // namespace mid
