#include "ConnectDialog.h"

#include "CertificateDialog.h"
#include "client/AdminClient.h"
#include "client/CertificatePin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace mid::ui {

namespace {
const char *kRecentKey = "connections/recent";
constexpr int kMaxRecent = 8;
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_urlBox(new QComboBox), m_user(new QLineEdit), m_password(new QLineEdit),
      m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
      m_network(new QNetworkAccessManager(this)), m_probe(new CertificateProbe(this))
{
    setWindowTitle(tr("Connect to a MID server"));
    setAccessibleName(windowTitle());
    m_urlBox->setEditable(true);
    m_urlBox->setAccessibleName(tr("Server URL"));
    m_urlBox->lineEdit()->setPlaceholderText(QStringLiteral("https://mid.example.org:8443"));
    for (const QString &entry : recentConnections())
        m_urlBox->addItem(entry.section(QLatin1Char(' '), 0, 0),
                          entry.section(QLatin1Char(' '), 1));
    m_user->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setText(m_urlBox->currentData().toString());
    connect(m_urlBox, &QComboBox::currentIndexChanged, this,
            [this] { m_user->setText(m_urlBox->currentData().toString()); });
    m_error->setAccessibleName(tr("Connection status"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *intro = new QLabel(tr("Manage a headless mid-server the same way as the embedded one. "
                                "Log in with an operator account of that server."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_urlBox);
    form->addRow(tr("&Username:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryLogin);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString ConnectDialog::username() const
{
    return m_user->text().trimmed();
}

void ConnectDialog::showError(const QString &text)
{
    showStatus(text);
    m_buttons->setEnabled(true);
}

void ConnectDialog::showStatus(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    // Grow to the message rather than squeeze the fields (the height was fixed at the start).
    resize(width(), qMax(height(), sizeHint().height()));
}

void ConnectDialog::tryLogin()
{
    QString text = m_urlBox->currentText().trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        showError(tr("Enter the server's address, for example https://mid.example.org:8443."));
        return;
    }
    if (username().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter the username and password of an operator of that server."));
        return;
    }
    m_buttons->setEnabled(false);
    if (url.scheme() == QLatin1String("https"))
        checkCertificate(url);
    else
        login(url, {});
}

void ConnectDialog::checkCertificate(const QUrl &url)
{
    showStatus(tr("Checking the server's certificate…"));
    m_probe->disconnect(this);
    // Queued: the questions below open dialogs, which must not run inside the socket's signal.
    connect(
        m_probe, &CertificateProbe::finished, this,
        [this, url](const QSslCertificate &certificate, const QString &error) {
            onCertificate(url, certificate, error);
        },
        Qt::QueuedConnection);
    m_probe->probe(url);
}

void ConnectDialog::onCertificate(const QUrl &url, const QSslCertificate &certificate,
                                  const QString &error)
{
    if (certificate.isNull()) {
        showError(tr("Could not open a TLS connection to %1: %2")
                      .arg(CertificatePin::hostKey(url), error));
        return;
    }
    if (!trusted(url, certificate)) {
        showError(CertificatePin::stored(url).isEmpty()
                      ? tr("Not connected: the server's certificate was not trusted.")
                      : tr("Not connected: %1 presented another certificate than the one "
                           "pinned.")
                            .arg(CertificatePin::hostKey(url)));
        return;
    }
    login(url, CertificatePin::fingerprint(certificate));
}

bool ConnectDialog::trusted(const QUrl &url, const QSslCertificate &presented)
{
    const QString pinned = CertificatePin::stored(url);
    if (CertificatePin::matches(presented, pinned))
        return true; // the one compared and accepted before: nothing to ask
    CertificateDialog ask(pinned.isEmpty() ? CertificateDialog::Kind::FirstUse
                                           : CertificateDialog::Kind::Changed,
                          CertificatePin::hostKey(url), presented, pinned, this);
    if (ask.exec() != QDialog::Accepted)
        return false;
    CertificatePin::store(url, CertificatePin::fingerprint(presented));
    return true;
}

void ConnectDialog::login(const QUrl &url, const QString &pin)
{
    showStatus(tr("Connecting…"));
    AdminClient::login(m_network, url, pin, username(), m_password->text(), this,
                       [this, url, pin](const ApiResult &r) {
                           if (!r.ok()) {
                               showError(r.status == 401 ? tr("Wrong username or password.")
                                                         : r.errorText());
                               return;
                           }
                           m_url = url;
                           m_token = r.object().value(QStringLiteral("token")).toString();
                           m_pin = pin;
                           rememberConnection(url, username());
                           accept();
                       });
}

QStringList ConnectDialog::recentConnections()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void ConnectDialog::rememberConnection(const QUrl &url, const QString &username)
{
    QStringList recent = recentConnections();
    const QString entry = url.toString(QUrl::StripTrailingSlash) + QLatin1Char(' ') + username;
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), recent);
}

} // namespace mid::ui
