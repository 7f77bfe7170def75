#include "http/OpenApi.h"
#include "http/Router.h"
#include "support/ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mid;
using namespace mid::test;

namespace {
QJsonDocument fetchDocument(ServerFixture &f)
{
    const Response r = f.http().get(QStringLiteral("/v1/openapi.json"));
    if (r.status != 200)
        return {};
    return QJsonDocument::fromJson(r.body);
}

// Resolves a local JSON pointer ("#/components/schemas/Error") against the document.
bool resolvePointer(const QJsonObject &root, const QString &pointer)
{
    if (!pointer.startsWith(QLatin1String("#/")))
        return false;
    QJsonValue node = root;
    for (QString part : pointer.mid(2).split(QLatin1Char('/'))) {
        part.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        if (node.isObject()) {
            const QJsonObject o = node.toObject();
            if (!o.contains(part))
                return false;
            node = o.value(part);
        } else if (node.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            if (!ok || i < 0 || i >= node.toArray().size())
                return false;
            node = node.toArray().at(i);
        } else {
            return false;
        }
    }
    return true;
}

void collectRefs(const QJsonValue &node, QStringList *refs)
{
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("$ref") && it.value().isString())
                refs->append(it.value().toString());
            else
                collectRefs(it.value(), refs);
        }
    } else if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            collectRefs(v, refs);
    }
}
} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT
    std::unique_ptr<ServerFixture> m_server; // whose route table the walks read

    const QList<Route> &routes() const { return m_server->server().router().routes(); }
    static QJsonObject schemas()
    {
        return OpenApi::loadComponents().value(QStringLiteral("schemas")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerFixture>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }
    void cleanupTestCase() { m_server.reset(); }

    // The walk of the route table: every row says all its operation needs (request and
    // success schemas, a role where operators may call, a rate group or why none).
    void everyRowIsComplete_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < routes().size(); ++i) {
            const Route &r = routes().at(i);
            if (!r.isFallback())
                QTest::addRow("%s %s", r.method.constData(), qPrintable(r.pattern)) << i;
        }
    }
    void everyRowIsComplete()
    {
        QFETCH(int, index);
        const QStringList problems = OpenApi::problemsOf(routes().at(index), schemas());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // The walk fails where it must: one row per rule broken.
    void incompleteRowsAreFound_data()
    {
        QTest::addColumn<int>("broken");
        QTest::addColumn<QString>("problem");
        QTest::newRow("body without request schema") << 0 << QStringLiteral("request schema");
        QTest::newRow("request schema without properties") << 1 << QStringLiteral("properties");
        QTest::newRow("no 2xx schema") << 2 << QStringLiteral("has no 200 schema");
        QTest::newRow("admin route without role") << 3 << QStringLiteral("names no role");
        QTest::newRow("v1 route without rate decision") << 4 << QStringLiteral("rate group");
        QTest::newRow("provider-signed without verifier") << 5 << QStringLiteral("verifier");
    }
    void incompleteRowsAreFound()
    {
        QFETCH(int, broken);
        QFETCH(QString, problem);
        Route row{.method = "POST",
                  .pattern = QStringLiteral("/v1/things"),
                  .access = Access::Client,
                  .rateGroup = RateGroup::PlanOnly,
                  .doc = {.requestSchema = QStringLiteral("ConsentCreate"),
                          .responseSchema = QStringLiteral("Consent")}};
        QVERIFY(OpenApi::problemsOf(row, schemas()).isEmpty());
        switch (broken) {
        case 0:
            row.doc.requestSchema.clear();
            break;
        case 1:
            row.doc.requestSchema = QStringLiteral("ConsentStatus");
            break;
        case 2:
            row.doc.responseSchema.clear();
            break;
        case 3:
            row.access = Access::Operator;
            break;
        case 4:
            row.rateGroup.reset();
            break;
        case 5:
            row.access = Access::ProviderSigned;
            row.scope.clear();
            break;
        }
        const QString found = OpenApi::problemsOf(row, schemas()).join(QStringLiteral("; "));
        QVERIFY2(found.contains(problem), qPrintable(found));
    }

    // The description claims only what is served: an area is named only when a row is in it.
    void descriptionClaimsOnlyWhatIsServed()
    {
        const QJsonObject root = fetchDocument(*m_server).object();
        const QString info = root.value(QStringLiteral("info"))
                                 .toObject()
                                 .value(QStringLiteral("description"))
                                 .toString() +
                             root.value(QStringLiteral("info"))
                                 .toObject()
                                 .value(QStringLiteral("summary"))
                                 .toString();
        QSet<QString> tags;
        for (const Route &r : routes())
            tags.insert(r.tag);
        const QList<QPair<QString, QString>> areas = {
            {QStringLiteral("Webhooks"), QStringLiteral("webhook")},
            {QStringLiteral("Identity"), QStringLiteral("identity verification")},
            {QStringLiteral("Signing"), QStringLiteral("signing")}};
        for (const auto &area : areas) {
            if (!tags.contains(area.first))
                QVERIFY2(!info.contains(area.second, Qt::CaseInsensitive), qPrintable(area.second));
        }
    }

    void pathTemplates()
    {
        QCOMPARE(OpenApi::pathTemplate(QStringLiteral("/v1/consents/:id")),
                 QStringLiteral("/v1/consents/{id}"));
        QCOMPARE(OpenApi::pathTemplate(QStringLiteral("/v1/consents/qr/:type/:id")),
                 QStringLiteral("/v1/consents/qr/{type}/{id}"));
        QCOMPARE(OpenApi::pathTemplate(QStringLiteral("/healthz")), QStringLiteral("/healthz"));
    }

    void documentIsOpenApi31()
    {
        ServerFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Response r = f.http().get(QStringLiteral("/v1/openapi.json"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        const QJsonObject root = doc.object();
        // Plain JSON: not wrapped in the envelope.
        QVERIFY(!root.contains(QStringLiteral("success")));
        QVERIFY(root.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.1.")));
        QVERIFY(!root.value(QStringLiteral("info"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString()
                     .isEmpty());
        QVERIFY(!root.value(QStringLiteral("info"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString()
                     .isEmpty());
        const QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("url")).toString(),
                 f.server().publicUrl());
        // The decisions the spec leaves open are written down.
        const QString description = root.value(QStringLiteral("info"))
                                        .toObject()
                                        .value(QStringLiteral("description"))
                                        .toString();
        QVERIFY(description.contains(QLatin1String("1000000000")));
        QVERIFY(description.contains(QLatin1String("/approve/{id}")));
        QVERIFY(description.contains(QLatin1String("RFC 3339")));
    }

    void everyRouteIsDocumented()
    {
        ServerFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QJsonObject root = fetchDocument(f).object();
        const QJsonObject paths = root.value(QStringLiteral("paths")).toObject();
        QVERIFY(!paths.isEmpty());
        QSet<QString> operationIds;
        for (const Route &route : f.server().router().routes()) {
            if (route.isFallback())
                continue;
            const QString path = OpenApi::pathTemplate(route.pattern);
            const QString method = QString::fromLatin1(route.method).toLower();
            QVERIFY2(paths.contains(path), qPrintable(QStringLiteral("missing path ") + path));
            const QJsonObject op = paths.value(path).toObject().value(method).toObject();
            QVERIFY2(!op.isEmpty(),
                     qPrintable(QStringLiteral("missing operation %1 %2").arg(method, path)));
            const QString id = op.value(QStringLiteral("operationId")).toString();
            QVERIFY(!id.isEmpty());
            QVERIFY2(!operationIds.contains(id),
                     qPrintable(QStringLiteral("duplicate operationId ") + id));
            operationIds.insert(id);
            QVERIFY(
                op.value(QStringLiteral("responses")).toObject().contains(QStringLiteral("500")));
            // Path parameters are declared for every {name} in the template.
            for (const QString &segment : route.segments) {
                if (!segment.startsWith(QLatin1Char(':')))
                    continue;
                bool declared = false;
                for (const QJsonValue &p : op.value(QStringLiteral("parameters")).toArray()) {
                    const QJsonObject param = p.toObject();
                    declared |=
                        param.value(QStringLiteral("in")).toString() == QLatin1String("path") &&
                        param.value(QStringLiteral("name")).toString() == segment.mid(1);
                }
                QVERIFY2(
                    declared,
                    qPrintable(
                        QStringLiteral("undeclared path parameter %1 in %2").arg(segment, path)));
            }
            // Security follows the route's access.
            const QJsonArray security = op.value(QStringLiteral("security")).toArray();
            if (route.access == Access::None || route.access == Access::ProviderSigned) {
                QVERIFY(security.isEmpty());
            } else {
                QVERIFY(!security.isEmpty());
            }
        }
        // The documentation routes document themselves.
        QVERIFY(paths.value(QStringLiteral("/v1/openapi.json"))
                    .toObject()
                    .contains(QStringLiteral("get")));
        QVERIFY(paths.value(QStringLiteral("/docs")).toObject().contains(QStringLiteral("get")));
    }

    void clientRoutesOfferEveryCredential()
    {
        ServerFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QJsonObject root = fetchDocument(f).object();
        const QJsonObject op = root.value(QStringLiteral("paths"))
                                   .toObject()
                                   .value(QStringLiteral("/v1/consents/auth"))
                                   .toObject()
                                   .value(QStringLiteral("post"))
                                   .toObject();
        QStringList schemes;
        for (const QJsonValue &requirement : op.value(QStringLiteral("security")).toArray())
            schemes.append(requirement.toObject().keys().join(QLatin1Char('+')));
        QVERIFY(schemes.contains(QStringLiteral("bearerApiKey+clientId")));
        QVERIFY(schemes.contains(QStringLiteral("mobidKey")));
        QVERIFY(schemes.contains(QStringLiteral("basicClientSecret")));
        QVERIFY(schemes.contains(QStringLiteral("oauth2ClientCredentials")));
        const QJsonObject schemesDefined = root.value(QStringLiteral("components"))
                                               .toObject()
                                               .value(QStringLiteral("securitySchemes"))
                                               .toObject();
        QCOMPARE(schemesDefined.value(QStringLiteral("oauth2ClientCredentials"))
                     .toObject()
                     .value(QStringLiteral("flows"))
                     .toObject()
                     .value(QStringLiteral("clientCredentials"))
                     .toObject()
                     .value(QStringLiteral("tokenUrl"))
                     .toString(),
                 f.server().publicUrl() + QStringLiteral("/v1/auth/token"));
        QVERIFY(op.value(QStringLiteral("requestBody"))
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toObject()
                    .value(QStringLiteral("application/json"))
                    .toObject()
                    .value(QStringLiteral("schema"))
                    .toObject()
                    .value(QStringLiteral("$ref"))
                    .toString()
                    .endsWith(QLatin1String("/ConsentCreate")));
    }

    void everyReferenceResolves()
    {
        ServerFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const QJsonObject root = fetchDocument(f).object();
        QStringList refs;
        collectRefs(root, &refs);
        QVERIFY(refs.size() > 50);
        for (const QString &ref : std::as_const(refs))
            QVERIFY2(resolvePointer(root, ref),
                     qPrintable(QStringLiteral("unresolved $ref ") + ref));
        const QJsonObject schemas = root.value(QStringLiteral("components"))
                                        .toObject()
                                        .value(QStringLiteral("schemas"))
                                        .toObject();
        for (const char *name :
             {"Error", "Envelope", "ClientCreate", "Client", "ClientWithCredentials",
              "ConsentCreate", "Consent", "ConsentList", "Token", "AuditEvent", "AuditPage",
              "AuditVerify", "QrGenerate", "QrCode"})
            QVERIFY2(schemas.contains(QString::fromLatin1(name)), name);
        // The §0 error fields, exactly.
        const QJsonObject errorProps = schemas.value(QStringLiteral("Error"))
                                           .toObject()
                                           .value(QStringLiteral("properties"))
                                           .toObject();
        for (const char *field : {"error", "success", "code", "type", "message", "details", "meta"})
            QVERIFY2(errorProps.contains(QString::fromLatin1(field)), field);
    }

    void routesAddedLaterAppear()
    {
        ServerFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QVERIFY(!fetchDocument(f)
                     .object()
                     .value(QStringLiteral("paths"))
                     .toObject()
                     .contains(QStringLiteral("/v1/late/{thing}")));
        f.server().router().add(
            {.method = "GET",
             .pattern = QStringLiteral("/v1/late/:thing"),
             .access = Access::Client,
             .summary = QStringLiteral("Registered after the first request"),
             .tag = QStringLiteral("Late"),
             .handler = [](RequestContext &) { return Reply::ok(QJsonObject()); }});
        const QJsonObject root = fetchDocument(f).object();
        const QJsonObject op = root.value(QStringLiteral("paths"))
                                   .toObject()
                                   .value(QStringLiteral("/v1/late/{thing}"))
                                   .toObject()
                                   .value(QStringLiteral("get"))
                                   .toObject();
        QCOMPARE(op.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Registered after the first request"));
        // Without a table entry: the generic envelope answer.
        QVERIFY(op.value(QStringLiteral("responses"))
                    .toObject()
                    .value(QStringLiteral("200"))
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toObject()
                    .value(QStringLiteral("application/json"))
                    .toObject()
                    .value(QStringLiteral("schema"))
                    .toObject()
                    .value(QStringLiteral("$ref"))
                    .toString()
                    .endsWith(QLatin1String("/Envelope")));
    }

    void docsPageIsHtml()
    {
        ServerFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Response r = f.http().get(QStringLiteral("/docs"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html"));
        QVERIFY(r.body.contains("/v1/openapi.json"));
        // Offline: no external scripts, styles or fonts.
        QVERIFY(!r.body.contains("src=\"http"));
        QVERIFY(!r.body.contains("href=\"http"));
        QVERIFY(!r.header("Content-Security-Policy").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
