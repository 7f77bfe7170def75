#pragma once

#include <QGroupBox>
#include <QJsonObject>

class QGridLayout;
class QLabel;
class QPushButton;

namespace mid {
struct ApiResult;
}

namespace mid::ui {

class FingerprintLabel;
class ServerSession;

// The TLS part of the settings (GET /admin/v1/settings/tls): whether the box serves HTTPS and
// how, the certificate's SHA-256 fingerprint (what consoles pin and operators compare), its
// validity, names and issuer, and for a box with its own CA the address and fingerprint of that
// CA for phones. Admins may issue a new certificate from the box's CA or load their own.
class TlsSettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit TlsSettings(ServerSession &session, QWidget *parent = nullptr);

    void reload();
    // The box's public URL (GET /admin/v1/settings), under which phones download the CA.
    void setPublicUrl(const QString &url);

Q_SIGNALS:
    // A certificate was installed that the server serves only after a restart.
    void restartRequired();

private:
    QWidget *buildButtons();
    void show(const QJsonObject &status);
    void showCertificate(const QJsonObject &certificate);
    void showCertificateAuthority();
    QString stateText() const;
    void updateButtons();
    void regenerate();
    void loadOwn();
    // After regenerate or install: show what the server serves now, and hold the console's
    // own connection to it.
    void applied(const ApiResult &result, const QString &message);
    void showMessage(const QString &text, bool error);

    ServerSession &m_session;
    QJsonObject m_status;
    QString m_publicUrl;
    QGridLayout *m_grid;
    QLabel *m_state;
    FingerprintLabel *m_fingerprint;
    QPushButton *m_copy;
    QLabel *m_validity;
    QLabel *m_names;
    QLabel *m_issuer;
    QLabel *m_caUrl;
    FingerprintLabel *m_caFingerprint;
    QLabel *m_message;
    QPushButton *m_regenerate;
    QPushButton *m_load;
    int m_firstCertificateRow = 0;
    int m_firstCaRow = 0;
};

} // namespace mid::ui
