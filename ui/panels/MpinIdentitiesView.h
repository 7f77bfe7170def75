#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace mid {
struct StreamEvent;
}

namespace mid::ui {

class MpinIdentitiesModel;
class MpinIdentityActions;
class ServerSession;

// Every MPin identity (§8) of every project: a table filtered by user id and state, the
// selected identity's full MPin ID and what the table leaves out under it, Rename… and
// Revoke….
class MpinIdentitiesView : public QWidget
{
    Q_OBJECT
public:
    explicit MpinIdentitiesView(ServerSession &session, QWidget *parent = nullptr);

    void reload();
    // An identity changed elsewhere (a device's details).
    void apply(const QJsonObject &identity);
    void applyEvent(const mid::StreamEvent &event);
    QString currentId() const;

Q_SIGNALS:
    // Renamed or revoked here, as the server answered.
    void identityChanged(const QJsonObject &identity);

private:
    QWidget *buildFilterBar();
    QWidget *buildTable();
    void applyFilter();
    void showCurrent();
    void updateEmptyState();
    void updateCount();

    MpinIdentitiesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MpinIdentityActions *m_actions;
    QTimer m_searchDelay;
    QLineEdit *m_userFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_info = nullptr;
};

} // namespace mid::ui
