// POST /v1/auth/verify (§2) and the server's signing keys (§8 /dvs/jwks): no idToken while a
// session is pending, an RS256 idToken once approved whose kid is published and whose
// signature verifies against the JWK (rebuilt here with OpenSSL directly, not with the
// server's own classes), tenant isolation, body validation, key rotation (admin only, old key
// still published) and keys that survive a restart.
#include "support/ServerFixture.h"

#include "core/Clock.h"
#include "core/Time.h"
#include "crypto/Jws.h"
#include "crypto/OpenSsl.h"
#include "services/AuthService.h"
#include "services/ConsentService.h"
#include "services/SigningKeyService.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QtTest>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <memory>

using namespace mid::test;

namespace {
const QString kRecipient = QStringLiteral("+2348012345678");

namespace ossl = mid::ossl;

QByteArray b64url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

QString toB64url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ossl::Bignum bignum(const QByteArray &bytes)
{
    return ossl::Bignum(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  int(bytes.size()), nullptr));
}

// The RSA public key of a JWK, built from n and e with OpenSSL alone.
ossl::Pkey rsaFromJwk(const QJsonObject &jwk)
{
    const ossl::Bignum n = bignum(b64url(jwk.value(QStringLiteral("n")).toString()));
    const ossl::Bignum e = bignum(b64url(jwk.value(QStringLiteral("e")).toString()));
    const ossl::ParamBld bld(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get());
    OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
    return ossl::publicKeyFromParams("RSA", bld.get());
}

QByteArray spkiOf(EVP_PKEY *key)
{
    return ossl::der(i2d_PUBKEY, key);
}

bool rs256Valid(const QJsonObject &jwk, const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    const ossl::Pkey key = rsaFromJwk(jwk);
    const QByteArray input = (parts[0] + QLatin1Char('.') + parts[1]).toLatin1();
    const QByteArray sig = b64url(parts[2]);
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    return key && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()),
                            size_t(sig.size()),
                            reinterpret_cast<const unsigned char *>(input.constData()),
                            size_t(input.size())) == 1;
}

QJsonObject tokenPart(const QString &token, int index)
{
    return QJsonDocument::fromJson(b64url(token.section(QLatin1Char('.'), index, index))).object();
}

QJsonObject jwkByKid(const QJsonObject &jwks, const QString &kid)
{
    for (const QJsonValue &k : jwks.value(QStringLiteral("keys")).toArray()) {
        if (k.toObject().value(QStringLiteral("kid")).toString() == kid)
            return k.toObject();
    }
    return {};
}

QStringList kidsOf(const QJsonObject &jwks)
{
    QStringList kids;
    for (const QJsonValue &k : jwks.value(QStringLiteral("keys")).toArray())
        kids.append(k.toObject().value(QStringLiteral("kid")).toString());
    return kids;
}

QJsonObject user(const QString &id)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("mobile"), kRecipient},
            {QStringLiteral("verified"), true}};
}

const QJsonObject kDevice{{QStringLiteral("id"), QStringLiteral("dev_1")},
                          {QStringLiteral("model"), QStringLiteral("Pixel")}};

QString sessionIdOf(const QJsonObject &consent)
{
    return consent.value(QStringLiteral("sessionId")).toString();
}
} // namespace

class TestVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void pendingHasNoToken_data();
    void pendingHasNoToken();
    void approvedIssuesToken();
    void pseudonymousSubject();
    void notApproved_data();
    void notApproved();
    void otherTenant_data();
    void otherTenant();
    void badBody_data();
    void badBody();
    void jwksShape();
    void rotate();
    void rotateForbidden_data();
    void rotateForbidden();
    void retiredKeysExpire();
    void keysSurviveRestart();
    void wrongDataKeyRefusesToStart();

private:
    Response verify(const QString &sessionId, const Headers &headers);
    QString approvedToken(const QString &userId = QStringLiteral("usr_1"));
    QString approvedTokenOf(const TestClient &client, const QString &userId);
    QJsonObject jwks();

    std::unique_ptr<ServerFixture> m_f;
    TestClient m_client;
};

void TestVerify::init()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_client = m_f->createClient();
    QVERIFY(!m_client.apiKey.isEmpty());
}

void TestVerify::cleanup()
{
    m_f.reset();
}

Response TestVerify::verify(const QString &sessionId, const Headers &headers)
{
    return m_f->http().post(QStringLiteral("/v1/auth/verify"),
                            {{QStringLiteral("sessionId"), sessionId}}, headers);
}

QString TestVerify::approvedToken(const QString &userId)
{
    return approvedTokenOf(m_client, userId);
}

QString TestVerify::approvedTokenOf(const TestClient &client, const QString &userId)
{
    const QString id = sessionIdOf(m_f->createConsent(client));
    m_f->server().consents().decide(id, true, user(userId), kDevice);
    return verify(id, client.bearer()).data().value(QStringLiteral("idToken")).toString();
}

QJsonObject TestVerify::jwks()
{
    return m_f->http().get(QStringLiteral("/dvs/jwks")).json();
}

void TestVerify::pendingHasNoToken_data()
{
    QTest::addColumn<int>("scheme");
    QTest::newRow("Bearer + X-Client-ID") << 0;
    QTest::newRow("X-Mobid-Key") << 1;
    QTest::newRow("Basic") << 2;
}

void TestVerify::pendingHasNoToken()
{
    QFETCH(int, scheme);
    const Headers headers = scheme == 0   ? m_client.bearer()
                            : scheme == 1 ? m_client.mobidKey()
                                          : m_client.basic();
    const QString id = sessionIdOf(m_f->createConsent(m_client));
    const Response r = verify(id, headers);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(QStringLiteral("verified")).toBool(true), false);
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(r.data().value(QStringLiteral("sessionId")).toString(), id);
    QVERIFY(!r.data().contains(QStringLiteral("idToken")));
}

void TestVerify::approvedIssuesToken()
{
    const QString id = sessionIdOf(m_f->createConsent(m_client));
    QVERIFY(!verify(id, m_client.bearer()).data().contains(QStringLiteral("idToken")));
    m_f->server().consents().decide(id, true, user(QStringLiteral("usr_1")), kDevice);

    const qint64 before = mid::Time::nowMs() / 1000;
    const Response r = verify(id, m_client.bearer());
    const qint64 after = mid::Time::nowMs() / 1000;
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    const QString token = r.data().value(QStringLiteral("idToken")).toString();
    QCOMPARE(token.count(QLatin1Char('.')), 2);

    const QJsonObject header = tokenPart(token, 0);
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    const QString kid = header.value(QStringLiteral("kid")).toString();
    const QJsonObject jwk = jwkByKid(jwks(), kid);
    QVERIFY2(!jwk.isEmpty(), qPrintable(QStringLiteral("kid %1 is not in /dvs/jwks").arg(kid)));
    QVERIFY(rs256Valid(jwk, token));

    const QJsonObject claims = tokenPart(token, 1);
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("usr_1"));
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), m_client.clientId);
    QCOMPARE(claims.value(QStringLiteral("sid")).toString(), id);
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_f->server().publicUrl());
    QCOMPARE(claims.value(QStringLiteral("mobile")).toString(), kRecipient);
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    QVERIFY(iat >= before && iat <= after);
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), iat + 300);

    // Any change to the token breaks the signature.
    QString forged = token;
    forged.replace(token.section(QLatin1Char('.'), 1, 1),
                   toB64url(QByteArray(R"({"sub":"usr_2"})")));
    QVERIFY(!rs256Valid(jwk, forged));
}

void TestVerify::pseudonymousSubject()
{
    // A device that reported no user id: sub is a stable pseudonym of the recipient, keyed
    // (hashing candidate numbers finds nothing) and per tenant (tenants cannot join on it).
    const auto sub = [this](const QString &token) {
        return tokenPart(token, 1).value(QStringLiteral("sub")).toString();
    };
    const QString first = approvedToken(QString());
    const QString second = approvedToken(QString());
    QCOMPARE(sub(first), sub(second));
    QVERIFY(QRegularExpression(QStringLiteral("^usr_[A-Za-z0-9_-]{22}$")).match(sub(first)).hasMatch());
    QVERIFY(tokenPart(first, 1).value(QStringLiteral("sid")) !=
            tokenPart(second, 1).value(QStringLiteral("sid")));
    const QString unkeyed =
        QStringLiteral("usr_") +
        toB64url(
            QCryptographicHash::hash(kRecipient.toUtf8(), QCryptographicHash::Sha256).left(16));
    QVERIFY(sub(first) != unkeyed);
    const TestClient other = m_f->createClient();
    QVERIFY(sub(approvedTokenOf(other, QString())) != sub(first));
}

void TestVerify::notApproved_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("status");
    QTest::newRow("rejected") << QStringLiteral("reject") << QStringLiteral("rejected");
    QTest::newRow("approved then revoked") << QStringLiteral("revoke") << QStringLiteral("revoked");
    QTest::newRow("revoked while pending") << QStringLiteral("cancel") << QStringLiteral("revoked");
}

void TestVerify::notApproved()
{
    QFETCH(QString, how);
    QFETCH(QString, status);
    const QString id = sessionIdOf(m_f->createConsent(m_client));
    if (how != QLatin1String("cancel"))
        m_f->server().consents().decide(id, how == QLatin1String("revoke"),
                                        user(QStringLiteral("usr_1")), kDevice);
    if (how != QLatin1String("reject"))
        QCOMPARE(m_f->http().del(QStringLiteral("/v1/consents/") + id, m_client.bearer()).status,
                 200);
    const Response r = verify(id, m_client.bearer());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), status);
    QCOMPARE(r.data().value(QStringLiteral("verified")).toBool(true), false);
    QVERIFY(!r.data().contains(QStringLiteral("idToken")));
}

void TestVerify::otherTenant_data()
{
    QTest::addColumn<bool>("approved");
    QTest::newRow("pending") << false;
    QTest::newRow("approved") << true;
}

void TestVerify::otherTenant()
{
    QFETCH(bool, approved);
    const TestClient other = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Other")}});
    const QString id = sessionIdOf(m_f->createConsent(other));
    if (approved)
        m_f->server().consents().decide(id, true, user(QStringLiteral("usr_1")), kDevice);
    const Response r = verify(id, m_client.bearer());
    QCOMPARE(r.status, 404);
    QVERIFY(!r.body.contains("idToken"));
    // Indistinguishable from an id that does not exist.
    const Response missing = verify(QStringLiteral("cons_doesNotExist0000000"), m_client.bearer());
    QCOMPARE(missing.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("message")),
             missing.json().value(QStringLiteral("message")));
}

void TestVerify::badBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("missing sessionId") << QByteArray("{}") << 422;
    QTest::newRow("empty body") << QByteArray() << 422;
    QTest::newRow("sessionId not a string") << QByteArray(R"({"sessionId":42})") << 400;
    QTest::newRow("not JSON") << QByteArray("{sessionId") << 400;
}

void TestVerify::badBody()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Response r =
        m_f->http().send("POST", QStringLiteral("/v1/auth/verify"), body, m_client.bearer());
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("success")).toBool(true), false);
}

void TestVerify::jwksShape()
{
    const Response r = m_f->http().get(QStringLiteral("/dvs/jwks")); // no credentials
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = r.json();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("keys")}); // no envelope
    const QJsonArray keys = body.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject k = keys.at(0).toObject();
    QCOMPARE(k.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(k.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QCOMPARE(k.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(k.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
    QCOMPARE(b64url(k.value(QStringLiteral("n")).toString()).size(), 256);
    QVERIFY(!k.contains(QStringLiteral("d")) && !k.contains(QStringLiteral("p")));
    // kid = base64url(first 16 bytes of SHA-256(SubjectPublicKeyInfo DER)).
    const ossl::Pkey key = rsaFromJwk(k);
    QVERIFY(key);
    QCOMPARE(
        k.value(QStringLiteral("kid")).toString(),
        toB64url(QCryptographicHash::hash(spkiOf(key.get()), QCryptographicHash::Sha256).left(16)));
    // Stable across calls.
    QCOMPARE(jwks(), body);
}

void TestVerify::rotate()
{
    const QString oldToken = approvedToken();
    const QString oldKid = tokenPart(oldToken, 0).value(QStringLiteral("kid")).toString();

    const Response r = m_f->http().post(QStringLiteral("/admin/v1/keys/rotate"), {}, m_f->admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("success")).toBool(), true);
    const QString newKid = r.data().value(QStringLiteral("kid")).toString();
    QVERIFY(!newKid.isEmpty());
    QVERIFY(newKid != oldKid);
    QCOMPARE(r.data().value(QStringLiteral("retiredKid")).toString(), oldKid);

    const QJsonObject set = jwks();
    QCOMPARE(kidsOf(set), (QStringList{newKid, oldKid}));
    // Tokens signed before the rotation still verify; new ones use the new key.
    QVERIFY(rs256Valid(jwkByKid(set, oldKid), oldToken));
    const QString newToken = approvedToken();
    QCOMPARE(tokenPart(newToken, 0).value(QStringLiteral("kid")).toString(), newKid);
    QVERIFY(rs256Valid(jwkByKid(set, newKid), newToken));
    QVERIFY(!rs256Valid(jwkByKid(set, oldKid), newToken));

    // A second rotation keeps every key retired within the last 24 h.
    const Response again =
        m_f->http().post(QStringLiteral("/admin/v1/keys/rotate"), {}, m_f->admin());
    QCOMPARE(again.status, 200);
    QCOMPARE(kidsOf(jwks()).size(), 3);

    const Response audit =
        m_f->http().get(QStringLiteral("/admin/v1/audit?action=signing_key.rotate"), m_f->admin());
    QStringList resources;
    for (const QJsonValue &row : audit.data().value(QStringLiteral("items")).toArray())
        resources.append(row.toObject().value(QStringLiteral("resource")).toString());
    QCOMPARE(resources.size(), 2);
    QVERIFY(resources.contains(newKid));
}

void TestVerify::rotateForbidden_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::newRow("operator role") << QStringLiteral("operator") << 403;
    QTest::newRow("auditor role") << QStringLiteral("auditor") << 403;
    QTest::newRow("client key") << QStringLiteral("client") << 401;
    QTest::newRow("no credentials") << QString() << 401;
}

void TestVerify::rotateForbidden()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    Headers headers;
    if (who == QLatin1String("client")) {
        headers = m_client.bearer();
    } else if (!who.isEmpty()) {
        const QString id = QStringLiteral("op_") + who;
        m_f->server().database().exec(
            QStringLiteral(
                "INSERT INTO operators (id, username, role, created_at) VALUES (?,?,?,?)"),
            {id, who, who, mid::Time::nowMs()});
        headers = {{"Authorization",
                    "Bearer " + m_f->server().auth().createOperatorToken(id, false).toUtf8()}};
    }
    const QJsonObject before = jwks();
    const Response r = m_f->http().post(QStringLiteral("/admin/v1/keys/rotate"), {}, headers);
    QCOMPARE(r.status, status);
    QVERIFY(!r.data().contains(QStringLiteral("kid")));
    QCOMPARE(jwks(), before);
}

void TestVerify::retiredKeysExpire()
{
    mid::ManualClock clock; // m_f's server stops below, before the clock goes
    mid::SigningKeyService &keys = m_f->server().signingKeys();
    const QString token = approvedToken();
    const QString oldKid = keys.current().kid;
    const QString newKid = keys.rotate();
    const qint64 rotatedAt = mid::Time::nowMs();

    // The server's own verifier accepts its token under the retired, still published key.
    const mid::SigningKey *old = keys.publishedKey(oldKid);
    QVERIFY(old);
    QVERIFY(!old->hasPrivate());
    QVERIFY(mid::Jws::verify(token.toLatin1(), *old).has_value());

    const qint64 day = mid::SigningKeyService::kRetiredPublishedMs;
    QCOMPARE(kidsOf(keys.jwks(rotatedAt + day - 1000)), (QStringList{newKid, oldKid}));
    QCOMPARE(kidsOf(keys.jwks(rotatedAt + day + 1000)), QStringList{newKid});

    // A key retired more than a day ago is not loaded again after a restart.
    clock.setMs(rotatedAt + day + 1000);
    QString error;
    mid::SigningKeyService reloaded(m_f->server().database(), QByteArray());
    QVERIFY(!reloaded.start(&error)); // the wrong (empty) data key cannot open the current key
    QVERIFY(error.contains(newKid));
    m_f->server().stop();
    const QString dir = m_f->dataDir();
    mid::MidServer again([&] {
        mid::ServerConfig c;
        c.listenPort = 0;
        c.dataDir = dir;
        return c;
    }());
    QString startError;
    QVERIFY2(again.start(&startError), qPrintable(startError));
    QCOMPARE(kidsOf(again.signingKeys().jwks()), QStringList{newKid});
    QVERIFY(!again.signingKeys().publishedKey(oldKid));
    again.stop();
}

void TestVerify::keysSurviveRestart()
{
    m_f.reset();
    QTemporaryDir dir;
    const auto sameDir = [&](mid::ServerConfig &c) { c.dataDir = dir.path(); };
    QJsonObject setBefore;
    QString token;
    {
        m_f = std::make_unique<ServerFixture>(sameDir);
        QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
        m_client = m_f->createClient();
        QCOMPARE(m_f->http().post(QStringLiteral("/admin/v1/keys/rotate"), {}, m_f->admin()).status,
                 200);
        token = approvedToken();
        setBefore = jwks();
        QCOMPARE(kidsOf(setBefore).size(), 2);
        m_f.reset(); // stops the server and closes the database
    }
    m_f = std::make_unique<ServerFixture>(sameDir);
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    const QJsonObject setAfter = jwks();
    QCOMPARE(setAfter, setBefore);
    const QString kid = tokenPart(token, 0).value(QStringLiteral("kid")).toString();
    QVERIFY(rs256Valid(jwkByKid(setAfter, kid), token));

    // The restarted server signs with the same current key (the client survived too).
    m_client = m_f->createClient();
    QCOMPARE(tokenPart(approvedToken(), 0).value(QStringLiteral("kid")).toString(), kid);
    m_f.reset(); // before its data directory goes
}

void TestVerify::wrongDataKeyRefusesToStart()
{
    m_f.reset();
    QTemporaryDir dir;
    {
        ServerFixture first([&](mid::ServerConfig &c) { c.dataDir = dir.path(); });
        QVERIFY2(first.ok(), qPrintable(first.error()));
    }
    // The private key is sealed under the data key; another key must not silently replace it.
    ServerFixture second([&](mid::ServerConfig &c) {
        c.dataDir = dir.path();
        c.masterKeyBase64 = QString::fromLatin1(QByteArray(32, 'k').toBase64());
    });
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(QStringLiteral("signing key")), qPrintable(second.error()));
}

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
