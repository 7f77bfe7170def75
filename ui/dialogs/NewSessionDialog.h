#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mid::ui {

class ServerSession;

// Starts a consent session on behalf of a tenant, for demos and tests: the operator picks the
// client, the recipient's number, the intent, scopes and lifetime. The dialog makes the API
// call itself and stays open with the server's complaint when it fails.
class NewSessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewSessionDialog(ServerSession &session, QWidget *parent = nullptr);

    // Preselects a client once the list has loaded (e.g. the one a panel is filtered to).
    void setClientId(const QString &clientId);
    // The request body this dialog would send (without clientId).
    QJsonObject spec() const;
    QString clientId() const;

Q_SIGNALS:
    // The server created the session; `consent` is its JSON.
    void created(const QJsonObject &consent);

public Q_SLOTS:
    void accept() override;

private:
    void buildForm();
    void loadClients();
    void validate();
    void showError(const QString &text);
    void setBusy(bool busy);

    ServerSession &m_session;
    QComboBox *m_client = nullptr;
    QLineEdit *m_recipient = nullptr;
    QComboBox *m_intent = nullptr;
    QLineEdit *m_scope = nullptr;
    QSpinBox *m_expires = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_wantedClient;
    bool m_busy = false;
};

} // namespace mid::ui
