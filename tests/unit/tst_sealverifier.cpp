// The offline check of a signing session's seal (client/SealVerifier): real seals made the way
// the server makes them (a compact JWS over the evidence, signed with a key of the JWKS) around
// real FIDO assertions (ES256 with a DER signature, RS256) whose challenge commits to the
// document's SHA-256; each way the evidence can be forged or mismatched is named.
#include "client/SealVerifier.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "crypto/Jws.h"
#include "crypto/Random.h"
#include "crypto/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mid;

namespace {

const QString kKid = QStringLiteral("key_2025_seal");

// What a test row changes from an honest seal.
enum class Forgery
{
    None,
    TamperedPayload,     // a claim edited after sealing, the signature kept
    UnknownKid,          // sealed with a key the JWKS does not publish
    OtherKeySameKid,     // the kid is published, but another key made the seal
    WrongDocument,       // checked against another document's hash
    ChallengeOtherHash,  // the signer approved a challenge for another document
    BrokenAssertion,     // one bit of the signer's signature flipped
    NotAJws,             // not three base64url parts
    AssertionSignedElse, // the assertion signs other authenticatorData than the seal carries
};

QString b64(const QByteArray &bytes)
{
    return Base64Url::encodeToString(bytes);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject jwkOf(const SigningKey &key, const QString &kid)
{
    QJsonObject k{{QStringLiteral("kid"), kid},
                  {QStringLiteral("use"), QStringLiteral("sig")},
                  {QStringLiteral("alg"), key.alg()}};
    if (key.type() == SigningKey::Type::EcP256) {
        k.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        k.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        k.insert(QStringLiteral("x"), b64(key.ecX()));
        k.insert(QStringLiteral("y"), b64(key.ecY()));
    } else {
        k.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        k.insert(QStringLiteral("n"), b64(key.rsaModulus()));
        k.insert(QStringLiteral("e"), b64(key.rsaExponent()));
    }
    return k;
}

// RSA generation is the slow part: one of each key for every row.
const SigningKey &serverRsa()
{
    static const SigningKey key = SigningKey::generateRsa();
    return key;
}
const SigningKey &serverEc()
{
    static const SigningKey key = SigningKey::generateP256();
    return key;
}
const SigningKey &otherRsa()
{
    static const SigningKey key = SigningKey::generateRsa();
    return key;
}
const SigningKey &credentialRsa()
{
    static const SigningKey key = SigningKey::generateRsa();
    return key;
}

// The evidence of a phone's assertion over a challenge of `challengeHash` ‖ 16 random bytes,
// as the signing session's seal carries it.
QJsonObject evidence(const QByteArray &documentHash, const QByteArray &challengeHash,
                     const QString &algorithm, Forgery forgery)
{
    const QJsonObject clientData{
        {QStringLiteral("type"), QStringLiteral("webauthn.get")},
        {QStringLiteral("challenge"), b64(challengeHash + Random::bytes(16))},
        {QStringLiteral("origin"), QStringLiteral("https://mid.example")},
        {QStringLiteral("crossOrigin"), false}};
    const QByteArray clientDataJson = json(clientData);
    // rpIdHash, flags UP|UV, signCount 7.
    const QByteArray authenticatorData =
        Hash::sha256("mid.example") + QByteArray::fromHex("05") + QByteArray::fromHex("00000007");
    QByteArray signedData = authenticatorData + Hash::sha256(clientDataJson);
    if (forgery == Forgery::AssertionSignedElse)
        signedData[0] = char(signedData.at(0) ^ 0x01);

    QByteArray spki, signature;
    if (algorithm == QLatin1String("ES256")) {
        const SigningKey credential = SigningKey::generateP256();
        spki = credential.publicDer();
        signature = SigningKey::ecdsaJoseToDer(credential.sign(signedData)); // WebAuthn: DER
    } else if (algorithm == QLatin1String("RS256")) {
        spki = credentialRsa().publicDer();
        signature = credentialRsa().sign(signedData);
    } else { // EdDSA: not checked offline, so any bytes stand in
        spki = Random::bytes(44);
        signature = Random::bytes(64);
    }
    if (forgery == Forgery::BrokenAssertion)
        signature[signature.size() - 1] = char(signature.at(signature.size() - 1) ^ 0x01);

    return {{QStringLiteral("signingSessionId"), QStringLiteral("sig_T3stSession")},
            {QStringLiteral("documentId"), QStringLiteral("doc_T3stDocument")},
            {QStringLiteral("documentSha256"), QString::fromLatin1(documentHash.toHex())},
            {QStringLiteral("signer"), QStringLiteral("+447700900123")},
            {QStringLiteral("intent"), QStringLiteral("mandate")},
            {QStringLiteral("reason"), QStringLiteral("Direct debit mandate")},
            {QStringLiteral("credentialId"), b64(Random::bytes(16))},
            {QStringLiteral("credentialPublicKey"), b64(spki)},
            {QStringLiteral("algorithm"), algorithm},
            {QStringLiteral("authenticatorData"), b64(authenticatorData)},
            {QStringLiteral("clientDataJSON"), b64(clientDataJson)},
            {QStringLiteral("signature"), b64(signature)},
            {QStringLiteral("signedAt"), QStringLiteral("2025-12-18T15:30:00Z")},
            {QStringLiteral("iss"), QStringLiteral("http://localhost:8080")},
            {QStringLiteral("iat"), 1766071800}};
}

} // namespace

Q_DECLARE_METATYPE(Forgery)

class TestSealVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verify_data();
    void verify();
    void derAndJoseSignaturesConvert();
};

void TestSealVerifier::initTestCase()
{
    QVERIFY(!serverRsa().isNull() && !serverEc().isNull() && !otherRsa().isNull());
    QVERIFY(!credentialRsa().isNull());
}

void TestSealVerifier::verify_data()
{
    QTest::addColumn<Forgery>("forgery");
    QTest::addColumn<bool>("ecServerKey");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problem"); // a part of what the verifier must say
    QTest::addColumn<QString>("note");

    const QString es256 = QStringLiteral("ES256");
    QTest::newRow("valid ES256 assertion, RS256 seal")
        << Forgery::None << false << es256 << true << QString() << QString();
    QTest::newRow("valid ES256 assertion, ES256 seal")
        << Forgery::None << true << es256 << true << QString() << QString();
    QTest::newRow("valid RS256 assertion")
        << Forgery::None << false << QStringLiteral("RS256") << true << QString() << QString();
    QTest::newRow("EdDSA assertion is named, not failed")
        << Forgery::None << false << QStringLiteral("EdDSA") << true << QString()
        << QStringLiteral("EdDSA not checked offline");
    QTest::newRow("tampered payload")
        << Forgery::TamperedPayload << false << es256 << false
        << QStringLiteral("signature does not verify with key %1").arg(kKid) << QString();
    QTest::newRow("wrong kid") << Forgery::UnknownKid << false << es256 << false
                               << QStringLiteral("not among the server's published keys")
                               << QString();
    QTest::newRow("another key under the kid")
        << Forgery::OtherKeySameKid << false << es256 << false
        << QStringLiteral("signature does not verify with key %1").arg(kKid) << QString();
    QTest::newRow("wrong document hash") << Forgery::WrongDocument << false << es256 << false
                                         << QStringLiteral("for another document") << QString();
    QTest::newRow("challenge commits to another hash")
        << Forgery::ChallengeOtherHash << false << es256 << false
        << QStringLiteral("challenge does not commit to this document's SHA-256") << QString();
    QTest::newRow("broken ES256 assertion signature")
        << Forgery::BrokenAssertion << false << es256 << false
        << QStringLiteral("assertion signature does not verify") << QString();
    QTest::newRow("broken RS256 assertion signature")
        << Forgery::BrokenAssertion << false << QStringLiteral("RS256") << false
        << QStringLiteral("assertion signature does not verify") << QString();
    QTest::newRow("assertion over other data")
        << Forgery::AssertionSignedElse << false << es256 << false
        << QStringLiteral("assertion signature does not verify") << QString();
    QTest::newRow("not a JWS") << Forgery::NotAJws << false << es256 << false
                               << QStringLiteral("not a compact JWS") << QString();
}

void TestSealVerifier::verify()
{
    QFETCH(Forgery, forgery);
    QFETCH(bool, ecServerKey);
    QFETCH(QString, algorithm);
    QFETCH(bool, valid);
    QFETCH(QString, problem);
    QFETCH(QString, note);

    const QByteArray document = "%PDF-1.4\n% a mandate\n" + Random::bytes(64);
    const QByteArray documentHash = Hash::sha256(document);
    const QByteArray otherHash = Hash::sha256("another document");
    const SigningKey &server = ecServerKey ? serverEc() : serverRsa();
    const QJsonObject jwks{
        {QStringLiteral("keys"),
         QJsonArray{jwkOf(serverEc(), QStringLiteral("key_2024_old")), jwkOf(server, kKid)}}};

    const QJsonObject payload =
        evidence(documentHash, forgery == Forgery::ChallengeOtherHash ? otherHash : documentHash,
                 algorithm, forgery);
    const SigningKey &sealer = forgery == Forgery::OtherKeySameKid ? otherRsa() : server;
    const QString kid = forgery == Forgery::UnknownKid ? QStringLiteral("key_unknown") : kKid;
    QByteArray seal = Jws::sign(sealer, kid, payload);
    QVERIFY(!seal.isEmpty());
    if (forgery == Forgery::TamperedPayload) {
        QJsonObject edited = payload;
        edited.insert(QStringLiteral("reason"), QStringLiteral("Pay 10,000 EUR to Mallory"));
        const QList<QByteArray> parts = seal.split('.');
        seal = parts.at(0) + '.' + Base64Url::encode(json(edited)) + '.' + parts.at(2);
    } else if (forgery == Forgery::NotAJws) {
        seal = seal.left(seal.lastIndexOf('.'));
    }
    const QString checkedHash =
        QString::fromLatin1((forgery == Forgery::WrongDocument ? otherHash : documentHash).toHex());

    const SealVerification result = verifySeal(seal, jwks, checkedHash);
    QVERIFY2(result.valid == valid, qPrintable(result.problem));
    if (valid) {
        QVERIFY(result.problem.isEmpty());
        QCOMPARE(result.kid, kKid);
        QCOMPARE(result.payload.value(QStringLiteral("documentSha256")).toString(), checkedHash);
    } else {
        QVERIFY2(result.problem.contains(problem), qPrintable(result.problem));
    }
    QVERIFY2(note.isEmpty() ? result.note.isEmpty() : result.note.contains(note),
             qPrintable(result.note));
}

void TestSealVerifier::derAndJoseSignaturesConvert()
{
    const SigningKey key = SigningKey::generateP256();
    const QByteArray jose = key.sign("data");
    QCOMPARE(jose.size(), 64);
    const QByteArray der = SigningKey::ecdsaJoseToDer(jose);
    QCOMPARE(der.at(0), char(0x30)); // SEQUENCE { INTEGER r, INTEGER s }
    QCOMPARE(SigningKey::ecdsaDerToJose(der), jose);
    QVERIFY(SigningKey::ecdsaDerToJose("not der").isEmpty());
    QVERIFY(SigningKey::ecdsaJoseToDer("short").isEmpty());
}

QTEST_GUILESS_MAIN(TestSealVerifier)
#include "tst_sealverifier.moc"
