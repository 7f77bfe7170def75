// The Identity reviews panel against a real embedded server: a verification a tenant starts
// through the API (a real PNG with ICAO 9303's sample MRZ) appears in the queue live; its
// details show the document's preview, the automatic checks and the MRZ check digits; a
// rejection without a note is refused with a message; approving (with a note) and rejecting go
// through the API, and the table, the counts and the decision history follow. An auditor may
// only look.
#include "GuiTestBase.h"
#include "models/IdentityReviewsModel.h"
#include "panels/IdentityReviewsPanel.h"
#include "support/DocumentSamples.h"
#include "support/JsonText.h"
#include "widgets/DocumentPreview.h"
#include "widgets/StatusDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace mid;
using namespace mid::test;
using mid::ui::DocumentPreview;
using mid::ui::IdentityReviewsModel;
using mid::ui::IdentityReviewsPanel;
using mid::ui::StatusDelegate;

class TestIdentityReviewsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verificationAppearsLive();
    void detailsShowPreviewAndChecks();
    void rejectWithoutNoteIsRefused();
    void approveWithNote();
    void rejectWithNote();
    void decidedElsewhereLeavesTheQueue();
    void filterByTenant();
    void auditorCannotDecide();

private:
    // Uploads a PNG with the sample MRZ for `client` and starts a verification of `mobile`:
    // its id, or empty.
    QString startVerification(const TestClient &client, const QString &mobile);
    QTableView *table(QWidget *root) const;
    int rowOf(QWidget *root, const QString &id) const;
    QString cell(const QString &id, int column) const;
    void select(QWidget *root, const QString &id);
    QJsonObject verificationFromApi(const QString &id);
    template <typename T> T *openDialog(const QString &name) const;
    QComboBox *statusFilter(QWidget *root) const;

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<IdentityReviewsPanel> panel;
    TestClient tenant;
    QString verificationId;
};

void TestIdentityReviewsPanel::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    tenant = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    QVERIFY(!tenant.apiKey.isEmpty());
    panel = std::make_unique<IdentityReviewsPanel>(fixture->session());
    panel->resize(1400, 900);
    panel->reload();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(table(panel.get()));
}

void TestIdentityReviewsPanel::cleanupTestCase()
{
    panel.reset();
    fixture.reset();
}

QString TestIdentityReviewsPanel::startVerification(const TestClient &client, const QString &mobile)
{
    const QJsonObject upload{
        {QStringLiteral("content"), QString::fromLatin1(DocumentSamples::png(640, 448).toBase64())},
        {QStringLiteral("filename"), QStringLiteral("passport.png")},
        {QStringLiteral("mrz"), DocumentSamples::icaoMrz()}};
    const Response document =
        fixture->http().post(QStringLiteral("/v1/identity/documents"), upload, client.bearer());
    if (document.status != 201) {
        qWarning() << "upload:" << document.status << document.body;
        return {};
    }
    const QJsonObject verify{
        {QStringLiteral("mobile"), mobile},
        {QStringLiteral("documentIds"), QJsonArray{jsonText(document.data(), "id")}},
        {QStringLiteral("type"), QStringLiteral("passport")},
        {QStringLiteral("name"), QStringLiteral("Anna Maria Eriksson")}};
    const Response started =
        fixture->http().post(QStringLiteral("/v1/identity/verify"), verify, client.bearer());
    if (started.status != 201) {
        qWarning() << "verify:" << started.status << started.body;
        return {};
    }
    return jsonText(started.data(), "id");
}

QTableView *TestIdentityReviewsPanel::table(QWidget *root) const
{
    return named<QTableView>(root, IdentityReviewsPanel::tr("Verification list"));
}

int TestIdentityReviewsPanel::rowOf(QWidget *root, const QString &id) const
{
    QAbstractItemModel *model = table(root)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(IdentityReviewsModel::IdRole).toString() == id)
            return row;
    return -1;
}

QString TestIdentityReviewsPanel::cell(const QString &id, int column) const
{
    const int row = rowOf(panel.get(), id);
    return row < 0 ? QString() : table(panel.get())->model()->index(row, column).data().toString();
}

void TestIdentityReviewsPanel::select(QWidget *root, const QString &id)
{
    QTRY_VERIFY(rowOf(root, id) >= 0);
    GuiTestBase::clickRow(table(root), rowOf(root, id), IdentityReviewsModel::Subject);
}

QJsonObject TestIdentityReviewsPanel::verificationFromApi(const QString &id)
{
    return fixture->http()
        .get(QStringLiteral("/v1/identity/verifications/") + id, tenant.bearer())
        .data();
}

template <typename T> T *TestIdentityReviewsPanel::openDialog(const QString &name) const
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<T *>(w);
        if (dialog && dialog->isVisible() && dialog->accessibleName() == name)
            return dialog;
    }
    return nullptr;
}

QComboBox *TestIdentityReviewsPanel::statusFilter(QWidget *root) const
{
    return named<QComboBox>(root, IdentityReviewsPanel::tr("Status"));
}

void TestIdentityReviewsPanel::verificationAppearsLive()
{
    // The queue shows pending verifications by default, and none yet.
    QComboBox *status = statusFilter(panel.get());
    QVERIFY(status);
    QCOMPARE(status->currentData().toString(), QStringLiteral("pending"));
    QTRY_COMPARE(status->currentText(), IdentityReviewsPanel::tr("%1 (%L2)")
                                            .arg(StatusDelegate::label(QStringLiteral("pending")))
                                            .arg(0));

    verificationId = startVerification(tenant, QStringLiteral("+447700900301"));
    QVERIFY(!verificationId.isEmpty());
    QVERIFY2(waitUntil([&] { return rowOf(panel.get(), verificationId) >= 0; }, 5000),
             "a verification started through the API did not appear");
    QCOMPARE(cell(verificationId, IdentityReviewsModel::Status), QStringLiteral("pending"));
    QCOMPARE(cell(verificationId, IdentityReviewsModel::Subject), QStringLiteral("+447700900301"));
    QCOMPARE(cell(verificationId, IdentityReviewsModel::Tenant), QStringLiteral("Acme Bank"));
    QCOMPARE(cell(verificationId, IdentityReviewsModel::Type),
             IdentityReviewsModel::typeLabel(QStringLiteral("passport")));
    QVERIFY(!cell(verificationId, IdentityReviewsModel::Checks).isEmpty());
    QTRY_COMPARE(status->currentText(), IdentityReviewsPanel::tr("%1 (%L2)")
                                            .arg(StatusDelegate::label(QStringLiteral("pending")))
                                            .arg(1));
}

void TestIdentityReviewsPanel::detailsShowPreviewAndChecks()
{
    select(panel.get(), verificationId);
    QTRY_COMPARE(panel->currentId(), verificationId);
    auto *heading = named<QLabel>(panel.get(), IdentityReviewsPanel::tr("Verification heading"));
    QVERIFY(heading);
    QCOMPARE(heading->text(), QStringLiteral("Anna Maria Eriksson"));

    // The passport picture itself, read from the server.
    auto *preview = panel->findChild<DocumentPreview *>();
    QVERIFY(preview);
    QTRY_COMPARE(preview->state(), DocumentPreview::State::Image);
    QCOMPARE(preview->pageCount(), 1);
    auto *image = named<QLabel>(preview, DocumentPreview::tr("Document image"));
    QVERIFY(image && !image->pixmap().isNull());

    // Each automatic check with its result: the sample passport expired in 2012.
    const auto pill = [this](const QString &name) {
        return GuiTestBase::byName<QLabel>(panel.get(), name);
    };
    const QString passed = StatusDelegate::label(QStringLiteral("passed"));
    const QString failed = StatusDelegate::label(QStringLiteral("failed"));
    QTRY_VERIFY(pill(IdentityReviewsModel::checkLabel(QStringLiteral("mrz.checkDigits"))));
    QCOMPARE(pill(IdentityReviewsModel::checkLabel(QStringLiteral("mrz.checkDigits")))->text(),
             passed);
    QCOMPARE(pill(IdentityReviewsModel::checkLabel(QStringLiteral("document.expiry")))->text(),
             failed);
    QCOMPARE(pill(IdentityReviewsModel::checkLabel(QStringLiteral("name.match")))->text(), passed);

    // The MRZ: its fields, and its five check digits named, expected and found.
    auto *summary = named<QLabel>(panel.get(), IdentityReviewsPanel::tr("MRZ fields"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("ERIKSSON")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("L898902C3")));
    for (const char *check :
         {"documentNumber", "birthDate", "expiryDate", "personalNumber", "composite"}) {
        QLabel *result = pill(IdentityReviewsModel::checkLabel(QLatin1String(check)));
        QVERIFY2(result, check);
        QCOMPARE(result->text(), passed);
    }
    const QString detailName =
        IdentityReviewsPanel::tr("%1 detail")
            .arg(IdentityReviewsModel::checkLabel(QStringLiteral("documentNumber")));
    auto *detail = named<QLabel>(panel.get(), detailName);
    QVERIFY(detail);
    QCOMPARE(detail->text(),
             IdentityReviewsPanel::tr("check digit: expected %1, found %2").arg("6", "6"));
}

void TestIdentityReviewsPanel::rejectWithoutNoteIsRefused()
{
    select(panel.get(), verificationId);
    QTRY_COMPARE(panel->currentId(), verificationId);
    auto *note = named<QPlainTextEdit>(panel.get(), IdentityReviewsPanel::tr("Note"));
    QVERIFY(note);
    note->clear();
    auto *reject = named<QPushButton>(panel.get(), IdentityReviewsPanel::tr("Reject…"));
    QVERIFY(reject);
    QTRY_VERIFY(reject->isEnabled());
    QTest::mouseClick(reject, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openDialog<QMessageBox>(IdentityReviewsPanel::tr("A note is needed"))));
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!openDialog<QMessageBox>(IdentityReviewsPanel::tr("A note is needed")));
    QCOMPARE(jsonText(verificationFromApi(verificationId), "status"), QStringLiteral("pending"));
    QCOMPARE(cell(verificationId, IdentityReviewsModel::Status), QStringLiteral("pending"));
}

void TestIdentityReviewsPanel::approveWithNote()
{
    select(panel.get(), verificationId);
    QTRY_COMPARE(panel->currentId(), verificationId);
    auto *note = named<QPlainTextEdit>(panel.get(), IdentityReviewsPanel::tr("Note"));
    QVERIFY(note);
    const QString why = QStringLiteral("Photo matches the holder; expiry accepted for the pilot");
    note->setFocus();
    QTest::keyClicks(note, why);
    auto *approve = named<QPushButton>(panel.get(), IdentityReviewsPanel::tr("Approve…"));
    QVERIFY(approve && approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);

    // Asked first; Cancel is the default.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openDialog<QMessageBox>(IdentityReviewsPanel::tr("Approve identity"))));
    QVERIFY(box->text().contains(QStringLiteral("Anna Maria Eriksson")));
    auto *confirm = named<QPushButton>(box, IdentityReviewsPanel::tr("Approve"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);

    QVERIFY2(
        waitUntil([&] { return cell(verificationId, IdentityReviewsModel::Status) == "verified"; },
                  5000),
        qPrintable(cell(verificationId, IdentityReviewsModel::Status)));
    const QJsonObject v = verificationFromApi(verificationId);
    QCOMPARE(jsonText(v, "status"), QStringLiteral("verified"));
    QCOMPARE(jsonText(v, "note"), why);
    QVERIFY(!jsonText(v, "decidedBy").isEmpty());

    // The decision history replaces the buttons.
    auto *pill = named<QLabel>(panel.get(), IdentityReviewsPanel::tr("Verification status"));
    QTRY_COMPARE(pill->text(), StatusDelegate::label(QStringLiteral("verified")));
    auto *decidedBy = named<QLabel>(panel.get(), IdentityReviewsPanel::tr("Decided by"));
    auto *noteShown = named<QLabel>(panel.get(), IdentityReviewsPanel::tr("Note"));
    QVERIFY(decidedBy && noteShown);
    QTRY_COMPARE(decidedBy->text(), jsonText(v, "decidedBy"));
    QCOMPARE(noteShown->text(), why);
    QVERIFY(decidedBy->isVisibleTo(panel.get()));
    QVERIFY(!approve->isVisibleTo(panel.get()));
    QTRY_COMPARE(statusFilter(panel.get())
                     ->itemText(statusFilter(panel.get())->findData(QStringLiteral("verified"))),
                 IdentityReviewsPanel::tr("%1 (%L2)")
                     .arg(StatusDelegate::label(QStringLiteral("verified")))
                     .arg(1));
}

void TestIdentityReviewsPanel::rejectWithNote()
{
    const QString id = startVerification(tenant, QStringLiteral("+447700900302"));
    QVERIFY(!id.isEmpty());
    select(panel.get(), id);
    QTRY_COMPARE(panel->currentId(), id);
    auto *note = named<QPlainTextEdit>(panel.get(), IdentityReviewsPanel::tr("Note"));
    QVERIFY(note);
    QTRY_VERIFY(note->toPlainText().isEmpty()); // another verification: a new note
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("The document expired in 2012"));
    auto *reject = named<QPushButton>(panel.get(), IdentityReviewsPanel::tr("Reject…"));
    QTRY_VERIFY(reject->isEnabled());
    QTest::mouseClick(reject, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openDialog<QMessageBox>(IdentityReviewsPanel::tr("Reject identity"))));
    QTest::mouseClick(named<QPushButton>(box, IdentityReviewsPanel::tr("Reject")), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return cell(id, IdentityReviewsModel::Status) == "rejected"; }, 5000));
    const QJsonObject v = verificationFromApi(id);
    QCOMPARE(jsonText(v, "status"), QStringLiteral("rejected"));
    QCOMPARE(jsonText(v, "note"), QStringLiteral("The document expired in 2012"));
}

// Another operator's decision takes a verification out of the pending queue at once, and the
// counts follow.
void TestIdentityReviewsPanel::decidedElsewhereLeavesTheQueue()
{
    const QString id = startVerification(tenant, QStringLiteral("+447700900305"));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(rowOf(panel.get(), id) >= 0);
    const Response decided = fixture->http().post(
        QStringLiteral("/admin/v1/identity/reviews/%1/decide").arg(id),
        {{QStringLiteral("decision"), QStringLiteral("rejected")},
         {QStringLiteral("note"), QStringLiteral("Decided by another operator")}},
        fixture->admin());
    QCOMPARE(decided.status, 200);
    QVERIFY2(waitUntil([&] { return rowOf(panel.get(), id) < 0; }, 5000),
             qPrintable(cell(id, IdentityReviewsModel::Status)));
    QComboBox *status = statusFilter(panel.get());
    QTRY_COMPARE(status->itemText(status->findData(QStringLiteral("rejected"))),
                 IdentityReviewsPanel::tr("%1 (%L2)")
                     .arg(StatusDelegate::label(QStringLiteral("rejected")))
                     .arg(2));
}

void TestIdentityReviewsPanel::filterByTenant()
{
    const TestClient other =
        fixture->createClient({{QStringLiteral("name"), QStringLiteral("Other Bank")}});
    const QString theirs = startVerification(other, QStringLiteral("+447700900303"));
    QVERIFY(!theirs.isEmpty());
    QTRY_VERIFY(rowOf(panel.get(), theirs) >= 0);

    QComboBox *status = statusFilter(panel.get());
    status->setCurrentIndex(status->findData(QString())); // every status
    auto *tenantFilter = named<QComboBox>(panel.get(), IdentityReviewsPanel::tr("Tenant"));
    QVERIFY(tenantFilter);
    QTRY_VERIFY(tenantFilter->findData(other.clientId) > 0);
    tenantFilter->setCurrentIndex(tenantFilter->findData(other.clientId));
    QTRY_VERIFY(rowOf(panel.get(), theirs) >= 0 && rowOf(panel.get(), verificationId) < 0);
    QCOMPARE(table(panel.get())->model()->rowCount(), 1);
    tenantFilter->setCurrentIndex(tenantFilter->findData(tenant.clientId));
    QTRY_VERIFY(rowOf(panel.get(), verificationId) >= 0 && rowOf(panel.get(), theirs) < 0);
    tenantFilter->setCurrentIndex(0);
    status->setCurrentIndex(status->findData(QStringLiteral("pending")));
}

void TestIdentityReviewsPanel::auditorCannotDecide()
{
    const QString id = startVerification(tenant, QStringLiteral("+447700900304"));
    QVERIFY(!id.isEmpty());
    const auto auditor =
        fixture->sessionAs(QStringLiteral("reviews-auditor"), QStringLiteral("auditor"));
    QVERIFY(auditor);
    IdentityReviewsPanel readOnly(*auditor);
    readOnly.resize(1400, 900);
    readOnly.reload();
    readOnly.show();
    select(&readOnly, id);
    QTRY_COMPARE(readOnly.currentId(), id);
    auto *approve = named<QPushButton>(&readOnly, IdentityReviewsPanel::tr("Approve…"));
    auto *reject = named<QPushButton>(&readOnly, IdentityReviewsPanel::tr("Reject…"));
    QVERIFY(approve && reject);
    QVERIFY(!approve->isEnabled());
    QVERIFY(!reject->isEnabled());
    auto *why = named<QLabel>(&readOnly, IdentityReviewsPanel::tr("Read only"));
    QVERIFY(why && why->isVisibleTo(&readOnly));
    readOnly.approveCurrent(); // the action itself refuses too
    QTest::qWait(300);
    QCOMPARE(jsonText(verificationFromApi(id), "status"), QStringLiteral("pending"));
}

MID_GUI_TEST_MAIN(TestIdentityReviewsPanel)
#include "tst_identityreviewspanel.moc"
