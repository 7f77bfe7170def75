#include "SecretRevealDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace mid::ui {

namespace {
QWidget *warningBanner(QWidget *parent, const QString &message)
{
    auto *banner = new QWidget(parent);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(banner);
    const int size = banner->style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(banner->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(message, banner);
    text->setWordWrap(true);
    text->setAccessibleName(SecretRevealDialog::tr("Warning"));
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    return banner;
}
} // namespace

SecretRevealDialog::SecretRevealDialog(const QJsonObject &issued, QWidget *parent) : QDialog(parent)
{
    const QString name = issued.value(QStringLiteral("name")).toString();
    setWindowTitle(tr("Credentials of %1").arg(name));
    setAccessibleName(tr("New credentials"));
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warningBanner(
        this, tr("<b>These credentials are shown once, never again.</b><br>The server keeps "
                 "only a hash of the API key. Copy them into the tenant's secret store now; if "
                 "they are lost, the only way back is to regenerate the key.")));

    auto *form = new QFormLayout;
    addSecretRow(form, tr("Client ID"), issued.value(QStringLiteral("clientId")).toString());
    addSecretRow(form, tr("API key"), issued.value(QStringLiteral("apiKey")).toString());
    addSecretRow(form, tr("Client secret"),
                 issued.value(QStringLiteral("clientSecret")).toString());
    const QString webhookSecret = issued.value(QStringLiteral("webhookSecret")).toString();
    if (!webhookSecret.isEmpty())
        addSecretRow(form, tr("Webhook secret"), webhookSecret);
    layout->addLayout(form);

    addConfirmation(layout, tr("I have stored these credentials"));
}

SecretRevealDialog::SecretRevealDialog(const QJsonObject &endpoint, WebhookSecret why,
                                       QWidget *parent)
    : QDialog(parent)
{
    const QString url = endpoint.value(QStringLiteral("url")).toString();
    setWindowTitle(why == WebhookSecret::Rotated ? tr("New signing secret") : tr("Signing secret"));
    setAccessibleName(tr("Signing secret"));
    setMinimumWidth(600);

    auto *layout = new QVBoxLayout(this);
    QString message;
    if (why == WebhookSecret::Read) {
        message = tr("<b>Keep this secret private.</b><br>Reading it was recorded in the audit "
                     "log. Whoever holds it can forge deliveries the receiver would trust.");
    } else {
        message = tr("<b>Copy the signing secret into the receiver now.</b><br>It verifies the "
                     "signature of every delivery. Operators can read it again later (that "
                     "read is audited), but it is never shown in lists or logs.");
        const int grace = endpoint.value(QStringLiteral("graceSeconds")).toInt();
        if (why == WebhookSecret::Rotated && grace > 0)
            message += QLatin1String("<br><br>") +
                       (grace <= 3600 ? tr("Deliveries are signed with both the old and the new "
                                           "secret for an hour, so the receiver can switch "
                                           "without a gap.")
                                      : tr("Deliveries are signed with both the old and the new "
                                           "secret for %1 hours, so the receiver can switch "
                                           "without a gap.")
                                            .arg((grace + 1799) / 3600));
        else if (why == WebhookSecret::Rotated)
            message += QLatin1String("<br><br>") + tr("The old secret stopped working at once.");
    }
    layout->addWidget(warningBanner(this, message));

    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(url, this);
    urlLabel->setAccessibleName(tr("Endpoint URL"));
    urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Endpoint URL"), urlLabel);
    addSecretRow(form, tr("Signing secret"), endpoint.value(QStringLiteral("secret")).toString());
    layout->addLayout(form);
    addConfirmation(layout, why == WebhookSecret::Read ? tr("I have copied the secret")
                                                       : tr("I have stored the secret"));
}

void SecretRevealDialog::addConfirmation(QLayout *layout, const QString &text)
{
    m_stored = new QCheckBox(text, this);
    m_stored->setObjectName(QStringLiteral("secretStoredCheck"));
    m_stored->setAccessibleName(m_stored->text());
    layout->addWidget(m_stored);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("secretCloseButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setEnabled(false);
    layout->addWidget(buttons);

    connect(m_stored, &QCheckBox::toggled, m_close, &QPushButton::setEnabled);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_stored->setFocus();
}

void SecretRevealDialog::addSecretRow(QFormLayout *form, const QString &label, const QString &value)
{
    auto *field = new QLineEdit(value, this);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setAccessibleName(label);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(value) + 16);

    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setAccessibleName(tr("Copy %1").arg(label));
    copy->setToolTip(tr("Copy the %1 to the clipboard").arg(label));
    connect(copy, &QPushButton::clicked, this, [copy, value] {
        QGuiApplication::clipboard()->setText(value);
        copy->setText(tr("Copied"));
        // Only relabels the button after a moment; nothing is polled.
        QTimer::singleShot(1500, copy, [copy] { copy->setText(tr("Copy")); });
    });

    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    form->addRow(label, row);
}

void SecretRevealDialog::reject()
{
    if (m_stored->isChecked())
        QDialog::reject();
}

} // namespace mid::ui
