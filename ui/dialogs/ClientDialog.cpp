#include "ClientDialog.h"

#include "client/AdminClient.h"
#include "models/ClientsModel.h"
#include "widgets/StatusDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace mid::ui {

namespace {

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

// The server's rule for origins: scheme and host (and port), nothing after.
bool isOrigin(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty() && url.path().isEmpty() && !url.hasQuery() && !url.hasFragment() &&
           url.userInfo().isEmpty();
}

bool isWebhookUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    return url.scheme() == QLatin1String("https") ||
           (url.scheme() == QLatin1String("http") && isLoopback(url.host()));
}

QSpinBox *limitBox(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 2000000000);
    box->setSingleStep(100);
    box->setGroupSeparatorShown(true);
    // 0 is shown as "Unlimited" and sent as null: the API's "no limit".
    box->setSpecialValueText(ClientDialog::tr("Unlimited"));
    box->setAccessibleName(accessibleName);
    return box;
}

QJsonValue limitValue(const QSpinBox *box)
{
    return box->value() == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(box->value());
}

// A hidden, word-wrapped label in the palette-independent "failed" colour of the console.
QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusDelegate::colorFor(QStringLiteral("failed")));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

// What a validation detail's `issue` means, for the fields after the first (whose full
// sentence is the envelope's message).
QString issueText(const QString &issue)
{
    if (issue == QLatin1String("required"))
        return ClientDialog::tr("Required.");
    if (issue == QLatin1String("length"))
        return ClientDialog::tr("Too long or too short.");
    if (issue == QLatin1String("enum") || issue == QLatin1String("unknown"))
        return ClientDialog::tr("Not one of the allowed values.");
    if (issue == QLatin1String("range"))
        return ClientDialog::tr("Out of range.");
    return ClientDialog::tr("Not valid (%1).").arg(issue);
}

int storedLimit(const QJsonObject &limits, const char *key)
{
    return limits.value(QLatin1String(key)).toInt(0);
}
} // namespace

ClientDialog::ClientDialog(AdminClient &api, const QStringList &webhookEvents,
                           const QJsonObject &client, QWidget *parent)
    : QDialog(parent), m_api(api), m_webhookEventNames(webhookEvents),
      m_clientId(client.value(QStringLiteral("clientId")).toString())
{
    setWindowTitle(isEditing()
                       ? tr("Edit client %1").arg(client.value(QStringLiteral("name")).toString())
                       : tr("New client"));
    setAccessibleName(isEditing() ? tr("Edit client") : tr("New client"));

    m_banner = errorLabel(this);
    m_banner->setAccessibleName(tr("Error message"));

    auto *left = new QVBoxLayout;
    left->addWidget(buildGeneral());
    left->addWidget(buildScopes());
    left->addWidget(buildLimits());
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(buildWebhook());
    right->addWidget(buildOrigins());
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(isEditing() ? tr("Save") : tr("Create"));
    ok->setAccessibleName(ok->text());
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClientDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    if (isEditing())
        load(client);
    updateLimitsEnabled();
    m_name->setFocus();
}

QWidget *ClientDialog::buildGeneral()
{
    auto *box = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(box);

    m_name = new QLineEdit(box);
    m_name->setPlaceholderText(tr("e.g. Acme Bank mobile app"));
    m_name->setMaxLength(120);
    addFieldRow(form, tr("&Name:"), m_name, QStringLiteral("name"), tr("Name"));

    m_plan = new QComboBox(box);
    for (const QString &plan : ClientText::plans())
        m_plan->addItem(ClientText::planLabel(plan), plan);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &ClientDialog::updateLimitsEnabled);
    addFieldRow(form, tr("&Plan:"), m_plan, QStringLiteral("plan"), tr("Plan"));

    m_qrPayload = new QComboBox(box);
    for (const QString &payload : ClientText::qrPayloads())
        m_qrPayload->addItem(ClientText::qrPayloadLabel(payload), payload);
    m_qrPayload->setToolTip(tr("What the QR code of a consent encodes: the web approval page, "
                               "or a mobid:// link for the tenant's own app"));
    addFieldRow(form, tr("&QR payload:"), m_qrPayload, QStringLiteral("qrPayload"),
                tr("QR payload"));
    return box;
}

void ClientDialog::addFieldRow(QFormLayout *form, const QString &labelText, QWidget *field,
                               const QString &apiField, const QString &name)
{
    field->setAccessibleName(name);
    auto *label = new QLabel(labelText, field->parentWidget());
    label->setBuddy(field); // the "&" mnemonic moves the focus to the field
    auto *column = new QVBoxLayout;
    column->addWidget(field);
    addErrorLabel(column, apiField, name);
    form->addRow(label, column);
}

QWidget *ClientDialog::buildScopes()
{
    auto *box = new QGroupBox(tr("Scopes"), this);
    box->setToolTip(tr("The API areas this tenant may call"));
    auto *outer = new QVBoxLayout(box);
    auto *grid = new QGridLayout;
    int i = 0;
    for (const QString &scope : ClientText::scopes()) {
        auto *check = new QCheckBox(ClientText::scopeLabel(scope), box);
        check->setAccessibleName(check->text());
        check->setChecked(true); // the server's default: every scope
        m_scopes.insert(scope, check);
        grid->addWidget(check, i / 2, i % 2);
        ++i;
    }
    outer->addLayout(grid);
    addErrorLabel(outer, QStringLiteral("scopes"), tr("Scopes"));
    return box;
}

QWidget *ClientDialog::buildLimits()
{
    m_limits = new QGroupBox(tr("Custom limits (enterprise)"), this);
    auto *outer = new QVBoxLayout(m_limits);
    auto *hint = new QLabel(tr("Only enterprise tenants have their own limits; the other plans "
                               "use the plan's fixed limits."),
                            m_limits);
    hint->setWordWrap(true);
    outer->addWidget(hint);

    auto *form = new QFormLayout;
    m_perMinute = limitBox(tr("Requests per minute"), m_limits);
    m_perDay = limitBox(tr("Requests per day"), m_limits);
    m_concurrent = limitBox(tr("Concurrent requests"), m_limits);
    m_concurrent->setSingleStep(1);
    form->addRow(tr("Per &minute:"), m_perMinute);
    form->addRow(tr("Per &day:"), m_perDay);
    form->addRow(tr("&Concurrent:"), m_concurrent);
    outer->addLayout(form);
    addErrorLabel(outer, QStringLiteral("rateLimits"), tr("Limits"));
    return m_limits;
}

QWidget *ClientDialog::buildWebhook()
{
    auto *box = new QGroupBox(isEditing() ? tr("Add a webhook endpoint") : tr("Webhook"), this);
    auto *layout = new QVBoxLayout(box);
    if (isEditing()) {
        auto *hint = new QLabel(tr("Leave empty to keep the endpoints as they are; existing "
                                   "endpoints and their secrets are in the Webhooks panel."),
                                box);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    m_webhookUrl = new QLineEdit(box);
    m_webhookUrl->setPlaceholderText(tr("https://api.example.com/mid/events"));
    m_webhookUrl->setAccessibleName(tr("Webhook URL"));
    layout->addWidget(new QLabel(tr("URL (https; http only to this machine):"), box));
    layout->addWidget(m_webhookUrl);
    addErrorLabel(layout, QStringLiteral("webhookUrl"), tr("Webhook URL"));

    m_events = new QListWidget(box);
    m_events->setAccessibleName(tr("Webhook events"));
    m_events->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QString &event : std::as_const(m_webhookEventNames)) {
        auto *item = new QListWidgetItem(event, m_events);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(event.startsWith(QLatin1String("consent.")) ? Qt::Checked
                                                                        : Qt::Unchecked);
    }
    layout->addWidget(new QLabel(tr("Events to deliver:"), box));
    layout->addWidget(m_events, 1);
    addErrorLabel(layout, QStringLiteral("webhookEvents"), tr("Webhook events"));
    return box;
}

QWidget *ClientDialog::buildOrigins()
{
    auto *box = new QGroupBox(tr("Allowed origins"), this);
    auto *layout = new QVBoxLayout(box);
    m_origins = new QPlainTextEdit(box);
    m_origins->setAccessibleName(tr("Allowed origins"));
    m_origins->setPlaceholderText(tr("One per line, e.g.\nhttps://app.example.com"));
    m_origins->setTabChangesFocus(true);
    m_origins->setMaximumHeight(m_origins->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_origins);
    addErrorLabel(layout, QStringLiteral("allowedOrigins"), tr("Allowed origins"));
    return box;
}

QLabel *ClientDialog::addErrorLabel(QVBoxLayout *layout, const QString &field,
                                    const QString &fieldLabel)
{
    auto *label = errorLabel(this);
    label->setAccessibleName(tr("%1 error").arg(fieldLabel));
    layout->addWidget(label);
    m_errors.insert(field, label);
    return label;
}

void ClientDialog::load(const QJsonObject &client)
{
    m_name->setText(client.value(QStringLiteral("name")).toString());
    m_plan->setCurrentIndex(qMax(0, m_plan->findData(client.value(QStringLiteral("plan")))));
    m_qrPayload->setCurrentIndex(
        qMax(0, m_qrPayload->findData(client.value(QStringLiteral("qrPayload")))));
    const QJsonArray scopes = client.value(QStringLiteral("scopes")).toArray();
    for (auto it = m_scopes.begin(); it != m_scopes.end(); ++it)
        it.value()->setChecked(scopes.contains(it.key()));
    QStringList origins;
    for (const QJsonValue &o : client.value(QStringLiteral("allowedOrigins")).toArray())
        origins << o.toString();
    m_origins->setPlainText(origins.join(QLatin1Char('\n')));
    const QJsonObject limits = client.value(QStringLiteral("rateLimits")).toObject();
    m_perMinute->setValue(storedLimit(limits, "perMinute"));
    m_perDay->setValue(storedLimit(limits, "perDay"));
    m_concurrent->setValue(storedLimit(limits, "concurrent"));
    m_groups = limits.value(QStringLiteral("groups")).toObject();
}

void ClientDialog::updateLimitsEnabled()
{
    m_limits->setEnabled(m_plan->currentData().toString() == QLatin1String("enterprise"));
}

QStringList ClientDialog::origins() const
{
    QStringList list;
    for (const QString &line : m_origins->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    return list;
}

QStringList ClientDialog::checkedEvents() const
{
    QStringList list;
    for (int i = 0; i < m_events->count(); ++i)
        if (m_events->item(i)->checkState() == Qt::Checked)
            list << m_events->item(i)->text();
    return list;
}

QJsonObject ClientDialog::rateLimits() const
{
    QJsonObject limits{{QStringLiteral("perMinute"), limitValue(m_perMinute)},
                       {QStringLiteral("perDay"), limitValue(m_perDay)},
                       {QStringLiteral("concurrent"), limitValue(m_concurrent)}};
    if (!m_groups.isEmpty())
        limits.insert(QStringLiteral("groups"), m_groups);
    return limits;
}

QJsonObject ClientDialog::spec() const
{
    QStringList scopes;
    for (const QString &scope : ClientText::scopes())
        if (m_scopes.value(scope)->isChecked())
            scopes << scope;
    QJsonObject body{{QStringLiteral("name"), m_name->text().trimmed()},
                     {QStringLiteral("plan"), m_plan->currentData().toString()},
                     {QStringLiteral("qrPayload"), m_qrPayload->currentData().toString()},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                     {QStringLiteral("allowedOrigins"), QJsonArray::fromStringList(origins())}};
    if (m_plan->currentData().toString() == QLatin1String("enterprise"))
        body.insert(QStringLiteral("rateLimits"), rateLimits());
    const QString url = m_webhookUrl->text().trimmed();
    if (!url.isEmpty()) {
        body.insert(QStringLiteral("webhookUrl"), url);
        body.insert(QStringLiteral("webhookEvents"), QJsonArray::fromStringList(checkedEvents()));
    }
    return body;
}

bool ClientDialog::validate()
{
    clearErrors();
    bool ok = true;
    auto fail = [&](const QString &field, const QString &message) {
        showError(field, message);
        ok = false;
    };
    if (m_name->text().trimmed().isEmpty())
        fail(QStringLiteral("name"), tr("Enter a name: it is how operators recognise the tenant."));
    for (const QString &origin : origins())
        if (!isOrigin(origin)) {
            fail(QStringLiteral("allowedOrigins"),
                 tr("“%1” is not an origin; write scheme and host only, like "
                    "https://app.example.com")
                     .arg(origin));
            break;
        }
    const QString url = m_webhookUrl->text().trimmed();
    if (!url.isEmpty() && !isWebhookUrl(url))
        fail(QStringLiteral("webhookUrl"),
             tr("Enter an https URL (plain http is allowed only to localhost)."));
    if (!url.isEmpty() && checkedEvents().isEmpty())
        fail(QStringLiteral("webhookEvents"), tr("Tick at least one event to deliver."));
    if (!ok)
        m_banner->setText(tr("Please correct the fields marked below."));
    m_banner->setVisible(!ok);
    return ok;
}

void ClientDialog::showError(const QString &field, const QString &message)
{
    // "rateLimits.perDay" belongs under the limits.
    QLabel *label = m_errors.value(field, m_errors.value(field.section(QLatin1Char('.'), 0, 0)));
    if (!label)
        return; // a field the form does not show: the banner's errorText() names it
    label->setText(label->isVisible() ? label->text() + QLatin1Char('\n') + message : message);
    label->setVisible(true);
}

void ClientDialog::showServerErrors(const ApiResult &result)
{
    clearErrors();
    m_banner->setText(result.errorText());
    m_banner->setVisible(true);
    bool first = true;
    for (const QJsonValue &d : result.details) {
        const QJsonObject detail = d.toObject();
        const QString issue = detail.value(QStringLiteral("issue")).toString();
        showError(detail.value(QStringLiteral("field")).toString(),
                  first ? result.message : issueText(issue));
        first = false;
    }
}

void ClientDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
    m_banner->setVisible(false);
}

void ClientDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ClientDialog::accept()
{
    if (!validate())
        return;
    setBusy(true);
    auto done = [this](const ApiResult &r) { finish(r); };
    if (isEditing())
        m_api.updateClient(m_clientId, spec(), this, done);
    else
        m_api.createClient(spec(), this, done);
}

void ClientDialog::finish(const ApiResult &result)
{
    setBusy(false);
    if (!result.ok()) {
        showServerErrors(result);
        return;
    }
    Q_EMIT saved(result.object());
    QDialog::accept();
}

} // namespace mid::ui
