#include "InstallCertificateDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mid::ui {

namespace {
// The server refuses longer PEM text (TlsController); a bigger file is not a certificate.
constexpr qint64 kMaxPemBytes = 64 * 1024;
} // namespace

InstallCertificateDialog::InstallCertificateDialog(QWidget *parent)
    : QDialog(parent), m_chainPath(pathField(tr("Certificate chain file"))),
      m_keyPath(pathField(tr("Private key file"))), m_error(new QLabel(this))
{
    setWindowTitle(tr("Load certificate and key"));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);
    auto *intro = new QLabel(tr("Serve your own certificate, for example one from your "
                                "organisation's CA. Pick the PEM certificate chain (the server's "
                                "certificate first, then any intermediates) and its private key. "
                                "The server checks that they belong together before it replaces "
                                "anything."),
                             this);
    intro->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Certificate chain (PEM):"),
                 pickerRow(m_chainPath, tr("Browse for the certificate chain"),
                           tr("Certificate chain (PEM)")));
    form->addRow(tr("Private &key (PEM):"),
                 pickerRow(m_keyPath, tr("Browse for the private key"), tr("Private key (PEM)")));

    auto *buttons = new QDialogButtonBox(this);
    m_install = buttons->addButton(tr("Install"), QDialogButtonBox::AcceptRole);
    m_install->setAccessibleName(tr("Install"));
    m_install->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InstallCertificateDialog::install);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_chainPath, m_keyPath})
        connect(field, &QLineEdit::textChanged, this, [this] {
            m_install->setEnabled(!m_chainPath->text().trimmed().isEmpty() &&
                                  !m_keyPath->text().trimmed().isEmpty());
        });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QLineEdit *InstallCertificateDialog::pathField(const QString &accessibleName)
{
    auto *field = new QLineEdit(this);
    field->setAccessibleName(accessibleName);
    field->setPlaceholderText(tr("Path to a .pem, .crt or .key file"));
    return field;
}

QWidget *InstallCertificateDialog::pickerRow(QLineEdit *field, const QString &browseName,
                                             const QString &title)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("Browse…"), row);
    browse->setAccessibleName(browseName);
    connect(browse, &QPushButton::clicked, this, [this, field, title] {
        const QString path = QFileDialog::getOpenFileName(
            this, title, field->text(), tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
        if (!path.isEmpty())
            field->setText(QDir::toNativeSeparators(path));
    });
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    return row;
}

bool InstallCertificateDialog::read(const QString &path, QByteArray *into)
{
    QFile file(QDir::fromNativeSeparators(path.trimmed()));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("%1 could not be read: %2").arg(path, file.errorString()));
        m_error->show();
        return false;
    }
    if (file.size() > kMaxPemBytes) {
        m_error->setText(
            tr("%1 is larger than 64 KiB: it is not a PEM certificate or key.").arg(path));
        m_error->show();
        return false;
    }
    *into = file.readAll();
    return true;
}

void InstallCertificateDialog::install()
{
    if (read(m_chainPath->text(), &m_chain) && read(m_keyPath->text(), &m_key))
        accept();
}

} // namespace mid::ui
