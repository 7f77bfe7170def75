// FIDO2 / WebAuthn of §3 over HTTP with a SoftwareAuthenticator as the phone: the whole
// enroll → register → approve flow under both path aliases, and what an attacker tries:
// replayed challenges, a wrong origin, a forged signature, another number's device, a blocked
// device, a revoked credential, an expired or decided consent, a cloned authenticator, and
// challenges that outlive their ceremony. The class runs on a ManualClock: time moves only
// when a test moves it.
#include "support/FidoPhone.h"
#include "support/ServerFixture.h"

#include "core/Clock.h"
#include "crypto/Base64Url.h"
#include "events/EventBus.h"
#include "services/ConsentService.h"
#include "services/IdentityServices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QtTest>

using namespace mid;
using namespace mid::test;

namespace {

QString stepOf(const Response &r)
{
    return r.json()
        .value(QStringLiteral("details"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("issue"))
        .toString();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

class TestFido : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void fullFlow_data();
    void fullFlow();
    void rejectDecision();
    void registrationOptions();
    void reRegistrationExcludesCredentials();
    void registerWithClientCredentials();
    void registerRefusals_data();
    void registerRefusals();
    void replayedChallenge();
    void replayedAssertionInNewCeremony();
    void wrongOrigin();
    void forgedSignature();
    void anotherNumbersDevice();
    void blockedDevice();
    void revokedCredentialAfterDeregister();
    void expiredConsent();
    void challengeExpires_data();
    void challengeExpires();
    void decidedConsent();
    void clonedAuthenticatorIsFlagged();
    void unboundAuthentication();
    void badInput_data();
    void badInput();
    void deviceRateLimit();
    void assertionsLimitedPerCredential();
    void defaultRelyingPartyIsPublicUrl();
    void localhostWorks();
    void documented_data();
    void documented();

private:
    FidoPhone newPhone() { return newPhone(m_mobile); }
    FidoPhone newPhone(const QString &mobile);
    QJsonObject registeredPhone(FidoPhone &phone);
    QString newConsent() { return newConsent(m_mobile); }
    QString newConsent(const QString &recipient, int expiresIn = ConsentRules::kDefaultExpiresIn);
    QJsonObject consent(const QString &id);
    Response beginFor(const QString &sessionId);
    // A ceremony begun and answered by the phone, not yet completed.
    struct Completion
    {
        QString path;
        QJsonObject body;
    };
    Completion registrationToComplete(FidoPhone &phone);
    Completion authenticationToComplete(FidoPhone &phone);
    Response complete(const QJsonObject &options, const QJsonObject &assertion,
                      const QString &decision = QStringLiteral("approve"));
    QStringList eventTypes() const;

    ManualClock m_clock; // before the server, which must stop before the clock goes
    std::unique_ptr<ServerFixture> m_f;
    TestClient m_client;
    QList<DomainEvent> m_events;
    int m_devices = 0;
    int m_numbers = 0;
    QString m_mobile;      // this test's person
    QString m_otherMobile; // somebody else
    HttpClient &http() { return m_f->http(); }
};

void TestFido::initTestCase()
{
    m_f = std::make_unique<ServerFixture>(useTestRelyingParty);
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    connect(&m_f->server().events(), &EventBus::published, this,
            [this](const DomainEvent &e) { m_events.append(e); });
}

void TestFido::cleanupTestCase()
{
    m_f.reset();
}

void TestFido::init()
{
    m_client = m_f->createClient();
    QVERIFY(!m_client.apiKey.isEmpty());
    m_events.clear();
    // Every test has numbers of its own, so the devices registered to them are its own.
    m_mobile = QStringLiteral("+23480%1").arg(++m_numbers * 2, 8, 10, QLatin1Char('0'));
    m_otherMobile = QStringLiteral("+1415%1").arg(m_numbers * 2 + 1, 7, 10, QLatin1Char('0'));
}

FidoPhone TestFido::newPhone(const QString &mobile)
{
    return FidoPhone(
        *m_f, mobile,
        QStringLiteral("phone-%1-%2").arg(QTest::currentTestFunction()).arg(++m_devices));
}

QJsonObject TestFido::registeredPhone(FidoPhone &phone)
{
    const QJsonObject registered = phone.enrollAndRegister(m_client);
    if (str(registered, "status") != QLatin1String("registered"))
        qWarning() << "phone not registered" << registered;
    return registered;
}

QString TestFido::newConsent(const QString &recipient, int expiresIn)
{
    return str(m_f->createConsent(m_client, {{QStringLiteral("recipient"), recipient},
                                             {QStringLiteral("expiresIn"), expiresIn}}),
               "id");
}

QJsonObject TestFido::consent(const QString &id)
{
    return http().get(QStringLiteral("/v1/consents/") + id, m_client.bearer()).data();
}

Response TestFido::beginFor(const QString &sessionId)
{
    return http().post(QStringLiteral("/v1/fido/authenticate/begin"),
                       {{QStringLiteral("sessionId"), sessionId}});
}

Response TestFido::complete(const QJsonObject &options, const QJsonObject &assertion,
                            const QString &decision)
{
    return http().post(
        QStringLiteral("/v1/fido/authenticate/complete"),
        {{QStringLiteral("authenticationId"), options.value(QStringLiteral("authenticationId"))},
         {QStringLiteral("credential"), assertion},
         {QStringLiteral("decision"), decision}});
}

QStringList TestFido::eventTypes() const
{
    QStringList types;
    for (const DomainEvent &e : m_events)
        types << e.type;
    return types;
}

void TestFido::fullFlow_data()
{
    QTest::addColumn<QString>("base");
    QTest::newRow("/v1/fido (seed 000)") << QStringLiteral("/v1/fido");
    QTest::newRow("/v1/auth/fido (seed 001)") << QStringLiteral("/v1/auth/fido");
}

void TestFido::fullFlow()
{
    QFETCH(QString, base);
    FidoPhone phone = newPhone();
    const QString token = phone.enrollmentToken(m_client);
    QVERIFY(token.startsWith(QLatin1String("enrt_")));
    const Response registered = phone.registerWithToken(token, base);
    QCOMPARE(registered.status, 200);
    const QJsonObject reg = registered.data();
    QCOMPARE(str(reg, "status"), QStringLiteral("registered"));
    QCOMPARE(str(reg, "deviceId"), phone.deviceId);
    const QString devId =
        reg.value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(devId.startsWith(QLatin1String("dev_")));
    QCOMPARE(Base64Url::decode(str(reg, "credentialId").toLatin1()).value_or(QByteArray()),
             phone.authenticator.credentials().constFirst().id);
    // The enrollment is completed.
    const Response enrollment = http().get(
        QStringLiteral("/v1/enrollments/") + str(reg, "enrollmentId"), m_client.bearer());
    QCOMPARE(str(enrollment.data(), "status"), QStringLiteral("completed"));

    const QString sessionId = newConsent();
    const Response decided = phone.decide(sessionId, QStringLiteral("approve"), base);
    QCOMPARE(decided.status, 200);
    const QJsonObject d = decided.data();
    QCOMPARE(d.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(str(d, "status"), QStringLiteral("approved"));
    QCOMPARE(str(d, "sessionId"), sessionId);
    QCOMPARE(str(d, "deviceId"), phone.deviceId);
    QVERIFY(str(d, "userId").startsWith(QLatin1String("usr_")));

    const QJsonObject c = consent(sessionId);
    QCOMPARE(str(c, "status"), QStringLiteral("approved"));
    const QJsonObject user = c.value(QStringLiteral("user")).toObject();
    QCOMPARE(str(user, "id"), str(d, "userId"));
    QCOMPARE(str(user, "mobile"), m_mobile);
    QCOMPARE(user.value(QStringLiteral("verified")).toBool(), true);
    const QJsonObject device = c.value(QStringLiteral("device")).toObject();
    QCOMPARE(str(device, "id"), devId);
    QCOMPARE(str(device, "model"), QStringLiteral("Pixel 8"));
    const QStringList types = eventTypes();
    for (const char *type :
         {"enrollment.completed", "device.registered", "auth.success", "consent.approved"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
}

void TestFido::rejectDecision()
{
    FidoPhone phone = newPhone();
    registeredPhone(phone);
    const QString sessionId = newConsent();
    const Response r = phone.decide(sessionId, QStringLiteral("reject"));
    QCOMPARE(r.status, 200);
    QCOMPARE(str(r.data(), "status"), QStringLiteral("rejected"));
    QCOMPARE(str(consent(sessionId), "status"), QStringLiteral("rejected"));
    QVERIFY(eventTypes().contains(QStringLiteral("consent.rejected")));
}

void TestFido::registrationOptions()
{
    FidoPhone phone = newPhone();
    const Response r = http().post(
        QStringLiteral("/v1/fido/register/begin"),
        {{QStringLiteral("mobile"), m_mobile}, {QStringLiteral("deviceId"), phone.deviceId}},
        m_client.mobidKey());
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.data();
    QVERIFY(str(o, "registrationId").startsWith(QLatin1String("reg_")));
    QVERIFY(Base64Url::decode(str(o, "challenge").toLatin1()).value_or(QByteArray()).size() >= 32);
    QCOMPARE(str(o.value(QStringLiteral("rp")).toObject(), "id"), kTestRpId);
    QVERIFY(!str(o.value(QStringLiteral("rp")).toObject(), "name").isEmpty());
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    QCOMPARE(str(user, "name"), m_mobile);
    QVERIFY(!str(user, "id").isEmpty());
    QList<int> algs;
    for (const QJsonValue &p : o.value(QStringLiteral("pubKeyCredParams")).toArray())
        algs << p.toObject().value(QStringLiteral("alg")).toInt();
    QCOMPARE(algs, (QList<int>{-7, -257, -8}));
    QVERIFY(o.value(QStringLiteral("timeout")).toInt() > 0);
    QVERIFY(o.contains(QStringLiteral("attestation")));
    QVERIFY(o.value(QStringLiteral("authenticatorSelection")).isObject());
    QCOMPARE(o.value(QStringLiteral("excludeCredentials")).toArray().size(), 0);
    // Two begins never share a challenge.
    const Response again = http().post(
        QStringLiteral("/v1/fido/register/begin"),
        {{QStringLiteral("mobile"), m_mobile}, {QStringLiteral("deviceId"), phone.deviceId}},
        m_client.mobidKey());
    QVERIFY(str(again.data(), "challenge") != str(o, "challenge"));
}

void TestFido::reRegistrationExcludesCredentials()
{
    FidoPhone phone = newPhone();
    QCOMPARE(phone.registerWithClient(m_client).status, 200);
    const Response r = http().post(
        QStringLiteral("/v1/fido/register/begin"),
        {{QStringLiteral("mobile"), m_mobile}, {QStringLiteral("deviceId"), phone.deviceId}},
        m_client.bearer());
    const QJsonArray exclude = r.data().value(QStringLiteral("excludeCredentials")).toArray();
    QCOMPARE(exclude.size(), 1);
    QCOMPARE(
        Base64Url::decode(str(exclude.at(0).toObject(), "id").toLatin1()).value_or(QByteArray()),
        phone.authenticator.credentials().constFirst().id);
}

void TestFido::registerWithClientCredentials()
{
    FidoPhone phone = newPhone(m_otherMobile);
    const Response r = phone.registerWithClient(m_client, QStringLiteral("/v1/auth/fido"));
    QCOMPARE(r.status, 200);
    const QString devId =
        r.data().value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toString();
    // Visible to the client it was registered through; mobile not verified by a code.
    const Response device = http().get(QStringLiteral("/v1/devices/") + devId, m_client.bearer());
    QCOMPARE(device.status, 200);
    QCOMPARE(device.data().value(QStringLiteral("mobileVerified")).toBool(), false);
    QCOMPARE(str(device.data(), "model"), QStringLiteral("iPhone 15 Pro"));
}

void TestFido::registerRefusals_data()
{
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no credentials") << QString() << 401 << QStringLiteral("enrollmentToken");
    QTest::newRow("activationToken not accepted yet")
        << QStringLiteral("activation") << 401 << QStringLiteral("activationToken");
    QTest::newRow("unknown enrollment token")
        << QStringLiteral("badtoken") << 401 << QStringLiteral("enrollmentToken");
    QTest::newRow("client without fido scope")
        << QStringLiteral("noscope") << 403 << QStringLiteral("fido");
    QTest::newRow("bad api key") << QStringLiteral("badkey") << 401 << QString();
}

void TestFido::registerRefusals()
{
    QFETCH(QString, credentials);
    QFETCH(int, status);
    QFETCH(QString, message);
    QJsonObject body{{QStringLiteral("mobile"), m_mobile},
                     {QStringLiteral("deviceId"), QStringLiteral("refused-device")}};
    Headers headers;
    if (credentials == QLatin1String("activation"))
        body.insert(QStringLiteral("activationToken"), QStringLiteral("act_123"));
    if (credentials == QLatin1String("badtoken"))
        body.insert(QStringLiteral("enrollmentToken"), QStringLiteral("enrt_nope"));
    if (credentials == QLatin1String("noscope"))
        headers =
            m_f->createClient({{QStringLiteral("scopes"), QJsonArray{QStringLiteral("consents")}}})
                .bearer();
    if (credentials == QLatin1String("badkey"))
        headers = {{"X-Mobid-Key", "not-a-key"}};
    const Response r = http().post(QStringLiteral("/v1/fido/register/begin"), body, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("error")).toBool(), true);
    QVERIFY2(str(r.json(), "message").contains(message), r.body.constData());
}

void TestFido::replayedChallenge()
{
    FidoPhone phone = newPhone();
    registeredPhone(phone);
    const QString sessionId = newConsent();
    const QJsonObject options = beginFor(sessionId).data();
    const QJsonObject assertion = phone.assertionFor(options);
    QCOMPARE(complete(options, assertion).status, 200);
    m_events.clear();
    const Response replay = complete(options, assertion);
    QCOMPARE(replay.status, 401);
    QCOMPARE(str(replay.json(), "type"), QStringLiteral("unauthorized"));
    QCOMPARE(stepOf(replay), QStringLiteral("challenge.used"));
    QVERIFY(eventTypes().contains(QStringLiteral("auth.failed")));
    // A registration ceremony is single use too.
    FidoPhone second = newPhone();
    const Response begin = http().post(
        QStringLiteral("/v1/fido/register/begin"),
        {{QStringLiteral("mobile"), m_mobile}, {QStringLiteral("deviceId"), second.deviceId}},
        m_client.bearer());
    const auto created = second.authenticator.create(begin.data(), second.origin);
    const QJsonObject body{{QStringLiteral("registrationId"), str(begin.data(), "registrationId")},
                           {QStringLiteral("credential"), created.json}};
    QCOMPARE(http().post(QStringLiteral("/v1/fido/register/complete"), body).status, 200);
    const Response again = http().post(QStringLiteral("/v1/fido/register/complete"), body);
    QCOMPARE(again.status, 401);
    QCOMPARE(stepOf(again), QStringLiteral("challenge.used"));
}

void TestFido::replayedAssertionInNewCeremony()
{
    FidoPhone phone = newPhone();
    registeredPhone(phone);
    const QString first = newConsent();
    const QJsonObject options = beginFor(first).data();
    const QJsonObject assertion = phone.assertionFor(options);
    QCOMPARE(complete(options, assertion).status, 200);
    // The captured assertion sent to a new ceremony: its challenge is not this one's.
    const QString second = newConsent();
    const Response r = complete(beginFor(second).data(), assertion);
    QCOMPARE(r.status, 401);
    QCOMPARE(stepOf(r), QStringLiteral("clientData.challenge"));
    QCOMPARE(str(consent(second), "status"), QStringLiteral("pending"));
}

void TestFido::wrongOrigin()
{
    FidoPhone phone = newPhone();
    registeredPhone(phone);
    const QString sessionId = newConsent();
    const QJsonObject options = beginFor(sessionId).data();
    phone.origin = QStringLiteral("https://phish.mid.example");
    const Response r = complete(options, phone.assertionFor(options));
    QCOMPARE(r.status, 401);
    QCOMPARE(stepOf(r), QStringLiteral("clientData.origin"));
    QCOMPARE(str(consent(sessionId), "status"), QStringLiteral("pending"));
    QVERIFY(eventTypes().contains(QStringLiteral("auth.failed")));
}

void TestFido::forgedSignature()
{
    FidoPhone phone = newPhone();
    registeredPhone(phone);
    const QString sessionId = newConsent();
    const QJsonObject options = beginFor(sessionId).data();
    QJsonObject assertion = phone.assertionFor(options);
    QJsonObject response = assertion.value(QStringLiteral("response")).toObject();
    QByteArray signature =
        Base64Url::decode(str(response, "signature").toLatin1()).value_or(QByteArray());
    signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
    response.insert(QStringLiteral("signature"), Base64Url::encodeToString(signature));
    assertion.insert(QStringLiteral("response"), response);
    const Response r = complete(options, assertion);
    QCOMPARE(r.status, 401);
    QCOMPARE(stepOf(r), QStringLiteral("assertion.signature"));
    QCOMPARE(str(consent(sessionId), "status"), QStringLiteral("pending"));
}

void TestFido::anotherNumbersDevice()
{
    FidoPhone owner = newPhone(m_mobile);
    registeredPhone(owner);
    FidoPhone attacker = newPhone(m_otherMobile);
    registeredPhone(attacker);
    const QString sessionId = newConsent(m_mobile);
    QJsonObject options = beginFor(sessionId).data();
    // Offered only the recipient's credential.
    QCOMPARE(options.value(QStringLiteral("allowCredentials")).toArray().size(), 1);
    options.remove(QStringLiteral("allowCredentials"));
    const Response r = complete(options, attacker.assertionFor(options));
    QCOMPARE(r.status, 401);
    QCOMPARE(stepOf(r), QStringLiteral("credential.notAllowed"));
    QCOMPARE(str(consent(sessionId), "status"), QStringLiteral("pending"));
    // A session whose recipient has no device cannot be started at all.
    const Response none = beginFor(newConsent(QStringLiteral("+447700900123")));
    QCOMPARE(none.status, 409);
}

void TestFido::blockedDevice()
{
    FidoPhone phone = newPhone();
    const QJsonObject reg = registeredPhone(phone);
    const QString devId =
        reg.value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toString();
    const QString sessionId = newConsent();
    const QJsonObject options = beginFor(sessionId).data();
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/devices/%1/block").arg(devId),
                       {{QStringLiteral("reason"), QStringLiteral("lost")}}, m_client.bearer())
                 .status,
             200);
    m_events.clear();
    const Response r = complete(options, phone.assertionFor(options));
    QCOMPARE(r.status, 403);
    QCOMPARE(str(r.json(), "type"), QStringLiteral("forbidden"));
    QVERIFY(eventTypes().contains(QStringLiteral("auth.failed")));
    QCOMPARE(str(consent(sessionId), "status"), QStringLiteral("pending"));
    // Beginning again names the blocked device too.
    m_events.clear();
    QCOMPARE(beginFor(sessionId).status, 403);
    QVERIFY(eventTypes().contains(QStringLiteral("auth.failed")));
    // Unblocked, it works again.
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/devices/%1/unblock").arg(devId), {}, m_client.bearer())
                 .status,
             200);
    QCOMPARE(phone.decide(sessionId).status, 200);
}

void TestFido::revokedCredentialAfterDeregister()
{
    FidoPhone phone = newPhone();
    const QJsonObject reg = registeredPhone(phone);
    const QString devId =
        reg.value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toString();
    const QString sessionId = newConsent();
    const QJsonObject options = beginFor(sessionId).data();
    QCOMPARE(http().del(QStringLiteral("/v1/devices/") + devId, m_client.bearer()).status, 200);
    const Response r = complete(options, phone.assertionFor(options));
    QCOMPARE(r.status, 401);
    QCOMPARE(stepOf(r), QStringLiteral("credential.revoked"));
    QCOMPARE(beginFor(sessionId).status, 409); // no usable credential left
    QCOMPARE(str(consent(sessionId), "status"), QStringLiteral("pending"));
}

void TestFido::expiredConsent()
{
    FidoPhone phone = newPhone();
    registeredPhone(phone);
    // Shorter lived than the challenge, so only the consent's time passes.
    const QString sessionId = newConsent(m_mobile, ConsentRules::kMinExpiresIn);
    const QJsonObject options = beginFor(sessionId).data();
    // Its time passes while the phone is deciding.
    m_clock.setMs(m_f->server().consents().find(sessionId)->expiresAt);
    const Response r = complete(options, phone.assertionFor(options));
    QCOMPARE(r.status, 409);
    QVERIFY(str(r.json(), "message").contains(QLatin1String("expired")));
    QCOMPARE(beginFor(sessionId).status, 409);
    QVERIFY(str(consent(sessionId), "status") != QLatin1String("approved"));
}

void TestFido::challengeExpires_data()
{
    QTest::addColumn<bool>("registration"); // else authentication
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<bool>("accepted");
    const qint64 lifetime = FidoService::kTimeoutMs;
    for (const bool registration : {true, false}) {
        const char *kind = registration ? "registration" : "authentication";
        QTest::addRow("%s, a millisecond before", kind) << registration << lifetime - 1 << true;
        QTest::addRow("%s, at its lifetime", kind) << registration << lifetime << false;
    }
}

TestFido::Completion TestFido::registrationToComplete(FidoPhone &phone)
{
    const QJsonObject options = http()
                                    .post(QStringLiteral("/v1/fido/register/begin"),
                                          {{QStringLiteral("mobile"), m_mobile},
                                           {QStringLiteral("deviceId"), phone.deviceId}},
                                          m_client.bearer())
                                    .data();
    return {
        QStringLiteral("/v1/fido/register/complete"),
        {{QStringLiteral("registrationId"), str(options, "registrationId")},
         {QStringLiteral("credential"), phone.authenticator.create(options, phone.origin).json}}};
}

TestFido::Completion TestFido::authenticationToComplete(FidoPhone &phone)
{
    registeredPhone(phone);
    // A consent that outlives the challenge, so only the challenge can expire.
    const QJsonObject options = beginFor(newConsent(m_mobile, ConsentRules::kMaxExpiresIn)).data();
    return {
        QStringLiteral("/v1/fido/authenticate/complete"),
        {{QStringLiteral("authenticationId"), options.value(QStringLiteral("authenticationId"))},
         {QStringLiteral("credential"), phone.assertionFor(options)},
         {QStringLiteral("decision"), QStringLiteral("approve")}}};
}

void TestFido::challengeExpires()
{
    QFETCH(bool, registration);
    QFETCH(qint64, elapsedMs);
    QFETCH(bool, accepted);
    FidoPhone phone = newPhone();
    const Completion pending =
        registration ? registrationToComplete(phone) : authenticationToComplete(phone);
    m_clock.advance(std::chrono::milliseconds(elapsedMs));
    const Response r = http().post(pending.path, pending.body);
    if (accepted) {
        QVERIFY2(r.status == 200, r.body.constData());
        return;
    }
    QCOMPARE(r.status, 401);
    QCOMPARE(stepOf(r), QStringLiteral("challenge.expired"));
}

void TestFido::decidedConsent()
{
    FidoPhone phone = newPhone();
    registeredPhone(phone);
    const QString sessionId = newConsent();
    QCOMPARE(phone.decide(sessionId).status, 200);
    const Response again = phone.decide(sessionId, QStringLiteral("reject"));
    QCOMPARE(again.status, 409);
    QCOMPARE(str(consent(sessionId), "status"), QStringLiteral("approved"));
    const QString revoked = newConsent();
    QCOMPARE(http().del(QStringLiteral("/v1/consents/") + revoked, m_client.bearer()).status, 200);
    QCOMPARE(beginFor(revoked).status, 409);
    QCOMPARE(beginFor(QStringLiteral("cons_doesnotexist000000")).status, 404);
}

void TestFido::clonedAuthenticatorIsFlagged()
{
    FidoPhone phone = newPhone();
    const QJsonObject reg = registeredPhone(phone);
    const QJsonObject snapshot = phone.authenticator.toJson();
    QCOMPARE(phone.decide(newConsent()).status, 200); // counter 1 stored
    auto clone = SoftwareAuthenticator::fromJson(snapshot);
    QVERIFY(clone);
    phone.authenticator = std::move(*clone); // a copy of the key with the old counter
    m_events.clear();
    const QString sessionId = newConsent();
    const Response r = phone.decide(sessionId);
    QCOMPARE(r.status, 401);
    QCOMPARE(stepOf(r), QStringLiteral("authData.signCount"));
    QVERIFY(eventTypes().contains(QStringLiteral("auth.failed")));
    QCOMPARE(str(consent(sessionId), "status"), QStringLiteral("pending"));
    const QString devId =
        reg.value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toString();
    const QJsonArray creds = http()
                                 .get(QStringLiteral("/v1/devices/") + devId, m_client.bearer())
                                 .data()
                                 .value(QStringLiteral("credentials"))
                                 .toArray();
    QCOMPARE(creds.size(), 1);
    QCOMPARE(creds.at(0).toObject().value(QStringLiteral("flagged")).toBool(), true);
    QCOMPARE(creds.at(0).toObject().value(QStringLiteral("signCount")).toInt(), 1);
}

void TestFido::unboundAuthentication()
{
    FidoPhone phone = newPhone();
    registeredPhone(phone);
    for (const QJsonObject &start : {QJsonObject{{QStringLiteral("mobile"), m_mobile}},
                                     QJsonObject{{QStringLiteral("deviceId"), phone.deviceId}}}) {
        const Response begin =
            http().post(QStringLiteral("/v1/auth/fido/authenticate/begin"), start);
        QCOMPARE(begin.status, 200);
        const QJsonObject options = begin.data();
        QVERIFY(str(options, "authenticationId").startsWith(QLatin1String("authn_")));
        QCOMPARE(str(options, "rpId"), kTestRpId);
        QCOMPARE(str(options, "userVerification"), QStringLiteral("required"));
        const Response r = complete(options, phone.assertionFor(options));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(str(r.data(), "deviceId"), phone.deviceId);
        QVERIFY(!r.data().contains(QStringLiteral("status")));
    }
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/fido/authenticate/begin"),
                       {{QStringLiteral("mobile"), QStringLiteral("+15005550006")}})
                 .status,
             404);
}

void TestFido::badInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("begin: nothing named") << QStringLiteral("authenticate/begin")
                                          << QByteArray("{}") << 422 << QStringLiteral("sessionId");
    QTest::newRow("begin: bad mobile")
        << QStringLiteral("authenticate/begin") << QByteArray(R"({"mobile":"0801"})") << 422
        << QStringLiteral("mobile");
    QTest::newRow("begin: bad deviceId")
        << QStringLiteral("authenticate/begin") << QByteArray(R"({"deviceId":"a b"})") << 422
        << QStringLiteral("deviceId");
    QTest::newRow("begin: sessionId not a string")
        << QStringLiteral("authenticate/begin") << QByteArray(R"({"sessionId":5})") << 400
        << QStringLiteral("sessionId");
    QTest::newRow("complete: no credential")
        << QStringLiteral("authenticate/complete")
        << QByteArray(R"({"authenticationId":"authn_x"})") << 422 << QStringLiteral("credential");
    QTest::newRow("complete: credential not an object")
        << QStringLiteral("authenticate/complete")
        << QByteArray(R"({"authenticationId":"authn_x","credential":"abc"})") << 400
        << QStringLiteral("credential");
    QTest::newRow("complete: bad decision")
        << QStringLiteral("authenticate/complete")
        << QByteArray(R"({"authenticationId":"authn_x","credential":{},"decision":"maybe"})") << 422
        << QStringLiteral("decision");
    QTest::newRow("complete: unknown ceremony")
        << QStringLiteral("authenticate/complete")
        << QByteArray(R"({"authenticationId":"authn_AAAAAAAAAAAAAAAAAAAA","credential":{}})") << 404
        << QStringLiteral("");
    QTest::newRow("register: no registrationId")
        << QStringLiteral("register/complete") << QByteArray(R"({"credential":{}})") << 422
        << QStringLiteral("registrationId");
    QTest::newRow("register: unknown ceremony")
        << QStringLiteral("register/complete")
        << QByteArray(R"({"registrationId":"reg_AAAAAAAAAAAAAAAAAAAA","credential":{}})") << 404
        << QStringLiteral("");
    QTest::newRow("register begin: missing mobile")
        << QStringLiteral("register/begin") << QByteArray(R"({"deviceId":"d1"})") << 422
        << QStringLiteral("mobile");
    QTest::newRow("register begin: deviceInfo not an object")
        << QStringLiteral("register/begin")
        << QByteArray(R"({"mobile":"+2348012345678","deviceId":"d1","deviceInfo":"x"})") << 400
        << QStringLiteral("deviceInfo");
    QTest::newRow("malformed JSON")
        << QStringLiteral("register/begin") << QByteArray("{") << 400 << QStringLiteral("");
}

void TestFido::badInput()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Response r =
        http().send("POST", QStringLiteral("/v1/fido/") + path, body, m_client.bearer());
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("success")).toBool(true), false);
    if (!field.isEmpty()) {
        QStringList fields;
        for (const QJsonValue &d : r.json().value(QStringLiteral("details")).toArray())
            fields << str(d.toObject(), "field");
        QVERIFY2(fields.contains(field), r.body.constData());
    }
}

void TestFido::deviceRateLimit()
{
    // §11: 20 per 15 minutes per device, whoever calls.
    const QJsonObject body{{QStringLiteral("deviceId"), QStringLiteral("rate-limited-phone")}};
    for (int i = 0; i < 20; ++i)
        QCOMPARE(http().post(QStringLiteral("/v1/fido/authenticate/begin"), body).status, 404);
    const Response limited = http().post(QStringLiteral("/v1/auth/fido/authenticate/begin"), body);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json().value(QStringLiteral("limit")).toInt(), 20);
    QVERIFY(!limited.header("Retry-After").isEmpty());
    // Another device is not affected.
    QCOMPARE(http()
                 .post(QStringLiteral("/v1/fido/authenticate/begin"),
                       {{QStringLiteral("deviceId"), QStringLiteral("another-phone")}})
                 .status,
             404);
}

void TestFido::assertionsLimitedPerCredential()
{
    // §11: a call that names no device counts against the credential it carries, so a
    // fresh ceremony id per attempt does not open a fresh bucket.
    const QJsonObject credential{{QStringLiteral("id"), QStringLiteral("guessed-credential-id")},
                                 {QStringLiteral("type"), QStringLiteral("public-key")}};
    auto attempt = [&](int i) {
        return http().post(QStringLiteral("/v1/fido/authenticate/complete"),
                           {{QStringLiteral("authenticationId"),
                             QStringLiteral("authn_unknown%1").arg(i)},
                            {QStringLiteral("credential"), credential}});
    };
    for (int i = 0; i < 20; ++i)
        QCOMPARE(attempt(i).status, 404);
    const Response limited = attempt(20);
    QVERIFY2(limited.status == 429, limited.body.constData());
    QCOMPARE(limited.json().value(QStringLiteral("limit")).toInt(), 20);
}

void TestFido::defaultRelyingPartyIsPublicUrl()
{
    ServerFixture plain;
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    const TestClient client = plain.createClient();
    const Response r =
        plain.http().post(QStringLiteral("/v1/fido/register/begin"),
                          {{QStringLiteral("mobile"), m_mobile},
                           {QStringLiteral("deviceId"), QStringLiteral("d-default")}},
                          client.bearer());
    QCOMPARE(r.status, 200);
    QCOMPARE(str(r.data().value(QStringLiteral("rp")).toObject(), "id"),
             QUrl(plain.server().publicUrl()).host());
    // A box on loopback names itself localhost: browsers refuse an IP address as RP id.
    QCOMPARE(str(r.data().value(QStringLiteral("rp")).toObject(), "id"), QStringLiteral("localhost"));
    QCOMPARE(plain.server().identity().fido.relyingParty().allowedOrigins,
             QStringList{plain.server().publicUrl()});
}

void TestFido::localhostWorks()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString url = QStringLiteral("http://localhost:%1").arg(port);
    ServerFixture local([&](ServerConfig &c) {
        c.listenPort = port;
        c.publicUrl = url;
    });
    QVERIFY2(local.ok(), qPrintable(local.error()));
    FidoPhone phone(local, m_mobile, QStringLiteral("local-phone"), url);
    const TestClient client = local.createClient();
    const Response r = phone.registerWithClient(client);
    QCOMPARE(r.status, 200);
    const QJsonObject c = local.createConsent(client, {{QStringLiteral("recipient"), m_mobile}});
    QCOMPARE(phone.decide(str(c, "id")).status, 200);
}

void TestFido::documented_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("requestSchema");
    for (const char *base : {"/v1/fido", "/v1/auth/fido"}) {
        const QString b = QString::fromLatin1(base);
        QTest::newRow(qPrintable(b + QStringLiteral(" register/begin")))
            << b + QStringLiteral("/register/begin") << QStringLiteral("post")
            << QStringLiteral("FidoRegisterBegin");
        QTest::newRow(qPrintable(b + QStringLiteral(" authenticate/complete")))
            << b + QStringLiteral("/authenticate/complete") << QStringLiteral("post")
            << QStringLiteral("FidoAuthenticateComplete");
    }
    QTest::newRow("enrollments") << QStringLiteral("/v1/enrollments") << QStringLiteral("post")
                                 << QStringLiteral("EnrollmentCreate");
    QTest::newRow("verify") << QStringLiteral("/v1/enrollments/{id}/verify")
                            << QStringLiteral("post") << QStringLiteral("EnrollmentVerify");
    QTest::newRow("approver enrollment")
        << QStringLiteral("/approve/{id}/enrollments") << QStringLiteral("post")
        << QStringLiteral("ApproverEnrollmentCreate");
    QTest::newRow("devices") << QStringLiteral("/v1/devices") << QStringLiteral("post")
                             << QStringLiteral("DeviceCreate");
    QTest::newRow("device block") << QStringLiteral("/v1/devices/{id}/block")
                                  << QStringLiteral("post") << QStringLiteral("DeviceBlock");
    QTest::newRow("messages") << QStringLiteral("/admin/v1/messages") << QStringLiteral("get")
                              << QString();
}

void TestFido::documented()
{
    QFETCH(QString, path);
    QFETCH(QString, method);
    QFETCH(QString, requestSchema);
    const QJsonObject doc =
        QJsonDocument::fromJson(http().get(QStringLiteral("/v1/openapi.json")).body).object();
    const QJsonObject op = doc.value(QStringLiteral("paths"))
                               .toObject()
                               .value(path)
                               .toObject()
                               .value(method)
                               .toObject();
    QVERIFY2(!op.isEmpty(), qPrintable(path));
    if (!requestSchema.isEmpty()) {
        const QString ref = op.value(QStringLiteral("requestBody"))
                                .toObject()
                                .value(QStringLiteral("content"))
                                .toObject()
                                .value(QStringLiteral("application/json"))
                                .toObject()
                                .value(QStringLiteral("schema"))
                                .toObject()
                                .value(QStringLiteral("$ref"))
                                .toString();
        QCOMPARE(ref, QStringLiteral("#/components/schemas/") + requestSchema);
        QVERIFY(doc.value(QStringLiteral("components"))
                    .toObject()
                    .value(QStringLiteral("schemas"))
                    .toObject()
                    .contains(requestSchema));
    }
    // The decisions the spec leaves open are written down.
    const QString description = doc.value(QStringLiteral("info"))
                                    .toObject()
                                    .value(QStringLiteral("description"))
                                    .toString();
    QVERIFY(description.contains(QLatin1String("Devices have two ids")));
    QVERIFY(description.contains(QLatin1String("A refused WebAuthn ceremony answers 401")));
}

QTEST_GUILESS_MAIN(TestFido)
#include "tst_fido.moc"
