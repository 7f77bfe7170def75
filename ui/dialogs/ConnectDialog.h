#pragma once

#include <QDialog>
#include <QSslCertificate>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;

namespace mid {
class CertificateProbe;
}

namespace mid::ui {

// File → Connect…: a remote mid-server's URL and an operator login. Recent connections
// (URL and username, never the password) are remembered. An https server's certificate is
// fetched first and checked against the one pinned for its host:port (CertificatePin): on a
// first connection the operator compares its fingerprint and accepts it; a different one is
// refused, showing both, unless the operator explicitly replaces the pin.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    // The certificate the connection is held to (empty for plain http).
    QString pinnedFingerprint() const { return m_pin; }
    QString username() const;

    static QStringList recentConnections();
    static void rememberConnection(const QUrl &url, const QString &username);

private:
    void tryLogin();
    void checkCertificate(const QUrl &url);
    void onCertificate(const QUrl &url, const QSslCertificate &certificate, const QString &error);
    // Whether the operator trusts `presented` for `url` (asking when it is not the pinned one).
    bool trusted(const QUrl &url, const QSslCertificate &presented);
    void login(const QUrl &url, const QString &pin);
    void showError(const QString &text);
    void showStatus(const QString &text);

    QComboBox *m_urlBox;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QNetworkAccessManager *m_network;
    CertificateProbe *m_probe;
    QUrl m_url;
    QString m_token;
    QString m_pin;
};

} // namespace mid::ui
