// SoftwareAuthenticator (backend/client) against the relying-party Verifier (backend/fido):
// what it creates and asserts verifies for every algorithm and attestation kind, its JSON
// has the shape of a browser's PublicKeyCredential.toJSON(), the browser-side checks
// (RP id vs origin, excludeCredentials, algorithms, user verification) refuse like a
// browser does, and a saved authenticator restores with its keys and counters.
#include "client/SoftwareAuthenticator.h"
#include "crypto/Base64Url.h"
#include "fido/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mid;
using fido::RelyingParty;
using fido::StoredCredential;

namespace {
constexpr int kEs256 = -7;
constexpr int kEdDsa = -8;
constexpr int kRs256 = -257;
const QString kOrigin = QStringLiteral("https://mid.example");
const QString kRpId = QStringLiteral("mid.example");
const QByteArray kUserId = QByteArrayLiteral("user-42");

QString b64(const QByteArray &data)
{
    return Base64Url::encodeToString(data);
}

QByteArray unb64(const QJsonValue &value)
{
    return Base64Url::decode(value.toString().toLatin1()).value_or(QByteArray());
}

QJsonArray params(std::initializer_list<int> algs)
{
    QJsonArray out;
    for (const int alg : algs)
        out.append(QJsonObject{{"type", "public-key"}, {"alg", alg}});
    return out;
}

// PublicKeyCredentialCreationOptionsJSON as register/begin returns it (API.md §3).
QJsonObject creationOptions(const QByteArray &challenge, QJsonArray algs = params({-7, -257, -8}))
{
    return {
        {"challenge", b64(challenge)},
        {"rp", QJsonObject{{"name", "MID"}, {"id", kRpId}}},
        {"user",
         QJsonObject{{"id", b64(kUserId)}, {"name", "+4915112345678"}, {"displayName", "Alice"}}},
        {"pubKeyCredParams", algs},
        {"timeout", 60000},
        {"attestation", "none"},
        {"authenticatorSelection",
         QJsonObject{{"residentKey", "preferred"}, {"userVerification", "preferred"}}},
        {"excludeCredentials", QJsonArray()}};
}

QJsonObject requestOptions(const QByteArray &challenge, const QList<QByteArray> &allow = {})
{
    QJsonArray allowCredentials;
    for (const QByteArray &id : allow)
        allowCredentials.append(QJsonObject{{"type", "public-key"}, {"id", b64(id)}});
    return {{"challenge", b64(challenge)},
            {"rpId", kRpId},
            {"allowCredentials", allowCredentials},
            {"userVerification", "preferred"},
            {"timeout", 60000}};
}

RelyingParty relyingParty()
{
    RelyingParty rp;
    rp.rpId = kRpId;
    rp.allowedOrigins = {kOrigin};
    rp.requireUserVerification = true;
    return rp;
}

StoredCredential stored(const fido::RegistrationResult &result)
{
    return {result.credentialId, result.publicKeySpki, result.algorithm, result.signCount, kUserId};
}

SoftwareAuthenticator::Options withAlgorithms(QList<int> algorithms)
{
    SoftwareAuthenticator::Options options;
    options.algorithms = algorithms;
    return options;
}

// Registers one credential and returns what the relying party stored.
StoredCredential enrol(SoftwareAuthenticator &authenticator)
{
    const QByteArray challenge = fido::makeChallenge();
    const auto created = authenticator.create(creationOptions(challenge), kOrigin);
    if (!created.ok())
        qFatal("create failed: %s", qPrintable(created.error));
    return stored(fido::verifyRegistration(relyingParty(), challenge, created.json));
}

template <typename F> QString stepOf(F &&f)
{
    try {
        f();
        return {};
    } catch (const fido::VerificationError &error) {
        return error.step();
    }
}
} // namespace

class TestFidoAuthenticator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registerAndAuthenticate_data();
    void registerAndAuthenticate();
    void registrationJsonShape();
    void assertionJsonShape();
    void wrappedOptions();
    void algorithmChoice_data();
    void algorithmChoice();
    void browserChecks_data();
    void browserChecks();
    void withoutUserVerification();
    void credentialSelection();
    void reRegistrationReplaces();
    void credProps();
    void saveAndRestore();
    void restoreRejectsDamage_data();
    void restoreRejectsDamage();
};

void TestFidoAuthenticator::registerAndAuthenticate_data()
{
    QTest::addColumn<int>("alg");
    QTest::addColumn<bool>("packed");
    for (const int alg : {kEs256, kRs256, kEdDsa}) {
        const QByteArray name = fido::CoseAlgorithm::name(alg).toLatin1();
        QTest::newRow((name + " packed").constData()) << alg << true;
        QTest::newRow((name + " none").constData()) << alg << false;
    }
}

void TestFidoAuthenticator::registerAndAuthenticate()
{
    QFETCH(int, alg);
    QFETCH(bool, packed);
    SoftwareAuthenticator::Options options = withAlgorithms({alg});
    options.attestation = packed ? SoftwareAuthenticator::Attestation::PackedSelf
                                 : SoftwareAuthenticator::Attestation::None;
    SoftwareAuthenticator authenticator(options);

    const QByteArray challenge = fido::makeChallenge();
    const auto created = authenticator.create(creationOptions(challenge), kOrigin);
    QVERIFY2(created.ok(), qPrintable(created.error));
    const fido::RegistrationResult result =
        fido::verifyRegistration(relyingParty(), challenge, created.json);
    QCOMPARE(result.algorithm, alg);
    QCOMPARE(result.attestationFormat, packed ? QStringLiteral("packed") : QStringLiteral("none"));
    QCOMPARE(result.attestationType,
             packed ? fido::AttestationType::Self : fido::AttestationType::None);
    QCOMPARE(result.aaguid, SoftwareAuthenticator::defaultAaguid());
    QCOMPARE(result.signCount, 0u);
    QCOMPARE(result.transports, QStringList({"internal", "hybrid"}));

    StoredCredential credential = stored(result);
    for (quint32 expected = 1; expected <= 3; ++expected) {
        const QByteArray assertionChallenge = fido::makeChallenge();
        const auto got =
            authenticator.get(requestOptions(assertionChallenge, {result.credentialId}), kOrigin);
        QVERIFY2(got.ok(), qPrintable(got.error));
        const fido::AssertionResult asserted =
            fido::verifyAssertion(relyingParty(), assertionChallenge, credential, got.json);
        QCOMPARE(asserted.signCount, expected);
        QCOMPARE(asserted.userHandle, kUserId);
        QVERIFY(asserted.userVerified());
        // A replay of the same response is refused: the counter did not move.
        credential.signCount = asserted.signCount;
        QCOMPARE(stepOf([&] {
                     fido::verifyAssertion(relyingParty(), assertionChallenge, credential,
                                           got.json);
                 }),
                 QStringLiteral("authData.signCount"));
    }
    QCOMPARE(authenticator.credentials().constFirst().signCount, 3u);
}

void TestFidoAuthenticator::registrationJsonShape()
{
    SoftwareAuthenticator authenticator;
    const QByteArray challenge = fido::makeChallenge();
    const QJsonObject json = authenticator.create(creationOptions(challenge), kOrigin).json;

    QCOMPARE(json.keys(), QStringList({"authenticatorAttachment", "clientExtensionResults", "id",
                                       "rawId", "response", "type"}));
    QCOMPARE(json.value("type").toString(), QStringLiteral("public-key"));
    QCOMPARE(json.value("id"), json.value("rawId"));
    QCOMPARE(unb64(json.value("rawId")).size(), 32);
    QCOMPARE(json.value("authenticatorAttachment").toString(), QStringLiteral("platform"));
    QVERIFY(json.value("clientExtensionResults").toObject().isEmpty());

    const QJsonObject response = json.value("response").toObject();
    QCOMPARE(response.keys(),
             QStringList({"attestationObject", "authenticatorData", "clientDataJSON", "publicKey",
                          "publicKeyAlgorithm", "transports"}));
    for (const char *key :
         {"attestationObject", "authenticatorData", "clientDataJSON", "publicKey"})
        QVERIFY2(!response.value(QLatin1String(key)).toString().contains(QLatin1Char('=')), key);
    QCOMPARE(response.value("publicKeyAlgorithm").toInt(), kEs256);
    // Browser member order: type, challenge, origin, crossOrigin.
    const QByteArray expectedClientData = "{\"type\":\"webauthn.create\",\"challenge\":\"" +
                                          b64(challenge).toLatin1() +
                                          "\",\"origin\":\"https://mid.example\","
                                          "\"crossOrigin\":false}";
    QCOMPARE(unb64(response.value("clientDataJSON")), expectedClientData);

    const fido::RegistrationResult result =
        fido::verifyRegistration(relyingParty(), challenge, json);
    QCOMPARE(unb64(response.value("publicKey")), result.publicKeySpki);
    QCOMPARE(unb64(response.value("authenticatorData")).right(result.publicKeyCose.size()),
             result.publicKeyCose);
}

void TestFidoAuthenticator::assertionJsonShape()
{
    SoftwareAuthenticator authenticator;
    enrol(authenticator);
    const QByteArray challenge = fido::makeChallenge();
    const QJsonObject json = authenticator.get(requestOptions(challenge), kOrigin).json;
    QCOMPARE(json.keys(), QStringList({"authenticatorAttachment", "clientExtensionResults", "id",
                                       "rawId", "response", "type"}));
    const QJsonObject response = json.value("response").toObject();
    QCOMPARE(response.keys(),
             QStringList({"authenticatorData", "clientDataJSON", "signature", "userHandle"}));
    QCOMPARE(unb64(response.value("userHandle")), kUserId);
    QCOMPARE(unb64(response.value("authenticatorData")).size(), 37);
    QVERIFY(unb64(response.value("clientDataJSON")).startsWith("{\"type\":\"webauthn.get\","));
}

void TestFidoAuthenticator::wrappedOptions()
{
    SoftwareAuthenticator authenticator;
    const QByteArray challenge = fido::makeChallenge();
    const auto created =
        authenticator.create(QJsonObject{{"publicKey", creationOptions(challenge)}}, kOrigin);
    QVERIFY2(created.ok(), qPrintable(created.error));
    const StoredCredential credential =
        stored(fido::verifyRegistration(relyingParty(), challenge, created.json));
    const QByteArray challenge2 = fido::makeChallenge();
    const auto got =
        authenticator.get(QJsonObject{{"publicKey", requestOptions(challenge2)}}, kOrigin);
    QVERIFY2(got.ok(), qPrintable(got.error));
    fido::verifyAssertion(relyingParty(), challenge2, credential, got.json);
}

void TestFidoAuthenticator::algorithmChoice_data()
{
    QTest::addColumn<QList<int>>("supported");
    QTest::addColumn<QJsonArray>("offered");
    QTest::addColumn<int>("chosen"); // 0: refused
    QTest::newRow("RP order wins") << QList<int>{-7, -8} << params({-8, -7}) << kEdDsa;
    QTest::newRow("first supported") << QList<int>{-257} << params({-7, -257}) << kRs256;
    QTest::newRow("empty list means ES256/RS256") << QList<int>{-7} << QJsonArray() << kEs256;
    QTest::newRow("nothing in common") << QList<int>{-7} << params({-257, -8}) << 0;
    QTest::newRow("unknown alg only") << QList<int>{-7, -8, -257} << params({-36}) << 0;
}

void TestFidoAuthenticator::algorithmChoice()
{
    QFETCH(QList<int>, supported);
    QFETCH(QJsonArray, offered);
    QFETCH(int, chosen);
    SoftwareAuthenticator authenticator(withAlgorithms(supported));
    const auto created =
        authenticator.create(creationOptions(fido::makeChallenge(), offered), kOrigin);
    if (chosen == 0) {
        QVERIFY(!created.ok());
        QVERIFY2(created.error.startsWith(QLatin1String("NotSupportedError")),
                 qPrintable(created.error));
        QVERIFY(created.json.isEmpty());
        return;
    }
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created.json.value("response").toObject().value("publicKeyAlgorithm").toInt(), chosen);
}

void TestFidoAuthenticator::browserChecks_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("rpId");
    QTest::addColumn<bool>("excludeExisting");
    QTest::addColumn<bool>("requireUv");
    QTest::addColumn<QString>("error"); // empty: allowed
    QTest::newRow("same host") << kOrigin << kRpId << false << false << QString();
    QTest::newRow("subdomain origin")
        << "https://login.mid.example:8443" << kRpId << false << false << QString();
    QTest::newRow("RP id defaults to host") << kOrigin << QString() << false << false << QString();
    QTest::newRow("http localhost") << "http://localhost:8080"
                                    << "localhost" << false << false << QString();
    QTest::newRow("foreign RP id")
        << kOrigin << "other.example" << false << false << "SecurityError";
    QTest::newRow("suffix that is not a parent")
        << "https://evilmid.example" << kRpId << false << false << "SecurityError";
    QTest::newRow("plain http") << "http://mid.example" << kRpId << false << false
                                << "SecurityError";
    QTest::newRow("not an origin") << "mid.example" << kRpId << false << false << "SecurityError";
    QTest::newRow("excluded credential")
        << kOrigin << kRpId << true << false << "InvalidStateError";
    QTest::newRow("UV required, UV available") << kOrigin << kRpId << false << true << QString();
}

void TestFidoAuthenticator::browserChecks()
{
    QFETCH(QString, origin);
    QFETCH(QString, rpId);
    QFETCH(bool, excludeExisting);
    QFETCH(bool, requireUv);
    QFETCH(QString, error);

    SoftwareAuthenticator authenticator;
    const StoredCredential existing = enrol(authenticator);
    QJsonObject options = creationOptions(fido::makeChallenge());
    QJsonObject rp = options.value("rp").toObject();
    if (rpId.isEmpty())
        rp.remove("id");
    else
        rp.insert("id", rpId);
    options.insert("rp", rp);
    if (excludeExisting)
        options.insert(
            "excludeCredentials",
            QJsonArray{QJsonObject{{"type", "public-key"}, {"id", b64(existing.credentialId)}}});
    if (requireUv)
        options.insert("authenticatorSelection", QJsonObject{{"userVerification", "required"}});
    const auto created = authenticator.create(options, origin);
    QVERIFY2(created.error.section(QLatin1Char(':'), 0, 0) == error, qPrintable(created.error));
}

void TestFidoAuthenticator::withoutUserVerification()
{
    SoftwareAuthenticator::Options options;
    options.userVerification = false;
    SoftwareAuthenticator authenticator(options);

    QJsonObject create = creationOptions(fido::makeChallenge());
    create.insert("authenticatorSelection", QJsonObject{{"userVerification", "required"}});
    QVERIFY(
        authenticator.create(create, kOrigin).error.startsWith(QLatin1String("NotAllowedError")));

    // Without UV the relying party that requires it refuses; one that does not accepts.
    const QByteArray challenge = fido::makeChallenge();
    const auto created = authenticator.create(creationOptions(challenge), kOrigin);
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(stepOf([&] { fido::verifyRegistration(relyingParty(), challenge, created.json); }),
             QStringLiteral("authData.userVerified"));
    RelyingParty lenient = relyingParty();
    lenient.requireUserVerification = false;
    QVERIFY(!fido::verifyRegistration(lenient, challenge, created.json).userVerified());
}

void TestFidoAuthenticator::credentialSelection()
{
    SoftwareAuthenticator authenticator;
    QVERIFY(authenticator.get(requestOptions(fido::makeChallenge()), kOrigin)
                .error.startsWith(QLatin1String("NotAllowedError")));
    const StoredCredential credential = enrol(authenticator);
    QVERIFY(authenticator.get(requestOptions(fido::makeChallenge(), {"unknown-id"}), kOrigin)
                .error.startsWith(QLatin1String("NotAllowedError")));
    // Another RP's origin sees none of this RP's credentials.
    QJsonObject other = requestOptions(fido::makeChallenge());
    other.insert("rpId", "other.example");
    QVERIFY(authenticator.get(other, QStringLiteral("https://other.example"))
                .error.startsWith(QLatin1String("NotAllowedError")));
    const auto got = authenticator.get(
        requestOptions(fido::makeChallenge(), {"unknown-id", credential.credentialId}), kOrigin);
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(unb64(got.json.value("rawId")), credential.credentialId);

    QVERIFY(authenticator.remove(credential.credentialId));
    QVERIFY(!authenticator.remove(credential.credentialId));
    QVERIFY(authenticator.credentials().isEmpty());
}

void TestFidoAuthenticator::reRegistrationReplaces()
{
    SoftwareAuthenticator authenticator;
    const StoredCredential first = enrol(authenticator);
    const StoredCredential second = enrol(authenticator);
    QVERIFY(first.credentialId != second.credentialId);
    QCOMPARE(authenticator.credentials().size(), 1);
    QCOMPARE(authenticator.credentials().constFirst().id, second.credentialId);
    QCOMPARE(authenticator.credentials().constFirst().userName, QStringLiteral("+4915112345678"));
    authenticator.clear();
    QVERIFY(authenticator.credentials().isEmpty());
}

void TestFidoAuthenticator::credProps()
{
    SoftwareAuthenticator authenticator;
    QJsonObject options = creationOptions(fido::makeChallenge());
    options.insert("extensions", QJsonObject{{"credProps", true}});
    const auto created = authenticator.create(options, kOrigin);
    QCOMPARE(created.json.value("clientExtensionResults").toObject(),
             QJsonObject({{"credProps", QJsonObject{{"rk", true}}}}));
}

void TestFidoAuthenticator::saveAndRestore()
{
    SoftwareAuthenticator::Options options = withAlgorithms({kEs256, kEdDsa, kRs256});
    options.attestation = SoftwareAuthenticator::Attestation::None;
    SoftwareAuthenticator original(options);
    QList<StoredCredential> credentials;
    for (const int alg : {kEs256, kEdDsa, kRs256}) {
        const QByteArray challenge = fido::makeChallenge();
        QJsonObject create = creationOptions(challenge, params({alg}));
        create.insert(
            "user",
            QJsonObject{{"id", b64(QByteArray::number(alg))}, {"name", "u"}, {"displayName", "U"}});
        const auto created = original.create(create, kOrigin);
        QVERIFY2(created.ok(), qPrintable(created.error));
        StoredCredential credential =
            stored(fido::verifyRegistration(relyingParty(), challenge, created.json));
        credential.userHandle = QByteArray::number(alg);
        credentials.append(credential);
        original.get(requestOptions(fido::makeChallenge(), {credential.credentialId}), kOrigin);
    }

    // Through text, as the simulator persists it.
    const QByteArray saved = QJsonDocument(original.toJson()).toJson();
    QString error;
    std::optional<SoftwareAuthenticator> restored =
        SoftwareAuthenticator::fromJson(QJsonDocument::fromJson(saved).object(), &error);
    QVERIFY2(restored, qPrintable(error));
    QCOMPARE(restored->options().algorithms, options.algorithms);
    QCOMPARE(restored->options().attestation, SoftwareAuthenticator::Attestation::None);
    QCOMPARE(restored->credentials().size(), 3);
    for (StoredCredential &credential : credentials) {
        credential.signCount = 1;
        const QByteArray challenge = fido::makeChallenge();
        const auto got =
            restored->get(requestOptions(challenge, {credential.credentialId}), kOrigin);
        QVERIFY2(got.ok(), qPrintable(got.error));
        QCOMPARE(fido::verifyAssertion(relyingParty(), challenge, credential, got.json).signCount,
                 2u);
    }
    QCOMPARE(restored->credentials().constFirst().created,
             original.credentials().constFirst().created);
    QCOMPARE(restored->credentials().constFirst().userHandle,
             original.credentials().constFirst().userHandle);
}

void TestFidoAuthenticator::restoreRejectsDamage_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("private key garbage") << "privateKey" << QJsonValue("AAAA");
    QTest::newRow("algorithm differs from key") << "algorithm" << QJsonValue(kRs256);
    QTest::newRow("id missing") << "id" << QJsonValue();
}

void TestFidoAuthenticator::restoreRejectsDamage()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    SoftwareAuthenticator authenticator;
    enrol(authenticator);
    QJsonObject json = authenticator.toJson();
    QJsonArray list = json.value("credentials").toArray();
    QJsonObject credential = list.at(0).toObject();
    if (value.isNull())
        credential.remove(member);
    else
        credential.insert(member, value);
    list.replace(0, credential);
    json.insert("credentials", list);
    QString error;
    QVERIFY(!SoftwareAuthenticator::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!SoftwareAuthenticator::fromJson(QJsonObject{{"format", "something else"}}));
}

QTEST_MAIN(TestFidoAuthenticator)
#include "tst_fido_authenticator.moc"
