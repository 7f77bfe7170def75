#include "CertificateDialog.h"

#include "client/CertificatePin.h"
#include "widgets/FingerprintLabel.h"
#include "widgets/PanelParts.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace mid::ui {

namespace {

constexpr int kDangerRgb = 0xdc2626; // the console's red (errors, the lost link)

// The icon and the words at the top of the dialog.
QWidget *banner(QWidget *parent, QStyle::StandardPixmap icon, const QString &headline,
                const QString &text, bool danger)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(14);
    auto *picture = new QLabel(box);
    const int size = box->style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    picture->setPixmap(box->style()->standardIcon(icon).pixmap(size, size));
    picture->setAlignment(Qt::AlignTop);
    auto *words = new QVBoxLayout;
    auto *title = new QLabel(headline, box);
    title->setAccessibleName(CertificateDialog::tr("Headline"));
    title->setWordWrap(true);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    if (danger)
        title->setStyleSheet(
            QStringLiteral("color: #%1;").arg(kDangerRgb, 6, 16, QLatin1Char('0')));
    auto *body = new QLabel(text, box);
    body->setAccessibleName(CertificateDialog::tr("Explanation"));
    body->setWordWrap(true);
    words->addWidget(title);
    words->addWidget(body);
    row->addWidget(picture);
    row->addLayout(words, 1);
    return box;
}

// Common names only: what a person reads in "Issued to" and "Issued by".
QString commonName(const QStringList &names)
{
    return names.isEmpty() ? CertificateDialog::tr("(no name)") : names.join(QStringLiteral(", "));
}

// Host names, then addresses, each in the certificate's order (QMultiMap lists the values of
// one key newest first).
QString alternativeNames(const QSslCertificate &certificate)
{
    const auto names = certificate.subjectAlternativeNames();
    QStringList all;
    for (const QSsl::AlternativeNameEntryType type : {QSsl::DnsEntry, QSsl::IpAddressEntry}) {
        QStringList ofType = names.values(type);
        std::reverse(ofType.begin(), ofType.end());
        all += ofType;
    }
    return all.join(QStringLiteral(", "));
}

QString day(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

CertificateDialog::CertificateDialog(Kind kind, const QString &server,
                                     const QSslCertificate &presented,
                                     const QString &pinnedFingerprint, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_presented(presented), m_server(server)
{
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    if (kind == Kind::FirstUse)
        buildFirstUse(layout, server);
    else
        buildChanged(layout, server, pinnedFingerprint);
    setAccessibleName(windowTitle());
}

void CertificateDialog::buildFirstUse(QVBoxLayout *layout, const QString &server)
{
    setWindowTitle(tr("New server certificate"));
    layout->addWidget(banner(
        this, QStyle::SP_MessageBoxQuestion, tr("First connection to %1").arg(server),
        tr("The console has not connected to this server before. Compare the fingerprint below "
           "with the one shown in Settings → TLS on that server (mid-server also prints it when "
           "it starts). Connect only if they are the same: from then on the console accepts "
           "this certificate from %1 and no other.")
            .arg(server),
        false));
    auto *form = new QFormLayout;
    auto *fingerprint = new FingerprintLabel(tr("Presented fingerprint"), this);
    fingerprint->setFingerprint(CertificatePin::fingerprint(m_presented));
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    addDetails(form);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("Trust and connect"), QDialogButtonBox::AcceptRole);
    trust->setAccessibleName(tr("Trust and connect"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    // Enter must not trust a certificate nobody compared.
    trust->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CertificateDialog::buildChanged(QVBoxLayout *layout, const QString &server,
                                     const QString &pinned)
{
    setWindowTitle(tr("Server certificate changed"));
    layout->addWidget(banner(
        this, QStyle::SP_MessageBoxCritical,
        tr("The certificate of %1 has changed. The console did not connect.").arg(server),
        tr("The server presented another certificate than the one pinned when you first "
           "connected. Someone may be intercepting the connection, or the server's certificate "
           "was regenerated or replaced. Ask its administrator for the fingerprint shown in "
           "Settings → TLS on that server before you replace the pinned one."),
        true));
    auto *form = new QFormLayout;
    auto *was = new FingerprintLabel(tr("Pinned fingerprint"), this);
    was->setFingerprint(pinned);
    auto *now = new FingerprintLabel(tr("Presented fingerprint"), this);
    now->setFingerprint(CertificatePin::fingerprint(m_presented));
    now->setStyleSheet(QStringLiteral("color: #%1;").arg(kDangerRgb, 6, 16, QLatin1Char('0')));
    form->addRow(tr("Pinned (trusted):"), was);
    form->addRow(tr("Presented now:"), now);
    addDetails(form);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *replace =
        buttons->addButton(tr("Replace pinned certificate…"), QDialogButtonBox::ResetRole);
    replace->setAccessibleName(tr("Replace pinned certificate…"));
    replace->setAutoDefault(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(replace, &QPushButton::clicked, this, &CertificateDialog::confirmReplacement);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CertificateDialog::addDetails(QFormLayout *form)
{
    auto add = [&](const QString &label, const QString &name, const QString &value) {
        QLabel *field = createValueLabel(this, name);
        field->setText(value);
        form->addRow(label, field);
    };
    add(tr("Issued to:"), tr("Issued to"),
        commonName(m_presented.subjectInfo(QSslCertificate::CommonName)));
    add(tr("Issued by:"), tr("Issued by"),
        commonName(m_presented.issuerInfo(QSslCertificate::CommonName)));
    add(tr("Valid:"), tr("Validity"),
        tr("%1 to %2").arg(day(m_presented.effectiveDate()), day(m_presented.expiryDate())));
    add(tr("Names:"), tr("Names"), alternativeNames(m_presented));
}

void CertificateDialog::confirmReplacement()
{
    confirmDestructive(
        this, tr("Replace pinned certificate"),
        tr("From now on the console will accept only the new certificate from %1:\n\n%2\n\n"
           "Replace the pinned certificate only if the server's administrator confirmed this "
           "fingerprint.")
            .arg(m_server, CertificatePin::fingerprint(m_presented)),
        tr("Replace"), tr("Cancel"), [this] { accept(); });
}

} // namespace mid::ui
