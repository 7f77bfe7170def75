#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mid {

// One row of the audit trail of §12.
struct AuditEntry
{
    qint64 seq = 0;
    QString id; // aud_…
    qint64 at = 0;
    QString actor;
    QString action;
    QString resource;
    int outcome = 0;
    QString ip;
    QString userAgent;
    QString requestId;
    QJsonObject details;
    QString hash;
    QByteArray detailsText; // details exactly as stored, when read back from the database

    QByteArray detailsJson() const;

    QJsonObject toJson() const;
    // The exact bytes the chain hashes: every field but seq and hash, as netstrings in a
    // fixed order (details as compact JSON with sorted keys).
    QByteArray canonical() const;
};

// What an audit search may filter on (GET /admin/v1/audit).
struct AuditFilter
{
    QString actor, action, resource, query;
    // Exact matches on whom a row's details say the call concerned: details.userId (an MPin
    // userId such as an email, or a usr_… id), details.mpinId (hex hash), details.deviceName.
    QString userId, mpinId, deviceName;
    // A tenant's rows: its own calls (actor) and device-side calls about its identities
    // (details.clientId), which a device rather than the tenant made.
    QString tenant;
    std::optional<int> outcome;
    qint64 fromMs = 0, toMs = 0;
};

} // namespace mid
