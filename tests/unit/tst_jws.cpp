// base64url (RFC 4648 §5 vectors, padding accepted, strictness), SigningKey (RS256 and ES256
// sign/verify, PKCS#8 and SPKI round trips, JWK components), compact JWS (round trip, every
// way a token can be forged), the RFC 7515 A.2/A.3 known-answer tokens, and a cross-check
// with the openssl command line so we are not only checking ourselves against ourselves.
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "crypto/Random.h"
#include "crypto/SigningKey.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mid;

Q_DECLARE_METATYPE(mid::SigningKey::Type)

namespace {
// RFC 7515 Appendix A.2 (RS256) and A.3 (ES256): public keys and the example tokens.
const QByteArray kA2N =
    "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d"
    "4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rex"
    "MdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXF"
    "vUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";
const QByteArray kA2E = "AQAB";
const QByteArray kA2Token =
    "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmN"
    "vbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHI"
    "m4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5"
    "h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noO"
    "PqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
const QByteArray kA3X = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
const QByteArray kA3Y = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";
const QByteArray kA3Token =
    "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmN"
    "vbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQx"
    "fKTUJqPP3-Kg6NU1Q";

// Qt's own decoder, so the tests do not read our output with our own code.
QByteArray qtDecode(const QByteArray &b64url)
{
    return QByteArray::fromBase64(b64url, QByteArray::Base64UrlEncoding);
}

QByteArray b64(const QJsonObject &o)
{
    return Base64Url::encode(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SigningKey generate(SigningKey::Type type)
{
    return type == SigningKey::Type::Rsa ? SigningKey::generateRsa() : SigningKey::generateP256();
}

// The same key type, reused across rows: RSA generation is the slow part of these tests.
const SigningKey &sharedKey(SigningKey::Type type)
{
    static SigningKey rsa = SigningKey::generateRsa();
    static SigningKey ec = SigningKey::generateP256();
    return type == SigningKey::Type::Rsa ? rsa : ec;
}

QByteArray pem(const QByteArray &der, const char *label)
{
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray body = der.toBase64();
    for (qsizetype i = 0; i < body.size(); i += 64)
        out += body.mid(i, 64) + '\n';
    return out + "-----END " + label + "-----\n";
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// A minimal DER writer for ECDSA-Sig-Value (SEQUENCE of two INTEGERs), independent of OpenSSL,
// so the CLI check of ES256 does not run through our own r‖s conversion.
QByteArray derInteger(QByteArray bigEndian)
{
    while (bigEndian.size() > 1 && bigEndian.at(0) == 0)
        bigEndian.remove(0, 1);
    if (static_cast<unsigned char>(bigEndian.at(0)) & 0x80)
        bigEndian.prepend('\0');
    return QByteArray(1, 0x02) + char(bigEndian.size()) + bigEndian;
}

QByteArray joseToDer(const QByteArray &rs)
{
    const QByteArray body = derInteger(rs.left(32)) + derInteger(rs.mid(32));
    return QByteArray(1, 0x30) + char(body.size()) + body;
}

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run openssl(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

QByteArray flipLastChar(QByteArray text)
{
    // 'A' ↔ 'B' keeps the text valid base64url while changing the decoded bytes.
    text.back() = text.back() == 'A' ? 'B' : 'A';
    return text;
}
} // namespace

class TestJws : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void base64urlVectors_data();
    void base64urlVectors();
    void base64urlRandomRoundTrip();
    void base64urlRejects_data();
    void base64urlRejects();

    void signVerify_data();
    void signVerify();
    void derRoundTrip_data();
    void derRoundTrip();
    void jwkComponents_data();
    void jwkComponents();
    void badKeys();

    void jwsRoundTrip_data();
    void jwsRoundTrip();
    void jwsRejects_data();
    void jwsRejects();
    void rfc7515Vectors_data();
    void rfc7515Vectors();

    void opensslVerifiesOurSignature_data();
    void opensslVerifiesOurSignature();
    void weVerifyOpensslSignature();
    void opensslReadsOurKeys_data();
    void opensslReadsOurKeys();

private:
    QString m_openssl;
};

void TestJws::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY(!sharedKey(SigningKey::Type::Rsa).isNull());
    QVERIFY(!sharedKey(SigningKey::Type::EcP256).isNull());
}

// ---- base64url ---------------------------------------------------------------------------

void TestJws::base64urlVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoded");
    // RFC 4648 §10, and the two characters that differ from standard base64.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("- and _") << QByteArray::fromHex("fbff") << QByteArray("-_8");
    QTest::newRow("all 62/63") << QByteArray::fromHex("fbefbeffffff") << QByteArray("----____");
}

void TestJws::base64urlVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Base64Url::encode(bytes), encoded);
    QCOMPARE(Base64Url::decode(encoded).value_or("<rejected>"), bytes);
    // The same value with its padding is accepted too.
    QByteArray padded = encoded;
    while (padded.size() % 4 != 0)
        padded += '=';
    QCOMPARE(Base64Url::decode(padded).value_or("<rejected>"), bytes);
}

void TestJws::base64urlRandomRoundTrip()
{
    for (int length = 0; length < 100; ++length) {
        const QByteArray bytes = Random::bytes(length);
        const QByteArray text = Base64Url::encode(bytes);
        QVERIFY(!text.contains('=') && !text.contains('+') && !text.contains('/'));
        QCOMPARE(qtDecode(text), bytes);
        QCOMPARE(Base64Url::decode(text).value_or("<rejected>"), bytes);
    }
}

void TestJws::base64urlRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plus (standard alphabet)") << QByteArray("Zm9v+A");
    QTest::newRow("slash (standard alphabet)") << QByteArray("Zm9v/A");
    QTest::newRow("space") << QByteArray("Zm9 v");
    QTest::newRow("newline") << QByteArray("Zm9v\n");
    QTest::newRow("NUL") << QByteArray("Zm9v\0", 5);
    QTest::newRow("non-ASCII") << QByteArray("Zm9v\xc3\xa9");
    QTest::newRow("dot") << QByteArray("Zm9v.");
    QTest::newRow("one char") << QByteArray("Z");
    QTest::newRow("five chars") << QByteArray("Zm9vY");
    QTest::newRow("short padding") << QByteArray("Zg=");
    QTest::newRow("excess padding") << QByteArray("Zg===");
    QTest::newRow("padding only") << QByteArray("==");
    QTest::newRow("padding on full group") << QByteArray("Zm9v====");
    QTest::newRow("padding in the middle") << QByteArray("Zg==Zg==");
    QTest::newRow("leading padding") << QByteArray("=Zg");
    QTest::newRow("non-zero spare bits (2 chars)") << QByteArray("Zh");
    QTest::newRow("non-zero spare bits (3 chars)") << QByteArray("Zm9");
}

void TestJws::base64urlRejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!Base64Url::decode(text).has_value());
}

// ---- SigningKey ----------------------------------------------------------------------------

void TestJws::signVerify_data()
{
    QTest::addColumn<SigningKey::Type>("type");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("signatureSize");
    QTest::newRow("RS256") << SigningKey::Type::Rsa << QStringLiteral("RS256") << 256;
    QTest::newRow("ES256") << SigningKey::Type::EcP256 << QStringLiteral("ES256") << 64;
}

void TestJws::signVerify()
{
    QFETCH(SigningKey::Type, type);
    QFETCH(QString, alg);
    QFETCH(int, signatureSize);
    const SigningKey &key = sharedKey(type);
    QCOMPARE(key.type(), type);
    QCOMPARE(key.alg(), alg);
    QVERIFY(key.hasPrivate());

    const QByteArray data = "header.payload";
    const QByteArray sig = key.sign(data);
    QCOMPARE(sig.size(), signatureSize);
    QVERIFY(key.verify(data, sig));
    QVERIFY(SigningKey::verify(key.publicDer(), data, sig));

    QVERIFY(!key.verify("header.payloaD", sig));
    QByteArray bent = sig;
    bent[10] = char(bent.at(10) ^ 0x01);
    QVERIFY(!key.verify(data, bent));
    QVERIFY(!key.verify(data, sig.left(sig.size() - 1)));
    QVERIFY(!key.verify(data, sig + '\0'));
    QVERIFY(!key.verify(data, QByteArray()));

    // Another key of the same type does not accept it.
    QVERIFY(!generate(type).verify(data, sig));
}

void TestJws::derRoundTrip_data()
{
    signVerify_data();
}

void TestJws::derRoundTrip()
{
    QFETCH(SigningKey::Type, type);
    const SigningKey &key = sharedKey(type);
    const QByteArray privateDer = key.privateDer();
    const QByteArray publicDer = key.publicDer();
    QVERIFY(!privateDer.isEmpty());
    QVERIFY(!publicDer.isEmpty());

    const SigningKey restored = SigningKey::fromPrivateDer(privateDer);
    QCOMPARE(restored.type(), type);
    QVERIFY(restored.hasPrivate());
    QCOMPARE(restored.publicDer(), publicDer);
    QVERIFY(key.verify("x", restored.sign("x")));

    const SigningKey pub = SigningKey::fromPublicDer(publicDer);
    QCOMPARE(pub.type(), type);
    QVERIFY(!pub.hasPrivate());
    QVERIFY(pub.privateDer().isEmpty());
    QVERIFY(pub.sign("x").isEmpty());
    QVERIFY(pub.verify("x", key.sign("x")));

    // Moving hands the key over and leaves a null key behind.
    SigningKey moved = SigningKey::fromPublicDer(publicDer);
    SigningKey target = std::move(moved);
    QVERIFY(moved.isNull()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QCOMPARE(target.publicDer(), publicDer);
}

void TestJws::jwkComponents_data()
{
    signVerify_data();
}

void TestJws::jwkComponents()
{
    QFETCH(SigningKey::Type, type);
    const SigningKey &key = sharedKey(type);
    SigningKey rebuilt;
    if (type == SigningKey::Type::Rsa) {
        QCOMPARE(key.rsaModulus().size(), 256);
        QVERIFY(key.rsaModulus().at(0) != 0);
        QCOMPARE(key.rsaExponent(), QByteArray::fromHex("010001"));
        QVERIFY(key.ecX().isEmpty());
        rebuilt = SigningKey::fromRsaPublic(key.rsaModulus(), key.rsaExponent());
    } else {
        QCOMPARE(key.ecX().size(), 32);
        QCOMPARE(key.ecY().size(), 32);
        QVERIFY(key.rsaModulus().isEmpty());
        rebuilt = SigningKey::fromP256Public(key.ecX(), key.ecY());
    }
    QCOMPARE(rebuilt.type(), type);
    QCOMPARE(rebuilt.publicDer(), key.publicDer());
    QVERIFY(rebuilt.verify("jwk", key.sign("jwk")));
}

void TestJws::badKeys()
{
    const SigningKey null;
    QVERIFY(null.isNull());
    QVERIFY(null.alg().isEmpty());
    QVERIFY(null.sign("x").isEmpty());
    QVERIFY(!null.verify("x", "y"));
    QVERIFY(null.publicDer().isEmpty());

    QVERIFY(SigningKey::fromPrivateDer("not a key").isNull());
    QVERIFY(SigningKey::fromPrivateDer({}).isNull());
    QVERIFY(SigningKey::fromPublicDer("not a key").isNull());
    const SigningKey &rsa = sharedKey(SigningKey::Type::Rsa);
    QVERIFY(SigningKey::fromPublicDer(rsa.publicDer() + '\0').isNull());
    QVERIFY(SigningKey::fromPrivateDer(rsa.privateDer() + '\0').isNull());
    QVERIFY(SigningKey::fromPrivateDer(rsa.publicDer()).isNull());

    // RS256 needs at least 2048 bits (RFC 7518 §3.3).
    QVERIFY(SigningKey::generateRsa(1024).isNull());
    QVERIFY(SigningKey::fromRsaPublic(rsa.rsaModulus().left(128), rsa.rsaExponent()).isNull());

    // A point that is not on P-256 is refused, not used.
    const SigningKey &ec = sharedKey(SigningKey::Type::EcP256);
    QByteArray y = ec.ecY();
    y[31] = char(y.at(31) ^ 0x01);
    QVERIFY(SigningKey::fromP256Public(ec.ecX(), y).isNull());
    QVERIFY(SigningKey::fromP256Public(ec.ecX().left(31), ec.ecY()).isNull());
}

// ---- JWS -----------------------------------------------------------------------------------

void TestJws::jwsRoundTrip_data()
{
    signVerify_data();
}

void TestJws::jwsRoundTrip()
{
    QFETCH(SigningKey::Type, type);
    QFETCH(QString, alg);
    const SigningKey &key = sharedKey(type);
    const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("usr_1")},
                              {QStringLiteral("iat"), 1700000000},
                              {QStringLiteral("name"), QStringLiteral("Zoë")}};
    const QByteArray token = Jws::sign(key, QStringLiteral("kid-1"), payload);
    QCOMPARE(token.count('.'), 2);
    QVERIFY(!token.contains('='));

    const auto parts = Jws::verify(token, SigningKey::fromPublicDer(key.publicDer()));
    QVERIFY(parts.has_value());
    QCOMPARE(parts->payload, payload);
    QCOMPARE(parts->header.value(QStringLiteral("alg")).toString(), alg);
    QCOMPARE(parts->header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(parts->header.value(QStringLiteral("kid")).toString(), QStringLiteral("kid-1"));

    // Readable by a generic decoder: three base64url parts of JSON.
    const QList<QByteArray> pieces = token.split('.');
    QCOMPARE(QJsonDocument::fromJson(qtDecode(pieces[1])).object(), payload);
    QCOMPARE(Jws::decode(token)->header, parts->header);
}

void TestJws::jwsRejects_data()
{
    const SigningKey &rsa = sharedKey(SigningKey::Type::Rsa);
    const SigningKey &ec = sharedKey(SigningKey::Type::EcP256);
    const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("usr_1")},
                              {QStringLiteral("admin"), false}};
    const QJsonObject forged{{QStringLiteral("sub"), QStringLiteral("usr_1")},
                             {QStringLiteral("admin"), true}};

    QTest::addColumn<SigningKey::Type>("type");
    QTest::addColumn<QByteArray>("token");
    for (const auto type : {SigningKey::Type::Rsa, SigningKey::Type::EcP256}) {
        const SigningKey &key = type == SigningKey::Type::Rsa ? rsa : ec;
        const SigningKey &other = type == SigningKey::Type::Rsa ? ec : rsa;
        const QByteArray good = Jws::sign(key, QStringLiteral("k"), payload);
        const QList<QByteArray> p = good.split('.');
        const QByteArray alg = key.alg().toLatin1();
        const QJsonObject header{{QStringLiteral("alg"), QString::fromLatin1(alg)},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")}};
        auto row = [&](const char *name, const QByteArray &token) {
            QTest::addRow("%s %s", alg.constData(), name) << type << token;
        };
        row("tampered payload", p[0] + '.' + b64(forged) + '.' + p[2]);
        row("tampered signature", p[0] + '.' + p[1] + '.' + flipLastChar(p[2]));
        row("signature of another payload",
            p[0] + '.' + p[1] + '.' + Jws::sign(key, QStringLiteral("k"), forged).split('.')[2]);
        row("alg none, no signature",
            b64({{QStringLiteral("alg"), QStringLiteral("none")}}) + '.' + b64(forged) + '.');
        row("alg none, old signature",
            b64({{QStringLiteral("alg"), QStringLiteral("none")}}) + '.' + p[1] + '.' + p[2]);
        row("alg None",
            b64({{QStringLiteral("alg"), QStringLiteral("None")}}) + '.' + p[1] + '.' + p[2]);
        row("alg missing",
            b64({{QStringLiteral("typ"), QStringLiteral("JWT")}}) + '.' + p[1] + '.' + p[2]);
        row("alg not a string", b64({{QStringLiteral("alg"), 256}}) + '.' + p[1] + '.' + p[2]);
        {
            // The classic confusion: HS256 keyed with the public key the verifier holds.
            const QByteArray input =
                b64({{QStringLiteral("alg"), QStringLiteral("HS256")}}) + '.' + b64(forged);
            const QByteArray mac = QMessageAuthenticationCode::hash(input, key.publicDer(),
                                                                    QCryptographicHash::Sha256);
            row("alg HS256 keyed with the public key", input + '.' + Base64Url::encode(mac));
        }
        {
            // A valid signature by a key of the other type, labelled with that key's alg.
            row("other alg, validly signed", Jws::sign(other, QStringLiteral("k"), payload));
            QJsonObject h = header;
            h.insert(QStringLiteral("alg"), other.alg());
            row("alg swapped in header", b64(h) + '.' + p[1] + '.' + p[2]);
        }
        row("wrong key of the same type", Jws::sign(generate(type), QStringLiteral("k"), payload));
        {
            QJsonObject h = header;
            h.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")});
            const QByteArray input = b64(h) + '.' + p[1];
            row("crit header", input + '.' + Base64Url::encode(key.sign(input)));
        }
        row("two parts", p[0] + '.' + p[1]);
        row("four parts", good + ".x");
        row("empty signature", p[0] + '.' + p[1] + '.');
        row("signature not base64url", p[0] + '.' + p[1] + '.' + p[2] + '*');
        row("padded signature with junk", p[0] + '.' + p[1] + '.' + p[2] + "=A");
        row("payload not JSON", p[0] + '.' + Base64Url::encode("not json") + '.' + p[2]);
        row("payload a JSON array", p[0] + '.' + Base64Url::encode("[1]") + '.' + p[2]);
        row("header not base64url", "!!." + p[1] + '.' + p[2]);
        row("empty", QByteArray());
    }
}

void TestJws::jwsRejects()
{
    QFETCH(SigningKey::Type, type);
    QFETCH(QByteArray, token);
    QVERIFY(
        !Jws::verify(token, SigningKey::fromPublicDer(sharedKey(type).publicDer())).has_value());
}

void TestJws::rfc7515Vectors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("rsa");
    QTest::newRow("A.2 RS256") << kA2Token << true;
    QTest::newRow("A.3 ES256") << kA3Token << false;
}

void TestJws::rfc7515Vectors()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, rsa);
    const SigningKey key = rsa ? SigningKey::fromRsaPublic(qtDecode(kA2N), qtDecode(kA2E))
                               : SigningKey::fromP256Public(qtDecode(kA3X), qtDecode(kA3Y));
    QVERIFY(!key.isNull());
    const auto parts = Jws::verify(token, key);
    QVERIFY(parts.has_value());
    QCOMPARE(parts->payload.value(QStringLiteral("iss")).toString(), QStringLiteral("joe"));
    QCOMPARE(parts->payload.value(QStringLiteral("exp")).toInteger(), 1300819380);
    QVERIFY(!Jws::verify(flipLastChar(token), key).has_value());
}

// ---- Cross-checks with the openssl command line ---------------------------------------------

void TestJws::opensslVerifiesOurSignature_data()
{
    signVerify_data();
}

void TestJws::opensslVerifiesOurSignature()
{
    QFETCH(SigningKey::Type, type);
    if (m_openssl.isEmpty())
        QFAIL("openssl command line not found: run scripts/install-deps.sh");
    QTemporaryDir dir;
    const SigningKey &key = sharedKey(type);
    const QByteArray data = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9";
    const QByteArray sig = key.sign(data);
    const QByteArray der = type == SigningKey::Type::Rsa ? sig : joseToDer(sig);
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("pubkey.pem")), pem(key.publicDer(), "PUBLIC KEY")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sig.bin")), der));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("data.bin")), data));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("other.bin")), data + "x"));
    const QStringList verify{
        QStringLiteral("dgst"),       QStringLiteral("-sha256"),
        QStringLiteral("-verify"),    dir.filePath(QStringLiteral("pubkey.pem")),
        QStringLiteral("-signature"), dir.filePath(QStringLiteral("sig.bin"))};

    const Run ok = openssl(verify + QStringList{dir.filePath(QStringLiteral("data.bin"))});
    QVERIFY2(ok.exitCode == 0, ok.output.constData());
    QVERIFY(ok.output.contains("Verified OK"));
    const Run bad = openssl(verify + QStringList{dir.filePath(QStringLiteral("other.bin"))});
    QVERIFY(bad.exitCode != 0);
}

void TestJws::weVerifyOpensslSignature()
{
    if (m_openssl.isEmpty())
        QFAIL("openssl command line not found: run scripts/install-deps.sh");
    QTemporaryDir dir;
    const SigningKey &key = sharedKey(SigningKey::Type::Rsa);
    // Our PKCS#8 export, read by openssl, signs what our verify then accepts.
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("key.pem")), pem(key.privateDer(), "PRIVATE KEY")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("data.bin")), "signed by the openssl CLI"));
    const Run run = openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                             QStringLiteral("-sign"), dir.filePath(QStringLiteral("key.pem")),
                             QStringLiteral("-out"), dir.filePath(QStringLiteral("sig.bin")),
                             dir.filePath(QStringLiteral("data.bin"))});
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QFile sig(dir.filePath(QStringLiteral("sig.bin")));
    QVERIFY(sig.open(QIODevice::ReadOnly));
    const QByteArray signature = sig.readAll();
    QVERIFY(key.verify("signed by the openssl CLI", signature));
    // PKCS#1 v1.5 is deterministic: the CLI and we produce the very same bytes.
    QCOMPARE(key.sign("signed by the openssl CLI").toHex(), signature.toHex());
}

void TestJws::opensslReadsOurKeys_data()
{
    signVerify_data();
}

void TestJws::opensslReadsOurKeys()
{
    QFETCH(SigningKey::Type, type);
    if (m_openssl.isEmpty())
        QFAIL("openssl command line not found: run scripts/install-deps.sh");
    QTemporaryDir dir;
    const SigningKey &key = sharedKey(type);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("key.der")), key.privateDer()));
    // PKCS#8 in, SubjectPublicKeyInfo out: the CLI derives exactly our public DER.
    const Run run =
        openssl({QStringLiteral("pkey"), QStringLiteral("-inform"), QStringLiteral("DER"),
                 QStringLiteral("-in"), dir.filePath(QStringLiteral("key.der")),
                 QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER"),
                 QStringLiteral("-out"), dir.filePath(QStringLiteral("pub.der"))});
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QFile pub(dir.filePath(QStringLiteral("pub.der")));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QCOMPARE(pub.readAll().toHex(), key.publicDer().toHex());
}

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
