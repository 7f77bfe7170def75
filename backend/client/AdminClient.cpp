#include "AdminClient.h"

#include "CertificatePin.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mid {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

void addTime(QUrlQuery &q, const QString &name, const QDateTime &t)
{
    if (t.isValid())
        q.addQueryItem(name, rfc3339(t));
}

void addText(QUrlQuery &q, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        q.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
}

// The time window and paging every list query ends with.
void addWindow(QUrlQuery &q, const QDateTime &from, const QDateTime &to, int limit,
               const QString &cursor)
{
    addTime(q, QStringLiteral("from"), from);
    addTime(q, QStringLiteral("to"), to);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    addText(q, QStringLiteral("cursor"), cursor);
}

QString encodedId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Takes the envelope (or a raw body) of a finished reply apart.
ApiResult resultOf(QNetworkReply *reply)
{
    ApiResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted reply is closed
        r.raw = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (r.status == 0) {
        const QString refusal = CertificatePin::refusalOf(reply);
        r.message = refusal.isEmpty() ? reply->errorString() : refusal;
        return r;
    }
    if (!r.contentType.startsWith(kJson)) {
        r.data = QString::fromUtf8(r.raw);
        return r;
    }
    const QJsonObject body = QJsonDocument::fromJson(r.raw).object();
    if (!body.contains(QStringLiteral("success"))) { // unenveloped JSON
        r.data = body;
        if (!r.ok()) // seed 004's raw error {error, message, requestId} still says why
            r.message = body.value(QStringLiteral("message")).toString();
        return r;
    }
    r.data = body.value(QStringLiteral("data"));
    r.message = body.value(QStringLiteral("message")).toString();
    r.errorType = body.value(QStringLiteral("type")).toString();
    r.details = body.value(QStringLiteral("details")).toArray();
    return r;
}

} // namespace

AdminClient::AdminClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<mid::ApiResult>();
}

AdminClient::~AdminClient() = default;

void AdminClient::setServer(const QUrl &baseUrl, const QString &operatorToken, bool remote,
                            const QString &pinnedFingerprint)
{
    m_baseUrl = baseUrl;
    m_token = operatorToken;
    m_remote = remote;
    m_reachable = true;
    setPinnedFingerprint(pinnedFingerprint);
}

void AdminClient::setPinnedFingerprint(const QString &fingerprint)
{
    if (fingerprint == m_pin)
        return;
    m_pin = fingerprint;
    // A kept-alive connection was checked against the old pin when it was made; new ones are
    // checked against this one.
    m_network->clearConnectionCache();
}

void AdminClient::login(QNetworkAccessManager *network, const QUrl &baseUrl,
                        const QString &pinnedFingerprint, const QString &username,
                        const QString &password, QObject *context, Callback done)
{
    QNetworkRequest request(baseUrl.resolved(QUrl(QStringLiteral("/admin/v1/login"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, kJson);
    request.setTransferTimeout(15000);
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password}};
    QNetworkReply *reply =
        network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    CertificatePin::guard(reply, pinnedFingerprint);
    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, guard, done] {
        reply->deleteLater();
        if (guard)
            done(resultOf(reply));
    });
}

QNetworkReply *AdminClient::send(const QByteArray &verb, const QString &path,
                                 const QUrlQuery &query, const QByteArray &body)
{
    QUrl url = m_baseUrl.resolved(QUrl(path));
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!m_token.isEmpty()) // a client without a token makes public (device-side) calls
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(30000);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, kJson);
    return m_network->sendCustomRequest(request, verb, body);
}

void AdminClient::deliver(QNetworkReply *reply, QObject *context, Callback done)
{
    // The pin is this server's: a fetched URL elsewhere (none today) keeps the system's trust.
    if (reply->url().scheme() == m_baseUrl.scheme() && reply->url().host() == m_baseUrl.host() &&
        reply->url().port() == m_baseUrl.port())
        CertificatePin::guard(reply, m_pin);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done] {
        reply->deleteLater();
        const ApiResult result = resultOf(reply);
        const bool reachable = !result.unreachable();
        if (reachable != m_reachable) {
            m_reachable = reachable;
            Q_EMIT reachabilityChanged(reachable);
        }
        if (result.status == 401)
            Q_EMIT unauthorized();
        if (guard)
            done(result);
    });
}

void AdminClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    deliver(send("GET", path, query, QByteArray()), context, std::move(done));
}

void AdminClient::post(const QString &path, const QJsonObject &body, QObject *context,
                       Callback done)
{
    deliver(send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)), context,
            std::move(done));
}

void AdminClient::put(const QString &path, const QJsonObject &body, QObject *context, Callback done)
{
    deliver(send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)), context,
            std::move(done));
}

void AdminClient::remove(const QString &path, QObject *context, Callback done)
{
    deliver(send("DELETE", path, {}, QByteArray()), context, std::move(done));
}

void AdminClient::fetch(const QUrl &url, QObject *context, Callback done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    deliver(m_network->get(request), context, std::move(done));
}

void AdminClient::overview(QObject *context, Callback done)
{
    get(QStringLiteral("/admin/v1/overview"), {}, context, std::move(done));
}

void AdminClient::settings(QObject *context, Callback done)
{
    get(QStringLiteral("/admin/v1/settings"), {}, context, std::move(done));
}

void AdminClient::saveSettings(const QJsonObject &changes, QObject *context, Callback done)
{
    put(QStringLiteral("/admin/v1/settings"), changes, context, std::move(done));
}

void AdminClient::metricsSeries(const QString &metric, const QDateTime &from, const QDateTime &to,
                                int stepSeconds, QObject *context, Callback done,
                                const QString &clientId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("metric"), metric);
    addText(q, QStringLiteral("clientId"), clientId);
    addTime(q, QStringLiteral("from"), from);
    addTime(q, QStringLiteral("to"), to);
    q.addQueryItem(QStringLiteral("step"), QString::number(stepSeconds));
    get(QStringLiteral("/admin/v1/metrics/series"), q, context, std::move(done));
}

void AdminClient::logout(QObject *context, Callback done)
{
    post(QStringLiteral("/admin/v1/logout"), {}, context, std::move(done));
}

namespace {
const QString kTlsSettings = QStringLiteral("/admin/v1/settings/tls");
} // namespace

void AdminClient::tlsStatus(QObject *context, Callback done)
{
    get(kTlsSettings, {}, context, std::move(done));
}

void AdminClient::regenerateTls(QObject *context, Callback done)
{
    deliver(send("POST", kTlsSettings + QStringLiteral("/regenerate"), {}, QByteArray()), context,
            std::move(done));
}

void AdminClient::installTls(const QByteArray &chainPem, const QByteArray &keyPem, QObject *context,
                             Callback done)
{
    put(kTlsSettings,
        {{QStringLiteral("certificate"), QString::fromUtf8(chainPem)},
         {QStringLiteral("privateKey"), QString::fromUtf8(keyPem)}},
        context, std::move(done));
}

void AdminClient::listClients(const QString &cursor, QObject *context, Callback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    addText(q, QStringLiteral("cursor"), cursor);
    get(QStringLiteral("/v1/clients"), q, context, std::move(done));
}

void AdminClient::createClient(const QJsonObject &spec, QObject *context, Callback done)
{
    post(QStringLiteral("/v1/clients"), spec, context, std::move(done));
}

void AdminClient::updateClient(const QString &clientId, const QJsonObject &changes,
                               QObject *context, Callback done)
{
    put(QStringLiteral("/v1/clients/") + encodedId(clientId), changes, context, std::move(done));
}

void AdminClient::setClientSuspended(const QString &clientId, bool suspended, QObject *context,
                                     Callback done)
{
    const QJsonObject change{{QStringLiteral("status"),
                              suspended ? QStringLiteral("suspended") : QStringLiteral("active")}};
    updateClient(clientId, change, context, std::move(done));
}

void AdminClient::regenerateKey(const QString &clientId, int graceSeconds, QObject *context,
                                Callback done)
{
    post(QStringLiteral("/v1/clients/%1/regenerate-key").arg(encodedId(clientId)),
         {{QStringLiteral("graceSeconds"), graceSeconds}}, context, std::move(done));
}

void AdminClient::deleteClient(const QString &clientId, QObject *context, Callback done)
{
    remove(QStringLiteral("/v1/clients/") + encodedId(clientId), context, std::move(done));
}

void AdminClient::listConsents(const ConsentQuery &query, QObject *context, Callback done)
{
    QUrlQuery q;
    addText(q, QStringLiteral("clientId"), query.clientId);
    addText(q, QStringLiteral("status"), query.status);
    addText(q, QStringLiteral("recipient"), query.recipient);
    addText(q, QStringLiteral("recipientContains"), query.recipientContains);
    addWindow(q, query.from, query.to, query.limit, query.cursor);
    get(QStringLiteral("/admin/v1/consents"), q, context, std::move(done));
}

void AdminClient::getConsent(const QString &id, QObject *context, Callback done)
{
    get(QStringLiteral("/admin/v1/consents/") + encodedId(id), {}, context, std::move(done));
}

void AdminClient::createConsent(const QString &clientId, const QJsonObject &spec, QObject *context,
                                Callback done)
{
    QJsonObject body = spec;
    body.insert(QStringLiteral("clientId"), clientId);
    post(QStringLiteral("/admin/v1/consents"), body, context, std::move(done));
}

void AdminClient::revokeConsent(const QString &id, QObject *context, Callback done)
{
    remove(QStringLiteral("/admin/v1/consents/") + encodedId(id), context, std::move(done));
}

QUrl AdminClient::consentQrUrl(const QString &consentId, const QString &format, int size) const
{
    QUrl url =
        m_baseUrl.resolved(QUrl(QStringLiteral("/v1/consents/qr/auth/") + encodedId(consentId)));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("format"), format);
    if (size > 0)
        q.addQueryItem(QStringLiteral("size"), QString::number(size));
    url.setQuery(q);
    return url;
}

void AdminClient::listAudit(const AuditQuery &query, QObject *context, Callback done)
{
    QUrlQuery q;
    addText(q, QStringLiteral("actor"), query.actor);
    addText(q, QStringLiteral("action"), query.action);
    addText(q, QStringLiteral("resource"), query.resource);
    addText(q, QStringLiteral("q"), query.text);
    addText(q, QStringLiteral("userId"), query.userId);
    addText(q, QStringLiteral("outcome"), query.outcome);
    addWindow(q, query.from, query.to, query.limit, query.cursor);
    get(QStringLiteral("/admin/v1/audit"), q, context, std::move(done));
}

void AdminClient::verifyAudit(QObject *context, Callback done)
{
    get(QStringLiteral("/admin/v1/audit/verify"), {}, context, std::move(done));
}

void AdminClient::listDevices(const DeviceQuery &query, QObject *context, Callback done)
{
    QUrlQuery q;
    addText(q, QStringLiteral("mobile"), query.mobile);
    addText(q, QStringLiteral("status"), query.status);
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    addText(q, QStringLiteral("cursor"), query.cursor);
    get(QStringLiteral("/v1/devices"), q, context, std::move(done));
}

void AdminClient::getDevice(const QString &id, QObject *context, Callback done)
{
    get(QStringLiteral("/v1/devices/") + encodedId(id), {}, context, std::move(done));
}

void AdminClient::blockDevice(const QString &id, const QString &reason, QObject *context,
                              Callback done)
{
    post(QStringLiteral("/v1/devices/%1/block").arg(encodedId(id)),
         {{QStringLiteral("reason"), reason}}, context, std::move(done));
}

void AdminClient::unblockDevice(const QString &id, QObject *context, Callback done)
{
    post(QStringLiteral("/v1/devices/%1/unblock").arg(encodedId(id)), {}, context, std::move(done));
}

void AdminClient::deregisterDevice(const QString &id, QObject *context, Callback done)
{
    remove(QStringLiteral("/v1/devices/") + encodedId(id), context, std::move(done));
}

void AdminClient::listMessages(const MessageQuery &query, QObject *context, Callback done)
{
    QUrlQuery q;
    addText(q, QStringLiteral("to"), query.to);
    addText(q, QStringLiteral("purpose"), query.purpose);
    addText(q, QStringLiteral("clientId"), query.clientId);
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    addText(q, QStringLiteral("cursor"), query.cursor);
    get(QStringLiteral("/admin/v1/messages"), q, context, std::move(done));
}

void AdminClient::listMessages(const QString &recipient, int limit, QObject *context, Callback done)
{
    MessageQuery q;
    q.to = recipient;
    q.limit = limit;
    listMessages(q, context, std::move(done));
}

namespace {
const QString kWebhookEndpoints = QStringLiteral("/admin/v1/webhooks/endpoints/");
const QString kWebhookDeliveries = QStringLiteral("/admin/v1/webhooks/deliveries/");
} // namespace

void AdminClient::listWebhookEndpoints(const QString &clientId, QObject *context, Callback done)
{
    QUrlQuery q;
    addText(q, QStringLiteral("clientId"), clientId);
    get(QStringLiteral("/admin/v1/webhooks/endpoints"), q, context, std::move(done));
}

void AdminClient::createWebhookEndpoint(const QJsonObject &spec, QObject *context, Callback done)
{
    post(QStringLiteral("/admin/v1/webhooks/endpoints"), spec, context, std::move(done));
}

void AdminClient::updateWebhookEndpoint(const QString &id, const QJsonObject &changes,
                                        QObject *context, Callback done)
{
    put(kWebhookEndpoints + encodedId(id), changes, context, std::move(done));
}

void AdminClient::deleteWebhookEndpoint(const QString &id, QObject *context, Callback done)
{
    remove(kWebhookEndpoints + encodedId(id), context, std::move(done));
}

void AdminClient::setWebhookEndpointPaused(const QString &id, bool paused, QObject *context,
                                           Callback done)
{
    post(kWebhookEndpoints + encodedId(id) +
             (paused ? QStringLiteral("/pause") : QStringLiteral("/resume")),
         {}, context, std::move(done));
}

void AdminClient::pingWebhookEndpoint(const QString &id, QObject *context, Callback done)
{
    post(kWebhookEndpoints + encodedId(id) + QStringLiteral("/ping"), {}, context, std::move(done));
}

void AdminClient::rotateWebhookSecret(const QString &id, int graceSeconds, QObject *context,
                                      Callback done)
{
    post(kWebhookEndpoints + encodedId(id) + QStringLiteral("/rotate"),
         {{QStringLiteral("graceSeconds"), graceSeconds}}, context, std::move(done));
}

void AdminClient::webhookSecret(const QString &id, QObject *context, Callback done)
{
    get(kWebhookEndpoints + encodedId(id) + QStringLiteral("/secret"), {}, context,
        std::move(done));
}

void AdminClient::listWebhookDeliveries(const DeliveryQuery &query, QObject *context, Callback done)
{
    QUrlQuery q;
    addText(q, QStringLiteral("clientId"), query.clientId);
    addText(q, QStringLiteral("endpointId"), query.endpointId);
    addText(q, QStringLiteral("event"), query.event);
    addText(q, QStringLiteral("status"), query.status);
    addText(q, QStringLiteral("resource"), query.resource);
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    addText(q, QStringLiteral("cursor"), query.cursor);
    get(QStringLiteral("/admin/v1/webhooks/deliveries"), q, context, std::move(done));
}

void AdminClient::getWebhookDelivery(const QString &id, QObject *context, Callback done)
{
    get(kWebhookDeliveries + encodedId(id), {}, context, std::move(done));
}

void AdminClient::replayWebhookDelivery(const QString &id, QObject *context, Callback done)
{
    post(kWebhookDeliveries + encodedId(id) + QStringLiteral("/replay"), {}, context,
         std::move(done));
}

void AdminClient::listInboundWebhooks(const InboundQuery &query, QObject *context, Callback done)
{
    QUrlQuery q;
    addText(q, QStringLiteral("provider"), query.provider);
    addText(q, QStringLiteral("verdict"), query.verdict);
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    addText(q, QStringLiteral("cursor"), query.cursor);
    get(QStringLiteral("/admin/v1/webhooks/inbound"), q, context, std::move(done));
}

void AdminClient::getInboundWebhook(const QString &id, QObject *context, Callback done)
{
    get(QStringLiteral("/admin/v1/webhooks/inbound/") + encodedId(id), {}, context,
        std::move(done));
}

namespace {
const QString kMpinIdentities = QStringLiteral("/admin/v1/mpin/identities");
} // namespace

void AdminClient::listMpinIdentities(const MpinQuery &query, QObject *context, Callback done)
{
    QUrlQuery q;
    addText(q, QStringLiteral("clientId"), query.clientId);
    addText(q, QStringLiteral("userId"), query.userId);
    addText(q, QStringLiteral("deviceId"), query.deviceId);
    addText(q, QStringLiteral("revoked"), query.revoked);
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    addText(q, QStringLiteral("cursor"), query.cursor);
    get(kMpinIdentities, q, context, std::move(done));
}

void AdminClient::renameMpinIdentity(const QString &mpinId, const QString &deviceName,
                                     QObject *context, Callback done)
{
    put(kMpinIdentities + QLatin1Char('/') + encodedId(mpinId),
        {{QStringLiteral("deviceName"), deviceName}}, context, std::move(done));
}

void AdminClient::revokeMpinIdentity(const QString &mpinId, const QString &reason, QObject *context,
                                     Callback done)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    post(kMpinIdentities + QLatin1Char('/') + encodedId(mpinId) + QStringLiteral("/revoke"), body,
         context, std::move(done));
}

namespace {
QUrlQuery statusQuery(const AdminClient::StatusQuery &query)
{
    QUrlQuery q;
    addText(q, QStringLiteral("status"), query.status);
    addText(q, QStringLiteral("clientId"), query.clientId);
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    addText(q, QStringLiteral("cursor"), query.cursor);
    return q;
}
const QString kReviews = QStringLiteral("/admin/v1/identity/reviews");
const QString kSigningSessions = QStringLiteral("/admin/v1/signing/sessions");
} // namespace

void AdminClient::listIdentityReviews(const StatusQuery &query, QObject *context, Callback done)
{
    get(kReviews, statusQuery(query), context, std::move(done));
}

void AdminClient::getIdentityReview(const QString &id, QObject *context, Callback done)
{
    get(kReviews + QLatin1Char('/') + encodedId(id), {}, context, std::move(done));
}

void AdminClient::decideIdentityReview(const QString &id, const QString &decision,
                                       const QString &note, QObject *context, Callback done)
{
    QJsonObject body{{QStringLiteral("decision"), decision}};
    if (!note.isEmpty())
        body.insert(QStringLiteral("note"), note);
    post(kReviews + QLatin1Char('/') + encodedId(id) + QStringLiteral("/decide"), body, context,
         std::move(done));
}

void AdminClient::documentContent(const QString &documentId, QObject *context, Callback done)
{
    get(QStringLiteral("/admin/v1/documents/%1/content").arg(encodedId(documentId)), {}, context,
        std::move(done));
}

void AdminClient::listSigningSessions(const StatusQuery &query, QObject *context, Callback done)
{
    get(kSigningSessions, statusQuery(query), context, std::move(done));
}

void AdminClient::getSigningSession(const QString &id, QObject *context, Callback done)
{
    get(kSigningSessions + QLatin1Char('/') + encodedId(id), {}, context, std::move(done));
}

void AdminClient::signingEvidence(const QString &id, QObject *context, Callback done)
{
    get(kSigningSessions + QLatin1Char('/') + encodedId(id) + QStringLiteral("/evidence"), {},
        context, std::move(done));
}

void AdminClient::signingKeys(QObject *context, Callback done)
{
    get(QStringLiteral("/dvs/jwks"), {}, context, std::move(done));
}

void AdminClient::rotateSigningKey(QObject *context, Callback done)
{
    post(QStringLiteral("/admin/v1/keys/rotate"), {}, context, std::move(done));
}

} // namespace mid
