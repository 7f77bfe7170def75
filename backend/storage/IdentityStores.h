#pragma once

#include "core/Cursor.h"
#include "domain/IdentityDocument.h"

#include <QHash>
#include <QList>

#include <optional>

namespace mid {

class Database;

// One keyset page of a list, newest first (seq < the cursor's position).
template <typename Row> struct KeysetPage
{
    QList<Row> items;
    qint64 total = 0;
    bool more = false;

    // The §0 cursor of the page after this one; empty on the last.
    QString nextCursor() const { return more ? Cursor::encode(items.constLast().seq) : QString(); }
};

// The rows of uploaded documents (table documents); their bytes are in DocumentVault.
class DocumentStore
{
public:
    explicit DocumentStore(Database &db) : m_db(db) {}
    void insert(const IdentityDocument &document);
    std::optional<IdentityDocument> find(const QString &id);
    // Live documents created before `beforeMs`, oldest first, at most `limit`.
    QList<IdentityDocument> liveCreatedBefore(qint64 beforeMs, int limit);
    void markDeleted(const QString &id, qint64 nowMs);

private:
    Database &m_db;
};

struct VerificationFilter
{
    QString clientId;
    std::optional<VerificationStatus> status;
};

class VerificationStore
{
public:
    explicit VerificationStore(Database &db) : m_db(db) {}
    void insert(const Verification &verification);
    void saveDecision(const Verification &verification);
    std::optional<Verification> find(const QString &id);
    KeysetPage<Verification> list(const VerificationFilter &filter, qint64 beforeSeq, int limit);
    // Rows per status name, for the review queue's counts (of one tenant when clientId is set).
    QHash<QString, qint64> countByStatus(const QString &clientId);

private:
    Database &m_db;
};

struct SigningFilter
{
    QString clientId;
    QString consentStatus; // the consent's status name (signed = approved)
};

class SigningSessionStore
{
public:
    explicit SigningSessionStore(Database &db) : m_db(db) {}
    void insert(const SigningSession &session);
    void saveEvidence(const SigningSession &session);
    std::optional<SigningSession> find(const QString &id);
    std::optional<SigningSession> findByConsent(const QString &consentId);
    KeysetPage<SigningSession> list(const SigningFilter &filter, qint64 beforeSeq, int limit);
    // Sessions per consent status name (pending, approved, …).
    QHash<QString, qint64> countByConsentStatus(const QString &clientId);

private:
    Database &m_db;
};

} // namespace mid
