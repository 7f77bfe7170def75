// The Signing panel against a real embedded server: a mandate a tenant asks a phone to sign
// (a real PDF) appears live; the phone (a software authenticator registered through the API)
// signs it by approving the session's consent, and the panel shows it signed with its
// evidence and seal; "Verify seal" finds it valid with the server's published keys, a
// tampered seal invalid, and the evidence bundle is saved. A withdrawn session follows live.
#include "DeviceFixture.h"
#include "GuiTestBase.h"
#include "client/SealVerifier.h"
#include "models/SigningSessionsModel.h"
#include "panels/SigningPanel.h"
#include "support/DocumentSamples.h"
#include "support/JsonText.h"
#include "widgets/DocumentPreview.h"
#include "widgets/JsonView.h"
#include "widgets/StatusDelegate.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mid;
using namespace mid::test;
using mid::ui::SigningPanel;
using mid::ui::SigningSessionsModel;
using mid::ui::StatusDelegate;

namespace {
QByteArray fromB64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text,
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
QByteArray toB64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

class TestSigningPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sessionAppearsLive();
    void signedByThePhone();
    void verifySealSaysValid();
    void tamperedSealSaysInvalid();
    void saveEvidence();
    void withdrawnSessionFollows();
    void statusFilter();
    void documentPreviewShowsThePdf();

private:
    // A signing document (a real PDF) and a session for the phone: the session, or empty.
    QJsonObject startSession(const QString &intent, const QString &reason);
    QTableView *table() const;
    int rowOf(const QString &id) const;
    QString cell(const QString &id, int column) const;
    void select(const QString &id);
    QString sealVerdictArg(const QString &format) const;

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<SigningPanel> panel;
    TestClient tenant;
    RegisteredPhone phone;
    QJsonObject mandate; // the session signed by the phone
};

void TestSigningPanel::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    tenant = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    QVERIFY(!tenant.apiKey.isEmpty());
    phone = registerPhone(*fixture, QStringLiteral("+447700900401"));
    QVERIFY2(!phone.deviceId.isEmpty(), qPrintable(phone.error));
    panel = std::make_unique<SigningPanel>(fixture->session());
    panel->resize(1400, 900);
    panel->reload();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(table());
}

void TestSigningPanel::cleanupTestCase()
{
    panel.reset();
    fixture.reset();
}

QJsonObject TestSigningPanel::startSession(const QString &intent, const QString &reason)
{
    const QJsonObject upload{
        {QStringLiteral("content"),
         QString::fromLatin1(DocumentSamples::pdf(QStringLiteral("Direct debit mandate: Acme "
                                                                 "Bank, monthly"))
                                 .toBase64())},
        {QStringLiteral("filename"), QStringLiteral("mandate.pdf")}};
    const Response document =
        fixture->http().post(QStringLiteral("/v1/signing/documents"), upload, tenant.bearer());
    if (document.status != 201) {
        qWarning() << "upload:" << document.status << document.body;
        return {};
    }
    const Response session =
        fixture->http().post(QStringLiteral("/v1/signing/sessions"),
                             {{QStringLiteral("documentId"), jsonText(document.data(), "id")},
                              {QStringLiteral("signer"), phone.mobile},
                              {QStringLiteral("intent"), intent},
                              {QStringLiteral("reason"), reason}},
                             tenant.bearer());
    if (session.status != 201) {
        qWarning() << "session:" << session.status << session.body;
        return {};
    }
    return session.data();
}

QTableView *TestSigningPanel::table() const
{
    return named<QTableView>(panel.get(), SigningPanel::tr("Signing session list"));
}

int TestSigningPanel::rowOf(const QString &id) const
{
    QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(SigningSessionsModel::IdRole).toString() == id)
            return row;
    return -1;
}

QString TestSigningPanel::cell(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : table()->model()->index(row, column).data().toString();
}

void TestSigningPanel::select(const QString &id)
{
    QTRY_VERIFY(rowOf(id) >= 0);
    GuiTestBase::clickRow(table(), rowOf(id), SigningSessionsModel::Signer);
    QTRY_COMPARE(panel->currentId(), id);
}

void TestSigningPanel::sessionAppearsLive()
{
    mandate = startSession(QStringLiteral("mandate"), QStringLiteral("Monthly direct debit"));
    QVERIFY(!mandate.isEmpty());
    const QString id = jsonText(mandate, "id");
    QVERIFY2(waitUntil([&] { return rowOf(id) >= 0; }, 5000),
             "a signing session started through the API did not appear");
    QCOMPARE(cell(id, SigningSessionsModel::Status), QStringLiteral("pending"));
    QCOMPARE(cell(id, SigningSessionsModel::Signer), phone.mobile);
    QCOMPARE(cell(id, SigningSessionsModel::Intent),
             SigningSessionsModel::intentLabel(QStringLiteral("mandate")));
    QCOMPARE(cell(id, SigningSessionsModel::Document), QStringLiteral("mandate.pdf"));
    QCOMPARE(cell(id, SigningSessionsModel::Tenant), QStringLiteral("Acme Bank"));

    select(id);
    auto *waiting = named<QLabel>(panel.get(), SigningPanel::tr("Evidence"));
    QVERIFY(waiting && waiting->isVisibleTo(panel.get()));
    auto *verify = named<QPushButton>(panel.get(), SigningPanel::tr("Verify seal"));
    QVERIFY(verify && !verify->isVisibleTo(panel.get())); // nothing to verify yet
}

void TestSigningPanel::signedByThePhone()
{
    const QString id = jsonText(mandate, "id");
    select(id);
    const Response decided = decideConsent(*fixture, phone, jsonText(mandate, "consentId"));
    QVERIFY2(decided.status == 200, decided.body.constData());
    QVERIFY2(waitUntil([&] { return cell(id, SigningSessionsModel::Status) == "signed"; }, 5000),
             qPrintable(cell(id, SigningSessionsModel::Status)));
    QVERIFY(cell(id, SigningSessionsModel::SignedAt).at(0).isDigit());

    // The details follow: the document's hash, the evidence and the seal.
    auto *pill = named<QLabel>(panel.get(), SigningPanel::tr("Session status"));
    QTRY_COMPARE(pill->text(), StatusDelegate::label(QStringLiteral("signed")));
    auto *sha = named<QLabel>(panel.get(), SigningPanel::tr("SHA-256"));
    QVERIFY(sha);
    QCOMPARE(sha->accessibleDescription(), jsonText(mandate, "documentSha256"));
    auto *algorithm = named<QLabel>(panel.get(), SigningPanel::tr("Algorithm"));
    QTRY_COMPARE(algorithm->text(), QStringLiteral("ES256"));
    auto *clientData = named<ui::JsonView>(panel.get(), SigningPanel::tr("Client data"));
    QVERIFY(clientData);
    QVERIFY2(clientData->toPlainText().contains(QStringLiteral("\"webauthn.get\"")),
             qPrintable(clientData->toPlainText()));
    auto *seal = named<QPlainTextEdit>(panel.get(), SigningPanel::tr("Seal"));
    QVERIFY(seal);
    QCOMPARE(seal->toPlainText().count(QLatin1Char('.')), 2);
    auto *verify = named<QPushButton>(panel.get(), SigningPanel::tr("Verify seal"));
    QVERIFY(verify->isVisibleTo(panel.get()) && verify->isEnabled());
    mandate =
        fixture->http().get(QStringLiteral("/v1/signing/sessions/") + id, tenant.bearer()).data();
    QCOMPARE(jsonText(mandate, "status"), QStringLiteral("signed"));
    QCOMPARE(seal->toPlainText(), jsonText(mandate, "seal"));
}

// The argument of the verdict's format (the kid, the problem), or empty when it is another.
QString TestSigningPanel::sealVerdictArg(const QString &format) const
{
    const QStringList args = GuiTestBase::argsOf(panel->sealVerdict(), format);
    return args.isEmpty() ? QString() : args.first();
}

void TestSigningPanel::verifySealSaysValid()
{
    select(jsonText(mandate, "id"));
    QSignalSpy verified(panel.get(), &SigningPanel::sealVerified);
    click(named<QPushButton>(panel.get(), SigningPanel::tr("Verify seal")));
    QVERIFY(verified.wait(5000));
    QCOMPARE(verified.first().first().toBool(), true);
    const QString format = SigningPanel::tr("✓ Seal valid: signed by key %1 at %2; the signer's "
                                            "assertion commits to this document's SHA-256.");
    const QString kid = sealVerdictArg(format);
    const QJsonObject header =
        QJsonDocument::fromJson(fromB64Url(jsonText(mandate, "seal").toLatin1().split('.')[0]))
            .object();
    QVERIFY2(!kid.isEmpty(), qPrintable(panel->sealVerdict()));
    QCOMPARE(kid, jsonText(header, "kid"));
}

void TestSigningPanel::tamperedSealSaysInvalid()
{
    select(jsonText(mandate, "id"));
    // The seal with its reason changed, the signature kept.
    const QList<QByteArray> parts = jsonText(mandate, "seal").toLatin1().split('.');
    QJsonObject payload = QJsonDocument::fromJson(fromB64Url(parts[1])).object();
    payload.insert(QStringLiteral("reason"), QStringLiteral("Pay 10,000 EUR to Mallory"));
    const QByteArray tampered = parts[0] + '.' +
                                toB64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) +
                                '.' + parts[2];
    QSignalSpy verified(panel.get(), &SigningPanel::sealVerified);
    panel->verifySeal(tampered);
    QVERIFY(verified.wait(5000));
    QCOMPARE(verified.first().first().toBool(), false);
    const QString problem = sealVerdictArg(SigningPanel::tr("✕ Seal invalid: %1"));
    QVERIFY2(!problem.isEmpty(), qPrintable(panel->sealVerdict()));
    // Exactly what the offline check says of it.
    const QJsonObject jwks = fixture->http().get(QStringLiteral("/dvs/jwks")).json();
    const SealVerification direct = verifySeal(tampered, jwks, jsonText(mandate, "documentSha256"));
    QVERIFY(!direct.valid);
    QCOMPARE(problem, direct.problem);

    // And the untouched seal checked against another document's hash fails by name too.
    const SealVerification other =
        verifySeal(jsonText(mandate, "seal").toLatin1(), jwks, QString(64, QLatin1Char('0')));
    QVERIFY(!other.valid);
    QVERIFY(!other.problem.isEmpty());
}

void TestSigningPanel::saveEvidence()
{
    select(jsonText(mandate, "id"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mandate.evidence.json"));
    QSignalSpy saved(panel.get(), &SigningPanel::evidenceSaved);
    panel->saveEvidenceTo(path);
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.first().at(1).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(jsonText(bundle, "seal"), jsonText(mandate, "seal"));
    QVERIFY(!bundle.value(QStringLiteral("jwks")).toObject().isEmpty());
    // The bundle alone is enough to check the seal.
    const SealVerification check = verifySeal(
        jsonText(bundle, "seal").toLatin1(), bundle.value(QStringLiteral("jwks")).toObject(),
        jsonText(bundle.value(QStringLiteral("document")).toObject(), "sha256"));
    QVERIFY2(check.valid, qPrintable(check.problem));
}

void TestSigningPanel::withdrawnSessionFollows()
{
    const QJsonObject session =
        startSession(QStringLiteral("signing"), QStringLiteral("Terms of service v4"));
    QVERIFY(!session.isEmpty());
    const QString id = jsonText(session, "id");
    QTRY_COMPARE(cell(id, SigningSessionsModel::Status), QStringLiteral("pending"));
    select(id);
    const Response revoked =
        fixture->http().del(QStringLiteral("/v1/signing/sessions/") + id, tenant.bearer());
    QCOMPARE(revoked.status, 200);
    QVERIFY2(waitUntil([&] { return cell(id, SigningSessionsModel::Status) == "revoked"; }, 5000),
             qPrintable(cell(id, SigningSessionsModel::Status)));
    auto *pill = named<QLabel>(panel.get(), SigningPanel::tr("Session status"));
    QTRY_COMPARE(pill->text(), StatusDelegate::label(QStringLiteral("revoked")));
}

void TestSigningPanel::statusFilter()
{
    auto *status = named<QComboBox>(panel.get(), SigningPanel::tr("Status"));
    QVERIFY(status);
    QTRY_COMPARE(
        status->itemText(status->findData(QStringLiteral("signed"))),
        SigningPanel::tr("%1 (%L2)").arg(StatusDelegate::label(QStringLiteral("signed"))).arg(1));
    status->setCurrentIndex(status->findData(QStringLiteral("signed")));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(cell(jsonText(mandate, "id"), SigningSessionsModel::Status), QStringLiteral("signed"));
    status->setCurrentIndex(0);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
}

// The preview the review queue uses, on the signed PDF: its pages in a PDF view, counted.
void TestSigningPanel::documentPreviewShowsThePdf()
{
    ui::DocumentPreview preview(fixture->session().api());
    preview.resize(500, 600);
    preview.show();
    preview.showDocument({{QStringLiteral("id"), jsonText(mandate, "documentId")},
                          {QStringLiteral("contentType"), QStringLiteral("application/pdf")},
                          {QStringLiteral("deleted"), false}});
    QTRY_COMPARE(preview.state(), ui::DocumentPreview::State::Pdf);
    QCOMPARE(preview.pageCount(), 1);
    QCOMPARE(preview.caption(), ui::DocumentPreview::tr("PDF · 1 page"));
    // A document retention removed is said to be so, without asking the server.
    preview.showDocument({{QStringLiteral("id"), QStringLiteral("doc_removed")},
                          {QStringLiteral("contentType"), QStringLiteral("image/png")},
                          {QStringLiteral("deleted"), true}});
    QCOMPARE(preview.state(), ui::DocumentPreview::State::Removed);
    auto *message = named<QLabel>(&preview, ui::DocumentPreview::tr("Document preview message"));
    QVERIFY(message);
    QCOMPARE(message->text(), ui::DocumentPreview::tr("Document removed by retention"));
}

MID_GUI_TEST_MAIN(TestSigningPanel)
#include "tst_signingpanel.moc"
