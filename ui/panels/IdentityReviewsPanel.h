#pragma once

#include "models/StatusRecordsModel.h"
#include "panels/Panel.h"

#include <QJsonArray>
#include <QJsonObject>

class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QWidget;

namespace mid {
struct ApiResult;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class ClientDirectory;
class DocumentPreview;
class IdentityReviewsModel;

// The identity review queue (§10): every tenant's verifications, the pending ones first
// (filter by status and tenant, with the count of each status), live. The details pane shows
// what the person claimed, the automatic checks, each document with its preview and the
// results of its MRZ check digits, and lets an operator approve or reject with a note (a
// rejection needs one); once decided, who decided when and why.
class IdentityReviewsPanel : public Panel
{
    Q_OBJECT
public:
    explicit IdentityReviewsPanel(ServerSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Identity reviews"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/identity.svg")); }
    void reload() override;

    // The verification shown in the details pane ("" when none).
    QString currentId() const { return m_currentId; }

    // The decision buttons' actions (each asks for confirmation first).
    void approveCurrent();
    void rejectCurrent();

private:
    QWidget *buildFilterBar();
    QWidget *buildTable();
    QWidget *buildDetails();
    QWidget *buildDecision();
    QWidget *buildHistory(QWidget *content);
    StatusRecordsModel::Filter filter() const; // what the filter bar asks for
    void applyFilter();
    void refillTenantFilter();
    void updateStatusCounts();
    void onEvent(const mid::StreamEvent &event);
    void onCurrentRowChanged();
    void loadDetails(const QString &id);
    void showVerification(const QJsonObject &verification);
    void showDocument(int index);
    void decide(const QString &decision, const QString &note);
    void updateActions();
    void updateEmptyState();
    void updateCount();

    ClientDirectory *m_clients;
    IdentityReviewsModel *m_model;
    QSortFilterProxyModel *m_proxy;

    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_tenantFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_banner = nullptr;

    QStackedWidget *m_detailsStack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_statusPill = nullptr;
    QGridLayout *m_form = nullptr;
    QList<QPair<QString, QLabel *>> m_fields; // field key → value label
    QGridLayout *m_checks = nullptr;
    QComboBox *m_documentPicker = nullptr;
    DocumentPreview *m_preview = nullptr;
    QLabel *m_documentInfo = nullptr;
    QLabel *m_mrzLines = nullptr;
    QLabel *m_mrzSummary = nullptr;
    QGridLayout *m_mrzChecks = nullptr;
    QLabel *m_noMrz = nullptr;
    QWidget *m_decision = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QWidget *m_history = nullptr;
    QGridLayout *m_historyForm = nullptr;
    QList<QPair<QString, QLabel *>> m_historyFields;

    QString m_currentId;
    QJsonObject m_current;
    QJsonArray m_documents;
    quint64 m_detailsGeneration = 0;
    bool m_deciding = false;
};

} // namespace mid::ui
