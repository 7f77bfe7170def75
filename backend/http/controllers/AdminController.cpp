#include "AdminController.h"

#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "domain/WebhookEvents.h"
#include "events/EventStreamHub.h"
#include "services/AuditLog.h"
#include "services/AuthService.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "services/DocumentService.h"
#include "services/InboundWebhookService.h"
#include "services/MetricsHistory.h"
#include "services/OperatorService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QUrl>

namespace mid {

namespace {
const QString kTag = QStringLiteral("Admin");
} // namespace

void AdminController::registerRoutes(Router &r)
{
    auto add = [&](const char *method, const char *path, Role role, const char *action,
                   const char *summary, Reply (AdminController::*fn)(RequestContext &),
                   const RouteDoc &doc) {
        r.add(operatorRoute(method, QString::fromLatin1(path), role, action, summary, kTag, this,
                            fn, doc));
    };
    r.add({.method = "POST",
           .pattern = QStringLiteral("/admin/v1/login"),
           .access = Access::None,
           .notRateLimited = QStringLiteral(
               "its own ban: 5 wrong passwords from one address within 15 min refuse that "
               "address for 15 min (429), before any password hashing"),
           .action = QStringLiteral("operator.login"),
           .summary = QStringLiteral("Log in with username and password"),
           .tag = kTag,
           .handler = bind(this, &AdminController::login),
           .doc = {.requestSchema = "OperatorLogin",
                   .responseSchema = "OperatorSession",
                   .description = "Returns an operator token (12 h idle expiry). 5 wrong "
                                  "passwords from one address within 15 min refuse that address "
                                  "for 15 min (429 with Retry-After)."}});
    add("GET", "/admin/v1/overview", Role::Auditor, "", "Counts, rates, the server and the caller",
        &AdminController::overview, {.responseSchema = "Overview"});
    add("GET", "/admin/v1/settings", Role::Auditor, "", "Server settings",
        &AdminController::settings, {.responseSchema = "Settings"});
    add("PUT", "/admin/v1/settings", Role::Admin, "settings.update", "Change settings",
        &AdminController::saveSettings,
        {.requestSchema = "SettingsUpdate",
         .responseSchema = "SettingsSaved",
         .description = "Written to mid.conf: `listen` and `publicUrl` apply at the next start "
                        "(`restartRequired`), `auditRetentionDays` (0 = keep every row), "
                        "`documentRetentionDays` (0 = keep uploaded documents), "
                        "`webhooksAllowPrivateNetworks` and the "
                        "inbound webhook providers of §9 at once. Provider values are checked "
                        "(`whsec_` prefix, PEM certificates, a JWKS with an RSA key) and an empty "
                        "string clears one; secrets are never shown back, logged or audited (the "
                        "audit row names the fields changed). While set, a MID_* variable wins "
                        "again at the next start."});
    add("GET", "/admin/v1/operators", Role::Admin, "", "List operators",
        &AdminController::listOperators, {.responseSchema = "OperatorList"});
    add("POST", "/admin/v1/operators", Role::Admin, "operator.create", "Create an operator",
        &AdminController::createOperator,
        {.requestSchema = "OperatorCreate", .responseSchema = "Operator", .successStatus = 201});
    add("PUT", "/admin/v1/operators/:username", Role::Admin, "operator.update",
        "Change an operator's password or role", &AdminController::updateOperator,
        {.requestSchema = "OperatorUpdate", .responseSchema = "Operator"});
    add("DELETE", "/admin/v1/operators/:username", Role::Admin, "operator.delete",
        "Delete an operator and end their tokens", &AdminController::deleteOperator,
        {.responseSchema = "OperatorDeleted",
         .description = "Their tokens and live streams end at once. The last admin cannot be "
                        "deleted (409)."});
    add("GET", "/admin/v1/metrics/series", Role::Auditor, "", "Time series of a metric",
        &AdminController::metricsSeries,
        {.responseSchema = "MetricSeries",
         .query = {
             {"metric", "enum:requests|latency|consents|rate_limited|webhooks", "The metric."},
             {"from", "date-time", "Start (RFC 3339); default one hour before `to`."},
             {"to", "date-time", "End (RFC 3339); default now."},
             {"step", "integer", "Seconds per point (1–86400, default 60)."},
             {"clientId", "string", "Only this tenant's calls (requests only)."}}});
    add("GET", "/admin/v1/events", Role::Auditor, "", "Live stream of every state change",
        &AdminController::events,
        {.content = Content::EventStream,
         .description = "Server-Sent Events: one `event:` per state change (the §9 event names, "
                        "`metrics.tick`, `audit.appended`), `id:` a resume point. "
                        "`Last-Event-ID` (or `?lastEventId=`) replays what was missed. The "
                        "stream ends when its token is logged out or its operator deleted.",
         .query = {{"lastEventId", "string", "Resume after this event id."}}});
}

Reply AdminController::login(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString username = body.string(QStringLiteral("username"), true).value_or(QString());
    const QString password = body.string(QStringLiteral("password"), true).value_or(QString());
    body.finish();
    ctx.auditResource = username;
    const OperatorService::LoginAttempt attempt =
        m_s.operators.beginLogin(username, ctx.ip); // a banned address stops here
    OperatorService &operators = m_s.operators;
    // PBKDF2 takes about 100 ms by design: on a worker, so other requests keep flowing.
    return Reply::fromWorker([&operators, attempt, password, ip = ctx.ip]() -> Reply::Build {
        const bool matched = OperatorService::passwordMatches(attempt, password);
        return [&operators, attempt, matched, ip] {
            const OperatorService::Login session = operators.finishLogin(attempt, matched, ip);
            return Reply::ok(
                QJsonObject{{QStringLiteral("token"), session.token},
                            {QStringLiteral("expiresIn"), int(12 * 3600)},
                            {QStringLiteral("operator"), OperatorService::toJson(session.op)}},
                QStringLiteral("Logged in"));
        };
    });
}

Reply AdminController::overview(RequestContext &ctx)
{
    const QHash<QString, qint64> byStatus = m_s.consents.countByStatus();
    qint64 consentsTotal = 0;
    QJsonObject consents;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        consentsTotal += it.value();
        consents.insert(it.key(), it.value());
    }
    const QList<Client> clients = m_s.clients.list();
    const qint64 active = std::count_if(clients.cbegin(), clients.cend(),
                                        [](const Client &c) { return c.isActive(); });
    const qint64 auditRows = m_s.audit.query({}, 1, {}).total;
    const QJsonObject counts{
        {QStringLiteral("clients"), qint64(clients.size())},
        {QStringLiteral("clientsActive"), active},
        {QStringLiteral("consentsTotal"), consentsTotal},
        {QStringLiteral("consentsPending"), byStatus.value(QStringLiteral("pending"))},
        {QStringLiteral("consentsByStatus"), consents},
        {QStringLiteral("auditRows"), auditRows},
        {QStringLiteral("streamSubscribers"), m_s.stream.subscriberCount()}};
    const QJsonObject server{
        {QStringLiteral("version"), QStringLiteral(MID_VERSION)},
        {QStringLiteral("startedAt"), Time::rfc3339Ms(m_startedAtMs)},
        {QStringLiteral("uptimeSeconds"), (Time::nowMs() - m_startedAtMs) / 1000},
        {QStringLiteral("publicUrl"), m_config.effectivePublicUrl()},
        {QStringLiteral("tls"), m_config.tls},
        {QStringLiteral("demo"), m_config.demo}};
    const QJsonObject you{{QStringLiteral("username"), ctx.principal.operatorName},
                          {QStringLiteral("role"), ctx.principal.role}};
    return Reply::ok(QJsonObject{
        {QStringLiteral("operator"), you},
        {QStringLiteral("server"), server},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("webhookEvents"), QJsonArray::fromStringList(webhookEventNames())},
        {QStringLiteral("requestsPerSecond"), m_s.history.requestsPerSecond()}});
}

QString AdminController::confPath() const
{
    return QDir(m_config.dataDir).filePath(QStringLiteral("mid.conf"));
}

QJsonObject AdminController::settingsJson() const
{
    const QSettings file(confPath(), QSettings::IniFormat);
    const QString listen =
        QStringLiteral("%1:%2").arg(m_config.listenAddress.toString()).arg(m_config.listenPort);
    const QString adminListen = m_config.adminListen
                                    ? QStringLiteral("%1:%2")
                                          .arg(m_config.adminListenAddress.toString())
                                          .arg(m_config.adminListenPort)
                                    : QString();
    return {
        {QStringLiteral("listen"), listen},
        {QStringLiteral("adminListen"), adminListen},
        {QStringLiteral("publicUrl"), m_config.effectivePublicUrl()},
        {QStringLiteral("dataDir"), m_config.dataDir},
        {QStringLiteral("database"), m_config.databaseUrl.isEmpty()
                                         ? QStringLiteral("sqlite:") + m_config.databasePath()
                                         : m_config.databaseUrl},
        {QStringLiteral("tls"), m_config.tls},
        {QStringLiteral("demo"), m_config.demo},
        // Applies at once (no restart): the audit log prunes now and then hourly.
        {QStringLiteral("auditRetentionDays"), m_s.audit.retentionDays()},
        // Applies at once: documents older than this lose their bytes within the hour.
        {QStringLiteral("documentRetentionDays"), m_s.documents.retentionDays()},
        // The inbound webhook providers (§9): secrets only as {"set": bool}.
        {QStringLiteral("inboundWebhooks"), m_s.inbound.providers().view()},
        // Applies at once: the next webhook attempt checks its addresses with it.
        {QStringLiteral("webhooksAllowPrivateNetworks"), m_config.webhooksAllowPrivateNetworks},
        // What mid.conf says now, which may differ from what runs until the next start.
        {QStringLiteral("saved"),
         QJsonObject{
             {QStringLiteral("listen"), file.value(QStringLiteral("listen")).toString()},
             {QStringLiteral("publicUrl"), file.value(QStringLiteral("public-url")).toString()}}}};
}

Reply AdminController::settings(RequestContext &)
{
    return Reply::ok(settingsJson());
}

Reply AdminController::saveSettings(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const auto listen = body.string(QStringLiteral("listen"));
    const auto publicUrl = body.string(QStringLiteral("publicUrl"));
    const auto retentionDays = body.integer(QStringLiteral("auditRetentionDays"));
    const auto allowPrivate = body.boolean(QStringLiteral("webhooksAllowPrivateNetworks"));
    const auto documentDays = body.integer(QStringLiteral("documentRetentionDays"));
    if (documentDays &&
        (*documentDays < 0 || *documentDays > ServerConfig::kMaxDocumentRetentionDays))
        body.invalid(QStringLiteral("documentRetentionDays"), QStringLiteral("range"),
                     QStringLiteral("documentRetentionDays must be 0 (keep documents) to %1 days")
                         .arg(ServerConfig::kMaxDocumentRetentionDays));
    if (retentionDays &&
        (*retentionDays < 0 || *retentionDays > ServerConfig::kMaxAuditRetentionDays))
        body.invalid(QStringLiteral("auditRetentionDays"), QStringLiteral("range"),
                     QStringLiteral("auditRetentionDays must be 0 (keep every row) to %1 days")
                         .arg(ServerConfig::kMaxAuditRetentionDays));
    if (listen && !listen->isEmpty()) {
        QHostAddress address;
        quint16 port = 0;
        if (!ConfigLoader::parseListen(*listen, &address, &port))
            body.invalid(QStringLiteral("listen"), QStringLiteral("format"),
                         QStringLiteral("listen must be ADDRESS:PORT, e.g. 0.0.0.0:8080"));
    }
    if (publicUrl && !publicUrl->isEmpty()) {
        const QUrl url(*publicUrl, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            body.invalid(QStringLiteral("publicUrl"), QStringLiteral("format"),
                         QStringLiteral("publicUrl must be an http(s) URL with a host"));
    }
    // The inbound webhook providers of §9: checked here, applied below once mid.conf is written.
    InboundSettings inbound = m_s.inbound.providers().settings();
    bool inboundChanged = false;
    for (const InboundSettings::Field &f : InboundSettings::fields()) {
        const QString name = QString::fromLatin1(f.name);
        // Root certificates and a key set are documents, not names.
        const bool document = f.member == &InboundSettings::appStoreRootCertificates ||
                              f.member == &InboundSettings::playStoreJwks;
        const auto value =
            body.string(name, false, document ? 64 * 1024 : BodyReader::kMaxStringLength);
        if (!value)
            continue;
        const QString trimmed = value->trimmed();
        const QString problem = InboundWebhookService::settingProblem(name, trimmed);
        if (!problem.isEmpty())
            body.invalid(name, QStringLiteral("format"), problem);
        inbound.*(f.member) = trimmed;
        inboundChanged = true;
    }
    body.finish();
    QSettings file(confPath(), QSettings::IniFormat);
    auto store = [&file](const char *key, const std::optional<QString> &value) {
        if (!value)
            return;
        if (value->isEmpty())
            file.remove(QString::fromLatin1(key));
        else
            file.setValue(QString::fromLatin1(key), *value);
    };
    store("listen", listen);
    store("public-url", publicUrl);
    if (retentionDays)
        file.setValue(QStringLiteral("audit-retention-days"), *retentionDays);
    if (documentDays)
        file.setValue(QStringLiteral("document-retention-days"), *documentDays);
    for (const InboundSettings::Field &f : InboundSettings::fields()) {
        if (!body.has(QString::fromLatin1(f.name)))
            continue;
        file.remove(QString::fromLatin1(f.name)); // the spec's spelling, if a person wrote it
        store(f.confKey, inbound.*(f.member));
    }
    if (allowPrivate)
        file.setValue(QStringLiteral("webhooks-allow-private-networks"),
                      *allowPrivate ? QStringLiteral("true") : QStringLiteral("false"));
    file.sync();
    // mid.conf may now hold webhook secrets: the owner's alone, like data.key.
    QFile::setPermissions(confPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.status() != QSettings::NoError)
        throw ServiceError::internal(
            QStringLiteral("mid.conf could not be written in the data directory"));
    if (retentionDays)
        m_s.audit.setRetentionDays(int(*retentionDays));
    if (documentDays) {
        m_s.documents.setRetentionDays(int(*documentDays));
        m_s.documents.pruneExpired();
    }
    if (inboundChanged)
        m_s.inbound.configure(inbound);
    if (allowPrivate) {
        m_config.webhooksAllowPrivateNetworks = *allowPrivate;
        if (m_s.setWebhooksAllowPrivateNetworks)
            m_s.setWebhooksAllowPrivateNetworks(*allowPrivate);
    }
    ctx.auditDetails = {{QStringLiteral("fields"), QJsonArray::fromStringList(ctx.json().keys())}};
    QJsonObject data = settingsJson();
    const bool restartRequired = listen.has_value() || publicUrl.has_value();
    data.insert(QStringLiteral("restartRequired"), restartRequired);
    return Reply::ok(data, restartRequired
                               ? QStringLiteral("Settings saved; they apply at the next start")
                               : QStringLiteral("Settings saved and applied"));
}

Reply AdminController::listOperators(RequestContext &)
{
    QJsonArray items;
    for (const auto &op : m_s.operators.list())
        items.append(OperatorService::toJson(op));
    return Reply::ok(listData(items, items.size(), {}));
}

Reply AdminController::createOperator(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString username = body.string(QStringLiteral("username"), true).value_or(QString());
    const QString password = body.string(QStringLiteral("password"), true).value_or(QString());
    const QString role = body.string(QStringLiteral("role")).value_or(QStringLiteral("operator"));
    body.finish();
    ctx.auditResource = username;
    ctx.auditDetails = {{QStringLiteral("role"), role}};
    return Reply::created(OperatorService::toJson(m_s.operators.create(username, password, role)),
                          QStringLiteral("Operator created"));
}

Reply AdminController::updateOperator(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const auto password = body.string(QStringLiteral("password"));
    const auto role = body.string(QStringLiteral("role"));
    body.finish();
    ctx.auditResource = ctx.param(QStringLiteral("username"));
    if (role)
        ctx.auditDetails = {{QStringLiteral("role"), *role}};
    const auto op = m_s.operators.update(ctx.param(QStringLiteral("username")),
                                         password ? &*password : nullptr, role ? &*role : nullptr);
    return Reply::ok(OperatorService::toJson(op), QStringLiteral("Operator updated"));
}

Reply AdminController::deleteOperator(RequestContext &ctx)
{
    ctx.auditResource = ctx.param(QStringLiteral("username"));
    m_s.operators.remove(ctx.param(QStringLiteral("username")), ctx.principal.operatorId);
    return Reply::ok(QJsonObject{{QStringLiteral("deleted"), true}},
                     QStringLiteral("Operator deleted"));
}

Reply AdminController::metricsSeries(RequestContext &ctx)
{
    const qint64 nowS = Time::nowMs() / 1000;
    const qint64 toMs = ctx.queryTime(QStringLiteral("to"));
    const qint64 fromMs = ctx.queryTime(QStringLiteral("from"));
    const qint64 toS = toMs ? toMs / 1000 : nowS;
    const qint64 fromS = fromMs ? fromMs / 1000 : toS - 3600;
    if (fromS > toS)
        throw ServiceError::invalid(QStringLiteral("from"), QStringLiteral("range"),
                                    QStringLiteral("from must not be after to"));
    const int step = ctx.queryInt(QStringLiteral("step"), 60, 1, 86400);
    QString metric = ctx.queryValue(QStringLiteral("metric"));
    if (metric.isEmpty())
        metric = QStringLiteral("requests");
    return Reply::ok(
        m_s.history.series(metric, fromS, toS, step, ctx.queryValue(QStringLiteral("clientId"))));
}

Reply AdminController::events(RequestContext &ctx)
{
    QString lastEventId = QString::fromUtf8(ctx.header("last-event-id"));
    if (lastEventId.isEmpty())
        lastEventId = ctx.queryValue(QStringLiteral("lastEventId"));
    EventStreamHub &hub = m_s.stream;
    const EventStreamHub::Owner owner{AuthService::operatorTokenKey(ctx.header("authorization")),
                                      ctx.principal.operatorId};
    return Reply::streamed(
        "text/event-stream; charset=utf-8",
        [&hub, lastEventId, owner](QTcpSocket *socket) { hub.attach(socket, lastEventId, owner); });
}

} // namespace mid
