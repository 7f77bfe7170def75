// Consent sessions of §2: every alias, both seed spellings, absolute links, list filters and
// cursor paging, tenant isolation, the state machine over HTTP, revocation, and expiry that
// happens on time without any request arriving. The class runs on a ManualClock: time moves
// only when a test moves it, so expiry is tested to the millisecond without waiting.
#include "support/ServerFixture.h"

#include "core/Clock.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "events/EventBus.h"
#include "services/ConsentService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace mid::test;

namespace {
const QString kRecipient = QStringLiteral("+2348012345678");
const QString kOtherRecipient = QStringLiteral("+14155550123");

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

qint64 msOf(const QJsonValue &rfc3339)
{
    return mid::Time::parseRfc3339(rfc3339.toString()).toMSecsSinceEpoch();
}

QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// A domain event as a test sees it: its type, the consent it is about, and when (by the
// server's clock) it arrived.
struct SeenEvent
{
    QString type;
    QString id;
    QString status;
    qint64 arrivedMs;
};

using namespace std::chrono_literals;
} // namespace

class TestConsents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void create_data();
    void create();
    void createFields_data();
    void createFields();
    void getAliases_data();
    void getAliases();
    void updateAliases_data();
    void updateAliases();
    void updateRules_data();
    void updateRules();
    void revokeAliases_data();
    void revokeAliases();
    void revokeApproved();
    void listFilters_data();
    void listFilters();
    void listPagination();
    void listPagingStableUnderInserts();
    void listBadParameters_data();
    void listBadParameters();
    void otherTenant_data();
    void otherTenant();
    void unknownId_data();
    void unknownId();
    void terminalStates_data();
    void terminalStates();
    void expiresWithoutRequests();
    void expiresExactlyAtExpiresAt_data();
    void expiresExactlyAtExpiresAt();
    void expiryOutlivesDatabaseFailure();
    void expiredWhileDown();
    void decideAfterExpiry();
    void answeredOnlyOnceDurable();

private:
    QJsonObject newConsent(const QJsonObject &fields = {}, const TestClient *who = nullptr);
    void approve(const QString &id);
    qint64 expiresAtOf(const QString &id);
    QList<SeenEvent> expiredEventsFor(const QString &id) const;
    mid::ManualClock m_clock; // before the server, which must stop before the clock goes
    std::unique_ptr<ServerFixture> m_f;
    TestClient m_client;
    TestClient m_other;
    QList<SeenEvent> m_events;
    HttpClient &http() { return m_f->http(); }
};

// One server for the class; every test (and data row) gets two fresh tenants, so what it
// lists and counts is its own.
void TestConsents::initTestCase()
{
    m_f = std::make_unique<ServerFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    connect(&m_f->server().events(), &mid::EventBus::published, this,
            [this](const mid::DomainEvent &e) {
                m_events.append({e.type, e.data.value(QStringLiteral("id")).toString(),
                                 e.data.value(QStringLiteral("status")).toString(),
                                 mid::Time::nowMs()});
            });
}

void TestConsents::cleanupTestCase()
{
    m_f.reset();
}

void TestConsents::init()
{
    m_client = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Tenant")}});
    m_other = m_f->createClient({{QStringLiteral("name"), QStringLiteral("Other tenant")}});
    QVERIFY(!m_client.apiKey.isEmpty() && !m_other.apiKey.isEmpty());
    m_events.clear();
}

QJsonObject TestConsents::newConsent(const QJsonObject &fields, const TestClient *who)
{
    QJsonObject body{{QStringLiteral("recipient"), kRecipient}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    const Response r =
        http().post(QStringLiteral("/v1/consents/auth"), body, (who ? *who : m_client).bearer());
    if (r.status != 200)
        qWarning() << "create failed" << r.status << r.body;
    return r.data();
}

void TestConsents::approve(const QString &id)
{
    m_f->server().consents().decide(id, true,
                                    {{QStringLiteral("id"), QStringLiteral("usr_1")},
                                     {QStringLiteral("mobile"), kRecipient},
                                     {QStringLiteral("verified"), true}},
                                    {{QStringLiteral("id"), QStringLiteral("dev_1")},
                                     {QStringLiteral("model"), QStringLiteral("Pixel 8")}});
}

qint64 TestConsents::expiresAtOf(const QString &id)
{
    const auto c = m_f->server().consents().find(id);
    return c ? c->expiresAt : 0;
}

QList<SeenEvent> TestConsents::expiredEventsFor(const QString &id) const
{
    QList<SeenEvent> found;
    std::copy_if(m_events.cbegin(), m_events.cend(), std::back_inserter(found),
                 [&](const SeenEvent &e) {
                     return e.type == QLatin1String("consent.expired") && e.id == id;
                 });
    return found;
}

void TestConsents::create_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("/v1/consents/auth (seed 000)")
        << QStringLiteral("/v1/consents/auth") << QStringLiteral("bearer");
    QTest::newRow("/v1/service/consents/search (seed 001)")
        << QStringLiteral("/v1/service/consents/search") << QStringLiteral("mobid");
    QTest::newRow("/v1/auth/sessions (seed 002)")
        << QStringLiteral("/v1/auth/sessions") << QStringLiteral("basic");
}

void TestConsents::create()
{
    QFETCH(QString, path);
    QFETCH(QString, scheme);
    const Headers h = scheme == QLatin1String("bearer")  ? m_client.bearer()
                      : scheme == QLatin1String("mobid") ? m_client.mobidKey()
                                                         : m_client.basic();
    const qint64 before = mid::Time::nowMs();
    const Response r = http().post(path, {{QStringLiteral("recipient"), kRecipient}}, h);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Consent session created"));
    const QJsonObject d = r.data();
    const QString id = d.value(QStringLiteral("id")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^cons_[0-9A-Za-z]{16,}$")).match(id).hasMatch(),
             qPrintable(id));
    // Both seed spellings.
    QCOMPARE(d.value(QStringLiteral("sessionId")).toString(), id);
    QCOMPARE(d.value(QStringLiteral("intent")).toString(), QStringLiteral("login"));
    QCOMPARE(d.value(QStringLiteral("purpose")).toString(), QStringLiteral("login"));
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(d.value(QStringLiteral("recipient")).toString(), kRecipient);
    QCOMPARE(d.value(QStringLiteral("scope")).toArray(), QJsonArray());
    QCOMPARE(d.value(QStringLiteral("metadata")).toObject(), QJsonObject());
    // Links: absolute, on this server's public URL, naming the session.
    const QUrl base(m_f->server().publicUrl());
    for (const char *field : {"qrCode", "approvalUrl"}) {
        const QUrl url(d.value(QLatin1String(field)).toString());
        QVERIFY2(url.isValid() && !url.isRelative(), field);
        QCOMPARE(url.scheme(), base.scheme());
        QCOMPARE(url.host(), base.host());
        QCOMPARE(url.port(), base.port());
        QVERIFY2(url.path().endsWith(QLatin1Char('/') + id), qPrintable(url.toString()));
    }
    QCOMPARE(QUrl(d.value(QStringLiteral("qrCode")).toString()).path(),
             QStringLiteral("/v1/consents/qr/auth/") + id);
    QCOMPARE(d.value(QStringLiteral("deepLink")).toString(),
             QStringLiteral("mobid://auth?session=") + id);
    // Times: RFC 3339 UTC; default lifetime 300 s.
    const qint64 created = msOf(d.value(QStringLiteral("createdAt")));
    const qint64 expires = msOf(d.value(QStringLiteral("expiresAt")));
    QVERIFY(d.value(QStringLiteral("expiresAt")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(created >= before - 1000 && created <= mid::Time::nowMs());
    QVERIFY2(expires - created >= 300000 && expires - created <= 301000,
             qPrintable(QString::number(expires - created)));
    for (const char *absent : {"decidedAt", "revokedAt", "user", "device"})
        QVERIFY2(!d.contains(QLatin1String(absent)), absent);
    // The same session is readable at once through the main path.
    QCOMPARE(http().get(QStringLiteral("/v1/consents/") + id, m_client.bearer()).data(), d);
}

void TestConsents::createFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("intent");
    QTest::newRow("purpose (seed 001)")
        << QByteArray(R"({"purpose":"transaction"})") << QStringLiteral("transaction");
    QTest::newRow("intent (seed 000)")
        << QByteArray(R"({"intent":"data_sharing"})") << QStringLiteral("data_sharing");
    QTest::newRow("both, agreeing")
        << QByteArray(R"({"intent":"mandate","purpose":"mandate"})") << QStringLiteral("mandate");
    QTest::newRow("everything") << QByteArray(R"({"intent":"signing","scope":["profile","phone"],
        "metadata":{"userId":"user_123","nested":{"a":[1,2]}},"callbackUrl":"https://yourapp.com/auth/callback",
        "expiresIn":120})") << QStringLiteral("signing");
    QTest::newRow("own clientId") << QByteArray(R"({"clientId":"{self}"})")
                                  << QStringLiteral("login");
    QTest::newRow("loopback http callback")
        << QByteArray(R"({"callbackUrl":"http://127.0.0.1:9/cb","expiresIn":3600})")
        << QStringLiteral("login");
}

void TestConsents::createFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, intent);
    body.replace("{self}", m_client.clientId.toUtf8());
    const QJsonObject fields = QJsonDocument::fromJson(body).object();
    const QJsonObject d = newConsent(fields);
    QVERIFY(!d.isEmpty());
    QCOMPARE(d.value(QStringLiteral("intent")).toString(), intent);
    QCOMPARE(d.value(QStringLiteral("purpose")).toString(), intent);
    if (fields.contains(QStringLiteral("scope")))
        QCOMPARE(d.value(QStringLiteral("scope")), fields.value(QStringLiteral("scope")));
    if (fields.contains(QStringLiteral("metadata")))
        QCOMPARE(d.value(QStringLiteral("metadata")), fields.value(QStringLiteral("metadata")));
    if (fields.contains(QStringLiteral("callbackUrl")))
        QCOMPARE(d.value(QStringLiteral("callbackUrl")),
                 fields.value(QStringLiteral("callbackUrl")));
    const int lifetime = fields.value(QStringLiteral("expiresIn")).toInt(300);
    const qint64 span =
        msOf(d.value(QStringLiteral("expiresAt"))) - msOf(d.value(QStringLiteral("createdAt")));
    QVERIFY2(span >= lifetime * 1000LL && span <= lifetime * 1000LL + 1000,
             qPrintable(QString::number(span)));
    QCOMPARE(d.value(QStringLiteral("clientId")).toString(), m_client.clientId);
}

void TestConsents::getAliases_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/v1/consents/:id") << QStringLiteral("/v1/consents/");
    QTest::newRow("/v1/service/consents/:id") << QStringLiteral("/v1/service/consents/");
    QTest::newRow("/v1/auth/sessions/:id") << QStringLiteral("/v1/auth/sessions/");
}

void TestConsents::getAliases()
{
    QFETCH(QString, path);
    const QJsonObject created = newConsent(
        {{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}});
    const QString id = created.value(QStringLiteral("id")).toString();
    for (const Headers &h : {m_client.bearer(), m_client.mobidKey(), m_client.basic()}) {
        const Response r = http().get(path + id, h);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data(), created);
    }
}

void TestConsents::updateAliases_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/v1/consents/:id") << QStringLiteral("/v1/consents/");
    QTest::newRow("/v1/service/consents/:id") << QStringLiteral("/v1/service/consents/");
}

void TestConsents::updateAliases()
{
    QFETCH(QString, path);
    const QJsonObject created = newConsent();
    const QString id = created.value(QStringLiteral("id")).toString();
    const Response r = http().put(
        path + id,
        obj(R"({"purpose":"transaction","scope":["accounts"],"metadata":{"amount":"1000"},
                                          "callbackUrl":"https://yourapp.com/cb","expiresIn":600})"),
        m_client.bearer());
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data();
    QCOMPARE(d.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(d.value(QStringLiteral("intent")).toString(), QStringLiteral("transaction"));
    QCOMPARE(d.value(QStringLiteral("purpose")).toString(), QStringLiteral("transaction"));
    QCOMPARE(d.value(QStringLiteral("scope")).toArray(), QJsonArray{QStringLiteral("accounts")});
    QCOMPARE(
        d.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("amount")).toString(),
        QStringLiteral("1000"));
    QCOMPARE(d.value(QStringLiteral("callbackUrl")).toString(),
             QStringLiteral("https://yourapp.com/cb"));
    QCOMPARE(d.value(QStringLiteral("recipient")).toString(), kRecipient);
    QCOMPARE(d.value(QStringLiteral("createdAt")), created.value(QStringLiteral("createdAt")));
    const qint64 span = msOf(d.value(QStringLiteral("expiresAt"))) - mid::Time::nowMs();
    QVERIFY2(span > 595000 && span <= 601000, qPrintable(QString::number(span)));
    // The other alias reads the same.
    QCOMPARE(http().get(QStringLiteral("/v1/service/consents/") + id, m_client.mobidKey()).data(),
             d);
}

void TestConsents::updateRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("recipient is immutable") << QByteArray(R"({"recipient":"+14155550123"})") << 422
                                            << QStringLiteral("recipient:immutable");
    QTest::newRow("unknown intent")
        << QByteArray(R"({"intent":"party"})") << 422 << QStringLiteral("intent:enum");
    QTest::newRow("expiresIn out of range")
        << QByteArray(R"({"expiresIn":10})") << 422 << QStringLiteral("expiresIn:range");
    QTest::newRow("wrong type") << QByteArray(R"({"scope":"accounts"})") << 400
                                << QStringLiteral("scope:type");
    QTest::newRow("empty patch") << QByteArray("{}") << 200 << QString();
}

void TestConsents::updateRules()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const QJsonObject created = newConsent();
    const QString id = created.value(QStringLiteral("id")).toString();
    const Response r =
        http().send("PUT", QStringLiteral("/v1/consents/") + id, body, m_client.bearer());
    QCOMPARE(r.status, status);
    if (!detail.isEmpty()) {
        const QJsonObject first =
            r.json().value(QStringLiteral("details")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("field")).toString() + QLatin1Char(':') +
                     first.value(QStringLiteral("issue")).toString(),
                 detail);
        // A refused update changes nothing.
        QCOMPARE(http().get(QStringLiteral("/v1/consents/") + id, m_client.bearer()).data(),
                 created);
    }
}

void TestConsents::revokeAliases_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/v1/consents/:id") << QStringLiteral("/v1/consents/");
    QTest::newRow("/v1/service/consents/:id") << QStringLiteral("/v1/service/consents/");
}

void TestConsents::revokeAliases()
{
    QFETCH(QString, path);
    const QString id = newConsent().value(QStringLiteral("id")).toString();
    const Response r = http().del(path + id, m_client.bearer());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QVERIFY(r.data().contains(QStringLiteral("revokedAt")));
    QVERIFY(!r.data().contains(QStringLiteral("decidedAt")));
    const Response read = http().get(QStringLiteral("/v1/auth/sessions/") + id, m_client.bearer());
    QCOMPARE(read.data().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QCOMPARE(read.data().value(QStringLiteral("revokedAt")),
             r.data().value(QStringLiteral("revokedAt")));
    QVERIFY(std::any_of(m_events.cbegin(), m_events.cend(), [&](const SeenEvent &e) {
        return e.type == QLatin1String("consent.revoked") && e.id == id;
    }));
}

void TestConsents::revokeApproved()
{
    const QString id = newConsent().value(QStringLiteral("id")).toString();
    approve(id);
    const Response approved = http().get(QStringLiteral("/v1/consents/") + id, m_client.bearer());
    QCOMPARE(approved.data().value(QStringLiteral("status")).toString(),
             QStringLiteral("approved"));
    QVERIFY(approved.data().contains(QStringLiteral("decidedAt")));
    QCOMPARE(approved.data()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("usr_1"));
    QCOMPARE(
        approved.data().value(QStringLiteral("user")).toObject().value(QStringLiteral("verified")),
        QJsonValue(true));
    QCOMPARE(approved.data()
                 .value(QStringLiteral("device"))
                 .toObject()
                 .value(QStringLiteral("model"))
                 .toString(),
             QStringLiteral("Pixel 8"));
    QVERIFY(!approved.data().contains(QStringLiteral("revokedAt")));

    // Withdrawn: revoked, with revokedAt, and the decision is kept.
    const Response r =
        http().del(QStringLiteral("/v1/service/consents/") + id, m_client.mobidKey());
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data();
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QVERIFY(d.contains(QStringLiteral("revokedAt")));
    QVERIFY(msOf(d.value(QStringLiteral("revokedAt"))) >=
            msOf(d.value(QStringLiteral("decidedAt"))));
    QCOMPARE(d.value(QStringLiteral("decidedAt")),
             approved.data().value(QStringLiteral("decidedAt")));
    QCOMPARE(d.value(QStringLiteral("user")), approved.data().value(QStringLiteral("user")));
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/consents/") + id, m_client.bearer())
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("revoked"));
    // Once revoked, it stays revoked.
    QCOMPARE(http().del(QStringLiteral("/v1/consents/") + id, m_client.bearer()).status, 409);
}

void TestConsents::listFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("total");
    QTest::newRow("no filter") << QString() << 8;
    QTest::newRow("status=pending") << QStringLiteral("status=pending") << 5;
    QTest::newRow("status=revoked") << QStringLiteral("status=revoked") << 1;
    QTest::newRow("status=approved") << QStringLiteral("status=approved") << 1;
    QTest::newRow("status=rejected") << QStringLiteral("status=rejected") << 1;
    QTest::newRow("status=expired") << QStringLiteral("status=expired") << 0;
    QTest::newRow("recipient A (encoded +)") << QStringLiteral("recipient=") + enc(kRecipient) << 5;
    QTest::newRow("recipient B") << QStringLiteral("recipient=") + enc(kOtherRecipient) << 3;
    QTest::newRow("recipient B, pending")
        << QStringLiteral("recipient=") + enc(kOtherRecipient) + QStringLiteral("&status=pending")
        << 1;
    QTest::newRow("recipient A, revoked")
        << QStringLiteral("status=revoked&recipient=") + enc(kRecipient) << 1;
    QTest::newRow("unknown recipient")
        << QStringLiteral("recipient=") + enc(QStringLiteral("+447911123456")) << 0;
}

void TestConsents::listFilters()
{
    QFETCH(QString, query);
    QFETCH(int, total);
    // Tenant: 5 for A (one revoked), 3 for B (one approved, one rejected). The other tenant's
    // consents, same recipients, never show.
    QStringList a, b;
    for (int i = 0; i < 5; ++i)
        a << newConsent().value(QStringLiteral("id")).toString();
    for (int i = 0; i < 3; ++i)
        b << newConsent({{QStringLiteral("recipient"), kOtherRecipient}})
                 .value(QStringLiteral("id"))
                 .toString();
    for (int i = 0; i < 4; ++i)
        newConsent({{QStringLiteral("recipient"), i % 2 ? kRecipient : kOtherRecipient}}, &m_other);
    QCOMPARE(http().del(QStringLiteral("/v1/consents/") + a.at(0), m_client.bearer()).status, 200);
    approve(b.at(0));
    m_f->server().consents().decide(b.at(1), false, {}, {});

    const Response r = http().get(QStringLiteral("/v1/consents") +
                                      (query.isEmpty() ? QString() : QLatin1Char('?') + query),
                                  m_client.bearer());
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.data();
    QCOMPARE(d.value(QStringLiteral("total")).toInt(), total);
    const QJsonArray items = d.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), total);
    QCOMPARE(d.value(QStringLiteral("nextCursor")), QJsonValue(QJsonValue::Null));
    const QSet<QString> mine(QSet<QString>(a.cbegin(), a.cend()) +
                             QSet<QString>(b.cbegin(), b.cend()));
    for (const auto &item : items) {
        const QJsonObject o = item.toObject();
        QVERIFY(mine.contains(o.value(QStringLiteral("id")).toString()));
        QCOMPARE(o.value(QStringLiteral("sessionId")), o.value(QStringLiteral("id")));
        if (query.contains(QLatin1String("status=")))
            QVERIFY(query.contains(QStringLiteral("status=") +
                                   o.value(QStringLiteral("status")).toString()));
    }
}

void TestConsents::listPagination()
{
    QStringList created;
    for (int i = 0; i < 11; ++i)
        created << newConsent().value(QStringLiteral("id")).toString();
    QStringList walked;
    QString cursor;
    int pages = 0;
    do {
        QString path = QStringLiteral("/v1/consents?limit=4");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + enc(cursor);
        const Response r = http().get(path, m_client.bearer());
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.data();
        QCOMPARE(d.value(QStringLiteral("total")).toInt(), 11);
        const QJsonArray items = d.value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty() && items.size() <= 4);
        for (const auto &item : items) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!walked.contains(id), qPrintable(id));
            walked << id;
        }
        cursor = d.value(QStringLiteral("nextCursor")).toString();
        QVERIFY(++pages <= 3);
    } while (!cursor.isEmpty());
    QCOMPARE(pages, 3);
    // Every session once, newest first.
    QStringList newestFirst = created;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(walked, newestFirst);
    // A page exactly as large as what is left has no next cursor.
    const Response all = http().get(QStringLiteral("/v1/consents?limit=11"), m_client.bearer());
    QCOMPARE(all.data().value(QStringLiteral("items")).toArray().size(), 11);
    QCOMPARE(all.data().value(QStringLiteral("nextCursor")), QJsonValue(QJsonValue::Null));
    // Default page size is 50.
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/consents"), m_client.bearer())
                 .data()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             11);
}

void TestConsents::listPagingStableUnderInserts()
{
    QStringList created;
    for (int i = 0; i < 6; ++i)
        created << newConsent().value(QStringLiteral("id")).toString();
    QSet<QString> walked;
    QString cursor;
    int round = 0;
    do {
        QString path = QStringLiteral("/v1/consents?limit=2");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + enc(cursor);
        const Response r = http().get(path, m_client.bearer());
        for (const auto &item : r.data().value(QStringLiteral("items")).toArray()) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!walked.contains(id), qPrintable(id));
            walked.insert(id);
        }
        cursor = r.data().value(QStringLiteral("nextCursor")).toString();
        // New sessions arriving while a client pages never shift what it sees.
        newConsent();
        QVERIFY(++round <= 3);
    } while (!cursor.isEmpty());
    QCOMPARE(walked, QSet<QString>(created.cbegin(), created.cend()));
}

void TestConsents::listBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown status") << QStringLiteral("status=waiting") << QStringLiteral("status");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit 501") << QStringLiteral("limit=501") << QStringLiteral("limit");
    QTest::newRow("limit not a number") << QStringLiteral("limit=ten") << QStringLiteral("limit");
    QTest::newRow("forged cursor")
        << QStringLiteral("cursor=bm90LWEtbnVtYmVy") << QStringLiteral("cursor");
    QTest::newRow("garbage cursor")
        << QStringLiteral("cursor=%25%25%25") << QStringLiteral("cursor");
}

void TestConsents::listBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    newConsent();
    const Response r = http().get(QStringLiteral("/v1/consents?") + query, m_client.bearer());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()
                 .value(QStringLiteral("details"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
             field);
}

void TestConsents::otherTenant_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET /v1/consents/:id")
        << QByteArray("GET") << QStringLiteral("/v1/consents/") << QByteArray();
    QTest::newRow("GET /v1/service/consents/:id")
        << QByteArray("GET") << QStringLiteral("/v1/service/consents/") << QByteArray();
    QTest::newRow("GET /v1/auth/sessions/:id")
        << QByteArray("GET") << QStringLiteral("/v1/auth/sessions/") << QByteArray();
    QTest::newRow("PUT /v1/consents/:id") << QByteArray("PUT") << QStringLiteral("/v1/consents/")
                                          << QByteArray(R"({"intent":"transaction"})");
    QTest::newRow("PUT /v1/service/consents/:id")
        << QByteArray("PUT") << QStringLiteral("/v1/service/consents/")
        << QByteArray(R"({"metadata":{"x":1}})");
    QTest::newRow("DELETE /v1/consents/:id")
        << QByteArray("DELETE") << QStringLiteral("/v1/consents/") << QByteArray();
    QTest::newRow("DELETE /v1/service/consents/:id")
        << QByteArray("DELETE") << QStringLiteral("/v1/service/consents/") << QByteArray();
}

void TestConsents::otherTenant()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QJsonObject theirs = newConsent({}, &m_other);
    const QString id = theirs.value(QStringLiteral("id")).toString();
    const Response r = http().send(method, path + id, body, m_client.bearer());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("not_found"));
    // Exactly what a missing session gets: nothing tells the id exists.
    const Response missing = http().send(method, path + QStringLiteral("cons_00000000000000000000"),
                                         body, m_client.bearer());
    QCOMPARE(r.json().value(QStringLiteral("message")),
             missing.json().value(QStringLiteral("message")));
    QVERIFY(!r.body.contains(m_other.clientId.toUtf8()));
    // Untouched for its owner.
    QCOMPARE(http().get(QStringLiteral("/v1/consents/") + id, m_other.bearer()).data(), theirs);
}

void TestConsents::unknownId_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("well-formed, unknown") << QStringLiteral("cons_00000000000000000000");
    QTest::newRow("other prefix") << QStringLiteral("dev_00000000000000000000");
    QTest::newRow("malformed") << QStringLiteral("cons_%27%20OR%201%3D1");
    QTest::newRow("huge") << QStringLiteral("cons_") + QString(300, QLatin1Char('a'));
}

void TestConsents::unknownId()
{
    QFETCH(QString, id);
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")}) {
        const Response r =
            http().send(method, QStringLiteral("/v1/consents/") + id,
                        method == "PUT" ? QByteArray("{}") : QByteArray(), m_client.bearer());
        QCOMPARE(r.status, 404);
    }
}

void TestConsents::terminalStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("rejected") << QStringLiteral("rejected");
    QTest::newRow("expired") << QStringLiteral("expired");
    QTest::newRow("revoked") << QStringLiteral("revoked");
    QTest::newRow("revoked after approval") << QStringLiteral("withdrawn");
    QTest::newRow("approved (update only)") << QStringLiteral("approved");
}

void TestConsents::terminalStates()
{
    QFETCH(QString, state);
    const QString id = newConsent().value(QStringLiteral("id")).toString();
    if (state == QLatin1String("rejected")) {
        m_f->server().consents().decide(id, false, {}, {});
    } else if (state == QLatin1String("expired")) {
        m_clock.setMs(expiresAtOf(id));
        QCOMPARE(expiredEventsFor(id).size(), 1);
    } else if (state == QLatin1String("revoked")) {
        QCOMPARE(http().del(QStringLiteral("/v1/consents/") + id, m_client.bearer()).status, 200);
    } else {
        approve(id);
        if (state == QLatin1String("withdrawn"))
            QCOMPARE(http().del(QStringLiteral("/v1/consents/") + id, m_client.bearer()).status,
                     200);
    }
    const QJsonObject before =
        http().get(QStringLiteral("/v1/consents/") + id, m_client.bearer()).data();
    const QString status = before.value(QStringLiteral("status")).toString();
    QCOMPARE(status, state == QLatin1String("withdrawn") ? QStringLiteral("revoked") : state);

    for (const QString &path :
         {QStringLiteral("/v1/consents/"), QStringLiteral("/v1/service/consents/")}) {
        const Response put =
            http().put(path + id, obj(R"({"metadata":{"late":true}})"), m_client.bearer());
        QCOMPARE(put.status, 409);
        QCOMPARE(put.json().value(QStringLiteral("type")).toString(), QStringLiteral("conflict"));
        if (state != QLatin1String("approved")) {
            const Response del = http().del(path + id, m_client.bearer());
            QCOMPARE(del.status, 409);
            QCOMPARE(del.json().value(QStringLiteral("type")).toString(),
                     QStringLiteral("conflict"));
        }
    }
    // A device cannot decide it any more either.
    QVERIFY_THROWS_EXCEPTION(mid::ServiceError, approve(id));
    QCOMPARE(http().get(QStringLiteral("/v1/consents/") + id, m_client.bearer()).data(), before);
}

void TestConsents::expiresWithoutRequests()
{
    const QString id =
        newConsent({{QStringLiteral("expiresIn"), 30}}).value(QStringLiteral("id")).toString();
    const QString untouched = newConsent().value(QStringLiteral("id")).toString();
    m_events.clear();

    // No request from here on: the service alone notices that the time came.
    m_clock.setMs(expiresAtOf(id));
    QCOMPARE(expiredEventsFor(id).size(), 1);
    QCOMPARE(expiredEventsFor(untouched).size(), 0);
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/consents/") + id, m_client.bearer())
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("expired"));
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/consents/") + untouched, m_client.bearer())
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("pending"));
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/consents?status=expired"), m_client.bearer())
                 .data()
                 .value(QStringLiteral("total"))
                 .toInt(),
             1);
}

void TestConsents::expiresExactlyAtExpiresAt_data()
{
    QTest::addColumn<int>("expiresIn"); // 0: the default
    QTest::newRow("default (300 s)") << 0;
    QTest::newRow("shortest (30 s)") << mid::ConsentRules::kMinExpiresIn;
    QTest::newRow("longest (3600 s)") << mid::ConsentRules::kMaxExpiresIn;
}

void TestConsents::expiresExactlyAtExpiresAt()
{
    QFETCH(int, expiresIn);
    const QJsonObject created =
        expiresIn ? newConsent({{QStringLiteral("expiresIn"), expiresIn}}) : newConsent();
    const QString id = created.value(QStringLiteral("id")).toString();
    const qint64 expiresAt = expiresAtOf(id);
    QCOMPARE(msOf(created.value(QStringLiteral("expiresAt"))), expiresAt);
    m_events.clear();

    m_clock.setMs(expiresAt - 1);
    QCOMPARE(expiredEventsFor(id).size(), 0);
    QCOMPARE(m_f->server().consents().find(id)->status, mid::ConsentStatus::Pending);

    m_clock.advance(1ms);
    QCOMPARE(expiredEventsFor(id).size(), 1);
    const SeenEvent e = expiredEventsFor(id).constFirst();
    QCOMPARE(e.status, QStringLiteral("expired"));
    QCOMPARE(e.arrivedMs, expiresAt);
    QCOMPARE(m_f->server().consents().find(id)->status, mid::ConsentStatus::Expired);
    // Once is enough: later moves find nothing more to expire.
    m_clock.advance(1h);
    QCOMPARE(expiredEventsFor(id).size(), 1);
}

void TestConsents::expiredWhileDown()
{
    // A session whose time passed while no server ran becomes expired as soon as one starts.
    QTemporaryDir dir;
    const auto sameDir = [&](mid::ServerConfig &c) { c.dataDir = dir.path(); };
    QString id;
    qint64 expiresAt = 0;
    {
        ServerFixture before(sameDir);
        QVERIFY2(before.ok(), qPrintable(before.error()));
        id = before.createConsent(before.createClient()).value(QStringLiteral("id")).toString();
        expiresAt = before.server().consents().find(id)->expiresAt;
    }
    m_clock.setMs(expiresAt + 60000); // the server that made it is down
    ServerFixture after(sameDir);
    QVERIFY2(after.ok(), qPrintable(after.error()));
    // Expired while starting, before any event loop turn or request.
    QCOMPARE(after.server().consents().find(id)->status, mid::ConsentStatus::Expired);
}

void TestConsents::expiryOutlivesDatabaseFailure()
{
    // The expiry timer meets a database that fails: it logs, keeps the server up and tries
    // again, and the session expires once the database answers.
    const QString id = newConsent().value(QStringLiteral("id")).toString();
    m_events.clear();
    mid::Database &db = m_f->server().database();
    db.exec(QStringLiteral("UPDATE consents SET expires_at=? WHERE id=?"),
            {QDateTime::currentMSecsSinceEpoch() + 200, id});
    m_f->server().consents().start();
    db.exec(QStringLiteral("ALTER TABLE consents RENAME TO consents_away"));
    QTest::qWait(600); // the timer fires meanwhile, and fails
    QCOMPARE(http().get(QStringLiteral("/healthz")).status, 200);
    db.exec(QStringLiteral("ALTER TABLE consents_away RENAME TO consents"));
    QVERIFY2(waitUntil(
                 [&] {
                     return std::any_of(
                         m_events.cbegin(), m_events.cend(), [&](const SeenEvent &e) {
                             return e.type == QLatin1String("consent.expired") && e.id == id;
                         });
                 },
                 4000),
             "consent.expired did not fire after the database came back");
}

void TestConsents::decideAfterExpiry()
{
    // A decision that arrives at expiresAt finds the session expired and never approves it,
    // whether or not the expiry already ran.
    const QString id = newConsent().value(QStringLiteral("id")).toString();
    const QSignalBlocker quiet(&mid::ClockJumps::instance()); // the expiry has not run yet
    m_clock.setMs(expiresAtOf(id));
    QVERIFY_THROWS_EXCEPTION(mid::ServiceError, approve(id));
    QCOMPARE(http()
                 .get(QStringLiteral("/v1/consents/") + id, m_client.bearer())
                 .data()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("expired"));
}

void TestConsents::answeredOnlyOnceDurable()
{
    // Group commit: a creation joins the turn's batch and is answered once the batch commits.
    // A batch that cannot commit (here another step of it broke a deferred foreign key) keeps
    // nothing, and the creation is answered 503 instead of a session that does not exist.
    mid::Database &db = m_f->server().database();
    {
        const mid::Database::BatchScope scope(db);
        mid::Transaction broken(db);
        db.exec(QStringLiteral("PRAGMA defer_foreign_keys=ON"));
        db.exec(
            QStringLiteral("INSERT INTO webhook_attempts (delivery_id, number, started_at, "
                           "duration_ms, request_headers, request_body, response_headers, "
                           "response_body) VALUES ('whd_missing', 1, 1, 1, '{}', '', '{}', '')"));
        broken.commit();
    }
    QVERIFY(db.batchOpen());
    const auto listed = [&] {
        return http()
            .get(QStringLiteral("/v1/consents"), m_client.bearer())
            .data()
            .value(QStringLiteral("total"))
            .toInt();
    };
    const Response refused =
        http().post(QStringLiteral("/v1/consents/auth"),
                    {{QStringLiteral("recipient"), kRecipient}}, m_client.bearer());
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("unavailable"));
    QVERIFY(!db.batchOpen());
    QCOMPARE(listed(), 0);
    const Response created =
        http().post(QStringLiteral("/v1/consents/auth"),
                    {{QStringLiteral("recipient"), kRecipient}}, m_client.bearer());
    QCOMPARE(created.status, 200);
    QCOMPARE(listed(), 1);
}

QTEST_GUILESS_MAIN(TestConsents)
#include "tst_consents.moc"
