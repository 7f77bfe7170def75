// CBOR as the WebAuthn code decodes it (fido/Cbor): one whole item with nothing after it, maps
// with unique keys, and item after item from an offset, as authenticator data is read.
#include "fido/Cbor.h"
#include "fido/VerificationError.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

#include <QCborMap>

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    try {
        const QCborValue value = fido::Cbor::decodeWhole(input, "fuzz");
        if (value.isMap())
            fido::Cbor::requireUniqueKeys(value.toMap(), "fuzz");
    } catch (const fido::VerificationError &) {
    }
    qsizetype offset = 0;
    try {
        while (offset < input.size()) {
            qsizetype end = -1;
            const QCborValue item =
                fido::Cbor::decodeItem(input, offset, &end, "fuzz", "truncated");
            MID_FUZZ_CHECK(end > offset && end <= input.size(), "an item ends inside the data");
            if (item.isMap())
                fido::Cbor::requireUniqueKeys(item.toMap(), "fuzz");
            offset = end;
        }
    } catch (const fido::VerificationError &) {
    }
    return 0;
}
