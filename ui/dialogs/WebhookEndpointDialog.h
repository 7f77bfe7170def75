#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace mid {
class AdminClient;
struct ApiResult;
} // namespace mid

namespace mid::ui {

class ClientDirectory;

// Creates a webhook endpoint for a tenant, or edits one: client, URL, the events it receives
// (none checked: all of them) and a description. The dialog sends the request itself and
// stays open on a refusal, the server's complaints shown under the fields they name; it
// closes once the server agreed, and `saved` carries the answer (with the one-time `secret`
// after creation).
class WebhookEndpointDialog : public QDialog
{
    Q_OBJECT
public:
    // A new endpoint when `endpoint` is empty (for `clientId` when given), else that one.
    WebhookEndpointDialog(AdminClient &api, ClientDirectory &clients,
                          const QStringList &webhookEvents, const QJsonObject &endpoint = {},
                          const QString &clientId = {}, QWidget *parent = nullptr);

    bool isEditing() const { return !m_endpointId.isEmpty(); }
    QJsonObject spec() const;
    void accept() override;

Q_SIGNALS:
    void saved(const QJsonObject &answer);

private:
    QLabel *addErrorLabel(const QString &field, const QString &fieldLabel);
    void showServerErrors(const ApiResult &result);
    void clearErrors();
    QStringList checkedEvents() const;

    AdminClient &m_api;
    QString m_endpointId;
    QComboBox *m_client = nullptr;
    QLineEdit *m_url = nullptr;
    QListWidget *m_events = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_errors; // API field → its message
};

} // namespace mid::ui
