// Identity verification of §10 as a tenant and an operator see it: documents uploaded as
// multipart or JSON (sniffed, sealed at rest, MRZ checked digit by digit), verifications with
// their automatic checks, the review queue and its decisions, retention; and what an attacker
// sends: bodies that are not what they claim, broken multipart, oversized uploads, another
// tenant's ids, an auditor deciding.

#include "support/DocumentSamples.h"
#include "support/EventLog.h"
#include "support/ServerFixture.h"

#include "core/Clock.h"

#include <QDir>
#include <QFile>
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

QJsonObject jsonUpload(const QByteArray &bytes, const QString &filename, const QString &mrz = {})
{
    QJsonObject body{{QStringLiteral("content"), QString::fromLatin1(bytes.toBase64())},
                     {QStringLiteral("filename"), filename}};
    if (!mrz.isEmpty())
        body.insert(QStringLiteral("mrz"), mrz);
    return body;
}

// The check of a verification by name.
QJsonObject check(const QJsonObject &verification, const QString &name)
{
    for (const QJsonValue &c : verification.value(QStringLiteral("checks")).toArray()) {
        if (c[QStringLiteral("name")].toString() == name)
            return c.toObject();
    }
    return {};
}

QStringList failedMrzChecks(const QJsonObject &document)
{
    QStringList out;
    for (const QJsonValue &c :
         document[QStringLiteral("mrz")][QStringLiteral("checks")].toArray()) {
        if (!c[QStringLiteral("valid")].toBool())
            out << c[QStringLiteral("name")].toString();
    }
    return out;
}
} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void uploadsAreSniffedNotTrusted_data();
    void uploadsAreSniffedNotTrusted();
    void multipartUpload();
    void refusedUploads_data();
    void refusedUploads();
    void oversizedUploadIs413();
    void documentsAreSealedAtRest();
    void mrzCheckDigitsAreNamed_data();
    void mrzCheckDigitsAreNamed();
    void malformedMrzIsRefused();
    void verificationRunsItsChecks_data();
    void verificationRunsItsChecks();
    void verificationRefusals_data();
    void verificationRefusals();
    void reviewQueueDecides();
    void auditorCannotDecide();
    void anotherTenantSeesNothing();
    void retentionRemovesDocumentsFromDisk();

private:
    Response upload(const QJsonObject &body, const TestClient &client);
    QJsonObject uploaded(const QByteArray &bytes, const QString &filename, const QString &mrz = {});
    QJsonObject startVerification(const QStringList &documentIds, const QJsonObject &extra = {});
    QString auditorToken();

    std::unique_ptr<ServerFixture> m_f;
    TestClient m_client;
    TestClient m_other;
    HttpClient &http() { return m_f->http(); }
};

void TestIdentity::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_client = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    m_other = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Other Bank")}});
}

void TestIdentity::cleanupTestCase()
{
    m_f.reset();
}

Response TestIdentity::upload(const QJsonObject &body, const TestClient &client)
{
    return http().post(QStringLiteral("/v1/identity/documents"), body, client.bearer());
}

QJsonObject TestIdentity::uploaded(const QByteArray &bytes, const QString &filename,
                                   const QString &mrz)
{
    const Response r = upload(jsonUpload(bytes, filename, mrz), m_client);
    if (r.status != 201)
        qWarning() << "upload failed:" << r.status << r.body;
    return r.data();
}

QJsonObject TestIdentity::startVerification(const QStringList &documentIds,
                                            const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("mobile"), QStringLiteral("+2348011122233")},
                     {QStringLiteral("type"), QStringLiteral("passport")},
                     {QStringLiteral("documentIds"), QJsonArray::fromStringList(documentIds)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const Response r = http().post(QStringLiteral("/v1/identity/verify"), body, m_client.bearer());
    if (r.status != 201)
        qWarning() << "verify failed:" << r.status << r.body;
    return r.data();
}

QString TestIdentity::auditorToken()
{
    const QJsonObject op{{QStringLiteral("username"), QStringLiteral("id-auditor")},
                         {QStringLiteral("password"), QStringLiteral("auditor password 1")},
                         {QStringLiteral("role"), QStringLiteral("auditor")}};
    http().post(QStringLiteral("/admin/v1/operators"), op, m_f->admin());
    return http()
        .post(QStringLiteral("/admin/v1/login"),
              {{QStringLiteral("username"), op.value(QStringLiteral("username"))},
               {QStringLiteral("password"), op.value(QStringLiteral("password"))}})
        .data()
        .value(QStringLiteral("token"))
        .toString();
}

void TestIdentity::uploadsAreSniffedNotTrusted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("filename");
    QTest::addColumn<QString>("type");
    QTest::newRow("png") << DocumentSamples::png() << "passport.png"
                         << "image/png";
    QTest::newRow("jpeg") << DocumentSamples::jpeg() << "passport.jpg"
                          << "image/jpeg";
    QTest::newRow("pdf") << DocumentSamples::pdf() << "passport.pdf"
                         << "application/pdf";
    QTest::newRow("png named .pdf") << DocumentSamples::png() << "passport.pdf"
                                    << "image/png";
    QTest::newRow("pdf named .png") << DocumentSamples::pdf() << "scan.png"
                                    << "application/pdf";
}

void TestIdentity::uploadsAreSniffedNotTrusted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, filename);
    QFETCH(QString, type);
    QJsonObject body = jsonUpload(bytes, filename);
    body.insert(QStringLiteral("contentType"), QStringLiteral("text/html")); // never trusted
    const Response r = upload(body, m_client);
    QCOMPARE(r.status, 201);
    const QJsonObject d = r.data();
    QVERIFY(str(d, "documentId").startsWith(QLatin1String("doc_")));
    QCOMPARE(str(d, "contentType"), type);
    QCOMPARE(d.value(QStringLiteral("size")).toInteger(), bytes.size());
    QCOMPARE(
        str(d, "sha256"),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(str(d, "filename"), filename);
    QVERIFY(d.value(QStringLiteral("mrz")).isNull());
}

void TestIdentity::multipartUpload()
{
    const QByteArray bytes = DocumentSamples::png();
    QByteArray type;
    const QByteArray body =
        DocumentSamples::multipart({{"file", "passport.png", "application/pdf", bytes},
                                    {"mrz", {}, {}, DocumentSamples::icaoMrz().toLatin1()}},
                                   &type);
    const Response r = http().send("POST", QStringLiteral("/v1/identity/documents"), body,
                                   m_client.bearer(), type);
    QCOMPARE(r.status, 201);
    QCOMPARE(str(r.data(), "contentType"), QStringLiteral("image/png"));
    QCOMPARE(r.data().value(QStringLiteral("size")).toInteger(), bytes.size());
    const QJsonObject mrz = r.data().value(QStringLiteral("mrz")).toObject();
    QCOMPARE(mrz[QStringLiteral("fields")][QStringLiteral("surname")].toString(),
             QStringLiteral("ERIKSSON"));
    QVERIFY(mrz[QStringLiteral("valid")].toBool());
}

void TestIdentity::refusedUploads_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field"); // details[0].field, or "" when none

    const QByteArray png = DocumentSamples::png();
    QByteArray type;
    QByteArray polyglot = png;
    polyglot.insert(40, "%PDF-1.4\n");
    QTest::newRow("text is no document")
        << QByteArray("application/json")
        << QJsonDocument(jsonUpload("just some words", QStringLiteral("a.pdf"))).toJson() << 422
        << "file";
    QTest::newRow("polyglot png/pdf")
        << QByteArray("application/json")
        << QJsonDocument(jsonUpload(polyglot, QStringLiteral("a.png"))).toJson() << 422 << "file";
    QTest::newRow("truncated png")
        << QByteArray("application/json")
        << QJsonDocument(jsonUpload(png.left(png.size() - 12), QStringLiteral("a.png"))).toJson()
        << 422 << "file";
    QTest::newRow("html named .png")
        << QByteArray("application/json")
        << QJsonDocument(
               jsonUpload("<html><script>alert(1)</script></html>", QStringLiteral("a.png")))
               .toJson()
        << 422 << "file";
    QTest::newRow("content not base64")
        << QByteArray("application/json")
        << QByteArray(R"({"content":"***not base64***","filename":"a.png"})") << 422 << "content";
    QTest::newRow("no content") << QByteArray("application/json")
                                << QByteArray(R"({"filename":"a.png"})") << 422 << "content";
    QTest::newRow("multipart without boundary")
        << QByteArray("multipart/form-data")
        << DocumentSamples::multipart({{"file", "a.png", {}, png}}, &type) << 400 << "";
    const QByteArray whole = DocumentSamples::multipart({{"file", "a.png", {}, png}}, &type);
    QTest::newRow("truncated part") << type << whole.left(whole.size() / 2) << 400 << "";
    QByteArray nestedType;
    const QByteArray inner =
        DocumentSamples::multipart({{"file", "a.png", {}, png}}, &nestedType, "inner-boundary");
    QTest::newRow("nested parts") << type
                                  << DocumentSamples::multipart(
                                         {{"file", "a.png", nestedType, inner}}, &type)
                                  << 400 << "";
    QTest::newRow("no file part") << type
                                  << DocumentSamples::multipart({{"mrz", {}, {}, "P<"}}, &type)
                                  << 422 << "file";
    QTest::newRow("plain text body") << QByteArray("text/plain") << png << 415 << "";
}

void TestIdentity::refusedUploads()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Response r = http().send("POST", QStringLiteral("/v1/identity/documents"), body,
                                   m_client.bearer(), contentType);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("success")).toBool(true), false);
    QVERIFY(!str(r.json(), "message").isEmpty());
    if (!field.isEmpty())
        QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(), field);
}

void TestIdentity::oversizedUploadIs413()
{
    // 10 MiB + 1 of body: refused from Content-Length before anything is read or stored.
    QByteArray type;
    QByteArray big = DocumentSamples::png();
    const QByteArray body = DocumentSamples::multipart({{"file", "big.png", {}, big}}, &type);
    const QByteArray padded = body + QByteArray(10 * 1024 * 1024 + 1 - body.size(), '\n');
    const Response r = http().send("POST", QStringLiteral("/v1/identity/documents"), padded,
                                   m_client.bearer(), type);
    QCOMPARE(r.status, 413);
    QCOMPARE(str(r.json(), "type"), QStringLiteral("payload_too_large"));
}

void TestIdentity::documentsAreSealedAtRest()
{
    const QByteArray bytes = DocumentSamples::png();
    const QJsonObject d = uploaded(bytes, QStringLiteral("sealed.png"));
    const QString id = str(d, "documentId");
    QFile file(m_f->dataDir() + QStringLiteral("/documents/") + id);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY(!onDisk.contains(bytes.left(16)));
    QVERIFY(!onDisk.contains("IHDR"));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // An operator's console reads the bytes back; a tenant's key opens nothing there.
    const Response content =
        http().get(QStringLiteral("/admin/v1/documents/%1/content").arg(id), m_f->admin());
    QCOMPARE(content.status, 200);
    QCOMPARE(content.body, bytes);
    QCOMPARE(content.header("content-type"), QByteArray("image/png"));
    QCOMPARE(http()
                 .get(QStringLiteral("/admin/v1/documents/%1/content").arg(id), m_client.bearer())
                 .status,
             401);
}

void TestIdentity::mrzCheckDigitsAreNamed_data()
{
    QTest::addColumn<int>("position"); // in line 2 (0-based)
    QTest::addColumn<QStringList>("failing");
    QTest::newRow("intact") << -1 << QStringList{};
    QTest::newRow("document number digit") << 9 << QStringList{"documentNumber", "composite"};
    QTest::newRow("birth date digit") << 19 << QStringList{"birthDate", "composite"};
    QTest::newRow("expiry date digit") << 27 << QStringList{"expiryDate", "composite"};
    QTest::newRow("personal number digit") << 42 << QStringList{"personalNumber", "composite"};
    QTest::newRow("composite digit") << 43 << QStringList{"composite"};
    QTest::newRow("document number data") << 2 << QStringList{"documentNumber", "composite"};
}

void TestIdentity::mrzCheckDigitsAreNamed()
{
    QFETCH(int, position);
    QFETCH(QStringList, failing);
    QStringList lines = DocumentSamples::icaoMrz().split(QLatin1Char('\n'));
    if (position >= 0) {
        const QChar c = lines[1][position];
        lines[1][position] = c == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    }
    const QJsonObject d =
        uploaded(DocumentSamples::png(), QStringLiteral("p.png"), lines.join(QLatin1Char('\n')));
    QCOMPARE(failedMrzChecks(d), failing);
    QCOMPARE(d[QStringLiteral("mrz")][QStringLiteral("valid")].toBool(), failing.isEmpty());
    QCOMPARE(d[QStringLiteral("mrz")][QStringLiteral("checks")].toArray().size(), 5);
}

void TestIdentity::malformedMrzIsRefused()
{
    for (const QString &mrz :
         {QStringLiteral("P<UTOERIKSSON"), DocumentSamples::icaoMrz().toLower(),
          DocumentSamples::icaoMrz().replace(QLatin1Char('L'), QChar(0xe9))}) {
        const Response r =
            upload(jsonUpload(DocumentSamples::png(), QStringLiteral("p.png"), mrz), m_client);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
                 QStringLiteral("mrz"));
    }
}

void TestIdentity::verificationRunsItsChecks_data()
{
    QTest::addColumn<QString>("mrz");
    QTest::addColumn<QJsonObject>("name");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QString>("match");
    const QString valid = DocumentSamples::mrzExpiring(QDate::currentDate().addYears(3));
    QTest::newRow("all pass") << valid << QJsonObject{{"name", "Anna Maria Eriksson"}} << "passed"
                              << "passed"
                              << "passed";
    QTest::newRow("surname and given names")
        << valid << QJsonObject{{"surname", "Eriksson"}, {"givenNames", "Anna Maria"}} << "passed"
        << "passed"
        << "passed";
    QTest::newRow("another name") << valid << QJsonObject{{"name", "John Smith"}} << "passed"
                                  << "passed"
                                  << "failed";
    QTest::newRow("icao sample expired in 2012")
        << DocumentSamples::icaoMrz() << QJsonObject{} << "passed"
        << "failed"
        << "skipped";
    QString broken = valid;
    broken[broken.size() - 1] =
        broken.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1');
    QTest::newRow("broken composite")
        << broken << QJsonObject{{"name", "Anna Maria Eriksson"}} << "failed"
        << "passed"
        << "passed";
    QTest::newRow("no mrz") << QString() << QJsonObject{{"name", "Anna Maria Eriksson"}}
                            << "skipped"
                            << "skipped"
                            << "skipped";
}

void TestIdentity::verificationRunsItsChecks()
{
    QFETCH(QString, mrz);
    QFETCH(QJsonObject, name);
    QFETCH(QString, digits);
    QFETCH(QString, expiry);
    QFETCH(QString, match);
    const QJsonObject d = uploaded(DocumentSamples::png(), QStringLiteral("p.png"), mrz);
    const QJsonObject v = startVerification({str(d, "documentId")}, name);
    QVERIFY(str(v, "verificationId").startsWith(QLatin1String("ver_")));
    QCOMPARE(str(v, "status"), QStringLiteral("pending"));
    QCOMPARE(str(check(v, QStringLiteral("mrz.checkDigits")), "status"), digits);
    QCOMPARE(str(check(v, QStringLiteral("document.expiry")), "status"), expiry);
    QCOMPARE(str(check(v, QStringLiteral("name.match")), "status"), match);
    for (const QJsonValue &c : v[QStringLiteral("checks")].toArray())
        QVERIFY(!c[QStringLiteral("detail")].toString().isEmpty());
    // The same, read back.
    const Response again =
        http().get(QStringLiteral("/v1/identity/verifications/") + str(v, "id"), m_client.bearer());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.data()[QStringLiteral("checks")], v[QStringLiteral("checks")]);
}

void TestIdentity::verificationRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("nobody") << QJsonObject{{"documentIds", QJsonArray{"doc_x"}}} << 422 << "mobile";
    QTest::newRow("bad mobile") << QJsonObject{{"mobile", "12345"},
                                               {"documentIds", QJsonArray{"doc_x"}}}
                                << 422 << "mobile";
    QTest::newRow("no documents") << QJsonObject{{"mobile", "+2348011122233"}} << 422
                                  << "documentIds";
    QTest::newRow("bad type") << QJsonObject{{"mobile", "+2348011122233"},
                                             {"type", "selfie"},
                                             {"documentIds", QJsonArray{"doc_x"}}}
                              << 422 << "type";
    QTest::newRow("unknown document")
        << QJsonObject{{"mobile", "+2348011122233"},
                       {"documentIds", QJsonArray{"doc_00000000000000000000"}}}
        << 404 << "";
}

void TestIdentity::verificationRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Response r = http().post(QStringLiteral("/v1/identity/verify"), body, m_client.bearer());
    QCOMPARE(r.status, status);
    if (!field.isEmpty())
        QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(), field);
}

void TestIdentity::reviewQueueDecides()
{
    EventLog events(m_f->server());
    const QJsonObject d = uploaded(DocumentSamples::png(), QStringLiteral("queue.png"),
                                   DocumentSamples::mrzExpiring(QDate::currentDate().addYears(2)));
    const QString id =
        str(startVerification({str(d, "documentId")},
                              {{QStringLiteral("name"), QStringLiteral("Anna Maria Eriksson")}}),
            "id");
    QVERIFY(events.types().contains(QStringLiteral("verification.created")));

    const Response queue =
        http().get(QStringLiteral("/admin/v1/identity/reviews?status=pending"), m_f->admin());
    QCOMPARE(queue.status, 200);
    QCOMPARE(str(queue.data()[QStringLiteral("items")][0].toObject(), "id"), id);
    QCOMPARE(str(queue.data()[QStringLiteral("items")][0].toObject(), "clientName"),
             QStringLiteral("Acme Bank"));
    const qint64 pendingBefore =
        queue.data()[QStringLiteral("counts")][QStringLiteral("pending")].toInteger();
    QVERIFY(pendingBefore >= 1);

    const Response detail =
        http().get(QStringLiteral("/admin/v1/identity/reviews/") + id, m_f->admin());
    QCOMPARE(detail.status, 200);
    const QJsonArray documents = detail.data()[QStringLiteral("documents")].toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(str(documents[0].toObject(), "sha256"), str(d, "sha256"));

    const QString decide = QStringLiteral("/admin/v1/identity/reviews/%1/decide").arg(id);
    Response r = http().post(decide, {{QStringLiteral("decision"), QStringLiteral("rejected")}},
                             m_f->admin());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
             QStringLiteral("note"));
    r = http().post(decide, {{QStringLiteral("decision"), QStringLiteral("maybe")}}, m_f->admin());
    QCOMPARE(r.status, 422);
    r = http().post(decide,
                    {{QStringLiteral("decision"), QStringLiteral("verified")},
                     {QStringLiteral("note"), QStringLiteral("Photo matches the holder")}},
                    m_f->admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(str(r.data(), "status"), QStringLiteral("verified"));
    QCOMPARE(str(r.data(), "note"), QStringLiteral("Photo matches the holder"));
    QVERIFY(!str(r.data(), "decidedBy").isEmpty());
    QVERIFY(!str(r.data(), "decidedAt").isEmpty());
    QVERIFY(events.types().contains(QStringLiteral("verification.completed")));

    // Decided once: a second decision is a conflict and changes nothing.
    r = http().post(decide,
                    {{QStringLiteral("decision"), QStringLiteral("rejected")},
                     {QStringLiteral("note"), QStringLiteral("second thoughts")}},
                    m_f->admin());
    QCOMPARE(r.status, 409);
    const Response seen =
        http().get(QStringLiteral("/v1/identity/verifications/") + id, m_client.bearer());
    QCOMPARE(str(seen.data(), "status"), QStringLiteral("verified"));
    const Response after =
        http().get(QStringLiteral("/admin/v1/identity/reviews?status=pending"), m_f->admin());
    QCOMPARE(after.data()[QStringLiteral("counts")][QStringLiteral("pending")].toInteger(),
             pendingBefore - 1);

    // Every attempt is audited with its outcome; one of them decided.
    const Response audit =
        http().get(QStringLiteral("/admin/v1/audit?action=identity.review.decide&resource=") + id,
                   m_f->admin());
    QList<int> outcomes;
    for (const QJsonValue &row : audit.data()[QStringLiteral("items")].toArray())
        outcomes.prepend(row[QStringLiteral("outcome")].toInt());
    QCOMPARE(outcomes, (QList<int>{422, 422, 200, 409}));
}

void TestIdentity::auditorCannotDecide()
{
    const QJsonObject d = uploaded(DocumentSamples::png(), QStringLiteral("a.png"));
    const QString id = str(startVerification({str(d, "documentId")}), "id");
    const Headers auditor{{"Authorization", "Bearer " + auditorToken().toLatin1()}};
    QCOMPARE(http().get(QStringLiteral("/admin/v1/identity/reviews/") + id, auditor).status, 200);
    QCOMPARE(http()
                 .post(QStringLiteral("/admin/v1/identity/reviews/%1/decide").arg(id),
                       {{QStringLiteral("decision"), QStringLiteral("verified")}}, auditor)
                 .status,
             403);
    QCOMPARE(http()
                 .get(QStringLiteral("/admin/v1/documents/%1/content").arg(str(d, "documentId")),
                      auditor)
                 .status,
             403);
}

void TestIdentity::anotherTenantSeesNothing()
{
    const QJsonObject d = uploaded(DocumentSamples::png(), QStringLiteral("mine.png"));
    const QString verification = str(startVerification({str(d, "documentId")}), "id");
    // Another tenant cannot verify with my document, nor read my verification: both 404.
    const Response r =
        http().post(QStringLiteral("/v1/identity/verify"),
                    {{QStringLiteral("mobile"), QStringLiteral("+2348011122233")},
                     {QStringLiteral("documentIds"), QJsonArray{str(d, "documentId")}}},
                    m_other.bearer());
    QCOMPARE(r.status, 404);
    QCOMPARE(
        http()
            .get(QStringLiteral("/v1/identity/verifications/") + verification, m_other.bearer())
            .status,
        404);
}

void TestIdentity::retentionRemovesDocumentsFromDisk()
{
    const QJsonObject d = uploaded(DocumentSamples::png(), QStringLiteral("old.png"));
    const QString id = str(d, "documentId");
    const QString path = m_f->dataDir() + QStringLiteral("/documents/") + id;
    QVERIFY(QFile::exists(path));
    {
        ManualClock clock;
        clock.advance(std::chrono::hours(24 * 3));
        const Response set =
            http().put(QStringLiteral("/admin/v1/settings"),
                       {{QStringLiteral("documentRetentionDays"), 2}}, m_f->admin());
        QCOMPARE(set.status, 200);
        QCOMPARE(set.data()[QStringLiteral("documentRetentionDays")].toInt(), 2);
    }
    QVERIFY(!QFile::exists(path));
    const Response content =
        http().get(QStringLiteral("/admin/v1/documents/%1/content").arg(id), m_f->admin());
    QCOMPARE(content.status, 409);
    // A verification cannot use it any more.
    const Response r = http().post(QStringLiteral("/v1/identity/verify"),
                                   {{QStringLiteral("mobile"), QStringLiteral("+2348011122233")},
                                    {QStringLiteral("documentIds"), QJsonArray{id}}},
                                   m_client.bearer());
    QCOMPARE(r.status, 422);
    http().put(QStringLiteral("/admin/v1/settings"),
               {{QStringLiteral("documentRetentionDays"), 90}}, m_f->admin());
}

QTEST_MAIN(TestIdentity)
#include "tst_identity.moc"
