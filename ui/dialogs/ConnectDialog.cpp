#include "ConnectDialog.h"

#include "client/AdminClient.h"

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
      m_network(new QNetworkAccessManager(this))
{
    setWindowTitle(tr("Connect to a MID server"));
    setAccessibleName(windowTitle());
    m_urlBox->setEditable(true);
    m_urlBox->setAccessibleName(tr("Server URL"));
    m_urlBox->lineEdit()->setPlaceholderText(QStringLiteral("https://mid.example.org:8443"));
    for (const QString &entry : recentConnections())
        m_urlBox->addItem(entry.section(QLatin1Char(' '), 0, 0), entry.section(QLatin1Char(' '), 1));
    m_user->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setText(m_urlBox->currentData().toString());
    connect(m_urlBox, &QComboBox::currentIndexChanged, this,
            [this] { m_user->setText(m_urlBox->currentData().toString()); });
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
    m_error->setText(text);
    m_error->show();
    m_buttons->setEnabled(true);
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
    m_error->setText(tr("Connecting…"));
    m_error->show();
    AdminClient::login(m_network, url, username(), m_password->text(), this,
                       [this, url](const ApiResult &r) {
                           if (!r.ok()) {
                               showError(r.status == 401
                                             ? tr("Wrong username or password.")
                                             : r.errorText());
                               return;
                           }
                           m_url = url;
                           m_token = r.object().value(QStringLiteral("token")).toString();
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
