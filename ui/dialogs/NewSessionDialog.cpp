#include "NewSessionDialog.h"

#include "ServerSession.h"
#include "domain/PhoneNumber.h"
#include "widgets/StatusDelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mid::ui {

NewSessionDialog::NewSessionDialog(ServerSession &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New consent session"));
    setAccessibleName(tr("New consent session"));
    buildForm();
    loadClients();
    validate();
}

void NewSessionDialog::buildForm()
{
    auto *form = new QFormLayout;
    m_client = new QComboBox(this);
    m_client->setAccessibleName(tr("Client"));
    m_client->setPlaceholderText(tr("Loading clients…"));
    m_client->setMinimumContentsLength(28);
    form->addRow(tr("&Client:"), m_client);

    m_recipient = new QLineEdit(this);
    m_recipient->setAccessibleName(tr("Recipient"));
    m_recipient->setPlaceholderText(tr("+447700900123"));
    m_recipient->setToolTip(tr("The recipient's mobile number in E.164 form: + country code "
                               "and number, no spaces"));
    form->addRow(tr("&Recipient:"), m_recipient);

    m_intent = new QComboBox(this);
    m_intent->setAccessibleName(tr("Intent"));
    m_intent->addItem(tr("Login"), QStringLiteral("login"));
    m_intent->addItem(tr("Transaction"), QStringLiteral("transaction"));
    m_intent->addItem(tr("Data sharing"), QStringLiteral("data_sharing"));
    m_intent->addItem(tr("Identity verification"), QStringLiteral("identity_verification"));
    m_intent->addItem(tr("Signing"), QStringLiteral("signing"));
    m_intent->addItem(tr("Mandate"), QStringLiteral("mandate"));
    form->addRow(tr("&Intent:"), m_intent);

    m_scope = new QLineEdit(this);
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->setPlaceholderText(tr("profile, email (comma separated)"));
    form->addRow(tr("&Scope:"), m_scope);

    m_expires = new QSpinBox(this);
    m_expires->setAccessibleName(tr("Expires in"));
    m_expires->setRange(30, 3600);
    m_expires->setValue(300);
    m_expires->setSuffix(tr(" s"));
    form->addRow(tr("&Expires in:"), m_expires);

    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, StatusDelegate::colorFor(QStringLiteral("rejected")));
    m_error->setPalette(red);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewSessionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewSessionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_recipient, &QLineEdit::textChanged, this, &NewSessionDialog::validate);
    connect(m_client, &QComboBox::currentIndexChanged, this, &NewSessionDialog::validate);
}

void NewSessionDialog::loadClients()
{
    m_session.api().listClients({}, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            m_client->setPlaceholderText(tr("No clients"));
            showError(tr("Could not load the clients: %1").arg(r.errorText()));
            return;
        }
        for (const QJsonValue &v : r.items()) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QStringLiteral("clientId")).toString();
            QString label = tr("%1 (%2)").arg(c.value(QStringLiteral("name")).toString(), id);
            if (c.value(QStringLiteral("status")).toString() == QLatin1String("suspended"))
                label += tr(" — suspended");
            m_client->addItem(label, id);
        }
        m_client->setPlaceholderText(m_client->count() ? tr("Pick a client")
                                                       : tr("No clients: create one first"));
        const int wanted = m_client->findData(m_wantedClient);
        m_client->setCurrentIndex(wanted >= 0 ? wanted : (m_client->count() ? 0 : -1));
        validate();
    });
}

void NewSessionDialog::setClientId(const QString &clientId)
{
    m_wantedClient = clientId;
    const int index = m_client->findData(clientId);
    if (index >= 0)
        m_client->setCurrentIndex(index);
}

QString NewSessionDialog::clientId() const
{
    return m_client->currentData().toString();
}

QJsonObject NewSessionDialog::spec() const
{
    QJsonArray scope;
    for (const QString &s : m_scope->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            scope.append(s.trimmed());
    return {{QStringLiteral("recipient"), m_recipient->text().trimmed()},
            {QStringLiteral("intent"), m_intent->currentData().toString()},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("expiresIn"), m_expires->value()},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("source"), QStringLiteral("mid-console")}}}};
}

void NewSessionDialog::validate()
{
    const QString number = m_recipient->text().trimmed();
    const bool numberOk = PhoneNumber::isE164(number); // the server's own rule
    // Say what is wrong only once the operator has typed something.
    if (!number.isEmpty() && !numberOk)
        showError(tr("The recipient must be an E.164 number: +, the country code and the "
                     "number, 8 to 15 digits in all, no spaces — for example +447700900123."));
    else
        m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && numberOk && !clientId().isEmpty());
}

void NewSessionDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void NewSessionDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_client), static_cast<QWidget *>(m_recipient),
                       static_cast<QWidget *>(m_intent), static_cast<QWidget *>(m_scope),
                       static_cast<QWidget *>(m_expires)})
        w->setEnabled(!busy);
    validate();
}

void NewSessionDialog::accept()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    setBusy(true);
    m_session.api().createConsent(clientId(), spec(), this, [this](const ApiResult &r) {
        setBusy(false);
        if (!r.ok()) {
            showError(tr("The server did not create the session: %1").arg(r.errorText()));
            return;
        }
        Q_EMIT created(r.object());
        QDialog::accept();
    });
}

} // namespace mid::ui
