// The Settings panel against a real embedded server: a setting that applies at once (audit
// retention) and one that needs a restart (listen address), and a wrong value that is
// explained and changes nothing. The TLS section of a box without TLS says how to turn it on;
// tst_tlssettings covers a box with it. The token signing keys: the published ones listed, and
// a rotation (confirmed first) that the key set then shows.
#include "GuiTestBase.h"

#include "panels/SettingsPanel.h"
#include "panels/SigningKeySettings.h"
#include "panels/TlsSettings.h"
#include "panels/WebhookSettings.h"
#include "widgets/FingerprintLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using mid::test::GuiTestBase;
using mid::test::waitUntil;
using mid::ui::SettingsPanel;
using mid::ui::SigningKeySettings;
using mid::ui::TlsSettings;
using mid::ui::WebhookSettings;

class TestSettingsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void retentionAppliesAtOnce();
    void listenNeedsRestart();
    void wrongListenIsExplained_data();
    void wrongListenIsExplained();
    void webhookSettingsApplyAtOnce();
    void badStripeSecretIsExplained();
    void tlsOffIsExplained();
    void signingKeyRotates();

private:
    template <typename T> T *control(const QString &name) const
    {
        return GuiTestBase::byName<T>(m_panel.get(), name);
    }
    // A button is named after its label without the mnemonic's '&'.
    QPushButton *button(const char *label) const
    {
        return control<QPushButton>(SettingsPanel::tr(label).remove(QLatin1Char('&')));
    }
    QLineEdit *listen() const { return control<QLineEdit>(SettingsPanel::tr("Listen address")); }
    QJsonObject apiSettings();
    void save();
    QString notice() const { return control<QLabel>(SettingsPanel::tr("Notice"))->text(); }

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<SettingsPanel> m_panel;
};

void TestSettingsPanel::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    m_panel = std::make_unique<SettingsPanel>(fixture->session());
    m_panel->resize(900, 700);
    m_panel->show();
    m_panel->reload();
    QVERIFY(waitUntil([&] { return !listen()->text().isEmpty(); }, 5000));
}

void TestSettingsPanel::cleanupTestCase()
{
    m_panel.reset();
    fixture.reset();
}

QJsonObject TestSettingsPanel::apiSettings()
{
    return fixture->http().get(QStringLiteral("/admin/v1/settings"), fixture->admin()).data();
}

void TestSettingsPanel::save()
{
    // Save stays disabled while the previous save's answer is on its way: a click then is lost.
    waitUntil([&] { return button("&Save server settings")->isEnabled(); }, 5000);
    QTest::mouseClick(button("&Save server settings"), Qt::LeftButton);
}

void TestSettingsPanel::retentionAppliesAtOnce()
{
    auto *retention = control<QSpinBox>(SettingsPanel::tr("Audit retention"));
    QVERIFY(retention);
    QCOMPARE(retention->value(), 0);
    QCOMPARE(retention->text(), SettingsPanel::tr("Keep every row"));
    retention->setFocus();
    retention->selectAll();
    QTest::keyClicks(retention, QStringLiteral("90"));
    QCOMPARE(retention->value(), 90);
    save();
    QVERIFY(waitUntil(
        [&] { return apiSettings().value(QStringLiteral("auditRetentionDays")).toInt() == 90; },
        5000));
    QVERIFY(waitUntil([&] { return notice() == SettingsPanel::tr("Saved and applied."); }, 5000));
    // Nothing here needs a restart, so none is offered.
    QVERIFY(!button("&Restart embedded server now")->isVisible());

    // Documents: 90 days unless set; 0 keeps them.
    auto *documents = control<QSpinBox>(SettingsPanel::tr("Document retention"));
    QVERIFY(documents);
    QCOMPARE(documents->value(), 90);
    documents->setFocus();
    documents->selectAll();
    QTest::keyClicks(documents, QStringLiteral("30"));
    save();
    QVERIFY(waitUntil(
        [&] { return apiSettings().value(QStringLiteral("documentRetentionDays")).toInt() == 30; },
        5000));
    // The panel has the answer too (Save is enabled again) before the next test saves.
    QVERIFY(waitUntil([&] { return button("&Save server settings")->isEnabled(); }, 5000));
}

void TestSettingsPanel::listenNeedsRestart()
{
    listen()->clear();
    QTest::keyClicks(listen(), QStringLiteral("0.0.0.0:18080"));
    save();
    QVERIFY(waitUntil(
        [&] {
            return apiSettings()
                       .value(QStringLiteral("saved"))
                       .toObject()
                       .value(QStringLiteral("listen")) == QStringLiteral("0.0.0.0:18080");
        },
        5000));
    QVERIFY(waitUntil(
        [&] {
            return notice() == SettingsPanel::tr("Saved to mid.conf. The server uses the new "
                                                 "address and URL after it restarts.");
        },
        5000));
    QVERIFY(button("&Restart embedded server now")->isVisible());
    // Retention was not sent again: it was not changed.
    QCOMPARE(apiSettings().value(QStringLiteral("auditRetentionDays")).toInt(), 90);
}

void TestSettingsPanel::wrongListenIsExplained_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("no port") << QStringLiteral("0.0.0.0");
    QTest::newRow("port out of range") << QStringLiteral("127.0.0.1:70000");
    QTest::newRow("not an address") << QStringLiteral("my laptop:80");
}

void TestSettingsPanel::wrongListenIsExplained()
{
    QFETCH(QString, typed);
    const QJsonValue savedBefore = apiSettings().value(QStringLiteral("saved"));
    listen()->clear();
    QTest::keyClicks(listen(), typed);
    save();
    // The server's own words (they are not the console's to translate).
    QVERIFY(waitUntil([&] { return notice().contains(QLatin1String("ADDRESS:PORT")); }, 5000));
    QCOMPARE(apiSettings().value(QStringLiteral("saved")), savedBefore);
}

// The webhook group: a Stripe secret typed and saved is write-only (the API says only that
// it is set) and verifies Stripe's signatures at once; the private-network switch applies too.
void TestSettingsPanel::webhookSettingsApplyAtOnce()
{
    auto *stripe = control<QLineEdit>(WebhookSettings::tr("Stripe signing secret"));
    auto *allow = control<QCheckBox>(WebhookSettings::tr("Allow deliveries to private networks"));
    QVERIFY(stripe && allow);
    QVERIFY(!allow->isChecked());
    const QString secret = QStringLiteral("whsec_gui_test_secret_0123456789");
    QTest::keyClicks(stripe, secret);
    allow->click();
    QTest::mouseClick(control<QPushButton>(
                          WebhookSettings::tr("Save &webhook settings").remove(QLatin1Char('&'))),
                      Qt::LeftButton);
    QVERIFY(waitUntil(
        [&] { return notice() == SettingsPanel::tr("Webhook settings saved and applied."); },
        5000));
    const QJsonObject s = apiSettings();
    QVERIFY(s.value(QStringLiteral("webhooksAllowPrivateNetworks")).toBool());
    QVERIFY(s.value(QStringLiteral("inboundWebhooks"))
                .toObject()
                .value(QStringLiteral("stripeWebhookSecret"))
                .toObject()
                .value(QStringLiteral("set"))
                .toBool());
    QVERIFY(!QJsonDocument(s).toJson().contains(secret.toUtf8()));
    // The field is empty again (never shown back); its state says it is set.
    QVERIFY(stripe->text().isEmpty());
    QCOMPARE(control<QLabel>(WebhookSettings::tr("Stripe signing secret state"))->text(),
             WebhookSettings::tr("Set: Stripe events are verified."));
    // Applied at once: a wrong signature is now refused as such (400), not 503.
    const auto r = fixture->http().send("POST", QStringLiteral("/v1/webhooks/stripe"),
                                        R"({"id":"evt_gui","type":"invoice.paid"})",
                                        {{"Stripe-Signature", "t=1,v1=00"}});
    QCOMPARE(r.status, 400);
}

void TestSettingsPanel::badStripeSecretIsExplained()
{
    auto *stripe = control<QLineEdit>(WebhookSettings::tr("Stripe signing secret"));
    QTest::keyClicks(stripe, QStringLiteral("not-a-stripe-secret"));
    QTest::mouseClick(control<QPushButton>(
                          WebhookSettings::tr("Save &webhook settings").remove(QLatin1Char('&'))),
                      Qt::LeftButton);
    QVERIFY(
        waitUntil([&] { return notice().contains(QLatin1String("stripeWebhookSecret")); }, 5000));
    // What was set stays set.
    QVERIFY(apiSettings()
                .value(QStringLiteral("inboundWebhooks"))
                .toObject()
                .value(QStringLiteral("stripeWebhookSecret"))
                .toObject()
                .value(QStringLiteral("set"))
                .toBool());
}

void TestSettingsPanel::tlsOffIsExplained()
{
    auto *state = control<QLabel>(TlsSettings::tr("TLS status"));
    QVERIFY(state);
    QVERIFY(waitUntil(
        [&] {
            return state->text() == TlsSettings::tr("Off: plain HTTP. Start the server with --tls "
                                                    "auto to serve HTTPS; phones need it for "
                                                    "passkeys.");
        },
        5000));
    // No certificate: no fingerprint shown, nothing to regenerate, and the button says why.
    QVERIFY(!control<mid::ui::FingerprintLabel>(TlsSettings::tr("Certificate fingerprint"))
                 ->isVisible());
    auto *regenerate =
        control<QPushButton>(TlsSettings::tr("Re&generate certificate…").remove(QLatin1Char('&')));
    QVERIFY(regenerate);
    QVERIFY(!regenerate->isEnabled());
    QCOMPARE(regenerate->toolTip(), TlsSettings::tr("TLS is off: start the server with --tls auto "
                                                    "to serve a certificate from its own CA."));
    // An own certificate can still be loaded, for the next start.
    QVERIFY(
        control<QPushButton>(TlsSettings::tr("L&oad certificate and key…").remove(QLatin1Char('&')))
            ->isEnabled());
}

void TestSettingsPanel::signingKeyRotates()
{
    auto kids = [this] {
        QStringList ids;
        const auto keys =
            fixture->http().get(QStringLiteral("/dvs/jwks")).json().value(QStringLiteral("keys"));
        for (const QJsonValue &k : keys.toArray())
            ids << k.toObject().value(QStringLiteral("kid")).toString();
        return ids;
    };
    const QString before = kids().value(0);
    QVERIFY(!before.isEmpty());
    auto *published = control<QLabel>(SigningKeySettings::tr("Published keys"));
    QVERIFY(published);
    QVERIFY(waitUntil([&] { return published->text().contains(before); }, 5000));

    auto *rotate = control<QPushButton>(SigningKeySettings::tr("Rotate signing key…"));
    QVERIFY(rotate && rotate->isEnabled());
    // Cancelled first: nothing changes.
    auto cancel = mid::test::whenModal<QMessageBox>(
        [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QTest::mouseClick(rotate, Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !cancel->isActive(); }, 5000));
    QTest::qWait(200);
    QCOMPARE(kids().value(0), before);

    auto confirm = mid::test::whenModal<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains(QLatin1String("/dvs/jwks")));
        mid::test::click(GuiTestBase::byName<QPushButton>(box, SigningKeySettings::tr("Rotate")));
    });
    QTest::mouseClick(rotate, Qt::LeftButton);
    QVERIFY(waitUntil([&] { return kids().value(0) != before; }, 5000));
    const QStringList after = kids();
    QVERIFY(after.contains(before)); // still published, to verify what it signed
    // The section shows the new key as the signing one, and says what happened.
    QVERIFY(waitUntil(
        [&] {
            return published->text().startsWith(
                SigningKeySettings::tr("%1 (%2) — signs now").arg(after.first(), "RS256"));
        },
        5000));
    auto *message = control<QLabel>(SigningKeySettings::tr("Signing key message"));
    QVERIFY(message->isVisible() && message->text().contains(after.first()));
}

MID_GUI_TEST_MAIN(TestSettingsPanel)
#include "tst_settingspanel.moc"
