// Settings → TLS against a real embedded server started with --tls auto, the console connected
// to it over loopback HTTPS and held to its certificate: the panel shows the certificate the
// server really serves; Regenerate (confirmed) replaces it and the console's own connection
// follows; a key that does not go with its certificate is refused with the server's words; an
// operator's own certificate close to expiry is flagged; only admins may change anything.
#include "GuiTestBase.h"

#include "client/CertificatePin.h"
#include "dialogs/InstallCertificateDialog.h"
#include "panels/SettingsPanel.h"
#include "panels/TlsSettings.h"
#include "support/StockTools.h"
#include "widgets/FingerprintLabel.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace mid;
using mid::test::GuiTestBase;
using mid::test::waitUntil;
using mid::test::whenModal;
using mid::ui::FingerprintLabel;
using mid::ui::InstallCertificateDialog;
using mid::ui::TlsSettings;

class TestTlsSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheServedCertificate();
    void onlyAdminsChangeTheCertificate();
    void regenerate_data();
    void regenerate();
    void mismatchedKeyShowsTheServersError();
    void ownCertificateNearExpiryIsFlagged();

private:
    template <typename T> T *control(const QString &name) const
    {
        return GuiTestBase::byName<T>(m_panel.get(), name);
    }
    QLabel *label(const char *name) const { return control<QLabel>(TlsSettings::tr(name)); }
    QString shownFingerprint() const
    {
        return control<FingerprintLabel>(TlsSettings::tr("Certificate fingerprint"))->fingerprint();
    }
    QPushButton *button(const char *text) const
    {
        return control<QPushButton>(TlsSettings::tr(text).remove(QLatin1Char('&')));
    }
    // A request through the console's own session: it must still pass the pin.
    bool sessionStillAnswers();
    // Writes a certificate (valid `days`) and its key with openssl; empty paths on failure.
    QPair<QString, QString> makeCertificate(const QString &stem, int days);
    void install(const QString &chainPath, const QString &keyPath);

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<ui::SettingsPanel> m_panel;
    QTemporaryDir m_files;
};

void TestTlsSettings::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>([](ServerConfig &c) {
        c.tls = QStringLiteral("auto");
        c.tlsMode = ServerConfig::TlsMode::Auto;
    });
    QVERIFY(fixture->ok());
    QVERIFY(fixture->session().isEncrypted());
    QVERIFY(!fixture->server().certificateFingerprint().isEmpty());
    QVERIFY(fixture->waitConnected());
    m_panel = std::make_unique<ui::SettingsPanel>(fixture->session());
    m_panel->resize(1000, 1400);
    m_panel->show();
    m_panel->reload();
    QVERIFY(waitUntil([&] { return !shownFingerprint().isEmpty(); }, 5000));
}

void TestTlsSettings::cleanupTestCase()
{
    m_panel.reset();
    fixture.reset();
}

bool TestTlsSettings::sessionStillAnswers()
{
    std::optional<ApiResult> answer;
    fixture->session().api().tlsStatus(this, [&](const ApiResult &r) { answer = r; });
    return waitUntil([&] { return answer.has_value(); }, 10000) && answer->ok();
}

void TestTlsSettings::showsTheServedCertificate()
{
    QCOMPARE(shownFingerprint(), fixture->server().certificateFingerprint());
    QCOMPARE(label("TLS status")->text(),
             TlsSettings::tr("On: HTTPS with a certificate from this box's own CA (--tls auto)."));
    QVERIFY(
        label("Names")->text().split(QStringLiteral(", ")).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!GuiTestBase::argsOf(label("Issuer")->text(), TlsSettings::tr("This box's own CA (%1)"))
                 .isEmpty());
    // A certificate of 397 days: no warning.
    QVERIFY(label("Validity")->styleSheet().isEmpty());
    QVERIFY2(!label("Validity")->text().contains(QChar(0x26A0)), // ⚠
             qPrintable(label("Validity")->text()));
    // What a phone downloads, and the fingerprint of the CA it is told to compare.
    QCOMPARE(label("CA download URL")->text(),
             fixture->session().publicUrl() + QStringLiteral("/ca.crt"));
    QFile ca(QDir(fixture->dataDir()).filePath(QStringLiteral("tls/ca.crt")));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(control<FingerprintLabel>(TlsSettings::tr("CA fingerprint"))->fingerprint(),
             CertificatePin::fingerprint(QSslCertificate(ca.readAll(), QSsl::Pem)));
    QVERIFY(button("Re&generate certificate…")->isEnabled());
    QVERIFY(button("L&oad certificate and key…")->isEnabled());
    // The copy button puts the exact text on the clipboard.
    QTest::mouseClick(control<QPushButton>(TlsSettings::tr("Copy fingerprint")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), fixture->server().certificateFingerprint());
}

void TestTlsSettings::regenerate_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("cancelled") << false;
    QTest::newRow("confirmed") << true;
}

void TestTlsSettings::regenerate()
{
    QFETCH(bool, confirm);
    const QString before = shownFingerprint();
    QString question;
    const auto answer = whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(GuiTestBase::byName<QPushButton>(
                              box, TlsSettings::tr(confirm ? "Regenerate" : "Cancel")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(button("Re&generate certificate…"), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !question.isEmpty(); }, 5000));
    if (!confirm) {
        QTest::qWait(300);
        QCOMPARE(shownFingerprint(), before);
        QCOMPARE(fixture->server().certificateFingerprint(), before);
        return;
    }
    QVERIFY(waitUntil([&] { return shownFingerprint() != before; }, 10000));
    QVERIFY(waitUntil(
        [&] { return fixture->server().certificateFingerprint() == shownFingerprint(); }, 5000));
    QCOMPARE(label("TLS message")->text(),
             TlsSettings::tr("A new certificate is served from now on. Tell the operators of other "
                             "consoles its fingerprint before they connect again."));
    // The console's own connection follows the new certificate, and still gets answers.
    QCOMPARE(fixture->session().certificateFingerprint(), shownFingerprint());
    QVERIFY(sessionStillAnswers());
}

QPair<QString, QString> TestTlsSettings::makeCertificate(const QString &stem, int days)
{
    const QString cert = m_files.filePath(stem + QStringLiteral(".crt"));
    const QString key = m_files.filePath(stem + QStringLiteral(".key"));
    QString error;
    const auto made = mid::test::runTool(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
         QString::number(days), QStringLiteral("-subj"), QStringLiteral("/CN=mid.example.test"),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
        &error);
    if (!made) {
        qWarning("openssl: %s", qPrintable(error));
        return {};
    }
    return {cert, key};
}

void TestTlsSettings::install(const QString &chainPath, const QString &keyPath)
{
    const auto fill = whenModal<InstallCertificateDialog>([&](InstallCertificateDialog *d) {
        QTest::keyClicks(GuiTestBase::byName<QLineEdit>(
                             d, InstallCertificateDialog::tr("Certificate chain file")),
                         chainPath);
        QTest::keyClicks(
            GuiTestBase::byName<QLineEdit>(d, InstallCertificateDialog::tr("Private key file")),
            keyPath);
        QTest::mouseClick(
            GuiTestBase::byName<QPushButton>(d, InstallCertificateDialog::tr("Install")),
            Qt::LeftButton);
    });
    QTest::mouseClick(button("L&oad certificate and key…"), Qt::LeftButton);
}

void TestTlsSettings::mismatchedKeyShowsTheServersError()
{
    const auto [cert, key] = makeCertificate(QStringLiteral("one"), 90);
    const auto [otherCert, otherKey] = makeCertificate(QStringLiteral("two"), 90);
    QVERIFY(!cert.isEmpty() && !otherKey.isEmpty());
    const QString before = shownFingerprint();
    install(cert, otherKey);
    // The server's own words (they are not the console's to translate).
    QVERIFY2(
        waitUntil(
            [&] {
                return label("TLS message")->text().contains(QLatin1String("does not go with"));
            },
            10000),
        qPrintable(label("TLS message")->text()));
    QVERIFY(!label("TLS message")->styleSheet().isEmpty()); // shown as an error
    QCOMPARE(shownFingerprint(), before);
    QCOMPARE(fixture->server().certificateFingerprint(), before);
}

void TestTlsSettings::ownCertificateNearExpiryIsFlagged()
{
    const auto [cert, key] = makeCertificate(QStringLiteral("short"), 10);
    QVERIFY(!cert.isEmpty());
    QFile file(cert);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString own = CertificatePin::fingerprint(QSslCertificate(file.readAll(), QSsl::Pem));
    install(cert, key);
    QVERIFY(waitUntil([&] { return shownFingerprint() == own; }, 10000));
    QCOMPARE(label("TLS status")->text(), TlsSettings::tr("On: HTTPS with your own certificate."));
    QVERIFY(
        !GuiTestBase::argsOf(label("Issuer")->text(), TlsSettings::tr("%1 (your own certificate)"))
             .isEmpty());
    const QString warning = label("Validity")->text().section(QLatin1Char('\n'), 1);
    QVERIFY2(!GuiTestBase::argsOf(warning, TlsSettings::tr("⚠ Expires in %1. Regenerate it or load "
                                                           "a new one."))
                  .isEmpty(),
             qPrintable(label("Validity")->text()));
    QVERIFY(!label("Validity")->styleSheet().isEmpty());
    // The console is held to the operator's certificate now, and still reaches its server.
    QVERIFY(waitUntil([&] { return fixture->server().certificateFingerprint() == own; }, 5000));
    QCOMPARE(fixture->session().certificateFingerprint(), own);
    QVERIFY(sessionStillAnswers());
}

void TestTlsSettings::onlyAdminsChangeTheCertificate()
{
    const auto auditor =
        fixture->sessionAs(QStringLiteral("tls-auditor"), QStringLiteral("auditor"));
    QVERIFY(auditor);
    ui::ServerSession &session = *auditor;
    TlsSettings tls(session);
    tls.reload();
    auto *fingerprint =
        GuiTestBase::byName<FingerprintLabel>(&tls, TlsSettings::tr("Certificate fingerprint"));
    QVERIFY(waitUntil([&] { return !fingerprint->fingerprint().isEmpty(); }, 5000));
    for (const char *name : {"Re&generate certificate…", "L&oad certificate and key…"}) {
        auto *b =
            GuiTestBase::byName<QPushButton>(&tls, TlsSettings::tr(name).remove(QLatin1Char('&')));
        QVERIFY(b);
        QVERIFY2(!b->isEnabled(), name);
        QCOMPARE(b->toolTip(), TlsSettings::tr("Only admins can change the server's certificate."));
    }
}

MID_GUI_TEST_MAIN(TestTlsSettings)
#include "tst_tlssettings.moc"
