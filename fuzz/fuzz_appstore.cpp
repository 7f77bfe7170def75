// App Store Server Notifications V2 as webhooks/AppStore checks them: the body
// {"signedPayload": JWS}, ES256 with an x5c chain (standard base64 DER) that must lead to the
// fixed test root, then the nested signedTransactionInfo / signedRenewalInfo the same way, and
// the bundle id. Also the bare JWS (the input as a token), as each nested one is checked.
#include "support/Check.h"
#include "support/FuzzSupport.h"
#include "webhooks/AppStore.h"

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<QByteArray> roots{fuzz::certificateDer(QStringLiteral("root.pem"))};

    const QByteArray input = fuzz::bytes(data, size);
    QString why;
    if (const auto event =
            AppStore::decodeNotification(input, roots, fuzz::Fixed::kAppStoreBundleId, &why)) {
        MID_FUZZ_CHECK(!event->eventId.isEmpty() && !event->eventType.isEmpty(),
                       "a notification without id or type");
        fuzz::say(QStringLiteral("notification %1 %2").arg(event->eventId, event->eventType));
    } else {
        MID_FUZZ_CHECK(!why.isEmpty(), "refused without a reason");
        fuzz::say(why);
    }
    if (AppStore::verifySigned(input, roots, &why))
        fuzz::say(QStringLiteral("a verified JWS"));
    return 0;
}
