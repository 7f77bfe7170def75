#include "GuiTestBase.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/SecretRevealDialog.h"
#include "models/ClientsModel.h"
#include "panels/ClientsPanel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace mid;
using namespace mid::test;
using mid::ui::ClientDialog;
using mid::ui::ClientsModel;
using mid::ui::ClientsPanel;
using mid::ui::SecretRevealDialog;

namespace {

// The error label under a field of the client dialog.
QLabel *fieldError(ClientDialog *dialog, const char *field)
{
    return named<QLabel>(dialog, ClientDialog::tr("%1 error").arg(ClientDialog::tr(field)));
}

// Ticks "I have stored these credentials" and closes the reveal dialog; returns its fields.
struct Revealed
{
    QString clientId, apiKey, clientSecret;
    bool closeWasDisabled = false, escapeIgnored = false, done = false;
};
[[nodiscard]] std::unique_ptr<QTimer> driveReveal(Revealed *out)
{
    return whenModal<SecretRevealDialog>([out](SecretRevealDialog *d) {
        out->clientId = named<QLineEdit>(d, SecretRevealDialog::tr("Client ID"))->text();
        out->apiKey = named<QLineEdit>(d, SecretRevealDialog::tr("API key"))->text();
        out->clientSecret = named<QLineEdit>(d, SecretRevealDialog::tr("Client secret"))->text();
        QPushButton *close = named<QPushButton>(d, SecretRevealDialog::tr("Close"));
        out->closeWasDisabled = !close->isEnabled();
        QTest::keyClick(d, Qt::Key_Escape);
        out->escapeIgnored = d->isVisible();
        named<QCheckBox>(d, SecretRevealDialog::tr("I have stored these credentials"))->click();
        click(close);
        out->done = true;
    });
}
} // namespace

class TestClientsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createThroughDialog();
    void revealedKeyAuthenticates();
    void apiChangesAppearLive();
    void actionsFollowSelection();
    void searchFilters();
    void editThroughDialog();
    void suspendAndResume();
    void regenerateKey();
    void detailsAndUsageChart();
    void deleteWithConfirmation_data();
    void deleteWithConfirmation();
    void validationSendsNothing_data();
    void validationSendsNothing();
    void serverRefusalShownAtField();
    void usageChartWithoutData();
    void auditorCannotWrite();

private:
    QPushButton *button(const char *label)
    {
        return named<QPushButton>(m_panel.get(), ClientsPanel::tr(label));
    }
    int rowOf(const QString &name)
    {
        return GuiTestBase::rowWithText(m_table, ClientsModel::NameColumn, name);
    }
    bool select(const QString &name);
    Response apiClient(const QString &id)
    {
        return m_fixture->http().get(QStringLiteral("/v1/clients/") + id, m_fixture->admin());
    }
    int apiClientCount()
    {
        return m_fixture->http()
            .get(QStringLiteral("/v1/clients"), m_fixture->admin())
            .data()
            .value(QStringLiteral("total"))
            .toInt();
    }
    int consentsStatus(const QString &id, const QString &key)
    {
        return m_fixture->http()
            .get(QStringLiteral("/v1/consents?limit=1"), TestClient{id, key, {}}.bearer())
            .status;
    }

    std::unique_ptr<GuiTestBase> m_fixture;
    std::unique_ptr<ui::ClientsPanel> m_panel;
    QTableView *m_table = nullptr;
    QString m_name = QStringLiteral("Acme Bank");
    QString m_id, m_key;
};

void TestClientsPanel::initTestCase()
{
    m_fixture = std::make_unique<GuiTestBase>();
    QVERIFY(m_fixture->ok());
    QVERIFY(m_fixture->waitConnected());
    m_panel = std::make_unique<ui::ClientsPanel>(m_fixture->session());
    m_panel->reload();
    m_panel->resize(1280, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow(); // shortcuts (Enter, Delete) need an active window
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_table = named<QTableView>(m_panel.get(), ClientsPanel::tr("Client list"));
    QVERIFY(m_table);
    QCOMPARE(m_panel->accessibleName(), ClientsPanel::tr("Clients"));
    auto *empty = named<QLabel>(m_panel.get(), ClientsPanel::tr("Empty list message"));
    QVERIFY(waitUntil(
        [&] {
            return empty->text() ==
                   ClientsPanel::tr("No clients yet.\nCreate the first tenant with New… (Ctrl+N).");
        },
        5000));
}

void TestClientsPanel::cleanupTestCase()
{
    m_panel.reset();
    m_fixture.reset();
}

bool TestClientsPanel::select(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return false;
    GuiTestBase::clickRow(m_table, row);
    return m_panel->selectedClientId() ==
           m_table->model()->index(row, 0).data(ClientsModel::ClientIdRole).toString();
}

void TestClientsPanel::createThroughDialog()
{
    QVERIFY(button("New…")->isEnabled());
    QString plan;
    Revealed revealed;
    const auto fillIn = whenModal<ClientDialog>([&](ClientDialog *d) {
        QTest::keyClicks(named<QLineEdit>(d, ClientDialog::tr("Name")), m_name);
        auto *planBox = named<QComboBox>(d, ClientDialog::tr("Plan"));
        planBox->setFocus();
        QTest::keyClick(planBox, Qt::Key_Down); // free → basic
        QTest::keyClick(planBox, Qt::Key_Down); // basic → growth
        plan = planBox->currentData().toString();
        click(named<QPushButton>(d, ClientDialog::tr("Create")));
    });
    const auto reveal = driveReveal(&revealed); // once the server answered
    click(button("New…"));
    QVERIFY(waitUntil([&] { return revealed.done; }, 10000));
    QCOMPARE(plan, QStringLiteral("growth"));
    QVERIFY(revealed.closeWasDisabled);
    QVERIFY(revealed.escapeIgnored);
    QVERIFY(revealed.clientId.startsWith(QStringLiteral("mid_client_")));
    QVERIFY(revealed.apiKey.size() > 16);
    QVERIFY(!revealed.clientSecret.isEmpty());
    m_id = revealed.clientId;
    m_key = revealed.apiKey;

    const int row = rowOf(m_name);
    QVERIFY(row >= 0);
    QCOMPARE(m_table->model()->index(row, ClientsModel::PlanColumn).data().toString(),
             ui::ClientText::planLabel(QStringLiteral("growth")));
    QCOMPARE(m_panel->selectedClientId(), m_id); // the new tenant is selected

    const Response list = m_fixture->http().get(QStringLiteral("/v1/clients"), m_fixture->admin());
    QCOMPARE(list.status, 200);
    bool found = false;
    for (const QJsonValue &v : list.data().value(QStringLiteral("items")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("clientId")).toString() == m_id) {
            found = true;
            QCOMPARE(c.value(QStringLiteral("name")).toString(), m_name);
            QCOMPARE(c.value(QStringLiteral("plan")).toString(), QStringLiteral("growth"));
        }
    }
    QVERIFY(found);
}

void TestClientsPanel::revealedKeyAuthenticates()
{
    QVERIFY(!m_key.isEmpty());
    QCOMPARE(consentsStatus(m_id, m_key), 200);
    QCOMPARE(consentsStatus(m_id, m_key + QStringLiteral("x")), 401);
}

void TestClientsPanel::apiChangesAppearLive()
{
    const TestClient live =
        m_fixture->createClient({{QStringLiteral("name"), QStringLiteral("Live tenant")},
                                 {QStringLiteral("plan"), QStringLiteral("basic")}});
    QVERIFY(!live.clientId.isEmpty());
    QVERIFY(waitUntil([&] { return rowOf(QStringLiteral("Live tenant")) >= 0; }, 5000));

    QCOMPARE(m_fixture->http()
                 .put(QStringLiteral("/v1/clients/") + live.clientId,
                      {{QStringLiteral("name"), QStringLiteral("Live tenant renamed")}},
                      m_fixture->admin())
                 .status,
             200);
    QVERIFY(waitUntil([&] { return rowOf(QStringLiteral("Live tenant renamed")) >= 0; }, 5000));
    QCOMPARE(rowOf(QStringLiteral("Live tenant")), -1);

    QCOMPARE(m_fixture->http()
                 .del(QStringLiteral("/v1/clients/") + live.clientId, m_fixture->admin())
                 .status,
             200);
    QVERIFY(waitUntil([&] { return rowOf(QStringLiteral("Live tenant renamed")) < 0; }, 5000));
}

void TestClientsPanel::actionsFollowSelection()
{
    m_table->clearSelection();
    QVERIFY(m_panel->selectedClientId().isEmpty());
    QVERIFY(button("New…")->isEnabled());
    for (const char *name : {"Edit…", "Suspend", "Regenerate key…", "Delete…"})
        QVERIFY2(!button(name)->isEnabled(), name);
    QVERIFY(select(m_name));
    for (const char *name : {"Edit…", "Suspend", "Regenerate key…", "Delete…"})
        QVERIFY2(button(name)->isEnabled(), name);
}

void TestClientsPanel::searchFilters()
{
    m_fixture->createClient({{QStringLiteral("name"), QStringLiteral("Zebra Telecom")}});
    QVERIFY(waitUntil([&] { return rowOf(QStringLiteral("Zebra Telecom")) >= 0; }, 5000));
    auto *search = named<QLineEdit>(m_panel.get(), ClientsPanel::tr("Search clients"));
    QTest::keyClicks(search, QStringLiteral("acme"));
    QCOMPARE(m_table->model()->rowCount(), 1);
    QVERIFY(rowOf(m_name) >= 0);
    search->clear();
    // The plan matches too, as the table shows it.
    QTest::keyClicks(search, ui::ClientText::planLabel(QStringLiteral("growth")));
    QCOMPARE(m_table->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, m_id.right(8)); // and the client id
    QCOMPARE(m_table->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("no such tenant"));
    QCOMPARE(m_table->model()->rowCount(), 0);
    auto *empty = named<QLabel>(m_panel.get(), ClientsPanel::tr("Empty list message"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), ClientsPanel::tr("No client matches “%1”.").arg("no such tenant"));
    search->clear();
    QCOMPARE(m_table->model()->rowCount(), 2);
    QVERIFY(m_table->isVisible());
}

void TestClientsPanel::editThroughDialog()
{
    QVERIFY(select(m_name));
    const QString newName = QStringLiteral("Acme Bank EU");
    QString shownName;
    bool done = false;
    const auto edit = whenModal<ClientDialog>([&](ClientDialog *d) {
        auto *name = named<QLineEdit>(d, ClientDialog::tr("Name"));
        shownName = name->text();
        name->selectAll();
        QTest::keyClicks(name, newName);
        named<QCheckBox>(d, ui::ClientText::scopeLabel(QStringLiteral("mpin")))->setChecked(false);
        click(named<QPushButton>(d, ClientDialog::tr("Save")));
        done = true;
    });
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Return); // Enter edits the selected tenant
    QVERIFY(waitUntil([&] { return done; }, 5000));
    QCOMPARE(shownName, m_name);
    QVERIFY(waitUntil([&] { return rowOf(newName) >= 0; }, 5000));
    QVERIFY(waitUntil([] { return QApplication::activeModalWidget() == nullptr; }, 5000));
    m_name = newName;

    const QJsonObject c = apiClient(m_id).data();
    QCOMPARE(c.value(QStringLiteral("name")).toString(), newName);
    const QJsonArray scopes = c.value(QStringLiteral("scopes")).toArray();
    QVERIFY(!scopes.contains(QStringLiteral("mpin")));
    QVERIFY(scopes.contains(QStringLiteral("consents")));
}

void TestClientsPanel::suspendAndResume()
{
    QVERIFY(select(m_name));
    QPushButton *toggle = button("Suspend");
    QVERIFY(toggle);
    QString question;
    const auto confirm = whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        click(named<QPushButton>(box, ClientsPanel::tr("Suspend")));
    });
    click(toggle);
    QVERIFY(waitUntil(
        [&] {
            return apiClient(m_id).data().value(QStringLiteral("status")).toString() ==
                   QLatin1String("suspended");
        },
        5000));
    QVERIFY(question.contains(m_name));
    QVERIFY(waitUntil([&] { return toggle->text() == ClientsPanel::tr("Resume"); }, 5000));
    QCOMPARE(toggle->accessibleName(), ClientsPanel::tr("Resume"));
    const int row = rowOf(m_name);
    QCOMPARE(m_table->model()->index(row, ClientsModel::StatusColumn).data().toString(),
             QStringLiteral("suspended"));
    QCOMPARE(consentsStatus(m_id, m_key), 403);

    click(toggle); // resuming refuses nothing, so it asks nothing
    QVERIFY(waitUntil(
        [&] {
            return apiClient(m_id).data().value(QStringLiteral("status")).toString() ==
                   QLatin1String("active");
        },
        5000));
    QVERIFY(waitUntil([&] { return toggle->text() == ClientsPanel::tr("Suspend"); }, 5000));
    QCOMPARE(consentsStatus(m_id, m_key), 200);
}

void TestClientsPanel::regenerateKey()
{
    QVERIFY(select(m_name));
    bool asked = false;
    Revealed revealed;
    const auto regenerate = whenModal<QDialog>([&](QDialog *d) {
        asked = d->accessibleName() == ClientsPanel::tr("Regenerate key");
        named<QSpinBox>(d, ClientsPanel::tr("Grace period"))->setValue(0);
        click(named<QPushButton>(d, ClientsPanel::tr("Regenerate")));
    });
    const auto reveal = driveReveal(&revealed); // once the server answered
    click(button("Regenerate key…"));
    QVERIFY(waitUntil([&] { return revealed.done; }, 10000));
    QVERIFY(asked);
    QCOMPARE(revealed.clientId, m_id);
    QVERIFY(revealed.apiKey != m_key);
    QCOMPARE(consentsStatus(m_id, m_key), 401); // no grace: the old key stopped at once
    QCOMPARE(consentsStatus(m_id, revealed.apiKey), 200);
    m_key = revealed.apiKey;
}

void TestClientsPanel::detailsAndUsageChart()
{
    QVERIFY(select(m_name));
    QCOMPARE(named<QLabel>(m_panel.get(), ui::ClientDetailsPane::tr("Client ID"))->text(), m_id);
    auto *copy = named<QPushButton>(m_panel.get(), ui::ClientDetailsPane::tr("Copy client ID"));
    click(copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_id);

    // The tenant made requests above; its per-minute series shows them once sampled.
    auto *view = named<QChartView>(m_panel.get(), ui::ClientUsageChart::tr("Usage chart"));
    auto *chart = m_panel->findChild<ui::ClientUsageChart *>();
    QVERIFY(view && chart);
    QElapsedTimer sinceAsked;
    sinceAsked.start();
    const bool plotted = waitUntil(
        [&] {
            double sum = 0;
            const auto series = view->chart()->series();
            for (const QPointF &p : qobject_cast<QLineSeries *>(series.first())->points())
                sum += p.y();
            if (sum > 0 && chart->currentWidget() == view)
                return true;
            if (sinceAsked.elapsed() > 1000) { // the server samples every second
                chart->showClient(m_id);
                sinceAsked.restart();
            }
            return false;
        },
        10000);
    QVERIFY(plotted);

    m_table->clearSelection();
    QVERIFY(!named<QLabel>(m_panel.get(), ui::ClientDetailsPane::tr("Client ID"))->isVisible());
}

void TestClientsPanel::deleteWithConfirmation_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<bool>("deleteKey");
    QTest::newRow("button, cancelled") << false << false;
    QTest::newRow("button, confirmed") << true << false;
    QTest::newRow("Delete key, confirmed") << true << true;
}

void TestClientsPanel::deleteWithConfirmation()
{
    QFETCH(bool, confirm);
    QFETCH(bool, deleteKey);
    const QString name =
        QStringLiteral("Doomed %1").arg(QString::fromUtf8(QTest::currentDataTag()));
    const TestClient doomed = m_fixture->createClient({{QStringLiteral("name"), name}});
    QVERIFY(waitUntil([&] { return rowOf(name) >= 0; }, 5000));
    QVERIFY(select(name));

    QString question;
    bool answered = false;
    const auto answer = whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        click(named<QPushButton>(box, ClientsPanel::tr(confirm ? "Delete" : "Cancel")));
        answered = true;
    });
    if (deleteKey) {
        m_table->setFocus();
        QTest::keyClick(m_table, Qt::Key_Delete);
    } else {
        click(button("Delete…"));
    }
    QVERIFY(waitUntil([&] { return answered; }, 5000));
    QCOMPARE(question, ClientsPanel::tr("Delete the tenant “%1” (%2)?\n\nAll of its credentials "
                                        "(API key, client secret, access tokens) are revoked at "
                                        "once: every app using them stops working immediately. "
                                        "This cannot be undone.")
                           .arg(name, doomed.clientId));

    if (confirm) {
        QVERIFY(waitUntil([&] { return rowOf(name) < 0; }, 5000));
        QCOMPARE(apiClient(doomed.clientId).status, 404);
        QCOMPARE(consentsStatus(doomed.clientId, doomed.apiKey), 401);
    } else {
        QTest::qWait(200);
        QVERIFY(rowOf(name) >= 0);
        QCOMPARE(apiClient(doomed.clientId).status, 200);
    }
}

void TestClientsPanel::validationSendsNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("webhookUrl");
    QTest::addColumn<QString>("origins");
    QTest::addColumn<QString>("wrongField"); // its label, as the dialog's source text has it
    QTest::newRow("empty name") << QString() << QString() << QString() << "Name";
    QTest::newRow("blank name") << QStringLiteral("   ") << QString() << QString() << "Name";
    QTest::newRow("origin with a path")
        << QStringLiteral("Valid name") << QString()
        << QStringLiteral("https://ok.example.com\nhttps://app.example.com/login")
        << "Allowed origins";
    QTest::newRow("plain http webhook")
        << QStringLiteral("Valid name") << QStringLiteral("http://hooks.example.com/mid")
        << QString() << "Webhook URL";
}

void TestClientsPanel::validationSendsNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, webhookUrl);
    QFETCH(QString, origins);
    QFETCH(QString, wrongField);
    const int before = apiClientCount();
    bool stillOpen = false, errorShown = false, done = false;
    QString message;
    const auto fillIn = whenModal<ClientDialog>([&](ClientDialog *d) {
        QTest::keyClicks(named<QLineEdit>(d, ClientDialog::tr("Name")), name);
        QTest::keyClicks(named<QLineEdit>(d, ClientDialog::tr("Webhook URL")), webhookUrl);
        named<QPlainTextEdit>(d, ClientDialog::tr("Allowed origins"))->setPlainText(origins);
        click(named<QPushButton>(d, ClientDialog::tr("Create")));
        stillOpen = d->isVisible();
        QLabel *error = fieldError(d, qPrintable(wrongField));
        errorShown = error && error->isVisible();
        message = error ? error->text() : QString();
        click(named<QPushButton>(d, ClientDialog::tr("Cancel")));
        done = true;
    });
    click(button("New…"));
    QVERIFY(waitUntil([&] { return done; }, 5000));
    QVERIFY(stillOpen);
    QVERIFY(errorShown);
    QVERIFY(!message.isEmpty());
    QTest::qWait(200);
    QCOMPARE(apiClientCount(), before);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestClientsPanel::serverRefusalShownAtField()
{
    // The form lets credentials inside a URL pass; the server refuses them (422), and the
    // dialog stays open with the server's sentence under the field it names.
    const int before = apiClientCount();
    ClientDialog *dialog = nullptr;
    const auto fillIn = whenModal<ClientDialog>([&](ClientDialog *d) {
        QTest::keyClicks(named<QLineEdit>(d, ClientDialog::tr("Name")), QStringLiteral("Refused"));
        QTest::keyClicks(named<QLineEdit>(d, ClientDialog::tr("Webhook URL")),
                         QStringLiteral("https://user:pw@hooks.example.com/mid"));
        click(named<QPushButton>(d, ClientDialog::tr("Create")));
        dialog = d;
    });
    click(button("New…"));
    QVERIFY(waitUntil([&] { return dialog != nullptr; }, 5000));
    QLabel *webhookError = fieldError(dialog, "Webhook URL");
    QLabel *banner = named<QLabel>(dialog, ClientDialog::tr("Error message"));
    QVERIFY(waitUntil([&] { return webhookError->isVisible(); }, 5000));
    QVERIFY(webhookError->text().contains(QStringLiteral("webhookUrl"))); // the server's words
    QVERIFY(banner->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(named<QPushButton>(dialog, ClientDialog::tr("Create"))->isEnabled());
    click(named<QPushButton>(dialog, ClientDialog::tr("Cancel")));
    QCOMPARE(apiClientCount(), before);
}

void TestClientsPanel::usageChartWithoutData()
{
    // A server that does not answer: the chart says so instead of failing.
    AdminClient unreachable;
    unreachable.setServer(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("t"), false,
                          {});
    ui::ClientUsageChart chart(unreachable);
    chart.show();
    chart.showClient(m_id);
    auto *noData = named<QLabel>(&chart, ui::ClientUsageChart::tr("No usage data"));
    QVERIFY(noData);
    QTest::qWait(500);
    QCOMPARE(chart.currentWidget(), noData);
}

void TestClientsPanel::auditorCannotWrite()
{
    const auto auditor =
        m_fixture->sessionAs(QStringLiteral("auditor1"), QStringLiteral("auditor"));
    QVERIFY(auditor);
    ui::ServerSession &session = *auditor;
    QVERIFY(!session.canWrite());

    ui::ClientsPanel panel(session);
    panel.reload();
    panel.show();
    auto *table = named<QTableView>(&panel, ClientsPanel::tr("Client list"));
    QVERIFY(waitUntil([&] { return GuiTestBase::rowWithText(table, 0, m_name) >= 0; }, 5000));
    GuiTestBase::clickRow(table, GuiTestBase::rowWithText(table, 0, m_name));
    QVERIFY(!panel.selectedClientId().isEmpty());
    for (const char *name : {"New…", "Edit…", "Suspend", "Regenerate key…", "Delete…"})
        QVERIFY2(!named<QPushButton>(&panel, ClientsPanel::tr(name))->isEnabled(), name);
    QTest::keyClick(table, Qt::Key_Delete);
    QTest::keyClick(table, Qt::Key_Return);
    QTest::qWait(200);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

MID_GUI_TEST_MAIN(TestClientsPanel)
#include "tst_clientspanel.moc"
