#pragma once

#include "models/StatusRecordsModel.h"

namespace mid::ui {

// Every tenant's signing sessions (§10), newest first, from GET /admin/v1/signing/sessions.
// signing.created, signing.completed and mandate.signed name a session; a consent.* event
// of a session's consent (its metadata names the session) tells of its expiry or
// withdrawal: either way the session is read again.
class SigningSessionsModel : public StatusRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Created,
        Tenant,
        Signer,
        Intent,
        Document,
        Status,
        SignedAt,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        RecordRole, // the whole session JSON
    };

    SigningSessionsModel(AdminClient &api, ClientDirectory &clients, QObject *parent = nullptr);

    static QString intentLabel(const QString &intent);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void list(const AdminClient::StatusQuery &query, AdminClient::Callback done) override;
    void read(const QString &id, AdminClient::Callback done) override;
    QString recordIdOf(const StreamEvent &event) const override;
    QVariant displayValue(const QJsonObject &session, int column) const;
};

} // namespace mid::ui
