#pragma once

#include "Panel.h"
#include "client/AdminClient.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QGroupBox;

namespace mid::ui {

class SigningKeySettings;
class TlsSettings;
class WebhookSettings;

// Server settings (listen address, public URL, data dir, database, TLS, token signing keys), the
// console's own language and theme, and operators (admin only).
class SettingsPanel : public Panel
{
    Q_OBJECT
public:
    explicit SettingsPanel(ServerSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Settings"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/settings.svg")); }
    void reload() override;

    // Where the language choice is kept (read by main() before any window exists).
    static QString savedLanguage();

Q_SIGNALS:
    void restartServerRequested();

private:
    QWidget *buildServerGroup();
    QWidget *buildConsoleGroup();
    QWidget *buildOperatorsGroup();
    void showSettings(const QJsonObject &settings);
    void save();
    void loadOperators();
    void addOperator();
    void changeRole();
    void resetPassword();
    void deleteOperator();
    QString selectedOperator() const;
    AdminClient::Callback afterOperatorChange();
    void showError(const QString &text);

    QLineEdit *m_listen;
    QLineEdit *m_publicUrl;
    QSpinBox *m_retention;
    QSpinBox *m_documentRetention;
    QJsonObject m_shown; // the values last loaded, so Save sends only what was changed
    QLabel *m_dataDir;
    QLabel *m_database;
    QLabel *m_notice;
    QPushButton *m_save;
    QPushButton *m_restart;
    QComboBox *m_language;
    QGroupBox *m_operatorsGroup;
    TlsSettings *m_tlsSettings;
    SigningKeySettings *m_signingKeys;
    WebhookSettings *m_webhooks;
    QTableWidget *m_operators;
};

} // namespace mid::ui
