// The WebAuthn parsing layer on its own: clientDataJSON, authenticator data (exact lengths),
// attestationObject CBOR, response JSON ids, COSE keys (every kty/alg/crv mismatch, points
// off the curve, short RSA keys) and the SPKI round trip of PublicKey.
#include "crypto/Hash.h"
#include "fido/AttestationObject.h"
#include "fido/AuthenticatorData.h"
#include "fido/ClientData.h"
#include "fido/CoseKey.h"
#include "fido/ResponseJson.h"

#include <QCborArray>
#include <QtTest>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <functional>
#include <memory>

using namespace mid;
using namespace mid::fido;

namespace {
constexpr int kEs256 = -7;
constexpr int kEdDsa = -8;
constexpr int kRs256 = -257;

using Pkey = std::shared_ptr<EVP_PKEY>;

Pkey generate(int alg, int rsaBits = 2048)
{
    EVP_PKEY *key = alg == kEs256   ? EVP_EC_gen("P-256")
                    : alg == kRs256 ? EVP_RSA_gen(unsigned(rsaBits))
                                    : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    return Pkey(key, EVP_PKEY_free);
}

QByteArray bnParam(const Pkey &key, const char *name, int pad = 0)
{
    BIGNUM *bn = nullptr;
    EVP_PKEY_get_bn_param(key.get(), name, &bn);
    QByteArray out(pad ? pad : BN_num_bytes(bn), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), int(out.size()));
    BN_free(bn);
    return out;
}

QCborMap cose(const Pkey &key, int alg)
{
    if (alg == kEs256)
        return {{1, 2},
                {3, alg},
                {-1, 1},
                {-2, bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32)},
                {-3, bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32)}};
    if (alg == kRs256)
        return {{1, 3},
                {3, alg},
                {-1, bnParam(key, OSSL_PKEY_PARAM_RSA_N)},
                {-2, bnParam(key, OSSL_PKEY_PARAM_RSA_E)}};
    QByteArray raw(32, '\0');
    size_t length = 32;
    EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(raw.data()), &length);
    return {{1, 1}, {3, alg}, {-1, 6}, {-2, raw}};
}

const Pkey &sharedKey(int alg)
{
    static std::map<int, Pkey> keys;
    Pkey &key = keys[alg];
    if (!key)
        key = generate(alg);
    return key;
}

template <typename F> QString stepOf(F &&f)
{
    try {
        f();
        return {};
    } catch (const VerificationError &error) {
        return error.step();
    }
}

QByteArray header(quint8 flags, quint32 signCount = 0x01020304)
{
    QByteArray data = Hash::sha256("example.com") + char(flags);
    for (int shift = 24; shift >= 0; shift -= 8)
        data.append(char((signCount >> shift) & 0xff));
    return data;
}

QByteArray attested(const QByteArray &credentialId, const QByteArray &coseKey)
{
    return QByteArray(16, '\x11') + char(credentialId.size() >> 8) + char(credentialId.size()) +
           credentialId + coseKey;
}

using CoseEdit = std::function<void(QCborMap &)>;
} // namespace

Q_DECLARE_METATYPE(CoseEdit)

class TestFidoParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clientData_data();
    void clientData();
    void clientDataValues();
    void authenticatorData_data();
    void authenticatorData();
    void authenticatorDataFields();
    void attestationObject_data();
    void attestationObject();
    void credentialId_data();
    void credentialId();
    void coseKey_data();
    void coseKey();
    void coseKeyBytes();
    void spkiRoundTrip_data();
    void spkiRoundTrip();
};

void TestFidoParse::clientData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("step");
    QTest::newRow("minimal")
        << QByteArray(R"({"type":"webauthn.get","challenge":"AAEC","origin":"https://a.example"})")
        << QString();
    QTest::newRow("padded challenge")
        << QByteArray(
               R"({"type":"webauthn.get","challenge":"AAECAw==","origin":"https://a.example"})")
        << QString();
    QTest::newRow("unknown members ignored")
        << QByteArray(
               R"({"type":"t","challenge":"AAEC","origin":"o","other_keys_can_be_added_here":"x"})")
        << QString();
    QTest::newRow("array") << QByteArray("[]") << "clientData.json";
    QTest::newRow("not JSON") << QByteArray("type=webauthn.get") << "clientData.json";
    QTest::newRow("no type") << QByteArray(R"({"challenge":"AAEC","origin":"o"})")
                             << "clientData.json";
    QTest::newRow("origin not a string")
        << QByteArray(R"({"type":"t","challenge":"AAEC","origin":1})") << "clientData.json";
    QTest::newRow("crossOrigin not a boolean")
        << QByteArray(R"({"type":"t","challenge":"AAEC","origin":"o","crossOrigin":"false"})")
        << "clientData.json";
    QTest::newRow("topOrigin not a string")
        << QByteArray(R"({"type":"t","challenge":"AAEC","origin":"o","topOrigin":true})")
        << "clientData.json";
    QTest::newRow("challenge standard base64")
        << QByteArray(R"({"type":"t","challenge":"+/+/","origin":"o"})") << "clientData.challenge";
    QTest::newRow("challenge empty")
        << QByteArray(R"({"type":"t","challenge":"","origin":"o"})") << "clientData.challenge";
}

void TestFidoParse::clientData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, step);
    QCOMPARE(stepOf([&] { ClientData::parse(json); }), step);
}

void TestFidoParse::clientDataValues()
{
    const QByteArray json =
        R"({"type":"webauthn.create","challenge":"AAECAw","origin":)"
        R"("https://a.example","crossOrigin":true,"topOrigin":"https://b.example"})";
    const ClientData data = ClientData::parse(json);
    QCOMPARE(data.type, QStringLiteral("webauthn.create"));
    QCOMPARE(data.challenge, QByteArray::fromHex("00010203"));
    QCOMPARE(data.origin, QStringLiteral("https://a.example"));
    QVERIFY(data.crossOrigin);
    QCOMPARE(data.topOrigin, QStringLiteral("https://b.example"));
    // The hash is over the exact bytes received, not a re-serialisation.
    QCOMPARE(data.hash, Hash::sha256(json));
}

void TestFidoParse::authenticatorData_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("step");

    const QByteArray key = cose(sharedKey(kEs256), kEs256).toCborValue().toCbor();
    const QByteArray extensions = QCborValue(QCborMap{{QStringLiteral("credProtect"), 1}}).toCbor();
    QTest::newRow("37 bytes") << header(0x05) << QString();
    QTest::newRow("36 bytes") << header(0x05).left(36) << "authData.truncated";
    QTest::newRow("empty") << QByteArray() << "authData.truncated";
    QTest::newRow("trailing byte") << header(0x05) + '\0' << "authData.trailingBytes";
    QTest::newRow("attested") << header(0x45) + attested("id", key) << QString();
    QTest::newRow("attested + extensions")
        << header(0xc5) + attested("id", key) + extensions << QString();
    QTest::newRow("extensions only") << header(0x85) + extensions << QString();
    QTest::newRow("attested, ED clear, extensions follow")
        << header(0x45) + attested("id", key) + extensions << "authData.trailingBytes";
    QTest::newRow("AT clear but attested data")
        << header(0x05) + attested("id", key) << "authData.trailingBytes";
    QTest::newRow("aaguid cut") << header(0x45) + QByteArray(10, 'a') << "authData.truncated";
    QTest::newRow("id length cut") << header(0x45) + QByteArray(17, 'a') << "authData.truncated";
    QTest::newRow("id cut") << (header(0x45) + attested("credential", key)).left(37 + 18 + 4)
                            << "authData.truncated";
    QTest::newRow("key cut") << (header(0x45) + attested("id", key)).chopped(1)
                             << "authData.truncated";
    QTest::newRow("key missing") << header(0x45) + attested("id", QByteArray())
                                 << "authData.truncated";
    QTest::newRow("id length zero")
        << header(0x45) + attested(QByteArray(), key) << "authData.attestedCredentialData";
    QTest::newRow("id length 1024")
        << header(0x45) + attested(QByteArray(1024, 'i'), key) << "authData.attestedCredentialData";
    QTest::newRow("id length 1023")
        << header(0x45) + attested(QByteArray(1023, 'i'), key) << QString();
    QTest::newRow("key not a map") << header(0x45) + attested("id", QCborValue(5).toCbor())
                                   << "authData.attestedCredentialData";
    QTest::newRow("key without alg")
        << header(0x45) + attested("id", QCborValue(QCborMap{{1, 2}}).toCbor())
        << "authData.attestedCredentialData";
    QTest::newRow("key with duplicate label")
        << header(0x45) + attested("id", QByteArray::fromHex("a3010203260102"))
        << "authData.attestedCredentialData";
    QTest::newRow("key malformed CBOR") << header(0x45) + attested("id", QByteArray("\x1c", 1))
                                        << "authData.attestedCredentialData";
    QTest::newRow("extensions not a map")
        << header(0x85) + QCborValue(1).toCbor() << "authData.extensions";
}

void TestFidoParse::authenticatorData()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, step);
    QCOMPARE(stepOf([&] { AuthenticatorData::parse(bytes); }), step);
}

void TestFidoParse::authenticatorDataFields()
{
    const QByteArray key = cose(sharedKey(kEs256), kEs256).toCborValue().toCbor();
    const QByteArray bytes = header(0xdd, 0xa0b0c0d0) + attested("cred-id", key) +
                             QCborValue(QCborMap{{QStringLiteral("x"), 1}}).toCbor();
    const AuthenticatorData data = AuthenticatorData::parse(bytes);
    QCOMPARE(data.raw, bytes);
    QCOMPARE(data.rpIdHash, Hash::sha256("example.com"));
    QCOMPARE(data.signCount, 0xa0b0c0d0u);
    QVERIFY(data.flags.userPresent());
    QVERIFY(data.flags.userVerified());
    QVERIFY(data.flags.backupEligible());
    QVERIFY(data.flags.backupState());
    QVERIFY(data.attestedCredential);
    QCOMPARE(data.attestedCredential->aaguid, QByteArray(16, '\x11'));
    QCOMPARE(data.attestedCredential->credentialId, QByteArray("cred-id"));
    QCOMPARE(data.attestedCredential->publicKeyCose, key);
    QCOMPARE(data.attestedCredential->algorithm, kEs256);
    QCOMPARE(data.extensions.value(QStringLiteral("x")).toInteger(), 1);
}

void TestFidoParse::attestationObject_data()
{
    QTest::addColumn<QByteArray>("cbor");
    QTest::addColumn<QString>("step");

    const auto object = [](const QCborMap &map) { return QCborValue(map).toCbor(); };
    const QCborMap valid{{QStringLiteral("fmt"), QStringLiteral("none")},
                         {QStringLiteral("attStmt"), QCborMap()},
                         {QStringLiteral("authData"), QByteArray(37, 'a')}};
    QTest::newRow("valid") << object(valid) << QString();
    QTest::newRow("trailing byte") << object(valid) + '\0' << "attestationObject";
    QTest::newRow("truncated") << object(valid).chopped(1) << "attestationObject";
    QTest::newRow("array") << QCborValue(QCborArray{1}).toCbor() << "attestationObject";
    QTest::newRow("empty") << QByteArray() << "attestationObject";
    QCborMap map = valid;
    map.remove(QStringLiteral("fmt"));
    QTest::newRow("no fmt") << object(map) << "attestationObject";
    map = valid;
    map.insert(QStringLiteral("fmt"), 1);
    QTest::newRow("fmt not text") << object(map) << "attestationObject";
    map = valid;
    map.insert(QStringLiteral("attStmt"), QCborArray());
    QTest::newRow("attStmt not a map") << object(map) << "attestationObject";
    map = valid;
    map.insert(QStringLiteral("authData"), QStringLiteral("text"));
    QTest::newRow("authData not bytes") << object(map) << "attestationObject";
    map = valid;
    map.insert(QStringLiteral("epAtt"), true);
    QTest::newRow("extra member") << object(map) << "attestationObject";
    // {"fmt":"none","fmt":"packed",...} written by hand: QCborMap would merge the keys.
    const QByteArray duplicate =
        QByteArray::fromHex("a4") + QCborValue(QStringLiteral("fmt")).toCbor() +
        QCborValue(QStringLiteral("none")).toCbor() + QCborValue(QStringLiteral("fmt")).toCbor() +
        QCborValue(QStringLiteral("packed")).toCbor() + object(valid).mid(1 + 4 + 5);
    QTest::newRow("duplicate fmt") << duplicate << "attestationObject";
}

void TestFidoParse::attestationObject()
{
    QFETCH(QByteArray, cbor);
    QFETCH(QString, step);
    QCOMPARE(stepOf([&] { AttestationObject::parse(cbor); }), step);
}

void TestFidoParse::credentialId_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("step");
    const QByteArray id = QByteArray::fromHex("fbff01");
    QTest::newRow("id and rawId") << QJsonObject{{"id", "-_8B"}, {"rawId", "-_8B"}} << id
                                  << QString();
    QTest::newRow("padded and unpadded") << QJsonObject{{"id", "-_8"}, {"rawId", "-_8="}}
                                         << QByteArray::fromHex("fbff") << QString();
    QTest::newRow("padded two") << QJsonObject{{"rawId", "-_8="}} << QByteArray::fromHex("fbff")
                                << QString();
    QTest::newRow("rawId only") << QJsonObject{{"rawId", "-_8B"}} << id << QString();
    QTest::newRow("id only") << QJsonObject{{"id", "-_8B"}} << id << QString();
    QTest::newRow("neither") << QJsonObject{} << QByteArray() << "credential.id";
    QTest::newRow("differ") << QJsonObject{{"id", "-_8B"}, {"rawId", "-_8C"}} << QByteArray()
                            << "credential.id";
    QTest::newRow("standard alphabet")
        << QJsonObject{{"id", "+/8B"}} << QByteArray() << "credential.id";
    QTest::newRow("not a string") << QJsonObject{{"id", 5}, {"rawId", "-_8B"}} << QByteArray()
                                  << "credential.id";
}

void TestFidoParse::credentialId()
{
    QFETCH(QJsonObject, json);
    QFETCH(QByteArray, id);
    QFETCH(QString, step);
    QByteArray got;
    QCOMPARE(stepOf([&] { got = credentialIdOf(json); }), step);
    QCOMPARE(got, id);
}

void TestFidoParse::coseKey_data()
{
    QTest::addColumn<int>("alg");
    QTest::addColumn<CoseEdit>("edit");
    QTest::addColumn<QString>("step");

    const CoseEdit none = [](QCborMap &) {};
    for (const int alg : {kEs256, kRs256, kEdDsa})
        QTest::newRow(qPrintable(CoseAlgorithm::name(alg))) << alg << none << QString();
    auto row = [](const char *name, int alg, CoseEdit edit, const char *step) {
        QTest::newRow(name) << alg << edit << QString::fromLatin1(step);
    };
    row(
        "extra labels ignored", kEs256, [](QCborMap &m) { m.insert(2, QByteArray("kid")); }, "");
    row(
        "no alg", kEs256, [](QCborMap &m) { m.remove(3); }, "credential.publicKey");
    row(
        "alg as text", kEs256, [](QCborMap &m) { m.insert(3, QStringLiteral("ES256")); },
        "credential.publicKey");
    row(
        "ES384 unsupported", kEs256, [](QCborMap &m) { m.insert(3, -35); }, "credential.algorithm");
    row(
        "PS256 unsupported", kRs256, [](QCborMap &m) { m.insert(3, -37); }, "credential.algorithm");
    row(
        "EC2 key labelled EdDSA", kEs256, [](QCborMap &m) { m.insert(3, kEdDsa); },
        "credential.publicKey");
    row(
        "EC2 key labelled RS256", kEs256, [](QCborMap &m) { m.insert(3, kRs256); },
        "credential.publicKey");
    row(
        "OKP key labelled ES256", kEdDsa, [](QCborMap &m) { m.insert(3, kEs256); },
        "credential.publicKey");
    row(
        "RSA key labelled ES256", kRs256, [](QCborMap &m) { m.insert(3, kEs256); },
        "credential.publicKey");
    row(
        "EC2 kty RSA", kEs256, [](QCborMap &m) { m.insert(1, 3); }, "credential.publicKey");
    row(
        "EC2 without kty", kEs256, [](QCborMap &m) { m.remove(1); }, "credential.publicKey");
    row(
        "EC2 curve P-384", kEs256, [](QCborMap &m) { m.insert(-1, 2); }, "credential.publicKey");
    row(
        "EC2 x short", kEs256, [](QCborMap &m) { m.insert(-2, m.value(-2).toByteArray().mid(1)); },
        "credential.publicKey");
    row(
        "EC2 y missing", kEs256, [](QCborMap &m) { m.remove(-3); }, "credential.publicKey");
    row(
        "EC2 compressed (y bool)", kEs256, [](QCborMap &m) { m.insert(-3, false); },
        "credential.publicKey");
    row(
        "EC2 off the curve", kEs256,
        [](QCborMap &m) {
            QByteArray y = m.value(-3).toByteArray();
            y[0] = char(y[0] ^ 0x40);
            m.insert(-3, y);
        },
        "credential.publicKey");
    row(
        "EC2 point at zero", kEs256,
        [](QCborMap &m) {
            m.insert(-2, QByteArray(32, '\0'));
            m.insert(-3, QByteArray(32, '\0'));
        },
        "credential.publicKey");
    row(
        "OKP curve X25519", kEdDsa, [](QCborMap &m) { m.insert(-1, 4); }, "credential.publicKey");
    row(
        "OKP kty EC2", kEdDsa, [](QCborMap &m) { m.insert(1, 2); }, "credential.publicKey");
    row(
        "OKP x long", kEdDsa, [](QCborMap &m) { m.insert(-2, QByteArray(33, 'x')); },
        "credential.publicKey");
    row(
        "RSA kty EC2", kRs256, [](QCborMap &m) { m.insert(1, 2); }, "credential.publicKey");
    row(
        "RSA without e", kRs256, [](QCborMap &m) { m.remove(-2); }, "credential.publicKey");
    row(
        "RSA 1024 bits", kRs256,
        [](QCborMap &m) {
            static const Pkey small = generate(kRs256, 1024);
            m = cose(small, kRs256);
        },
        "credential.publicKey");
    row(
        "RSA even modulus", kRs256,
        [](QCborMap &m) {
            QByteArray n = m.value(-1).toByteArray();
            n[n.size() - 1] = char(n[n.size() - 1] & 0xfe);
            m.insert(-1, n);
        },
        "credential.publicKey");
}

void TestFidoParse::coseKey()
{
    QFETCH(int, alg);
    QFETCH(CoseEdit, edit);
    QFETCH(QString, step);
    QCborMap map = cose(sharedKey(alg), alg);
    edit(map);
    PublicKey key;
    QCOMPARE(stepOf([&] { key = CoseKey::decode(map); }), step);
    if (step.isEmpty()) {
        QCOMPARE(key.algorithm(), alg);
        QVERIFY(!key.isNull());
    }
}

void TestFidoParse::coseKeyBytes()
{
    const QByteArray bytes = cose(sharedKey(kEs256), kEs256).toCborValue().toCbor();
    QCOMPARE(CoseKey::decode(bytes).algorithm(), kEs256);
    QCOMPARE(stepOf([&] { CoseKey::decode(bytes + '\0'); }),
             QStringLiteral("credential.publicKey"));
    QCOMPARE(stepOf([&] { CoseKey::decode(bytes.chopped(1)); }),
             QStringLiteral("credential.publicKey"));
    QCOMPARE(stepOf([&] { CoseKey::decode(QCborValue(QCborArray{1}).toCbor()); }),
             QStringLiteral("credential.publicKey"));
    // {1:2, 1:1, ...}: the second kty must not be silently ignored.
    const QByteArray duplicate =
        QByteArray::fromHex("a6") + QByteArray::fromHex("0101") + bytes.mid(1);
    QCOMPARE(stepOf([&] { CoseKey::decode(duplicate); }), QStringLiteral("credential.publicKey"));
    // ecPoint() is x‖y, as fido-u2f signs it.
    const QCborMap map = cose(sharedKey(kEs256), kEs256);
    QCOMPARE(CoseKey::decode(bytes).ecPoint(),
             map.value(-2).toByteArray() + map.value(-3).toByteArray());
    QVERIFY(CoseKey::decode(cose(sharedKey(kEdDsa), kEdDsa)).ecPoint().isEmpty());
}

void TestFidoParse::spkiRoundTrip_data()
{
    QTest::addColumn<int>("alg");
    QTest::newRow("ES256") << kEs256;
    QTest::newRow("RS256") << kRs256;
    QTest::newRow("EdDSA") << kEdDsa;
}

void TestFidoParse::spkiRoundTrip()
{
    QFETCH(int, alg);
    const PublicKey key = CoseKey::decode(cose(sharedKey(alg), alg));
    const QByteArray spki = key.spkiDer();
    unsigned char *expected = nullptr;
    const int length = i2d_PUBKEY(sharedKey(alg).get(), &expected);
    QCOMPARE(spki, QByteArray(reinterpret_cast<const char *>(expected), length));
    OPENSSL_free(expected);

    const PublicKey again = PublicKey::fromSpki(spki, alg);
    QCOMPARE(again.spkiDer(), spki);
    QCOMPARE(again.algorithm(), alg);
    for (const int other : {kEs256, kRs256, kEdDsa}) {
        if (other != alg)
            QCOMPARE(stepOf([&] { PublicKey::fromSpki(spki, other); }),
                     QStringLiteral("credential.publicKey"));
    }
    QCOMPARE(stepOf([&] { PublicKey::fromSpki(spki + '\0', alg); }),
             QStringLiteral("credential.publicKey"));
    QCOMPARE(stepOf([&] { PublicKey::fromSpki(spki.chopped(1), alg); }),
             QStringLiteral("credential.publicKey"));
    QCOMPARE(stepOf([&] { PublicKey::fromSpki(QByteArray(), alg); }),
             QStringLiteral("credential.publicKey"));
    QVERIFY(!again.verify("data", QByteArray()));
    QVERIFY(!again.verify("data", QByteArray(64, '\0')));
}

QTEST_MAIN(TestFidoParse)
#include "tst_fido_parse.moc"
