// The audit trail of §12: a row for every client call and operator action, search filters and
// cursor paging, the hash chain and its verification against tampering, retention, no secrets
// in rows. The class runs on a ManualClock: time stands still unless a test moves it, so rows
// age by moving the clock rather than by writing old times.
#include "support/ServerFixture.h"

#include "core/Clock.h"
#include "core/Time.h"
#include "services/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace mid::test;

namespace {
const QByteArray kUserAgent = "tst_audit/1.0";
const QString kRecipient = QStringLiteral("+2348012345678");

QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

Headers withAgent(Headers h, const QByteArray &requestId = {})
{
    h.append({"User-Agent", kUserAgent});
    if (!requestId.isEmpty())
        h.append({"X-Request-ID", requestId});
    return h;
}

// Every row of audit_events as text, straight from SQLite (what an attacker with the file sees).
QByteArray dumpAuditTable(mid::Database &db)
{
    QByteArray out;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM audit_events")))
        return "query failed";
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out += q.value(i).toString().toUtf8() + '\t';
        out += '\n';
    }
    return out;
}

QString idAtSeq(mid::Database &db, const char *which)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT id, seq FROM audit_events ORDER BY seq ") +
                           QLatin1String(which) + QStringLiteral(" LIMIT 1"));
    const QString id = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return id;
}
} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyCallAudited_data();
    void everyCallAudited();

    void filters_data();
    void filters();
    void badFilters_data();
    void badFilters();
    void cursorPaging();
    void operatorsOnly();
    void concerning_data();
    void concerning();
    void offsetPaging_data();
    void offsetPaging();
    void offsetPagingWholeLog();
    void totalsKeptAsCounted();
    void filtersUseTheirIndexes_data();
    void filtersUseTheirIndexes();

    void verifyIntact();
    void verifyWhenTheDatabaseFails();
    void callsThatWroteNothingStayInOrder();
    void twoWritersKeepOneChain();
    void rolledBackBatchLeavesTheStoredHead();
    void tamperDetected_data();
    void tamperDetected();
    void retentionPrunesAndChainStillVerifies();
    void retentionDeletesExactlyTheOlderRows_data();
    void retentionDeletesExactlyTheOlderRows();
    void tamperAfterPruneDetected_data();
    void tamperAfterPruneDetected();
    void retentionSettingValidated_data();
    void retentionSettingValidated();
    void noSecretsInRows();

private:
    mid::ManualClock m_clock; // before the servers, which must stop before the clock goes
    // everyCallAudited: one server and its state, carried from row to row.
    std::unique_ptr<ServerFixture> m_f;
    TestClient m_client;
    TestClient m_other;
    QHash<QString, QString> m_vars; // {client}, {other}, {consent}, {othersConsent}, {newClient}
    int m_requestNumber = 0;

    // Activity with known counts for the filter tests.
    struct Activity
    {
        TestClient a, b;
        QString consentA1;
        qint64 startedMs = 0;
    };
    static Activity generate(ServerFixture &f);
    // Rows written directly (the API writes only its own), `daysAgo` days passing, newer
    // activity, then retention set to `keepDays` through the settings API. Answers the seq of
    // the newest old row.
    qint64 pruneOldRows(ServerFixture &f, int oldRows, int daysAgo, int keepDays);
    static mid::AuditEntry operatorRead(const QString &resource); // a row no API call writes
    static qint64 recordRow(ServerFixture &f, const QString &resource);
    static QStringList resources(ServerFixture &f);
    static qint64 countRows(ServerFixture &f);
    static bool chainIntact(ServerFixture &f);
    static bool prunedThrough(ServerFixture &f, qint64 seq);

    // filters: one server with one burst of activity, shared by every row. Each search is
    // itself audited (audit.search, operator, 200): rows that would count those say so.
    std::unique_ptr<ServerFixture> m_filtered;
    Activity m_activity;
    qint64 m_activityEndMs = 0;
    int m_searches = 0;

    // concerning, offsetPaging: rows about users and MPin identities, which no API call writes
    // yet, recorded through the server's own audit log (so they are chained like any other).
    ServerFixture &concerned();
    static void recordConcerning(ServerFixture &f);
    std::unique_ptr<ServerFixture> m_concerned;
};

void TestAudit::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_client = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Audited tenant")}});
    m_other = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Other tenant")}});
    m_vars[QStringLiteral("{client}")] = m_client.clientId;
    m_vars[QStringLiteral("{other}")] = m_other.clientId;
    m_vars[QStringLiteral("{othersConsent}")] =
        m_f->createConsent(m_other).value(QStringLiteral("id")).toString();
}

void TestAudit::cleanupTestCase()
{
    m_concerned.reset();
    m_filtered.reset();
    m_f.reset();
}

void TestAudit::everyCallAudited_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("who"); // client | operator | anonymous | basic | mobid | token
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>(
        "resource"); // a {var}, "" for none; "=data.x" takes it from the answer and names {var} x
    // Rows run in order and share one server: later rows use what earlier ones created.
    QTest::newRow("operator creates a client")
        << QByteArray("POST") << QStringLiteral("/v1/clients")
        << QByteArray(R"({"name":"Made in audit test","plan":"basic"})")
        << QStringLiteral("operator") << 201 << QStringLiteral("client.create")
        << QStringLiteral("=clientId:{newClient}");
    QTest::newRow("client creates a consent")
        << QByteArray("POST") << QStringLiteral("/v1/consents/auth")
        << QByteArray(R"({"recipient":"+2348012345678"})") << QStringLiteral("client") << 200
        << QStringLiteral("consent.create") << QStringLiteral("=id:{consent}");
    QTest::newRow("create through seed 001 alias")
        << QByteArray("POST") << QStringLiteral("/v1/service/consents/search")
        << QByteArray(R"({"recipient":"+2348012345678"})") << QStringLiteral("mobid") << 200
        << QStringLiteral("consent.create") << QStringLiteral("=id:{consent2}");
    QTest::newRow("create through seed 002 alias")
        << QByteArray("POST") << QStringLiteral("/v1/auth/sessions")
        << QByteArray(R"({"recipient":"+2348012345678"})") << QStringLiteral("basic") << 200
        << QStringLiteral("consent.create") << QStringLiteral("=id:{consent3}");
    QTest::newRow("client reads it")
        << QByteArray("GET") << QStringLiteral("/v1/consents/{consent}") << QByteArray()
        << QStringLiteral("client") << 200 << QStringLiteral("consent.get")
        << QStringLiteral("{consent}");
    QTest::newRow("client lists") << QByteArray("GET")
                                  << QStringLiteral("/v1/consents?status=pending") << QByteArray()
                                  << QStringLiteral("client") << 200
                                  << QStringLiteral("consent.list") << QString();
    QTest::newRow("client updates")
        << QByteArray("PUT") << QStringLiteral("/v1/service/consents/{consent}")
        << QByteArray(R"({"metadata":{"step":2}})") << QStringLiteral("client") << 200
        << QStringLiteral("consent.update") << QStringLiteral("{consent}");
    QTest::newRow("client revokes")
        << QByteArray("DELETE") << QStringLiteral("/v1/consents/{consent}") << QByteArray()
        << QStringLiteral("client") << 200 << QStringLiteral("consent.revoke")
        << QStringLiteral("{consent}");
    QTest::newRow("revoke again: conflict")
        << QByteArray("DELETE") << QStringLiteral("/v1/consents/{consent}") << QByteArray()
        << QStringLiteral("client") << 409 << QStringLiteral("consent.revoke")
        << QStringLiteral("{consent}");
    QTest::newRow("another tenant's consent")
        << QByteArray("GET") << QStringLiteral("/v1/consents/{othersConsent}") << QByteArray()
        << QStringLiteral("client") << 404 << QStringLiteral("consent.get")
        << QStringLiteral("{othersConsent}");
    QTest::newRow("validation failure")
        << QByteArray("POST") << QStringLiteral("/v1/consents/auth")
        << QByteArray(R"({"recipient":"0801"})") << QStringLiteral("client") << 422
        << QStringLiteral("consent.create") << QString();
    QTest::newRow("no credentials")
        << QByteArray("GET") << QStringLiteral("/v1/consents") << QByteArray()
        << QStringLiteral("anonymous") << 401 << QStringLiteral("consent.list") << QString();
    QTest::newRow("access token")
        << QByteArray("POST") << QStringLiteral("/v1/auth/token")
        << QByteArray(
               R"({"grant_type":"client_credentials","client_id":"{client}","client_secret":"{secret}"})")
        << QStringLiteral("anonymous") << 200 << QStringLiteral("auth.token") << QString();
    QTest::newRow("access token, wrong secret")
        << QByteArray("POST") << QStringLiteral("/v1/auth/token")
        << QByteArray(
               R"({"grant_type":"client_credentials","client_id":"{client}","client_secret":"nope"})")
        << QStringLiteral("anonymous") << 401 << QStringLiteral("auth.token") << QString();
    QTest::newRow("client uses the token")
        << QByteArray("GET") << QStringLiteral("/v1/consents/{consent2}") << QByteArray()
        << QStringLiteral("token") << 200 << QStringLiteral("consent.get")
        << QStringLiteral("{consent2}");
    QTest::newRow("client reads itself")
        << QByteArray("GET") << QStringLiteral("/v1/clients/{client}") << QByteArray()
        << QStringLiteral("client") << 200 << QStringLiteral("client.get")
        << QStringLiteral("{client}");
    QTest::newRow("client may not list clients")
        << QByteArray("GET") << QStringLiteral("/v1/clients") << QByteArray()
        << QStringLiteral("client") << 403 << QStringLiteral("client.list") << QString();
    QTest::newRow("client may not delete another")
        << QByteArray("DELETE") << QStringLiteral("/v1/clients/{other}") << QByteArray()
        << QStringLiteral("client") << 403 << QStringLiteral("client.delete")
        << QStringLiteral("{other}");
    QTest::newRow("client regenerates its key")
        << QByteArray("POST") << QStringLiteral("/v1/clients/{client}/regenerate-key")
        << QByteArray(R"({"graceSeconds":3600})") << QStringLiteral("client") << 200
        << QStringLiteral("client.regenerate_key") << QStringLiteral("{client}");
    QTest::newRow("operator lists clients")
        << QByteArray("GET") << QStringLiteral("/v1/clients") << QByteArray()
        << QStringLiteral("operator") << 200 << QStringLiteral("client.list") << QString();
    QTest::newRow("operator suspends a client")
        << QByteArray("PUT") << QStringLiteral("/v1/clients/{newClient}")
        << QByteArray(R"({"status":"suspended"})") << QStringLiteral("operator") << 200
        << QStringLiteral("client.update") << QStringLiteral("{newClient}");
    QTest::newRow("operator regenerates a key")
        << QByteArray("POST") << QStringLiteral("/v1/clients/{newClient}/regenerate-key")
        << QByteArray("{}") << QStringLiteral("operator") << 200
        << QStringLiteral("client.regenerate_key") << QStringLiteral("{newClient}");
    QTest::newRow("operator deletes a client")
        << QByteArray("DELETE") << QStringLiteral("/v1/clients/{newClient}") << QByteArray()
        << QStringLiteral("operator") << 200 << QStringLiteral("client.delete")
        << QStringLiteral("{newClient}");
    QTest::newRow("operator deletes it again")
        << QByteArray("DELETE") << QStringLiteral("/v1/clients/{newClient}") << QByteArray()
        << QStringLiteral("operator") << 404 << QStringLiteral("client.delete")
        << QStringLiteral("{newClient}");
    QTest::newRow("operator verifies the chain")
        << QByteArray("GET") << QStringLiteral("/admin/v1/audit/verify") << QByteArray()
        << QStringLiteral("operator") << 200 << QStringLiteral("audit.verify") << QString();
    QTest::newRow("wrong operator token")
        << QByteArray("GET") << QStringLiteral("/admin/v1/audit/verify") << QByteArray()
        << QStringLiteral("anonymous") << 401 << QStringLiteral("audit.verify") << QString();
}

void TestAudit::everyCallAudited()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, who);
    QFETCH(int, outcome);
    QFETCH(QString, action);
    QFETCH(QString, resource);
    auto fill = [this](QString text) {
        for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it)
            text.replace(it.key(), it.value());
        return text.replace(QStringLiteral("{secret}"), m_client.clientSecret);
    };
    path = fill(path);
    body = fill(QString::fromUtf8(body)).toUtf8();
    Headers h;
    if (who == QLatin1String("client"))
        h = m_client.bearer();
    else if (who == QLatin1String("mobid"))
        h = m_client.mobidKey();
    else if (who == QLatin1String("basic"))
        h = m_client.basic();
    else if (who == QLatin1String("operator"))
        h = m_f->admin();
    else if (who == QLatin1String("token"))
        h = {{"Authorization",
              "Bearer " +
                  m_f->http()
                      .post(QStringLiteral("/v1/auth/token"),
                            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("client_id"), m_client.clientId},
                             {QStringLiteral("client_secret"), m_client.clientSecret}})
                      .json()
                      .value(QStringLiteral("access_token"))
                      .toString()
                      .toUtf8()}};
    else if (path.startsWith(QLatin1String("/admin")))
        h = {{"Authorization", "Bearer not-the-operator-token"}};
    const QByteArray requestId = "audit-test-" + QByteArray::number(++m_requestNumber);
    const qint64 before = mid::Time::nowMs();
    const Response r = m_f->http().send(method, path, body, withAgent(h, requestId));
    QVERIFY2(r.status == outcome, r.body.constData());

    if (resource.startsWith(QLatin1Char('='))) {
        // "=field:{var}": the resource is what the answer created; remember it for later rows.
        const QStringList parts = resource.mid(1).split(QLatin1Char(':'));
        resource = r.data().value(parts.at(0)).toString();
        QVERIFY(!resource.isEmpty());
        m_vars[parts.at(1)] = resource;
    } else {
        resource = fill(resource);
    }
    const QString actor = who == QLatin1String("operator") ? QStringLiteral("operator:admin")
                          : who == QLatin1String("anonymous") && outcome != 200
                              ? QStringLiteral("anonymous")
                              : m_client.clientId;

    const Response search =
        m_f->http().get(QStringLiteral("/admin/v1/audit?limit=500&action=") + action, m_f->admin());
    QCOMPARE(search.status, 200);
    QJsonObject row;
    for (const auto &item : search.data().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("requestId")).toString().toLatin1() == requestId)
            row = item.toObject();
    }
    QVERIFY2(
        !row.isEmpty(),
        qPrintable(QStringLiteral("no %1 row for %2").arg(action, QString::fromLatin1(requestId))));
    QCOMPARE(row.value(QStringLiteral("action")).toString(), action);
    QCOMPARE(row.value(QStringLiteral("actor")).toString(), actor);
    QCOMPARE(row.value(QStringLiteral("resource")).toString(), resource);
    QCOMPARE(row.value(QStringLiteral("outcome")).toInt(), outcome);
    QVERIFY2(row.value(QStringLiteral("ip")).toString().contains(QLatin1String("127.0.0.1")),
             qPrintable(row.value(QStringLiteral("ip")).toString()));
    QCOMPARE(row.value(QStringLiteral("userAgent")).toString().toLatin1(), kUserAgent);
    QVERIFY(row.value(QStringLiteral("id")).toString().startsWith(QLatin1String("aud_")));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                .match(row.value(QStringLiteral("hash")).toString())
                .hasMatch());
    const qint64 at =
        mid::Time::parseRfc3339(row.value(QStringLiteral("at")).toString()).toMSecsSinceEpoch();
    QVERIFY(at >= before - 1000 && at <= mid::Time::nowMs());
    // Exactly one row per call.
    int rows = 0;
    for (const auto &item : search.data().value(QStringLiteral("items")).toArray())
        rows +=
            item.toObject().value(QStringLiteral("requestId")).toString().toLatin1() == requestId;
    QCOMPARE(rows, 1);
}

TestAudit::Activity TestAudit::generate(ServerFixture &f)
{
    Activity act;
    act.startedMs = mid::Time::nowMs();
    act.a = f.createClient({{QStringLiteral("name"), QStringLiteral("Tenant A")}});
    act.b = f.createClient({{QStringLiteral("name"), QStringLiteral("Tenant B")}});
    act.consentA1 = f.createConsent(act.a).value(QStringLiteral("id")).toString();
    f.createConsent(act.a);
    f.createConsent(act.a);
    f.http().get(QStringLiteral("/v1/consents/") + act.consentA1, act.a.bearer());
    f.createConsent(act.b);
    f.createConsent(act.b);
    f.http().get(QStringLiteral("/v1/consents")); // 401, anonymous
    f.http().put(QStringLiteral("/v1/clients/") + act.a.clientId,
                 {{QStringLiteral("name"), QStringLiteral("x")}},
                 act.a.bearer()); // 403
    return act;
}

void TestAudit::filters_data()
{
    QTest::addColumn<QString>(
        "query"); // {A}, {B}: client ids; {A1}: a consent of A; {t0}, {t1}: around the activity
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("plusSearches"); // earlier searches (operator, 200) match too
    QTest::newRow("everything") << QString() << 10 << true;
    QTest::newRow("actor A") << QStringLiteral("actor={A}") << 5 << false;
    QTest::newRow("actor B") << QStringLiteral("actor={B}") << 2 << false;
    QTest::newRow("actor operator") << QStringLiteral("actor=operator:admin") << 2 << true;
    QTest::newRow("action audit.search") << QStringLiteral("action=audit.search") << 0 << true;
    QTest::newRow("actor anonymous") << QStringLiteral("actor=anonymous") << 1 << false;
    QTest::newRow("action consent.create") << QStringLiteral("action=consent.create") << 5 << false;
    QTest::newRow("action client.create") << QStringLiteral("action=client.create") << 2 << false;
    QTest::newRow("action unknown") << QStringLiteral("action=consent.eat") << 0 << false;
    QTest::newRow("resource consent") << QStringLiteral("resource={A1}") << 2 << false;
    QTest::newRow("resource client") << QStringLiteral("resource={A}") << 2 << false;
    QTest::newRow("outcome 200") << QStringLiteral("outcome=200") << 6 << true;
    QTest::newRow("outcome 201") << QStringLiteral("outcome=201") << 2 << false;
    QTest::newRow("outcome 401") << QStringLiteral("outcome=401") << 1 << false;
    QTest::newRow("outcome 403") << QStringLiteral("outcome=403") << 1 << false;
    QTest::newRow("actor and action")
        << QStringLiteral("actor={A}&action=consent.create") << 3 << false;
    QTest::newRow("actor and outcome") << QStringLiteral("actor={A}&outcome=403") << 1 << false;
    QTest::newRow("q client id (actor or resource)") << QStringLiteral("q={A}") << 6 << false;
    QTest::newRow("q action fragment") << QStringLiteral("q=consent.") << 7 << false;
    QTest::newRow("q details (client name)") << QStringLiteral("q=Tenant%20B") << 1 << false;
    QTest::newRow("q no match") << QStringLiteral("q=zzzz-nothing") << 0 << false;
    QTest::newRow("q is literal, not a pattern") << QStringLiteral("q=%25") << 0 << false;
    QTest::newRow("from/to around the activity")
        << QStringLiteral("from={t0}&to={t1}") << 10 << false;
    QTest::newRow("to before the first call") << QStringLiteral("to={t0}") << 0 << false;
    QTest::newRow("from in the future") << QStringLiteral("from={future}") << 0 << false;
    QTest::newRow("to in the past") << QStringLiteral("to=2001-01-01T00:00:00Z") << 0 << false;
    QTest::newRow("from with offset")
        << QStringLiteral("from=2001-01-01T01:00:00%2B01:00") << 10 << true;
}

void TestAudit::filters()
{
    QFETCH(QString, query);
    QFETCH(int, total);
    QFETCH(bool, plusSearches);
    if (!m_filtered) {
        m_filtered = std::make_unique<ServerFixture>();
        QVERIFY2(m_filtered->ok(), qPrintable(m_filtered->error()));
        m_activity = generate(*m_filtered);
        m_activityEndMs = mid::Time::nowMs();
        m_clock.advance(std::chrono::milliseconds(1)); // every later row (the searches) is after it
    }
    ServerFixture &f = *m_filtered;
    auto iso = [](qint64 ms) {
        return enc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    };
    query.replace(QStringLiteral("{A}"), m_activity.a.clientId)
        .replace(QStringLiteral("{B}"), m_activity.b.clientId)
        .replace(QStringLiteral("{A1}"), m_activity.consentA1)
        .replace(QStringLiteral("{t0}"), iso(m_activity.startedMs - 1))
        .replace(QStringLiteral("{t1}"), iso(m_activityEndMs))
        .replace(QStringLiteral("{future}"), iso(mid::Time::nowMs() + 3600 * 1000));
    const Response r =
        f.http().get(QStringLiteral("/admin/v1/audit?limit=500&") + query, f.admin());
    const int earlierSearches = m_searches++;
    QCOMPARE(r.status, 200);
    if (plusSearches)
        total += earlierSearches;
    const QJsonObject d = r.data();
    QCOMPARE(d.value(QStringLiteral("total")).toInt(), total);
    const QJsonArray items = d.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), total);
    // Every item really matches the named fields; newest first.
    const QUrlQuery q(query);
    qint64 lastSeq = std::numeric_limits<qint64>::max();
    for (const auto &item : items) {
        const QJsonObject o = item.toObject();
        for (const char *field : {"actor", "action", "resource"}) {
            if (q.hasQueryItem(QLatin1String(field)))
                QCOMPARE(o.value(QLatin1String(field)).toString(),
                         q.queryItemValue(QLatin1String(field), QUrl::FullyDecoded));
        }
        if (q.hasQueryItem(QStringLiteral("outcome")))
            QCOMPARE(o.value(QStringLiteral("outcome")).toInt(),
                     q.queryItemValue(QStringLiteral("outcome")).toInt());
        const qint64 seq = o.value(QStringLiteral("seq")).toInteger();
        QVERIFY(seq < lastSeq);
        lastSeq = seq;
    }
}

void TestAudit::badFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("outcome not a number")
        << QStringLiteral("outcome=ok") << QStringLiteral("outcome");
    QTest::newRow("outcome out of range")
        << QStringLiteral("outcome=99") << QStringLiteral("outcome");
    QTest::newRow("from not a time") << QStringLiteral("from=yesterday") << QStringLiteral("from");
    QTest::newRow("to not a time") << QStringLiteral("to=2025-13-45") << QStringLiteral("to");
    QTest::newRow("limit too large") << QStringLiteral("limit=501") << QStringLiteral("limit");
    QTest::newRow("forged cursor") << QStringLiteral("cursor=eHl6") << QStringLiteral("cursor");
}

void TestAudit::badFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Response r = m_f->http().get(QStringLiteral("/admin/v1/audit?") + query, m_f->admin());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()
                 .value(QStringLiteral("details"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             field);
}

void TestAudit::cursorPaging()
{
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const TestClient c = f.createClient();
    QStringList created; // consent ids, oldest first
    for (int i = 0; i < 12; ++i)
        created << f.createConsent(c).value(QStringLiteral("id")).toString();
    QStringList walked;
    QString cursor;
    int pages = 0;
    do {
        QString path = QStringLiteral("/admin/v1/audit?action=consent.create&limit=5");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + enc(cursor);
        const Response r = f.http().get(path, f.admin());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value(QStringLiteral("total")).toInt(),
                 12 + pages); // one more consent per page walked
        for (const auto &item : r.data().value(QStringLiteral("items")).toArray()) {
            const QString resource = item.toObject().value(QStringLiteral("resource")).toString();
            QVERIFY2(!walked.contains(resource), qPrintable(resource));
            walked << resource;
        }
        cursor = r.data().value(QStringLiteral("nextCursor")).toString();
        // New rows while paging (each search is audited, and a new consent too) never shift pages.
        f.createConsent(c);
        QVERIFY(++pages <= 3);
    } while (!cursor.isEmpty());
    QCOMPARE(pages, 3);
    std::reverse(created.begin(), created.end());
    QCOMPARE(walked, created);

    // The unfiltered log pages the same way, without duplicates.
    QSet<QString> ids;
    cursor.clear();
    int guard = 0;
    do {
        QString path = QStringLiteral("/admin/v1/audit?limit=7");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + enc(cursor);
        const Response r = f.http().get(path, f.admin());
        for (const auto &item : r.data().value(QStringLiteral("items")).toArray()) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
        }
        cursor = r.data().value(QStringLiteral("nextCursor")).toString();
        QVERIFY(++guard < 20);
    } while (!cursor.isEmpty());
    QVERIFY(ids.size() >= 12 + 3 + 1);
}

void TestAudit::operatorsOnly()
{
    for (const Headers &h : {m_client.bearer(), m_client.basic(), Headers{},
                             Headers{{"Authorization", "Bearer nope"}}}) {
        QCOMPARE(m_f->http().get(QStringLiteral("/admin/v1/audit"), h).status, 401);
        QCOMPARE(m_f->http().get(QStringLiteral("/admin/v1/audit/verify"), h).status, 401);
    }
}

namespace {
const QString kTenantA = QStringLiteral("mid_client_tenantA00001");
const QString kTenantB = QStringLiteral("mid_client_tenantB00001");
const QString kAda = QStringLiteral("ada+audit@example.com");
const QString kBob = QStringLiteral("bob@example.com");
const QString kUsr = QStringLiteral("usr_0123456789abcdefgh");
const QString kPager = QStringLiteral("pager@example.com");
const QString kAdaPhoneA = QString(64, QLatin1Char('a')); // Ada's identity at tenant A
const QString kBobTablet = QString(64, QLatin1Char('b'));
const QString kAdaPhoneB = QString(64, QLatin1Char('c')); // the same phone at tenant B
const QString kPhone = QStringLiteral("Ada's phone");
const QString kTablet = QStringLiteral("Bob's tablet");

QJsonObject aboutIdentity(const QString &userId, const QString &clientId, const QString &mpinId,
                          const QString &deviceName)
{
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("mpinId"), mpinId},
            {QStringLiteral("deviceName"), deviceName}};
}

QStringList resourcesOf(const QList<mid::AuditEntry> &rows)
{
    QStringList out;
    for (const mid::AuditEntry &e : rows)
        out << e.resource;
    return out;
}
} // namespace

void TestAudit::recordConcerning(ServerFixture &f)
{
    struct Row
    {
        QString actor, action, resource;
        QJsonObject details;
    };
    const QList<Row> rows = {
        {kTenantA, QStringLiteral("mpin.activate"), QStringLiteral("r1"),
         aboutIdentity(kAda, kTenantA, kAdaPhoneA, kPhone)},
        // A device-side call about tenant A's identity: the actor is not the tenant.
        {QStringLiteral("dev_0123456789abcdef"), QStringLiteral("mpin.authenticate"),
         QStringLiteral("r2"), aboutIdentity(kAda, kTenantA, kAdaPhoneA, kPhone)},
        {kTenantA, QStringLiteral("mpin.activate"), QStringLiteral("r3"),
         aboutIdentity(kBob, kTenantA, kBobTablet, kTablet)},
        {kTenantB, QStringLiteral("mpin.activate"), QStringLiteral("r4"),
         aboutIdentity(kAda, kTenantB, kAdaPhoneB, kPhone)},
        // The tenant's own call about no identity.
        {kTenantA,
         QStringLiteral("consent.create"),
         QStringLiteral("r5"),
         {{QStringLiteral("intent"), QStringLiteral("login")}}},
        {QStringLiteral("anonymous"),
         QStringLiteral("auth.token"),
         QStringLiteral("r6"),
         {{QStringLiteral("userId"), kUsr}}},
        // Only top-level keys count: the same names nested say nothing of whom a call concerned.
        {kTenantB,
         QStringLiteral("consent.create"),
         QStringLiteral("r7"),
         {{QStringLiteral("metadata"), aboutIdentity(kAda, kTenantA, kAdaPhoneA, kPhone)}}},
        // An operator acting on tenant A's identity.
        {QStringLiteral("operator:admin"), QStringLiteral("mpin.revoke"), QStringLiteral("r8"),
         aboutIdentity(kAda, kTenantA, kAdaPhoneA, kPhone)},
    };
    for (const Row &r : rows)
        f.server().audit().record({.actor = r.actor,
                                   .action = r.action,
                                   .resource = r.resource,
                                   .outcome = 200,
                                   .details = r.details});
    for (int i = 0; i < 7; ++i)
        f.server().audit().record({.actor = QStringLiteral("mid_client_pager000001"),
                                   .action = QStringLiteral("mpin.authenticate"),
                                   .resource = QStringLiteral("p%1").arg(i),
                                   .outcome = 200,
                                   .details = {{QStringLiteral("userId"), kPager}}});
    f.server().audit().flush();
}

ServerFixture &TestAudit::concerned()
{
    if (!m_concerned) {
        m_concerned = std::make_unique<ServerFixture>();
        if (m_concerned->ok())
            recordConcerning(*m_concerned);
    }
    return *m_concerned;
}

void TestAudit::concerning_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("mpinId");
    QTest::addColumn<QString>("deviceName");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("expected"); // resources, newest first
    const QString none;
    QTest::newRow("userId, an email")
        << kAda << none << none << none << none << QStringList{"r8", "r4", "r2", "r1"};
    QTest::newRow("userId, a usr_ id") << kUsr << none << none << none << none << QStringList{"r6"};
    QTest::newRow("userId is exact: case")
        << QStringLiteral("Ada+audit@example.com") << none << none << none << none << QStringList{};
    QTest::newRow("userId is exact: no substring")
        << QStringLiteral("ada") << none << none << none << none << QStringList{};
    QTest::newRow("userId and action")
        << kAda << none << none << none << QStringLiteral("mpin.activate")
        << QStringList{"r4", "r1"};
    QTest::newRow("mpinId") << none << kAdaPhoneA << none << none << none
                            << QStringList{"r8", "r2", "r1"};
    QTest::newRow("mpinId at another tenant")
        << none << kAdaPhoneB << none << none << none << QStringList{"r4"};
    QTest::newRow("mpinId unknown")
        << none << QString(64, QLatin1Char('f')) << none << none << none << QStringList{};
    QTest::newRow("userId and mpinId")
        << kAda << kAdaPhoneB << none << none << none << QStringList{"r4"};
    QTest::newRow("deviceName") << none << none << kPhone << none << none
                                << QStringList{"r8", "r4", "r2", "r1"};
    QTest::newRow("deviceName, another")
        << none << none << kTablet << none << none << QStringList{"r3"};
    QTest::newRow("tenant: its calls and calls about its identities")
        << none << none << none << kTenantA << none << QStringList{"r8", "r5", "r3", "r2", "r1"};
    QTest::newRow("tenant B") << none << none << none << kTenantB << none
                              << QStringList{"r7", "r4"};
    QTest::newRow("tenant and userId")
        << kAda << none << none << kTenantA << none << QStringList{"r8", "r2", "r1"};
    QTest::newRow("tenant B and userId")
        << kAda << none << none << kTenantB << none << QStringList{"r4"};
    QTest::newRow("tenant, mpinId and deviceName")
        << none << kBobTablet << kTablet << kTenantA << none << QStringList{"r3"};
    QTest::newRow("mpinId and another device's name")
        << none << kAdaPhoneB << kTablet << none << none << QStringList{};
    QTest::newRow("tenant unknown")
        << none << none << none << QStringLiteral("mid_client_nobody00001") << none
        << QStringList{};
}

void TestAudit::concerning()
{
    QFETCH(QString, userId);
    QFETCH(QString, mpinId);
    QFETCH(QString, deviceName);
    QFETCH(QString, tenant);
    QFETCH(QString, action);
    QFETCH(QStringList, expected);
    ServerFixture &f = concerned();
    QVERIFY2(f.ok(), qPrintable(f.error()));
    mid::AuditFilter filter;
    filter.userId = userId;
    filter.mpinId = mpinId;
    filter.deviceName = deviceName;
    filter.tenant = tenant;
    filter.action = action;
    // Both kinds of paging find the same rows.
    const mid::AuditStore::Page byOffset = f.server().audit().queryOffset(filter, 0, 500);
    QCOMPARE(resourcesOf(byOffset.items), expected);
    QCOMPARE(byOffset.total, expected.size());
    QVERIFY(!byOffset.more);
    const mid::AuditLog::Page byCursor = f.server().audit().query(filter, 500, {});
    QCOMPARE(resourcesOf(byCursor.items), expected);
    QCOMPARE(byCursor.total, expected.size());

    // And GET /admin/v1/audit, for the filters it takes.
    if (!deviceName.isEmpty() || !tenant.isEmpty())
        return;
    QUrlQuery query;
    for (const auto &[name, value] :
         {std::pair{"userId", userId}, std::pair{"mpinId", mpinId}, std::pair{"action", action}}) {
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(name), enc(value));
    }
    const Response r = f.http().get(QStringLiteral("/admin/v1/audit?limit=500&") +
                                        query.toString(QUrl::FullyEncoded),
                                    f.admin());
    QCOMPARE(r.status, 200);
    QStringList listed;
    for (const auto &item : r.data().value(QStringLiteral("items")).toArray())
        listed << item.toObject().value(QStringLiteral("resource")).toString();
    QCOMPARE(listed, expected);
    QCOMPARE(r.data().value(QStringLiteral("total")).toInt(), expected.size());
}

void TestAudit::offsetPaging_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("more");
    QTest::addColumn<int>("total");
    QTest::newRow("first page") << kPager << QString() << 0 << 3 << QStringList{"p6", "p5", "p4"}
                                << true << 7;
    QTest::newRow("second page") << kPager << QString() << 3 << 3 << QStringList{"p3", "p2", "p1"}
                                 << true << 7;
    QTest::newRow("last page, partial")
        << kPager << QString() << 6 << 3 << QStringList{"p0"} << false << 7;
    QTest::newRow("a page that ends at the last row")
        << kPager << QString() << 4 << 3 << QStringList{"p2", "p1", "p0"} << false << 7;
    QTest::newRow("offset at the end")
        << kPager << QString() << 7 << 3 << QStringList{} << false << 7;
    QTest::newRow("offset past the end")
        << kPager << QString() << 100 << 3 << QStringList{} << false << 7;
    QTest::newRow("one page holds all")
        << kPager << QString() << 0 << 50 << QStringList{"p6", "p5", "p4", "p3", "p2", "p1", "p0"}
        << false << 7;
    QTest::newRow("not aligned to the limit")
        << kPager << QString() << 1 << 4 << QStringList{"p5", "p4", "p3", "p2"} << true << 7;
    QTest::newRow("tenant (actor OR details.clientId)")
        << QString() << kTenantA << 1 << 2 << QStringList{"r5", "r3"} << true << 5;
    QTest::newRow("tenant, last page")
        << QString() << kTenantA << 4 << 2 << QStringList{"r1"} << false << 5;
    QTest::newRow("tenant and user")
        << kAda << kTenantA << 2 << 2 << QStringList{"r1"} << false << 3;
    QTest::newRow("no match") << QStringLiteral("nobody@example.com") << QString() << 0 << 10
                              << QStringList{} << false << 0;
}

void TestAudit::offsetPaging()
{
    QFETCH(QString, userId);
    QFETCH(QString, tenant);
    QFETCH(int, offset);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    QFETCH(bool, more);
    QFETCH(int, total);
    ServerFixture &f = concerned();
    QVERIFY2(f.ok(), qPrintable(f.error()));
    mid::AuditFilter filter;
    filter.userId = userId;
    filter.tenant = tenant;
    const mid::AuditStore::Page page = f.server().audit().queryOffset(filter, offset, limit);
    QCOMPARE(resourcesOf(page.items), expected);
    QCOMPARE(page.more, more);
    QCOMPARE(page.total, total); // every match, not what is left after the offset
}

void TestAudit::offsetPagingWholeLog()
{
    // No filter: the subquery that finds where a page starts has no conditions either.
    ServerFixture &f = concerned();
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const mid::AuditLog::Page all = f.server().audit().query({}, 500, {});
    QVERIFY(all.items.size() >= 15);
    QVERIFY(all.nextCursor.isEmpty());
    QList<mid::AuditEntry> walked;
    for (int offset = 0;; offset += 4) {
        const mid::AuditStore::Page page = f.server().audit().queryOffset({}, offset, 4);
        QCOMPARE(page.total, all.total);
        walked << page.items;
        if (!page.more)
            break;
        QCOMPARE(page.items.size(), 4);
    }
    QStringList expectedIds, walkedIds;
    for (const mid::AuditEntry &e : all.items)
        expectedIds << e.id;
    for (const mid::AuditEntry &e : walked)
        walkedIds << e.id;
    QCOMPARE(walkedIds, expectedIds);
}

void TestAudit::totalsKeptAsCounted()
{
    // The totals of a listing by one actor, one action or nothing come from counts kept with
    // each write (COUNT(*) walks millions of rows on a big log); they must say what counting
    // says, after appends and after a retention prune, and a listing by anything else counts.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 newestOld = pruneOldRows(f, 12, 40, 30);
    QVERIFY(prunedThrough(f, newestOld)); // the counts lost what the prune deleted
    recordRow(f, QStringLiteral("after the prune"));
    mid::AuditFilter none, byActor, byAction, byActorAndOutcome, byOldActor;
    byActor.actor = QStringLiteral("operator:old");
    byAction.action = QStringLiteral("client.read");
    byActorAndOutcome.actor = QStringLiteral("operator:old");
    byActorAndOutcome.outcome = 200;
    byOldActor.actor = QStringLiteral("nobody");
    const auto counted = [&](const QString &where) {
        QSqlQuery &q = f.server().database().exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_events") + where);
        const qint64 n = q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        return n;
    };
    for (int round = 0; round < 2; ++round) {
        mid::AuditLog &audit = f.server().audit();
        QCOMPARE(audit.query(none, 1, {}).total, counted({}));
        QCOMPARE(audit.query(byActor, 1, {}).total,
                 counted(QStringLiteral(" WHERE actor='operator:old'")));
        QCOMPARE(audit.query(byAction, 1, {}).total,
                 counted(QStringLiteral(" WHERE action='client.read'")));
        QCOMPARE(audit.query(byActorAndOutcome, 1, {}).total,
                 counted(QStringLiteral(" WHERE actor='operator:old' AND outcome=200")));
        QCOMPARE(audit.query(byOldActor, 1, {}).total, 0);
        QCOMPARE(audit.queryOffset(byActor, 1, 1).total,
                 counted(QStringLiteral(" WHERE actor='operator:old'")));
        f.server().audit().pruneExpired(); // nothing older is left: the counts stay
    }
}

void TestAudit::filtersUseTheirIndexes_data()
{
    // The clauses AuditStore writes, as SQLite plans them on the migrated schema: an
    // expression index serves only the very expression it was made on.
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("values");
    QTest::addColumn<QStringList>("indexes");
    QTest::newRow("userId") << QStringLiteral("json_extract(details, '$.userId') = ?") << 1
                            << QStringList{"audit_events_user"};
    QTest::newRow("tenant") << QStringLiteral(
                                   "(actor = ? OR json_extract(details, '$.clientId') = ?)")
                            << 2 << QStringList{"audit_events_actor", "audit_events_client"};
    QTest::newRow("action") << QStringLiteral("action = ?") << 1
                            << QStringList{"audit_events_action"};
    QTest::newRow("userId, from an offset")
        << QStringLiteral("json_extract(details, '$.userId') = ? AND seq <= (SELECT seq FROM "
                          "audit_events WHERE json_extract(details, '$.userId') = ? ORDER BY seq "
                          "DESC LIMIT 1 OFFSET ?)")
        << 3 << QStringList{"audit_events_user"};
}

void TestAudit::filtersUseTheirIndexes()
{
    QFETCH(QString, where);
    QFETCH(int, values);
    QFETCH(QStringList, indexes);
    ServerFixture &f = concerned();
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QSqlQuery q(f.server().database().connection());
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq FROM audit_events WHERE ") +
                      where + QStringLiteral(" ORDER BY seq DESC LIMIT 10")));
    for (int i = 0; i < values; ++i)
        q.addBindValue(kAda);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(QLatin1Char('\n'));
    for (const QString &index : indexes)
        QVERIFY2(text.contains(QStringLiteral("INDEX ") + index), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("SCAN audit_events")), qPrintable(text));
}

void TestAudit::verifyIntact()
{
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    generate(f);
    const Response r = f.http().get(QStringLiteral("/admin/v1/audit/verify"), f.admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(QStringLiteral("intact")), QJsonValue(true));
    QVERIFY(r.data().value(QStringLiteral("checked")).toInt() >= 10);
    QVERIFY(!r.data().contains(QStringLiteral("brokenAtId")));
    // Still intact after more traffic and after a restart-free second check.
    generate(f);
    QCOMPARE(f.http()
                 .get(QStringLiteral("/admin/v1/audit/verify"), f.admin())
                 .data()
                 .value(QStringLiteral("intact")),
             QJsonValue(true));
}

void TestAudit::verifyWhenTheDatabaseFails()
{
    // The walk runs on a worker: a storage failure there is answered (500, nothing of the
    // SQL), never an exception that ends the server.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    generate(f);
    mid::Database &db = f.server().database();
    db.exec(QStringLiteral("ALTER TABLE audit_events RENAME TO audit_events_away"));
    const Response failed = f.http().get(QStringLiteral("/admin/v1/audit/verify"), f.admin());
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("server_error"));
    QCOMPARE(failed.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("internal error"));
    QVERIFY2(!failed.body.contains("audit_events"), failed.body.constData());
    db.exec(QStringLiteral("ALTER TABLE audit_events_away RENAME TO audit_events"));
    // Still serving; the rows it could not write meanwhile were kept and chained.
    const Response again = f.http().get(QStringLiteral("/admin/v1/audit/verify"), f.admin());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.data().value(QStringLiteral("intact")), QJsonValue(true));
}

void TestAudit::callsThatWroteNothingStayInOrder()
{
    // A read's row goes to the audit writer thread; a write's row joins the write's batch.
    // Calls made one after the other still appear in the order they were answered.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const TestClient client = f.createClient({{QStringLiteral("name"), QStringLiteral("Order")}});
    const QString consent = f.createConsent(client).value(QStringLiteral("id")).toString();
    QStringList expected{QStringLiteral("consent.create")};
    for (int i = 0; i < 12; ++i) {
        if (i % 3 == 2) {
            QCOMPARE(f.createConsent(client).value(QStringLiteral("status")).toString(),
                     QStringLiteral("pending"));
            expected << QStringLiteral("consent.create");
        } else {
            QCOMPARE(f.http().get(QStringLiteral("/v1/consents/") + consent, client.bearer()).status,
                     200);
            expected << QStringLiteral("consent.get");
        }
    }
    f.server().audit().flush();
    QSqlQuery &q = f.server().database().exec(
        QStringLiteral("SELECT action FROM audit_events WHERE actor=? ORDER BY seq"),
        {client.clientId});
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    q.finish();
    QCOMPARE(actions, expected);
    QVERIFY(chainIntact(f));
}

void TestAudit::twoWritersKeepOneChain()
{
    // Reads and writes from several connections at once: the writer thread's commits and the
    // turns' batches extend one chain, and every call has its row.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const TestClient client = f.createClient({{QStringLiteral("name"), QStringLiteral("Busy")}});
    const QString consent = f.createConsent(client).value(QStringLiteral("id")).toString();
    QNetworkAccessManager nam;
    const QUrl base(f.server().baseUrl());
    const auto request = [&](const QString &path) {
        QNetworkRequest r(base.resolved(QUrl(path)));
        for (const auto &[name, value] : client.bearer())
            r.setRawHeader(name, value);
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return r;
    };
    const QByteArray body = R"({"recipient":"+2348012345678","intent":"login"})";
    constexpr int kCalls = 240;
    int answered = 0, ok = 0, reads = 0, writes = 0;
    std::function<void(int)> next = [&](int i) {
        if (i >= kCalls)
            return;
        // Runs of reads between writes, so rows wait for the writer while a batch opens.
        const bool write = i % 7 == 0 || i % 11 == 0;
        (write ? writes : reads)++;
        QNetworkReply *reply = write ? nam.post(request(QStringLiteral("/v1/consents/auth")), body)
                                     : nam.get(request(QStringLiteral("/v1/consents/") + consent));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, i] {
            ++answered;
            ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->deleteLater();
            next(i + 6);
        });
    };
    for (int lane = 0; lane < 6; ++lane) // QNAM's six connections per host
        next(lane);
    QVERIFY(QTest::qWaitFor([&] { return answered == kCalls; }, 60000));
    QCOMPARE(ok, kCalls);
    f.server().audit().flush();
    QSqlQuery &q = f.server().database().exec(
        QStringLiteral("SELECT SUM(action='consent.get'), SUM(action='consent.create') FROM "
                       "audit_events WHERE actor=?"),
        {client.clientId});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), reads);
    QCOMPARE(q.value(1).toInt(), writes + 1);
    q.finish();
    QVERIFY(chainIntact(f));
}

void TestAudit::rolledBackBatchLeavesTheStoredHead()
{
    // Rows that joined a batch which then failed (SQLite rolled it back) were never the head:
    // the next rows, whichever thread writes them, chain onto the stored one.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    mid::Database &db = f.server().database();
    mid::AuditLog &audit = f.server().audit();
    recordRow(f, QStringLiteral("before"));
    const qint64 rowsBefore = countRows(f);
    {
        const mid::Database::BatchScope scope(db);
        {
            mid::Transaction tx(db); // opens the batch, as a request's first write does
            tx.commit();
        }
        audit.record(operatorRead(QStringLiteral("rolled back")));
        audit.flushBatchRows();
        db.exec(QStringLiteral("ROLLBACK")); // as after a full disk
    }
    QString error;
    QVERIFY(!db.commitBatch(&error));
    QCOMPARE(countRows(f), rowsBefore);
    // A row for the writer thread (no batch is open), then one through the server thread.
    audit.record(operatorRead(QStringLiteral("after")));
    QVERIFY(QTest::qWaitFor([&] { return audit.queued() == 0; }, 5000));
    recordRow(f, QStringLiteral("after, again"));
    QCOMPARE(countRows(f), rowsBefore + 2);
    QVERIFY(!resources(f).contains(QStringLiteral("rolled back")));
    QVERIFY(chainIntact(f));
}

void TestAudit::tamperDetected_data()
{
    QTest::addColumn<QString>("sql");      // run with the target row's id bound
    QTest::addColumn<QString>("target");   // which row: first | middle | newest
    QTest::addColumn<QString>("reported"); // which row verify names: target | next | none
    QTest::newRow("outcome changed")
        << QStringLiteral("UPDATE audit_events SET outcome=outcome+1 WHERE id=?")
        << QStringLiteral("middle") << QStringLiteral("target");
    QTest::newRow("actor changed, first row")
        << QStringLiteral("UPDATE audit_events SET actor='operator:someone' WHERE id=?")
        << QStringLiteral("first") << QStringLiteral("target");
    QTest::newRow("resource changed")
        << QStringLiteral("UPDATE audit_events SET resource='cons_forged' WHERE id=?")
        << QStringLiteral("middle") << QStringLiteral("target");
    QTest::newRow("time changed") << QStringLiteral("UPDATE audit_events SET at=at+1 WHERE id=?")
                                  << QStringLiteral("middle") << QStringLiteral("target");
    QTest::newRow("details changed")
        << QStringLiteral("UPDATE audit_events SET details='{}' WHERE id=?")
        << QStringLiteral("middle") << QStringLiteral("target");
    QTest::newRow("hash replaced")
        << QStringLiteral("UPDATE audit_events SET hash=lower(hex(randomblob(32))) WHERE id=?")
        << QStringLiteral("middle") << QStringLiteral("target");
    QTest::newRow("newest row changed")
        << QStringLiteral("UPDATE audit_events SET outcome=500 WHERE id=?")
        << QStringLiteral("newest") << QStringLiteral("target");
    QTest::newRow("middle row deleted") << QStringLiteral("DELETE FROM audit_events WHERE id=?")
                                        << QStringLiteral("middle") << QStringLiteral("next");
    QTest::newRow("first row deleted") << QStringLiteral("DELETE FROM audit_events WHERE id=?")
                                       << QStringLiteral("first") << QStringLiteral("next");
    QTest::newRow("newest row deleted") << QStringLiteral("DELETE FROM audit_events WHERE id=?")
                                        << QStringLiteral("newest") << QStringLiteral("none");
}

void TestAudit::tamperDetected()
{
    QFETCH(QString, sql);
    QFETCH(QString, target);
    QFETCH(QString, reported);
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    generate(f);
    f.server().audit().flush();
    mid::Database &db = f.server().database();
    QStringList ids;
    {
        QSqlQuery &q = db.exec(QStringLiteral("SELECT id FROM audit_events ORDER BY seq"));
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
    }
    QCOMPARE(ids.size(), 10);
    const int index = target == QLatin1String("first")    ? 0
                      : target == QLatin1String("newest") ? int(ids.size()) - 1
                                                          : 4;
    QCOMPARE(idAtSeq(db, "ASC"), ids.first());
    QCOMPARE(idAtSeq(db, "DESC"), ids.last());
    QSqlQuery &tamper = db.exec(sql, {ids.at(index)});
    QCOMPARE(tamper.numRowsAffected(), 1);

    const Response r = f.http().get(QStringLiteral("/admin/v1/audit/verify"), f.admin());
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data();
    QCOMPARE(d.value(QStringLiteral("intact")), QJsonValue(false));
    QVERIFY(!d.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("broken")));
    if (reported == QLatin1String("target"))
        QCOMPARE(d.value(QStringLiteral("brokenAtId")).toString(), ids.at(index));
    else if (reported == QLatin1String("next"))
        QCOMPARE(d.value(QStringLiteral("brokenAtId")).toString(), ids.at(index + 1));
    else
        QVERIFY(d.value(QStringLiteral("reason")).toString().contains(QLatin1String("removed")));
    QVERIFY(d.value(QStringLiteral("brokenAtSeq")).toInteger() > 0);
    // The verdict does not heal itself with more traffic.
    generate(f);
    QCOMPARE(f.http()
                 .get(QStringLiteral("/admin/v1/audit/verify"), f.admin())
                 .data()
                 .value(QStringLiteral("intact")),
             QJsonValue(false));
}

void TestAudit::noSecretsInRows()
{
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QByteArrayList secrets = {f.adminToken().toUtf8()};
    // A client with a webhook: apiKey, clientSecret and whsec_ secret in the answer.
    const Response created = f.http().post(
        QStringLiteral("/v1/clients"),
        {{QStringLiteral("name"), QStringLiteral("Secretive")},
         {QStringLiteral("webhookUrl"), QStringLiteral("https://hooks.example.com/x")}},
        withAgent(f.admin()));
    QCOMPARE(created.status, 201);
    const TestClient c{created.data().value(QStringLiteral("clientId")).toString(),
                       created.data().value(QStringLiteral("apiKey")).toString(),
                       created.data().value(QStringLiteral("clientSecret")).toString()};
    secrets << c.apiKey.toUtf8() << c.clientSecret.toUtf8()
            << created.data().value(QStringLiteral("webhookSecret")).toString().toUtf8();
    // Every scheme, tokens by JSON, form and Basic, a wrong secret, a key regeneration.
    QCOMPARE(f.http().get(QStringLiteral("/v1/consents"), withAgent(c.bearer())).status, 200);
    QCOMPARE(f.http().get(QStringLiteral("/v1/consents"), withAgent(c.mobidKey())).status, 200);
    QCOMPARE(f.http().get(QStringLiteral("/v1/consents"), withAgent(c.basic())).status, 200);
    secrets << c.basic().at(0).second;
    const Response tokenJson =
        f.http().post(QStringLiteral("/v1/auth/token"),
                      {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                       {QStringLiteral("client_id"), c.clientId},
                       {QStringLiteral("client_secret"), c.clientSecret}});
    const QByteArray formBody =
        "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(c.clientId) +
        "&client_secret=" + QUrl::toPercentEncoding(c.clientSecret);
    const Response tokenForm = f.http().send("POST", QStringLiteral("/v1/auth/token"), formBody, {},
                                             "application/x-www-form-urlencoded");
    const Response tokenBasic =
        f.http().send("POST", QStringLiteral("/v1/auth/token"), "grant_type=client_credentials",
                      c.basic(), "application/x-www-form-urlencoded");
    for (const Response &t : {tokenJson, tokenForm, tokenBasic}) {
        QCOMPARE(t.status, 200);
        const QByteArray token = t.json().value(QStringLiteral("access_token")).toString().toUtf8();
        secrets << token;
        QCOMPARE(f.http()
                     .get(QStringLiteral("/v1/consents"), {{"Authorization", "Bearer " + token}})
                     .status,
                 200);
    }
    QCOMPARE(
        f.http()
            .post(QStringLiteral("/v1/auth/token"),
                  {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                   {QStringLiteral("client_id"), c.clientId},
                   {QStringLiteral("client_secret"), c.clientSecret + QStringLiteral("-wrong")}})
            .status,
        401);
    secrets << (c.clientSecret + QStringLiteral("-wrong")).toUtf8();
    const Response regenerated = f.http().post(QStringLiteral("/v1/clients/") + c.clientId +
                                                   QStringLiteral("/regenerate-key"),
                                               {{QStringLiteral("graceSeconds"), 60}}, c.bearer());
    QCOMPARE(regenerated.status, 200);
    secrets << regenerated.data().value(QStringLiteral("apiKey")).toString().toUtf8();
    QCOMPARE(
        f.http()
            .put(QStringLiteral("/v1/clients/") + c.clientId,
                 {{QStringLiteral("webhookUrl"), QStringLiteral("https://hooks.example.com/y")}},
                 f.admin())
            .status,
        200);
    for (const QByteArray &s : secrets)
        QVERIFY(s.size() >= 16);

    f.server().audit().flush();
    const QByteArray table = dumpAuditTable(f.server().database());
    QVERIFY(table.count('\n') >= 12);
    const Response listed = f.http().get(QStringLiteral("/admin/v1/audit?limit=500"), f.admin());
    QCOMPARE(listed.status, 200);
    for (const QByteArray &s : secrets) {
        QVERIFY2(!table.contains(s), s.constData());
        QVERIFY2(!listed.body.contains(s), s.constData());
        // Nor a recognisable part of it.
        QVERIFY2(!table.contains(s.mid(s.size() / 2)), s.constData());
    }
}

mid::AuditEntry TestAudit::operatorRead(const QString &resource)
{
    mid::AuditEntry row;
    row.actor = QStringLiteral("operator:old");
    row.action = QStringLiteral("client.read");
    row.resource = resource;
    row.outcome = 200;
    return row;
}

qint64 TestAudit::recordRow(ServerFixture &f, const QString &resource)
{
    f.server().audit().record(operatorRead(resource));
    f.server().audit().flush();
    QSqlQuery &q = f.server().database().exec(QStringLiteral("SELECT MAX(seq) FROM audit_events"));
    const qint64 seq = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return seq;
}

QStringList TestAudit::resources(ServerFixture &f)
{
    f.server().audit().flush();
    QSqlQuery &q = f.server().database().exec(QStringLiteral("SELECT resource FROM audit_events"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

qint64 TestAudit::pruneOldRows(ServerFixture &f, int oldRows, int daysAgo, int keepDays)
{
    qint64 newestOld = 0;
    for (int i = 0; i < oldRows; ++i)
        newestOld = recordRow(f, QStringLiteral("mid_client_old%1").arg(i));
    m_clock.advance(std::chrono::days(daysAgo));
    generate(f); // newer activity that must stay
    const Response r = f.http().put(QStringLiteral("/admin/v1/settings"),
                                    {{QStringLiteral("auditRetentionDays"), keepDays}}, f.admin());
    if (r.status != 200)
        qWarning() << "retention not set:" << r.status << r.body;
    return newestOld;
}

qint64 TestAudit::countRows(ServerFixture &f)
{
    f.server().audit().flush();
    QSqlQuery &q = f.server().database().exec(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    const qint64 n = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return n;
}

bool TestAudit::chainIntact(ServerFixture &f)
{
    return f.http()
        .get(QStringLiteral("/admin/v1/audit/verify"), f.admin())
        .data()
        .value(QStringLiteral("intact"))
        .toBool();
}

bool TestAudit::prunedThrough(ServerFixture &f, qint64 seq)
{
    return QTest::qWaitFor([&] {
        QSqlQuery &q = f.server().database().exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE seq <= ?"), {seq});
        const qint64 left = q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        return left == 0;
    });
}

void TestAudit::retentionPrunesAndChainStillVerifies()
{
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 newestOld = pruneOldRows(f, 12, 40, 30);
    QVERIFY(newestOld >= 12);
    // Every row up to the newest old one is gone; the prune itself is a row of the chain.
    QVERIFY(prunedThrough(f, newestOld));
    QVERIFY(countRows(f) > 10);
    const Response pruned =
        f.http().get(QStringLiteral("/admin/v1/audit?action=audit.pruned"), f.admin());
    const QJsonArray items = pruned.data().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject details =
        items.first().toObject().value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("throughSeq")).toInteger(), newestOld);
    QCOMPARE(details.value(QStringLiteral("retentionDays")).toInt(), 30);

    const Response v = f.http().get(QStringLiteral("/admin/v1/audit/verify"), f.admin());
    QVERIFY2(v.data().value(QStringLiteral("intact")).toBool(), v.body.constData());
    QCOMPARE(v.data().value(QStringLiteral("prunedThroughSeq")).toInteger(), newestOld);
    // The setting is kept for the next start and reported.
    QCOMPARE(f.http()
                 .get(QStringLiteral("/admin/v1/settings"), f.admin())
                 .data()
                 .value(QStringLiteral("auditRetentionDays"))
                 .toInt(),
             30);
    QFile conf(QDir(f.dataDir()).filePath(QStringLiteral("mid.conf")));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(conf.readAll().contains("audit-retention-days=30"));
    // Running it again deletes nothing more and still verifies.
    const qint64 kept = countRows(f);
    f.server().audit().pruneExpired();
    QVERIFY(countRows(f) >= kept);
    QVERIFY(chainIntact(f));
}

void TestAudit::retentionDeletesExactlyTheOlderRows_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("1 day") << 1;
    QTest::newRow("30 days") << 30;
    QTest::newRow("a century") << 36500;
}

void TestAudit::retentionDeletesExactlyTheOlderRows()
{
    QFETCH(int, days);
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(f.http()
                 .put(QStringLiteral("/admin/v1/settings"),
                      {{QStringLiteral("auditRetentionDays"), days}}, f.admin())
                 .status,
             200);
    const qint64 t0 = mid::Time::nowMs();
    const qint64 older = recordRow(f, QStringLiteral("older"));
    m_clock.advance(std::chrono::milliseconds(1));
    recordRow(f, QStringLiteral("exactly N days old"));
    m_clock.advance(std::chrono::milliseconds(1));
    recordRow(f, QStringLiteral("younger"));

    // The moment "exactly N days old" turns N days old: only what is older goes, at once.
    m_clock.setMs(t0 + days * mid::AuditLog::kDayMs + 1);
    QVERIFY(prunedThrough(f, older));
    const QStringList left = resources(f);
    QVERIFY(!left.contains(QStringLiteral("older")));
    QVERIFY(left.contains(QStringLiteral("exactly N days old")));
    QVERIFY(left.contains(QStringLiteral("younger")));
    QVERIFY(chainIntact(f));
}

void TestAudit::tamperAfterPruneDetected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("first kept row deleted") << QStringLiteral(
        "DELETE FROM audit_events WHERE seq = (SELECT MIN(seq) FROM audit_events)");
    QTest::newRow("anchor hash forged")
        << QStringLiteral("UPDATE audit_events SET details = replace(details, '\"throughHash\":\"', "
                          "'\"throughHash\":\"0') WHERE action = 'audit.pruned'");
    QTest::newRow("prune record deleted")
        << QStringLiteral("DELETE FROM audit_events WHERE action = 'audit.pruned'");
    QTest::newRow("more rows deleted than the prune says")
        << QStringLiteral("DELETE FROM audit_events WHERE seq IN (SELECT seq FROM audit_events "
                          "ORDER BY seq LIMIT 3)");
}

void TestAudit::tamperAfterPruneDetected()
{
    // Retention must not become a way to delete rows unnoticed.
    QFETCH(QString, sql);
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(prunedThrough(f, pruneOldRows(f, 5, 40, 30)));
    QVERIFY(chainIntact(f));
    QSqlQuery &tamper = f.server().database().exec(sql);
    QVERIFY(tamper.numRowsAffected() >= 1);
    tamper.finish();
    const Response v = f.http().get(QStringLiteral("/admin/v1/audit/verify"), f.admin());
    QVERIFY2(!v.data().value(QStringLiteral("intact")).toBool(), v.body.constData());
}

void TestAudit::retentionSettingValidated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("negative") << QByteArray(R"({"auditRetentionDays":-1})") << 422;
    QTest::newRow("a century and a day") << QByteArray(R"({"auditRetentionDays":36501})") << 422;
    QTest::newRow("text") << QByteArray(R"({"auditRetentionDays":"thirty"})") << 400;
    QTest::newRow("fraction") << QByteArray(R"({"auditRetentionDays":1.5})") << 400;
}

void TestAudit::retentionSettingValidated()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Response r =
        m_f->http().send("PUT", QStringLiteral("/admin/v1/settings"), body, m_f->admin());
    QVERIFY2(r.status == status, r.body.constData());
    QCOMPARE(m_f->http()
                 .get(QStringLiteral("/admin/v1/settings"), m_f->admin())
                 .data()
                 .value(QStringLiteral("auditRetentionDays"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
