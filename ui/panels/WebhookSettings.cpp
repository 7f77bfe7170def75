#include "WebhookSettings.h"

#include "ServerSession.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mid::ui {

namespace {
QPushButton *button(const QString &text, const QString &accessibleName = {})
{
    auto *b = new QPushButton(text);
    b->setAccessibleName(accessibleName.isEmpty() ? text.simplified().remove(QLatin1Char('&'))
                                                  : accessibleName);
    return b;
}

QLineEdit *field(const QString &accessibleName, bool secret)
{
    auto *e = new QLineEdit;
    e->setAccessibleName(accessibleName);
    if (secret)
        e->setEchoMode(QLineEdit::Password);
    return e;
}

QLabel *stateLabel(const QString &accessibleName)
{
    auto *l = new QLabel;
    l->setAccessibleName(accessibleName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QWidget *row(std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    bool first = true;
    for (QWidget *w : widgets) {
        layout->addWidget(w, first ? 1 : 0);
        first = false;
    }
    return box;
}
} // namespace

WebhookSettings::WebhookSettings(ServerSession &session, QWidget *parent)
    : QGroupBox(tr("Webhooks"), parent), m_session(session)
{
    setAccessibleName(tr("Webhooks"));
    m_allowPrivate = new QCheckBox(tr("Allow deliveries to &private networks"));
    m_allowPrivate->setAccessibleName(tr("Allow deliveries to private networks"));
    m_allowPrivate->setToolTip(tr("Outbound webhooks to private, link-local or unique-local "
                                  "addresses (10.x, 192.168.x, 169.254.x, fc00::/7…) are refused "
                                  "unless this is on. Loopback is always allowed."));
    m_stripeSecret = field(tr("Stripe signing secret"), true);
    m_stripeState = stateLabel(tr("Stripe signing secret state"));
    m_appStoreRoots = stateLabel(tr("App Store root certificates"));
    m_bundleId = field(tr("App Store bundle id"), false);
    m_bundleId->setPlaceholderText(tr("Any (not checked)"));
    m_audience = field(tr("Google Play audience"), false);
    m_playJwks = stateLabel(tr("Google Play JWKS"));
    m_playToken = field(tr("Google Play push token"), true);
    m_tokenState = stateLabel(tr("Google Play push token state"));
    // One line each: a wrapping label in a form row reserves height it never uses.
    m_stripeState->setWordWrap(false);
    m_tokenState->setWordWrap(false);

    auto *loadRoots = button(tr("Load PEM…"), tr("Load App Store root certificates"));
    auto *clearRoots = button(tr("Clear"), tr("Clear App Store root certificates"));
    auto *loadJwks = button(tr("Load JWKS…"), tr("Load Google Play JWKS"));
    auto *clearJwks = button(tr("Clear"), tr("Clear Google Play JWKS"));
    auto *clearStripe = button(tr("Clear"), tr("Clear Stripe signing secret"));
    auto *clearToken = button(tr("Clear"), tr("Clear Google Play push token"));
    connect(loadRoots, &QPushButton::clicked, this, [this] {
        loadFile(QStringLiteral("appStoreRootCertificates"), tr("App Store root certificates"),
                 tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    });
    connect(loadJwks, &QPushButton::clicked, this, [this] {
        loadFile(QStringLiteral("playStoreJwks"), tr("Google Play JWKS"),
                 tr("JSON (*.json);;All files (*)"));
    });
    connect(clearRoots, &QPushButton::clicked, this,
            [this] { clearField(QStringLiteral("appStoreRootCertificates")); });
    connect(clearJwks, &QPushButton::clicked, this,
            [this] { clearField(QStringLiteral("playStoreJwks")); });
    connect(clearStripe, &QPushButton::clicked, this,
            [this] { clearField(QStringLiteral("stripeWebhookSecret")); });
    connect(clearToken, &QPushButton::clicked, this,
            [this] { clearField(QStringLiteral("playStoreToken")); });
    m_save = button(tr("Save &webhook settings"));
    connect(m_save, &QPushButton::clicked, this, &WebhookSettings::save);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);

    auto *hint = new QLabel(tr("Secrets are never shown again once saved: leave a field empty to "
                               "keep what is set."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *form = new QFormLayout(this);
    form->addRow(m_allowPrivate);
    form->addRow(hint);
    form->addRow(tr("&Stripe signing secret:"), row({m_stripeSecret, clearStripe}));
    form->addRow(QString(), m_stripeState);
    form->addRow(tr("App Store root certificates:"), row({m_appStoreRoots, loadRoots, clearRoots}));
    form->addRow(tr("App Store &bundle id:"), m_bundleId);
    form->addRow(tr("Google Play &audience:"), m_audience);
    form->addRow(tr("Google Play JWKS:"), row({m_playJwks, loadJwks, clearJwks}));
    form->addRow(tr("Google Play push &token:"), row({m_playToken, clearToken}));
    form->addRow(QString(), m_tokenState);
    form->addRow(buttons);
    m_editors = {m_allowPrivate, m_stripeSecret, m_bundleId, m_audience,  m_playToken, loadRoots,
                 clearRoots,     loadJwks,       clearJwks,  clearStripe, clearToken,  m_save};
}

void WebhookSettings::setEditable(bool editable)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(editable);
}

void WebhookSettings::show(const QJsonObject &settings)
{
    const QJsonObject inbound = settings.value(QStringLiteral("inboundWebhooks")).toObject();
    const auto isSet = [&inbound](const char *name) {
        return inbound.value(QLatin1String(name)).toObject().value(QStringLiteral("set")).toBool();
    };
    m_pending = {};
    m_allowPrivate->setChecked(
        settings.value(QStringLiteral("webhooksAllowPrivateNetworks")).toBool());
    m_stripeSecret->clear();
    m_stripeSecret->setPlaceholderText(isSet("stripeWebhookSecret") ? tr("Set — type to replace")
                                                                    : tr("whsec_…"));
    m_stripeState->setText(isSet("stripeWebhookSecret")
                               ? tr("Set: Stripe events are verified.")
                               : tr("Not set: /v1/webhooks/stripe answers 503 not_configured."));
    QStringList roots;
    for (const QJsonValue &c : inbound.value(QStringLiteral("appStoreRootCertificates"))
                                   .toObject()
                                   .value(QStringLiteral("certificates"))
                                   .toArray())
        roots << tr("%1 (SHA-256 %2…)")
                     .arg(c.toObject().value(QStringLiteral("subject")).toString(),
                          c.toObject().value(QStringLiteral("sha256")).toString().left(23));
    m_appStoreRoots->setText(roots.isEmpty() ? tr("Not set") : roots.join(QLatin1Char('\n')));
    m_bundleId->setText(inbound.value(QStringLiteral("appStoreBundleId")).toString());
    m_audience->setText(inbound.value(QStringLiteral("playStoreAudience")).toString());
    QStringList kids;
    for (const QJsonValue &k : inbound.value(QStringLiteral("playStoreJwks"))
                                   .toObject()
                                   .value(QStringLiteral("kids"))
                                   .toArray())
        kids << k.toString();
    m_playJwks->setText(isSet("playStoreJwks") ? tr("Keys: %1").arg(kids.join(QStringLiteral(", ")))
                                               : tr("Not set"));
    m_playToken->clear();
    m_playToken->setPlaceholderText(isSet("playStoreToken") ? tr("Set — type to replace")
                                                            : tr("At least 16 characters"));
    m_tokenState->setText(isSet("playStoreToken") ? tr("Set: pushes may authenticate with ?token=.")
                                                  : tr("Not set."));
    m_shown = {{QStringLiteral("webhooksAllowPrivateNetworks"), m_allowPrivate->isChecked()},
               {QStringLiteral("appStoreBundleId"), m_bundleId->text()},
               {QStringLiteral("playStoreAudience"), m_audience->text()}};
}

void WebhookSettings::loadFile(const QString &field, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(this, title, QString(), filter);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        Q_EMIT failed(tr("%1 could not be read (at most 1 MiB).").arg(path));
        return;
    }
    m_pending.insert(field, QString::fromUtf8(file.readAll()));
    QLabel *state = field == QLatin1String("playStoreJwks") ? m_playJwks : m_appStoreRoots;
    state->setText(tr("%1 — not saved yet").arg(QFileInfo(path).fileName()));
}

void WebhookSettings::clearField(const QString &field)
{
    // An empty string clears a provider value on the server.
    m_pending.insert(field, QString());
    save();
}

void WebhookSettings::save()
{
    QJsonObject changes = m_pending;
    const QJsonObject now{
        {QStringLiteral("webhooksAllowPrivateNetworks"), m_allowPrivate->isChecked()},
        {QStringLiteral("appStoreBundleId"), m_bundleId->text().trimmed()},
        {QStringLiteral("playStoreAudience"), m_audience->text().trimmed()}};
    for (auto it = now.begin(); it != now.end(); ++it)
        if (it.value() != m_shown.value(it.key()))
            changes.insert(it.key(), it.value());
    if (!m_stripeSecret->text().isEmpty())
        changes.insert(QStringLiteral("stripeWebhookSecret"), m_stripeSecret->text().trimmed());
    if (!m_playToken->text().isEmpty())
        changes.insert(QStringLiteral("playStoreToken"), m_playToken->text());
    if (changes.isEmpty())
        return;
    m_save->setEnabled(false);
    m_session.api().saveSettings(changes, this, [this](const ApiResult &r) {
        m_save->setEnabled(true);
        if (!r.ok()) {
            Q_EMIT failed(r.errorText());
            return;
        }
        show(r.object());
        Q_EMIT saved();
    });
}

} // namespace mid::ui
