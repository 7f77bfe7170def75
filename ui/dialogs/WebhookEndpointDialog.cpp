#include "WebhookEndpointDialog.h"

#include "client/AdminClient.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mid::ui {

namespace {
// What to do about a field the server refused, in the operator's language.
QString issueText(const QString &field, const QString &issue)
{
    if (issue == QLatin1String("required"))
        return WebhookEndpointDialog::tr("Required.");
    if (field == QLatin1String("url"))
        return WebhookEndpointDialog::tr("Use an https:// address; http:// is accepted only "
                                         "for this machine (e.g. http://127.0.0.1:9000/hook).");
    if (field == QLatin1String("events"))
        return WebhookEndpointDialog::tr("One of the events is not known to the server.");
    if (field == QLatin1String("description"))
        return WebhookEndpointDialog::tr("At most 500 characters.");
    if (field == QLatin1String("clientId"))
        return WebhookEndpointDialog::tr("This client no longer exists: pick another.");
    return WebhookEndpointDialog::tr("Not valid (%1).").arg(issue);
}
} // namespace

WebhookEndpointDialog::WebhookEndpointDialog(AdminClient &api, ClientDirectory &clients,
                                             const QStringList &webhookEvents,
                                             const QJsonObject &endpoint, const QString &clientId,
                                             QWidget *parent)
    : QDialog(parent), m_api(api), m_endpointId(jsonText(endpoint, "id"))
{
    setObjectName(QStringLiteral("webhookEndpointDialog"));
    setWindowTitle(isEditing() ? tr("Edit webhook endpoint") : tr("New webhook endpoint"));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("endpointErrorBanner"));
    m_banner->setAccessibleName(tr("Error"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: rgba(220, 38, 38, 0.12); "
                                           "border: 1px solid rgba(220, 38, 38, 0.5); "
                                           "border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto fieldWithError = [this](QWidget *field, const QString &apiField) {
        auto *box = new QWidget(this);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(addErrorLabel(apiField, field->accessibleName()));
        return box;
    };

    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("endpointClient"));
    m_client->setAccessibleName(tr("Client"));
    const QString selected = isEditing() ? jsonText(endpoint, "clientId") : clientId;
    for (const QString &id : clients.idsByName())
        m_client->addItem(clients.nameOf(id), id);
    if (m_client->findData(selected) < 0 && !selected.isEmpty())
        m_client->addItem(clients.nameOf(selected), selected);
    m_client->setCurrentIndex(std::max(0, m_client->findData(selected)));
    m_client->setEnabled(!isEditing()); // an endpoint stays with its tenant
    form->addRow(tr("&Client:"), fieldWithError(m_client, QStringLiteral("clientId")));

    m_url = new QLineEdit(jsonText(endpoint, "url"), this);
    m_url->setObjectName(QStringLiteral("endpointUrl"));
    m_url->setAccessibleName(tr("Endpoint URL"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com/webhooks/mid"));
    form->addRow(tr("&URL:"), fieldWithError(m_url, QStringLiteral("url")));

    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("endpointEvents"));
    m_events->setAccessibleName(tr("Events"));
    m_events->setToolTip(tr("Leave every box unchecked to receive all events"));
    QStringList subscribed;
    for (const QJsonValue &v : endpoint.value(QStringLiteral("events")).toArray())
        subscribed << v.toString();
    for (const QString &name : webhookEvents) {
        if (name == QLatin1String("ping"))
            continue; // every endpoint receives pings
        auto *item = new QListWidgetItem(name, m_events);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(subscribed.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_events->setMinimumHeight(m_events->sizeHintForRow(0) * 7 + 6);
    auto *eventsHint = new QLabel(tr("None checked: the endpoint receives every event."), this);
    eventsHint->setForegroundRole(QPalette::PlaceholderText);
    auto *eventsBox = fieldWithError(m_events, QStringLiteral("events"));
    static_cast<QVBoxLayout *>(eventsBox->layout())->insertWidget(1, eventsHint);
    form->addRow(tr("&Events:"), eventsBox);

    m_description = new QLineEdit(jsonText(endpoint, "description"), this);
    m_description->setObjectName(QStringLiteral("endpointDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What receives these events (optional)"));
    m_description->setMaxLength(500);
    form->addRow(tr("&Description:"), fieldWithError(m_description, QStringLiteral("description")));
    for (QWidget *field : {static_cast<QWidget *>(m_client), static_cast<QWidget *>(m_url),
                           static_cast<QWidget *>(m_events), static_cast<QWidget *>(m_description)})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field->parentWidget())))
            label->setBuddy(field);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(isEditing() ? tr("Save") : tr("Create endpoint"));
    ok->setObjectName(QStringLiteral("endpointSaveButton"));
    ok->setAccessibleName(ok->text());
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("endpointCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebhookEndpointDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The URL is what is typed first, unless a client must be picked before.
    (isEditing() || !selected.isEmpty() ? static_cast<QWidget *>(m_url)
                                        : static_cast<QWidget *>(m_client))
        ->setFocus();
}

QLabel *WebhookEndpointDialog::addErrorLabel(const QString &field, const QString &fieldLabel)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("endpointError_") + field);
    label->setAccessibleName(tr("%1 error").arg(fieldLabel));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #dc2626;"));
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QStringList WebhookEndpointDialog::checkedEvents() const
{
    QStringList events;
    for (int i = 0; i < m_events->count(); ++i)
        if (m_events->item(i)->checkState() == Qt::Checked)
            events << m_events->item(i)->text();
    return events;
}

QJsonObject WebhookEndpointDialog::spec() const
{
    QJsonObject spec{{QStringLiteral("url"), m_url->text().trimmed()},
                     {QStringLiteral("events"), QJsonArray::fromStringList(checkedEvents())},
                     {QStringLiteral("description"), m_description->text().trimmed()}};
    if (!isEditing())
        spec.insert(QStringLiteral("clientId"), m_client->currentData().toString());
    return spec;
}

void WebhookEndpointDialog::accept()
{
    clearErrors();
    if (!isEditing() && m_client->currentData().toString().isEmpty()) {
        m_errors.value(QStringLiteral("clientId"))
            ->setText(tr("Create a client first (Clients panel), then add its endpoint."));
        m_errors.value(QStringLiteral("clientId"))->show();
        return;
    }
    m_buttons->setEnabled(false);
    const auto done = [this](const ApiResult &r) {
        m_buttons->setEnabled(true);
        if (!r.ok()) {
            showServerErrors(r);
            return;
        }
        Q_EMIT saved(r.object());
        QDialog::accept();
    };
    if (isEditing())
        m_api.updateWebhookEndpoint(m_endpointId, spec(), this, done);
    else
        m_api.createWebhookEndpoint(spec(), this, done);
}

void WebhookEndpointDialog::showServerErrors(const ApiResult &result)
{
    bool placed = false;
    for (const QJsonValue &d : result.details) {
        const QJsonObject detail = d.toObject();
        const QString field = jsonText(detail, "field");
        QLabel *label = m_errors.value(field);
        if (!label)
            continue;
        const QString text = issueText(field, jsonText(detail, "issue"));
        label->setText(label->isVisible() ? label->text() + QLatin1Char('\n') + text : text);
        label->show();
        if (!placed) {
            if (field == QLatin1String("url"))
                m_url->setFocus();
            else if (field == QLatin1String("description"))
                m_description->setFocus();
        }
        placed = true;
    }
    m_banner->setText(placed ? tr("The server did not accept the endpoint: correct the fields "
                                  "marked below.")
                             : tr("The endpoint was not saved: %1").arg(result.errorText()));
    m_banner->show();
}

void WebhookEndpointDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_banner->hide();
}

} // namespace mid::ui
