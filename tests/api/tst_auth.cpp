// Authentication of §1: the four client schemes, the OAuth 2.0 client-credentials token
// endpoint (RFC 6749 §4.4), scopes, and the bootstrap operator token.
#include "support/ServerFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <sys/stat.h>

using namespace mid::test;

namespace {
Headers bearerOnly(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

Headers basicAuth(const QString &user, const QString &password)
{
    return {{"Authorization", "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64()}};
}

int fileMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

void verifyTokenAnswer(const Response &r, const QString &scope)
{
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject o = r.json();
    // RFC 6749 §5.1 shape, without the envelope.
    QVERIFY(o.value(QStringLiteral("access_token")).toString().size() >= 32);
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3600);
    QStringList got =
        o.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList want = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    got.sort();
    want.sort();
    QCOMPARE(got, want);
    for (const char *envelopeKey : {"data", "meta", "success", "code", "error"})
        QVERIFY2(!o.contains(QLatin1String(envelopeKey)), envelopeKey);
}

void verifyOAuthError(const Response &r, int status, const QString &error)
{
    QCOMPARE(r.status, status);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
    QVERIFY(!o.value(QStringLiteral("error_description")).toString().isEmpty());
    for (const char *envelopeKey : {"data", "meta", "success", "code"})
        QVERIFY2(!o.contains(QLatin1String(envelopeKey)), envelopeKey);
}

const QString kAllScopes =
    QStringLiteral("consents fido devices enrollments qr identity signing mpin");
} // namespace

class TestAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void clientSchemes_data();
    void clientSchemes();
    void tokenRequest_data();
    void tokenRequest();
    void tokenErrors_data();
    void tokenErrors();
    void tokenAsBearer();
    void tokenScopeRestricted();
    void tokenEndsWithRegeneration_data();
    void tokenEndsWithRegeneration();
    void clientWithoutConsentsScope_data();
    void clientWithoutConsentsScope();
    void operatorTokenNotAClientCredential();

    void bootstrapTokenFromConfig();
    void generatedAdminToken();

private:
    std::unique_ptr<ServerFixture> m_f;
    TestClient m_a;
    TestClient m_b;
    HttpClient &http() { return m_f->http(); }
    QString token(const TestClient &c, const QString &scope = {});
};

void TestAuth::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_a = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Tenant A")}});
    m_b = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Tenant B")}});
    QVERIFY(!m_a.apiKey.isEmpty() && !m_b.apiKey.isEmpty());
}

void TestAuth::cleanupTestCase()
{
    m_f.reset();
}

QString TestAuth::token(const TestClient &c, const QString &scope)
{
    QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("client_id"), c.clientId},
                     {QStringLiteral("client_secret"), c.clientSecret}};
    if (!scope.isEmpty())
        body.insert(QStringLiteral("scope"), scope);
    return http()
        .post(QStringLiteral("/v1/auth/token"), body)
        .json()
        .value(QStringLiteral("access_token"))
        .toString();
}

void TestAuth::clientSchemes_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("status");
    QTest::newRow("Bearer apiKey + X-Client-ID") << QStringLiteral("bearer") << 200;
    QTest::newRow("Bearer apiKey + other X-Client-ID")
        << QStringLiteral("bearer mismatched") << 401;
    QTest::newRow("Bearer apiKey + unknown X-Client-ID")
        << QStringLiteral("bearer unknown id") << 401;
    QTest::newRow("Bearer wrong key + X-Client-ID") << QStringLiteral("bearer wrong key") << 401;
    QTest::newRow("X-Mobid-Key") << QStringLiteral("mobid") << 200;
    QTest::newRow("X-Mobid-Key wrong") << QStringLiteral("mobid wrong") << 401;
    QTest::newRow("X-Mobid-Key + other X-Client-ID") << QStringLiteral("mobid mismatched") << 401;
    QTest::newRow("Basic clientId:clientSecret") << QStringLiteral("basic") << 200;
    QTest::newRow("Basic wrong secret") << QStringLiteral("basic wrong secret") << 401;
    QTest::newRow("Basic other client's secret") << QStringLiteral("basic other secret") << 401;
    QTest::newRow("Basic apiKey as secret") << QStringLiteral("basic apikey") << 401;
    QTest::newRow("Basic malformed") << QStringLiteral("basic malformed") << 401;
    QTest::newRow("Basic lower-case scheme") << QStringLiteral("basic lower") << 200;
    QTest::newRow("Bearer access token") << QStringLiteral("token") << 200;
    QTest::newRow("Bearer unknown token") << QStringLiteral("token wrong") << 401;
    QTest::newRow("no credentials") << QStringLiteral("none") << 401;
    QTest::newRow("empty Bearer") << QStringLiteral("bearer empty") << 401;
    QTest::newRow("unknown scheme") << QStringLiteral("digest") << 401;
    QTest::newRow("operator token") << QStringLiteral("operator") << 401;
}

void TestAuth::clientSchemes()
{
    QFETCH(QString, scheme);
    QFETCH(int, status);
    Headers h;
    const QByteArray keyA = m_a.apiKey.toUtf8();
    if (scheme == QLatin1String("bearer"))
        h = m_a.bearer();
    else if (scheme == QLatin1String("bearer mismatched"))
        h = {{"Authorization", "Bearer " + keyA}, {"X-Client-ID", m_b.clientId.toUtf8()}};
    else if (scheme == QLatin1String("bearer unknown id"))
        h = {{"Authorization", "Bearer " + keyA}, {"X-Client-ID", "mid_client_000000000000"}};
    else if (scheme == QLatin1String("bearer wrong key"))
        h = {{"Authorization", "Bearer " + keyA + "x"}, {"X-Client-ID", m_a.clientId.toUtf8()}};
    else if (scheme == QLatin1String("mobid"))
        h = m_a.mobidKey();
    else if (scheme == QLatin1String("mobid mismatched"))
        h = {{"X-Mobid-Key", keyA}, {"X-Client-ID", m_b.clientId.toUtf8()}};
    else if (scheme == QLatin1String("mobid wrong"))
        h = {{"X-Mobid-Key", "mid_sk_nothing"}};
    else if (scheme == QLatin1String("basic"))
        h = m_a.basic();
    else if (scheme == QLatin1String("basic wrong secret"))
        h = basicAuth(m_a.clientId, m_a.clientSecret + QLatin1Char('x'));
    else if (scheme == QLatin1String("basic other secret"))
        h = basicAuth(m_a.clientId, m_b.clientSecret);
    else if (scheme == QLatin1String("basic apikey"))
        h = basicAuth(m_a.clientId, m_a.apiKey);
    else if (scheme == QLatin1String("basic malformed"))
        h = {{"Authorization", "Basic " + QByteArray("no-colon-here").toBase64()}};
    else if (scheme == QLatin1String("basic lower"))
        h = {{"Authorization",
              "basic " + (m_a.clientId + QLatin1Char(':') + m_a.clientSecret).toUtf8().toBase64()}};
    else if (scheme == QLatin1String("token"))
        h = bearerOnly(token(m_a).toUtf8());
    else if (scheme == QLatin1String("token wrong"))
        h = bearerOnly("mid_at_doesnotexist");
    else if (scheme == QLatin1String("bearer empty"))
        h = {{"Authorization", "Bearer "}, {"X-Client-ID", m_a.clientId.toUtf8()}};
    else if (scheme == QLatin1String("digest"))
        h = {{"Authorization", "Digest username=\"" + m_a.clientId.toUtf8() + "\""}};
    else if (scheme == QLatin1String("operator"))
        h = m_f->admin();

    const Response list = http().get(QStringLiteral("/v1/consents"), h);
    QCOMPARE(list.status, status);
    const Response create =
        http().post(QStringLiteral("/v1/consents/auth"),
                    {{QStringLiteral("recipient"), QStringLiteral("+2348012345678")}}, h);
    QCOMPARE(create.status, status);
    if (status == 200) {
        // The consent belongs to the tenant whose credential it was.
        QCOMPARE(create.data().value(QStringLiteral("clientId")).toString(), m_a.clientId);
    } else {
        QCOMPARE(list.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(list.json().value(QStringLiteral("error")), QJsonValue(true));
        // The answer never says which part was wrong or echoes the credential.
        QVERIFY(!list.body.contains(keyA));
        QVERIFY(!list.body.contains(m_a.clientSecret.toUtf8()));
    }
}

void TestAuth::tokenRequest_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("granted");
    QTest::newRow("JSON") << QStringLiteral("json") << QString() << kAllScopes;
    QTest::newRow("JSON with scope")
        << QStringLiteral("json") << QStringLiteral("consents") << QStringLiteral("consents");
    QTest::newRow("form") << QStringLiteral("form") << QString() << kAllScopes;
    QTest::newRow("form with two scopes")
        << QStringLiteral("form") << QStringLiteral("consents fido")
        << QStringLiteral("consents fido");
    QTest::newRow("form with charset") << QStringLiteral("form charset") << QString() << kAllScopes;
    QTest::newRow("Basic + form") << QStringLiteral("basic form") << QString() << kAllScopes;
    QTest::newRow("Basic + JSON") << QStringLiteral("basic json") << QStringLiteral("qr")
                                  << QStringLiteral("qr");
}

void TestAuth::tokenRequest()
{
    QFETCH(QString, how);
    QFETCH(QString, scope);
    QFETCH(QString, granted);
    QList<QPair<QString, QString>> fields = {
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!how.startsWith(QLatin1String("basic"))) {
        fields.append({QStringLiteral("client_id"), m_a.clientId});
        fields.append({QStringLiteral("client_secret"), m_a.clientSecret});
    }
    if (!scope.isEmpty())
        fields.append({QStringLiteral("scope"), scope});
    const Headers headers = how.startsWith(QLatin1String("basic")) ? m_a.basic() : Headers{};
    Response r;
    if (how.endsWith(QLatin1String("json"))) {
        QJsonObject body;
        for (const auto &[k, v] : fields)
            body.insert(k, v);
        r = http().post(QStringLiteral("/v1/auth/token"), body, headers);
    } else {
        const QByteArray type = how.endsWith(QLatin1String("charset"))
                                    ? QByteArray("application/x-www-form-urlencoded; charset=UTF-8")
                                    : QByteArray("application/x-www-form-urlencoded");
        r = http().send("POST", QStringLiteral("/v1/auth/token"), form(fields), headers, type);
    }
    verifyTokenAnswer(r, granted);
    // The token works at once.
    const QString t = r.json().value(QStringLiteral("access_token")).toString();
    const int expected =
        granted.split(QLatin1Char(' ')).contains(QStringLiteral("consents")) ? 200 : 403;
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), bearerOnly(t.toUtf8())).status, expected);
}

void TestAuth::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("basic"); // "id:secret" for a Basic header, empty for none
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray json = "application/json";
    QTest::newRow("wrong secret")
        << QByteArray(
               R"({"grant_type":"client_credentials","client_id":"{A}","client_secret":"nope"})")
        << json << QString() << 401 << QStringLiteral("invalid_client");
    QTest::newRow("unknown client")
        << QByteArray(
               R"({"grant_type":"client_credentials","client_id":"mid_client_000000000000","client_secret":"{SA}"})")
        << json << QString() << 401 << QStringLiteral("invalid_client");
    QTest::newRow("other client's secret")
        << QByteArray(
               R"({"grant_type":"client_credentials","client_id":"{A}","client_secret":"{SB}"})")
        << json << QString() << 401 << QStringLiteral("invalid_client");
    QTest::newRow("missing secret")
        << QByteArray(R"({"grant_type":"client_credentials","client_id":"{A}"})") << json
        << QString() << 401 << QStringLiteral("invalid_client");
    QTest::newRow("no client at all")
        << QByteArray(R"({"grant_type":"client_credentials"})") << json << QString() << 401
        << QStringLiteral("invalid_client");
    QTest::newRow("Basic wrong secret")
        << QByteArray("grant_type=client_credentials")
        << QByteArray("application/x-www-form-urlencoded") << QStringLiteral("{A}:nope") << 401
        << QStringLiteral("invalid_client");
    QTest::newRow("password grant")
        << QByteArray(R"({"grant_type":"password","client_id":"{A}","client_secret":"{SA}"})")
        << json << QString() << 400 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("authorization_code grant, form")
        << QByteArray("grant_type=authorization_code&client_id={A}&client_secret={SA}")
        << QByteArray("application/x-www-form-urlencoded") << QString() << 400
        << QStringLiteral("unsupported_grant_type");
    QTest::newRow("missing grant_type")
        << QByteArray(R"({"client_id":"{A}","client_secret":"{SA}"})") << json << QString() << 400
        << QStringLiteral("invalid_request");
    QTest::newRow("empty body") << QByteArray() << json << QString() << 400
                                << QStringLiteral("invalid_request");
    QTest::newRow("malformed JSON") << QByteArray(R"({"grant_type":)") << json << QString() << 400
                                    << QStringLiteral("invalid_request");
    QTest::newRow("JSON array") << QByteArray(R"(["client_credentials"])") << json << QString()
                                << 400 << QStringLiteral("invalid_request");
    QTest::newRow("scope the client lacks")
        << QByteArray(
               R"({"grant_type":"client_credentials","client_id":"{A}","client_secret":"{SA}","scope":"admin"})")
        << json << QString() << 400 << QStringLiteral("invalid_scope");
}

void TestAuth::tokenErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, basic);
    QFETCH(int, status);
    QFETCH(QString, error);
    auto fill = [&](QByteArray text) {
        return text.replace("{A}", m_a.clientId.toUtf8())
            .replace("{SA}", m_a.clientSecret.toUtf8())
            .replace("{SB}", m_b.clientSecret.toUtf8());
    };
    Headers headers;
    if (!basic.isEmpty())
        headers = {{"Authorization", "Basic " + fill(basic.toUtf8()).toBase64()}};
    const Response r =
        http().send("POST", QStringLiteral("/v1/auth/token"), fill(body), headers, contentType);
    verifyOAuthError(r, status, error);
    if (status == 401)
        QVERIFY(!r.header("WWW-Authenticate").isEmpty());
    QVERIFY(!r.body.contains(m_a.clientSecret.toUtf8()));
}

void TestAuth::tokenAsBearer()
{
    const QByteArray t = token(m_a).toUtf8();
    const Response created = http().post(
        QStringLiteral("/v1/consents/auth"),
        {{QStringLiteral("recipient"), QStringLiteral("+2348012345678")}}, bearerOnly(t));
    QCOMPARE(created.status, 200);
    QCOMPARE(created.data().value(QStringLiteral("clientId")).toString(), m_a.clientId);
    const QString id = created.data().value(QStringLiteral("id")).toString();
    QCOMPARE(http().get(QStringLiteral("/v1/consents/") + id, bearerOnly(t)).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/auth/sessions/") + id, bearerOnly(t)).status, 200);
    // B's token does not see A's consent.
    QCOMPARE(
        http().get(QStringLiteral("/v1/consents/") + id, bearerOnly(token(m_b).toUtf8())).status,
        404);
    // A token is not an API key: X-Client-ID with it is the key scheme, which fails.
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/consents"),
                      {{"Authorization", "Bearer " + t}, {"X-Client-ID", m_a.clientId.toUtf8()}})
                 .status,
             401);
    // Nor is it an operator token.
    QCOMPARE(http().get(QStringLiteral("/v1/clients"), bearerOnly(t)).status, 403);
    QCOMPARE(http().get(QStringLiteral("/admin/v1/audit"), bearerOnly(t)).status, 401);
}

void TestAuth::tokenEndsWithRegeneration_data()
{
    QTest::addColumn<int>("graceSeconds");
    QTest::addColumn<int>("status");
    QTest::newRow("no grace: the token dies with the old secret") << 0 << 401;
    QTest::newRow("within grace: the token still works") << 300 << 200;
}

void TestAuth::tokenEndsWithRegeneration()
{
    QFETCH(int, graceSeconds);
    QFETCH(int, status);
    const TestClient c = m_f->createClient();
    const QByteArray t = token(c).toUtf8();
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), bearerOnly(t)).status, 200);
    QCOMPARE(
        http()
            .post(QStringLiteral("/v1/clients/") + c.clientId + QStringLiteral("/regenerate-key"),
                  {{QStringLiteral("graceSeconds"), graceSeconds}}, m_f->admin())
            .status,
        200);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), bearerOnly(t)).status, status);
}

void TestAuth::tokenScopeRestricted()
{
    const QByteArray fidoOnly = token(m_a, QStringLiteral("fido")).toUtf8();
    QVERIFY(!fidoOnly.isEmpty());
    const Response r = http().get(QStringLiteral("/v1/consents"), bearerOnly(fidoOnly));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("forbidden"));
    QVERIFY(
        r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("consents")));
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/auth/sessions"),
                       {{QStringLiteral("recipient"), QStringLiteral("+2348012345678")}},
                       bearerOnly(fidoOnly))
                 .status,
             403);
    // The client itself still has every scope: its key works.
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), m_a.bearer()).status, 200);
    const QByteArray consentsOnly = token(m_a, QStringLiteral("consents")).toUtf8();
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), bearerOnly(consentsOnly)).status, 200);
}

void TestAuth::clientWithoutConsentsScope_data()
{
    QTest::addColumn<QString>("scheme");
    for (const char *s : {"bearer", "mobid", "basic", "token"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestAuth::clientWithoutConsentsScope()
{
    QFETCH(QString, scheme);
    const TestClient c = m_f->createClient(
        {{QStringLiteral("scopes"), QJsonArray{QStringLiteral("fido"), QStringLiteral("qr")}}});
    QVERIFY(!c.apiKey.isEmpty());
    Headers h = scheme == QLatin1String("bearer")  ? c.bearer()
                : scheme == QLatin1String("mobid") ? c.mobidKey()
                : scheme == QLatin1String("basic") ? c.basic()
                                                   : bearerOnly(token(c).toUtf8());
    for (const auto &[method, path] :
         {std::pair{QByteArray("GET"), QStringLiteral("/v1/consents")},
          std::pair{QByteArray("POST"), QStringLiteral("/v1/consents/auth")},
          std::pair{QByteArray("POST"), QStringLiteral("/v1/service/consents/search")},
          std::pair{QByteArray("GET"), QStringLiteral("/v1/consents/cons_0000000000000000000")}}) {
        const Response r = http().send(
            method, path,
            method == "POST" ? QByteArray(R"({"recipient":"+2348012345678"})") : QByteArray(), h);
        QVERIFY2(r.status == 403,
                 qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(r.body)));
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("forbidden"));
    }
    // Asking for the scope in a token is refused too.
    const Response t =
        http().post(QStringLiteral("/v1/auth/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("client_id"), c.clientId},
                     {QStringLiteral("client_secret"), c.clientSecret},
                     {QStringLiteral("scope"), QStringLiteral("consents")}});
    verifyOAuthError(t, 400, QStringLiteral("invalid_scope"));
    // Granting the scope later opens the endpoints with the same credentials (a new token
    // for the token scheme, since a token carries the scopes it was issued with).
    QCOMPARE(http()
                 .put(QStringLiteral("/v1/clients/") + c.clientId,
                      {{QStringLiteral("scopes"),
                        QJsonArray{QStringLiteral("fido"), QStringLiteral("consents")}}},
                      m_f->admin())
                 .status,
             200);
    if (scheme == QLatin1String("token"))
        h = bearerOnly(token(c).toUtf8());
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), h).status, 200);
}

void TestAuth::operatorTokenNotAClientCredential()
{
    // An operator token opens /admin/v1 and /v1/clients, never the tenant endpoints.
    QCOMPARE(http().get(QStringLiteral("/admin/v1/audit"), m_f->admin()).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/clients"), m_f->admin()).status, 200);
    QCOMPARE(http().get(QStringLiteral("/v1/consents"), m_f->admin()).status, 401);
    // And a client key never opens /admin/v1.
    QCOMPARE(http().get(QStringLiteral("/admin/v1/audit"), m_a.bearer()).status, 401);
    QCOMPARE(http().get(QStringLiteral("/admin/v1/audit"), m_a.basic()).status, 401);
}

void TestAuth::bootstrapTokenFromConfig()
{
    // The fixture starts with --bootstrap-token: that token is the admin's, nothing is generated.
    QVERIFY(m_f->server().generatedAdminToken().isEmpty());
    QVERIFY(!QFile::exists(QDir(m_f->dataDir()).filePath(QStringLiteral("admin-token"))));
    QCOMPARE(http().get(QStringLiteral("/admin/v1/audit"), m_f->admin()).status, 200);
    QCOMPARE(
        http()
            .get(QStringLiteral("/admin/v1/audit"), bearerOnly(m_f->adminToken().toUtf8() + "x"))
            .status,
        401);
    QCOMPARE(http().get(QStringLiteral("/admin/v1/audit"), {}).status, 401);

    // On a later start a different bootstrap token opens the admin account as well.
    QTemporaryDir dir;
    mid::ServerConfig config;
    config.listenPort = 0;
    config.dataDir = dir.path();
    config.bootstrapToken = QStringLiteral("first-bootstrap-token-0123456789");
    {
        mid::MidServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpClient client(server.baseUrl());
        QCOMPARE(
            client
                .get(QStringLiteral("/admin/v1/audit"), bearerOnly(config.bootstrapToken.toUtf8()))
                .status,
            200);
    }
    config.bootstrapToken = QStringLiteral("second-bootstrap-token-0123456789");
    mid::MidServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.generatedAdminToken().isEmpty());
    HttpClient client(server.baseUrl());
    QCOMPARE(
        client
            .get(QStringLiteral("/admin/v1/audit"), bearerOnly("second-bootstrap-token-0123456789"))
            .status,
        200);
    // The bootstrap token is one credential: the replaced one no longer opens anything.
    QCOMPARE(
        client
            .get(QStringLiteral("/admin/v1/audit"), bearerOnly("first-bootstrap-token-0123456789"))
            .status,
        401);
}

void TestAuth::generatedAdminToken()
{
    QTemporaryDir dir;
    mid::ServerConfig config;
    config.listenPort = 0;
    config.dataDir = dir.path();
    const QString path = QDir(dir.path()).filePath(QStringLiteral("admin-token"));
    QString generated;
    {
        mid::MidServer server(config);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        generated = server.generatedAdminToken();
        QVERIFY(generated.size() >= 32);
        QVERIFY(QFile::exists(path));
        QCOMPARE(fileMode(path), 0600);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).trimmed(), generated);
        HttpClient client(server.baseUrl());
        const Response r =
            client.get(QStringLiteral("/admin/v1/audit"), bearerOnly(generated.toUtf8()));
        QCOMPARE(r.status, 200);
        QCOMPARE(client
                     .post(QStringLiteral("/v1/clients"),
                           {{QStringLiteral("name"), QStringLiteral("x")}},
                           bearerOnly(generated.toUtf8()))
                     .status,
                 201);
    }
    // A second start generates nothing new: the file's token keeps working.
    mid::MidServer server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.generatedAdminToken().isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).trimmed(), generated);
    QCOMPARE(fileMode(path), 0600);
    HttpClient client(server.baseUrl());
    QCOMPARE(client.get(QStringLiteral("/admin/v1/audit"), bearerOnly(generated.toUtf8())).status,
             200);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
