#pragma once

#include "models/StatusRecordsModel.h"
#include "panels/Panel.h"

#include <QJsonObject>
#include <QTimer>

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
struct SealVerification;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class ClientDirectory;
class JsonView;
class SigningSessionsModel;

// Signing sessions (§10) of every tenant, live: a document (or mandate) waits for its signer's
// phone, then carries the signer's FIDO assertion as evidence and the server's seal over it.
// The details pane shows the document's SHA-256, the approval link, the evidence (clientDataJSON
// decoded) and the seal; "Verify seal" checks it offline against the server's published keys,
// and "Save evidence…" writes the bundle anyone can check again.
class SigningPanel : public Panel
{
    Q_OBJECT
public:
    explicit SigningPanel(ServerSession &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Signing"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/signing.svg")); }
    void reload() override;

    // The session shown in the details pane ("" when none).
    QString currentId() const { return m_currentId; }

    // Checks `seal` (the shown session's own when empty) against the shown document's SHA-256
    // with the server's published keys; the answer appears under the seal.
    void verifySeal(const QByteArray &seal = {});
    // What the last check said ("" before any).
    QString sealVerdict() const;
    // Asks where, then saves the shown session's evidence bundle; saveEvidenceTo() writes it
    // without asking.
    void saveEvidence();
    void saveEvidenceTo(const QString &path);

Q_SIGNALS:
    // A check of the seal finished (valid or not); an evidence bundle was written (or not).
    void sealVerified(bool valid);
    void evidenceSaved(const QString &path, bool ok);

private:
    QWidget *buildFilterBar();
    QWidget *buildTable();
    QWidget *buildDetails();
    QWidget *buildEvidence(QWidget *content);
    StatusRecordsModel::Filter filter() const; // what the filter bar asks for
    void applyFilter();
    void refillTenantFilter();
    void updateStatusCounts();
    void onEvent(const mid::StreamEvent &event);
    void onCurrentRowChanged();
    void loadDetails(const QString &id);
    void showSession(const QJsonObject &session);
    void showVerdict(const mid::SealVerification &result);
    void copy(const QString &text, const QString &what);
    void updateActions();
    void updateEmptyState();
    void updateCount();

    ClientDirectory *m_clients;
    SigningSessionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer m_copiedDelay;

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
    QLabel *m_sha256 = nullptr;
    QPushButton *m_copySha = nullptr;
    QLabel *m_link = nullptr;
    QPushButton *m_copyLink = nullptr;
    QLabel *m_copiedNote = nullptr;
    QWidget *m_evidence = nullptr;
    QGridLayout *m_evidenceForm = nullptr;
    QList<QPair<QString, QLabel *>> m_evidenceFields;
    JsonView *m_clientData = nullptr;
    QPlainTextEdit *m_seal = nullptr;
    QPushButton *m_copySeal = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_notSigned = nullptr;

    QString m_currentId;
    QJsonObject m_current;
    quint64 m_detailsGeneration = 0;
    quint64 m_verifyGeneration = 0;
};

} // namespace mid::ui
