#pragma once

#include "ApiResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mid {

// The typed admin and client API of one MID server, over HTTP(S). This is everything the
// console knows of a server: in embedded mode it talks to its own process over loopback,
// otherwise to a remote mid-server. Every call is asynchronous; the answer arrives on the
// caller's thread through `done`, and only while `context` still exists.
class AdminClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit AdminClient(QObject *parent = nullptr);
    ~AdminClient() override;

    // Where to connect, with which operator token, and (https) the SHA-256 fingerprint of the
    // only certificate accepted from that server (CertificatePin); empty: the system's trust.
    void setServer(const QUrl &baseUrl, const QString &operatorToken, bool remote,
                   const QString &pinnedFingerprint);
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    bool isRemote() const { return m_remote; }
    QString pinnedFingerprint() const { return m_pin; }
    // The server now serves another certificate, learnt over the pinned connection (after a
    // regeneration or an installed certificate): later connections must present that one.
    void setPinnedFingerprint(const QString &fingerprint);

    // POST /admin/v1/login; on success data = {token, expiresAt, operator{username, role}}.
    static void login(QNetworkAccessManager *network, const QUrl &baseUrl,
                      const QString &pinnedFingerprint, const QString &username,
                      const QString &password, QObject *context, Callback done);

    // --- generic calls (paths relative to the base URL, e.g. "/admin/v1/overview")
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback done);
    void put(const QString &path, const QJsonObject &body, QObject *context, Callback done);
    void remove(const QString &path, QObject *context, Callback done);
    // Raw bytes of any URL on this server (QR images, pages); ApiResult::raw holds them.
    void fetch(const QUrl &url, QObject *context, Callback done);

    // --- server
    void overview(QObject *context, Callback done); // GET /admin/v1/overview
    void settings(QObject *context, Callback done); // GET /admin/v1/settings
    void saveSettings(const QJsonObject &changes, QObject *context, Callback done); // PUT
    // GET /admin/v1/metrics/series: metric ∈ requests, latency, consents, rate_limited;
    // a clientId narrows requests to one tenant (one-minute resolution).
    void metricsSeries(const QString &metric, const QDateTime &from, const QDateTime &to,
                       int stepSeconds, QObject *context, Callback done,
                       const QString &clientId = {});
    void logout(QObject *context, Callback done);

    // --- the box's TLS identity, /admin/v1/settings/tls: data = {mode: auto|files|off, enabled,
    // certificate: {fingerprintSha256, notBefore, notAfter, names, subject, issuer,
    // issuedByLocalCa, caFingerprintSha256} or null, caCertificatePath?}
    void tlsStatus(QObject *context, Callback done);
    // A new certificate from the box's local CA (admin; 409 while TLS is off).
    void regenerateTls(QObject *context, Callback done);
    // The operator's own PEM chain (leaf first) and its key (admin; 422 when unusable); the
    // answer adds restartRequired.
    void installTls(const QByteArray &chainPem, const QByteArray &keyPem, QObject *context,
                    Callback done);

    // --- clients (tenants), /v1/clients
    void listClients(const QString &cursor, QObject *context, Callback done);
    void createClient(const QJsonObject &spec, QObject *context, Callback done);
    void updateClient(const QString &clientId, const QJsonObject &changes, QObject *context,
                      Callback done);
    void setClientSuspended(const QString &clientId, bool suspended, QObject *context,
                            Callback done);
    void regenerateKey(const QString &clientId, int graceSeconds, QObject *context, Callback done);
    void deleteClient(const QString &clientId, QObject *context, Callback done);

    // --- consents, /admin/v1/consents (every tenant's)
    struct ConsentQuery
    {
        QString clientId, status, recipient;
        QString recipientContains; // part of the number
        QDateTime from, to;
        int limit = 200;
        QString cursor;
    };
    void listConsents(const ConsentQuery &query, QObject *context, Callback done);
    void getConsent(const QString &id, QObject *context, Callback done);
    // Creates a session on behalf of a tenant (demos, the QR presenter).
    void createConsent(const QString &clientId, const QJsonObject &spec, QObject *context,
                       Callback done);
    void revokeConsent(const QString &id, QObject *context, Callback done);
    // Absolute URL of a consent's QR image (public: the id is the capability).
    QUrl consentQrUrl(const QString &consentId, const QString &format = QStringLiteral("png"),
                      int size = 0) const;

    // --- audit, /admin/v1/audit
    struct AuditQuery
    {
        QString actor, action, resource, text;
        QString userId;  // whom the call concerned (the row's details.userId), exact
        QString outcome; // an exact HTTP status, e.g. "403"
        QDateTime from, to;
        int limit = 200;
        QString cursor;
    };
    void listAudit(const AuditQuery &query, QObject *context, Callback done);
    void verifyAudit(QObject *context, Callback done);

    // --- devices, /v1/devices (operators see every tenant's; auditors read only)
    struct DeviceQuery
    {
        QString mobile, status; // empty: any
        int limit = 200;
        QString cursor;
    };
    void listDevices(const DeviceQuery &query, QObject *context, Callback done);
    // One device with its credentials [{id, alg, aaguid, signCount, createdAt, lastUsedAt,
    // transports}].
    void getDevice(const QString &id, QObject *context, Callback done);
    void blockDevice(const QString &id, const QString &reason, QObject *context, Callback done);
    void unblockDevice(const QString &id, QObject *context, Callback done);
    // DELETE /v1/devices/:id: its credentials are revoked, device.deregistered fires.
    void deregisterDevice(const QString &id, QObject *context, Callback done);

    // --- messages, /admin/v1/messages (the outbound SMS/OTP log), newest first
    struct MessageQuery
    {
        QString to;       // the whole number, as the API matches it; empty: any
        QString purpose;  // e.g. "enrollment"; empty: any
        QString clientId; // the tenant it was sent for; empty: any
        int limit = 200;
        QString cursor;
    };
    void listMessages(const MessageQuery &query, QObject *context, Callback done);
    // The newest `limit` messages to one number (an empty recipient: to anyone).
    void listMessages(const QString &recipient, int limit, QObject *context, Callback done);

    // --- webhooks, /admin/v1/webhooks (§9): endpoints, outbound deliveries, inbound requests
    // Every endpoint, or one tenant's; items {id, clientId, url, events, status, description, …}.
    void listWebhookEndpoints(const QString &clientId, QObject *context, Callback done);
    // spec {clientId, url, events?, description?}; the answer adds the one-time `secret`.
    void createWebhookEndpoint(const QJsonObject &spec, QObject *context, Callback done);
    void updateWebhookEndpoint(const QString &id, const QJsonObject &changes, QObject *context,
                               Callback done);
    void deleteWebhookEndpoint(const QString &id, QObject *context, Callback done);
    void setWebhookEndpointPaused(const QString &id, bool paused, QObject *context, Callback done);
    // 202 with the queued ping delivery.
    void pingWebhookEndpoint(const QString &id, QObject *context, Callback done);
    // The endpoint plus its new `secret` and `graceSeconds` the old one stays valid.
    void rotateWebhookSecret(const QString &id, int graceSeconds, QObject *context, Callback done);
    // {secret}: operator or admin only, and audited.
    void webhookSecret(const QString &id, QObject *context, Callback done);

    struct DeliveryQuery
    {
        QString clientId, endpointId, event, status, resource; // empty: any
        int limit = 200;
        QString cursor;
    };
    void listWebhookDeliveries(const DeliveryQuery &query, QObject *context, Callback done);
    // One delivery with attemptList, payload (the event) and endpoint.
    void getWebhookDelivery(const QString &id, QObject *context, Callback done);
    // 202 with the new delivery of the same event.
    void replayWebhookDelivery(const QString &id, QObject *context, Callback done);

    struct InboundQuery
    {
        QString provider, verdict; // empty: any
        int limit = 200;
        QString cursor;
    };
    void listInboundWebhooks(const InboundQuery &query, QObject *context, Callback done);
    // One inbound request with headers, body, bodyEncoding and decoded.
    void getInboundWebhook(const QString &id, QObject *context, Callback done);

    // --- MPin identities (§8), /admin/v1/mpin/identities: every project's; items {mpinId (the
    // hash), projectId, clientId, clientName, userId, deviceName, dvs, status, revoked,
    // revokeReason, deviceId, credentialId, createdAt, activatedAt, revokedAt, …}
    struct MpinQuery
    {
        QString clientId, userId, deviceId; // exact; empty: any
        QString revoked;                    // "true", "false"; empty: any
        int limit = 200;
        QString cursor;
    };
    void listMpinIdentities(const MpinQuery &query, QObject *context, Callback done);
    // Both answer the identity as listed.
    void renameMpinIdentity(const QString &mpinId, const QString &deviceName, QObject *context,
                            Callback done);
    // Its FIDO credential is revoked with it; an empty reason is allowed.
    void revokeMpinIdentity(const QString &mpinId, const QString &reason, QObject *context,
                            Callback done);

    // --- identity reviews and signing sessions (§10): lists newest first, with data.counts
    // {status: n} beside items; auditors read, operators and admins decide
    struct StatusQuery
    {
        QString status, clientId; // empty: any
        int limit = 200;
        QString cursor;
    };
    void listIdentityReviews(const StatusQuery &query, QObject *context, Callback done);
    // One verification with its documents (metadata, MRZ and its checks).
    void getIdentityReview(const QString &id, QObject *context, Callback done);
    // decision "verified" or "rejected" (which needs a note); 409 once decided.
    void decideIdentityReview(const QString &id, const QString &decision, const QString &note,
                              QObject *context, Callback done);
    // An uploaded document's bytes (ApiResult::raw, contentType); 410 once retention removed it.
    void documentContent(const QString &documentId, QObject *context, Callback done);
    void listSigningSessions(const StatusQuery &query, QObject *context, Callback done);
    // One session with its evidence and seal once signed.
    void getSigningSession(const QString &id, QObject *context, Callback done);
    // The evidence bundle {evidence, seal, jwks, document} (unenveloped; 409 until signed).
    void signingEvidence(const QString &id, QObject *context, Callback done);

    // --- token signing keys (§8): GET /dvs/jwks, public, {keys: [{kid, kty, alg, use, …}]}
    // newest (the signing one) first
    void signingKeys(QObject *context, Callback done);
    // POST /admin/v1/keys/rotate (admin) → {kid, alg, createdAt, retiredKid,
    // retiredPublishedUntil}
    void rotateSigningKey(QObject *context, Callback done);

Q_SIGNALS:
    // Any call answered 401: the token expired or was revoked; the console asks to log in.
    void unauthorized();
    // Reachability changes as seen by ordinary calls (the event stream reports its own).
    void reachabilityChanged(bool reachable);

private:
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                        const QByteArray &body);
    void deliver(QNetworkReply *reply, QObject *context, Callback done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    QString m_pin;
    bool m_remote = false;
    bool m_reachable = true;
};

} // namespace mid
