#pragma once

#include "models/StatusRecordsModel.h"

namespace mid::ui {

// The identity review queue (§10): every tenant's verifications, newest first, from
// GET /admin/v1/identity/reviews; verification.created and verification.completed events
// bring new ones in and change listed ones.
class IdentityReviewsModel : public StatusRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Created,
        Tenant,
        Type,
        Subject, // the mobile number, else the tenant's user id
        Status,
        Checks,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        RecordRole, // the whole verification JSON
    };

    IdentityReviewsModel(AdminClient &api, ClientDirectory &clients, QObject *parent = nullptr);

    // Shared helpers for everything that shows a verification.
    static QString typeLabel(const QString &type);
    static QString subjectOf(const QJsonObject &verification);
    static QString claimedNameOf(const QJsonObject &verification);
    // A check's name in words ("mrz.checkDigits" → "MRZ check digits").
    static QString checkLabel(const QString &name);
    // "2 passed, 1 failed": what the automatic checks found.
    static QString checksSummary(const QJsonObject &verification);
    // "failed" when any check failed, "passed" when all passed, else "skipped" ("" without
    // checks).
    static QString checksOutcome(const QJsonObject &verification);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void list(const AdminClient::StatusQuery &query, AdminClient::Callback done) override;
    void read(const QString &id, AdminClient::Callback done) override;
    QString recordIdOf(const StreamEvent &event) const override;
    QVariant displayValue(const QJsonObject &verification, int column) const;
};

} // namespace mid::ui
