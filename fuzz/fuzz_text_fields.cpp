// The small text rules requests are judged by, each given the same input: the E.164 number
// (domain/PhoneNumber, and its masked form on public pages), the paging cursor (core/Cursor),
// RFC 3339 times of query parameters (core/Time), webhook and callback URLs
// (WebhookRules::isAllowedUrl), webhook secrets as HMAC keys, and base64url (crypto/Base64Url:
// one spelling per value, so decode and encode must be inverse).
#include "core/Cursor.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/Base64Url.h"
#include "domain/PhoneNumber.h"
#include "domain/Webhook.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);

    const bool e164 = PhoneNumber::isE164(text);
    const QString masked = PhoneNumber::masked(text);
    if (e164) {
        MID_FUZZ_CHECK(masked.endsWith(text.right(4)) && masked.size() == text.size(),
                       "a number masked to something else");
    }
    try {
        const qint64 position = Cursor::decode(text);
        MID_FUZZ_CHECK(position >= 0, "a negative cursor position");
        MID_FUZZ_CHECK(Cursor::decode(Cursor::encode(position)) == position,
                       "a cursor that does not round-trip");
    } catch (const ServiceError &) {
    }
    const QDateTime time = Time::parseRfc3339(text);
    if (time.isValid())
        Time::rfc3339(time);
    WebhookRules::isAllowedUrl(text);
    WebhookRules::hmacKey(text);

    if (const auto decoded = Base64Url::decode(input)) {
        QByteArray unpadded = input;
        while (unpadded.endsWith('='))
            unpadded.chop(1);
        MID_FUZZ_CHECK(Base64Url::encode(*decoded) == unpadded,
                       "two spellings of one base64url value");
    }
    const auto back = Base64Url::decode(Base64Url::encode(input));
    MID_FUZZ_CHECK(back && *back == input, "base64url does not round-trip");
    return 0;
}
