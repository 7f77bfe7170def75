#include "GuiTestBase.h"

#include "AuditExporter.h"
#include "models/AuditModel.h"
#include "panels/AuditPanel.h"
#include "services/AuditLog.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mid;
using mid::test::GuiTestBase;
using mid::test::waitUntil;
using mid::ui::AuditExporter;
using mid::ui::AuditModel;
using mid::ui::AuditPanel;

namespace {

const QString kAda = QStringLiteral("ada+audit@example.com");
const QString kUsr = QStringLiteral("usr_0123456789abcdefgh");

// Rows about users, which no API call writes yet: recorded through the audit log on the
// server's database before the server opens it, so they are chained like every other row.
void recordUserRows(const ServerConfig &config)
{
    Database db(config.databasePath());
    QString error;
    if (!db.open(&error)) {
        qWarning("cannot open %s: %s", qPrintable(db.path()), qPrintable(error));
        return;
    }
    AuditLog log(db);
    log.start();
    const QList<std::pair<QString, QString>> rows = {
        {kAda, QStringLiteral("mpin.activate")},
        {QStringLiteral("bob@example.com"), QStringLiteral("mpin.activate")},
        {kAda, QStringLiteral("mpin.authenticate")},
        {kUsr, QStringLiteral("mpin.authenticate")}};
    for (const auto &[userId, action] : rows)
        log.record({.actor = QStringLiteral("mid_client_tenant0000001"),
                    .action = action,
                    .resource = QStringLiteral("mpin_identity"),
                    .outcome = 200,
                    .details = {{QStringLiteral("userId"), userId}}});
    log.flush();
}

// RFC 4180 records of a CSV text (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

class TestAuditPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsRows();
    void filterByAction_data();
    void filterByAction();
    void filterByActorAndText_data();
    void filterByActorAndText();
    void filterByUserId_data();
    void filterByUserId();
    void invalidOutcomeIsExplained();
    void timeFilter();
    void detailsPaneShowsEntry();
    void lazyLoading();
    void csvQuoting_data();
    void csvQuoting();
    void exportFile_data();
    void exportFile();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void exportFromPanel();
    void verifyIntegrity();
    void newEntriesOfferRefresh();
    void verifyFindsTampering(); // last: it breaks the chain

private:
    AuditModel *model() const { return m_panel->model(); }
    QTableView *table() const
    {
        return GuiTestBase::byName<QTableView>(m_panel.get(), AuditPanel::tr("Audit entries"));
    }
    template <typename T> T *control(const char *name) const
    {
        return GuiTestBase::byName<T>(m_panel.get(), AuditPanel::tr(name));
    }
    // Types `action` into the filter bar and presses Enter; waits for the first page.
    bool filterAction(const QString &action);
    bool waitLoaded(int timeoutMs = 10000);
    qint64 apiTotal(const QString &action);
    // The message box the panel opened whose text fits `format` (a translated "%1 …").
    QMessageBox *waitMessage(const QString &format);

    std::unique_ptr<GuiTestBase> fixture;
    std::unique_ptr<AuditPanel> m_panel;
};

void TestAuditPanel::initTestCase()
{
    fixture = std::make_unique<GuiTestBase>(recordUserRows);
    QVERIFY(fixture->ok());
    QVERIFY(fixture->waitConnected());
    for (int i = 0; i < 3; ++i)
        QVERIFY(!fixture
                     ->createClient(
                         {{QStringLiteral("name"), QStringLiteral("Audit tenant %1").arg(i)}})
                     .clientId.isEmpty());
    m_panel = std::make_unique<AuditPanel>(fixture->session());
    m_panel->resize(1200, 700);
    m_panel->show();
    m_panel->reload();
    QVERIFY(waitLoaded());
}

void TestAuditPanel::cleanupTestCase()
{
    m_panel.reset();
    fixture.reset();
}

bool TestAuditPanel::waitLoaded(int timeoutMs)
{
    return waitUntil([this] { return !model()->isLoading() && model()->total() >= 0; }, timeoutMs);
}

bool TestAuditPanel::filterAction(const QString &action)
{
    auto *field = control<QLineEdit>("Action");
    if (!field)
        return false;
    field->clear();
    QTest::keyClicks(field, action);
    QTest::keyClick(field, Qt::Key_Return);
    return model()->filter().action == action && waitLoaded();
}

qint64 TestAuditPanel::apiTotal(const QString &action)
{
    const auto r = fixture->http().get(QStringLiteral("/admin/v1/audit?limit=1&action=") + action,
                                       fixture->admin());
    return r.status == 200 ? r.data().value(QStringLiteral("total")).toInteger() : -1;
}

QMessageBox *TestAuditPanel::waitMessage(const QString &format)
{
    QMessageBox *found = nullptr;
    waitUntil(
        [&] {
            for (QMessageBox *box : m_panel->findChildren<QMessageBox *>())
                if (box->isVisible() &&
                    (box->text() == format || !GuiTestBase::argsOf(box->text(), format).isEmpty()))
                    found = box;
            return found != nullptr;
        },
        15000);
    return found;
}

void TestAuditPanel::showsRows()
{
    QVERIFY(model()->rowCount() >= 3);
    QVERIFY(GuiTestBase::rowWithText(table(), AuditModel::ActionColumn,
                                     QStringLiteral("client.create")) >= 0);
    auto *total = control<QLabel>("Entries");
    QVERIFY(total);
    QCOMPARE(total->text(), AuditPanel::tr("%1 entries").arg(model()->total()));
    QVERIFY(table()->isVisible());
}

void TestAuditPanel::filterByAction_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("stableCount"); // no rows of this action are added while testing
    QTest::newRow("client.create") << QStringLiteral("client.create") << true;
    QTest::newRow("audit.search") << QStringLiteral("audit.search") << false;
}

void TestAuditPanel::filterByAction()
{
    QFETCH(QString, action);
    QFETCH(bool, stableCount);
    QVERIFY(filterAction(action));
    QVERIFY(model()->rowCount() > 0);
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->index(row, AuditModel::ActionColumn).data().toString(), action);
    if (stableCount) {
        QCOMPARE(model()->total(), apiTotal(action));
        QCOMPARE(model()->rowCount(), 3);
    }
    QTest::mouseClick(control<QPushButton>("Clear"), Qt::LeftButton);
    QVERIFY(model()->filter().action.isEmpty());
    QVERIFY(waitLoaded());
}

void TestAuditPanel::filterByActorAndText_data()
{
    QTest::addColumn<QString>("field"); // its name, as the panel's source text has it
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("column"); // where every row must show it
    // A colon and a space must reach the server as typed.
    QTest::newRow("actor") << QStringLiteral("Actor") << QStringLiteral("operator:admin")
                           << int(AuditModel::ActorColumn);
    QTest::newRow("search") << QStringLiteral("Search") << QStringLiteral("client.cre")
                            << int(AuditModel::ActionColumn);
}

void TestAuditPanel::filterByActorAndText()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, column);
    auto *edit = control<QLineEdit>(qPrintable(field));
    QVERIFY(edit);
    QTest::keyClicks(edit, value);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(waitLoaded());
    QVERIFY(model()->rowCount() > 0);
    for (int row = 0; row < model()->rowCount(); ++row)
        QVERIFY(model()->index(row, column).data().toString().contains(value));
    m_panel->clearFilter();
    QVERIFY(waitLoaded());
}

void TestAuditPanel::filterByUserId_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("userId"); // what every row shown is about
    QTest::addColumn<int>("rows");
    // The plus sign must reach the server as typed, not as a space.
    QTest::newRow("an email") << kAda << kAda << 2;
    QTest::newRow("a usr_ id") << kUsr << kUsr << 1;
    QTest::newRow("spaces around it")
        << QStringLiteral("  bob@example.com ") << QStringLiteral("bob@example.com") << 1;
    QTest::newRow("exact, not a part") << QStringLiteral("ada") << QString() << 0;
}

void TestAuditPanel::filterByUserId()
{
    QFETCH(QString, typed);
    QFETCH(QString, userId);
    QFETCH(int, rows);
    auto *field = control<QLineEdit>("User ID");
    QVERIFY(field);
    QTest::keyClicks(field, typed);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(model()->filter().userId, typed.trimmed());
    QVERIFY(waitLoaded());
    QCOMPARE(model()->total(), rows);
    QCOMPARE(model()->rowCount(), rows);
    for (int row = 0; row < rows; ++row)
        QCOMPARE(model()->row(row).details.value(QStringLiteral("userId")).toString(), userId);
    QCOMPARE(control<QLabel>("No entries")->isVisible(), rows == 0);

    if (rows > 0) {
        // The export takes the filter bar's query, the user too.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.jsonl"));
        m_panel->exportTo(path, AuditExporter::Format::JsonLines);
        QMessageBox *box = waitMessage(AuditPanel::tr("Export complete"));
        QVERIFY(box);
        box->close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), rows);
        for (const QByteArray &line : lines)
            QCOMPARE(QJsonDocument::fromJson(line)
                         .object()
                         .value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("userId"))
                         .toString(),
                     userId);
    }
    QTest::mouseClick(control<QPushButton>("Clear"), Qt::LeftButton);
    QVERIFY(field->text().isEmpty());
    QVERIFY(model()->filter().userId.isEmpty());
    QVERIFY(waitLoaded());
}

void TestAuditPanel::invalidOutcomeIsExplained()
{
    auto *outcome = control<QLineEdit>("Outcome");
    auto *banner = control<QLabel>("Error");
    QVERIFY(outcome && banner);
    QTest::keyClicks(outcome, QStringLiteral("99"));
    QTest::keyClick(outcome, Qt::Key_Return);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
             AuditPanel::tr("Outcome must be an HTTP status code from 100 to 599, e.g. 403."));
    QVERIFY(model()->filter().outcome.isEmpty()); // not sent to the server

    outcome->clear();
    QTest::keyClicks(outcome, QStringLiteral("201"));
    QTest::keyClick(outcome, Qt::Key_Return);
    QVERIFY(!banner->isVisible());
    QVERIFY(waitLoaded());
    QVERIFY(model()->rowCount() >= 3); // the three client.create calls answered 201
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->row(row).outcome, 201);
    m_panel->clearFilter();
    QVERIFY(waitLoaded());
}

void TestAuditPanel::timeFilter()
{
    const QString bound = AuditPanel::tr("To");
    auto *toOn = GuiTestBase::byName<QCheckBox>(m_panel.get(),
                                                AuditPanel::tr("Limit by time: %1").arg(bound));
    auto *to =
        GuiTestBase::byName<QDateTimeEdit>(m_panel.get(), AuditPanel::tr("%1 time").arg(bound));
    auto *empty = control<QLabel>("No entries");
    QVERIFY(toOn && to && empty);
    QVERIFY(!to->isEnabled());
    QCOMPARE(to->text(), AuditPanel::tr("Any time"));

    QTest::mouseClick(toOn, Qt::LeftButton);
    QVERIFY(to->isEnabled());
    to->setDateTime(QDateTime::currentDateTime().addSecs(-2 * 3600)); // before any entry
    QTest::keyClick(to, Qt::Key_Return); // Enter applies in a time field as well
    QVERIFY(model()->filter().to.isValid());
    QVERIFY(waitLoaded());
    QCOMPARE(model()->total(), 0);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(),
             AuditPanel::tr("No audit entries match this filter.\nChange or clear the filter."));

    to->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    QTest::keyClick(to, Qt::Key_Enter);
    QVERIFY(waitLoaded());
    QVERIFY(model()->total() > 0);
    QVERIFY(!empty->isVisible());

    QTest::mouseClick(toOn, Qt::LeftButton);
    QCOMPARE(to->text(), AuditPanel::tr("Any time"));
    m_panel->applyFilter();
    QVERIFY(!model()->filter().to.isValid());
    QVERIFY(waitLoaded());
}

void TestAuditPanel::detailsPaneShowsEntry()
{
    QVERIFY(filterAction(QStringLiteral("client.create")));
    GuiTestBase::clickRow(table(), 1);
    const mid::ui::AuditRow &row = model()->row(1);
    const auto field = [this](const char *name) {
        auto *edit = control<QLineEdit>(name);
        return edit ? edit->text() : QStringLiteral("<missing>");
    };
    QCOMPARE(field("Entry action"), QStringLiteral("client.create"));
    QCOMPARE(field("Entry ID"), row.id);
    QCOMPARE(field("Entry outcome"), QStringLiteral("201"));
    QCOMPARE(field("Entry actor"), row.actor);
    QVERIFY(!row.actor.isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                .match(field("Entry row hash"))
                .hasMatch());
    auto *json = control<QPlainTextEdit>("Entry details JSON");
    QVERIFY(json);
    QVERIFY(!json->toPlainText().isEmpty());
    if (!row.details.isEmpty()) // pretty-printed: one key per line
        QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object(), row.details);
    m_panel->clearFilter();
    QVERIFY(waitLoaded());
}

void TestAuditPanel::lazyLoading()
{
    // 1,200 audited calls (client.list is recorded like every client call).
    for (int i = 0; i < 1200; ++i)
        QCOMPARE(
            fixture->http().get(QStringLiteral("/v1/clients?limit=1"), fixture->admin()).status,
            200);
    QTest::qWait(100); // the audit log writes its queue within 20 ms
    QVERIFY(filterAction(QStringLiteral("client.list")));
    QVERIFY(model()->total() >= 1200);
    QCOMPARE(model()->rowCount(), AuditModel::kPageSize);
    QVERIFY(model()->canFetchMore({}));
    auto *total = control<QLabel>("Entries");
    const QStringList count = GuiTestBase::argsOf(total->text(), AuditPanel::tr("%1 entries"));
    QVERIFY2(count.size() == 1 && count[0].contains(QLatin1Char(',')),
             qPrintable(total->text())); // "1,200 entries"

    model()->fetchMore({});
    QVERIFY(waitUntil([this] { return model()->rowCount() == 2 * AuditModel::kPageSize; }, 10000));
    // Scrolling to the end makes the view ask for the rest.
    table()->scrollToBottom();
    QVERIFY(waitUntil([this] { return model()->rowCount() == model()->total(); }, 10000));
    QVERIFY(!model()->canFetchMore({}));
    QSet<QString> ids;
    for (int row = 0; row < model()->rowCount(); ++row) {
        QCOMPARE(model()->row(row).action, QStringLiteral("client.list"));
        ids.insert(model()->row(row).id);
        if (row)
            QVERIFY(model()->row(row).seq < model()->row(row - 1).seq); // newest first, no overlap
    }
    QCOMPARE(ids.size(), model()->rowCount());
}

void TestAuditPanel::csvQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("client.create") << QByteArray("client.create");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("utf8") << QStringLiteral("Zoë") << QByteArray("Zo\xc3\xab");
}

void TestAuditPanel::csvQuoting()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(AuditExporter::csvField(value), expected);
}

void TestAuditPanel::exportFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("action");
    QTest::newRow("csv, one page")
        << int(AuditExporter::Format::Csv) << QStringLiteral("client.create");
    QTest::newRow("csv, three pages")
        << int(AuditExporter::Format::Csv) << QStringLiteral("client.list");
    QTest::newRow("jsonl, three pages")
        << int(AuditExporter::Format::JsonLines) << QStringLiteral("client.list");
}

void TestAuditPanel::exportFile()
{
    QFETCH(int, format);
    QFETCH(QString, action);
    const auto fmt = AuditExporter::Format(format);
    const qint64 expected = apiTotal(action);
    QVERIFY(expected > 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.") + AuditExporter::suffix(fmt));
    AuditExporter exporter(fixture->session().api());
    QSignalSpy finished(&exporter, &AuditExporter::finished);
    QSignalSpy progress(&exporter, &AuditExporter::progress);
    AdminClient::AuditQuery query;
    query.action = action;
    exporter.start(query, path, fmt);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(finished.at(0).at(1).toString().contains(path));
    QCOMPARE(exporter.written(), expected);
    QCOMPARE(progress.constLast().at(0).toLongLong(), expected);
    QCOMPARE(progress.constLast().at(1).toLongLong(), expected);
    QCOMPARE(progress.size(),
             int((expected + AuditExporter::kPageSize - 1) / AuditExporter::kPageSize));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
    QSet<QString> ids;
    if (fmt == AuditExporter::Format::Csv) {
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(records.size(), expected + 1);
        QCOMPARE(records.first().first(), QStringLiteral("id"));
        const qsizetype actionColumn = records.first().indexOf(QStringLiteral("action"));
        const qsizetype detailsColumn = records.first().indexOf(QStringLiteral("details"));
        QVERIFY(actionColumn >= 0 && detailsColumn >= 0);
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), records.first().size());
            QCOMPARE(records[i].at(actionColumn), action);
            QVERIFY(QJsonDocument::fromJson(records[i].at(detailsColumn).toUtf8()).isObject());
            ids.insert(records[i].first());
        }
    } else {
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), expected);
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(doc.object().value(QStringLiteral("action")).toString(), action);
            ids.insert(doc.object().value(QStringLiteral("id")).toString());
        }
    }
    QCOMPARE(ids.size(), expected); // every row once
}

void TestAuditPanel::cancelLeavesNoFile_data()
{
    QTest::addColumn<bool>("afterFirstPage");
    QTest::newRow("before the first page") << false;
    QTest::newRow("after the first page") << true;
}

void TestAuditPanel::cancelLeavesNoFile()
{
    QFETCH(bool, afterFirstPage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    AuditExporter exporter(fixture->session().api());
    QSignalSpy finished(&exporter, &AuditExporter::finished);
    if (afterFirstPage)
        connect(&exporter, &AuditExporter::progress, &exporter, &AuditExporter::cancel);
    AdminClient::AuditQuery query;
    query.action = QStringLiteral("client.list"); // three pages
    exporter.start(query, path, AuditExporter::Format::Csv);
    QVERIFY(exporter.isRunning());
    if (!afterFirstPage)
        exporter.cancel();
    QVERIFY(finished.size() == 1 || finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(exporter.wasCancelled());
    QVERIFY(!exporter.isRunning());
    QTest::qWait(300); // a page still on its way must not write anything either
    QCOMPARE(finished.size(), 1);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestAuditPanel::exportFromPanel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.jsonl"));
    QVERIFY(filterAction(QStringLiteral("client.create")));
    m_panel->exportTo(path, AuditExporter::Format::JsonLines);
    QMessageBox *box = waitMessage(AuditPanel::tr("Export complete"));
    QVERIFY(box);
    QCOMPARE(box->informativeText(),
             AuditExporter::tr("%n audit entries exported to %1.", nullptr, 3)
                 .arg(QDir::toNativeSeparators(path)));
    box->close();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), 3);
    QVERIFY(control<QPushButton>("Export")->isEnabled());
    m_panel->clearFilter();
    QVERIFY(waitLoaded());
}

void TestAuditPanel::verifyIntegrity()
{
    auto *button = control<QPushButton>("Verify integrity");
    auto *result = control<QLabel>("Integrity result");
    QVERIFY(button && result);
    QTest::mouseClick(button, Qt::LeftButton);
    const QString intact = AuditPanel::tr("Chain intact: %1 entries checked");
    QMessageBox *box = waitMessage(intact);
    QVERIFY(box);
    const QStringList checked = GuiTestBase::argsOf(result->text(), intact);
    QVERIFY2(checked.size() == 1, qPrintable(result->text()));
    QVERIFY(QString(checked[0]).remove(QLatin1Char(',')).toLongLong() >= 1200);
    QVERIFY(button->isEnabled());
    box->close();
}

void TestAuditPanel::newEntriesOfferRefresh()
{
    auto *refresh = control<QPushButton>("Refresh");
    QVERIFY(refresh);
    QTest::qWait(300); // earlier calls' audit.appended events have arrived
    m_panel->reload();
    QVERIFY(waitLoaded());
    QTest::qWait(500);
    QVERIFY2(!refresh->isVisible(), qPrintable(refresh->text())); // its own reading is no news

    const int rows = model()->rowCount();
    const QString newest = model()->row(0).id;
    fixture->createClient({{QStringLiteral("name"), QStringLiteral("Late tenant")}});
    fixture->createClient({{QStringLiteral("name"), QStringLiteral("Later tenant")}});
    QVERIFY(waitUntil([&] { return refresh->isVisible(); }, 5000));
    const QString twoNew = AuditPanel::tr("%1 new entries — Refresh").arg(2);
    waitUntil([&] { return refresh->text() == twoNew; }, 5000);
    QCOMPARE(refresh->text(), twoNew);
    // Nothing moved under the operator's eyes.
    QCOMPARE(model()->rowCount(), rows);
    QCOMPARE(model()->row(0).id, newest);

    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(!refresh->isVisible());
    QVERIFY(waitLoaded());
    QCOMPARE(model()->row(0).action, QStringLiteral("client.create"));
    QVERIFY(model()->row(0).id != newest);
}

void TestAuditPanel::verifyFindsTampering()
{
    const QString file = QDir(fixture->dataDir()).filePath(QStringLiteral("mid.sqlite3"));
    QVERIFY(QFile::exists(file));
    {
        // Someone with access to the database edits a row behind the server's back.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET actor='mallory' WHERE seq=2")));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    QTest::mouseClick(control<QPushButton>("Verify integrity"), Qt::LeftButton);
    const QString broken = AuditPanel::tr("Chain broken at entry %1: %2");
    QMessageBox *box = waitMessage(broken);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Critical);
    // Where, in the console's words; why, in the server's.
    QCOMPARE(box->text(), broken.arg(QStringLiteral("2"),
                                     QStringLiteral("row content does not match its hash")));
    QCOMPARE(GuiTestBase::argsOf(box->informativeText(),
                                 AuditPanel::tr("%1 entries were checked. Entries from this one on "
                                                "cannot be trusted: compare the database with a "
                                                "backup and find out who had write access to it.")),
             QStringList{QStringLiteral("2")});
    QCOMPARE(control<QLabel>("Integrity result")->text(), box->text());
    box->close();
}

MID_GUI_TEST_MAIN(TestAuditPanel)
#include "tst_auditpanel.moc"
