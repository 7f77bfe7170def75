#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mid::ui {

// Settings → TLS → "Load certificate and key…": the operator's own PEM certificate chain and
// its private key, picked as two files on this machine and read here, so that a remote box gets
// them through the admin API like every other change. The server checks them (PUT
// /admin/v1/settings/tls) and says what is wrong; this dialog only reads the files.
class InstallCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InstallCertificateDialog(QWidget *parent = nullptr);

    // The files' contents, once accepted.
    QByteArray chainPem() const { return m_chain; }
    QByteArray keyPem() const { return m_key; }

    // The paths typed or picked (tests and automation fill them directly).
    QLineEdit *chainPath() const { return m_chainPath; }
    QLineEdit *keyPath() const { return m_keyPath; }

private:
    QLineEdit *pathField(const QString &accessibleName);
    QWidget *pickerRow(QLineEdit *field, const QString &browseName, const QString &title);
    void install();
    bool read(const QString &path, QByteArray *into);

    QLineEdit *m_chainPath;
    QLineEdit *m_keyPath;
    QLabel *m_error;
    QPushButton *m_install;
    QByteArray m_chain;
    QByteArray m_key;
};

} // namespace mid::ui
