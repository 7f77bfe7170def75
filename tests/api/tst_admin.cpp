// The console's own part of the admin API (§1 Operators, §13): operators and their roles,
// password login and logout, the overview, settings, every tenant's consents for operators and
// the metric series behind the console's charts.
#include "support/ServerFixture.h"

#include "core/Clock.h"
#include "core/Time.h"
#include "services/LoginThrottle.h"
#include "services/MetricsHistory.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <QtTest>

using namespace mid::test;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString uniqueTag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// An E.164 number no other test uses, to scope consent list queries to one test.
QString uniqueRecipient()
{
    return QStringLiteral("+23480%1").arg(QRandomGenerator::global()->bounded(10000000, 99999999));
}

QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

Headers bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toUtf8()}};
}

QStringList detailFields(const Response &r)
{
    QStringList out;
    for (const auto &d : r.json().value(QStringLiteral("details")).toArray())
        out << d.toObject().value(QStringLiteral("field")).toString();
    return out;
}

QString describe(const Response &r)
{
    return QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(600)));
}

QJsonArray items(const Response &r)
{
    return r.data().value(QStringLiteral("items")).toArray();
}

QSet<QString> ids(const Response &r, const QString &key = QStringLiteral("id"))
{
    QSet<QString> out;
    for (const auto &item : items(r))
        out.insert(item.toObject().value(key).toString());
    return out;
}

// Credentials of a tenant by scheme name (§1).
Headers clientCredentials(const TestClient &c, const QString &scheme)
{
    if (scheme == QLatin1String("mobid"))
        return c.mobidKey();
    if (scheme == QLatin1String("basic"))
        return c.basic();
    if (scheme == QLatin1String("key-only"))
        return bearer(c.apiKey);
    return c.bearer();
}
} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // operators
    void createOperator();
    void createOperatorDuplicate();
    void createOperatorValidation_data();
    void createOperatorValidation();
    void adminOnly_data();
    void adminOnly();
    void operatorRoleMayManageClients();
    void auditorReadOnly_data();
    void auditorReadOnly();
    void auditorCanLogout();
    void deleteSelf();
    void lastAdmin();
    void deletedOperatorTokenRejected();
    void deleteUnknownOperator();
    void updateOperator();

    // login / logout
    void login();
    void loginRejected_data();
    void loginRejected();
    void loginValidation_data();
    void loginValidation();
    void repeatedFailuresBanTheAddress();
    void banLiftsAfterFifteenMinutes_data();
    void banLiftsAfterFifteenMinutes();
    void loginsDoNotHoldUpOtherRequests();
    void logout();
    void passwordNeverInAudit();

    // overview
    void overview();
    void overviewRightAfterStart();
    void overviewRole_data();
    void overviewRole();

    // settings
    void settingsGet();
    void settingsValidation_data();
    void settingsValidation();
    void settingsSave();
    void settingsAdminOnly_data();
    void settingsAdminOnly();

    // admin consents
    void adminConsentsList();
    void adminConsentsFilters_data();
    void adminConsentsFilters();
    void adminConsentsBadQuery_data();
    void adminConsentsBadQuery();
    void adminConsentCreate();
    void adminConsentCreateRejected_data();
    void adminConsentCreateRejected();
    void adminConsentRevoke();
    void adminConsentsNeedOperator_data();
    void adminConsentsNeedOperator();

    // metrics series
    void metricsRequests();
    void metricsLatency();
    void metricsPerClient();
    void metricsValidation_data();
    void metricsValidation();
    void metricsConsents();
    void metricsDirectSample();
    void metricsAfterClockGoesBack();

private:
    struct Op
    {
        QString username, password, token;
    };
    std::unique_ptr<ServerFixture> m_f;
    HttpClient &http() { return m_f->http(); }
    // Creates an operator through the API (as the bootstrap admin) and logs it in.
    Op makeOperator(const QString &role);
    QString loginToken(const QString &username, const QString &password);
    QJsonObject overviewCounts();
    Response series(const QString &query);
};

void TestAdmin::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
}

void TestAdmin::cleanupTestCase()
{
    m_f.reset();
}

TestAdmin::Op TestAdmin::makeOperator(const QString &role)
{
    Op op{QStringLiteral("op-") + role + QLatin1Char('-') + uniqueTag(),
          QStringLiteral("pw-") + uniqueTag(),
          {}};
    const Response r = http().post(QStringLiteral("/admin/v1/operators"),
                                   {{QStringLiteral("username"), op.username},
                                    {QStringLiteral("password"), op.password},
                                    {QStringLiteral("role"), role}},
                                   m_f->admin());
    if (r.status != 201) {
        qWarning() << "operator creation failed" << describe(r);
        return op;
    }
    op.token = loginToken(op.username, op.password);
    return op;
}

QString TestAdmin::loginToken(const QString &username, const QString &password)
{
    const Response r =
        http().post(QStringLiteral("/admin/v1/login"), {{QStringLiteral("username"), username},
                                                        {QStringLiteral("password"), password}});
    if (r.status != 200)
        qWarning() << "login failed" << describe(r);
    return r.data().value(QStringLiteral("token")).toString();
}

QJsonObject TestAdmin::overviewCounts()
{
    return http()
        .get(QStringLiteral("/admin/v1/overview"), m_f->admin())
        .data()
        .value(QStringLiteral("counts"))
        .toObject();
}

Response TestAdmin::series(const QString &query)
{
    return http().get(QStringLiteral("/admin/v1/metrics/series?") + query, m_f->admin());
}

// ---------------------------------------------------------------------------------- operators

void TestAdmin::createOperator()
{
    const QString name = QStringLiteral("alice-") + uniqueTag();
    const QString password = QStringLiteral("correct horse battery");
    const Response r = http().post(QStringLiteral("/admin/v1/operators"),
                                   {{QStringLiteral("username"), name},
                                    {QStringLiteral("password"), password},
                                    {QStringLiteral("role"), QStringLiteral("operator")}},
                                   m_f->admin());
    QVERIFY2(r.status == 201, qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("code")).toInt(), 201);
    QCOMPARE(r.data().value(QStringLiteral("username")).toString(), name);
    QCOMPARE(r.data().value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    QVERIFY(!r.body.contains(password.toUtf8()));
    QVERIFY(!r.body.toLower().contains("salt"));

    const Response list = http().get(QStringLiteral("/admin/v1/operators"), m_f->admin());
    QCOMPARE(list.status, 200);
    QVERIFY(ids(list, QStringLiteral("username")).contains(name));
    QVERIFY(ids(list, QStringLiteral("username")).contains(QStringLiteral("admin")));
    QVERIFY(!list.body.contains(password.toUtf8()));

    // The new operator can log in with that password.
    QVERIFY(!loginToken(name, password).isEmpty());
}

void TestAdmin::createOperatorDuplicate()
{
    const QJsonObject body{{QStringLiteral("username"), QStringLiteral("dup-") + uniqueTag()},
                           {QStringLiteral("password"), QStringLiteral("long enough pw")},
                           {QStringLiteral("role"), QStringLiteral("operator")}};
    QCOMPARE(http().post(QStringLiteral("/admin/v1/operators"), body, m_f->admin()).status, 201);
    const Response again = http().post(QStringLiteral("/admin/v1/operators"), body, m_f->admin());
    QVERIFY2(again.status == 409, qPrintable(describe(again)));
    QCOMPARE(again.json().value(QStringLiteral("type")).toString(), QStringLiteral("conflict"));
    // The bootstrap admin's name is taken too.
    QJsonObject admin = body;
    admin.insert(QStringLiteral("username"), QStringLiteral("admin"));
    QCOMPARE(http().post(QStringLiteral("/admin/v1/operators"), admin, m_f->admin()).status, 409);
}

void TestAdmin::createOperatorValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("short password")
        << QByteArray(R"({"username":"u-{tag}","password":"short","role":"operator"})") << 422
        << QStringLiteral("password");
    QTest::newRow("9-char password")
        << QByteArray(R"({"username":"u-{tag}","password":"123456789","role":"operator"})") << 422
        << QStringLiteral("password");
    QTest::newRow("bad role")
        << QByteArray(R"({"username":"u-{tag}","password":"long enough pw","role":"root"})") << 422
        << QStringLiteral("role");
    QTest::newRow("missing password") << QByteArray(R"({"username":"u-{tag}","role":"operator"})")
                                      << 422 << QStringLiteral("password");
    QTest::newRow("missing username")
        << QByteArray(R"({"password":"long enough pw","role":"operator"})") << 422
        << QStringLiteral("username");
    QTest::newRow("bad username")
        << QByteArray(R"({"username":"has space {tag}","password":"long enough pw"})") << 422
        << QStringLiteral("username");
    QTest::newRow("role wrong type")
        << QByteArray(R"({"username":"u-{tag}","password":"long enough pw","role":1})") << 400
        << QStringLiteral("role");
}

void TestAdmin::createOperatorValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const QString tag = uniqueTag();
    body.replace("{tag}", tag.toUtf8());
    const Response r =
        http().send("POST", QStringLiteral("/admin/v1/operators"), body, m_f->admin());
    QVERIFY2(r.status == status, qPrintable(describe(r)));
    QVERIFY2(detailFields(r).contains(field), qPrintable(describe(r)));
    // Nothing was created.
    const Response list = http().get(QStringLiteral("/admin/v1/operators"), m_f->admin());
    QVERIFY(!list.body.contains(tag.toUtf8()));
}

void TestAdmin::adminOnly_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QByteArray create = R"({"username":"never-{tag}","password":"long enough pw"})";
    for (const char *role : {"operator", "auditor"}) {
        const QString r = QString::fromLatin1(role);
        QTest::addRow("%s GET operators", role)
            << r << QByteArray("GET") << QStringLiteral("/admin/v1/operators") << QByteArray();
        QTest::addRow("%s POST operators", role)
            << r << QByteArray("POST") << QStringLiteral("/admin/v1/operators") << create;
        QTest::addRow("%s PUT operator", role)
            << r << QByteArray("PUT") << QStringLiteral("/admin/v1/operators/admin")
            << QByteArray(R"({"role":"auditor"})");
        QTest::addRow("%s DELETE operator", role)
            << r << QByteArray("DELETE") << QStringLiteral("/admin/v1/operators/admin")
            << QByteArray();
    }
}

void TestAdmin::adminOnly()
{
    QFETCH(QString, role);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const Op op = makeOperator(role);
    QVERIFY(!op.token.isEmpty());
    body.replace("{tag}", uniqueTag().toUtf8());
    const Response r = http().send(method, path, body, bearer(op.token));
    QVERIFY2(r.status == 403, qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("forbidden"));
    // The bootstrap admin is untouched.
    const Response admins = http().get(QStringLiteral("/admin/v1/operators"), m_f->admin());
    QCOMPARE(admins.status, 200);
    bool adminStillAdmin = false;
    for (const auto &o : items(admins))
        if (o.toObject().value(QStringLiteral("username")).toString() == QLatin1String("admin"))
            adminStillAdmin =
                o.toObject().value(QStringLiteral("role")).toString() == QLatin1String("admin");
    QVERIFY(adminStillAdmin);
}

void TestAdmin::operatorRoleMayManageClients()
{
    // §1: the operator role works on clients and consents, just not on operators or settings.
    const Op op = makeOperator(QStringLiteral("operator"));
    QVERIFY(!op.token.isEmpty());
    const Response created = http().post(QStringLiteral("/v1/clients"),
                                         obj(R"({"name":"By operator"})"), bearer(op.token));
    QVERIFY2(created.status == 201, qPrintable(describe(created)));
    const QString clientId = created.data().value(QStringLiteral("clientId")).toString();
    const Response consent = http().post(
        QStringLiteral("/admin/v1/consents"),
        {{QStringLiteral("clientId"), clientId}, {QStringLiteral("recipient"), uniqueRecipient()}},
        bearer(op.token));
    QVERIFY2(consent.status == 201, qPrintable(describe(consent)));
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), bearer(op.token)).status, 200);
}

void TestAdmin::auditorReadOnly_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("POST /v1/clients") << QByteArray("POST") << QStringLiteral("/v1/clients")
                                      << QByteArray(R"({"name":"x"})") << 403;
    QTest::newRow("PUT /v1/clients/:id") << QByteArray("PUT") << QStringLiteral("/v1/clients/{c}")
                                         << QByteArray(R"({"name":"renamed"})") << 403;
    QTest::newRow("DELETE /v1/clients/:id")
        << QByteArray("DELETE") << QStringLiteral("/v1/clients/{c}") << QByteArray() << 403;
    QTest::newRow("POST regenerate-key")
        << QByteArray("POST") << QStringLiteral("/v1/clients/{c}/regenerate-key") << QByteArray()
        << 403;
    QTest::newRow("POST /admin/v1/consents")
        << QByteArray("POST") << QStringLiteral("/admin/v1/consents")
        << QByteArray(R"({"clientId":"{c}","recipient":"+2348012345678"})") << 403;
    QTest::newRow("DELETE /admin/v1/consents/:id")
        << QByteArray("DELETE") << QStringLiteral("/admin/v1/consents/{cons}") << QByteArray()
        << 403;
    QTest::newRow("PUT settings") << QByteArray("PUT") << QStringLiteral("/admin/v1/settings")
                                  << QByteArray(R"({"publicUrl":"https://x.example"})") << 403;
    QTest::newRow("GET /v1/clients")
        << QByteArray("GET") << QStringLiteral("/v1/clients") << QByteArray() << 200;
    QTest::newRow("GET /v1/clients/:id")
        << QByteArray("GET") << QStringLiteral("/v1/clients/{c}") << QByteArray() << 200;
    QTest::newRow("GET /admin/v1/consents")
        << QByteArray("GET") << QStringLiteral("/admin/v1/consents") << QByteArray() << 200;
    QTest::newRow("GET /admin/v1/consents/:id")
        << QByteArray("GET") << QStringLiteral("/admin/v1/consents/{cons}") << QByteArray() << 200;
    QTest::newRow("GET overview") << QByteArray("GET") << QStringLiteral("/admin/v1/overview")
                                  << QByteArray() << 200;
    QTest::newRow("GET audit") << QByteArray("GET") << QStringLiteral("/admin/v1/audit")
                               << QByteArray() << 200;
    QTest::newRow("GET metrics") << QByteArray("GET")
                                 << QStringLiteral("/admin/v1/metrics/series?metric=requests")
                                 << QByteArray() << 200;
}

void TestAdmin::auditorReadOnly()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Op auditor = makeOperator(QStringLiteral("auditor"));
    QVERIFY(!auditor.token.isEmpty());
    const TestClient c = m_f->createClient();
    const QString consentId = m_f->createConsent(c).value(QStringLiteral("id")).toString();
    QVERIFY(!consentId.isEmpty());
    path.replace(QStringLiteral("{c}"), c.clientId).replace(QStringLiteral("{cons}"), consentId);
    body.replace("{c}", c.clientId.toUtf8());
    const Response r = http().send(method, path, body, bearer(auditor.token));
    QVERIFY2(r.status == status, qPrintable(describe(r)));
    if (status == 403)
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("forbidden"));
    // Nothing changed: the client is still there under its name, the consent still pending.
    const Response client = http().get(QStringLiteral("/v1/clients/") + c.clientId, m_f->admin());
    QCOMPARE(client.status, 200);
    QCOMPARE(client.data().value(QStringLiteral("name")).toString(), QStringLiteral("Test tenant"));
    const Response consent =
        http().get(QStringLiteral("/admin/v1/consents/") + consentId, m_f->admin());
    QCOMPARE(consent.data().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void TestAdmin::auditorCanLogout()
{
    // Logging out changes nothing on the box; "read-only" must not keep an auditor from
    // ending their own token (§13: logout ends the calling token at once).
    const Op auditor = makeOperator(QStringLiteral("auditor"));
    QVERIFY(!auditor.token.isEmpty());
    const Response r =
        http().send("POST", QStringLiteral("/admin/v1/logout"), {}, bearer(auditor.token));
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), bearer(auditor.token)).status, 401);
}

void TestAdmin::deleteSelf()
{
    // The bootstrap admin deleting itself (other admins may exist by now).
    const Response r = http().del(QStringLiteral("/admin/v1/operators/admin"), m_f->admin());
    QVERIFY2(r.status == 409, qPrintable(describe(r)));
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), m_f->admin()).status, 200);

    // A second admin deleting itself while another admin exists.
    const Op other = makeOperator(QStringLiteral("admin"));
    QVERIFY(!other.token.isEmpty());
    const Response self =
        http().del(QStringLiteral("/admin/v1/operators/") + other.username, bearer(other.token));
    QVERIFY2(self.status == 409, qPrintable(describe(self)));
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), bearer(other.token)).status, 200);
}

void TestAdmin::lastAdmin()
{
    // A box of its own: the only admin is the bootstrap one.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(f.http().del(QStringLiteral("/admin/v1/operators/admin"), f.admin()).status, 409);
    const Response demote = f.http().put(QStringLiteral("/admin/v1/operators/admin"),
                                         obj(R"({"role":"operator"})"), f.admin());
    QVERIFY2(demote.status == 409, qPrintable(describe(demote)));

    // A second admin may delete the first; then it is the last one and cannot go.
    QCOMPARE(f.http()
                 .post(QStringLiteral("/admin/v1/operators"),
                       obj(R"({"username":"second","password":"second password","role":"admin"})"),
                       f.admin())
                 .status,
             201);
    const Response login =
        f.http().post(QStringLiteral("/admin/v1/login"),
                      obj(R"({"username":"second","password":"second password"})"));
    QCOMPARE(login.status, 200);
    const Headers second = bearer(login.data().value(QStringLiteral("token")).toString());
    const Response del = f.http().del(QStringLiteral("/admin/v1/operators/admin"), second);
    QVERIFY2(del.status == 200, qPrintable(describe(del)));
    QCOMPARE(f.http().get(QStringLiteral("/admin/v1/overview"), f.admin()).status, 401);
    QCOMPARE(f.http().del(QStringLiteral("/admin/v1/operators/second"), second).status, 409);
    QCOMPARE(
        f.http()
            .put(QStringLiteral("/admin/v1/operators/second"), obj(R"({"role":"auditor"})"), second)
            .status,
        409);
    const Response list = f.http().get(QStringLiteral("/admin/v1/operators"), second);
    QCOMPARE(list.status, 200);
    QCOMPARE(items(list).size(), 1);
    QCOMPARE(items(list).at(0).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("admin"));
}

void TestAdmin::deletedOperatorTokenRejected()
{
    const Op op = makeOperator(QStringLiteral("operator"));
    QVERIFY(!op.token.isEmpty());
    const QString second = loginToken(op.username, op.password);
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), bearer(op.token)).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/clients"), bearer(second)).status, 200);

    const Response del =
        http().del(QStringLiteral("/admin/v1/operators/") + op.username, m_f->admin());
    QVERIFY2(del.status == 200, qPrintable(describe(del)));
    for (const QString &token : {op.token, second}) {
        const Response r = http().get(QStringLiteral("/admin/v1/overview"), bearer(token));
        QVERIFY2(r.status == 401, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("unauthorized"));
        QCOMPARE(http().get(QStringLiteral("/v1/clients"), bearer(token)).status, 401);
    }
    // And the password no longer logs in.
    QCOMPARE(
        http()
            .post(QStringLiteral("/admin/v1/login"), {{QStringLiteral("username"), op.username},
                                                      {QStringLiteral("password"), op.password}})
            .status,
        401);
    QVERIFY(!ids(http().get(QStringLiteral("/admin/v1/operators"), m_f->admin()),
                 QStringLiteral("username"))
                 .contains(op.username));
}

void TestAdmin::deleteUnknownOperator()
{
    const Response r =
        http().del(QStringLiteral("/admin/v1/operators/nobody-") + uniqueTag(), m_f->admin());
    QVERIFY2(r.status == 404, qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
}

void TestAdmin::updateOperator()
{
    const Op op = makeOperator(QStringLiteral("operator"));
    QVERIFY(!op.token.isEmpty());
    QCOMPARE(http().get(QStringLiteral("/admin/v1/operators"), bearer(op.token)).status, 403);
    // Promotion applies to the token already held.
    Response r = http().put(QStringLiteral("/admin/v1/operators/") + op.username,
                            obj(R"({"role":"admin"})"), m_f->admin());
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(r.data().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(http().get(QStringLiteral("/admin/v1/operators"), bearer(op.token)).status, 200);

    // A new password replaces the old one.
    r = http().put(QStringLiteral("/admin/v1/operators/") + op.username,
                   obj(R"({"password":"a brand new password"})"), m_f->admin());
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(
        http()
            .post(QStringLiteral("/admin/v1/login"), {{QStringLiteral("username"), op.username},
                                                      {QStringLiteral("password"), op.password}})
            .status,
        401);
    QVERIFY(!loginToken(op.username, QStringLiteral("a brand new password")).isEmpty());

    r = http().put(QStringLiteral("/admin/v1/operators/") + op.username,
                   obj(R"({"password":"short"})"), m_f->admin());
    QCOMPARE(r.status, 422);
    QVERIFY(detailFields(r).contains(QStringLiteral("password")));
    r = http().put(QStringLiteral("/admin/v1/operators/") + op.username, obj(R"({"role":"god"})"),
                   m_f->admin());
    QCOMPARE(r.status, 422);
    QVERIFY(detailFields(r).contains(QStringLiteral("role")));
    QCOMPARE(http()
                 .put(QStringLiteral("/admin/v1/operators/nobody-") + uniqueTag(),
                      obj(R"({"role":"auditor"})"), m_f->admin())
                 .status,
             404);
}

// ------------------------------------------------------------------------------ login/logout

void TestAdmin::login()
{
    const QString name = QStringLiteral("login-") + uniqueTag();
    QCOMPARE(http()
                 .post(QStringLiteral("/admin/v1/operators"),
                       {{QStringLiteral("username"), name},
                        {QStringLiteral("password"), QStringLiteral("s3cret passphrase")},
                        {QStringLiteral("role"), QStringLiteral("auditor")}},
                       m_f->admin())
                 .status,
             201);
    const Response r =
        http().post(QStringLiteral("/admin/v1/login"),
                    {{QStringLiteral("username"), name},
                     {QStringLiteral("password"), QStringLiteral("s3cret passphrase")}});
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("success")).toBool(), true);
    const QString token = r.data().value(QStringLiteral("token")).toString();
    QVERIFY(token.size() >= 32);
    QCOMPARE(
        r.data().value(QStringLiteral("operator")).toObject().value(QStringLiteral("username")),
        QJsonValue(name));
    QCOMPARE(r.data().value(QStringLiteral("operator")).toObject().value(QStringLiteral("role")),
             QJsonValue(QStringLiteral("auditor")));
    QVERIFY(!r.body.contains("s3cret passphrase"));

    const Response o = http().get(QStringLiteral("/admin/v1/overview"), bearer(token));
    QVERIFY2(o.status == 200, qPrintable(describe(o)));
    const QJsonObject you = o.data().value(QStringLiteral("operator")).toObject();
    QCOMPARE(you.value(QStringLiteral("username")).toString(), name);
    QCOMPARE(you.value(QStringLiteral("role")).toString(), QStringLiteral("auditor"));

    // Each login is its own token.
    const QString again = loginToken(name, QStringLiteral("s3cret passphrase"));
    QVERIFY(!again.isEmpty());
    QVERIFY(again != token);
}

void TestAdmin::loginRejected_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password")
        << QStringLiteral("{user}") << QStringLiteral("wrong password!");
    QTest::newRow("unknown user") << QStringLiteral("ghost-{tag}") << QStringLiteral("{password}");
    QTest::newRow("case of username") << QStringLiteral("{USER}") << QStringLiteral("{password}");
    QTest::newRow("empty password") << QStringLiteral("{user}") << QString();
    // The bootstrap admin has a token but no password: no password opens it.
    QTest::newRow("bootstrap admin") << QStringLiteral("admin") << QStringLiteral("{password}");
}

void TestAdmin::loginRejected()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    const Op op = makeOperator(QStringLiteral("operator"));
    QVERIFY(!op.token.isEmpty());
    username.replace(QStringLiteral("{user}"), op.username)
        .replace(QStringLiteral("{USER}"), op.username.toUpper())
        .replace(QStringLiteral("{tag}"), uniqueTag());
    password.replace(QStringLiteral("{password}"), op.password);

    const Response r =
        http().post(QStringLiteral("/admin/v1/login"), {{QStringLiteral("username"), username},
                                                        {QStringLiteral("password"), password}});
    QVERIFY2(r.status == 401, qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(!r.data().contains(QStringLiteral("token")));
    QVERIFY(!r.body.contains("mid_op_"));

    // Unknown user and wrong password read the same: the message tells nothing.
    const Response wrongPassword =
        http().post(QStringLiteral("/admin/v1/login"),
                    {{QStringLiteral("username"), op.username},
                     {QStringLiteral("password"), QStringLiteral("nope nope nope")}});
    QCOMPARE(r.json().value(QStringLiteral("message")),
             wrongPassword.json().value(QStringLiteral("message")));
}

void TestAdmin::loginValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing password")
        << QByteArray(R"({"username":"admin"})") << 422 << QStringLiteral("password");
    QTest::newRow("missing username")
        << QByteArray(R"({"password":"whatever it is"})") << 422 << QStringLiteral("username");
    QTest::newRow("empty object") << QByteArray("{}") << 422 << QStringLiteral("username");
    QTest::newRow("null password") << QByteArray(R"({"username":"admin","password":null})") << 422
                                   << QStringLiteral("password");
    QTest::newRow("number password") << QByteArray(R"({"username":"admin","password":12345})")
                                     << 400 << QStringLiteral("password");
}

void TestAdmin::repeatedFailuresBanTheAddress()
{
    // Its own server: the ban would otherwise lock the other tests out of loopback.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(f.http()
                 .post(QStringLiteral("/admin/v1/operators"),
                       obj(R"({"username":"guessed","password":"the right password","role":"operator"})"),
                       f.admin())
                 .status,
             201);
    const QJsonObject wrong = obj(R"({"username":"guessed","password":"a wrong guess"})");
    const QJsonObject right = obj(R"({"username":"guessed","password":"the right password"})");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(f.http().post(QStringLiteral("/admin/v1/login"), wrong).status, 401);
    // Now even the right password is refused, without telling whether it was right.
    const Response banned = f.http().post(QStringLiteral("/admin/v1/login"), right);
    QVERIFY2(banned.status == 429, qPrintable(describe(banned)));
    QCOMPARE(banned.json().value(QStringLiteral("type")).toString(), QStringLiteral("rate_limited"));
    QVERIFY(banned.json().value(QStringLiteral("retryAfter")).toInt() > 800);
    QVERIFY(banned.header("Retry-After").toInt() > 800);
    QVERIFY(!banned.data().contains(QStringLiteral("token")));
    // Tokens already held keep working: the ban is on guessing, not on the box.
    QCOMPARE(f.http().get(QStringLiteral("/admin/v1/overview"), f.admin()).status, 200);
}

void TestAdmin::banLiftsAfterFifteenMinutes_data()
{
    QTest::addColumn<qint64>("elapsedMs"); // after the failure that banned the address
    QTest::addColumn<int>("status");
    const qint64 ban = mid::LoginThrottle::kBanMs;
    QTest::newRow("a millisecond before") << ban - 1 << 429;
    QTest::newRow("at fifteen minutes") << ban << 200;
    QTest::newRow("a day later") << ban + 24 * 3600 * 1000 << 200;
}

void TestAdmin::banLiftsAfterFifteenMinutes()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(int, status);
    mid::ManualClock clock;
    ServerFixture f; // its own server, as above; stops before the clock goes
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(
        f.http()
            .post(
                QStringLiteral("/admin/v1/operators"),
                obj(R"({"username":"patient","password":"the right password","role":"operator"})"),
                f.admin())
            .status,
        201);
    const QJsonObject wrong = obj(R"({"username":"patient","password":"a wrong guess"})");
    for (int i = 0; i < mid::LoginThrottle::kMaxFailures; ++i)
        QCOMPARE(f.http().post(QStringLiteral("/admin/v1/login"), wrong).status, 401);
    const Response banned = f.http().post(QStringLiteral("/admin/v1/login"), wrong);
    QCOMPARE(banned.status, 429);
    QCOMPARE(banned.json().value(QStringLiteral("retryAfter")).toInteger(),
             mid::LoginThrottle::kBanMs / 1000);

    clock.advance(std::chrono::milliseconds(elapsedMs));
    const Response r =
        f.http().post(QStringLiteral("/admin/v1/login"),
                      obj(R"({"username":"patient","password":"the right password"})"));
    QVERIFY2(r.status == status, qPrintable(describe(r)));
}

void TestAdmin::loginsDoNotHoldUpOtherRequests()
{
    // Password hashing is slow on purpose; it runs on workers, so a burst of logins does not
    // stand between other callers and their answers.
    const Op op = makeOperator(QStringLiteral("operator"));
    QVERIFY(!op.token.isEmpty());
    QNetworkAccessManager nam;
    const QUrl base(m_f->server().baseUrl());
    QNetworkRequest login(base.resolved(QUrl(QStringLiteral("/admin/v1/login"))));
    login.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), op.username},
                                                      {QStringLiteral("password"), op.password}})
                                .toJson();
    QList<QNetworkReply *> logins;
    // Five: with the health check, one connection each (QNAM opens six per host).
    for (int i = 0; i < 5; ++i)
        logins << nam.post(login, body);
    QNetworkReply *health = nam.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/healthz")))));
    int loginsDoneBeforeHealth = -1;
    connect(health, &QNetworkReply::finished, this, [&] {
        loginsDoneBeforeHealth = int(std::count_if(logins.cbegin(), logins.cend(),
                                                   [](QNetworkReply *r) { return r->isFinished(); }));
    });
    QVERIFY(QTest::qWaitFor([&] {
        return health->isFinished() &&
               std::all_of(logins.cbegin(), logins.cend(),
                           [](QNetworkReply *r) { return r->isFinished(); });
    }, 20000));
    QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY2(loginsDoneBeforeHealth < logins.size(),
             "the health check waited for every login to be hashed");
    for (QNetworkReply *r : std::as_const(logins)) {
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject answer = QJsonDocument::fromJson(r->readAll()).object();
        QVERIFY(answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("token"))
                    .toString()
                    .startsWith(QLatin1String("mid_op_")));
        QVERIFY(!r->rawHeader("X-Request-ID").isEmpty());
        r->deleteLater();
    }
    health->deleteLater();
}

void TestAdmin::loginValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Response r = http().send("POST", QStringLiteral("/admin/v1/login"), body);
    QVERIFY2(r.status == status, qPrintable(describe(r)));
    QVERIFY2(detailFields(r).contains(field), qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("error")).toBool(), true);
}

void TestAdmin::logout()
{
    const Op op = makeOperator(QStringLiteral("operator"));
    QVERIFY(!op.token.isEmpty());
    const QString other = loginToken(op.username, op.password);
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), bearer(op.token)).status, 200);

    const Response out =
        http().send("POST", QStringLiteral("/admin/v1/logout"), {}, bearer(op.token));
    QVERIFY2(out.status == 200, qPrintable(describe(out)));
    const Response after = http().get(QStringLiteral("/admin/v1/overview"), bearer(op.token));
    QVERIFY2(after.status == 401, qPrintable(describe(after)));
    QCOMPARE(http().get(QStringLiteral("/v1/clients"), bearer(op.token)).status, 401);
    QCOMPARE(http().send("POST", QStringLiteral("/admin/v1/logout"), {}, bearer(op.token)).status,
             401);
    // Only the calling token ends: the operator's other session goes on.
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), bearer(other)).status, 200);
    // And logging out needs a token.
    QCOMPARE(http().send("POST", QStringLiteral("/admin/v1/logout")).status, 401);
}

void TestAdmin::passwordNeverInAudit()
{
    const QString name = QStringLiteral("audited-") + uniqueTag();
    const QString first = QStringLiteral("FirstPw-") + uniqueTag();
    const QString wrong = QStringLiteral("WrongPw-") + uniqueTag();
    const QString second = QStringLiteral("SecondPw-") + uniqueTag();
    QCOMPARE(http()
                 .post(QStringLiteral("/admin/v1/operators"),
                       {{QStringLiteral("username"), name},
                        {QStringLiteral("password"), first},
                        {QStringLiteral("role"), QStringLiteral("operator")}},
                       m_f->admin())
                 .status,
             201);
    QVERIFY(!loginToken(name, first).isEmpty());
    QCOMPARE(http()
                 .post(QStringLiteral("/admin/v1/login"),
                       {{QStringLiteral("username"), name}, {QStringLiteral("password"), wrong}})
                 .status,
             401);
    QCOMPARE(http()
                 .put(QStringLiteral("/admin/v1/operators/") + name,
                      {{QStringLiteral("password"), second}}, m_f->admin())
                 .status,
             200);

    // The rows exist (so the search below is not vacuous) ...
    const Response mine =
        http().get(QStringLiteral("/admin/v1/audit?limit=500&resource=") + enc(name), m_f->admin());
    QCOMPARE(mine.status, 200);
    QSet<QString> actions;
    for (const auto &row : items(mine))
        actions.insert(row.toObject().value(QStringLiteral("action")).toString());
    QVERIFY2(actions.contains(QStringLiteral("operator.create")), qPrintable(describe(mine)));
    QVERIFY2(actions.contains(QStringLiteral("operator.login")), qPrintable(describe(mine)));
    QVERIFY2(actions.contains(QStringLiteral("operator.update")), qPrintable(describe(mine)));

    // ... and no page of the whole log carries any of the passwords.
    QString cursor;
    int pages = 0;
    do {
        QString path = QStringLiteral("/admin/v1/audit?limit=500");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + enc(cursor);
        const Response r = http().get(path, m_f->admin());
        QCOMPARE(r.status, 200);
        for (const QString &pw : {first, wrong, second})
            QVERIFY2(!r.body.contains(pw.toUtf8()), qPrintable(pw));
        cursor = r.data().value(QStringLiteral("nextCursor")).toString();
        QVERIFY(++pages < 100);
    } while (!cursor.isEmpty());
}

// ---------------------------------------------------------------------------------- overview

void TestAdmin::overview()
{
    const QJsonObject before = overviewCounts();
    QVERIFY(before.contains(QStringLiteral("clients")));
    QVERIFY(before.contains(QStringLiteral("consentsPending")));

    const TestClient a = m_f->createClient();
    const TestClient b = m_f->createClient();
    QVERIFY(!a.clientId.isEmpty() && !b.clientId.isEmpty());
    QStringList consents;
    for (const TestClient &c : {a, a, b})
        consents << m_f->createConsent(c).value(QStringLiteral("id")).toString();

    QJsonObject after = overviewCounts();
    auto delta = [&](const char *key) {
        return after.value(QLatin1String(key)).toInteger() -
               before.value(QLatin1String(key)).toInteger();
    };
    QCOMPARE(delta("clients"), 2);
    QCOMPARE(delta("clientsActive"), 2);
    QCOMPARE(delta("consentsPending"), 3);
    QCOMPARE(delta("consentsTotal"), 3);

    // A revoked one is no longer pending; a suspended tenant is no longer active.
    QCOMPARE(http().del(QStringLiteral("/v1/consents/") + consents.first(), a.bearer()).status,
             200);
    QCOMPARE(http()
                 .put(QStringLiteral("/v1/clients/") + b.clientId, obj(R"({"status":"suspended"})"),
                      m_f->admin())
                 .status,
             200);
    after = overviewCounts();
    QCOMPARE(delta("consentsPending"), 2);
    QCOMPARE(delta("consentsTotal"), 3);
    QCOMPARE(delta("clients"), 2);
    QCOMPARE(delta("clientsActive"), 1);
    QCOMPARE(after.value(QStringLiteral("consentsByStatus"))
                     .toObject()
                     .value(QStringLiteral("revoked"))
                     .toInteger() -
                 before.value(QStringLiteral("consentsByStatus"))
                     .toObject()
                     .value(QStringLiteral("revoked"))
                     .toInteger(),
             1);

    const Response r = http().get(QStringLiteral("/admin/v1/overview"), m_f->admin());
    QCOMPARE(r.data().value(QStringLiteral("operator")).toObject().value(QStringLiteral("role")),
             QJsonValue(QStringLiteral("admin")));
    QCOMPARE(
        r.data().value(QStringLiteral("operator")).toObject().value(QStringLiteral("username")),
        QJsonValue(QStringLiteral("admin")));
    QVERIFY(
        r.data().value(QStringLiteral("server")).toObject().contains(QStringLiteral("version")));
    QVERIFY(r.data().contains(QStringLiteral("requestsPerSecond")));
}

void TestAdmin::overviewRightAfterStart()
{
    // The embedded console asks for the overview as soon as its server is up, before the
    // metrics sampler has ticked once.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const Response r = f.http().get(QStringLiteral("/admin/v1/overview"), f.admin());
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(r.data().value(QStringLiteral("requestsPerSecond")).toDouble(), 0.0);
}

void TestAdmin::overviewRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("operator") << QStringLiteral("operator");
    QTest::newRow("auditor") << QStringLiteral("auditor");
    QTest::newRow("admin") << QStringLiteral("admin");
}

void TestAdmin::overviewRole()
{
    QFETCH(QString, role);
    const Op op = makeOperator(role);
    QVERIFY(!op.token.isEmpty());
    const Response r = http().get(QStringLiteral("/admin/v1/overview"), bearer(op.token));
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    const QJsonObject you = r.data().value(QStringLiteral("operator")).toObject();
    QCOMPARE(you.value(QStringLiteral("role")).toString(), role);
    QCOMPARE(you.value(QStringLiteral("username")).toString(), op.username);

    // A client key is not an operator token.
    const TestClient c = m_f->createClient();
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), c.bearer()).status, 401);
    QCOMPARE(http().get(QStringLiteral("/admin/v1/overview")).status, 401);
}

// ---------------------------------------------------------------------------------- settings

void TestAdmin::settingsGet()
{
    const Response r = http().get(QStringLiteral("/admin/v1/settings"), m_f->admin());
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    const QJsonObject d = r.data();
    const QUrl base(m_f->server().baseUrl());
    QCOMPARE(d.value(QStringLiteral("listen")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(base.port()));
    QVERIFY2(QUrl(d.value(QStringLiteral("publicUrl")).toString()).isValid() &&
                 d.value(QStringLiteral("publicUrl")).toString().startsWith(QLatin1String("http")),
             qPrintable(describe(r)));
    QCOMPARE(QDir(d.value(QStringLiteral("dataDir")).toString()).canonicalPath(),
             QDir(m_f->dataDir()).canonicalPath());
    QVERIFY2(!d.value(QStringLiteral("database")).toString().isEmpty(), qPrintable(describe(r)));
}

void TestAdmin::settingsValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("publicUrl not a url")
        << QByteArray(R"({"publicUrl":"not a url"})") << 422 << QStringLiteral("publicUrl");
    QTest::newRow("publicUrl ftp") << QByteArray(R"({"publicUrl":"ftp://files.example"})") << 422
                                   << QStringLiteral("publicUrl");
    QTest::newRow("publicUrl no host")
        << QByteArray(R"({"publicUrl":"https://"})") << 422 << QStringLiteral("publicUrl");
    QTest::newRow("listen no port")
        << QByteArray(R"({"listen":"0.0.0.0"})") << 422 << QStringLiteral("listen");
    QTest::newRow("listen port too big")
        << QByteArray(R"({"listen":"0.0.0.0:70000"})") << 422 << QStringLiteral("listen");
    QTest::newRow("listen garbage")
        << QByteArray(R"({"listen":"here:there"})") << 422 << QStringLiteral("listen");
    QTest::newRow("listen wrong type")
        << QByteArray(R"({"listen":8080})") << 400 << QStringLiteral("listen");
}

void TestAdmin::settingsValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const QString conf = QDir(m_f->dataDir()).filePath(QStringLiteral("mid.conf"));
    QFile before(conf);
    const QByteArray old = before.open(QIODevice::ReadOnly) ? before.readAll() : QByteArray();
    before.close();
    const Response r = http().send("PUT", QStringLiteral("/admin/v1/settings"), body, m_f->admin());
    QVERIFY2(r.status == status, qPrintable(describe(r)));
    QVERIFY2(detailFields(r).contains(field), qPrintable(describe(r)));
    QFile after(conf);
    QCOMPARE(after.open(QIODevice::ReadOnly) ? after.readAll() : QByteArray(), old);
}

void TestAdmin::settingsSave()
{
    const Response r = http().put(QStringLiteral("/admin/v1/settings"),
                                  obj(R"({"listen":"0.0.0.0:9999"})"), m_f->admin());
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(r.data().value(QStringLiteral("restartRequired")), QJsonValue(true));
    // What runs does not change until the next start.
    const QUrl base(m_f->server().baseUrl());
    QCOMPARE(r.data().value(QStringLiteral("listen")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(base.port()));

    QFile conf(QDir(m_f->dataDir()).filePath(QStringLiteral("mid.conf")));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QByteArray text = conf.readAll();
    conf.close();
    QVERIFY2(text.contains("listen=0.0.0.0:9999"), text.constData());

    const Response url =
        http().put(QStringLiteral("/admin/v1/settings"),
                   obj(R"({"publicUrl":"https://mid.example.com"})"), m_f->admin());
    QVERIFY2(url.status == 200, qPrintable(describe(url)));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QByteArray text2 = conf.readAll();
    conf.close();
    QVERIFY2(text2.contains("https://mid.example.com"), text2.constData());
    QVERIFY2(text2.contains("listen=0.0.0.0:9999"), text2.constData()); // kept
    // Still served at the running address, and the request answered.
    QCOMPARE(http().get(QStringLiteral("/admin/v1/settings"), m_f->admin()).status, 200);
}

void TestAdmin::settingsAdminOnly_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("operator") << QStringLiteral("operator");
    QTest::newRow("auditor") << QStringLiteral("auditor");
}

void TestAdmin::settingsAdminOnly()
{
    QFETCH(QString, role);
    const Op op = makeOperator(role);
    QVERIFY(!op.token.isEmpty());
    const QString conf = QDir(m_f->dataDir()).filePath(QStringLiteral("mid.conf"));
    QFile before(conf);
    const QByteArray old = before.open(QIODevice::ReadOnly) ? before.readAll() : QByteArray();
    before.close();
    const Response r = http().put(QStringLiteral("/admin/v1/settings"),
                                  obj(R"({"listen":"0.0.0.0:7777"})"), bearer(op.token));
    QVERIFY2(r.status == 403, qPrintable(describe(r)));
    QFile after(conf);
    const QByteArray now = after.open(QIODevice::ReadOnly) ? after.readAll() : QByteArray();
    QCOMPARE(now, old);
    QVERIFY(!now.contains("7777"));
}

// ---------------------------------------------------------------------------- admin consents

void TestAdmin::adminConsentsList()
{
    const QString tag = uniqueTag();
    const TestClient a =
        m_f->createClient({{QStringLiteral("name"), QStringLiteral("Tenant A ") + tag}});
    const TestClient b =
        m_f->createClient({{QStringLiteral("name"), QStringLiteral("Tenant B ") + tag}});
    const QString ca = m_f->createConsent(a).value(QStringLiteral("id")).toString();
    const QString cb = m_f->createConsent(b).value(QStringLiteral("id")).toString();
    QVERIFY(!ca.isEmpty() && !cb.isEmpty());

    const Response r = http().get(QStringLiteral("/admin/v1/consents?limit=500"), m_f->admin());
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QVERIFY(r.data().value(QStringLiteral("total")).toInt() >= 2);
    QHash<QString, QJsonObject> byId;
    for (const auto &item : items(r))
        byId.insert(item.toObject().value(QStringLiteral("id")).toString(), item.toObject());
    QVERIFY(byId.contains(ca));
    QVERIFY(byId.contains(cb));
    QCOMPARE(byId[ca].value(QStringLiteral("clientId")).toString(), a.clientId);
    QCOMPARE(byId[ca].value(QStringLiteral("clientName")).toString(),
             QStringLiteral("Tenant A ") + tag);
    QCOMPARE(byId[cb].value(QStringLiteral("clientName")).toString(),
             QStringLiteral("Tenant B ") + tag);

    const Response one = http().get(QStringLiteral("/admin/v1/consents/") + cb, m_f->admin());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.data().value(QStringLiteral("clientName")).toString(),
             QStringLiteral("Tenant B ") + tag);
    // A tenant sees only its own through the client API.
    QVERIFY(!ids(http().get(QStringLiteral("/v1/consents?limit=500"), a.bearer())).contains(cb));
}

void TestAdmin::adminConsentsFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // names of the consents the query must return
    QTest::newRow("clientId") << QStringLiteral("clientId={A}") << QStringList{"a1", "a2", "a3"};
    QTest::newRow("clientId+status")
        << QStringLiteral("clientId={A}&status=revoked") << QStringList{"a1"};
    QTest::newRow("recipient") << QStringLiteral("recipient={R1}") << QStringList{"a1", "a2", "b1"};
    QTest::newRow("recipient+status")
        << QStringLiteral("recipient={R1}&status=pending") << QStringList{"a2", "b1"};
    QTest::newRow("recipient+clientId")
        << QStringLiteral("recipient={R1}&clientId={B}") << QStringList{"b1"};
    QTest::newRow("status revoked of R2")
        << QStringLiteral("recipient={R2}&status=revoked") << QStringList{};
    QTest::newRow("from before") << QStringLiteral("recipient={R1}&from={past}")
                                 << QStringList{"a1", "a2", "b1"};
    QTest::newRow("from after") << QStringLiteral("recipient={R1}&from={future}") << QStringList{};
    QTest::newRow("to before") << QStringLiteral("recipient={R1}&to={past}") << QStringList{};
    QTest::newRow("from..to") << QStringLiteral("recipient={R1}&from={past}&to={future}")
                              << QStringList{"a1", "a2", "b1"};
    QTest::newRow("unknown client")
        << QStringLiteral("clientId=mid_client_000000000000") << QStringList{};
    QTest::newRow("part of the number")
        << QStringLiteral("recipientContains={R1tail}") << QStringList{"a1", "a2", "b1"};
    QTest::newRow("part of the number+clientId")
        << QStringLiteral("recipientContains={R1tail}&clientId={B}") << QStringList{"b1"};
    QTest::newRow("whole number as part")
        << QStringLiteral("recipientContains={R2}") << QStringList{"a3"};
}

void TestAdmin::adminConsentsFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const TestClient a = m_f->createClient();
    const TestClient b = m_f->createClient();
    const QString r1 = uniqueRecipient();
    const QString r2 = uniqueRecipient();
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-120);
    QHash<QString, QString> byName;
    auto make = [&](const char *name, const TestClient &c, const QString &recipient) {
        byName.insert(QString::fromLatin1(name),
                      m_f->createConsent(c, {{QStringLiteral("recipient"), recipient}})
                          .value(QStringLiteral("id"))
                          .toString());
    };
    make("a1", a, r1);
    make("a2", a, r1);
    make("a3", a, r2);
    make("b1", b, r1);
    for (const QString &id : byName)
        QVERIFY(!id.isEmpty());
    QCOMPARE(http().del(QStringLiteral("/v1/consents/") + byName["a1"], a.bearer()).status, 200);

    query.replace(QStringLiteral("{A}"), a.clientId)
        .replace(QStringLiteral("{B}"), b.clientId)
        .replace(QStringLiteral("{R1}"), enc(r1))
        .replace(QStringLiteral("{R2}"), enc(r2))
        .replace(QStringLiteral("{R1tail}"), r1.right(8))
        .replace(QStringLiteral("{past}"), enc(rfc3339(past)))
        .replace(QStringLiteral("{future}"),
                 enc(rfc3339(QDateTime::currentDateTimeUtc().addSecs(3600))));
    const Response r =
        http().get(QStringLiteral("/admin/v1/consents?limit=500&") + query, m_f->admin());
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QSet<QString> want;
    for (const QString &name : expected)
        want.insert(byName.value(name));
    QCOMPARE(ids(r), want);
    QCOMPARE(r.data().value(QStringLiteral("total")).toInt(), int(want.size()));
}

void TestAdmin::adminConsentsBadQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("from not a time") << QStringLiteral("from=yesterday") << QStringLiteral("from");
    QTest::newRow("to not a time")
        << QStringLiteral("to=2025-13-45T99:00:00Z") << QStringLiteral("to");
    QTest::newRow("from unix seconds")
        << QStringLiteral("from=1700000000") << QStringLiteral("from");
    QTest::newRow("status bogus") << QStringLiteral("status=bogus") << QStringLiteral("status");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("part of the number not digits")
        << QStringLiteral("recipientContains=abc") << QStringLiteral("recipientContains");
    QTest::newRow("wildcard in part of the number")
        << QStringLiteral("recipientContains=%25") << QStringLiteral("recipientContains");
}

void TestAdmin::adminConsentsBadQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Response r = http().get(QStringLiteral("/admin/v1/consents?") + query, m_f->admin());
    QVERIFY2(r.status == 422, qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("validation_error"));
    QVERIFY2(detailFields(r).contains(field), qPrintable(describe(r)));
}

void TestAdmin::adminConsentCreate()
{
    const QString tag = uniqueTag();
    const TestClient c =
        m_f->createClient({{QStringLiteral("name"), QStringLiteral("Presenter ") + tag}});
    const TestClient other = m_f->createClient();
    const QString recipient = uniqueRecipient();
    const Response r = http().post(QStringLiteral("/admin/v1/consents"),
                                   {{QStringLiteral("clientId"), c.clientId},
                                    {QStringLiteral("recipient"), recipient},
                                    {QStringLiteral("intent"), QStringLiteral("login")}},
                                   m_f->admin());
    QVERIFY2(r.status == 201, qPrintable(describe(r)));
    const QString id = r.data().value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("cons_")));
    QCOMPARE(r.data().value(QStringLiteral("clientId")).toString(), c.clientId);
    QCOMPARE(r.data().value(QStringLiteral("clientName")).toString(),
             QStringLiteral("Presenter ") + tag);
    QCOMPARE(r.data().value(QStringLiteral("recipient")).toString(), recipient);
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

    // The tenant sees it as its own, with every credential scheme.
    for (const QString &scheme :
         {QStringLiteral("bearer"), QStringLiteral("mobid"), QStringLiteral("basic")}) {
        const Response mine =
            http().get(QStringLiteral("/v1/consents/") + id, clientCredentials(c, scheme));
        QVERIFY2(mine.status == 200, qPrintable(scheme + QLatin1Char(' ') + describe(mine)));
        QCOMPARE(mine.data().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(mine.data().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    }
    QVERIFY(ids(http().get(QStringLiteral("/v1/consents?limit=500"), c.bearer())).contains(id));
    // Another tenant does not.
    QCOMPARE(http().get(QStringLiteral("/v1/consents/") + id, other.bearer()).status, 404);
    // The tenant can revoke it like any of its own.
    QCOMPARE(http().del(QStringLiteral("/v1/consents/") + id, c.bearer()).status, 200);
}

void TestAdmin::adminConsentCreateRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field"); // empty: no details expected
    QTest::newRow("unknown clientId")
        << QByteArray(R"({"clientId":"mid_client_000000000000","recipient":"+2348012345678"})")
        << 422 << QStringLiteral("clientId");
    QTest::newRow("garbage clientId")
        << QByteArray(R"({"clientId":"nope","recipient":"+2348012345678"})") << 422
        << QStringLiteral("clientId");
    QTest::newRow("missing clientId")
        << QByteArray(R"({"recipient":"+2348012345678"})") << 422 << QStringLiteral("clientId");
    QTest::newRow("missing recipient")
        << QByteArray(R"({"clientId":"{c}"})") << 422 << QStringLiteral("recipient");
    QTest::newRow("bad recipient") << QByteArray(R"({"clientId":"{c}","recipient":"0801"})") << 422
                                   << QStringLiteral("recipient");
    QTest::newRow("suspended client")
        << QByteArray(R"({"clientId":"{suspended}","recipient":"+2348012345678"})") << 409
        << QString();
}

void TestAdmin::adminConsentCreateRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const TestClient c = m_f->createClient();
    const TestClient s = m_f->createClient();
    QCOMPARE(http()
                 .put(QStringLiteral("/v1/clients/") + s.clientId, obj(R"({"status":"suspended"})"),
                      m_f->admin())
                 .status,
             200);
    body.replace("{c}", c.clientId.toUtf8()).replace("{suspended}", s.clientId.toUtf8());
    const int before = overviewCounts().value(QStringLiteral("consentsTotal")).toInt();
    const Response r =
        http().send("POST", QStringLiteral("/admin/v1/consents"), body, m_f->admin());
    QVERIFY2(r.status == status, qPrintable(describe(r)));
    if (!field.isEmpty())
        QVERIFY2(detailFields(r).contains(field), qPrintable(describe(r)));
    QCOMPARE(overviewCounts().value(QStringLiteral("consentsTotal")).toInt(), before);
}

void TestAdmin::adminConsentRevoke()
{
    const TestClient c = m_f->createClient();
    const QString id = m_f->createConsent(c).value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());

    const Response r = http().del(QStringLiteral("/admin/v1/consents/") + id, m_f->admin());
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QCOMPARE(r.data().value(QStringLiteral("id")).toString(), id);
    QVERIFY(r.data().contains(QStringLiteral("revokedAt")));
    // The tenant sees it revoked.
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/consents/") + id, c.bearer())
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("revoked"));

    const Response again = http().del(QStringLiteral("/admin/v1/consents/") + id, m_f->admin());
    QVERIFY2(again.status == 409, qPrintable(describe(again)));
    QCOMPARE(again.json().value(QStringLiteral("type")).toString(), QStringLiteral("conflict"));

    for (const QString &unknown :
         {QStringLiteral("cons_0000000000000000000000"), QStringLiteral("not-an-id")}) {
        const Response missing =
            http().del(QStringLiteral("/admin/v1/consents/") + unknown, m_f->admin());
        QVERIFY2(missing.status == 404, qPrintable(describe(missing)));
        QCOMPARE(missing.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(http().get(QStringLiteral("/admin/v1/consents/") + unknown, m_f->admin()).status,
                 404);
    }
}

void TestAdmin::adminConsentsNeedOperator_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QByteArray>("method");
    for (const char *scheme : {"bearer", "mobid", "basic", "key-only", "none"}) {
        for (const char *method : {"GET", "POST", "DELETE", "GET one"})
            QTest::addRow("%s %s", scheme, method)
                << QString::fromLatin1(scheme) << QByteArray(method);
    }
}

void TestAdmin::adminConsentsNeedOperator()
{
    QFETCH(QString, scheme);
    QFETCH(QByteArray, method);
    const TestClient c = m_f->createClient();
    const QString id = m_f->createConsent(c).value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const Headers h = scheme == QLatin1String("none") ? Headers{} : clientCredentials(c, scheme);
    Response r;
    if (method == "GET")
        r = http().get(QStringLiteral("/admin/v1/consents"), h);
    else if (method == "GET one")
        r = http().get(QStringLiteral("/admin/v1/consents/") + id, h);
    else if (method == "POST")
        r = http().post(QStringLiteral("/admin/v1/consents"),
                        {{QStringLiteral("clientId"), c.clientId},
                         {QStringLiteral("recipient"), QStringLiteral("+2348012345678")}},
                        h);
    else
        r = http().del(QStringLiteral("/admin/v1/consents/") + id, h);
    QVERIFY2(r.status == 401, qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(!r.body.contains(id.toUtf8()));
    QCOMPARE(http()
                 .get(QStringLiteral("/admin/v1/consents/") + id, m_f->admin())
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("pending"));
}

// ------------------------------------------------------------------------------ metric series

namespace {
qint64 maxField(const Response &r, const QString &field)
{
    qint64 best = 0;
    for (const auto &p : r.data().value(QStringLiteral("points")).toArray())
        best = qMax(best, p.toObject().value(field).toInteger());
    return best;
}
} // namespace

void TestAdmin::metricsRequests()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), m_f->admin()).status, 200);
    const QString from = enc(rfc3339(QDateTime::currentDateTimeUtc().addSecs(-60)));
    Response r;
    // The sampler ticks every second on its own.
    const bool seen = waitUntil(
        [&] {
            r = series(QStringLiteral("metric=requests&step=1&from=") + from);
            return r.status == 200 && maxField(r, QStringLiteral("total")) > 0;
        },
        4000);
    QVERIFY2(seen, qPrintable(describe(r)));
    QCOMPARE(r.data().value(QStringLiteral("metric")).toString(), QStringLiteral("requests"));
    QCOMPARE(r.data().value(QStringLiteral("step")).toInt(), 1);
    const QJsonArray points = r.data().value(QStringLiteral("points")).toArray();
    QVERIFY(points.size() >= 2 && points.size() <= 62);
    qint64 sum = 0;
    QString previous;
    for (const auto &p : points) {
        const QJsonObject o = p.toObject();
        for (const char *key : {"t", "total", "ok", "clientError", "serverError", "rateLimited"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("t")).toString() > previous); // in time order
        previous = o.value(QStringLiteral("t")).toString();
        QVERIFY(mid::Time::parseRfc3339(previous).isValid());
        sum += o.value(QStringLiteral("total")).toInteger();
    }
    QVERIFY(sum >= 5);
    // No point lies in the future.
    QVERIFY2(mid::Time::parseRfc3339(previous).toSecsSinceEpoch() <=
                 QDateTime::currentSecsSinceEpoch(),
             qPrintable(previous));
}

void TestAdmin::metricsLatency()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http().get(QStringLiteral("/admin/v1/overview"), m_f->admin()).status, 200);
    const QString from = enc(rfc3339(QDateTime::currentDateTimeUtc().addSecs(-60)));
    Response r;
    auto maxP99 = [&] {
        double best = 0;
        for (const auto &p : r.data().value(QStringLiteral("points")).toArray())
            best = qMax(best, p.toObject().value(QStringLiteral("p99")).toDouble());
        return best;
    };
    QVERIFY2(waitUntil(
                 [&] {
                     r = series(QStringLiteral("metric=latency&step=1&from=") + from);
                     return r.status == 200 && maxP99() > 0;
                 },
                 4000),
             qPrintable(describe(r)));
    const QJsonArray points = r.data().value(QStringLiteral("points")).toArray();
    QVERIFY(!points.isEmpty());
    for (const auto &p : points) {
        const QJsonObject o = p.toObject();
        for (const char *key : {"p50", "p95", "p99"})
            QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(!o.contains(QStringLiteral("total")));
        const double p50 = o.value(QStringLiteral("p50")).toDouble();
        const double p95 = o.value(QStringLiteral("p95")).toDouble();
        const double p99 = o.value(QStringLiteral("p99")).toDouble();
        QVERIFY(p50 >= 0 && p50 <= p95 && p95 <= p99);
    }
}

void TestAdmin::metricsPerClient()
{
    const TestClient c = m_f->createClient();
    const TestClient idle = m_f->createClient();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(http().get(QStringLiteral("/v1/consents"), c.bearer()).status, 200);
    const QString from = enc(rfc3339(QDateTime::currentDateTimeUtc().addSecs(-60)));
    Response r;
    auto total = [&] {
        qint64 sum = 0;
        for (const auto &p : r.data().value(QStringLiteral("points")).toArray())
            sum += p.toObject().value(QStringLiteral("total")).toInteger();
        return sum;
    };
    QVERIFY2(waitUntil(
                 [&] {
                     r = series(QStringLiteral("metric=requests&step=60&from=") + from +
                                QStringLiteral("&clientId=") + c.clientId);
                     return r.status == 200 && total() > 0;
                 },
                 4000),
             qPrintable(describe(r)));
    QCOMPARE(total(), 4);
    QCOMPARE(r.data().value(QStringLiteral("clientId")).toString(), c.clientId);
    QCOMPARE(r.data().value(QStringLiteral("step")).toInt(), 60);

    r = series(QStringLiteral("metric=requests&step=60&from=") + from +
               QStringLiteral("&clientId=") + idle.clientId);
    QCOMPARE(r.status, 200);
    QCOMPARE(total(), 0);
}

void TestAdmin::metricsValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("bogus metric") << QStringLiteral("metric=bogus") << QStringLiteral("metric");
    QTest::newRow("clientId with latency")
        << QStringLiteral("metric=latency&clientId={c}") << QStringLiteral("clientId");
    QTest::newRow("clientId with consents")
        << QStringLiteral("metric=consents&clientId={c}") << QStringLiteral("clientId");
    QTest::newRow("step 0") << QStringLiteral("metric=requests&step=0") << QStringLiteral("step");
    QTest::newRow("step text") << QStringLiteral("metric=requests&step=abc")
                               << QStringLiteral("step");
    QTest::newRow("from bad") << QStringLiteral("metric=requests&from=soon")
                              << QStringLiteral("from");
    QTest::newRow("to bad") << QStringLiteral("metric=requests&to=later") << QStringLiteral("to");
    QTest::newRow("from after to")
        << QStringLiteral("metric=requests&from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z")
        << QStringLiteral("from");
}

void TestAdmin::metricsValidation()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const TestClient c = m_f->createClient();
    query.replace(QStringLiteral("{c}"), c.clientId);
    const Response r = series(query);
    QVERIFY2(r.status == 422, qPrintable(describe(r)));
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("validation_error"));
    QVERIFY2(detailFields(r).contains(field), qPrintable(describe(r)));
    // A client key does not open the series at all.
    QCOMPARE(
        http().get(QStringLiteral("/admin/v1/metrics/series?metric=requests"), c.bearer()).status,
        401);
}

void TestAdmin::metricsConsents()
{
    const TestClient c = m_f->createClient();
    const QString from = enc(rfc3339(QDateTime::currentDateTimeUtc().addSecs(-5)));
    const QString id = m_f->createConsent(c).value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(http().del(QStringLiteral("/v1/consents/") + id, c.bearer()).status, 200);
    Response r;
    QVERIFY2(waitUntil(
                 [&] {
                     r = series(QStringLiteral("metric=consents&step=60&from=") + from);
                     return r.status == 200 && maxField(r, QStringLiteral("created")) > 0 &&
                            maxField(r, QStringLiteral("revoked")) > 0;
                 },
                 4000),
             qPrintable(describe(r)));
    for (const auto &p : r.data().value(QStringLiteral("points")).toArray())
        for (const char *key : {"created", "approved", "rejected", "expired", "revoked"})
            QVERIFY2(p.toObject().contains(QLatin1String(key)), key);
}

void TestAdmin::metricsAfterClockGoesBack()
{
    // A clock set back (by hand, or by a test's ManualClock going away) must not leave the
    // sampler's timeline ahead of the time it reads now: seconds sampled from then on show up.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    mid::MetricsHistory &history = f.server().metricsHistory();
    {
        mid::ManualClock clock;
        clock.advance(std::chrono::hours(24));
        history.sample(); // a second a day ahead
    }
    const QString from = enc(rfc3339(QDateTime::currentDateTimeUtc().addSecs(-60)));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(f.http().get(QStringLiteral("/healthz")).status, 200);
    Response r;
    QVERIFY2(waitUntil(
                 [&] {
                     r = f.http().get(
                         QStringLiteral("/admin/v1/metrics/series?metric=requests&step=1&from=") +
                             from,
                         f.admin());
                     return maxField(r, QStringLiteral("total")) > 0;
                 },
                 4000),
             qPrintable(describe(r)));
}

void TestAdmin::metricsDirectSample()
{
    // A server of its own: sampling by hand must not disturb the sampler's timeline.
    ServerFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    mid::MetricsHistory &history = f.server().metricsHistory();
    auto seriesSince = [&](qint64 fromS) {
        return f.http().get(
            QStringLiteral("/admin/v1/metrics/series?metric=requests&step=1&from=") +
                enc(rfc3339(QDateTime::fromSecsSinceEpoch(fromS, Qt::UTC))),
            f.admin());
    };
    auto sum = [](const Response &r) {
        qint64 total = 0;
        for (const auto &p : r.data().value(QStringLiteral("points")).toArray())
            total += p.toObject().value(QStringLiteral("total")).toInteger();
        return total;
    };

    // Sampling at once makes what was counted visible straight away ...
    const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 1;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(f.http().get(QStringLiteral("/healthz")).status, 200);
    history.sample();
    Response r = seriesSince(t0);
    QCOMPARE(r.status, 200);
    QVERIFY2(sum(r) >= 3, qPrintable(describe(r)));

    // ... and sampling several times within one second must not push the timeline into the
    // future: what the timer samples next must still show up about a second later.
    for (int i = 0; i < 5; ++i)
        history.sample();
    const qint64 t1 = QDateTime::currentSecsSinceEpoch() - 1;
    const qint64 before = sum(seriesSince(t1));
    for (int i = 0; i < 7; ++i)
        QCOMPARE(f.http().get(QStringLiteral("/healthz")).status, 200);
    QVERIFY2(waitUntil(
                 [&] {
                     r = seriesSince(t1);
                     return sum(r) >= before + 7;
                 },
                 3000),
             qPrintable(QStringLiteral("requests made now are not in the series 3 s later: ") +
                        describe(r)));
    const QJsonArray points = r.data().value(QStringLiteral("points")).toArray();
    QVERIFY(!points.isEmpty());
    const QString last = points.last().toObject().value(QStringLiteral("t")).toString();
    QVERIFY2(mid::Time::parseRfc3339(last).toSecsSinceEpoch() <= QDateTime::currentSecsSinceEpoch(),
             qPrintable(last + QStringLiteral(" is in the future")));
}

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"
