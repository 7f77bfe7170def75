#pragma once

#include "domain/Consent.h"

#include <QHash>
#include <QList>

#include <optional>

namespace mid {

class Database;

struct ConsentFilter
{
    QString clientId; // empty: every tenant (operators)
    std::optional<ConsentStatus> status;
    QString recipient;
    QString recipientContains; // part of the number: the console's search box
    qint64 createdFromMs = 0; // 0: no bound
    qint64 createdToMs = 0;
};

// Rows of the consents table.
class ConsentStore
{
public:
    explicit ConsentStore(Database &db) : m_db(db) {}

    // Returns the row's sequence number (the paging key).
    qint64 insert(const Consent &consent);
    std::optional<Consent> find(const QString &id);
    void save(const Consent &consent);
    // Sets scanned_at once, on a pending consent; true when it changed.
    bool markScanned(const QString &id, qint64 nowMs);

    struct Page
    {
        QList<Consent> items; // newest first
        qint64 total = 0;     // all rows matching the filter
        bool more = false;    // rows remain after the last item
    };
    Page list(const ConsentFilter &filter, int limit, qint64 beforeSeq);

    // Marks every pending consent whose time has come expired and returns them.
    QList<Consent> expireDue(qint64 nowMs);
    std::optional<qint64> nextExpiry();
    QHash<QString, qint64> countByStatus();

private:
    Database &m_db;
};

} // namespace mid
