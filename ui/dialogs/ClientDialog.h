#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace mid {
class AdminClient;
struct ApiResult;
} // namespace mid

namespace mid::ui {

// Creates a tenant, or edits one. The form is checked before anything is sent (mistakes are
// shown under the field concerned), then the dialog itself sends the request and stays open
// on a refusal, with the server's complaints placed next to the fields they name. It closes
// only once the server agreed; `saved` carries the server's answer.
class ClientDialog : public QDialog
{
    Q_OBJECT
public:
    // Creates a new tenant when `client` is empty, otherwise edits that client.
    // `webhookEvents`: what an endpoint may subscribe to, as the server names them.
    ClientDialog(AdminClient &api, const QStringList &webhookEvents,
                 const QJsonObject &client = {}, QWidget *parent = nullptr);

    bool isEditing() const { return !m_clientId.isEmpty(); }
    // The request body the form describes.
    QJsonObject spec() const;

    void accept() override; // validates and sends; closing follows the server's answer

Q_SIGNALS:
    // The server created or updated the client: its answer (with the one-time credentials
    // after creation).
    void saved(const QJsonObject &answer);

private:
    QWidget *buildGeneral();
    QWidget *buildScopes();
    QWidget *buildLimits();
    QWidget *buildWebhook();
    QWidget *buildOrigins();
    // A form row: the label (buddy of the field), the field named `name` for accessibility,
    // and the inline message for the API field `apiField` under it.
    void addFieldRow(QFormLayout *form, const QString &labelText, QWidget *field,
                     const QString &apiField, const QString &name);
    // An inline message under a field, keyed by the API's field name (name, webhookUrl, …).
    QLabel *addErrorLabel(QVBoxLayout *layout, const QString &field, const QString &fieldLabel);
    void load(const QJsonObject &client);
    void updateLimitsEnabled();

    bool validate();
    void showError(const QString &field, const QString &message);
    void showServerErrors(const ApiResult &result);
    void clearErrors();
    void setBusy(bool busy);
    void finish(const ApiResult &result);

    QStringList origins() const;
    QStringList checkedEvents() const;
    QJsonObject rateLimits() const;

    AdminClient &m_api;
    QStringList m_webhookEventNames;
    QString m_clientId;
    QJsonObject m_groups; // per-endpoint-group limits are kept as they were

    QLineEdit *m_name = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_qrPayload = nullptr;
    QHash<QString, QCheckBox *> m_scopes;
    QGroupBox *m_limits = nullptr;
    QSpinBox *m_perMinute = nullptr;
    QSpinBox *m_perDay = nullptr;
    QSpinBox *m_concurrent = nullptr;
    QLineEdit *m_webhookUrl = nullptr;
    QListWidget *m_events = nullptr;
    QPlainTextEdit *m_origins = nullptr;
    QLabel *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_errors;
};

} // namespace mid::ui
