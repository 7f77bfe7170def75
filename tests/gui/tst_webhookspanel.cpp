// The Webhooks panel against a real embedded server and a real HTTP receiver (WebhookReceiver,
// a QTcpServer answering 200): endpoints created through the dialog with the secret revealed
// once, paused and resumed, their secret rotated, pinged; deliveries appearing live for pings
// and consents, inspected and replayed; endpoints deleted after a confirmation; Stripe requests
// listed with their verdict; the Consents panel listing a session's deliveries.
// attemptsShownWithDispatcher follows one delivery through a real attempt: the request,
// the response and the server's signature checks in the inspector.
#include "GuiTestBase.h"
#include "dialogs/SecretRevealDialog.h"
#include "dialogs/WebhookEndpointDialog.h"
#include "models/ConsentsModel.h"
#include "models/InboundWebhooksModel.h"
#include "models/WebhookDeliveriesModel.h"
#include "models/WebhookEndpointsModel.h"
#include "panels/ConsentsPanel.h"
#include "panels/WebhooksPanel.h"
#include "support/WebhookReceiver.h"
#include "widgets/JsonView.h"

#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace mid;
using namespace mid::test;
using mid::ui::ConsentsModel;
using mid::ui::ConsentsPanel;
using mid::ui::InboundWebhooksModel;
using mid::ui::SecretRevealDialog;
using mid::ui::WebhookDeliveriesModel;
using mid::ui::WebhookEndpointDialog;
using mid::ui::WebhookEndpointsModel;
using mid::ui::WebhooksPanel;

namespace {

bool noModal()
{
    return waitUntil([] { return QApplication::activeModalWidget() == nullptr; }, 5000);
}

// Ticks the confirmation of the reveal dialog, closes it and hands back the secret shown.
struct Revealed
{
    QString secret;
    bool closeWasDisabled = false, escapeIgnored = false, done = false;
};
[[nodiscard]] std::unique_ptr<QTimer> driveReveal(Revealed *out, const QString &confirmation)
{
    return whenModal<SecretRevealDialog>([out, confirmation](SecretRevealDialog *d) {
        out->secret = named<QLineEdit>(d, SecretRevealDialog::tr("Signing secret"))->text();
        QPushButton *close = named<QPushButton>(d, SecretRevealDialog::tr("Close"));
        out->closeWasDisabled = !close->isEnabled();
        QTest::keyClick(d, Qt::Key_Escape);
        out->escapeIgnored = d->isVisible();
        named<QCheckBox>(d, confirmation)->click();
        QTest::mouseClick(close, Qt::LeftButton);
        out->done = true;
    });
}

} // namespace

class TestWebhooksPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStatesSayWhatToDo();
    void createEndpointThroughTheDialog();
    void pauseAndResumeToggle();
    void rotateShowsANewSecret();
    void pingMakesADeliveryLive();
    void consentMakesADeliveryLive();
    void replayAddsADelivery();
    void deliveryFilters_data();
    void deliveryFilters();
    void consentDetailsListTheSessionsDeliveries();
    void editEndpointWithEnter();
    void inboundListsStripeRequests();
    void keyboard();
    void deleteAsksThenRemoves();
    void attemptsShownWithDispatcher();

private:
    QTableView *deliveries() const
    {
        return named<QTableView>(panel.get(), WebhooksPanel::tr("Deliveries"));
    }
    QTableView *endpoints() const
    {
        return named<QTableView>(panel.get(), WebhooksPanel::tr("Endpoints"));
    }
    QTableView *inbound() const
    {
        return named<QTableView>(panel.get(), WebhooksPanel::tr("Inbound requests"));
    }
    QPushButton *button(const QString &name) const { return named<QPushButton>(panel.get(), name); }
    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }
    // The row of the deliveries table with this delivery id, or -1.
    int deliveryRow(const QString &id) const;
    bool selectEndpoint(const QString &url);
    // Keys reach the panel only in the active window (another test's window may have it).
    bool activatePanel()
    {
        panel->activateWindow();
        return QTest::qWaitForWindowActive(panel.get());
    }
    QJsonObject apiEndpoint(const QString &id);
    QString payloadText() const
    {
        return named<ui::JsonView>(panel.get(), WebhooksPanel::tr("Payload"))->toPlainText();
    }

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<WebhooksPanel> panel;
    std::unique_ptr<WebhookReceiver> receiver;
    TestClient tenant;
    QString endpointUrl;
    QString endpointId;
    QString firstSecret;
    QString consentId;
    QString consentDeliveryId;
};

void TestWebhooksPanel::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>();
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(receiver->listen());
    receiver->setFallback({200, 0, R"({"received":true})", {{"Content-Type", "application/json"}}});
    endpointUrl = receiver->url(QStringLiteral("/hooks/mid"));
    tenant = fixture->createClient({{QStringLiteral("name"), QStringLiteral("Webhook tenant")}});
    QVERIFY(!tenant.clientId.isEmpty());
    panel = std::make_unique<WebhooksPanel>(fixture->session());
    panel->resize(1400, 850);
    panel->reload();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(deliveries() && endpoints() && inbound());
}

void TestWebhooksPanel::cleanupTestCase()
{
    panel.reset();
    fixture.reset();
    receiver.reset();
}

int TestWebhooksPanel::deliveryRow(const QString &id) const
{
    const QAbstractItemModel *model = deliveries()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(WebhookDeliveriesModel::IdRole).toString() == id)
            return row;
    return -1;
}

bool TestWebhooksPanel::selectEndpoint(const QString &url)
{
    panel->showTab(WebhooksPanel::EndpointsTab);
    if (!waitUntil(
            [&] {
                return GuiTestBase::rowWithText(endpoints(), WebhookEndpointsModel::Url, url) >= 0;
            },
            5000))
        return false;
    GuiTestBase::clickRow(endpoints(),
                          GuiTestBase::rowWithText(endpoints(), WebhookEndpointsModel::Url, url));
    return !panel->currentEndpointId().isEmpty();
}

QJsonObject TestWebhooksPanel::apiEndpoint(const QString &id)
{
    return fixture->http()
        .get(QStringLiteral("/admin/v1/webhooks/endpoints/") + id, fixture->admin())
        .data();
}

void TestWebhooksPanel::emptyStatesSayWhatToDo()
{
    auto *empty = named<QLabel>(deliveries(), WebhooksPanel::tr("Empty state"));
    QVERIFY(empty);
    QVERIFY(waitUntil(
        [&] {
            return empty->text() ==
                   WebhooksPanel::tr("No deliveries yet.\nAdd an endpoint for a client, or send a "
                                     "ping.");
        },
        5000));
    QVERIFY(empty->isVisible());
    panel->showTab(WebhooksPanel::EndpointsTab);
    auto *none = named<QLabel>(endpoints(), WebhooksPanel::tr("Empty state"));
    QVERIFY(waitUntil(
        [&] {
            return none->isVisible() && none->text().contains(WebhooksPanel::tr("New endpoint…"));
        },
        5000));
    QVERIFY(!button(WebhooksPanel::tr("Send ping"))->isEnabled()); // nothing selected
}

// New endpoint…: a URL the API refuses is shown under its field; a good one is created, its
// secret revealed once (the dialog cannot be closed before it is stored) and listed.
void TestWebhooksPanel::createEndpointThroughTheDialog()
{
    panel->showTab(WebhooksPanel::EndpointsTab);
    QString refusal;
    bool filled = false;
    const auto fill = whenModal<WebhookEndpointDialog>([&](WebhookEndpointDialog *d) {
        auto *client = named<QComboBox>(d, WebhookEndpointDialog::tr("Client"));
        client->setCurrentIndex(client->findData(tenant.clientId));
        auto *url = named<QLineEdit>(d, WebhookEndpointDialog::tr("Endpoint URL"));
        QTest::keyClicks(url, QStringLiteral("ftp://example.com/hook"));
        click(named<QPushButton>(d, WebhookEndpointDialog::tr("Create endpoint")));
        auto *error = d->findChild<QLabel *>(QStringLiteral("endpointError_url"));
        if (!waitUntil([&] { return error && error->isVisible(); }, 5000))
            return;
        refusal = error->text();
        url->selectAll();
        QTest::keyClicks(url, endpointUrl);
        QTest::keyClicks(named<QLineEdit>(d, WebhookEndpointDialog::tr("Description")),
                         QStringLiteral("Test receiver"));
        click(named<QPushButton>(d, WebhookEndpointDialog::tr("Create endpoint")));
        filled = true;
    });
    Revealed revealed;
    const auto reveal = driveReveal(&revealed, SecretRevealDialog::tr("I have stored the secret"));
    click(button(WebhooksPanel::tr("New endpoint…")));
    QVERIFY(waitUntil([&] { return revealed.done; }, 15000));
    QVERIFY(filled);
    QCOMPARE(refusal, WebhookEndpointDialog::tr("Use an https:// address; http:// is accepted "
                                                "only for this machine (e.g. "
                                                "http://127.0.0.1:9000/hook)."));
    QVERIFY(revealed.closeWasDisabled);
    QVERIFY(revealed.escapeIgnored);
    QVERIFY2(revealed.secret.startsWith(QStringLiteral("whsec_")), qPrintable(revealed.secret));
    firstSecret = revealed.secret;
    QVERIFY(noModal());

    const int row = GuiTestBase::rowWithText(endpoints(), WebhookEndpointsModel::Url, endpointUrl);
    QVERIFY(row >= 0);
    QCOMPARE(cell(endpoints(), row, WebhookEndpointsModel::Client),
             QStringLiteral("Webhook tenant"));
    QCOMPARE(cell(endpoints(), row, WebhookEndpointsModel::Status), QStringLiteral("active"));
    QCOMPARE(cell(endpoints(), row, WebhookEndpointsModel::Events),
             WebhookEndpointsModel::tr("all"));
    QCOMPARE(cell(endpoints(), row, WebhookEndpointsModel::Description),
             QStringLiteral("Test receiver"));
    endpointId = panel->currentEndpointId();
    QVERIFY(endpointId.startsWith(QStringLiteral("whe_")));
    // The secret shown is the endpoint's (read back through the API, as an operator can).
    const QJsonObject secret =
        fixture->http()
            .get(QStringLiteral("/admin/v1/webhooks/endpoints/%1/secret").arg(endpointId),
                 fixture->admin())
            .data();
    QCOMPARE(secret.value(QStringLiteral("secret")).toString(), firstSecret);
}

void TestWebhooksPanel::pauseAndResumeToggle()
{
    QVERIFY(selectEndpoint(endpointUrl));
    const int row = GuiTestBase::rowWithText(endpoints(), WebhookEndpointsModel::Url, endpointUrl);
    QPushButton *toggle = panel->findChild<QPushButton *>(QStringLiteral("pauseEndpointButton"));
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), WebhooksPanel::tr("Pause"));
    click(toggle);
    QVERIFY(waitUntil(
        [&] {
            return cell(endpoints(), row, WebhookEndpointsModel::Status) == QLatin1String("paused");
        },
        5000));
    QVERIFY(waitUntil([&] { return toggle->text() == WebhooksPanel::tr("Resume"); }, 5000));
    QCOMPARE(toggle->accessibleName(), WebhooksPanel::tr("Resume"));
    QCOMPARE(apiEndpoint(endpointId).value(QStringLiteral("status")).toString(),
             QStringLiteral("paused"));
    QVERIFY(waitUntil([&] { return toggle->isEnabled(); }, 5000));
    click(toggle);
    QVERIFY(waitUntil(
        [&] {
            return cell(endpoints(), row, WebhookEndpointsModel::Status) == QLatin1String("active");
        },
        5000));
    QVERIFY(waitUntil([&] { return toggle->text() == WebhooksPanel::tr("Pause"); }, 5000));
    QCOMPARE(apiEndpoint(endpointId).value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
}

// Rotate secret…: asks with a grace period, then reveals a secret that differs.
void TestWebhooksPanel::rotateShowsANewSecret()
{
    QVERIFY(selectEndpoint(endpointUrl));
    bool asked = false;
    const auto confirm = whenModal<QDialog>([&](QDialog *d) {
        if (d->objectName() != QLatin1String("rotateSecretDialog"))
            return;
        auto *grace = named<QComboBox>(d, WebhooksPanel::tr("Grace period"));
        QCOMPARE(grace->currentData().toInt(), 86400); // 24 hours unless changed
        grace->setCurrentIndex(grace->findData(3600));
        asked = true;
        click(named<QPushButton>(d, WebhooksPanel::tr("Rotate secret")));
    });
    Revealed revealed;
    const auto reveal = driveReveal(&revealed, SecretRevealDialog::tr("I have stored the secret"));
    // The reveal poll would take the confirmation for its own: start it once that is gone.
    click(button(WebhooksPanel::tr("Rotate secret…")));
    QVERIFY(waitUntil([&] { return revealed.done; }, 15000));
    QVERIFY(asked);
    QVERIFY(revealed.secret.startsWith(QStringLiteral("whsec_")));
    QVERIFY(revealed.secret != firstSecret);
    QVERIFY(noModal());
}

// Send ping: the Deliveries view opens on that endpoint with the queued ping selected.
void TestWebhooksPanel::pingMakesADeliveryLive()
{
    QVERIFY(selectEndpoint(endpointUrl));
    const QString shownBefore = panel->currentDeliveryId();
    click(button(WebhooksPanel::tr("Send ping")));
    QVERIFY(waitUntil([&] { return panel->currentTab() == WebhooksPanel::DeliveriesTab; }, 5000));
    QVERIFY(waitUntil(
        [&] {
            return !panel->currentDeliveryId().isEmpty() &&
                   panel->currentDeliveryId() != shownBefore;
        },
        5000));
    const int row = deliveryRow(panel->currentDeliveryId());
    QVERIFY(row >= 0);
    QCOMPARE(cell(deliveries(), row, WebhookDeliveriesModel::Event), QStringLiteral("ping"));
    QCOMPARE(cell(deliveries(), row, WebhookDeliveriesModel::Endpoint), endpointUrl);
    auto *endpointFilter = named<QComboBox>(panel.get(), WebhooksPanel::tr("Endpoint"));
    QCOMPARE(endpointFilter->currentData().toString(), endpointId);
    QVERIFY(waitUntil([&] { return payloadText().contains(QStringLiteral("\"ping\"")); }, 5000));
    QVERIFY(payloadText().contains(endpointId));
    endpointFilter->setCurrentIndex(0);
}

// A consent created by the tenant makes its delivery appear without a reload; the inspector
// shows the event as sent, with the session id.
void TestWebhooksPanel::consentMakesADeliveryLive()
{
    panel->showTab(WebhooksPanel::DeliveriesTab);
    const int before = deliveries()->model()->rowCount();
    const QJsonObject consent = fixture->createConsent(tenant);
    consentId = consent.value(QStringLiteral("sessionId")).toString();
    if (consentId.isEmpty())
        consentId = consent.value(QStringLiteral("id")).toString();
    QVERIFY2(!consentId.isEmpty(), "the consent was not created");
    const auto consentRow = [&] {
        const QAbstractItemModel *model = deliveries()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject d =
                model->index(row, 0).data(WebhookDeliveriesModel::DeliveryRole).toJsonObject();
            if (d.value(QStringLiteral("resource")).toString() == consentId &&
                d.value(QStringLiteral("event")).toString() == QLatin1String("consent.created"))
                return row;
        }
        return -1;
    };
    QVERIFY(waitUntil([&] { return consentRow() >= 0; }, 5000));
    QVERIFY(deliveries()->model()->rowCount() > before);
    const int row = consentRow();
    QCOMPARE(cell(deliveries(), row, WebhookDeliveriesModel::Endpoint), endpointUrl);
    consentDeliveryId =
        deliveries()->model()->index(row, 0).data(WebhookDeliveriesModel::IdRole).toString();
    // The receiver answers 200: the row turns delivered live, after one attempt.
    QVERIFY(waitUntil(
        [&] {
            const int r = deliveryRow(consentDeliveryId);
            return r >= 0 &&
                   cell(deliveries(), r, WebhookDeliveriesModel::Attempts) == QLatin1String("1");
        },
        10000));
    GuiTestBase::clickRow(deliveries(), deliveryRow(consentDeliveryId));
    QCOMPARE(panel->currentDeliveryId(), consentDeliveryId);
    QVERIFY(waitUntil(
        [&] { return payloadText().contains(QStringLiteral("\"sessionId\": \"") + consentId); },
        5000));
    QVERIFY(payloadText().contains(QStringLiteral("\"event\": \"consent.created\"")));
    auto *heading = panel->findChild<QLabel *>(QStringLiteral("deliveryHeading"));
    QCOMPARE(heading->text(), QStringLiteral("consent.created"));
}

void TestWebhooksPanel::replayAddsADelivery()
{
    QVERIFY(!consentDeliveryId.isEmpty());
    QVERIFY(panel->currentDeliveryId() == consentDeliveryId ||
            (GuiTestBase::clickRow(deliveries(), deliveryRow(consentDeliveryId)), true));
    const int before = deliveries()->model()->rowCount();
    click(button(WebhooksPanel::tr("Replay")));
    const auto replayRow = [&] {
        const QAbstractItemModel *model = deliveries()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0)
                    .data(WebhookDeliveriesModel::DeliveryRole)
                    .toJsonObject()
                    .value(QStringLiteral("replayOf"))
                    .toString() == consentDeliveryId)
                return row;
        return -1;
    };
    QVERIFY(waitUntil([&] { return replayRow() >= 0; }, 5000));
    QCOMPARE(deliveries()->model()->rowCount(), before + 1);
    QCOMPARE(cell(deliveries(), replayRow(), WebhookDeliveriesModel::Event),
             QStringLiteral("consent.created"));
    auto *note = named<QLabel>(panel.get(), WebhooksPanel::tr("Last action"));
    QVERIFY(!note->text().isEmpty()); // says what happened
}

// Each filter narrows the list to what it names (the server filters; rows are checked here).
void TestWebhooksPanel::deliveryFilters_data()
{
    QTest::addColumn<QString>("filter"); // accessible name of the combo
    QTest::addColumn<QString>("value");  // its item data
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown"); // what every row shows in `column`
    QTest::newRow("event ping") << WebhooksPanel::tr("Event") << "ping"
                                << int(WebhookDeliveriesModel::Event) << "ping";
    QTest::newRow("event consent.created")
        << WebhooksPanel::tr("Event") << "consent.created" << int(WebhookDeliveriesModel::Event)
        << "consent.created";
    QTest::newRow("status delivered") << WebhooksPanel::tr("Status") << "delivered"
                                      << int(WebhookDeliveriesModel::Status) << "delivered";
}

void TestWebhooksPanel::deliveryFilters()
{
    QFETCH(QString, filter);
    QFETCH(QString, value);
    QFETCH(int, column);
    QFETCH(QString, shown);
    panel->showTab(WebhooksPanel::DeliveriesTab);
    auto *combo = named<QComboBox>(panel.get(), filter);
    QVERIFY(combo);
    const int index = combo->findData(value);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    QVERIFY(waitUntil(
        [&] {
            QAbstractItemModel *m = deliveries()->model();
            if (m->rowCount() == 0)
                return false;
            for (int row = 0; row < m->rowCount(); ++row)
                if (cell(deliveries(), row, column) != shown)
                    return false;
            return true;
        },
        5000));
    combo->setCurrentIndex(0);
    QVERIFY(waitUntil([&] { return deliveries()->model()->rowCount() >= 3; }, 5000));
}

// The Consents panel's details list the session's deliveries, live; opening one asks the main
// window for the Webhooks panel, which shows it.
void TestWebhooksPanel::consentDetailsListTheSessionsDeliveries()
{
    QVERIFY(!consentId.isEmpty());
    ConsentsPanel consents(fixture->session());
    consents.resize(1400, 850);
    consents.reload();
    consents.show();
    QVERIFY(QTest::qWaitForWindowExposed(&consents));
    auto *sessions = named<QTableView>(&consents, ConsentsPanel::tr("Consent sessions"));
    QVERIFY(waitUntil(
        [&] {
            return GuiTestBase::rowWithText(sessions, ConsentsModel::SessionId, consentId) >= 0;
        },
        5000));
    GuiTestBase::clickRow(sessions,
                          GuiTestBase::rowWithText(sessions, ConsentsModel::SessionId, consentId));
    auto *list = named<QTableView>(&consents, ConsentsPanel::tr("Webhook deliveries"));
    QVERIFY(list);
    // The original and its replay, both to the endpoint.
    QVERIFY(waitUntil([&] { return list->model()->rowCount() == 2; }, 5000));
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(cell(list, row, WebhookDeliveriesModel::Event), QStringLiteral("consent.created"));
        QCOMPARE(cell(list, row, WebhookDeliveriesModel::Endpoint), endpointUrl);
        QVERIFY(!cell(list, row, WebhookDeliveriesModel::Status).isEmpty());
    }
    // Live: revoking the session makes a consent.revoked delivery appear here.
    QCOMPARE(fixture->http()
                 .del(QStringLiteral("/admin/v1/consents/") + consentId, fixture->admin())
                 .status,
             200);
    QVERIFY(waitUntil([&] { return list->model()->rowCount() == 3; }, 5000));
    QVERIFY(GuiTestBase::rowWithText(list, WebhookDeliveriesModel::Event,
                                     QStringLiteral("consent.revoked")) >= 0);

    QSignalSpy opened(&consents, &ConsentsPanel::deliveryRequested);
    const int row = GuiTestBase::rowWithText(list, WebhookDeliveriesModel::Endpoint, endpointUrl);
    const QModelIndex index = list->model()->index(row, WebhookDeliveriesModel::Event);
    const QRect rect = list->visualRect(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.size(), 1);
    const QString id = opened.first().first().toString();
    QCOMPARE(id, index.data(WebhookDeliveriesModel::IdRole).toString());
    panel->showDelivery(id); // what MainWindow does with the signal
    QVERIFY(waitUntil([&] { return panel->currentDeliveryId() == id; }, 5000));
    QCOMPARE(panel->currentTab(), WebhooksPanel::DeliveriesTab);
}

// Enter on an endpoint edits it; the change reaches the server.
void TestWebhooksPanel::editEndpointWithEnter()
{
    QVERIFY(selectEndpoint(endpointUrl));
    bool saved = false;
    const auto edit = whenModal<WebhookEndpointDialog>([&](WebhookEndpointDialog *d) {
        auto *description = named<QLineEdit>(d, WebhookEndpointDialog::tr("Description"));
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Edited receiver"));
        auto *events = named<QListWidget>(d, WebhookEndpointDialog::tr("Events"));
        const QList<QListWidgetItem *> found =
            events->findItems(QStringLiteral("consent.approved"), Qt::MatchExactly);
        if (found.size() == 1)
            found.first()->setCheckState(Qt::Checked);
        click(named<QPushButton>(d, WebhookEndpointDialog::tr("Save")));
        saved = true;
    });
    QVERIFY(activatePanel());
    endpoints()->setFocus();
    QTest::keyClick(endpoints(), Qt::Key_Return);
    QVERIFY(waitUntil([&] { return saved; }, 5000));
    QVERIFY(noModal());
    const int row = GuiTestBase::rowWithText(endpoints(), WebhookEndpointsModel::Url, endpointUrl);
    QVERIFY(waitUntil(
        [&] {
            return cell(endpoints(), row, WebhookEndpointsModel::Description) ==
                   QLatin1String("Edited receiver");
        },
        5000));
    QCOMPARE(cell(endpoints(), row, WebhookEndpointsModel::Events),
             QStringLiteral("consent.approved"));
    const QJsonObject e = apiEndpoint(endpointId);
    QCOMPARE(e.value(QStringLiteral("events")).toArray(),
             QJsonArray{QStringLiteral("consent.approved")});
}

// A Stripe request to a box with no Stripe secret: listed (when the tab is shown) with its
// verdict and reason; its details say it changed nothing, and why.
void TestWebhooksPanel::inboundListsStripeRequests()
{
    panel->showTab(WebhooksPanel::InboundTab);
    auto *model = qobject_cast<InboundWebhooksModel *>(
        qobject_cast<QAbstractProxyModel *>(inbound()->model())->sourceModel());
    QVERIFY(model);
    QVERIFY(waitUntil([&] { return !model->isLoading(); }, 5000));
    const int before = inbound()->model()->rowCount();
    const Response r = fixture->http().send(
        "POST", QStringLiteral("/v1/webhooks/stripe"),
        R"({"id":"evt_test_webhooks_panel","type":"invoice.paid","data":{"object":{}}})",
        {{"Stripe-Signature", "t=1,v1=00"}});
    QCOMPARE(r.status, 503);
    // Live from the event stream: no reload.
    QVERIFY(waitUntil([&] { return inbound()->model()->rowCount() == before + 1; }, 5000));
    QCOMPARE(cell(inbound(), 0, InboundWebhooksModel::Provider),
             InboundWebhooksModel::tr("Stripe"));
    QCOMPARE(cell(inbound(), 0, InboundWebhooksModel::Verdict), QStringLiteral("not_configured"));
    QCOMPARE(cell(inbound(), 0, InboundWebhooksModel::HttpStatus), QStringLiteral("503"));
    const QString reason = cell(inbound(), 0, InboundWebhooksModel::Reason);
    QVERIFY(!reason.isEmpty());
    GuiTestBase::clickRow(inbound(), 0);
    auto *effects = named<QLabel>(panel.get(), WebhooksPanel::tr("What it changed"));
    QVERIFY(waitUntil(
        [&] { return effects->text() == InboundWebhooksModel::tr("Nothing: %1").arg(reason); },
        5000));
    auto *raw = named<ui::JsonView>(panel.get(), WebhooksPanel::tr("Raw body"));
    QVERIFY(waitUntil(
        [&] { return raw->toPlainText().contains(QStringLiteral("evt_test_webhooks_panel")); },
        5000));
    // The verdict filter narrows the list.
    auto *verdict = named<QComboBox>(panel.get(), WebhooksPanel::tr("Verdict"));
    verdict->setCurrentIndex(verdict->findData(QStringLiteral("verified")));
    QVERIFY(waitUntil([&] { return inbound()->model()->rowCount() == 0; }, 5000));
    verdict->setCurrentIndex(0);
    QVERIFY(waitUntil([&] { return inbound()->model()->rowCount() >= 1; }, 5000));
}

void TestWebhooksPanel::keyboard()
{
    panel->showTab(WebhooksPanel::DeliveriesTab);
    QVERIFY(activatePanel());
    deliveries()->setFocus();
    QTest::keyClick(deliveries(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(waitUntil(
        [&] {
            return QApplication::focusWidget() ==
                   named<QLineEdit>(panel.get(), WebhooksPanel::tr("Resource"));
        },
        2000));
    // F5 reads the list again (the rows come back).
    const int rows = deliveries()->model()->rowCount();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QVERIFY(waitUntil([&] { return deliveries()->model()->rowCount() == rows; }, 5000));
}

// Delete asks first (Cancel keeps it), then removes the endpoint everywhere.
void TestWebhooksPanel::deleteAsksThenRemoves()
{
    QVERIFY(selectEndpoint(endpointUrl));
    QString question;
    const auto cancel = whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        click(named<QPushButton>(box, WebhooksPanel::tr("Cancel")));
    });
    QVERIFY(activatePanel());
    endpoints()->setFocus();
    QTest::keyClick(endpoints(), Qt::Key_Delete);
    QVERIFY(waitUntil([&] { return !question.isEmpty(); }, 5000));
    QVERIFY(noModal());
    QVERIFY(question.contains(endpointUrl));
    QTest::qWait(200);
    QVERIFY(GuiTestBase::rowWithText(endpoints(), WebhookEndpointsModel::Url, endpointUrl) >= 0);

    bool confirmed = false;
    const auto confirm = whenModal<QMessageBox>([&](QMessageBox *box) {
        click(named<QPushButton>(box, WebhooksPanel::tr("Delete endpoint")));
        confirmed = true;
    });
    click(button(WebhooksPanel::tr("Delete…")));
    QVERIFY(waitUntil([&] { return confirmed; }, 5000));
    QVERIFY(waitUntil(
        [&] {
            return GuiTestBase::rowWithText(endpoints(), WebhookEndpointsModel::Url, endpointUrl) <
                   0;
        },
        5000));
    QCOMPARE(
        fixture->http()
            .get(QStringLiteral("/admin/v1/webhooks/endpoints/") + endpointId, fixture->admin())
            .status,
        404);
    QVERIFY(!button(WebhooksPanel::tr("Send ping"))->isEnabled());
}

void TestWebhooksPanel::attemptsShownWithDispatcher()
{
    const QString url = receiver->url(QStringLiteral("/hooks/dispatched"));
    const QJsonObject created =
        fixture->http()
            .post(QStringLiteral("/admin/v1/webhooks/endpoints"),
                  {{QStringLiteral("clientId"), tenant.clientId}, {QStringLiteral("url"), url}},
                  fixture->admin())
            .data();
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(selectEndpoint(url));
    const qsizetype before = receiver->requests().size();
    const QString shownBefore = panel->currentDeliveryId();
    click(button(WebhooksPanel::tr("Send ping")));
    QVERIFY(waitUntil([&] { return panel->currentDeliveryId() != shownBefore; }, 5000));
    // The receiver gets it, signed.
    QVERIFY(waitUntil([&] { return receiver->requests().size() > before; }, 20000));
    const WebhookReceiver::Request &got = receiver->requests().last();
    QCOMPARE(got.path, QByteArray("/hooks/dispatched"));
    QVERIFY(got.headers.value("x-mid-signature").startsWith("sha256="));
    // The row turns delivered live, with one attempt and a latency.
    const QString deliveryId = panel->currentDeliveryId();
    QVERIFY(waitUntil(
        [&] {
            const int row = deliveryRow(deliveryId);
            return row >= 0 && cell(deliveries(), row, WebhookDeliveriesModel::Status) ==
                                   QLatin1String("delivered");
        },
        15000));
    const int row = deliveryRow(deliveryId);
    QCOMPARE(cell(deliveries(), row, WebhookDeliveriesModel::Attempts), QStringLiteral("1"));
    QVERIFY(cell(deliveries(), row, WebhookDeliveriesModel::Latency) != QStringLiteral("—"));
    // The inspector shows the attempt: request headers and body, the 200 and its body, and
    // the server's signature checks, all valid.
    auto *summary = named<QLabel>(panel.get(), WebhooksPanel::tr("Attempt summary"));
    QVERIFY(waitUntil(
        [&] { return summary->text().contains(WebhooksPanel::tr("answered HTTP %1").arg(200)); },
        5000));
    auto *requestHeaders = named<ui::JsonView>(panel.get(), WebhooksPanel::tr("Request headers"));
    QVERIFY(requestHeaders->toPlainText().contains(QStringLiteral("X-Mid-Signature: sha256="),
                                                   Qt::CaseInsensitive));
    auto *requestBody = named<ui::JsonView>(panel.get(), WebhooksPanel::tr("Request body"));
    QVERIFY(requestBody->toPlainText().contains(QStringLiteral("\"ping\"")));
    auto *responseBody = named<ui::JsonView>(panel.get(), WebhooksPanel::tr("Response body"));
    QVERIFY(responseBody->toPlainText().contains(QStringLiteral("received")));
    auto *signatures = named<QLabel>(panel.get(), WebhooksPanel::tr("Signature checks"));
    QVERIFY(waitUntil([&] { return signatures->text().contains(QStringLiteral("✓")); }, 5000));
    QVERIFY(!signatures->text().contains(QStringLiteral("✗")));
}

MID_GUI_TEST_MAIN(TestWebhooksPanel)
#include "tst_webhookspanel.moc"
