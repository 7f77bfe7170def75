#include "GuiTestBase.h"
#include "panels/QrPresenterPanel.h"
#include "support/StockTools.h"
#include "widgets/QrView.h"
#include "widgets/StatusDelegate.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace mid;
using namespace mid::test;
using mid::ui::QrPresenterPanel;

class TestQrPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void presentShowsQrAndPending();
    void openingApprovalPageShowsScanned();
    void revokeShowsRevoked();
    void newPendingSessionAppearsInPicker();
    void countdownCounts();
    void saveImage_data();
    void saveImage();
    void saveButtonsExist();
    void saveWithoutSessionFails();
    void fullScreenOpensAndEscLeaves();
    void setUpThisPhoneShowsTheSetupCode();

private:
    QString createConsent();
    QLabel *label(const QString &name) const;
    ui::QrView *view() const
    {
        return GuiTestBase::byName<ui::QrView>(panel.get(), ui::QrView::tr("QR code"));
    }
    // Until the panel shows the session in that state (the server's word for it).
    bool waitForState(const QString &state) const;

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<ui::QrPresenterPanel> panel;
    TestClient client;
};

using ui::QrView;

void TestQrPresenter::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    client = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Demo Bank")}});
    QVERIFY(!client.clientId.isEmpty());
    panel = std::make_unique<ui::QrPresenterPanel>(fixture->session());
    panel->resize(900, 800);
    panel->reload();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(view());
    QVERIFY(label(QrPresenterPanel::tr("State")));
}

void TestQrPresenter::cleanupTestCase()
{
    panel.reset();
    fixture.reset();
}

QString TestQrPresenter::createConsent()
{
    const QJsonObject c = fixture->createConsent(
        client, {{QStringLiteral("recipient"), QStringLiteral("+447700900123")},
                 {QStringLiteral("intent"), QStringLiteral("transaction")}});
    return c.value(QStringLiteral("id")).toString();
}

QLabel *TestQrPresenter::label(const QString &name) const
{
    return GuiTestBase::byName<QLabel>(panel.get(), name);
}

bool TestQrPresenter::waitForState(const QString &state) const
{
    return waitUntil(
        [&] {
            return label(QrPresenterPanel::tr("State"))->text() ==
                       ui::StatusDelegate::label(state) &&
                   view()->state() == state;
        },
        5000);
}

void TestQrPresenter::presentShowsQrAndPending()
{
    const QString id = createConsent();
    QVERIFY(!id.isEmpty());
    QVERIFY(!view()->hasImage() || panel->presentedId() != id);
    panel->present(id);
    QVERIFY2(waitUntil([&] { return view()->hasImage(); }, 5000), "no QR image was loaded");
    QVERIFY(waitForState(QStringLiteral("pending")));
    QCOMPARE(panel->presentedId(), id);
    QTRY_COMPARE(label(QrPresenterPanel::tr("Recipient"))->text(), QStringLiteral("+447700900123"));
    QTRY_COMPARE(label(QrPresenterPanel::tr("Client"))->text(), QStringLiteral("Demo Bank"));
    QCOMPARE(label(QrPresenterPanel::tr("Intent"))->text(), QStringLiteral("transaction"));
    // The picker shows the presented session.
    auto *picker = GuiTestBase::byName<QComboBox>(panel.get(), QrPresenterPanel::tr("Session"));
    QVERIFY(picker);
    QTRY_COMPARE(picker->currentData().toString(), id);
}

void TestQrPresenter::openingApprovalPageShowsScanned()
{
    const QString id = createConsent();
    panel->present(id);
    QVERIFY(waitForState(QStringLiteral("pending")));
    const Response consent =
        fixture->http().get(QStringLiteral("/v1/consents/") + id, client.bearer());
    const QUrl approval(consent.data().value(QStringLiteral("approvalUrl")).toString());
    QVERIFY(approval.isValid());
    // Opening the approver page is what a phone does after scanning.
    const Response page = fixture->http().get(approval.path());
    QCOMPARE(page.status, 200);
    QVERIFY2(waitForState(QStringLiteral("scanned")),
             qPrintable(label(QrPresenterPanel::tr("State"))->text()));
}

void TestQrPresenter::revokeShowsRevoked()
{
    const QString id = createConsent();
    panel->present(id);
    QVERIFY(waitForState(QStringLiteral("pending")));
    const Response r = fixture->http().del(QStringLiteral("/v1/consents/") + id, client.bearer());
    QCOMPARE(r.status, 200);
    QVERIFY(waitForState(QStringLiteral("revoked")));
    // No countdown for a decided session.
    QVERIFY(!label(QrPresenterPanel::tr("Expires in"))->text().contains(QLatin1Char(':')));
}

void TestQrPresenter::newPendingSessionAppearsInPicker()
{
    auto *picker = GuiTestBase::byName<QComboBox>(panel.get(), QrPresenterPanel::tr("Session"));
    QVERIFY(picker);
    const QString id = createConsent();
    QVERIFY(waitUntil([&] { return picker->findData(id) >= 0; }, 5000));
    // Revoked and not presented: it leaves the list of pending sessions.
    QVERIFY(panel->presentedId() != id);
    fixture->http().del(QStringLiteral("/v1/consents/") + id, client.bearer());
    QVERIFY(waitUntil([&] { return picker->findData(id) < 0; }, 5000));
}

void TestQrPresenter::countdownCounts()
{
    const QString id = createConsent();
    panel->present(id);
    QVERIFY(waitForState(QStringLiteral("pending")));
    QLabel *countdown = label(QrPresenterPanel::tr("Expires in"));
    QVERIFY(countdown);
    static const QRegularExpression mmss(QStringLiteral("^0[45]:[0-5][0-9]$")); // default 300 s
    QVERIFY2(mmss.match(countdown->text()).hasMatch(), qPrintable(countdown->text()));
}

void TestQrPresenter::saveImage_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
}

void TestQrPresenter::saveImage()
{
    QFETCH(QString, format);
    const QString id = createConsent();
    panel->present(id);
    QVERIFY(waitUntil([&] { return view()->hasImage(); }, 5000));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("code.") + format);
    QSignalSpy saved(panel.get(), &ui::QrPresenterPanel::imageSaved);
    QVERIFY(panel->saveImage(path, format));
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.at(0).at(0).toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (format == QLatin1String("png")) {
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), QSize(1024, 1024));
    } else {
        QVERIFY(bytes.contains("<svg"));
    }
}

void TestQrPresenter::saveButtonsExist()
{
    for (const char *name :
         {"Save as PNG…", "Save as SVG…", "Copy link", "Full screen", "New session…"}) {
        auto *button = GuiTestBase::byName<QPushButton>(panel.get(), QrPresenterPanel::tr(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isVisible(), name);
    }
}

void TestQrPresenter::saveWithoutSessionFails()
{
    ui::QrPresenterPanel fresh(fixture->session());
    QVERIFY(!fresh.saveImage(QStringLiteral("/tmp/never.png"), QStringLiteral("png")));
    QVERIFY(!panel->saveImage(QStringLiteral("/tmp/never.gif"), QStringLiteral("gif")));
}

void TestQrPresenter::fullScreenOpensAndEscLeaves()
{
    const QString id = createConsent();
    panel->present(id);
    QVERIFY(waitForState(QStringLiteral("pending")));
    auto *button =
        GuiTestBase::byName<QPushButton>(panel.get(), QrPresenterPanel::tr("Full screen"));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(panel->isFullScreenShown());
    QWidget *window = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->accessibleName() == QrPresenterPanel::tr("Full-screen QR code"))
            window = w;
    QVERIFY(window);
    QVERIFY(window->windowState() & Qt::WindowFullScreen);
    auto *bigView = GuiTestBase::byName<QrView>(window, QrView::tr("QR code"));
    QVERIFY(bigView);
    QTRY_VERIFY(bigView->hasImage());
    QCOMPARE(bigView->state(), QStringLiteral("pending"));
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!panel->isFullScreenShown());
}

// "Set up this phone": the code of the box's /setup page instead of the session's, drawn by the
// console, read back by a stock decoder from what is on screen; then back to the session.
void TestQrPresenter::setUpThisPhoneShowsTheSetupCode()
{
    const QString id = createConsent();
    panel->present(id);
    QVERIFY(waitUntil([&] { return view()->hasImage(); }, 5000));
    QVERIFY(waitForState(QStringLiteral("pending")));
    auto *setup =
        GuiTestBase::byName<QPushButton>(panel.get(), QrPresenterPanel::tr("Set up this phone"));
    QVERIFY(setup);
    QTest::mouseClick(setup, Qt::LeftButton);
    QVERIFY(panel->isShowingSetup());
    const QString url = fixture->session().publicUrl() + QStringLiteral("/setup");
    QCOMPARE(panel->setupUrl(), url);
    QCOMPARE(label(QrPresenterPanel::tr("State"))->text(),
             QrPresenterPanel::tr("Set up this phone"));
    // This box serves plain HTTP: the caption says what a phone needs first.
    QCOMPARE(label(QrPresenterPanel::tr("Set-up instructions"))->text(),
             QrPresenterPanel::tr("Scan this code with the phone's camera to open %1. This box "
                                  "serves plain HTTP, so a phone cannot use a passkey with it: "
                                  "start it with --tls auto first.")
                 .arg(url));
    QVERIFY(view()->hasImage());
    QVERIFY(view()->state().isEmpty());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(view()->grab().save(&buffer, "PNG"));
    QString error;
    QCOMPARE(decodeQr(png, false, &error), url);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Nothing of the session is offered while the set-up code is shown.
    QVERIFY(!GuiTestBase::byName<QPushButton>(panel.get(), QrPresenterPanel::tr("Save as PNG…"))
                 ->isEnabled());

    auto *back =
        GuiTestBase::byName<QPushButton>(panel.get(), QrPresenterPanel::tr("Back to the session"));
    QVERIFY(back);
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!panel->isShowingSetup());
    QVERIFY(waitForState(QStringLiteral("pending")));
    QCOMPARE(panel->presentedId(), id);
    QVERIFY(waitUntil([&] { return view()->hasImage(); }, 5000));
    QVERIFY(!label(QrPresenterPanel::tr("Set-up instructions"))->isVisible());
}

MID_GUI_TEST_MAIN(TestQrPresenter)
#include "tst_qrpresenter.moc"
