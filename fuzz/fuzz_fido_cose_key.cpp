// COSE_Key bytes (RFC 9052/9053) as a credential's public key: fido::CoseKey::decode, then what
// the relying party does with the key (its SubjectPublicKeyInfo, read back as the stored key,
// the fido-u2f point, a signature check).
#include "fido/CoseKey.h"
#include "fido/PublicKey.h"
#include "fido/VerificationError.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    try {
        const fido::PublicKey key = fido::CoseKey::decode(input);
        MID_FUZZ_CHECK(!key.isNull(), "decode gave a null key");
        MID_FUZZ_CHECK(fido::CoseAlgorithm::isSupported(key.algorithm()), "unsupported algorithm");
        const QByteArray spki = key.spkiDer();
        const fido::PublicKey stored = fido::PublicKey::fromSpki(spki, key.algorithm());
        MID_FUZZ_CHECK(stored.spkiDer() == spki, "stored key does not round-trip");
        const QByteArray point = key.ecPoint();
        MID_FUZZ_CHECK(point.isEmpty() || point.size() == 64, "EC point is not x‖y");
        key.verify(input, QByteArray(64, '\x01'));
    } catch (const fido::VerificationError &) {
    }
    return 0;
}
