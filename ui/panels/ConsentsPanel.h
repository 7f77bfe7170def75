#pragma once

#include "panels/Panel.h"

#include <QHash>
#include <QJsonObject>
#include <QTimer>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace mid {
struct StreamEvent;
}

namespace mid::ui {

class ClientDirectory;
class ConsentTimeline;
class ConsentsModel;
class WebhookDeliveriesModel;

// Every tenant's consent sessions, live: new sessions appear at the top and rows change state
// as the event stream reports it. Filters by client, status, recipient and time; a details
// pane shows one session with its timeline; sessions can be revoked, created for a demo, or
// handed to the QR presenter.
class ConsentsPanel : public Panel
{
    Q_OBJECT
public:
    explicit ConsentsPanel(ServerSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Consents"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/consents.svg")); }
    void reload() override;

    // The session shown in the details pane ("" when none).
    QString currentId() const { return m_currentId; }

Q_SIGNALS:
    // "Show in QR presenter": the main window switches to the presenter with this session.
    void presentRequested(const QString &consentId);
    // A delivery of the shown session was opened: the main window shows it in Webhooks.
    void deliveryRequested(const QString &deliveryId);

private:
    QWidget *buildFilterBar();
    QWidget *buildTable();
    QWidget *buildDetails();
    void applyFilter();
    void refillClientFilter();
    void onEvent(const mid::StreamEvent &event);
    void onCurrentRowChanged();
    void showDetails(const QJsonObject &consent);
    void updateActions();
    void updateEmptyState();
    void revokeCurrent();
    void newSession();
    void presentCurrent();
    void copyField(const char *key);
    void updateDeliveriesState();
    void openDelivery(const QModelIndex &index);

    ClientDirectory *m_clients;
    ConsentsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer m_searchDelay; // one request per pause in typing, not per keystroke

    QComboBox *m_clientFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_recipientFilter = nullptr;
    QComboBox *m_timeFilter = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_revokeButton = nullptr;
    QPushButton *m_presentButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_banner = nullptr; // load errors, above the table

    QStackedWidget *m_detailsStack = nullptr; // placeholder or details
    QGridLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_fields; // consent key → value label
    ConsentTimeline *m_timeline = nullptr;
    QPlainTextEdit *m_metadata = nullptr;
    WebhookDeliveriesModel *m_deliveries = nullptr; // the shown session's
    QTableView *m_deliveriesTable = nullptr;
    QLabel *m_deliveriesEmpty = nullptr;
    QString m_currentId;
    QJsonObject m_current;
};

} // namespace mid::ui
