#pragma once

#include "domain/MpinIdentity.h"

#include <QList>

#include <optional>

namespace mid {

class Database;

// What an identity list may filter on (seed 004's mpinids, the console's Devices panel).
struct MpinFilter
{
    QString clientId; // empty: every project (operators)
    QString userId;
    QString deviceId;
    std::optional<bool> revoked;
    bool includePending = false; // seed 004 lists an identity only once it is active
};

// Rows of mpin_identities and mpin_codes.
class MpinStore
{
public:
    explicit MpinStore(Database &db) : m_db(db) {}

    void insert(const MpinIdentity &identity);
    void save(const MpinIdentity &identity);
    std::optional<MpinIdentity> byHash(const QString &hash);
    std::optional<MpinIdentity> byActivationToken(const QByteArray &tokenHash);
    std::optional<MpinIdentity> byCredential(const QByteArray &credentialId);
    // Revokes the active identities of a device (it was deregistered).
    void revokeOfDevice(const QString &deviceId, const QString &reason, qint64 nowMs);
    // Marks the activation token used; true only for the one caller that did.
    bool takeActivationToken(const QString &hash, qint64 nowMs);

    struct Page
    {
        QList<MpinIdentity> items; // newest first
        qint64 total = 0;
    };
    Page list(const MpinFilter &filter, int offset, int limit);
    // Keyset paging for the console (§0 cursor): rows with seq < beforeSeq.
    Page listBefore(const MpinFilter &filter, qint64 beforeSeq, int limit, bool *more);

    void insertCode(const MpinCode &code);
    std::optional<MpinCode> codeByHash(const QByteArray &codeHash);
    // The newest OTP of a user that is neither used nor expired.
    std::optional<MpinCode> liveOtp(const QString &clientId, const QString &userId, qint64 nowMs);
    // Marks the code used; true only for the one caller that did.
    bool takeCode(qint64 seq, qint64 nowMs);
    void countAttempt(qint64 seq);

private:
    Database &m_db;
};

} // namespace mid
