#pragma once

#include "panels/Panel.h"

#include <QJsonObject>
#include <QTimer>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace mid {
struct ApiResult;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class DevicesModel;
class MpinIdentitiesSection;
class MpinIdentitiesView;

// Registered devices of the instance, live: a device registered through the API appears at
// once, blocks and deregistrations show as they happen. Filter by mobile number and status;
// the details pane lists the device's FIDO credentials and MPin identities; operators block
// (with a reason), unblock and deregister. A second view lists every MPin identity (§8) of
// every project; identities are renamed and revoked in either place.
class DevicesPanel : public Panel
{
    Q_OBJECT
public:
    explicit DevicesPanel(ServerSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Devices"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/devices.svg")); }
    void reload() override;

    enum View
    {
        DevicesView,
        IdentitiesView
    };
    void showView(View view);

    // The device shown in the details pane ("" when none).
    QString currentId() const { return m_currentId; }

private:
    QWidget *buildFilterBar();
    QWidget *buildTable();
    QWidget *buildDetails();
    QWidget *buildDevicesView();
    void identityChanged(const QJsonObject &identity);
    void applyFilter();
    void onEvent(const mid::StreamEvent &event);
    void onCurrentRowChanged();
    void showDevice(const QJsonObject &device);
    void loadDetails(const QString &id);
    void showCredentialInfo(int row);
    void updateActions();
    void updateEmptyState();

    void blockCurrent();
    void unblockCurrent();
    void deregisterCurrent();
    void askReason(const QString &mobile, std::function<void(const QString &)> then);
    void confirm(const QString &title, const QString &text, const QString &action,
                 std::function<void()> then);
    void reportError(const QString &what, const ApiResult &result);

    DevicesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStandardItemModel *m_credentials;
    QTimer m_searchDelay;

    QLineEdit *m_mobileFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_blockButton = nullptr;
    QPushButton *m_unblockButton = nullptr;
    QPushButton *m_deregisterButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_banner = nullptr;

    QStackedWidget *m_detailsStack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_statusBadge = nullptr;
    QGridLayout *m_form = nullptr;
    QList<QPair<QString, QLabel *>> m_fields; // field key → value label
    QTableView *m_credentialsView = nullptr;
    QLabel *m_noCredentials = nullptr;
    QLabel *m_credentialInfo = nullptr;
    MpinIdentitiesSection *m_mpinSection = nullptr;
    MpinIdentitiesView *m_identities = nullptr;
    QTabWidget *m_tabs = nullptr;
    QString m_currentId;
    QJsonObject m_current;
    quint64 m_detailsGeneration = 0;
};

} // namespace mid::ui
