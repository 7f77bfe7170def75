// Stripe webhooks as webhooks/Stripe checks them: the Stripe-Signature header (t=…, v1=…),
// HMAC-SHA256 of "t.body" under the fixed secret within 300 s of the fixed clock, and the
// event object of the body. Input: the header's value, a line feed, the raw body.
#include "support/Check.h"
#include "support/FuzzSupport.h"
#include "webhooks/Stripe.h"

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    QString why;
    const auto parsed = Stripe::parseHeader(header, &why);
    MID_FUZZ_CHECK(parsed || !why.isEmpty(), "a refused header says no why");
    const InboundCheck check =
        Stripe::verify(header, body, fuzz::Fixed::kStripeSecret, fuzz::Fixed::kNowSeconds);
    fuzz::say(check.ok ? QStringLiteral("verified") : check.reason);
    if (check.ok) {
        MID_FUZZ_CHECK(parsed.has_value(), "verified a header that does not parse");
        const qint64 age = fuzz::Fixed::kNowSeconds - parsed->timestamp;
        MID_FUZZ_CHECK(age <= Stripe::kToleranceSeconds && -age <= Stripe::kToleranceSeconds,
                       "verified outside the tolerance");
    } else {
        MID_FUZZ_CHECK(!check.reason.isEmpty(), "refused without a reason");
    }
    if (const auto event = Stripe::decodeEvent(body, &why)) {
        MID_FUZZ_CHECK(!event->eventId.isEmpty() && !event->eventType.isEmpty(),
                       "an event without id or type");
    }
    return 0;
}
