#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QFormLayout;
class QLayout;
class QPushButton;

namespace mid::ui {

// Shows a tenant's freshly issued credentials (after creation and after key regeneration) the
// one time the server hands them out. It cannot be closed until the operator confirms having
// stored them, since nobody can read them again afterwards.
class SecretRevealDialog : public QDialog
{
    Q_OBJECT
public:
    // `issued` is the answer of POST /v1/clients or …/regenerate-key: the client plus apiKey,
    // clientSecret and, after creation with a webhook URL, webhookSecret.
    explicit SecretRevealDialog(const QJsonObject &issued, QWidget *parent = nullptr);

    // What a webhook endpoint's secret is shown for.
    enum class WebhookSecret
    {
        Created, // POST /admin/v1/webhooks/endpoints: the endpoint plus `secret`
        Rotated, // …/rotate: the endpoint plus `secret` and `graceSeconds`
        Read,    // …/secret: read again by an operator (audited)
    };
    // An endpoint's signing secret: `endpoint` is the endpoint JSON with `secret` (and
    // `graceSeconds` after a rotation).
    SecretRevealDialog(const QJsonObject &endpoint, WebhookSecret why, QWidget *parent = nullptr);

    void reject() override; // Escape and the window's close button obey the checkbox too

private:
    void addSecretRow(QFormLayout *form, const QString &label, const QString &value);
    void addConfirmation(QLayout *layout, const QString &text);

    QCheckBox *m_stored = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace mid::ui
