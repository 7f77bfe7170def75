#pragma once

#include <QGroupBox>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mid::ui {

class ServerSession;

// The webhook part of the settings (§9): whether deliveries may go to private networks, and
// the inbound providers' configuration. Secrets are write-only: the server says only whether
// each is set (and the certificates' fingerprints), so a field left empty keeps what is set.
class WebhookSettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit WebhookSettings(ServerSession &session, QWidget *parent = nullptr);

    void show(const QJsonObject &settings);
    void setEditable(bool editable);

Q_SIGNALS:
    void saved();
    void failed(const QString &message);

private:
    void save();
    void loadFile(const QString &field, const QString &title, const QString &filter);
    void clearField(const QString &field);
    QLabel *m_appStoreRoots;
    QLabel *m_playJwks;
    QLabel *m_stripeState;
    QLabel *m_tokenState;
    QCheckBox *m_allowPrivate;
    QLineEdit *m_stripeSecret;
    QLineEdit *m_bundleId;
    QLineEdit *m_audience;
    QLineEdit *m_playToken;
    QPushButton *m_save;
    QList<QWidget *> m_editors;
    QJsonObject m_shown;   // the values last loaded (non-secret ones)
    QJsonObject m_pending; // files loaded but not saved yet
    ServerSession &m_session;
};

} // namespace mid::ui
