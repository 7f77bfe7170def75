#pragma once

#include <QDialog>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;

namespace mid::ui {

// File → Connect…: a remote mid-server's URL and an operator login. Recent connections
// (URL and username, never the password) are remembered.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    QString username() const;

    static QStringList recentConnections();
    static void rememberConnection(const QUrl &url, const QString &username);

private:
    void tryLogin();
    void showError(const QString &text);

    QComboBox *m_urlBox;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_token;
};

} // namespace mid::ui
