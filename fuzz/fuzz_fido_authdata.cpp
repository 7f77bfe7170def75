// Authenticator data (WebAuthn L3 §6.1) as fido::AuthenticatorData::parse reads it, and the
// credential public key it carries as the registration then decodes it (COSE_Key → key →
// SubjectPublicKeyInfo, the stored form, and back).
#include "fido/AuthenticatorData.h"
#include "fido/CoseKey.h"
#include "fido/PublicKey.h"
#include "fido/VerificationError.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    std::optional<fido::AuthenticatorData> parsed;
    try {
        parsed = fido::AuthenticatorData::parse(input);
    } catch (const fido::VerificationError &) {
        return 0;
    }
    MID_FUZZ_CHECK(parsed->raw == input, "raw is not the bytes parsed");
    MID_FUZZ_CHECK(parsed->rpIdHash.size() == 32, "rpIdHash is not 32 bytes");
    if (!parsed->attestedCredential)
        return 0;
    const fido::AttestedCredential &credential = *parsed->attestedCredential;
    MID_FUZZ_CHECK(credential.aaguid.size() == 16, "aaguid is not 16 bytes");
    MID_FUZZ_CHECK(!credential.credentialId.isEmpty() && credential.credentialId.size() <= 1023,
                   "credential id length outside 1..1023");
    try {
        const fido::PublicKey key = fido::CoseKey::decode(credential.publicKey);
        // The exact COSE bytes decode to the same key as the map read from them.
        const fido::PublicKey again = fido::CoseKey::decode(credential.publicKeyCose);
        const QByteArray spki = key.spkiDer();
        MID_FUZZ_CHECK(!spki.isEmpty() && spki == again.spkiDer(), "COSE bytes and map disagree");
        const fido::PublicKey stored = fido::PublicKey::fromSpki(spki, key.algorithm());
        MID_FUZZ_CHECK(stored.spkiDer() == spki, "stored key does not round-trip");
        key.verify(input, input.right(64)); // false, unless the key is a degenerate one
    } catch (const fido::VerificationError &) {
    }
    return 0;
}
