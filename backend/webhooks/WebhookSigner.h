#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace mid {

// The three signatures of an outbound webhook (§9), computed at send time with the secrets
// valid then, so a rotation applies to the next retry:
//   body      {"data","event","id","signature","timestamp"}, signature = "sha256=" + hex HMAC of
//             the canonical body without `signature`;
//   X-Mid-Signature    "sha256=" + hex HMAC of the raw body;
//   webhook-signature  "v1,<base64 HMAC of id.timestamp.body>", one per valid secret,
//                      space-separated (Standard Webhooks).
// The first secret (the current one) signs the body and X-Mid-Signature.
namespace WebhookSigner {

// Canonical JSON: object keys sorted by UTF-16 code units at every depth, no whitespace,
// UTF-8, strings and numbers written exactly as JavaScript's JSON.stringify writes them
// (shortest round-trip numbers, 1e21 and up in exponent form, lone surrogates as \udxxx,
// control characters as \u00xx, nothing else escaped). QJsonDocument::Compact differs in
// numbers (it writes 1e+20 where JSON.stringify writes 100000000000000000000) and in how it
// escapes, so this does not use it.
QByteArray canonicalJson(const QJsonValue &value);
QByteArray canonicalJson(const QJsonObject &object);
// A double as ECMAScript's Number::toString writes it (NaN and infinities: null).
QByteArray number(double value);

struct Event
{
    QString id;        // evt_…: also webhook-id
    QString type;      // X-Mid-Event
    QString timestamp; // RFC 3339 of the event
    QJsonObject data;
};

struct Signed
{
    QByteArray body;             // canonical, with its signature member
    QByteArray midSignature;     // X-Mid-Signature
    QByteArray webhookSignature; // webhook-signature
    QByteArray webhookTimestamp; // webhook-timestamp (unix seconds)
    // Every header of the request, in the order sent.
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Signs `event` with `secrets` (current first); `unixSeconds` is the attempt's time.
// An empty secret list signs nothing (the caller refuses such a delivery).
Signed sign(const Event &event, const QStringList &secrets, qint64 unixSeconds);

QByteArray hexHmac(const QByteArray &key, const QByteArray &data);

} // namespace WebhookSigner

} // namespace mid
