#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mid {

// Where a tenant receives events (§9): `whe_…`, one or more per client. The secret is kept
// sealed under the data key; previous secrets of a rotation live beside it until they expire.
struct WebhookEndpoint
{
    QString id;
    QString clientId;
    QString url;
    QStringList events;                        // empty: every event
    QString status = QStringLiteral("active"); // active | paused | disabled
    QString statusReason;                      // why it was disabled (410 Gone, …)
    QString description;
    QByteArray secretSealed;
    int position = 0; // 0 is the client's first endpoint (its webhookUrl of §6)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

namespace WebhookRules {
inline const QString kActive = QStringLiteral("active");
inline const QString kPaused = QStringLiteral("paused");
inline const QString kDisabled = QStringLiteral("disabled");

// Whether an endpoint subscribed to this event. `ping` goes only where it is sent.
bool wants(const WebhookEndpoint &endpoint, const QString &eventType);
// https anywhere; http only to a loopback host (a receiver on the box itself).
bool isAllowedUrl(const QString &url);
// The HMAC key a secret stands for: the base64-decoded part of whsec_…; any other secret
// (a client secret) is used as its bytes.
QByteArray hmacKey(const QString &secret);
} // namespace WebhookRules

// One event on its way to one URL. Statuses: pending (first attempt due), retrying (an
// attempt failed, the next is scheduled), held (its endpoint is paused), delivered, failed
// (attempts exhausted or the URL refused), cancelled (its endpoint was disabled or deleted).
struct WebhookDelivery
{
    qint64 seq = 0;
    QString id; // whd_…
    QString eventId;
    QString eventType;
    QString clientId;
    QString endpointId; // empty: the consent's callbackUrl
    QString url;
    QString resource; // what the event is about (a consent id, a device id)
    QString status;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    int lastStatusCode = 0;
    QString lastError;
    qint64 lastDurationMs = -1;
    QString replayOf;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 deliveredAt = 0;
};

// One HTTP attempt of a delivery, as the console's inspector shows it.
struct WebhookAttempt
{
    QString deliveryId;
    int number = 0;
    qint64 startedAt = 0;
    qint64 durationMs = 0;
    int statusCode = 0; // 0: no answer (timeout, refused, network error)
    QString error;
    QJsonObject requestHeaders;
    QByteArray requestBody;
    QJsonObject responseHeaders;
    QByteArray responseBody;
    bool responseTruncated = false;
};

} // namespace mid
