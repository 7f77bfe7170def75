#pragma once

#include <QGroupBox>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace mid {
struct ApiResult;
}

namespace mid::ui {

class ServerSession;

// The token signing keys of the box (§8): the key ids published at /dvs/jwks, newest (the one
// that signs idTokens and DVS certificates now) first, and for admins a rotation to a new key.
// Relying parties must then fetch the key set again; the old key stays published for 24 h so
// what it signed still verifies.
class SigningKeySettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit SigningKeySettings(ServerSession &session, QWidget *parent = nullptr);

    void reload();
    // The box's public URL, under which relying parties fetch the key set.
    void setPublicUrl(const QString &url);

private:
    void showKeys(const ApiResult &result);
    void updateButton();
    void rotate();
    void rotated(const ApiResult &result);
    void showMessage(const QString &text, bool error);

    ServerSession &m_session;
    QLabel *m_keys;
    QLabel *m_jwksUrl;
    QLabel *m_message;
    QPushButton *m_rotate;
};

} // namespace mid::ui
