#pragma once

#include "panels/Panel.h"

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
} // namespace mid

namespace mid::ui {

class ClientDirectory;
class MessagesModel;

// The outbound message log (the box's message channel): every SMS the server "sent", newest
// first, live. Filter by recipient number, purpose and tenant; the details pane shows the
// whole message and copies it, or the one-time code in it, to the clipboard.
class MessagesPanel : public Panel
{
    Q_OBJECT
public:
    explicit MessagesPanel(ServerSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Messages"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/messages.svg")); }
    void reload() override;

    // The message shown in the details pane ("" when none).
    QString currentId() const { return m_currentId; }

    void copyMessage();
    void copyCode();

private:
    QWidget *buildFilterBar();
    QWidget *buildTable();
    QWidget *buildDetails();
    void applyFilter();
    void refillTenantFilter();
    void onEvent(const mid::StreamEvent &event);
    void onCurrentRowChanged();
    void showMessage(const QJsonObject &message);
    void copied(const QString &what);
    void updateActions();
    void updateEmptyState();
    void updateCount();

    ClientDirectory *m_clients;
    MessagesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer m_searchDelay;
    QTimer m_copiedDelay;
    qint64 m_total = -1; // what the server holds for the filter (-1: not known yet)

    QLineEdit *m_toFilter = nullptr;
    QComboBox *m_purposeFilter = nullptr;
    QComboBox *m_tenantFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_banner = nullptr;

    QStackedWidget *m_detailsStack = nullptr;
    QLabel *m_heading = nullptr;
    QGridLayout *m_form = nullptr;
    QList<QPair<QString, QLabel *>> m_fields; // field key → value label
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_codeTitle = nullptr;
    QLabel *m_code = nullptr;
    QPushButton *m_copyMessage = nullptr;
    QPushButton *m_copyCode = nullptr;
    QLabel *m_copiedNote = nullptr;
    QString m_currentId;
    QJsonObject m_current;
};

} // namespace mid::ui
