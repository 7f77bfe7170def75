#include "SigningKeySettings.h"

#include "ServerSession.h"
#include "models/DevicesModel.h"
#include "widgets/PanelParts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mid::ui {

namespace {
const QString kJwksPath = QStringLiteral("/dvs/jwks");
} // namespace

SigningKeySettings::SigningKeySettings(ServerSession &session, QWidget *parent)
    : QGroupBox(tr("Token signing keys"), parent), m_session(session),
      m_keys(createValueLabel(this, tr("Published keys"))),
      m_jwksUrl(createValueLabel(this, tr("Key set URL"))),
      m_message(createValueLabel(this, tr("Signing key message"))),
      m_rotate(new QPushButton(tr("Rotate signing &key…"), this))
{
    setAccessibleName(tr("Token signing keys"));
    m_rotate->setAccessibleName(tr("Rotate signing key…"));
    connect(m_rotate, &QPushButton::clicked, this, &SigningKeySettings::rotate);
    auto *hint = new QLabel(tr("The box signs idTokens and DVS certificates with the newest key; "
                               "relying parties verify them with the key set it publishes."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    QGridLayout *grid = createDetailsGrid();
    addDetailsRow(grid, tr("Published keys:"), m_keys);
    addDetailsRow(grid, tr("Key set:"), m_jwksUrl);
    m_message->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_rotate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setPublicUrl({});
    updateButton();
}

void SigningKeySettings::reload()
{
    updateButton();
    m_session.api().signingKeys(this, [this](const ApiResult &r) { showKeys(r); });
}

void SigningKeySettings::setPublicUrl(const QString &url)
{
    const QUrl base = url.isEmpty() ? m_session.baseUrl() : QUrl(url);
    m_jwksUrl->setText(base.resolved(QUrl(kJwksPath)).toString());
}

void SigningKeySettings::showKeys(const ApiResult &r)
{
    if (!r.ok()) {
        m_keys->setText(tr("Unknown"));
        return showMessage(tr("Could not read the published keys: %1").arg(r.errorText()), true);
    }
    QStringList lines;
    const QJsonArray keys = r.object().value(QStringLiteral("keys")).toArray();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject key = keys.at(i).toObject();
        const QString kid = key.value(QStringLiteral("kid")).toString();
        const QString alg = key.value(QStringLiteral("alg")).toString();
        // Newest first: the first key signs, the others only verify until they are withdrawn.
        lines << (i == 0 ? tr("%1 (%2) — signs now").arg(kid, alg)
                         : tr("%1 (%2) — retired, still published").arg(kid, alg));
    }
    m_keys->setText(lines.isEmpty() ? tr("None published") : lines.join(QLatin1Char('\n')));
}

void SigningKeySettings::updateButton()
{
    const bool admin = m_session.role() == QLatin1String("admin");
    m_rotate->setEnabled(admin);
    m_rotate->setToolTip(admin ? tr("Start signing with a new key")
                               : tr("Only admins can rotate the signing key."));
}

void SigningKeySettings::rotate()
{
    confirmDestructive(
        this, tr("Rotate signing key"),
        tr("Start signing idTokens and DVS certificates with a new key?\n\nRelying parties must "
           "fetch the key set (%1) again to verify what the new key signs. The old key stays "
           "published for 24 hours, so what it signed keeps verifying until then.")
            .arg(m_jwksUrl->text()),
        tr("Rotate"), tr("Cancel"), [this] {
            m_rotate->setEnabled(false);
            m_session.api().rotateSigningKey(this, [this](const ApiResult &r) { rotated(r); });
        });
}

void SigningKeySettings::rotated(const ApiResult &r)
{
    updateButton();
    if (!r.ok())
        return showMessage(tr("The signing key was not rotated: %1").arg(r.errorText()), true);
    const QJsonObject d = r.object();
    showMessage(tr("Now signing with %1. %2 stays published until %3.")
                    .arg(d.value(QStringLiteral("kid")).toString(),
                         d.value(QStringLiteral("retiredKid")).toString(),
                         DevicesModel::displayTime(
                             d.value(QStringLiteral("retiredPublishedUntil")).toString())),
                false);
    reload();
}

void SigningKeySettings::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #dc2626;") : QString());
    m_message->show();
}

} // namespace mid::ui
