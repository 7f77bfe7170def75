// JWS compact serialization / JWT (RFC 7515, 7519) as crypto/Jws reads tokens: decode (three
// base64url parts, JSON header and payload) and verify under the fixed RS256 and ES256 public
// keys (alg must be the key's, no "crit", the signature must hold).
#include "crypto/Jws.h"
#include "crypto/SigningKey.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SigningKey rs256 =
        SigningKey::fromPublicDer(fuzz::publicKeyDer(QStringLiteral("jws-rs256.key")));
    static const SigningKey es256 =
        SigningKey::fromPublicDer(fuzz::publicKeyDer(QStringLiteral("jws-es256.key")));

    const QByteArray token = fuzz::bytes(data, size);
    const auto decoded = Jws::decode(token);
    for (const SigningKey *key : {&rs256, &es256}) {
        const auto verified = Jws::verify(token, *key);
        if (!verified)
            continue;
        fuzz::say(QStringLiteral("verified under ") + key->alg());
        MID_FUZZ_CHECK(decoded.has_value(), "verified a token that does not decode");
        MID_FUZZ_CHECK(verified->header == decoded->header && verified->payload == decoded->payload,
                       "verify and decode disagree");
        MID_FUZZ_CHECK(verified->header.value(QStringLiteral("alg")).toString() == key->alg(),
                       "verified under another alg than the key's");
        MID_FUZZ_CHECK(!verified->header.contains(QStringLiteral("crit")), "verified with crit");
    }
    return 0;
}
