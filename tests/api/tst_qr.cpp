// QR codes of §7 and the consent QR / approver page of §2, over HTTP on a real server. The
// class runs on a ManualClock: time moves only when a test moves it.
#include "core/Clock.h"
#include "core/Time.h"
#include "services/ConsentService.h"
#include "services/QrService.h"
#include "support/ServerFixture.h"
#include "support/StockTools.h"

#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mid;
using namespace mid::test;

namespace {
// What a stock decoder reads from a PNG or SVG answer.
QString decode(const Response &r, QString *error)
{
    return decodeQr(r.body, r.header("Content-Type").startsWith("image/svg+xml"), error);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList detailFields(const Response &r)
{
    QStringList fields;
    for (const QJsonValue &d : r.json().value(QStringLiteral("details")).toArray())
        fields << d.toObject().value(QStringLiteral("field")).toString();
    return fields;
}

// The path of an absolute URL on the fixture's server.
QString pathOf(const QString &url)
{
    const QUrl u(url);
    return u.path() + (u.hasQuery() ? QLatin1Char('?') + u.query() : QString());
}
} // namespace

class TestQr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void consentImageDecodes_data();
    void consentImageDecodes();
    void consentImageDeepLink();
    void consentImageBadType();
    void consentImageUnknown();
    void consentImageBadQuery_data();
    void consentImageBadQuery();

    void generateWithData_data();
    void generateWithData();
    void generateWithSession();
    void generateOtherTenantsSession();
    void generateForDecidedSession();
    void getScopedToTenant();
    void credentialsAndScope();
    void validation_data();
    void validation();
    void wrongTypes();

    void imageOverrides();
    void imageUnknown();
    void expired();

    void approvePageMarksScanned();
    void approvePageEscapes();
    void approvePageErrors();
    void pageStyleSheet();
    void approveSessionJson();

private:
    ManualClock m_clock; // before the server, which must stop before the clock goes
    std::unique_ptr<ServerFixture> m_f;
    TestClient m_client;
    TestClient m_other;

    QJsonObject generate(const QJsonObject &body, const TestClient &client)
    {
        return m_f->http().post(QStringLiteral("/v1/qr/generate"), body, client.bearer()).data();
    }
};

void TestQr::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    m_client = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Acme Bank")}});
    m_other = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Other Co")}});
    QVERIFY(!m_client.apiKey.isEmpty());
    QVERIFY(!m_other.apiKey.isEmpty());
}

void TestQr::cleanupTestCase()
{
    m_f.reset();
}

void TestQr::consentImageDecodes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("size");
    QTest::newRow("auth png default") << "auth"
                                      << "" << QByteArray("image/png") << 300;
    QTest::newRow("auth png 512 H")
        << "auth"
        << "?format=png&size=512&ecLevel=H" << QByteArray("image/png") << 512;
    QTest::newRow("auth svg") << "auth"
                              << "?format=svg" << QByteArray("image/svg+xml") << 300;
    QTest::newRow("sign svg L") << "sign"
                                << "?format=svg&ecLevel=L&size=200" << QByteArray("image/svg+xml")
                                << 200;
    QTest::newRow("enroll png") << "enroll"
                                << "?format=png" << QByteArray("image/png") << 300;
}

void TestQr::consentImageDecodes()
{
    QFETCH(QString, type);
    QFETCH(QString, query);
    QFETCH(QByteArray, contentType);
    QFETCH(int, size);
    const QJsonObject consent = m_f->createConsent(m_client);
    const QString id = str(consent, "id");
    QVERIFY(!id.isEmpty());

    // No credentials: the consent id is the capability.
    const Response r =
        m_f->http().get(QStringLiteral("/v1/consents/qr/%1/%2%3").arg(type, id, query));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), contentType);
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    if (contentType == "image/png")
        QCOMPARE(QImage::fromData(r.body, "PNG").size(), QSize(size, size));
    else
        QVERIFY(r.body.contains("width=\"" + QByteArray::number(size) + '"'));
    QString error;
    const QString decoded = decode(r, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, str(consent, "approvalUrl"));
}

void TestQr::consentImageDeepLink()
{
    const TestClient deep =
        m_f->createClient({{QStringLiteral("qrPayload"), QStringLiteral("deeplink")}});
    const QJsonObject consent = m_f->createConsent(deep);
    const QString deepLink = str(consent, "deepLink");
    QVERIFY(deepLink.startsWith(QStringLiteral("mobid://auth?session=cons_")));
    for (const char *format : {"png", "svg"}) {
        const Response r = m_f->http().get(QStringLiteral("/v1/consents/qr/auth/%1?format=%2")
                                               .arg(str(consent, "id"), QLatin1String(format)));
        QCOMPARE(r.status, 200);
        QString error;
        const QString decoded = decode(r, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(decoded, deepLink);
    }
}

void TestQr::consentImageBadType()
{
    const QJsonObject consent = m_f->createConsent(m_client);
    const Response r =
        m_f->http().get(QStringLiteral("/v1/consents/qr/custom/") + str(consent, "id"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TestQr::consentImageUnknown()
{
    for (const char *id : {"cons_doesnotexist0123456789", "nonsense"}) {
        const Response r =
            m_f->http().get(QStringLiteral("/v1/consents/qr/auth/") + QLatin1String(id));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
    }
}

void TestQr::consentImageBadQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("format") << "format=gif"
                            << "format";
    QTest::newRow("size small") << "size=63"
                                << "size";
    QTest::newRow("size large") << "size=2049"
                                << "size";
    QTest::newRow("size text") << "size=big"
                               << "size";
    QTest::newRow("ecLevel") << "ecLevel=Z"
                             << "ecLevel";
}

void TestQr::consentImageBadQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const QJsonObject consent = m_f->createConsent(m_client);
    const Response r = m_f->http().get(
        QStringLiteral("/v1/consents/qr/auth/%1?%2").arg(str(consent, "id"), query));
    QCOMPARE(r.status, 422);
    QCOMPARE(detailFields(r), QStringList{field});
}

void TestQr::generateWithData_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("ecLevel");
    const QString url =
        QStringLiteral("https://shop.example.com/pay?order=A-1&amount=10.50&note=caf%C3%A9");
    QTest::newRow("defaults") << QJsonObject{{"type", "custom"}, {"data", url}} << "png" << 300
                              << "M";
    QTest::newRow("svg 400 H") << QJsonObject{{"type", "custom"}, {"data", url},
                                              {"format", "svg"},  {"size", 400},
                                              {"ecLevel", "H"},   {"expiresIn", 600}}
                               << "svg" << 400 << "H";
    QTest::newRow("auth data png L") << QJsonObject{{"type", "auth"},
                                                    {"data", QStringLiteral("Grüße ✓")},
                                                    {"ecLevel", "L"},
                                                    {"size", 128}}
                                     << "png" << 128 << "L";
}

void TestQr::generateWithData()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, format);
    QFETCH(int, size);
    QFETCH(QString, ecLevel);
    const Response created =
        m_f->http().post(QStringLiteral("/v1/qr/generate"), body, m_client.bearer());
    QCOMPARE(created.status, 200);
    const QJsonObject d = created.data();
    const QString id = str(d, "qrId");
    QVERIFY(id.startsWith(QStringLiteral("qr_")));
    QCOMPARE(str(d, "id"), id);
    QCOMPARE(str(d, "type"), body.value(QStringLiteral("type")).toString());
    QCOMPARE(str(d, "content"), body.value(QStringLiteral("data")).toString());
    QCOMPARE(str(d, "status"), QStringLiteral("active"));
    QCOMPARE(d.value(QStringLiteral("scanCount")).toInt(-1), 0);
    QCOMPARE(str(d, "format"), format);
    QCOMPARE(d.value(QStringLiteral("size")).toInt(), size);
    QCOMPARE(str(d, "ecLevel"), ecLevel);
    QVERIFY(!d.contains(QStringLiteral("sessionId")));
    QCOMPARE(str(d, "imageUrl"),
             m_f->server().publicUrl() + QStringLiteral("/v1/qr/") + id + QStringLiteral("/image"));
    const qint64 expiresIn = body.value(QStringLiteral("expiresIn")).toInt(300);
    const qint64 lifetime =
        Time::parseRfc3339(str(d, "createdAt")).secsTo(Time::parseRfc3339(str(d, "expiresAt")));
    QVERIFY2(qAbs(lifetime - expiresIn) <= 1, qPrintable(QString::number(lifetime)));

    const Response image = m_f->http().get(pathOf(str(d, "imageUrl")));
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("Content-Type"), format == QLatin1String("svg")
                                               ? QByteArray("image/svg+xml")
                                               : QByteArray("image/png"));
    if (format == QLatin1String("png"))
        QCOMPARE(QImage::fromData(image.body, "PNG").size(), QSize(size, size));
    QString error;
    const QString decoded = decode(image, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, str(d, "content"));
}

void TestQr::generateWithSession()
{
    const QJsonObject consent = m_f->createConsent(m_client, {{QStringLiteral("expiresIn"), 120}});
    const QJsonObject d = generate(
        {{"type", "auth"}, {"sessionId", str(consent, "id")}, {"format", "svg"}}, m_client);
    QVERIFY(str(d, "qrId").startsWith(QStringLiteral("qr_")));
    QCOMPARE(str(d, "sessionId"), str(consent, "id"));
    QCOMPARE(str(d, "content"), str(consent, "approvalUrl"));
    QCOMPARE(str(d, "expiresAt"), str(consent, "expiresAt"));
    QCOMPARE(str(d, "status"), QStringLiteral("active"));

    const Response image = m_f->http().get(pathOf(str(d, "imageUrl")));
    QCOMPARE(image.status, 200);
    QString error;
    const QString decoded = decode(image, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, str(consent, "approvalUrl"));
}

void TestQr::generateOtherTenantsSession()
{
    const QJsonObject consent = m_f->createConsent(m_other);
    for (const char *id : {"", "cons_doesnotexist0123456789"}) {
        const QString sessionId = *id ? QString::fromLatin1(id) : str(consent, "id");
        const Response r =
            m_f->http().post(QStringLiteral("/v1/qr/generate"),
                             {{"type", "auth"}, {"sessionId", sessionId}}, m_client.bearer());
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
    }
}

void TestQr::generateForDecidedSession()
{
    const QJsonObject consent = m_f->createConsent(m_client);
    QCOMPARE(m_f->http()
                 .del(QStringLiteral("/v1/consents/") + str(consent, "id"), m_client.bearer())
                 .status,
             200);
    const Response r =
        m_f->http().post(QStringLiteral("/v1/qr/generate"),
                         {{"type", "auth"}, {"sessionId", str(consent, "id")}}, m_client.bearer());
    QCOMPARE(r.status, 409);
}

void TestQr::getScopedToTenant()
{
    const QJsonObject d = generate({{"type", "custom"}, {"data", "hello"}}, m_client);
    const QString path = QStringLiteral("/v1/qr/") + str(d, "qrId");
    const Response mine = m_f->http().get(path, m_client.mobidKey());
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.data(), d);

    const Response theirs = m_f->http().get(path, m_other.bearer());
    QCOMPARE(theirs.status, 404);
    QCOMPARE(theirs.json().value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
    QCOMPARE(m_f->http()
                 .get(QStringLiteral("/v1/qr/qr_doesnotexist0123456789"), m_client.bearer())
                 .status,
             404);
}

void TestQr::credentialsAndScope()
{
    const QJsonObject body{{"type", "custom"}, {"data", "x"}};
    QCOMPARE(m_f->http().post(QStringLiteral("/v1/qr/generate"), body).status, 401);
    const TestClient noQr = m_f->createClient({{QStringLiteral("scopes"), QJsonArray{"consents"}}});
    QVERIFY(!noQr.apiKey.isEmpty());
    const Response r = m_f->http().post(QStringLiteral("/v1/qr/generate"), body, noQr.bearer());
    QCOMPARE(r.status, 403);
    const QJsonObject d = generate(body, m_client);
    QCOMPARE(m_f->http().get(QStringLiteral("/v1/qr/") + str(d, "qrId")).status, 401);
}

void TestQr::validation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("fields");
    const QString big(2049, QLatin1Char('a'));
    QTest::newRow("no type") << QJsonObject{{"data", "x"}} << QStringList{"type"};
    QTest::newRow("bad type") << QJsonObject{{"type", "login"}, {"data", "x"}}
                              << QStringList{"type"};
    QTest::newRow("nothing to encode") << QJsonObject{{"type", "custom"}} << QStringList{"data"};
    QTest::newRow("both") << QJsonObject{{"type", "auth"}, {"data", "x"}, {"sessionId", "cons_x"}}
                          << QStringList{"data"};
    QTest::newRow("custom session")
        << QJsonObject{{"type", "custom"}, {"sessionId", "cons_x"}} << QStringList{"type"};
    QTest::newRow("empty data") << QJsonObject{{"type", "custom"}, {"data", ""}}
                                << QStringList{"data"};
    QTest::newRow("data too long")
        << QJsonObject{{"type", "custom"}, {"data", big}} << QStringList{"data"};
    QTest::newRow("size 63") << QJsonObject{{"type", "custom"}, {"data", "x"}, {"size", 63}}
                             << QStringList{"size"};
    QTest::newRow("size 2049") << QJsonObject{{"type", "custom"}, {"data", "x"}, {"size", 2049}}
                               << QStringList{"size"};
    QTest::newRow("ecLevel") << QJsonObject{{"type", "custom"}, {"data", "x"}, {"ecLevel", "X"}}
                             << QStringList{"ecLevel"};
    QTest::newRow("format") << QJsonObject{{"type", "custom"}, {"data", "x"}, {"format", "gif"}}
                            << QStringList{"format"};
    QTest::newRow("expiresIn 29") << QJsonObject{{"type", "custom"},
                                                 {"data", "x"},
                                                 {"expiresIn", 29}}
                                  << QStringList{"expiresIn"};
    QTest::newRow("expiresIn 86401")
        << QJsonObject{{"type", "custom"}, {"data", "x"}, {"expiresIn", 86401}}
        << QStringList{"expiresIn"};
    QTest::newRow("all at once") << QJsonObject{{"type", "nope"},
                                                {"size", 1},
                                                {"format", "bmp"},
                                                {"ecLevel", "Z"}}
                                 << QStringList{"type", "data", "format", "size", "ecLevel"};
    // 2048 characters fit the limit but not a QR code at level H (1273 bytes at most).
    QTest::newRow("too long for H") << QJsonObject{{"type", "custom"},
                                                   {"data", QString(2048, QLatin1Char('a'))},
                                                   {"ecLevel", "H"}}
                                    << QStringList{"data"};
    QTest::newRow("too big for size")
        << QJsonObject{{"type", "custom"}, {"data", QString(1200, QLatin1Char('a'))}, {"size", 64}}
        << QStringList{"size"};
}

void TestQr::validation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, fields);
    const Response r = m_f->http().post(QStringLiteral("/v1/qr/generate"), body, m_client.bearer());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("validation_error"));
    QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
    QStringList got = detailFields(r);
    got.sort();
    fields.sort();
    QCOMPARE(got, fields);
}

void TestQr::wrongTypes()
{
    const Response r =
        m_f->http().post(QStringLiteral("/v1/qr/generate"),
                         {{"type", "custom"}, {"data", 5}, {"size", "big"}}, m_client.bearer());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("bad_request"));
}

void TestQr::imageOverrides()
{
    const QJsonObject d = generate(
        {{"type", "custom"}, {"data", "https://example.com/?q=1"}, {"format", "svg"}}, m_client);
    const QString path = QStringLiteral("/v1/qr/") + str(d, "qrId") + QStringLiteral("/image");
    const Response stored = m_f->http().get(path);
    QCOMPARE(stored.header("Content-Type"), QByteArray("image/svg+xml"));
    const Response png = m_f->http().get(path + QStringLiteral("?format=png&size=512&ecLevel=Q"));
    QCOMPARE(png.status, 200);
    QCOMPARE(png.header("Content-Type"), QByteArray("image/png"));
    QCOMPARE(QImage::fromData(png.body, "PNG").size(), QSize(512, 512));
    QString error;
    const QString decoded = decode(png, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, QStringLiteral("https://example.com/?q=1"));
    QCOMPARE(m_f->http().get(path + QStringLiteral("?size=10")).status, 422);
}

void TestQr::imageUnknown()
{
    const Response r = m_f->http().get(QStringLiteral("/v1/qr/qr_doesnotexist0123456789/image"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
}

void TestQr::expired()
{
    const QJsonObject d =
        generate({{"type", "custom"}, {"data", "soon gone"}, {"expiresIn", 30}}, m_client);
    const QString id = str(d, "qrId");
    m_clock.advance(std::chrono::seconds(29));
    QCOMPARE(
        str(m_f->http().get(QStringLiteral("/v1/qr/") + id, m_client.bearer()).data(), "status"),
        QStringLiteral("active"));
    m_clock.advance(std::chrono::seconds(1));
    const Response r = m_f->http().get(QStringLiteral("/v1/qr/") + id, m_client.bearer());
    QCOMPARE(r.status, 200);
    QCOMPARE(str(r.data(), "status"), QStringLiteral("expired"));
    const Response image =
        m_f->http().get(QStringLiteral("/v1/qr/") + id + QStringLiteral("/image"));
    QCOMPARE(image.status, 409);
    QCOMPARE(image.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("QR code expired"));

    // The service agrees with what the API says.
    const auto qr = m_f->server().qr().find(id);
    QVERIFY(qr);
    QCOMPARE(qr->status(Time::nowMs()), QStringLiteral("expired"));
}

void TestQr::approvePageMarksScanned()
{
    const QJsonObject consent = m_f->createConsent(
        m_client, {{QStringLiteral("intent"), QStringLiteral("transaction")},
                   {QStringLiteral("scope"), QJsonArray{"payments:write", "profile"}}});
    const QString sessionId = str(consent, "id");
    const QJsonObject a = generate({{"type", "auth"}, {"sessionId", sessionId}}, m_client);
    const QJsonObject b =
        generate({{"type", "sign"}, {"sessionId", sessionId}, {"format", "svg"}}, m_client);
    const QJsonObject unrelated = generate({{"type", "custom"}, {"data", "x"}}, m_client);

    // A HEAD (link preview, crawler) is not a scan.
    QCOMPARE(m_f->http().send("HEAD", pathOf(str(consent, "approvalUrl"))).status, 200);
    const QJsonObject unscanned =
        m_f->http().get(QStringLiteral("/v1/qr/") + str(a, "qrId"), m_client.bearer()).data();
    QCOMPARE(unscanned.value(QStringLiteral("scanCount")).toInt(), 0);

    const Response page = m_f->http().get(pathOf(str(consent, "approvalUrl")));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("Acme Bank")));
    QVERIFY(html.contains(QStringLiteral("Approve a transaction")));
    QVERIFY(html.contains(QStringLiteral("<li>payments:write</li>")));
    QVERIFY(html.contains(QStringLiteral("+•••••••••5678")));
    QVERIFY(!html.contains(QStringLiteral("2348012345678")));
    QVERIFY(html.contains(
        QStringLiteral("Open this request in the MID app on the phone registered to this number "
                       "to approve or reject it.")));
    QVERIFY(!html.contains(QStringLiteral("{{")));

    for (const QJsonObject &qr : {a, b}) {
        const QJsonObject d =
            m_f->http().get(QStringLiteral("/v1/qr/") + str(qr, "qrId"), m_client.bearer()).data();
        QCOMPARE(str(d, "status"), QStringLiteral("scanned"));
        QCOMPARE(d.value(QStringLiteral("scanCount")).toInt(), 1);
        QVERIFY(!str(d, "scannedAt").isEmpty());
    }
    const QJsonObject other =
        m_f->http()
            .get(QStringLiteral("/v1/qr/") + str(unrelated, "qrId"), m_client.bearer())
            .data();
    QCOMPARE(str(other, "status"), QStringLiteral("active"));
    const QJsonObject c =
        m_f->http().get(QStringLiteral("/v1/consents/") + sessionId, m_client.bearer()).data();
    QVERIFY(!str(c, "scannedAt").isEmpty());

    // A second visit counts again; the first scan's time stays.
    QCOMPARE(m_f->http().get(pathOf(str(consent, "approvalUrl"))).status, 200);
    const QJsonObject again =
        m_f->http().get(QStringLiteral("/v1/qr/") + str(a, "qrId"), m_client.bearer()).data();
    QCOMPARE(again.value(QStringLiteral("scanCount")).toInt(), 2);
}

void TestQr::approvePageEscapes()
{
    const TestClient evil = m_f->createClient(
        {{QStringLiteral("name"), QStringLiteral("<script>alert(1)</script>&'\"{{nonce}}")}});
    QVERIFY(!evil.apiKey.isEmpty());
    const QJsonObject consent = m_f->createConsent(
        evil, {{QStringLiteral("scope"), QJsonArray{"<img src=x onerror=alert(1)>"}}});
    const Response page = m_f->http().get(pathOf(str(consent, "approvalUrl")));
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(!html.contains(QStringLiteral("<script>alert")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(
        QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;&quot;{{nonce}}")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
}

void TestQr::approvePageErrors()
{
    const Response unknown =
        m_f->http().get(QStringLiteral("/approve/cons_doesnotexist0123456789"));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.header("Content-Type").startsWith("text/html"));
    QVERIFY(unknown.body.contains("Request not found"));

    const QJsonObject consent = m_f->createConsent(m_client);
    const QString id = str(consent, "id");
    const QJsonObject qr = generate({{"type", "auth"}, {"sessionId", id}}, m_client);
    m_clock.setMs(m_f->server().consents().find(id)->expiresAt);
    const Response expired = m_f->http().get(pathOf(str(consent, "approvalUrl")));
    QCOMPARE(expired.status, 410);
    QVERIFY(expired.header("Content-Type").startsWith("text/html"));
    QVERIFY(expired.body.contains("Request expired"));
    // An expired request's page does not count as a scan.
    const QJsonObject d =
        m_f->http().get(QStringLiteral("/v1/qr/") + str(qr, "qrId"), m_client.bearer()).data();
    QCOMPARE(d.value(QStringLiteral("scanCount")).toInt(), 0);

    const QJsonObject revoked = m_f->createConsent(m_client);
    QCOMPARE(m_f->http()
                 .del(QStringLiteral("/v1/consents/") + str(revoked, "id"), m_client.bearer())
                 .status,
             200);
    const Response withdrawn = m_f->http().get(pathOf(str(revoked, "approvalUrl")));
    QCOMPARE(withdrawn.status, 410);
    QVERIFY(withdrawn.body.contains("Request withdrawn"));
}

void TestQr::pageStyleSheet()
{
    // The style sheet the device pages share: CSS, the same for every page.
    const Response css = m_f->http().get(QStringLiteral("/approve/assets/page.css"));
    QCOMPARE(css.status, 200);
    QCOMPARE(css.header("Content-Type"), QByteArray("text/css; charset=utf-8"));
    QVERIFY(css.body.contains("--accent:"));

    // The approver page and its error page link it with their own CSP nonce.
    const QJsonObject consent = m_f->createConsent(m_client);
    for (const QString &path : {pathOf(str(consent, "approvalUrl")),
                                QStringLiteral("/approve/cons_doesnotexist0123456789")}) {
        const Response page = m_f->http().get(path);
        const QByteArray csp = page.header("Content-Security-Policy");
        const qsizetype from = csp.indexOf("style-src 'nonce-") + 17;
        QVERIFY2(from > 17, csp.constData());
        const QByteArray nonce = csp.mid(from, csp.indexOf('\'', from) - from);
        QVERIFY2(
            page.body.contains(R"(<link rel="stylesheet" href="/approve/assets/page.css" nonce=")" +
                               nonce + R"(">)"),
            qPrintable(path));
    }
}

void TestQr::approveSessionJson()
{
    const QJsonObject consent = m_f->createConsent(
        m_client, {{QStringLiteral("metadata"), QJsonObject{{"secret", "do not show"}}},
                   {QStringLiteral("callbackUrl"), QStringLiteral("https://acme.example.com/cb")}});
    const Response r =
        m_f->http().get(pathOf(str(consent, "approvalUrl")) + QStringLiteral("/session.json"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(str(o, "status"), QStringLiteral("pending"));
    QCOMPARE(str(o, "clientName"), QStringLiteral("Acme Bank"));
    QCOMPARE(str(o, "recipient"), QStringLiteral("+•••••••••5678"));
    QCOMPARE(str(o, "expiresAt"), str(consent, "expiresAt"));
    QVERIFY(!r.body.contains("do not show"));
    QVERIFY(!r.body.contains("acme.example.com"));
    // Reading the JSON is not a scan.
    const QJsonObject c =
        m_f->http()
            .get(QStringLiteral("/v1/consents/") + str(consent, "id"), m_client.bearer())
            .data();
    QVERIFY(!c.contains(QStringLiteral("scannedAt")));
    QCOMPARE(
        m_f->http().get(QStringLiteral("/approve/cons_doesnotexist0123456789/session.json")).status,
        404);
}

QTEST_GUILESS_MAIN(TestQr)
#include "tst_qr.moc"
