#pragma once

#include <QJsonObject>
#include <QObject>

class QAbstractItemView;
class QPushButton;
class QWidget;

namespace mid {
struct ApiResult;
}

namespace mid::ui {

class ServerSession;

// Rename… and Revoke… of one MPin identity (§8), wherever the Devices panel lists identities:
// the two buttons, their dialogs, the API calls, and why a button is off (an auditor only
// reads; a revoked identity stays revoked). The owner says which identity is current; what the
// server answered comes back through `changed`.
class MpinIdentityActions : public QObject
{
    Q_OBJECT
public:
    MpinIdentityActions(ServerSession &session, QWidget *owner);

    QPushButton *renameButton() const { return m_rename; }
    QPushButton *revokeButton() const { return m_revoke; }
    // The identity the buttons act on (empty: none).
    void setIdentity(const QJsonObject &identity);
    // Ctrl+C on `view` copies the full MPin ID; its context menu offers the actions.
    void attachTo(QAbstractItemView *view);
    // The operator's rights may have changed (another login).
    void updateButtons();

    void rename();
    void revoke();
    void copyId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The identity as the server answered a rename or revocation.
    void changed(const QJsonObject &identity);

private:
    void answered(const ApiResult &result, const QString &failure);

    ServerSession &m_session;
    QWidget *m_owner;
    QPushButton *m_rename;
    QPushButton *m_revoke;
    QJsonObject m_identity;
};

} // namespace mid::ui
