#pragma once

#include "AuditExporter.h"
#include "panels/Panel.h"

#include "client/AdminClient.h"
#include "client/EventStream.h"

#include <QMessageBox>
#include <QPointer>

class QCheckBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace mid::ui {

class AuditModel;

// The audit log (§12): a filter bar, the log as a lazily paged table (millions of rows stay
// on the server until scrolled to), the selected entry in full, export to CSV / JSON Lines
// and the hash-chain integrity check. New rows never move the table under the operator's
// eyes: the panel only offers to refresh.
class AuditPanel : public Panel
{
    Q_OBJECT
public:
    explicit AuditPanel(ServerSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Audit log"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/audit.svg")); }
    void reload() override;

    AuditModel *model() const { return m_model; }
    // What the filter bar says, as a query (limit and cursor left at their defaults).
    AdminClient::AuditQuery currentFilter() const;

    void applyFilter();
    void clearFilter();
    // Asks for a file, then exports what the current filter shows.
    void exportLog();
    // Exports to `path` with a progress dialog (Export… after the file dialog).
    void exportTo(const QString &path, AuditExporter::Format format);
    void verifyIntegrity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildTable();
    QWidget *buildDetailsPane();
    void addShortcuts();
    QLineEdit *addFilterField(const QString &name, const QString &placeholder);
    QDateTimeEdit *addTimeBound(QCheckBox *enabled, const QString &name, int offsetSeconds);
    // `name` is the accessible name: the filter bar has fields with the same labels.
    QLineEdit *addDetailField(QFormLayout *form, const QString &label, const QString &name);

    void showDetails(const QModelIndex &current);
    void onEvent(const mid::StreamEvent &event);
    void countOwnRequest() { ++m_ownRequests; }
    void showNewRows();
    void updateTotal();
    void updateEmptyState();
    void showBanner(const QString &text);
    void showVerdict(const ApiResult &r);
    void onExportFinished(bool ok, const QString &message);
    QMessageBox *inform(QMessageBox::Icon icon, const QString &text,
                        const QString &informative = {});

    AuditModel *m_model;

    QLineEdit *m_text = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_action = nullptr;
    QLineEdit *m_resource = nullptr;
    QLineEdit *m_userId = nullptr;
    QLineEdit *m_outcome = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_newRowsButton = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_integrity = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_table = nullptr;

    struct Details
    {
        QLineEdit *time, *seq, *id, *actor, *action, *resource, *outcome, *ip, *userAgent,
            *requestId, *hash;
        QPlainTextEdit *json;
    } m_details{};

    QPointer<AuditExporter> m_exporter;
    QPointer<QProgressDialog> m_progress;
    qint64 m_newRows = 0;
    // Reading the log writes a row too (audit.search, audit.verify): those rows, announced
    // by audit.appended like any other, are this panel's own doing and not news.
    qint64 m_ownRequests = 0;
};

} // namespace mid::ui
