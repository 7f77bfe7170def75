#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableView;

namespace mid {
struct StreamEvent;
}

namespace mid::ui {

class MpinIdentitiesModel;
class MpinIdentityActions;
class ServerSession;

// The "MPin identities" section of a device's details: the identities (§8) activated on that
// device, with Rename… and Revoke…. Hidden while the device has none.
class MpinIdentitiesSection : public QWidget
{
    Q_OBJECT
public:
    explicit MpinIdentitiesSection(ServerSession &session, QWidget *parent = nullptr);

    // The device (dev_…) whose identities to show; empty: none.
    void showDevice(const QString &deviceId);
    // An identity changed elsewhere (the list of every identity).
    void apply(const QJsonObject &identity);
    void applyEvent(const mid::StreamEvent &event);
    void updateButtons();

Q_SIGNALS:
    // Renamed or revoked here, as the server answered.
    void identityChanged(const QJsonObject &identity);

private:
    void rowsChanged();
    void showCurrent();

    QString m_deviceId;
    MpinIdentitiesModel *m_model;
    QTableView *m_view;
    QLabel *m_info;
    MpinIdentityActions *m_actions;
};

} // namespace mid::ui
