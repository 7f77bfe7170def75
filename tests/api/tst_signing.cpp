// Document signing of §10 as a tenant, a signer's phone and an operator see it: the document's
// hash committed to by the FIDO challenge, the signed session's evidence and its JWS seal
// checked as a relying party would (key from /dvs/jwks, the assertion against the credential's
// own key), mandates, rejections, revocation; and the attacks: an assertion over another
// hash, a tampered seal, another tenant's session, an identity scan used as a contract.

#include "support/DocumentSamples.h"
#include "support/EventLog.h"
#include "support/FidoPhone.h"
#include "support/ServerFixture.h"

#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "crypto/Jws.h"
#include "crypto/SigningKey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mid;
using namespace mid::test;

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QByteArray unb64(const QJsonValue &v)
{
    return Base64Url::decode(v.toString().toLatin1()).value_or(QByteArray());
}
} // namespace

class TestSigning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sessionShowsTheDocument();
    void challengeCommitsToTheDocument();
    void signedMandateCarriesVerifiableEvidence();
    void tamperedSealDoesNotVerify();
    void assertionOverAnotherHashIsRefused();
    void rejectionIsRecorded();
    void revokeOnlyWhilePending();
    void refusals_data();
    void refusals();
    void anotherTenantSeesNothing();
    void operatorsListSessions();

private:
    QJsonObject document(const TestClient &client, const QByteArray &bytes = {});
    QJsonObject session(const QJsonObject &fields = {});
    FidoPhone &phone();
    std::optional<SigningKey> publishedKey(const QString &kid);

    std::unique_ptr<ServerFixture> m_f;
    std::unique_ptr<FidoPhone> m_phone;
    TestClient m_client;
    TestClient m_other;
    QString m_signer = QStringLiteral("+2348033344455");
    HttpClient &http() { return m_f->http(); }
};

void TestSigning::initTestCase()
{
    m_f = std::make_unique<ServerFixture>(useTestRelyingParty);
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_client = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    m_other = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Other Bank")}});
    m_phone = std::make_unique<FidoPhone>(*m_f, m_signer, QStringLiteral("signer-phone-1"));
    QVERIFY(!m_phone->enrollAndRegister(m_client).isEmpty());
}

void TestSigning::cleanupTestCase()
{
    m_phone.reset();
    m_f.reset();
}

FidoPhone &TestSigning::phone()
{
    return *m_phone;
}

QJsonObject TestSigning::document(const TestClient &client, const QByteArray &bytes)
{
    const QByteArray pdf = bytes.isEmpty() ? DocumentSamples::pdf() : bytes;
    const Response r =
        http().post(QStringLiteral("/v1/signing/documents"),
                    {{QStringLiteral("content"), QString::fromLatin1(pdf.toBase64())},
                     {QStringLiteral("filename"), QStringLiteral("mandate.pdf")}},
                    client.bearer());
    if (r.status != 201)
        qWarning() << "upload:" << r.status << r.body;
    return r.data();
}

QJsonObject TestSigning::session(const QJsonObject &fields)
{
    QJsonObject body{{QStringLiteral("documentId"), str(document(m_client), "documentId")},
                     {QStringLiteral("signer"), m_signer},
                     {QStringLiteral("reason"), QStringLiteral("Monthly direct debit")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    const Response r = http().post(QStringLiteral("/v1/signing/sessions"), body, m_client.bearer());
    if (r.status != 201)
        qWarning() << "session:" << r.status << r.body;
    return r.data();
}

std::optional<SigningKey> TestSigning::publishedKey(const QString &kid)
{
    for (const QJsonValue &k :
         http().get(QStringLiteral("/dvs/jwks")).json().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject o = k.toObject();
        if (str(o, "kid") == kid)
            return SigningKey::fromRsaPublic(unb64(o.value(QStringLiteral("n"))),
                                             unb64(o.value(QStringLiteral("e"))));
    }
    return std::nullopt;
}

void TestSigning::sessionShowsTheDocument()
{
    const QJsonObject s = session({{QStringLiteral("intent"), QStringLiteral("mandate")}});
    QVERIFY(str(s, "signingSessionId").startsWith(QLatin1String("sig_")));
    QCOMPARE(str(s, "status"), QStringLiteral("pending"));
    QCOMPARE(str(s, "intent"), QStringLiteral("mandate"));
    QCOMPARE(
        str(s, "documentSha256"),
        QString::fromLatin1(
            QCryptographicHash::hash(DocumentSamples::pdf(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(str(s, "qrCode").startsWith(QLatin1String("http")));
    QVERIFY(str(s, "approvalUrl").endsWith(str(s, "consentId")));
    QVERIFY(s.value(QStringLiteral("evidence")).isNull());
    // The approver page shows what is being signed, escaped.
    const Response page = http().get(QStringLiteral("/approve/") + str(s, "consentId"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("mandate.pdf"));
    QVERIFY(page.body.contains(str(s, "documentSha256").toLatin1()));
    QVERIFY(page.body.contains("Monthly direct debit"));
    QVERIFY(page.body.contains("approve a mandate"));
    // The page reads the session, not the consent's metadata its tenant may rewrite.
    const Response rewritten = http().put(
        QStringLiteral("/v1/consents/") + str(s, "consentId"),
        {{QStringLiteral("metadata"),
          QJsonObject{{QStringLiteral("documentName"), QStringLiteral("harmless.pdf")},
                      {QStringLiteral("documentSha256"), QString(64, QLatin1Char('0'))}}}},
        m_client.bearer());
    QCOMPARE(rewritten.status, 200);
    const Response again = http().get(QStringLiteral("/approve/") + str(s, "consentId"));
    QVERIFY(again.body.contains("mandate.pdf"));
    QVERIFY(!again.body.contains("harmless.pdf"));
    QVERIFY(again.body.contains(str(s, "documentSha256").toLatin1()));
    const Response json =
        http().get(QStringLiteral("/approve/%1/session.json").arg(str(s, "consentId")));
    QCOMPARE(json.json()[QStringLiteral("document")][QStringLiteral("sha256")].toString(),
             str(s, "documentSha256"));
}

void TestSigning::challengeCommitsToTheDocument()
{
    const QJsonObject s = session();
    const Response begin = http().post(QStringLiteral("/v1/fido/authenticate/begin"),
                                       {{QStringLiteral("sessionId"), str(s, "consentId")}});
    QCOMPARE(begin.status, 200);
    const QByteArray challenge = unb64(begin.data().value(QStringLiteral("challenge")));
    QCOMPARE(challenge.size(), 48);
    QCOMPARE(challenge.left(32).toHex(), str(s, "documentSha256").toLatin1());
    // Two ceremonies over the same document never share a challenge.
    const Response again = http().post(QStringLiteral("/v1/fido/authenticate/begin"),
                                       {{QStringLiteral("sessionId"), str(s, "consentId")}});
    QVERIFY(unb64(again.data().value(QStringLiteral("challenge"))) != challenge);
}

void TestSigning::signedMandateCarriesVerifiableEvidence()
{
    EventLog events(m_f->server());
    const QJsonObject s = session({{QStringLiteral("intent"), QStringLiteral("mandate")}});
    const Response decided = phone().decide(str(s, "consentId"));
    QCOMPARE(decided.status, 200);

    const Response got =
        http().get(QStringLiteral("/v1/signing/sessions/") + str(s, "id"), m_client.bearer());
    QCOMPARE(got.status, 200);
    const QJsonObject signedSession = got.data();
    QCOMPARE(str(signedSession, "status"), QStringLiteral("signed"));
    QVERIFY(!str(signedSession, "signedAt").isEmpty());
    const QJsonObject evidence = signedSession.value(QStringLiteral("evidence")).toObject();
    QCOMPARE(str(evidence, "documentSha256"), str(s, "documentSha256"));
    QCOMPARE(str(evidence, "signer"), m_signer);
    QCOMPARE(str(evidence, "algorithm"), QStringLiteral("ES256"));

    // The assertion itself, checked with the credential's own key as anyone can.
    const QByteArray clientData = unb64(evidence.value(QStringLiteral("clientDataJSON")));
    const QJsonObject clientJson = QJsonDocument::fromJson(clientData).object();
    QCOMPARE(str(clientJson, "type"), QStringLiteral("webauthn.get"));
    const QByteArray challenge = unb64(clientJson.value(QStringLiteral("challenge")));
    QCOMPARE(challenge.left(32).toHex(), str(s, "documentSha256").toLatin1());
    const QByteArray signedData =
        unb64(evidence.value(QStringLiteral("authenticatorData"))) + Hash::sha256(clientData);
    const QByteArray signature =
        SigningKey::ecdsaDerToJose(unb64(evidence.value(QStringLiteral("signature"))));
    QVERIFY(SigningKey::verify(unb64(evidence.value(QStringLiteral("credentialPublicKey"))),
                               signedData, signature));

    // The seal: a JWS by a key published at /dvs/jwks, over exactly the evidence.
    const QByteArray seal = str(signedSession, "seal").toLatin1();
    const auto parts = Jws::decode(seal);
    QVERIFY(parts);
    const auto key = publishedKey(str(parts->header, "kid"));
    QVERIFY2(key, "the seal's kid is not in /dvs/jwks");
    const auto verified = Jws::verify(seal, *key);
    QVERIFY(verified);
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        QCOMPARE(verified->payload.value(it.key()), it.value());

    // signing.completed and mandate.signed committed with the decision.
    const QStringList types = events.types();
    QVERIFY(types.contains(QStringLiteral("signing.completed")));
    QVERIFY(types.contains(QStringLiteral("mandate.signed")));

    // The evidence bundle: an attachment with everything needed offline.
    const Response bundle = http().get(
        QStringLiteral("/v1/signing/sessions/%1/evidence").arg(str(s, "id")), m_client.bearer());
    QCOMPARE(bundle.status, 200);
    QVERIFY(bundle.header("content-disposition").startsWith("attachment"));
    const QJsonObject b = bundle.json();
    QCOMPARE(b.value(QStringLiteral("seal")).toString().toLatin1(), seal);
    QVERIFY(!b[QStringLiteral("jwks")][QStringLiteral("keys")].toArray().isEmpty());
    QCOMPARE(b[QStringLiteral("document")][QStringLiteral("sha256")].toString(),
             str(s, "documentSha256"));
}

void TestSigning::tamperedSealDoesNotVerify()
{
    const QJsonObject s = session();
    QCOMPARE(phone().decide(str(s, "consentId")).status, 200);
    const QJsonObject signedSession =
        http()
            .get(QStringLiteral("/v1/signing/sessions/") + str(s, "id"), m_client.bearer())
            .data();
    const QByteArray seal = str(signedSession, "seal").toLatin1();
    const auto parts = Jws::decode(seal);
    QVERIFY(parts);
    QJsonObject payload = parts->payload;
    payload.insert(QStringLiteral("documentSha256"), QString(64, QLatin1Char('0')));
    const QList<QByteArray> pieces = seal.split('.');
    const QByteArray forged =
        pieces[0] + '.' + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) +
        '.' + pieces[2];
    const auto key = publishedKey(str(parts->header, "kid"));
    QVERIFY(key);
    QVERIFY(Jws::verify(seal, *key));
    QVERIFY(!Jws::verify(forged, *key));
}

void TestSigning::assertionOverAnotherHashIsRefused()
{
    const QJsonObject s = session();
    const Response begin = http().post(QStringLiteral("/v1/fido/authenticate/begin"),
                                       {{QStringLiteral("sessionId"), str(s, "consentId")}});
    QCOMPARE(begin.status, 200);
    // A phone (or a man in the middle) signs a challenge that commits to another document.
    QJsonObject options = begin.data();
    const QByteArray otherHash = Hash::sha256("another contract");
    options.insert(QStringLiteral("challenge"),
                   QString::fromLatin1(Base64Url::encode(
                       otherHash + unb64(options.value(QStringLiteral("challenge"))).mid(32))));
    const Response r = http().post(
        QStringLiteral("/v1/fido/authenticate/complete"),
        {{QStringLiteral("authenticationId"), options.value(QStringLiteral("authenticationId"))},
         {QStringLiteral("credential"), phone().assertionFor(options)},
         {QStringLiteral("decision"), QStringLiteral("approve")}});
    QCOMPARE(r.status, 401);
    QVERIFY(r.json()[QStringLiteral("details")][0][QStringLiteral("issue")].toString().contains(
        QStringLiteral("challenge")));
    const Response got =
        http().get(QStringLiteral("/v1/signing/sessions/") + str(s, "id"), m_client.bearer());
    QCOMPARE(str(got.data(), "status"), QStringLiteral("pending"));
    QVERIFY(got.data().value(QStringLiteral("evidence")).isNull());
}

void TestSigning::rejectionIsRecorded()
{
    EventLog events(m_f->server());
    const QJsonObject s = session();
    QCOMPARE(phone().decide(str(s, "consentId"), QStringLiteral("reject")).status, 200);
    const Response got =
        http().get(QStringLiteral("/v1/signing/sessions/") + str(s, "id"), m_client.bearer());
    QCOMPARE(str(got.data(), "status"), QStringLiteral("rejected"));
    QVERIFY(got.data().value(QStringLiteral("seal")).isNull());
    QVERIFY(events.types().contains(QStringLiteral("signing.completed")));
    QVERIFY(!events.types().contains(QStringLiteral("mandate.signed")));
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/signing/sessions/%1/evidence").arg(str(s, "id")),
                      m_client.bearer())
                 .status,
             409);
}

void TestSigning::revokeOnlyWhilePending()
{
    const QJsonObject pending = session();
    const Response revoked =
        http().del(QStringLiteral("/v1/signing/sessions/") + str(pending, "id"), m_client.bearer());
    QCOMPARE(revoked.status, 200);
    QCOMPARE(str(revoked.data(), "status"), QStringLiteral("revoked"));
    const QJsonObject done = session();
    QCOMPARE(phone().decide(str(done, "consentId")).status, 200);
    QCOMPARE(http()
                 .del(QStringLiteral("/v1/signing/sessions/") + str(done, "id"), m_client.bearer())
                 .status,
             409);
}

void TestSigning::refusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("no document") << QJsonObject{{"signer", "+2348033344455"}} << 422
                                 << "documentId";
    QTest::newRow("bad signer") << QJsonObject{{"documentId", "doc_x"}, {"signer", "0803"}} << 422
                                << "signer";
    QTest::newRow("bad intent") << QJsonObject{{"documentId", "doc_x"},
                                               {"signer", "+2348033344455"},
                                               {"intent", "login"}}
                                << 422 << "intent";
    QTest::newRow("expiresIn out of range")
        << QJsonObject{{"documentId", "doc_x"}, {"signer", "+2348033344455"}, {"expiresIn", 5}}
        << 422 << "expiresIn";
    QTest::newRow("unknown document")
        << QJsonObject{{"documentId", "doc_00000000000000000000"}, {"signer", "+2348033344455"}}
        << 404 << "";
}

void TestSigning::refusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Response r = http().post(QStringLiteral("/v1/signing/sessions"), body, m_client.bearer());
    QCOMPARE(r.status, status);
    if (!field.isEmpty())
        QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(), field);
}

void TestSigning::anotherTenantSeesNothing()
{
    const QJsonObject s = session();
    QCOMPARE(
        http().get(QStringLiteral("/v1/signing/sessions/") + str(s, "id"), m_other.bearer()).status,
        404);
    QCOMPARE(
        http().del(QStringLiteral("/v1/signing/sessions/") + str(s, "id"), m_other.bearer()).status,
        404);
    // Nor can it start a session over my document.
    const Response r = http().post(QStringLiteral("/v1/signing/sessions"),
                                   {{QStringLiteral("documentId"), str(s, "documentId")},
                                    {QStringLiteral("signer"), m_signer}},
                                   m_other.bearer());
    QCOMPARE(r.status, 404);
    // An identity scan is no contract: it cannot be signed.
    const Response scan = http().post(
        QStringLiteral("/v1/identity/documents"),
        {{QStringLiteral("content"), QString::fromLatin1(DocumentSamples::png().toBase64())}},
        m_client.bearer());
    QCOMPARE(scan.status, 201);
    const Response mixed =
        http().post(QStringLiteral("/v1/signing/sessions"),
                    {{QStringLiteral("documentId"), str(scan.data(), "documentId")},
                     {QStringLiteral("signer"), m_signer}},
                    m_client.bearer());
    QCOMPARE(mixed.status, 422);
}

void TestSigning::operatorsListSessions()
{
    const QJsonObject s = session({{QStringLiteral("intent"), QStringLiteral("mandate")}});
    QCOMPARE(phone().decide(str(s, "consentId")).status, 200);
    const Response list = http().get(
        QStringLiteral("/admin/v1/signing/sessions?status=signed&clientId=") + m_client.clientId,
        m_f->admin());
    QCOMPARE(list.status, 200);
    const QJsonObject first = list.data()[QStringLiteral("items")][0].toObject();
    QCOMPARE(str(first, "id"), str(s, "id"));
    QCOMPARE(str(first, "clientName"), QStringLiteral("Acme Bank"));
    QVERIFY(list.data()[QStringLiteral("counts")][QStringLiteral("signed")].toInteger() >= 1);
    QCOMPARE(
        http().get(QStringLiteral("/admin/v1/signing/sessions?status=sealed"), m_f->admin()).status,
        422);
    const Response one =
        http().get(QStringLiteral("/admin/v1/signing/sessions/") + str(s, "id"), m_f->admin());
    QCOMPARE(one.status, 200);
    QVERIFY(!str(one.data(), "seal").isEmpty());
}

QTEST_MAIN(TestSigning)
#include "tst_signing.moc"
