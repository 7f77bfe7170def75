// Durability of the real mid-server binary: every consent acknowledged with 200 survives a
// SIGKILL in the middle of concurrent load; SIGTERM shuts down cleanly (exit 0) with the audit
// rows of every acknowledged call written. Webhook deliveries pending at a SIGKILL are all
// delivered after the restart, none lost and none invented.
#include "support/ServerFixture.h"
#include "support/WebhookReceiver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace mid::test;

namespace {
const QString kToken = QStringLiteral("crash-test-admin-token-0123456789");

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// One mid-server process on a loopback port and a data directory that outlives it.
class ServerProcess
{
public:
    explicit ServerProcess(QString dataDir, QStringList env = {}) : m_dataDir(std::move(dataDir))
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        m_process.setProcessEnvironment(e);
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(QString *error)
    {
        const QString binary = qEnvironmentVariable("MID_SERVER_BINARY");
        if (binary.isEmpty()) {
            *error = QStringLiteral("MID_SERVER_BINARY is not set (run through ctest)");
            return false;
        }
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            m_process.setProgram(binary);
            m_process.setArguments({QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(m_port),
                                    QStringLiteral("--data-dir"), m_dataDir,
                                    QStringLiteral("--bootstrap-token"), kToken});
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start();
            if (!m_process.waitForStarted(10000)) {
                *error = m_process.errorString();
                return false;
            }
            // Ready when /healthz answers (or the process gives up, e.g. the port was taken).
            HttpClient probe(baseUrl());
            QDeadlineTimer deadline(15000);
            while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
                if (probe.get(QStringLiteral("/healthz")).status == 200)
                    return true;
                QTest::qWait(50);
            }
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        *error = QStringLiteral("mid-server did not become ready: ") +
                 QString::fromLocal8Bit(m_process.readAllStandardOutput());
        return false;
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QProcess &process() { return m_process; }

private:
    QString m_dataDir;
    quint16 m_port = 0;
    QProcess m_process;
};

// QProcess::waitForFinished() is false for a process that already ended while the event
// loop ran; this is true either way once it has ended.
bool ended(QProcess &process, int timeoutMs)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
}

Headers admin()
{
    return {{"Authorization", "Bearer " + kToken.toUtf8()}};
}

// Keeps `parallel` consent creations in flight until stopped; records what was acknowledged.
class Load : public QObject
{
public:
    Load(QString baseUrl, TestClient client, int parallel)
        : m_baseUrl(std::move(baseUrl)), m_client(std::move(client)), m_parallel(parallel)
    {
    }

    void start()
    {
        m_running = true;
        for (int i = 0; i < m_parallel; ++i)
            fire();
    }
    void stop() { m_running = false; }
    bool idle() const { return m_inFlight == 0; }

    QStringList acknowledged;          // consent ids answered 200
    QList<QByteArray> acknowledgedIds; // their request ids
    int failures = 0;

private:
    void fire()
    {
        if (!m_running)
            return;
        const QByteArray requestId = "crash-" + QByteArray::number(++m_sent);
        QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/v1/consents/auth")));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &h : m_client.bearer())
            request.setRawHeader(h.first, h.second);
        request.setRawHeader("X-Request-ID", requestId);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_nam.post(
            request, QByteArray(R"({"recipient":"+2348012345678","metadata":{"load":true}})"));
        ++m_inFlight;
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, requestId] {
            --m_inFlight;
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200 && reply->error() == QNetworkReply::NoError) {
                const QJsonObject data = QJsonDocument::fromJson(reply->readAll())
                                             .object()
                                             .value(QStringLiteral("data"))
                                             .toObject();
                acknowledged << data.value(QStringLiteral("id")).toString();
                acknowledgedIds << requestId;
                fire();
            } else {
                // Refused or cut (the server is down): try again shortly rather than spin.
                ++failures;
                QTimer::singleShot(20, this, [this] { fire(); });
            }
        });
    }

    QString m_baseUrl;
    TestClient m_client;
    int m_parallel;
    bool m_running = false;
    int m_inFlight = 0;
    int m_sent = 0;
    QNetworkAccessManager m_nam;
};

TestClient createClient(HttpClient &http)
{
    const Response r = http.post(QStringLiteral("/v1/clients"),
                                 {{QStringLiteral("name"), QStringLiteral("Crash tenant")},
                                  {QStringLiteral("plan"), QStringLiteral("enterprise")}},
                                 admin());
    const QJsonObject d = r.data();
    return {d.value(QStringLiteral("clientId")).toString(),
            d.value(QStringLiteral("apiKey")).toString(),
            d.value(QStringLiteral("clientSecret")).toString()};
}

// Runs `load` for `runMs`, calling `interrupt` at `interruptAtMs` (the load keeps trying).
void drive(Load &load, int runMs, int interruptAtMs, const std::function<void()> &interrupt)
{
    load.start();
    QElapsedTimer clock;
    clock.start();
    bool interrupted = false;
    while (clock.elapsed() < runMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!interrupted && clock.elapsed() >= interruptAtMs) {
            interrupt();
            interrupted = true;
        }
    }
    load.stop();
    waitUntil([&] { return load.idle(); }, 15000);
}

// The consent ids a server still knows, by GET, for every id given.
QStringList missingConsents(HttpClient &http, const TestClient &client, const QStringList &ids)
{
    QStringList missing;
    for (const QString &id : ids) {
        const Response r = http.get(QStringLiteral("/v1/consents/") + id, client.bearer());
        if (r.status != 200 || r.data().value(QStringLiteral("id")).toString() != id)
            missing << id;
    }
    return missing;
}
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acknowledgedConsentsSurviveKill();
    void sigtermExitsCleanly();
    void webhookDeliveriesSurviveKill();
};

void TestCrash::acknowledgedConsentsSurviveKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess first(dir.path());
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    HttpClient http(first.baseUrl());
    const TestClient client = createClient(http);
    QVERIFY(!client.apiKey.isEmpty());

    // 8 creations in flight at all times for ~3 s; SIGKILL after 1.5 s, mid-load.
    Load load(first.baseUrl(), client, 8);
    drive(load, 3000, 1500, [&] { first.process().kill(); });
    QVERIFY(ended(first.process(), 5000));
    QCOMPARE(first.process().exitStatus(), QProcess::CrashExit);
    qInfo() << "acknowledged before the kill:" << load.acknowledged.size()
            << "refused or cut:" << load.failures;
    QVERIFY2(load.acknowledged.size() >= 20, "the load did not get going before the kill");
    QVERIFY(load.failures > 0); // the kill really happened mid-load
    QCOMPARE(QSet<QString>(load.acknowledged.cbegin(), load.acknowledged.cend()).size(),
             load.acknowledged.size());

    // Same data directory, new process: every acknowledged consent is there.
    ServerProcess second(dir.path());
    QVERIFY2(second.start(&error), qPrintable(error));
    HttpClient again(second.baseUrl());
    const QStringList missing = missingConsents(again, client, load.acknowledged);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 acknowledged consents lost, e.g. %2")
                                               .arg(missing.size())
                                               .arg(missing.value(0))));
    // The database is healthy and the server keeps working on it.
    QCOMPARE(again.get(QStringLiteral("/readyz")).status, 200);
    const Response total = again.get(QStringLiteral("/v1/consents?limit=1"), client.bearer());
    QVERIFY(total.data().value(QStringLiteral("total")).toInt() >= load.acknowledged.size());
    QCOMPARE(again
                 .post(QStringLiteral("/v1/consents/auth"),
                       {{QStringLiteral("recipient"), QStringLiteral("+2348012345678")}},
                       client.bearer())
                 .status,
             200);
    const Response verify = again.get(QStringLiteral("/admin/v1/audit/verify"), admin());
    QCOMPARE(verify.status, 200);
    QCOMPARE(verify.data().value(QStringLiteral("intact")), QJsonValue(true));
    second.process().terminate();
    QVERIFY(ended(second.process(), 10000));
}

void TestCrash::sigtermExitsCleanly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess first(dir.path());
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    HttpClient http(first.baseUrl());
    const TestClient client = createClient(http);
    QVERIFY(!client.apiKey.isEmpty());

    // SIGTERM under load: the process stops accepting, writes what is queued, exits 0.
    Load load(first.baseUrl(), client, 8);
    drive(load, 2500, 1500, [&] { first.process().terminate(); });
    QVERIFY(ended(first.process(), 10000));
    QCOMPARE(first.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.process().exitCode(), 0);
    qInfo() << "acknowledged before SIGTERM:" << load.acknowledged.size()
            << "refused:" << load.failures;
    QVERIFY(load.acknowledged.size() >= 20);

    ServerProcess second(dir.path());
    QVERIFY2(second.start(&error), qPrintable(error));
    HttpClient again(second.baseUrl());
    QVERIFY(missingConsents(again, client, load.acknowledged).isEmpty());
    // Every acknowledged call has its audit row, with the request id it was sent with.
    QSet<QString> audited;
    QString cursor;
    int guard = 0;
    do {
        QString path = QStringLiteral("/admin/v1/audit?action=consent.create&limit=500");
        if (!cursor.isEmpty())
            path +=
                QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Response r = again.get(path, admin());
        QCOMPARE(r.status, 200);
        for (const auto &item : r.data().value(QStringLiteral("items")).toArray()) {
            const QJsonObject row = item.toObject();
            if (row.value(QStringLiteral("outcome")).toInt() == 200)
                audited.insert(row.value(QStringLiteral("requestId")).toString() +
                               QLatin1Char(' ') + row.value(QStringLiteral("resource")).toString());
        }
        cursor = r.data().value(QStringLiteral("nextCursor")).toString();
        QVERIFY(++guard < 100);
    } while (!cursor.isEmpty());
    QStringList unaudited;
    for (qsizetype i = 0; i < load.acknowledged.size(); ++i) {
        const QString key = QString::fromLatin1(load.acknowledgedIds.at(i)) + QLatin1Char(' ') +
                            load.acknowledged.at(i);
        if (!audited.contains(key))
            unaudited << key;
    }
    QVERIFY2(unaudited.isEmpty(),
             qPrintable(QStringLiteral("%1 acknowledged calls without an audit row, e.g. %2")
                            .arg(unaudited.size())
                            .arg(unaudited.value(0))));
    const Response verify = again.get(QStringLiteral("/admin/v1/audit/verify"), admin());
    QCOMPARE(verify.data().value(QStringLiteral("intact")), QJsonValue(true));

    // An idle server exits 0 on SIGTERM too.
    second.process().terminate();
    QVERIFY(ended(second.process(), 10000));
    QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.process().exitCode(), 0);
}

// Reads the server's database file beside the running process (WAL allows a reader).
class DatabaseFile
{
public:
    explicit DatabaseFile(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~DatabaseFile()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_name);
    }
    QList<QStringList> rows(const QString &sql)
    {
        QList<QStringList> out;
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return out;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row;
        }
        return out;
    }

private:
    QString m_name = QStringLiteral("crash-test-reader");
    QSqlDatabase m_db;
};

void TestCrash::webhookDeliveriesSurviveKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A retry schedule 100 times shorter (5 s → 50 ms) and a 2 s lease, so the test waits
    // seconds, not hours; the code paths are the production ones.
    const QStringList env{QStringLiteral("MID_TEST_WEBHOOK_RETRY_SCALE=0.01"),
                          QStringLiteral("MID_TEST_WEBHOOK_LEASE_MS=2000")};
    const quint16 receiverPort = freePort(); // nothing listens there yet: attempts fail
    ServerProcess first(dir.path(), env);
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    HttpClient http(first.baseUrl());
    const Response created =
        http.post(QStringLiteral("/v1/clients"),
                  {{QStringLiteral("name"), QStringLiteral("Hooked crash tenant")},
                   {QStringLiteral("plan"), QStringLiteral("enterprise")},
                   {QStringLiteral("webhookUrl"),
                    QStringLiteral("http://127.0.0.1:%1/hook").arg(receiverPort)}},
                  admin());
    QCOMPARE(created.status, 201);
    const TestClient client{created.data().value(QStringLiteral("clientId")).toString(),
                            created.data().value(QStringLiteral("apiKey")).toString(),
                            {}};
    const int consents = 12;
    for (int i = 0; i < consents; ++i) {
        QCOMPARE(http.post(QStringLiteral("/v1/consents/auth"),
                           {{QStringLiteral("recipient"), QStringLiteral("+2348012345678")}},
                           client.bearer())
                     .status,
                 200);
    }
    DatabaseFile db(QDir(dir.path()).filePath(QStringLiteral("mid.sqlite3")));
    const QString tried = QStringLiteral(
        "SELECT COUNT(*) FROM webhook_deliveries WHERE attempts>=1 AND status='retrying'");
    QVERIFY2(waitUntil([&] { return db.rows(tried).value(0).value(0).toInt() == consents; }, 10000),
             "not every delivery failed its first attempt before the kill");
    first.process().kill();
    QVERIFY(ended(first.process(), 5000));
    QCOMPARE(first.process().exitStatus(), QProcess::CrashExit);

    // The receiver comes up; a new process on the same data sends everything that was due.
    WebhookReceiver receiver;
    QVERIFY(receiver.listen(receiverPort));
    ServerProcess second(dir.path(), env);
    QVERIFY2(second.start(&error), qPrintable(error));
    const QString undelivered =
        QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE status<>'delivered'");
    QVERIFY2(waitUntil([&] { return db.rows(undelivered).value(0).value(0).toInt() == 0; }, 30000),
             qPrintable(QStringLiteral("%1 deliveries not delivered")
                            .arg(db.rows(undelivered).value(0).value(0).toInt())));
    QSet<QString> expected;
    for (const QStringList &row : db.rows(QStringLiteral(
             "SELECT d.event_id FROM webhook_deliveries d JOIN events e ON e.id=d.event_id")))
        expected.insert(row.value(0));
    QCOMPARE(expected.size(), consents);
    QSet<QString> seen;
    for (const auto &r : receiver.requests()) {
        QCOMPARE(r.header("x-mid-event"), QByteArray("consent.created"));
        seen.insert(QString::fromLatin1(r.header("webhook-id")));
    }
    // Every delivery's event reached the receiver; it saw no event the database does not have.
    QCOMPARE(seen, expected);
    second.process().terminate();
    QVERIFY(ended(second.process(), 10000));
    QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.process().exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
