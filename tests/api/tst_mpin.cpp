// The MPin-compatible API of §8 as a seed-004 client sees it: its curl examples translated
// (HTTP Basic, JSON labelled as a form, raw shapes), activation through FIDO registration,
// verification URLs and OTPs, DVS, identities renamed and revoked, the project's audit log;
// and what an attacker tries: another project's ids, forged and replayed signatures, stale
// timestamps, used and expired codes, a revoked identity deciding a consent.

#include "support/FidoPhone.h"
#include "support/ServerFixture.h"

#include "core/Clock.h"
#include "crypto/AesGcm.h"
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "crypto/SigningKey.h"
#include "services/AuditLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace mid;
using namespace mid::test;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isHex(const QString &text, int length)
{
    return QRegularExpression(QStringLiteral("^[0-9a-f]{%1}$").arg(length)).match(text).hasMatch();
}

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// An identity activated on a simulated phone, with what DVS needs.
struct Identity
{
    QString hash;
    QByteArray document; // the mpinId
    QByteArray privateKeyDer;
    QByteArray credentialId;
};

} // namespace

class TestMpin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void initiateAsSeedExample();
    void access_data();
    void access();
    void activationRegistersAnIdentity();
    void activationTokenRefusals_data();
    void activationTokenRefusals();
    void userIdThatIsNoNumberNeedsMobile();
    void rsaCredentialHasNoDvs();
    void anotherProjectIsUnknown_data();
    void anotherProjectIsUnknown();
    void listFiltersAndPages();
    void rename();
    void verificationUrl();
    void verificationUrlRefusals_data();
    void verificationUrlRefusals();
    void verificationCodeWorksOnceAndExpires();
    void otpDecryptsWithTheSecretAlone();
    void otpRefusals_data();
    void otpRefusals();
    void otpActivatesADevice();
    void dvs_data();
    void dvs();
    void dvsCertificateVerifiesAgainstJwks();
    void revokedIdentityCannotAuthenticate();
    void deregisteredDeviceRevokesItsIdentity();
    void audit();
    void operatorsSeeAndActOnIdentities();

private:
    Response mpin(const QByteArray &method, const QString &path, const QJsonObject &body,
                  const TestClient &client);
    Response mpinGet(const QString &path, const TestClient &client)
    {
        return mpin("GET", path, {}, client);
    }
    QJsonObject initiate(const QString &userId, const TestClient &client,
                         const QString &deviceName = QStringLiteral("Test phone"));
    Identity activate(FidoPhone &phone, const QString &userId, const TestClient &client);
    QString newMobile();
    FidoPhone newPhone(const QString &mobile);
    QString project(const TestClient &client, const QString &rest = {}) const;
    QByteArray dvsSignature(const Identity &identity, const QByteArray &hash, qint64 timestamp);
    QJsonObject dvsBody(const Identity &identity, const QByteArray &hash, qint64 timestamp,
                        const QByteArray &signature);
    QString verificationCode(const QJsonObject &body);
    QJsonObject otpRequest(const TestClient &client, const QString &userId, qint64 expiresMs,
                           const QString &secret);

    std::unique_ptr<ServerFixture> m_f;
    TestClient m_client;
    TestClient m_other;
    int m_numbers = 0;
    HttpClient &http() { return m_f->http(); }
};

void TestMpin::initTestCase()
{
    m_f = std::make_unique<ServerFixture>(useTestRelyingParty);
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_client = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    m_other = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Other")}});
    QVERIFY(!m_client.clientSecret.isEmpty());
}

void TestMpin::cleanupTestCase()
{
    m_f.reset();
}

// ---- helpers -----------------------------------------------------------------------------

Response TestMpin::mpin(const QByteArray &method, const QString &path, const QJsonObject &body,
                        const TestClient &client)
{
    // As `curl --user id:secret --data '{…}'` sends it: JSON labelled as a form.
    return http().send(method, path,
                       body.isEmpty() && method == "GET"
                           ? QByteArray()
                           : QJsonDocument(body).toJson(QJsonDocument::Compact),
                       client.basic(), "application/x-www-form-urlencoded");
}

QJsonObject TestMpin::initiate(const QString &userId, const TestClient &client,
                               const QString &deviceName)
{
    const Response r = mpin(
        "POST", QStringLiteral("/activate/initiate"),
        {{QStringLiteral("userId"), userId}, {QStringLiteral("deviceName"), deviceName}}, client);
    if (r.status != 200)
        qWarning() << "initiate" << r.status << r.body;
    return r.json();
}

QString TestMpin::newMobile()
{
    return QStringLiteral("+4477009%1").arg(++m_numbers, 5, 10, QLatin1Char('0'));
}

FidoPhone TestMpin::newPhone(const QString &mobile)
{
    return FidoPhone(*m_f, mobile, QStringLiteral("mpin-phone-%1").arg(m_numbers));
}

QString TestMpin::project(const TestClient &client, const QString &rest) const
{
    return QStringLiteral("/api/v1/projects/") + client.clientId + rest;
}

Identity TestMpin::activate(FidoPhone &phone, const QString &userId, const TestClient &client)
{
    const QJsonObject initiated = initiate(userId, client);
    QJsonObject begin{{QStringLiteral("activationToken"), str(initiated, "actToken")},
                      {QStringLiteral("deviceId"), phone.deviceId}};
    if (userId != phone.mobile)
        begin.insert(QStringLiteral("mobile"), phone.mobile);
    const Response options = http().post(QStringLiteral("/v1/fido/register/begin"), begin);
    if (options.status != 200) {
        qWarning() << "register/begin" << options.status << options.body;
        return {};
    }
    const Response done = phone.completeRegistration(options.data(), QStringLiteral("/v1/fido"));
    const QJsonObject mpinData = done.data().value(QStringLiteral("mpin")).toObject();
    Identity identity;
    identity.hash = str(mpinData, "hashMPinId");
    identity.document = QByteArray::fromHex(str(mpinData, "mpinId").toLatin1());
    identity.credentialId = *Base64Url::decode(str(done.data(), "credentialId").toLatin1());
    const QJsonArray creds =
        phone.authenticator.toJson().value(QStringLiteral("credentials")).toArray();
    for (const QJsonValue &c : creds) {
        if (Base64Url::decode(str(c.toObject(), "id").toLatin1()) == identity.credentialId)
            identity.privateKeyDer = *Base64Url::decode(str(c.toObject(), "privateKey").toLatin1());
    }
    return identity;
}

QByteArray TestMpin::dvsSignature(const Identity &identity, const QByteArray &hash,
                                  qint64 timestamp)
{
    return SigningKey::fromPrivateDer(identity.privateKeyDer)
        .sign(hash + QByteArray::number(timestamp));
}

QJsonObject TestMpin::dvsBody(const Identity &identity, const QByteArray &hash, qint64 timestamp,
                              const QByteArray &signature)
{
    const SigningKey key = SigningKey::fromPrivateDer(identity.privateKeyDer);
    return {
        {QStringLiteral("signature"),
         QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(hash.toHex())},
                     {QStringLiteral("u"),
                      QString::fromLatin1((QByteArray(1, '\x04') + key.ecX() + key.ecY()).toHex())},
                     {QStringLiteral("v"), QString::fromLatin1(signature.toHex())},
                     {QStringLiteral("mpinId"), QString::fromLatin1(identity.document.toHex())},
                     {QStringLiteral("publicKey"), QStringLiteral("17e94f05")},
                     {QStringLiteral("dtas"), QStringLiteral("WyJjNWE0Il0=")}}},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("type"), QStringLiteral("verification")}};
}

QString TestMpin::verificationCode(const QJsonObject &body)
{
    const Response r = mpin("POST", QStringLiteral("/verification"), body, m_client);
    const QUrl url(str(r.json(), "verificationURL"));
    return QUrlQuery(url).queryItemValue(QStringLiteral("code"));
}

QJsonObject TestMpin::otpRequest(const TestClient &client, const QString &userId, qint64 expiresMs,
                                 const QString &secret)
{
    const QString expires = rfc3339(expiresMs);
    // Computed here with Qt's own HMAC, as the seed's openssl line does.
    const QByteArray signature =
        QMessageAuthenticationCode::hash((client.clientId + userId + expires).toUtf8(),
                                         secret.toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    return {{QStringLiteral("client_id"), client.clientId},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("expires"), expires},
            {QStringLiteral("signature"), QString::fromLatin1(signature)}};
}

// ---- activation --------------------------------------------------------------------------

void TestMpin::initiateAsSeedExample()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QJsonObject r = initiate(QStringLiteral("test@example.com"), m_client);
    QVERIFY(isHex(str(r, "hashMPinId"), 64));
    QVERIFY(isHex(str(r, "actToken"), 32));
    const qint64 expire = r.value(QStringLiteral("expireTime")).toInteger();
    QVERIFY(expire >= before + 14 * 60 && expire <= before + 16 * 60);
    QCOMPARE(r.value(QStringLiteral("redirectURI")), QJsonValue(QString()));
    QCOMPARE(r.size(), 4); // no envelope
}

void TestMpin::access_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("status");
    QTest::newRow("no credentials") << "none" << 401;
    QTest::newRow("api key as bearer") << "bearer" << 401;
    QTest::newRow("wrong secret") << "wrongSecret" << 401;
    QTest::newRow("client without the mpin scope") << "noScope" << 403;
}

void TestMpin::access()
{
    QFETCH(QString, how);
    QFETCH(int, status);
    Headers headers;
    if (how == QLatin1String("bearer"))
        headers = m_client.bearer();
    if (how == QLatin1String("wrongSecret")) {
        TestClient forged = m_client;
        forged.clientSecret = QStringLiteral("not-the-secret");
        headers = forged.basic();
    }
    if (how == QLatin1String("noScope")) {
        const TestClient limited =
            m_f->createClient({{QStringLiteral("scopes"), QJsonArray{QStringLiteral("consents")}}});
        headers = limited.basic();
    }
    const Response r = http().send("POST", QStringLiteral("/activate/initiate"),
                                   R"({"userId":"a@example.com"})", headers);
    QCOMPARE(r.status, status);
    const QJsonObject error = r.json();
    QVERIFY(!str(error, "error").isEmpty());
    QVERIFY(!str(error, "message").isEmpty());
    QCOMPARE(str(error, "requestId"), QString::fromLatin1(r.header("X-Request-ID")));
    QVERIFY(!error.contains(QStringLiteral("success"))); // seed 004's shape, not the envelope
    if (status == 401)
        QVERIFY(r.header("WWW-Authenticate").startsWith("Basic"));
}

void TestMpin::activationRegistersAnIdentity()
{
    const QString mobile = newMobile();
    FidoPhone phone = newPhone(mobile);
    const QJsonObject initiated = initiate(mobile, m_client, QStringLiteral("Pixel 8"));
    // Not listed while pending.
    QCOMPARE(mpinGet(project(m_client, QStringLiteral("/mpinids?userId=")) +
                         QString::fromLatin1(QUrl::toPercentEncoding(mobile)),
                     m_client)
                 .json()
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
    const Response options =
        http().post(QStringLiteral("/v1/fido/register/begin"),
                    {{QStringLiteral("activationToken"), str(initiated, "actToken")},
                     {QStringLiteral("deviceId"), phone.deviceId}});
    QCOMPARE(options.status, 200);
    QCOMPARE(str(options.data().value(QStringLiteral("user")).toObject(), "name"), mobile);
    const Response done = phone.completeRegistration(options.data(), QStringLiteral("/v1/fido"));
    QCOMPARE(done.status, 200);
    const QJsonObject mpinData = done.data().value(QStringLiteral("mpin")).toObject();
    const QByteArray document = QByteArray::fromHex(str(mpinData, "mpinId").toLatin1());
    // hashMPinId is the hex SHA-256 of the mpinId; the document names user and project.
    QCOMPARE(str(mpinData, "hashMPinId"), str(initiated, "hashMPinId"));
    QCOMPARE(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex(),
             str(initiated, "hashMPinId").toLatin1());
    const QJsonObject parsed = QJsonDocument::fromJson(document).object();
    QCOMPARE(str(parsed, "userID"), mobile);
    QCOMPARE(str(parsed, "cID"), m_client.clientId);

    const QJsonObject list = mpinGet(project(m_client, QStringLiteral("/mpinids?userId=")) +
                                         QString::fromLatin1(QUrl::toPercentEncoding(mobile)),
                                     m_client)
                                 .json();
    QCOMPARE(list.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject item = list.value(QStringLiteral("list")).toArray().at(0).toObject();
    QCOMPARE(str(item, "mpinId"), str(initiated, "hashMPinId"));
    QCOMPARE(str(item, "projectId"), m_client.clientId);
    QCOMPARE(str(item, "userId"), mobile);
    QCOMPARE(str(item, "deviceName"), QStringLiteral("Pixel 8"));
    QCOMPARE(item.value(QStringLiteral("dvs")), QJsonValue(true)); // an ES256 credential
    QCOMPARE(item.value(QStringLiteral("revoked")), QJsonValue(false));
    QCOMPARE(str(item, "ip"), QStringLiteral("127.0.0.1"));
    for (const char *key : {"createdAt", "updatedAt"})
        QVERIFY(QDateTime::fromString(str(item, key), Qt::ISODateWithMs).isValid());

    // The identity is a device like any other: it decides consents to its number.
    const QJsonObject consent =
        m_f->createConsent(m_client, {{QStringLiteral("recipient"), mobile}});
    QCOMPARE(str(phone.decide(str(consent, "sessionId")).data(), "status"),
             QStringLiteral("approved"));
}

void TestMpin::activationTokenRefusals_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown") << "unknown" << 401;
    QTest::newRow("used twice") << "twice" << 401;
    QTest::newRow("expired") << "expired" << 401;
    QTest::newRow("mobile not the user's number") << "otherMobile" << 422;
    QTest::newRow("no deviceId") << "noDevice" << 422;
}

void TestMpin::activationTokenRefusals()
{
    QFETCH(QString, how);
    QFETCH(int, status);
    const QString mobile = newMobile();
    FidoPhone phone = newPhone(mobile);
    QString token = str(initiate(mobile, m_client), "actToken");
    QJsonObject begin{{QStringLiteral("activationToken"), token},
                      {QStringLiteral("deviceId"), phone.deviceId}};
    std::optional<ManualClock> clock;
    if (how == QLatin1String("unknown"))
        begin[QStringLiteral("activationToken")] =
            QStringLiteral("763c1005ca540c4db8e6811222c207ea");
    if (how == QLatin1String("twice"))
        QCOMPARE(http().post(QStringLiteral("/v1/fido/register/begin"), begin).status, 200);
    if (how == QLatin1String("expired")) {
        clock.emplace();
        clock->advance(std::chrono::minutes(16));
    }
    if (how == QLatin1String("otherMobile"))
        begin.insert(QStringLiteral("mobile"), newMobile());
    if (how == QLatin1String("noDevice"))
        begin.remove(QStringLiteral("deviceId"));
    const Response r = http().post(QStringLiteral("/v1/fido/register/begin"), begin);
    QCOMPARE(r.status, status);
    if (how == QLatin1String("otherMobile") || how == QLatin1String("noDevice")) {
        // A refusal for the request's own fault leaves the token usable.
        begin[QStringLiteral("deviceId")] = phone.deviceId;
        begin.remove(QStringLiteral("mobile"));
        QCOMPARE(http().post(QStringLiteral("/v1/fido/register/begin"), begin).status, 200);
    }
}

void TestMpin::userIdThatIsNoNumberNeedsMobile()
{
    FidoPhone phone = newPhone(newMobile());
    const QString token = str(initiate(QStringLiteral("ivan@example.com"), m_client), "actToken");
    const Response without = http().post(
        QStringLiteral("/v1/fido/register/begin"),
        {{QStringLiteral("activationToken"), token}, {QStringLiteral("deviceId"), phone.deviceId}});
    QCOMPARE(without.status, 422);
    QCOMPARE(
        str(without.json().value(QStringLiteral("details")).toArray().at(0).toObject(), "field"),
        QStringLiteral("mobile"));
    const Identity identity = activate(phone, QStringLiteral("ivan@example.com"), m_client);
    QVERIFY(isHex(identity.hash, 64));
}

void TestMpin::rsaCredentialHasNoDvs()
{
    FidoPhone phone = newPhone(newMobile());
    phone.authenticator =
        SoftwareAuthenticator(SoftwareAuthenticator::Options{.algorithms = {-257}});
    const Identity identity = activate(phone, phone.mobile, m_client);
    const QJsonObject list =
        mpinGet(project(m_client, QStringLiteral("/mpinids?limit=500")), m_client).json();
    bool found = false;
    for (const QJsonValue &v : list.value(QStringLiteral("list")).toArray()) {
        if (str(v.toObject(), "mpinId") == identity.hash) {
            found = true;
            QCOMPARE(v.toObject().value(QStringLiteral("dvs")), QJsonValue(false));
        }
    }
    QVERIFY(found);
}

void TestMpin::anotherProjectIsUnknown_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("list of another project") << QByteArray("GET") << "other:/mpinids";
    QTest::newRow("audit of another project") << QByteArray("GET") << "other:/audit";
    QTest::newRow("rename in another project") << QByteArray("PUT") << "other:/mpinids/ID";
    QTest::newRow("revoke in another project")
        << QByteArray("POST") << "other:/mpinids/ID/revocation";
    QTest::newRow("another project's identity in own path")
        << QByteArray("PUT") << "own:/mpinids/OTHERID";
    QTest::newRow("unknown identity")
        << QByteArray("POST") << "own:/mpinids/" + QString(64, QLatin1Char('a')) + "/revocation";
}

void TestMpin::anotherProjectIsUnknown()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    FidoPhone mine = newPhone(newMobile());
    const Identity own = activate(mine, mine.mobile, m_client);
    FidoPhone theirs = newPhone(newMobile());
    const Identity other = activate(theirs, theirs.mobile, m_other);
    const QString projectId =
        path.startsWith(QLatin1String("other:")) ? m_other.clientId : m_client.clientId;
    QString rest = path.mid(path.indexOf(QLatin1Char(':')) + 1);
    rest.replace(QLatin1String("OTHERID"), other.hash).replace(QLatin1String("ID"), own.hash);
    const Response r = mpin(method, QStringLiteral("/api/v1/projects/") + projectId + rest,
                            {{QStringLiteral("deviceName"), QStringLiteral("x")}}, m_client);
    QCOMPARE(r.status, 404);
    QCOMPARE(str(r.json(), "error"), QStringLiteral("not_found"));
    // Nothing changed.
    const QJsonObject theirList =
        mpinGet(project(m_other, QStringLiteral("/mpinids?limit=500")), m_other).json();
    for (const QJsonValue &v : theirList.value(QStringLiteral("list")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("revoked")), QJsonValue(false));
}

void TestMpin::listFiltersAndPages()
{
    const TestClient client = m_f->createClient();
    QStringList hashes;
    for (int i = 0; i < 3; ++i) {
        FidoPhone phone = newPhone(newMobile());
        hashes.prepend(activate(phone, QStringLiteral("pager@example.com"), client).hash);
    }
    mpin(
        "POST",
        project(client, QStringLiteral("/mpinids/") + hashes.at(1) + QStringLiteral("/revocation")),
        {}, client);
    auto listed = [&](const QString &query) {
        const QJsonObject r =
            mpinGet(project(client, QStringLiteral("/mpinids?")) + query, client).json();
        QStringList out;
        for (const QJsonValue &v : r.value(QStringLiteral("list")).toArray())
            out << str(v.toObject(), "mpinId");
        return qMakePair(r.value(QStringLiteral("total")).toInt(), out);
    };
    QCOMPARE(listed(QStringLiteral("userId=pager%40example.com")), qMakePair(3, hashes));
    QCOMPARE(listed(QStringLiteral("revoked=true")), qMakePair(1, QStringList{hashes.at(1)}));
    QCOMPARE(listed(QStringLiteral("revoked=false")),
             qMakePair(2, QStringList{hashes.at(0), hashes.at(2)}));
    QCOMPARE(listed(QStringLiteral("limit=1&offset=1")), qMakePair(3, QStringList{hashes.at(1)}));
    QCOMPARE(listed(QStringLiteral("limit=2&offset=2")), qMakePair(3, QStringList{hashes.at(2)}));
    QCOMPARE(listed(QStringLiteral("userId=nobody")), qMakePair(0, QStringList()));
    QCOMPARE(mpinGet(project(client, QStringLiteral("/mpinids?revoked=maybe")), client).status,
             422);
    QCOMPARE(mpinGet(project(client, QStringLiteral("/mpinids?limit=0")), client).status, 422);
}

void TestMpin::rename()
{
    FidoPhone phone = newPhone(newMobile());
    const Identity identity = activate(phone, phone.mobile, m_client);
    const QString path = project(m_client, QStringLiteral("/mpinids/") + identity.hash);
    const Response r =
        mpin("PUT", path, {{QStringLiteral("deviceName"), QStringLiteral("Work phone")}}, m_client);
    QCOMPARE(r.status, 200);
    QCOMPARE(str(r.json(), "deviceName"), QStringLiteral("Work phone"));
    QCOMPARE(str(r.json(), "mpinId"), identity.hash);
    QVERIFY(!r.json().contains(QStringLiteral("projectId"))); // as seed 004's example
    // The hex of the document names it too.
    QCOMPARE(mpin("PUT",
                  project(m_client, QStringLiteral("/mpinids/") +
                                        QString::fromLatin1(identity.document.toHex())),
                  {{QStringLiteral("deviceName"), QStringLiteral("Again")}}, m_client)
                 .status,
             200);
    QCOMPARE(mpin("PUT", path, {{QStringLiteral("deviceName"), QString()}}, m_client).status, 422);
    QCOMPARE(mpin("PUT", path, {{QStringLiteral("deviceName"), QString(201, QLatin1Char('x'))}},
                  m_client)
                 .status,
             422);
    QCOMPARE(http().send("PUT", path, "{not json", m_client.basic()).status, 400);
}

// ---- verification URLs -------------------------------------------------------------------

void TestMpin::verificationUrl()
{
    const Response r = mpin(
        "POST", QStringLiteral("/verification"),
        {{QStringLiteral("userId"), QStringLiteral("test@example.com")},
         {QStringLiteral("deviceName"), QStringLiteral("Chrome on Linux")},
         {QStringLiteral("clientId"), m_client.clientId},
         {QStringLiteral("redirectURI"), QStringLiteral("https://app.example/cb?x=1")},
         {QStringLiteral("expiration"), QStringLiteral("3600")},
         {QStringLiteral("scope"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}},
         {QStringLiteral("state"), QStringLiteral("st&te 1")},
         {QStringLiteral("delivery"), QStringLiteral("no")}},
        m_client);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().size(), 1);
    const QUrl url(str(r.json(), "verificationURL"));
    QCOMPARE(url.port(), QUrl(http().baseUrl()).port()); // the public URL (localhost here)
    QCOMPARE(url.path(), QStringLiteral("/verification/confirmation"));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), m_client.clientId);
    QCOMPARE(q.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded),
             QStringLiteral("test@example.com"));
    QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             QStringLiteral("https://app.example/cb?x=1"));
    QCOMPARE(q.queryItemValue(QStringLiteral("stage")), QStringLiteral("auth"));
    const QString code = q.queryItemValue(QStringLiteral("code"));
    QVERIFY(code.size() >= 32);

    const Response page = http().get(url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("test@example.com"));
    QVERIFY(page.body.contains("Acme Bank"));
    QVERIFY(page.header("Content-Security-Policy").contains("nonce-"));

    const Response redeemed =
        http().post(QStringLiteral("/verification/confirmation"), {{QStringLiteral("code"), code}});
    QCOMPARE(redeemed.status, 200);
    const QJsonObject a = redeemed.json();
    QVERIFY(isHex(str(a, "activationToken"), 32));
    QCOMPARE(str(a, "userId"), QStringLiteral("test@example.com"));
    QCOMPARE(str(a, "deviceName"), QStringLiteral("Chrome on Linux"));
    QCOMPARE(str(a, "mobile"), QString()); // not a number: the device must give its own
    const QUrl redirect(str(a, "redirectTo"));
    QCOMPARE(redirect.host(), QStringLiteral("app.example"));
    QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("st&te 1"));

    FidoPhone phone = newPhone(newMobile());
    const Response begin =
        http().post(QStringLiteral("/v1/fido/register/begin"),
                    {{QStringLiteral("activationToken"), str(a, "activationToken")},
                     {QStringLiteral("deviceId"), phone.deviceId},
                     {QStringLiteral("mobile"), phone.mobile}});
    QCOMPARE(begin.status, 200);
    const Response done = phone.completeRegistration(begin.data(), QStringLiteral("/v1/fido"));
    QCOMPARE(str(done.data().value(QStringLiteral("mpin")).toObject(), "hashMPinId"),
             str(a, "hashMPinId"));
}

void TestMpin::verificationUrlRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("delivery other than no") << "delivery" << QJsonValue("sms") << 422;
    QTest::newRow("delivery missing") << "delivery" << QJsonValue() << 422;
    QTest::newRow("another client's id")
        << "clientId" << QJsonValue("mid_client_xxxxxxxxxxxx") << 422;
    QTest::newRow("plain http redirect")
        << "redirectURI" << QJsonValue("http://evil.example/") << 422;
    QTest::newRow("javascript redirect")
        << "redirectURI" << QJsonValue("javascript:alert(1)") << 422;
    QTest::newRow("expiration in the past") << "expiration" << QJsonValue(1000000000) << 422;
    QTest::newRow("expiration beyond a week") << "expiration" << QJsonValue(8 * 86400) << 422;
    QTest::newRow("expiration not a time") << "expiration" << QJsonValue("soon") << 422;
    QTest::newRow("userId missing") << "userId" << QJsonValue() << 422;
    QTest::newRow("userId with a control character")
        << "userId" << QJsonValue(QStringLiteral("a\u0001b")) << 422;
    QTest::newRow("userId wrong type") << "userId" << QJsonValue(5) << 400;
}

void TestMpin::verificationUrlRefusals()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QJsonObject body{{QStringLiteral("userId"), QStringLiteral("u@example.com")},
                     {QStringLiteral("clientId"), m_client.clientId},
                     {QStringLiteral("delivery"), QStringLiteral("no")}};
    if (value.isUndefined() || value.isNull())
        body.remove(field);
    else
        body.insert(field, value);
    const Response r = mpin("POST", QStringLiteral("/verification"), body, m_client);
    QCOMPARE(r.status, status);
    QVERIFY(str(r.json(), "message").size() > 10);
}

void TestMpin::verificationCodeWorksOnceAndExpires()
{
    const QJsonObject body{{QStringLiteral("userId"), QStringLiteral("once@example.com")},
                           {QStringLiteral("clientId"), m_client.clientId},
                           {QStringLiteral("expiration"), 120},
                           {QStringLiteral("delivery"), QStringLiteral("no")}};
    const QString code = verificationCode(body);
    const QString page = QStringLiteral("/verification/confirmation?client_id=") +
                         m_client.clientId + QStringLiteral("&code=") + code;
    // Opening the page (a mail scanner, a preview) does not use the code.
    QCOMPARE(http().get(page).status, 200);
    QCOMPARE(http().get(page).status, 200);
    const QJsonObject redeem{{QStringLiteral("code"), code}};
    QCOMPARE(http().post(QStringLiteral("/verification/confirmation"), redeem).status, 200);
    const Response again = http().post(QStringLiteral("/verification/confirmation"), redeem);
    QCOMPARE(again.status, 409);
    QVERIFY(str(again.json(), "message").contains(QStringLiteral("already used")));
    const Response usedPage = http().get(page);
    QCOMPARE(usedPage.status, 410);
    QVERIFY(usedPage.body.contains("already used"));

    const QString unknown = QStringLiteral("0123456789abcdef0123456789abcdef");
    QCOMPARE(
        http()
            .post(QStringLiteral("/verification/confirmation"), {{QStringLiteral("code"), unknown}})
            .status,
        404);
    QCOMPARE(http().get(QStringLiteral("/verification/confirmation?code=") + unknown).status, 410);

    const QString expiring = verificationCode(body);
    ManualClock clock;
    clock.advance(std::chrono::seconds(121));
    const Response late = http().post(QStringLiteral("/verification/confirmation"),
                                      {{QStringLiteral("code"), expiring}});
    QCOMPARE(late.status, 409);
    QVERIFY(str(late.json(), "message").contains(QStringLiteral("expired")));
}

// ---- OTP ---------------------------------------------------------------------------------

void TestMpin::otpDecryptsWithTheSecretAlone()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject request = otpRequest(m_client, QStringLiteral("otp@example.com"),
                                           now + 3600 * 1000 - 5000, m_client.clientSecret);
    // No Authorization header, as in seed 004's example.
    const Response r = http().send("POST", QStringLiteral("/otp"),
                                   QJsonDocument(request).toJson(QJsonDocument::Compact), {},
                                   "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 200);
    const QJsonObject sealed = r.json();
    QCOMPARE(sealed.size(), 3);
    const AesGcm::Parts parts{QByteArray::fromBase64(str(sealed, "iv").toLatin1()),
                              QByteArray::fromBase64(str(sealed, "ciphertext").toLatin1()),
                              QByteArray::fromBase64(str(sealed, "tag").toLatin1())};
    QCOMPARE(parts.iv.size(), 12);
    QCOMPARE(parts.tag.size(), 16);
    const QByteArray key =
        QCryptographicHash::hash(m_client.clientSecret.toUtf8(), QCryptographicHash::Sha256);
    const auto plain = AesGcm::decrypt(key, parts);
    QVERIFY(plain);
    const QJsonObject otp = QJsonDocument::fromJson(*plain).object();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(str(otp, "otp")).hasMatch());
    const qint64 expire = otp.value(QStringLiteral("expireTime")).toInteger();
    QVERIFY(expire > now / 1000 && expire <= now / 1000 + 600 + 1);
    // Another client's secret opens nothing.
    const QByteArray otherKey =
        QCryptographicHash::hash(m_other.clientSecret.toUtf8(), QCryptographicHash::Sha256);
    QVERIFY(!AesGcm::decrypt(otherKey, parts));
}

void TestMpin::otpRefusals_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("status");
    QTest::newRow("signed with a wrong secret") << "wrongSecret" << 401;
    QTest::newRow("signed by another client") << "otherClient" << 401;
    QTest::newRow("unknown client") << "unknownClient" << 401;
    QTest::newRow("field changed after signing") << "tampered" << 401;
    QTest::newRow("expires in the past") << "past" << 400;
    QTest::newRow("expires two hours ahead") << "far" << 400;
    QTest::newRow("expires not a time") << "garbage" << 401;
    QTest::newRow("signature missing") << "noSignature" << 422;
}

void TestMpin::otpRefusals()
{
    QFETCH(QString, how);
    QFETCH(int, status);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 expires = now + 30 * 60 * 1000;
    if (how == QLatin1String("past"))
        expires = now - 60 * 1000;
    if (how == QLatin1String("far"))
        expires = now + 2 * 3600 * 1000;
    TestClient client = m_client;
    QString secret = m_client.clientSecret;
    if (how == QLatin1String("wrongSecret"))
        secret = QStringLiteral("guessed");
    if (how == QLatin1String("otherClient"))
        secret = m_other.clientSecret;
    if (how == QLatin1String("unknownClient"))
        client.clientId = QStringLiteral("mid_client_000000000000");
    QJsonObject body = otpRequest(client, QStringLiteral("u@example.com"), expires, secret);
    if (how == QLatin1String("tampered"))
        body.insert(QStringLiteral("user_id"), QStringLiteral("victim@example.com"));
    if (how == QLatin1String("garbage"))
        body.insert(QStringLiteral("expires"), QStringLiteral("tomorrow"));
    if (how == QLatin1String("noSignature"))
        body.remove(QStringLiteral("signature"));
    const Response r = http().post(QStringLiteral("/otp"), body);
    QCOMPARE(r.status, status);
    QVERIFY(!str(r.json(), "message").isEmpty());
    QVERIFY(!r.json().contains(QStringLiteral("ciphertext")));
}

void TestMpin::otpActivatesADevice()
{
    const QString user = QStringLiteral("typed@example.com");
    const Response r =
        http().post(QStringLiteral("/otp"),
                    otpRequest(m_client, user, QDateTime::currentMSecsSinceEpoch() + 600000,
                               m_client.clientSecret));
    const QJsonObject sealed = r.json();
    const auto plain = AesGcm::decrypt(
        QCryptographicHash::hash(m_client.clientSecret.toUtf8(), QCryptographicHash::Sha256),
        {QByteArray::fromBase64(str(sealed, "iv").toLatin1()),
         QByteArray::fromBase64(str(sealed, "ciphertext").toLatin1()),
         QByteArray::fromBase64(str(sealed, "tag").toLatin1())});
    QVERIFY(plain);
    const QString otp = str(QJsonDocument::fromJson(*plain).object(), "otp");
    const QString wrong =
        otp == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QJsonObject redeem{{QStringLiteral("clientId"), m_client.clientId},
                       {QStringLiteral("userId"), user},
                       {QStringLiteral("otp"), wrong}};
    const Response bad = http().post(QStringLiteral("/verification/confirmation"), redeem);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json().value(QStringLiteral("attemptsRemaining")).toInt(), 4);
    redeem.insert(QStringLiteral("otp"), otp);
    const Response good = http().post(QStringLiteral("/verification/confirmation"), redeem);
    QCOMPARE(good.status, 200);
    QVERIFY(isHex(str(good.json(), "activationToken"), 32));
    // Used up.
    QCOMPARE(http().post(QStringLiteral("/verification/confirmation"), redeem).status, 404);

    // Five wrong tries burn a code.
    http().post(QStringLiteral("/otp"),
                otpRequest(m_client, user, QDateTime::currentMSecsSinceEpoch() + 600000,
                           m_client.clientSecret));
    redeem.insert(QStringLiteral("otp"), QStringLiteral("12345x"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http().post(QStringLiteral("/verification/confirmation"), redeem).status, 422);
    QCOMPARE(http().post(QStringLiteral("/verification/confirmation"), redeem).status, 404);
}

// ---- DVS ---------------------------------------------------------------------------------

void TestMpin::dvs_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("status");
    QTest::newRow("valid") << "valid" << 200;
    QTest::newRow("tampered hash") << "tamperedHash" << 401;
    QTest::newRow("signature of another message") << "otherMessage" << 401;
    QTest::newRow("timestamp 61 s old") << "stale" << 401;
    QTest::newRow("timestamp 61 s ahead") << "ahead" << 401;
    QTest::newRow("signature for another timestamp") << "otherTimestamp" << 401;
    QTest::newRow("unknown identity") << "unknown" << 401;
    QTest::newRow("another project's identity") << "otherProject" << 401;
    QTest::newRow("revoked identity") << "revoked" << 401;
    QTest::newRow("u of another key") << "otherKey" << 401;
    QTest::newRow("v not hex") << "notHex" << 422;
    QTest::newRow("type other than verification") << "type" << 422;
    QTest::newRow("signature missing") << "noSignature" << 422;
}

void TestMpin::dvs()
{
    QFETCH(QString, how);
    QFETCH(int, status);
    FidoPhone phone = newPhone(newMobile());
    const Identity identity = activate(phone, phone.mobile, m_client);
    QVERIFY(!identity.privateKeyDer.isEmpty());
    const QByteArray hash =
        QCryptographicHash::hash("transfer 100 EUR", QCryptographicHash::Sha256);
    qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    if (how == QLatin1String("stale"))
        timestamp -= 61;
    if (how == QLatin1String("ahead"))
        timestamp += 61;
    QByteArray signature = dvsSignature(identity, hash, timestamp);
    if (how == QLatin1String("otherMessage"))
        signature = dvsSignature(identity, "other", timestamp);
    if (how == QLatin1String("otherTimestamp"))
        signature = dvsSignature(identity, hash, timestamp - 1);
    QJsonObject body = dvsBody(identity, hash, timestamp, signature);
    QJsonObject sig = body.value(QStringLiteral("signature")).toObject();
    TestClient caller = m_client;
    if (how == QLatin1String("tamperedHash"))
        sig.insert(QStringLiteral("hash"), QString::fromLatin1(("x" + hash).toHex()));
    if (how == QLatin1String("unknown"))
        sig.insert(QStringLiteral("mpinId"), QStringLiteral("7b7d"));
    if (how == QLatin1String("otherProject"))
        caller = m_other;
    if (how == QLatin1String("revoked"))
        mpin("POST",
             project(m_client,
                     QStringLiteral("/mpinids/") + identity.hash + QStringLiteral("/revocation")),
             {}, m_client);
    if (how == QLatin1String("otherKey")) {
        const SigningKey other = SigningKey::generateP256();
        sig.insert(
            QStringLiteral("u"),
            QString::fromLatin1((QByteArray(1, '\x04') + other.ecX() + other.ecY()).toHex()));
    }
    if (how == QLatin1String("notHex"))
        sig.insert(QStringLiteral("v"), QStringLiteral("zz"));
    if (how == QLatin1String("type"))
        body.insert(QStringLiteral("type"), QStringLiteral("authentication"));
    if (how == QLatin1String("noSignature"))
        body.remove(QStringLiteral("signature"));
    else
        body.insert(QStringLiteral("signature"), sig);
    const Response r = mpin("POST", QStringLiteral("/dvs/verify"), body, caller);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.json().size(), 1);
        QVERIFY(!str(r.json(), "certificate").isEmpty());
    } else {
        QVERIFY(!r.json().contains(QStringLiteral("certificate")));
        QVERIFY(!str(r.json(), "message").isEmpty());
    }
    if (how == QLatin1String("revoked"))
        QVERIFY(str(r.json(), "message").contains(QStringLiteral("revoked")));
    if (how == QLatin1String("stale"))
        QVERIFY(str(r.json(), "message").contains(QStringLiteral("timestamp")));
}

void TestMpin::dvsCertificateVerifiesAgainstJwks()
{
    FidoPhone phone = newPhone(newMobile());
    const Identity identity = activate(phone, phone.mobile, m_client);
    const QByteArray hash = "test";
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    const Response r =
        mpin("POST", QStringLiteral("/dvs/verify"),
             dvsBody(identity, hash, timestamp, dvsSignature(identity, hash, timestamp)), m_client);
    QCOMPARE(r.status, 200);
    const QByteArray certificate = str(r.json(), "certificate").toLatin1();
    const auto parts = Jws::decode(certificate);
    QVERIFY(parts);
    QCOMPARE(str(parts->header, "alg"), QStringLiteral("RS256"));
    const QString kid = str(parts->header, "kid");
    // The key is taken from the published set, as a relying party would.
    const QJsonArray keys =
        http().get(QStringLiteral("/dvs/jwks")).json().value(QStringLiteral("keys")).toArray();
    std::optional<SigningKey> key;
    for (const QJsonValue &k : keys) {
        if (str(k.toObject(), "kid") == kid)
            key = SigningKey::fromRsaPublic(*Base64Url::decode(str(k.toObject(), "n").toLatin1()),
                                            *Base64Url::decode(str(k.toObject(), "e").toLatin1()));
    }
    QVERIFY2(key, "the certificate's kid is not in /dvs/jwks");
    const auto verified = Jws::verify(certificate, *key);
    QVERIFY(verified);
    const qint64 cAt = verified->payload.value(QStringLiteral("cAt")).toInteger();
    QVERIFY(qAbs(cAt - timestamp) <= 5);
    QCOMPARE(verified->payload.value(QStringLiteral("exp")).toInteger(), cAt + 10);
    QCOMPARE(str(verified->payload, "hash"), QStringLiteral("74657374")); // as in seed 004

    // After a rotation the certificate's key stays published; new ones use the new key.
    const Response rotated = http().post(QStringLiteral("/admin/v1/keys/rotate"), {}, m_f->admin());
    QCOMPARE(rotated.status, 200);
    const QString newKid = str(rotated.data(), "kid");
    QString kids;
    for (const QJsonValue &k :
         http().get(QStringLiteral("/dvs/jwks")).json().value(QStringLiteral("keys")).toArray())
        kids += str(k.toObject(), "kid") + QLatin1Char(' ');
    QVERIFY(kids.contains(kid));
    QVERIFY(kids.contains(newKid));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Response after =
        mpin("POST", QStringLiteral("/dvs/verify"),
             dvsBody(identity, hash, now, dvsSignature(identity, hash, now)), m_client);
    QCOMPARE(str(Jws::decode(str(after.json(), "certificate").toLatin1())->header, "kid"), newKid);
}

// ---- revocation --------------------------------------------------------------------------

void TestMpin::revokedIdentityCannotAuthenticate()
{
    const QString mobile = newMobile();
    FidoPhone phone = newPhone(mobile);
    const Identity identity = activate(phone, mobile, m_client);
    // A ceremony begun before the revocation and completed after it.
    const QJsonObject first = m_f->createConsent(m_client, {{QStringLiteral("recipient"), mobile}});
    const Response begun = http().post(QStringLiteral("/v1/fido/authenticate/begin"),
                                       {{QStringLiteral("sessionId"), str(first, "sessionId")}});
    QCOMPARE(begun.status, 200);

    const QString path = project(m_client, QStringLiteral("/mpinids/") + identity.hash +
                                               QStringLiteral("/revocation"));
    const Response revoked = mpin(
        "POST", path, {{QStringLiteral("reason"), QStringLiteral("account expiration")}}, m_client);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json(),
             (QJsonObject{{QStringLiteral("hashMPinID"), identity.hash},
                          {QStringLiteral("reason"), QStringLiteral("account expiration")}}));
    // Again: the first reason stands.
    QCOMPARE(str(mpin("POST", path, {{QStringLiteral("reason"), QStringLiteral("other")}}, m_client)
                     .json(),
                 "reason"),
             QStringLiteral("account expiration"));

    const Response late =
        http().post(QStringLiteral("/v1/fido/authenticate/complete"),
                    {{QStringLiteral("authenticationId"), str(begun.data(), "authenticationId")},
                     {QStringLiteral("credential"), phone.assertionFor(begun.data())}});
    QCOMPARE(late.status, 401);
    QVERIFY2(str(late.json(), "message").contains(QStringLiteral("MPin identity was revoked")),
             late.body.constData());
    const QJsonObject second =
        m_f->createConsent(m_client, {{QStringLiteral("recipient"), mobile}});
    const Response refused = http().post(QStringLiteral("/v1/fido/authenticate/begin"),
                                         {{QStringLiteral("sessionId"), str(second, "sessionId")}});
    QCOMPARE(refused.status, 403);
    QVERIFY(str(refused.json(), "message").contains(QStringLiteral("account expiration")));
    // Both consents are still pending: nothing was decided.
    for (const QJsonObject &c : {first, second})
        QCOMPARE(
            str(http()
                    .get(QStringLiteral("/v1/consents/") + str(c, "sessionId"), m_client.bearer())
                    .data(),
                "status"),
            QStringLiteral("pending"));
}

void TestMpin::deregisteredDeviceRevokesItsIdentity()
{
    FidoPhone phone = newPhone(newMobile());
    const Identity identity = activate(phone, phone.mobile, m_client);
    const Response device = http().get(
        QStringLiteral("/admin/v1/mpin/identities?clientId=") + m_client.clientId, m_f->admin());
    QString deviceId;
    for (const QJsonValue &v : device.data().value(QStringLiteral("items")).toArray()) {
        if (str(v.toObject(), "mpinId") == identity.hash)
            deviceId = str(v.toObject(), "deviceId");
    }
    QVERIFY(!deviceId.isEmpty());
    QCOMPARE(http().del(QStringLiteral("/v1/devices/") + deviceId, m_f->admin()).status, 200);
    const QJsonObject revoked =
        mpinGet(project(m_client, QStringLiteral("/mpinids?revoked=true&limit=500")), m_client)
            .json();
    bool listed = false;
    for (const QJsonValue &v : revoked.value(QStringLiteral("list")).toArray())
        listed |= str(v.toObject(), "mpinId") == identity.hash;
    QVERIFY(listed);
}

// ---- audit -------------------------------------------------------------------------------

void TestMpin::audit()
{
    const TestClient client =
        m_f->createClient({{QStringLiteral("name"), QStringLiteral("Audited")}});
    const QString user = QStringLiteral("audited@example.com");
    FidoPhone phone = newPhone(newMobile());
    const Identity identity = activate(phone, user, client);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    mpin("POST", QStringLiteral("/dvs/verify"),
         dvsBody(identity, "h", now, dvsSignature(identity, "h", now)), client);
    mpin("POST", QStringLiteral("/dvs/verify"),
         dvsBody(identity, "h", now, dvsSignature(identity, "other", now)), client);
    mpin("POST",
         project(client,
                 QStringLiteral("/mpinids/") + identity.hash + QStringLiteral("/revocation")),
         {}, client);
    m_f->server().audit().flush();

    auto listed = [&](const QString &query) {
        const Response r = mpinGet(project(client, QStringLiteral("/audit?")) + query, client);
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return r.json();
    };
    const QJsonObject all = listed(QStringLiteral("userId=audited%40example.com"));
    QStringList kinds;
    for (const QJsonValue &v : all.value(QStringLiteral("list")).toArray()) {
        const QJsonObject row = v.toObject();
        QCOMPARE(str(row, "userID"), user);
        QCOMPARE(str(row, "mpinID"), identity.hash);
        QCOMPARE(str(row, "appID"), client.clientId);
        QCOMPARE(str(row, "appName"), QStringLiteral("Audited"));
        QCOMPARE(str(row, "IPAddress"), QStringLiteral("127.0.0.1"));
        QVERIFY(row.contains(QStringLiteral("country")));
        QVERIFY(QDateTime::fromString(str(row, "createdAt"), Qt::ISODateWithMs).isValid());
        kinds << str(row, "eventType") + QLatin1Char('/') + str(row, "eventStatus");
    }
    // Newest first: revocation, the refused and the good signature, registration, activation.
    QCOMPARE(kinds, (QStringList{QStringLiteral("revocation/revoke_success"),
                                 QStringLiteral("signature/verify_failure"),
                                 QStringLiteral("signature/verify_success"),
                                 QStringLiteral("registration/register_success"),
                                 QStringLiteral("registration/register_begin_success"),
                                 QStringLiteral("activation/initiate_success")}));
    QCOMPARE(all.value(QStringLiteral("total")).toInt(), 6);
    QCOMPARE(listed(QStringLiteral("userId=audited%40example.com&limit=2&offset=1"))
                 .value(QStringLiteral("list"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(
        listed(QStringLiteral("mpinId=") + identity.hash).value(QStringLiteral("total")).toInt(),
        6);
    QCOMPARE(listed(QStringLiteral("deviceName=nope")).value(QStringLiteral("total")).toInt(), 0);
    QCOMPARE(
        listed(QStringLiteral("applicationId=someone-else")).value(QStringLiteral("total")).toInt(),
        0);
    QCOMPARE(listed(QStringLiteral("fromDate=2099-01-01T00:00:00Z"))
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
    QCOMPARE(listed(QStringLiteral("toDate=2021-07-01T00:00:00Z"))
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
    QCOMPARE(mpinGet(project(client, QStringLiteral("/audit?fromDate=yesterday")), client).status,
             422);
    // Another project sees none of it.
    QCOMPARE(
        mpinGet(project(m_other, QStringLiteral("/audit?userId=audited%40example.com")), m_other)
            .json()
            .value(QStringLiteral("total"))
            .toInt(),
        0);
}

// ---- console -----------------------------------------------------------------------------

void TestMpin::operatorsSeeAndActOnIdentities()
{
    FidoPhone phone = newPhone(newMobile());
    const Identity identity = activate(phone, phone.mobile, m_other);
    const Response list = http().get(
        QStringLiteral("/admin/v1/mpin/identities?clientId=") + m_other.clientId, m_f->admin());
    QCOMPARE(list.status, 200);
    const QJsonObject item = list.data().value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(str(item, "mpinId"), identity.hash);
    QCOMPARE(str(item, "clientName"), QStringLiteral("Other"));
    QCOMPARE(str(item, "status"), QStringLiteral("active"));
    QCOMPARE(str(item, "mpinIdDocument").toUtf8(), identity.document);
    QVERIFY(str(item, "deviceId").startsWith(QLatin1String("dev_")));
    QCOMPARE(http()
                 .get(QStringLiteral("/admin/v1/mpin/identities?deviceId=") + str(item, "deviceId"),
                      m_f->admin())
                 .data()
                 .value(QStringLiteral("total"))
                 .toInt(),
             1);

    const QString one = QStringLiteral("/admin/v1/mpin/identities/") + identity.hash;
    const Response renamed =
        http().put(one, {{QStringLiteral("deviceName"), QStringLiteral("Desk")}}, m_f->admin());
    QCOMPARE(renamed.status, 200);
    QCOMPARE(str(renamed.data(), "deviceName"), QStringLiteral("Desk"));
    // A client key is no operator token.
    QCOMPARE(http().post(one + QStringLiteral("/revoke"), {}, m_other.bearer()).status, 401);
    const Response revoked =
        http().post(one + QStringLiteral("/revoke"),
                    {{QStringLiteral("reason"), QStringLiteral("lost")}}, m_f->admin());
    QCOMPARE(revoked.status, 200);
    QCOMPARE(str(revoked.data(), "status"), QStringLiteral("revoked"));
    QCOMPARE(str(revoked.data(), "revokeReason"), QStringLiteral("lost"));
    QCOMPARE(http()
                 .post(QStringLiteral("/admin/v1/mpin/identities/") +
                           QString(64, QLatin1Char('b')) + QStringLiteral("/revoke"),
                       {}, m_f->admin())
                 .status,
             404);
}

QTEST_MAIN(TestMpin)
#include "tst_mpin.moc"
