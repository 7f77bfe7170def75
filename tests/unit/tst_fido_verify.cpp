// WebAuthn relying-party verification (fido::verifyRegistration / fido::verifyAssertion)
// against hand-built ceremonies: valid ES256, RS256 and EdDSA registrations and assertions,
// then one tampered variant per check of WebAuthn L3 §7.1/§7.2, each asserting the exact
// step code. Tampered data is signed after tampering, so only the check under test can
// catch it. packed-x5c and fido-u2f statements use a throwaway CA (support/TestPki).
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "fido/PublicKey.h"
#include "fido/Verifier.h"
#include "support/TestPki.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonDocument>
#include <QtTest>

#include <functional>
#include <map>
#include <memory>

using namespace mid;
using namespace mid::test;
using fido::RelyingParty;
using fido::StoredCredential;

namespace {
constexpr quint8 kUp = 0x01, kUv = 0x04, kBe = 0x08, kBs = 0x10, kAt = 0x40, kEd = 0x80;

const QString kRpId = QStringLiteral("example.com");
const QString kOrigin = QStringLiteral("https://example.com");
const QByteArray kChallenge =
    QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
const QByteArray kAaguid = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10");
const QByteArray kCredentialId = QByteArray::fromHex("c0ffeec0ffeec0ffeec0ffeec0ffee01");
const QByteArray kUserHandle = QByteArrayLiteral("user-1234");

QByteArray bigEndian(quint32 value, int width)
{
    QByteArray out;
    for (int i = width - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
    return out;
}

QString padded(const QByteArray &data)
{
    QString text = Base64Url::encodeToString(data);
    while (text.size() % 4 != 0)
        text.append(QLatin1Char('='));
    return text;
}

QString encode(const QByteArray &data, bool pad)
{
    return pad ? padded(data) : Base64Url::encodeToString(data);
}

// ---- ceremonies -------------------------------------------------------------------------

struct ClientDataSpec
{
    QString type;
    QString origin = kOrigin;
    QByteArray challenge = kChallenge;
    bool crossOrigin = false;
    QString topOrigin;
    QByteArray override; // used verbatim when set

    QByteArray json() const
    {
        if (!override.isEmpty())
            return override;
        QJsonObject object{{QStringLiteral("type"), type},
                           {QStringLiteral("challenge"), Base64Url::encodeToString(challenge)},
                           {QStringLiteral("origin"), origin},
                           {QStringLiteral("crossOrigin"), crossOrigin}};
        if (!topOrigin.isEmpty())
            object.insert(QStringLiteral("topOrigin"), topOrigin);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
};

enum class Statement
{
    PackedSelf,
    None,
    PackedX5c,
    FidoU2f
};

struct Registration
{
    TestKey key;
    ClientDataSpec client{QStringLiteral("webauthn.create")};
    QByteArray rpIdHash = Hash::sha256(kRpId.toUtf8());
    quint8 flags = kUp | kUv | kAt;
    QByteArray aaguid = kAaguid;
    QByteArray credentialId = kCredentialId;
    QCborMap coseKey; // empty: key.cose()
    QByteArray extensions;
    QString format = QStringLiteral("packed");
    Statement statement = Statement::PackedSelf;
    int statementAlg = 0; // 0: the key's
    TestKey attestationKey = TestKey::shared(kEs256, 201);
    QList<QByteArray> x5c; // empty for x5c kinds: a leaf for attestationKey under TestPki
    std::function<void(QCborMap &)> editStatement;
    std::function<QByteArray(QByteArray)> editAuthData; // after signing
    bool corruptSignature = false;
    QByteArray attestationObjectSuffix;
    QString credentialType = QStringLiteral("public-key");
    QByteArray rawIdOverride;      // rawId only
    QByteArray responseIdOverride; // id and rawId
    bool pad = false;

    QByteArray authData() const
    {
        QByteArray data = rpIdHash + char(flags) + bigEndian(0, 4);
        if (flags & kAt)
            data += aaguid + bigEndian(quint32(credentialId.size()), 2) + credentialId +
                    (coseKey.isEmpty() ? key.cose() : coseKey).toCborValue().toCbor();
        return data + extensions;
    }

    QCborMap attestationStatement(const QByteArray &authData, const QByteArray &clientHash) const
    {
        QCborMap stmt;
        const QByteArray signedData = authData + clientHash;
        auto withBrokenSig = [this](QByteArray sig) {
            if (corruptSignature)
                sig[sig.size() / 2] = char(sig[sig.size() / 2] ^ 0x01);
            return sig;
        };
        const QList<QByteArray> chain =
            x5c.isEmpty() ? QList<QByteArray>{TestPki::instance().leaf(attestationKey)} : x5c;
        QCborArray x5cArray;
        for (const QByteArray &cert : chain)
            x5cArray.append(cert);
        switch (statement) {
        case Statement::None:
            break;
        case Statement::PackedSelf:
            stmt.insert(QLatin1String("alg"), statementAlg ? statementAlg : key.alg);
            stmt.insert(QLatin1String("sig"), withBrokenSig(key.sign(signedData)));
            break;
        case Statement::PackedX5c:
            stmt.insert(QLatin1String("alg"), statementAlg ? statementAlg : attestationKey.alg);
            stmt.insert(QLatin1String("sig"), withBrokenSig(attestationKey.sign(signedData)));
            stmt.insert(QLatin1String("x5c"), x5cArray);
            break;
        case Statement::FidoU2f: {
            const QCborMap cose = key.cose();
            const QByteArray u2f = QByteArray(1, '\0') + rpIdHash + clientHash + credentialId +
                                   '\x04' + cose.value(-2).toByteArray() +
                                   cose.value(-3).toByteArray();
            stmt.insert(QLatin1String("sig"), withBrokenSig(attestationKey.sign(u2f)));
            stmt.insert(QLatin1String("x5c"), x5cArray);
            break;
        }
        }
        if (editStatement)
            editStatement(stmt);
        return stmt;
    }

    QJsonObject json() const
    {
        const QByteArray clientJson = client.json();
        const QByteArray data = authData();
        const QCborMap stmt = attestationStatement(data, Hash::sha256(clientJson));
        QCborMap object;
        object.insert(QLatin1String("fmt"), format);
        object.insert(QLatin1String("attStmt"), stmt);
        object.insert(QLatin1String("authData"), editAuthData ? editAuthData(data) : data);
        const QByteArray attestationObject =
            object.toCborValue().toCbor() + attestationObjectSuffix;
        const QString id =
            encode(responseIdOverride.isEmpty() ? credentialId : responseIdOverride, pad);
        return {{QStringLiteral("id"), id},
                {QStringLiteral("rawId"),
                 rawIdOverride.isEmpty() ? id : Base64Url::encodeToString(rawIdOverride)},
                {QStringLiteral("type"), credentialType},
                {QStringLiteral("response"),
                 QJsonObject{{QStringLiteral("clientDataJSON"), encode(clientJson, pad)},
                             {QStringLiteral("attestationObject"), encode(attestationObject, pad)},
                             {QStringLiteral("transports"),
                              QJsonArray{QStringLiteral("internal"), QStringLiteral("hybrid")}}}},
                {QStringLiteral("authenticatorAttachment"), QStringLiteral("platform")},
                {QStringLiteral("clientExtensionResults"), QJsonObject()}};
    }
};

struct Assertion
{
    TestKey key;
    ClientDataSpec client{QStringLiteral("webauthn.get")};
    QByteArray rpIdHash = Hash::sha256(kRpId.toUtf8());
    quint8 flags = kUp | kUv;
    quint32 signCount = 8;
    QByteArray credentialId = kCredentialId;
    QByteArray userHandle = kUserHandle;
    std::optional<TestKey> signer;                      // default: key
    std::function<QByteArray(QByteArray)> editAuthData; // after signing
    bool corruptSignature = false;
    bool pad = false;

    QJsonObject json() const
    {
        const QByteArray clientJson = client.json();
        const QByteArray data = rpIdHash + char(flags) + bigEndian(signCount, 4);
        QByteArray sig = signer.value_or(key).sign(data + Hash::sha256(clientJson));
        if (corruptSignature)
            sig[sig.size() / 2] = char(sig[sig.size() / 2] ^ 0x01);
        const QString id = encode(credentialId, pad);
        return {{QStringLiteral("id"), id},
                {QStringLiteral("rawId"), id},
                {QStringLiteral("type"), QStringLiteral("public-key")},
                {QStringLiteral("response"),
                 QJsonObject{{QStringLiteral("clientDataJSON"), encode(clientJson, pad)},
                             {QStringLiteral("authenticatorData"),
                              encode(editAuthData ? editAuthData(data) : data, pad)},
                             {QStringLiteral("signature"), encode(sig, pad)},
                             {QStringLiteral("userHandle"), encode(userHandle, pad)}}},
                {QStringLiteral("authenticatorAttachment"), QStringLiteral("platform")},
                {QStringLiteral("clientExtensionResults"), QJsonObject()}};
    }

    StoredCredential stored(quint32 storedCount = 7) const
    {
        return {credentialId, key.spki(), key.alg, storedCount, kUserHandle};
    }
};

RelyingParty relyingParty()
{
    RelyingParty rp;
    rp.rpId = kRpId;
    rp.allowedOrigins = {kOrigin, QStringLiteral("https://login.example.com/")};
    return rp;
}

// The failed step, or empty when verification passed.
template <typename F> QString stepOf(F &&verify, QString *message = nullptr)
{
    try {
        verify();
        return {};
    } catch (const fido::VerificationError &error) {
        if (message)
            *message = error.message();
        return error.step();
    }
}

using RegistrationTamper = std::function<void(Registration &, RelyingParty &)>;
using AssertionTamper = std::function<void(Assertion &, StoredCredential &, RelyingParty &)>;

QByteArray flipBit(QByteArray data, qsizetype index)
{
    data[index] = char(data[index] ^ 0x01);
    return data;
}
} // namespace

Q_DECLARE_METATYPE(RegistrationTamper)
Q_DECLARE_METATYPE(AssertionTamper)

class TestFidoVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registration_data();
    void registration();
    void registrationResult_data();
    void registrationResult();
    void assertion_data();
    void assertion();
    void signCountRegressionIsCloneWarning();
    void packedX5c_data();
    void packedX5c();
    void fidoU2f_data();
    void fidoU2f();
    void unknownFormatIsNamed();
    void registerThenAuthenticate_data();
    void registerThenAuthenticate();
};

void TestFidoVerify::registration_data()
{
    QTest::addColumn<int>("alg");
    QTest::addColumn<RegistrationTamper>("tamper");
    QTest::addColumn<QString>("step");

    const RegistrationTamper valid = [](Registration &, RelyingParty &) {};
    for (const int alg : {kEs256, kRs256, kEdDsa}) {
        const QByteArray name = fido::CoseAlgorithm::name(alg).toLatin1();
        QTest::newRow((name + " packed self").constData()) << alg << valid << QString();
        QTest::newRow((name + " none").constData())
            << alg << RegistrationTamper([](Registration &r, RelyingParty &) {
                   r.format = QStringLiteral("none");
                   r.statement = Statement::None;
               })
            << QString();
        QTest::newRow((name + " bad attestation signature").constData())
            << alg << RegistrationTamper([](Registration &r, RelyingParty &) {
                   r.corruptSignature = true;
               })
            << "attestation.signature";
    }
    auto row = [](const char *name, RegistrationTamper tamper, const char *step) {
        QTest::newRow(name) << kEs256 << tamper << QString::fromLatin1(step);
    };
    row(
        "base64url with padding accepted", [](Registration &r, RelyingParty &) { r.pad = true; },
        "");
    row(
        "second allowed origin",
        [](Registration &r, RelyingParty &) {
            r.client.origin = QStringLiteral("https://login.example.com");
        },
        "");
    row(
        "UV not required and cleared", [](Registration &r, RelyingParty &) { r.flags &= ~kUv; },
        "");
    row(
        "backup eligible and backed up",
        [](Registration &r, RelyingParty &) { r.flags |= kBe | kBs; }, "");
    row(
        "extensions map",
        [](Registration &r, RelyingParty &) {
            r.flags |= kEd;
            r.extensions = QCborValue(QCborMap{{QStringLiteral("credProtect"), 2}}).toCbor();
        },
        "");

    row(
        "credential type",
        [](Registration &r, RelyingParty &) { r.credentialType = QStringLiteral("password"); },
        "credential.type");
    row(
        "id and rawId differ",
        [](Registration &r, RelyingParty &) { r.rawIdOverride = QByteArrayLiteral("another-id"); },
        "credential.id");
    row(
        "rawId is not the authData credential id",
        [](Registration &r, RelyingParty &) {
            r.responseIdOverride = QByteArrayLiteral("another-id");
        },
        "credential.id");
    row(
        "clientData not JSON",
        [](Registration &r, RelyingParty &) {
            r.client.override = QByteArrayLiteral("{\"type\":");
        },
        "clientData.json");
    row(
        "clientData challenge not base64url",
        [](Registration &r, RelyingParty &) {
            r.client.override = QByteArrayLiteral(
                R"({"type":"webauthn.create","challenge":"a+b/","origin":"https://example.com"})");
        },
        "clientData.challenge");
    row(
        "wrong type",
        [](Registration &r, RelyingParty &) { r.client.type = QStringLiteral("webauthn.get"); },
        "clientData.type");
    row(
        "wrong challenge",
        [](Registration &r, RelyingParty &) { r.client.challenge = flipBit(kChallenge, 31); },
        "clientData.challenge");
    row(
        "wrong origin",
        [](Registration &r, RelyingParty &) {
            r.client.origin = QStringLiteral("https://evil.example");
        },
        "clientData.origin");
    row(
        "origin differs in scheme",
        [](Registration &r, RelyingParty &) {
            r.client.origin = QStringLiteral("http://example.com");
        },
        "clientData.origin");
    row(
        "cross origin", [](Registration &r, RelyingParty &) { r.client.crossOrigin = true; },
        "clientData.crossOrigin");
    row(
        "top origin not allowed",
        [](Registration &r, RelyingParty &rp) {
            rp.allowCrossOrigin = true;
            rp.allowedTopOrigins = {QStringLiteral("https://shop.example")};
            r.client.crossOrigin = true;
            r.client.topOrigin = QStringLiteral("https://evil.example");
        },
        "clientData.topOrigin");
    row(
        "top origin allowed",
        [](Registration &r, RelyingParty &rp) {
            rp.allowCrossOrigin = true;
            rp.allowedTopOrigins = {QStringLiteral("https://shop.example")};
            r.client.crossOrigin = true;
            r.client.topOrigin = QStringLiteral("https://shop.example");
        },
        "");
    row(
        "attestationObject trailing bytes",
        [](Registration &r, RelyingParty &) {
            r.attestationObjectSuffix = QByteArrayLiteral("\x00");
        },
        "attestationObject");
    row(
        "wrong rpIdHash",
        [](Registration &r, RelyingParty &) { r.rpIdHash = Hash::sha256("evil.example"); },
        "authData.rpIdHash");
    row(
        "RP id of another domain",
        [](Registration &, RelyingParty &rp) { rp.rpId = QStringLiteral("login.example.com"); },
        "authData.rpIdHash");
    row(
        "UP cleared", [](Registration &r, RelyingParty &) { r.flags &= ~kUp; },
        "authData.userPresent");
    row(
        "UV required but cleared",
        [](Registration &r, RelyingParty &rp) {
            rp.requireUserVerification = true;
            r.flags &= ~kUv;
        },
        "authData.userVerified");
    row(
        "BS without BE", [](Registration &r, RelyingParty &) { r.flags |= kBs; },
        "authData.backupState");
    row(
        "AT cleared", [](Registration &r, RelyingParty &) { r.flags &= ~kAt; },
        "authData.attestedCredentialData");
    row(
        "credential id of 1024 bytes",
        [](Registration &r, RelyingParty &) { r.credentialId = QByteArray(1024, 'x'); },
        "authData.attestedCredentialData");
    row(
        "truncated authData header",
        [](Registration &r, RelyingParty &) {
            r.editAuthData = [](QByteArray data) { return data.left(36); };
        },
        "authData.truncated");
    row(
        "truncated inside credential id",
        [](Registration &r, RelyingParty &) {
            r.editAuthData = [](QByteArray data) { return data.left(37 + 16 + 2 + 5); };
        },
        "authData.truncated");
    row(
        "truncated inside COSE key",
        [](Registration &r, RelyingParty &) {
            r.editAuthData = [](QByteArray data) { return data.chopped(3); };
        },
        "authData.truncated");
    row(
        "trailing bytes",
        [](Registration &r, RelyingParty &) {
            r.editAuthData = [](QByteArray data) { return data + QByteArrayLiteral("\x00"); };
        },
        "authData.trailingBytes");
    row(
        "ED set but no extensions", [](Registration &r, RelyingParty &) { r.flags |= kEd; },
        "authData.truncated");
    row(
        "extensions not a map",
        [](Registration &r, RelyingParty &) {
            r.flags |= kEd;
            r.extensions = QCborValue(7).toCbor();
        },
        "authData.extensions");
    row(
        "disallowed alg",
        [](Registration &, RelyingParty &rp) {
            rp.allowedAlgorithms = {kRs256, kEdDsa};
        },
        "credential.algorithm");
    row(
        "unsupported alg even if allowed",
        [](Registration &r, RelyingParty &rp) {
            rp.allowedAlgorithms = {-35};
            r.coseKey = r.key.cose();
            r.coseKey.insert(3, -35);
        },
        "credential.algorithm");
    row(
        "COSE kty mismatches alg",
        [](Registration &r, RelyingParty &) {
            r.coseKey = r.key.cose();
            r.coseKey.insert(1, 1);
        },
        "credential.publicKey");
    row(
        "COSE crv mismatches alg",
        [](Registration &r, RelyingParty &) {
            r.coseKey = r.key.cose();
            r.coseKey.insert(-1, 2);
        },
        "credential.publicKey");
    row(
        "point not on the curve",
        [](Registration &r, RelyingParty &) {
            r.coseKey = r.key.cose();
            r.coseKey.insert(-3, flipBit(r.coseKey.value(-3).toByteArray(), 31));
        },
        "credential.publicKey");
    row(
        "compressed point",
        [](Registration &r, RelyingParty &) {
            r.coseKey = r.key.cose();
            r.coseKey.insert(-3, true);
        },
        "credential.publicKey");
    row(
        "self attestation alg differs",
        [](Registration &r, RelyingParty &) { r.statementAlg = kRs256; }, "attestation.algorithm");
    row(
        "attStmt not empty for none",
        [](Registration &r, RelyingParty &) {
            r.format = QStringLiteral("none");
            r.statement = Statement::None;
            r.editStatement = [](QCborMap &stmt) {
                stmt.insert(QLatin1String("sig"), QByteArray("x"));
            };
        },
        "attestation.statement");
    row(
        "packed without sig",
        [](Registration &r, RelyingParty &) {
            r.editStatement = [](QCborMap &stmt) { stmt.remove(QLatin1String("sig")); };
        },
        "attestation.statement");
    row(
        "packed with unknown member",
        [](Registration &r, RelyingParty &) {
            r.editStatement = [](QCborMap &stmt) { stmt.insert(QLatin1String("ver"), 1); };
        },
        "attestation.statement");
    row(
        "packed ECDAA",
        [](Registration &r, RelyingParty &) {
            r.editStatement = [](QCborMap &stmt) {
                stmt.insert(QLatin1String("ecdaaKeyId"), QByteArray("k"));
            };
        },
        "attestation.statement");
    row(
        "unknown fmt", [](Registration &r, RelyingParty &) { r.format = QStringLiteral("tpm"); },
        "attestation.format");
    row(
        "trusted attestation required, self given",
        [](Registration &, RelyingParty &rp) { rp.requireTrustedAttestation = true; },
        "attestation.trust");
}

void TestFidoVerify::registration()
{
    QFETCH(int, alg);
    QFETCH(RegistrationTamper, tamper);
    QFETCH(QString, step);

    Registration r;
    r.key = TestKey::shared(alg);
    RelyingParty rp = relyingParty();
    tamper(r, rp);
    QString message;
    QCOMPARE(stepOf([&] { fido::verifyRegistration(rp, kChallenge, r.json()); }, &message), step);
    if (!step.isEmpty())
        QVERIFY2(message.startsWith(step + QLatin1String(": ")), qPrintable(message));
}

void TestFidoVerify::registrationResult_data()
{
    QTest::addColumn<int>("alg");
    QTest::addColumn<int>("statement");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("type");
    for (const int alg : {kEs256, kRs256, kEdDsa}) {
        const QByteArray name = fido::CoseAlgorithm::name(alg).toLatin1();
        QTest::newRow((name + " packed").constData())
            << alg << int(Statement::PackedSelf) << "packed"
            << "self";
        QTest::newRow((name + " none").constData()) << alg << int(Statement::None) << "none"
                                                    << "none";
    }
}

void TestFidoVerify::registrationResult()
{
    QFETCH(int, alg);
    QFETCH(int, statement);
    QFETCH(QString, format);
    QFETCH(QString, type);

    Registration r;
    r.key = TestKey::shared(alg);
    r.statement = Statement(statement);
    r.format = format;
    const fido::RegistrationResult result =
        fido::verifyRegistration(relyingParty(), kChallenge, r.json());
    QCOMPARE(result.credentialId, kCredentialId);
    QCOMPARE(result.algorithm, alg);
    QCOMPARE(result.aaguid, kAaguid);
    QCOMPARE(result.aaguidString(), QStringLiteral("01020304-0506-0708-090a-0b0c0d0e0f10"));
    QCOMPARE(result.signCount, 0u);
    QVERIFY(result.flags.userPresent());
    QVERIFY(result.userVerified());
    QCOMPARE(result.attestationFormat, format);
    QCOMPARE(fido::attestationTypeName(result.attestationType), type);
    QCOMPARE(result.transports, QStringList({"internal", "hybrid"}));
    QCOMPARE(result.authenticatorAttachment, QStringLiteral("platform"));
    QCOMPARE(result.publicKeyCose, r.key.cose().toCborValue().toCbor());
    QCOMPARE(result.publicKeySpki, r.key.spki());
    // The stored SPKI form imports again and verifies what the key signs.
    const fido::PublicKey key = fido::PublicKey::fromSpki(result.publicKeySpki, alg);
    QVERIFY(key.verify("data", r.key.sign("data")));
    QVERIFY(!key.verify("data!", r.key.sign("data")));
}

void TestFidoVerify::assertion_data()
{
    QTest::addColumn<int>("alg");
    QTest::addColumn<AssertionTamper>("tamper");
    QTest::addColumn<QString>("step");

    const AssertionTamper valid = [](Assertion &, StoredCredential &, RelyingParty &) {};
    for (const int alg : {kEs256, kRs256, kEdDsa}) {
        const QByteArray name = fido::CoseAlgorithm::name(alg).toLatin1();
        QTest::newRow((name + " valid").constData()) << alg << valid << QString();
        QTest::newRow((name + " stored as COSE").constData())
            << alg << AssertionTamper([](Assertion &a, StoredCredential &c, RelyingParty &) {
                   c.publicKey = a.key.cose().toCborValue().toCbor();
               })
            << QString();
        QTest::newRow((name + " bad signature").constData())
            << alg << AssertionTamper([](Assertion &a, StoredCredential &, RelyingParty &) {
                   a.corruptSignature = true;
               })
            << "assertion.signature";
        QTest::newRow((name + " signed by another key").constData())
            << alg << AssertionTamper([](Assertion &a, StoredCredential &, RelyingParty &) {
                   a.signer = TestKey::shared(a.key.alg, 7);
               })
            << "assertion.signature";
    }
    auto row = [](const char *name, AssertionTamper tamper, const char *step) {
        QTest::newRow(name) << kEs256 << tamper << QString::fromLatin1(step);
    };
    row(
        "base64url with padding accepted",
        [](Assertion &a, StoredCredential &, RelyingParty &) { a.pad = true; }, "");
    row(
        "both counters zero",
        [](Assertion &a, StoredCredential &c, RelyingParty &) {
            a.signCount = 0;
            c.signCount = 0;
        },
        "");
    row(
        "no userHandle sent",
        [](Assertion &a, StoredCredential &, RelyingParty &) { a.userHandle.clear(); }, "");
    row(
        "credential id mismatch",
        [](Assertion &, StoredCredential &c, RelyingParty &) {
            c.credentialId = QByteArrayLiteral("another credential");
        },
        "credential.id");
    row(
        "userHandle of another user",
        [](Assertion &a, StoredCredential &, RelyingParty &) {
            a.userHandle = QByteArrayLiteral("user-9999");
        },
        "credential.userHandle");
    row(
        "wrong type",
        [](Assertion &a, StoredCredential &, RelyingParty &) {
            a.client.type = QStringLiteral("webauthn.create");
        },
        "clientData.type");
    row(
        "wrong challenge",
        [](Assertion &a, StoredCredential &, RelyingParty &) {
            a.client.challenge = QByteArrayLiteral("an old challenge");
        },
        "clientData.challenge");
    row(
        "wrong origin",
        [](Assertion &a, StoredCredential &, RelyingParty &) {
            a.client.origin = QStringLiteral("https://example.com.evil.example");
        },
        "clientData.origin");
    row(
        "wrong rpIdHash",
        [](Assertion &a, StoredCredential &, RelyingParty &) {
            a.rpIdHash = Hash::sha256("evil.example");
        },
        "authData.rpIdHash");
    row(
        "UP cleared", [](Assertion &a, StoredCredential &, RelyingParty &) { a.flags &= ~kUp; },
        "authData.userPresent");
    row(
        "UV required but cleared",
        [](Assertion &a, StoredCredential &, RelyingParty &rp) {
            rp.requireUserVerification = true;
            a.flags &= ~kUv;
        },
        "authData.userVerified");
    row(
        "truncated authData",
        [](Assertion &a, StoredCredential &, RelyingParty &) {
            a.editAuthData = [](QByteArray data) { return data.left(36); };
        },
        "authData.truncated");
    row(
        "trailing bytes",
        [](Assertion &a, StoredCredential &, RelyingParty &) {
            a.editAuthData = [](QByteArray data) { return data + QByteArrayLiteral("\xa0"); };
        },
        "authData.trailingBytes");
    row(
        "authData changed after signing",
        [](Assertion &a, StoredCredential &, RelyingParty &) {
            a.editAuthData = [](QByteArray data) { return flipBit(data, 35); };
        },
        "assertion.signature");
    row(
        "signCount regression",
        [](Assertion &a, StoredCredential &c, RelyingParty &) {
            c.signCount = 10;
            a.signCount = 5;
        },
        "authData.signCount");
    row(
        "signCount repeated",
        [](Assertion &a, StoredCredential &c, RelyingParty &) {
            c.signCount = 8;
            a.signCount = 8;
        },
        "authData.signCount");
    row(
        "signCount dropped to zero",
        [](Assertion &a, StoredCredential &c, RelyingParty &) {
            c.signCount = 3;
            a.signCount = 0;
        },
        "authData.signCount");
    row(
        "stored key of another algorithm",
        [](Assertion &, StoredCredential &c, RelyingParty &) { c.algorithm = kRs256; },
        "credential.publicKey");
}

void TestFidoVerify::assertion()
{
    QFETCH(int, alg);
    QFETCH(AssertionTamper, tamper);
    QFETCH(QString, step);

    Assertion a;
    a.key = TestKey::shared(alg);
    StoredCredential stored = a.stored();
    RelyingParty rp = relyingParty();
    tamper(a, stored, rp);
    fido::AssertionResult result;
    QCOMPARE(stepOf([&] { result = fido::verifyAssertion(rp, kChallenge, stored, a.json()); }),
             step);
    if (step.isEmpty()) {
        QCOMPARE(result.signCount, a.signCount);
        QCOMPARE(result.credentialId, kCredentialId);
        QCOMPARE(result.userHandle, a.userHandle);
        QVERIFY(result.userVerified());
    }
}

void TestFidoVerify::signCountRegressionIsCloneWarning()
{
    Assertion a;
    a.key = TestKey::shared(kEs256);
    a.signCount = 4;
    try {
        fido::verifyAssertion(relyingParty(), kChallenge, a.stored(9), a.json());
        QFAIL("a counter that went backwards was accepted");
    } catch (const fido::VerificationError &error) {
        QCOMPARE(error.step(), QStringLiteral("authData.signCount"));
        QVERIFY(error.isCloneWarning());
    }
    // Any other failure is not a clone warning.
    a.signCount = 10;
    a.corruptSignature = true;
    try {
        fido::verifyAssertion(relyingParty(), kChallenge, a.stored(9), a.json());
        QFAIL("a bad signature was accepted");
    } catch (const fido::VerificationError &error) {
        QVERIFY(!error.isCloneWarning());
    }
}

void TestFidoVerify::packedX5c_data()
{
    QTest::addColumn<RegistrationTamper>("tamper");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("type");

    const TestPki &pki = TestPki::instance();
    auto row = [](const char *name, RegistrationTamper tamper, const char *step,
                  const char *type = "") {
        QTest::newRow(name) << tamper << QString::fromLatin1(step) << QString::fromLatin1(type);
    };
    row(
        "leaf only, no anchors", [](Registration &, RelyingParty &) {}, "", "basic-untrusted");
    row(
        "leaf and intermediate, no anchors",
        [&pki](Registration &r, RelyingParty &) {
            r.x5c = {pki.leaf(r.attestationKey), pki.intermediateDer};
        },
        "", "basic-untrusted");
    row(
        "chained to the root anchor",
        [&pki](Registration &r, RelyingParty &rp) {
            r.x5c = {pki.leaf(r.attestationKey), pki.intermediateDer};
            rp.attestationTrustAnchors = {pki.rootDer};
            rp.requireTrustedAttestation = true;
        },
        "", "basic");
    row(
        "intermediate as the anchor",
        [&pki](Registration &, RelyingParty &rp) {
            rp.attestationTrustAnchors = {pki.intermediateDer};
        },
        "", "basic");
    row(
        "RSA attestation key",
        [](Registration &r, RelyingParty &) { r.attestationKey = TestKey::shared(kRs256, 202); },
        "", "basic-untrusted");
    row(
        "matching aaguid extension",
        [](Registration &r, RelyingParty &) {
            CertSpec spec;
            spec.aaguidExtension = kAaguid;
            r.x5c = {TestPki::instance().leaf(r.attestationKey, spec)};
        },
        "", "basic-untrusted");
    row(
        "intermediate missing for the root anchor",
        [&pki](Registration &, RelyingParty &rp) { rp.attestationTrustAnchors = {pki.rootDer}; },
        "attestation.trust");
    row(
        "anchor of another PKI",
        [](Registration &, RelyingParty &rp) {
            const TestKey other = TestKey::shared(kEs256, 301);
            CertSpec spec;
            spec.ca = true;
            rp.attestationTrustAnchors = {der(makeCertificate(other, spec, other, nullptr).get())};
        },
        "attestation.trust");
    row(
        "trusted attestation required, no anchors",
        [](Registration &, RelyingParty &rp) { rp.requireTrustedAttestation = true; },
        "attestation.trust");
    row(
        "broken link without anchors",
        [](Registration &r, RelyingParty &) {
            const TestKey other = TestKey::shared(kEs256, 302);
            CertSpec spec;
            spec.ca = true;
            r.x5c = {TestPki::instance().leaf(r.attestationKey),
                     der(makeCertificate(other, spec, other, nullptr).get())};
        },
        "attestation.certificate");
    row(
        "bad signature", [](Registration &r, RelyingParty &) { r.corruptSignature = true; },
        "attestation.signature");
    row(
        "signed by the credential key",
        [](Registration &r, RelyingParty &) {
            r.attestationKey = r.key;
            r.x5c = {TestPki::instance().leaf(TestKey::shared(kEs256, 201))};
        },
        "attestation.signature");
    row(
        "alg does not fit the leaf key",
        [](Registration &r, RelyingParty &) { r.statementAlg = kRs256; },
        "attestation.certificate");
    row(
        "unsupported alg", [](Registration &r, RelyingParty &) { r.statementAlg = -35; },
        "attestation.algorithm");
    row(
        "wrong OU",
        [](Registration &r, RelyingParty &) {
            CertSpec spec;
            spec.organizationalUnit = QStringLiteral("Marketing");
            r.x5c = {TestPki::instance().leaf(r.attestationKey, spec)};
        },
        "attestation.certificate");
    row(
        "no CN",
        [](Registration &r, RelyingParty &) {
            CertSpec spec;
            spec.commonName.clear();
            r.x5c = {TestPki::instance().leaf(r.attestationKey, spec)};
        },
        "attestation.certificate");
    row(
        "leaf is a CA",
        [](Registration &r, RelyingParty &) {
            CertSpec spec;
            spec.ca = true;
            r.x5c = {TestPki::instance().leaf(r.attestationKey, spec)};
        },
        "attestation.certificate");
    row(
        "X.509 version 1",
        [](Registration &r, RelyingParty &) {
            CertSpec spec;
            spec.version = 0;
            r.x5c = {TestPki::instance().leaf(r.attestationKey, spec)};
        },
        "attestation.certificate");
    row(
        "aaguid extension differs",
        [](Registration &r, RelyingParty &) {
            CertSpec spec;
            spec.aaguidExtension = flipBit(kAaguid, 0);
            r.x5c = {TestPki::instance().leaf(r.attestationKey, spec)};
        },
        "attestation.certificate");
    row(
        "aaguid extension critical",
        [](Registration &r, RelyingParty &) {
            CertSpec spec;
            spec.aaguidExtension = kAaguid;
            spec.aaguidCritical = true;
            r.x5c = {TestPki::instance().leaf(r.attestationKey, spec)};
        },
        "attestation.certificate");
    row(
        "x5c not DER",
        [](Registration &r, RelyingParty &) { r.x5c = {QByteArrayLiteral("not a certificate")}; },
        "attestation.certificate");
    row(
        "x5c not an array",
        [](Registration &r, RelyingParty &) {
            r.editStatement = [](QCborMap &stmt) {
                stmt.insert(QLatin1String("x5c"), QByteArray("x"));
            };
        },
        "attestation.statement");
    row(
        "x5c empty",
        [](Registration &r, RelyingParty &) {
            r.editStatement = [](QCborMap &stmt) {
                stmt.insert(QLatin1String("x5c"), QCborArray());
            };
        },
        "attestation.statement");
}

void TestFidoVerify::packedX5c()
{
    QFETCH(RegistrationTamper, tamper);
    QFETCH(QString, step);
    QFETCH(QString, type);

    Registration r;
    r.key = TestKey::shared(kEs256);
    r.statement = Statement::PackedX5c;
    RelyingParty rp = relyingParty();
    tamper(r, rp);
    fido::RegistrationResult result;
    QString message;
    QCOMPARE(stepOf([&] { result = fido::verifyRegistration(rp, kChallenge, r.json()); }, &message),
             step);
    if (step.isEmpty()) {
        QCOMPARE(fido::attestationTypeName(result.attestationType), type);
        QVERIFY(!result.attestationTrustPath.isEmpty());
    }
}

void TestFidoVerify::fidoU2f_data()
{
    QTest::addColumn<RegistrationTamper>("tamper");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("type");

    auto row = [](const char *name, RegistrationTamper tamper, const char *step,
                  const char *type = "") {
        QTest::newRow(name) << tamper << QString::fromLatin1(step) << QString::fromLatin1(type);
    };
    row(
        "valid, no anchors", [](Registration &, RelyingParty &) {}, "", "basic-untrusted");
    row(
        "valid, trusted",
        [](Registration &, RelyingParty &rp) {
            rp.attestationTrustAnchors = {TestPki::instance().intermediateDer};
        },
        "", "basic");
    row(
        "zero aaguid, UV clear (a U2F key)",
        [](Registration &r, RelyingParty &) {
            r.aaguid = QByteArray(16, '\0');
            r.flags &= ~kUv;
        },
        "", "basic-untrusted");
    row(
        "bad signature", [](Registration &r, RelyingParty &) { r.corruptSignature = true; },
        "attestation.signature");
    row(
        "signed over another rpIdHash",
        [](Registration &r, RelyingParty &) {
            r.editStatement = [&r](QCborMap &stmt) {
                Registration other = r;
                other.rpIdHash = Hash::sha256("evil.example");
                other.editStatement = nullptr;
                stmt =
                    other.attestationStatement(other.authData(), Hash::sha256(other.client.json()));
            };
        },
        "attestation.signature");
    row(
        "two certificates",
        [](Registration &r, RelyingParty &) {
            r.x5c = {TestPki::instance().leaf(r.attestationKey),
                     TestPki::instance().intermediateDer};
        },
        "attestation.statement");
    row(
        "Ed25519 certificate key",
        [](Registration &r, RelyingParty &) { r.attestationKey = TestKey::shared(kEdDsa, 203); },
        "attestation.certificate");
    row(
        "EdDSA credential key",
        [](Registration &r, RelyingParty &) { r.key = TestKey::shared(kEdDsa); },
        "attestation.algorithm");
    row(
        "alg member",
        [](Registration &r, RelyingParty &) {
            r.editStatement = [](QCborMap &stmt) { stmt.insert(QLatin1String("alg"), kEs256); };
        },
        "attestation.statement");
    row(
        "no sig",
        [](Registration &r, RelyingParty &) {
            r.editStatement = [](QCborMap &stmt) { stmt.remove(QLatin1String("sig")); };
        },
        "attestation.statement");
}

void TestFidoVerify::fidoU2f()
{
    QFETCH(RegistrationTamper, tamper);
    QFETCH(QString, step);
    QFETCH(QString, type);

    Registration r;
    r.key = TestKey::shared(kEs256);
    r.statement = Statement::FidoU2f;
    r.format = QStringLiteral("fido-u2f");
    RelyingParty rp = relyingParty();
    tamper(r, rp);
    fido::RegistrationResult result;
    QCOMPARE(stepOf([&] { result = fido::verifyRegistration(rp, kChallenge, r.json()); }), step);
    if (step.isEmpty()) {
        QCOMPARE(fido::attestationTypeName(result.attestationType), type);
        QCOMPARE(result.attestationTrustPath.size(), 1);
        QCOMPARE(result.attestationFormat, QStringLiteral("fido-u2f"));
    }
}

void TestFidoVerify::unknownFormatIsNamed()
{
    Registration r;
    r.key = TestKey::shared(kEs256);
    r.format = QStringLiteral("android-safetynet");
    QString message;
    QCOMPARE(
        stepOf([&] { fido::verifyRegistration(relyingParty(), kChallenge, r.json()); }, &message),
        QStringLiteral("attestation.format"));
    QVERIFY2(message.contains(QLatin1String("\"android-safetynet\" is not supported")),
             qPrintable(message));
}

void TestFidoVerify::registerThenAuthenticate_data()
{
    QTest::addColumn<int>("alg");
    QTest::newRow("ES256") << kEs256;
    QTest::newRow("RS256") << kRs256;
    QTest::newRow("EdDSA") << kEdDsa;
}

// What the service layer will do: store the registration result, then verify assertions
// against it and store each new counter.
void TestFidoVerify::registerThenAuthenticate()
{
    QFETCH(int, alg);
    Registration r;
    r.key = TestKey::shared(alg);
    const fido::RegistrationResult registered =
        fido::verifyRegistration(relyingParty(), kChallenge, r.json());
    StoredCredential stored{registered.credentialId, registered.publicKeySpki, registered.algorithm,
                            registered.signCount, kUserHandle};

    Assertion a;
    a.key = r.key;
    for (const quint32 count : {1u, 2u, 7u}) {
        a.signCount = count;
        const fido::AssertionResult result =
            fido::verifyAssertion(relyingParty(), kChallenge, stored, a.json());
        QCOMPARE(result.signCount, count);
        stored.signCount = result.signCount;
    }
    QCOMPARE(stepOf([&] { fido::verifyAssertion(relyingParty(), kChallenge, stored, a.json()); }),
             QStringLiteral("authData.signCount"));
}

QTEST_MAIN(TestFidoVerify)
#include "tst_fido_verify.moc"
