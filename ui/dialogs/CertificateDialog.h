#pragma once

#include <QDialog>
#include <QSslCertificate>

class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace mid::ui {

// What the console asks before it trusts a server's TLS certificate (trust on first use):
// - FirstUse: the console has never connected to this host:port; the operator compares the
//   fingerprint with the one the box's Settings show, and accepting pins it.
// - Changed: the server presents another certificate than the one pinned. The console does
//   not connect; both fingerprints are shown. Only an explicit, confirmed "Replace" accepts
//   the new one (accepted() then means: pin the presented certificate).
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        FirstUse,
        Changed,
    };

    CertificateDialog(Kind kind, const QString &server, const QSslCertificate &presented,
                      const QString &pinnedFingerprint, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }

private:
    void buildFirstUse(QVBoxLayout *layout, const QString &server);
    void buildChanged(QVBoxLayout *layout, const QString &server, const QString &pinned);
    void addDetails(QFormLayout *form);
    void confirmReplacement();

    Kind m_kind;
    QSslCertificate m_presented;
    QString m_server;
};

} // namespace mid::ui
