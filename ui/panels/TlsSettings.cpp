#include "TlsSettings.h"

#include "ServerSession.h"
#include "dialogs/InstallCertificateDialog.h"
#include "widgets/FingerprintLabel.h"
#include "widgets/PanelParts.h"
#include "widgets/StatusDelegate.h"

#include <QClipboard>
#include <QDateTime>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mid::ui {

namespace {

constexpr int kWarnDays = 30;       // a certificate this close to expiry is shown as a warning
constexpr int kCertificateRows = 4; // fingerprint, validity, names, issuer
constexpr int kCaRows = 2;          // download URL, CA fingerprint

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QPushButton *button(const QString &label, QWidget *parent)
{
    auto *b = new QPushButton(label, parent);
    b->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    return b;
}

QString daysText(qint64 days)
{
    return days == 1 ? TlsSettings::tr("1 day") : TlsSettings::tr("%L1 days").arg(days);
}

// Orange while there is time to act, red once it is too late.
void setWarning(QLabel *label, qint64 daysLeft)
{
    const char *status = daysLeft < 0 ? "rejected" : "suspended";
    label->setStyleSheet(daysLeft < kWarnDays
                             ? QStringLiteral("color: %1; font-weight: 600;")
                                   .arg(StatusDelegate::colorFor(QLatin1String(status)).name())
                             : QString());
}

} // namespace

TlsSettings::TlsSettings(ServerSession &session, QWidget *parent)
    : QGroupBox(tr("TLS"), parent), m_session(session), m_grid(createDetailsGrid()),
      m_state(createValueLabel(this, tr("TLS status"))),
      m_fingerprint(new FingerprintLabel(tr("Certificate fingerprint"), this)),
      m_copy(button(tr("Copy"), this)), m_validity(createValueLabel(this, tr("Validity"))),
      m_names(createValueLabel(this, tr("Names"))), m_issuer(createValueLabel(this, tr("Issuer"))),
      m_caUrl(createValueLabel(this, tr("CA download URL"))),
      m_caFingerprint(new FingerprintLabel(tr("CA fingerprint"), this)),
      m_message(createValueLabel(this, tr("TLS message")))
{
    setAccessibleName(tr("TLS"));
    m_copy->setAccessibleName(tr("Copy fingerprint"));
    m_copy->setToolTip(tr("Copy the SHA-256 fingerprint to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_fingerprint->fingerprint());
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copy, [this] { m_copy->setText(tr("Copy")); });
    });
    auto *fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(m_fingerprint);
    fingerprintRow->addWidget(m_copy, 0, Qt::AlignTop);
    fingerprintRow->addStretch();

    addDetailsRow(m_grid, tr("Status:"), m_state);
    m_firstCertificateRow = m_grid->rowCount();
    addDetailsRow(m_grid, tr("SHA-256 fingerprint:"), fingerprintRow);
    addDetailsRow(m_grid, tr("Valid:"), m_validity);
    addDetailsRow(m_grid, tr("Names:"), m_names);
    addDetailsRow(m_grid, tr("Issuer:"), m_issuer);
    m_firstCaRow = m_grid->rowCount();
    addDetailsRow(m_grid, tr("CA for phones:"), m_caUrl);
    addDetailsRow(m_grid, tr("CA fingerprint:"), m_caFingerprint);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_grid);
    layout->addWidget(m_message);
    layout->addWidget(buildButtons());
    show({});
}

QWidget *TlsSettings::buildButtons()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_regenerate = button(tr("Re&generate certificate…"), bar);
    m_load = button(tr("L&oad certificate and key…"), bar);
    connect(m_regenerate, &QPushButton::clicked, this, &TlsSettings::regenerate);
    connect(m_load, &QPushButton::clicked, this, &TlsSettings::loadOwn);
    row->addStretch();
    row->addWidget(m_load);
    row->addWidget(m_regenerate);
    return bar;
}

void TlsSettings::reload()
{
    m_message->hide();
    updateButtons();
    m_session.api().tlsStatus(this, [this](const ApiResult &r) {
        if (!r.ok())
            return showMessage(tr("Could not read the TLS settings: %1").arg(r.errorText()), true);
        show(r.object());
    });
}

void TlsSettings::setPublicUrl(const QString &url)
{
    m_publicUrl = url;
    showCertificateAuthority();
}

void TlsSettings::show(const QJsonObject &status)
{
    m_status = status;
    m_state->setText(stateText());
    const QJsonObject certificate = status.value(QStringLiteral("certificate")).toObject();
    for (int row = 0; row < kCertificateRows; ++row)
        showDetailsRow(m_grid, m_firstCertificateRow + row, !certificate.isEmpty());
    showCertificate(certificate);
    showCertificateAuthority();
    updateButtons();
}

QString TlsSettings::stateText() const
{
    const bool enabled = m_status.value(QStringLiteral("enabled")).toBool();
    const QString mode = text(m_status, "mode");
    if (m_status.isEmpty())
        return tr("Loading…");
    if (enabled && mode == QLatin1String("auto"))
        return tr("On: HTTPS with a certificate from this box's own CA (--tls auto).");
    if (enabled)
        return tr("On: HTTPS with your own certificate.");
    if (mode == QLatin1String("files"))
        return tr("Off: plain HTTP. The certificate loaded here is served after the server "
                  "restarts.");
    return tr("Off: plain HTTP. Start the server with --tls auto to serve HTTPS; phones need it "
              "for passkeys.");
}

void TlsSettings::showCertificate(const QJsonObject &certificate)
{
    m_fingerprint->setFingerprint(text(certificate, "fingerprintSha256"));
    const QLocale locale;
    const QDateTime from = QDateTime::fromString(text(certificate, "notBefore"), Qt::ISODate);
    const QDateTime to = QDateTime::fromString(text(certificate, "notAfter"), Qt::ISODate);
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(to);
    QString validity = tr("%1 to %2")
                           .arg(locale.toString(from.toLocalTime().date(), QLocale::ShortFormat),
                                locale.toString(to.toLocalTime().date(), QLocale::ShortFormat));
    if (daysLeft < 0)
        validity += QLatin1Char('\n') + tr("⚠ Expired: browsers and phones refuse it. Regenerate "
                                           "it or load a new one.");
    else if (daysLeft < kWarnDays)
        validity += QLatin1Char('\n') +
                    tr("⚠ Expires in %1. Regenerate it or load a new one.").arg(daysText(daysLeft));
    else
        validity += QLatin1Char(' ') + tr("(%1 left)").arg(daysText(daysLeft));
    m_validity->setText(validity);
    setWarning(m_validity, daysLeft);
    QStringList names;
    for (const QJsonValue &n : certificate.value(QStringLiteral("names")).toArray())
        names << n.toString();
    m_names->setText(names.join(QStringLiteral(", ")));
    m_issuer->setText(certificate.value(QStringLiteral("issuedByLocalCa")).toBool()
                          ? tr("This box's own CA (%1)").arg(text(certificate, "issuer"))
                          : tr("%1 (your own certificate)").arg(text(certificate, "issuer")));
}

void TlsSettings::showCertificateAuthority()
{
    const QString path = text(m_status, "caCertificatePath");
    const QString caFingerprint =
        text(m_status.value(QStringLiteral("certificate")).toObject(), "caFingerprintSha256");
    const bool shown = !path.isEmpty() && !m_publicUrl.isEmpty();
    for (int row = 0; row < kCaRows; ++row)
        showDetailsRow(m_grid, m_firstCaRow + row, shown);
    if (!shown)
        return;
    const QString url = QUrl(m_publicUrl).resolved(QUrl(path)).toString();
    m_caUrl->setText(url);
    m_caUrl->setToolTip(tr("A phone trusts this box once it has installed this CA: \"Set up "
                           "this phone\" in the QR presenter walks it through."));
    m_caFingerprint->setFingerprint(caFingerprint);
}

void TlsSettings::updateButtons()
{
    const bool admin = m_session.role() == QLatin1String("admin");
    const bool enabled = m_status.value(QStringLiteral("enabled")).toBool();
    const QString notAdmin = tr("Only admins can change the server's certificate.");
    m_regenerate->setEnabled(admin && enabled);
    m_regenerate->setToolTip(!admin     ? notAdmin
                             : !enabled ? tr("TLS is off: start the server with --tls auto to "
                                             "serve a certificate from its own CA.")
                                        : tr("Issue a new certificate from this box's own CA for "
                                             "every name it is reached by"));
    m_load->setEnabled(admin);
    m_load->setToolTip(admin ? tr("Serve your own certificate and private key (PEM files)")
                             : notAdmin);
}

void TlsSettings::regenerate()
{
    confirmDestructive(
        this, tr("Regenerate certificate"),
        tr("Issue a new certificate from this box's own CA? It is served from the next "
           "connection on. Phones that trust the box's CA keep working; other consoles and "
           "programs that pinned the current certificate refuse to connect until their operator "
           "accepts the new fingerprint."),
        tr("Regenerate"), tr("Cancel"), [this] {
            m_regenerate->setEnabled(false);
            m_session.api().regenerateTls(this, [this](const ApiResult &r) {
                applied(r, tr("A new certificate is served from now on. Tell the operators of "
                              "other consoles its fingerprint before they connect again."));
            });
        });
}

void TlsSettings::loadOwn()
{
    InstallCertificateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_load->setEnabled(false);
    m_session.api().installTls(
        dialog.chainPem(), dialog.keyPem(), this, [this](const ApiResult &r) {
            const bool restart = r.object().value(QStringLiteral("restartRequired")).toBool();
            applied(r, restart ? tr("Saved. The server serves this "
                                    "certificate after it restarts.")
                               : tr("Your certificate is served from now "
                                    "on."));
            if (r.ok() && restart)
                Q_EMIT restartRequired();
        });
}

void TlsSettings::applied(const ApiResult &result, const QString &message)
{
    updateButtons();
    if (!result.ok())
        return showMessage(result.errorText(), true);
    show(result.object());
    if (m_status.value(QStringLiteral("enabled")).toBool())
        m_session.certificateReplaced(m_fingerprint->fingerprint());
    showMessage(message, false);
}

void TlsSettings::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #dc2626;") : QString());
    m_message->show();
}

} // namespace mid::ui
