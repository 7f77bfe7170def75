#pragma once

#include "InboundEvent.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace mid::Stripe {

// §9: Stripe's libraries accept a signature within five minutes of the server clock.
inline constexpr qint64 kToleranceSeconds = 300;

// `Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>][,v0=<hex>]`. Stripe sends one v1
// per active signing secret while a secret is rolled, and a v0 only in test mode.
struct SignatureHeader
{
    qint64 timestamp = -1;
    QList<QByteArray> v1;
};

// nullopt with *why when the header has no numeric `t` or no `v1` (a header with only v0, or
// another scheme, is refused: v1 is the one scheme Stripe signs live events with).
std::optional<SignatureHeader> parseHeader(const QByteArray &header, QString *why);

// Lowercase hex of HMAC-SHA256 keyed with the whole endpoint secret as Stripe's libraries
// use it ("whsec_…", not base64-decoded), over `t + "." + raw body`.
QByteArray signature(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

// What Stripe sends: "t=<timestamp>,v1=<signature>".
QByteArray signatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

// Passes when some v1 equals the expected signature (compared in constant time) and `t` is
// within `tolerance` seconds of `nowSeconds`, in either direction (as stripe-php checks it:
// a timestamp from the future is as suspect as a stale one).
InboundCheck verify(const QByteArray &header, const QByteArray &body, const QByteArray &secret,
                    qint64 nowSeconds, qint64 tolerance = kToleranceSeconds);

// The event object of the body: `id` (evt_…), `type`, and the customer of `data.object`
// (a "cus_…" string, or an expanded customer's `id`). nullopt with *why when the body is not
// an event.
std::optional<InboundEvent> decodeEvent(const QByteArray &body, QString *why);

} // namespace mid::Stripe
