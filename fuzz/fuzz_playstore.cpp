// Google Play real-time developer notifications as webhooks/PlayStore checks them: the
// `Authorization: Bearer <OIDC JWT>` of a Pub/Sub push (RS256 under the fixed JWKS key its kid
// names, aud, exp against the fixed clock, iss), and the push body with its base64
// DeveloperNotification. Input: the Authorization value, a line feed, the raw body.
#include "support/Check.h"
#include "support/FuzzSupport.h"
#include "webhooks/PlayStore.h"

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PlayStore::Jwks jwks = [] {
        QString why;
        const auto parsed =
            PlayStore::parseJwks(fuzz::keyFile(QStringLiteral("play-jwks.json")), &why);
        MID_FUZZ_CHECK(parsed.has_value(), "the fixed JWKS does not parse");
        return *parsed;
    }();

    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray authorization = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    const InboundCheck check = PlayStore::verifyBearer(
        authorization, jwks, fuzz::Fixed::kPlayAudience, fuzz::Fixed::kNowSeconds);
    MID_FUZZ_CHECK(check.ok || !check.reason.isEmpty(), "refused without a reason");
    fuzz::say(check.ok ? QStringLiteral("bearer verified") : check.reason);
    QString why;
    if (const auto event = PlayStore::decodePush(body, &why)) {
        MID_FUZZ_CHECK(!event->eventId.isEmpty() && !event->eventType.isEmpty(),
                       "a push without id or type");
        fuzz::say(QStringLiteral("push %1 %2").arg(event->eventId, event->eventType));
    } else {
        MID_FUZZ_CHECK(!why.isEmpty(), "refused without a reason");
        fuzz::say(why);
    }
    return 0;
}
