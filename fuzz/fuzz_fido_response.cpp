// The JSON a browser posts (RegistrationResponseJSON / AuthenticationResponseJSON, WebAuthn L3
// §5.1.8–9) as the relying party reads it: base64url members, clientDataJSON (§5.8.1), then all
// of §7.1 and §7.2 against the fixed relying party, challenge and stored credentials (one per
// algorithm: ES256 and RS256 stored as SubjectPublicKeyInfo, EdDSA as its COSE_Key).
#include "crypto/Base64Url.h"
#include "fido/ClientData.h"
#include "fido/CoseKey.h"
#include "fido/Verifier.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

#include <QJsonDocument>

using namespace mid;

namespace {
QList<fido::StoredCredential> storedCredentials()
{
    const QByteArray id = fuzz::Fixed::credentialId();
    const QByteArray user = fuzz::Fixed::userHandle();
    return {
        {id + '\x07', fuzz::publicKeyDer(QStringLiteral("credential-es256.key")), -7, 7, user},
        {id + '\x01', fuzz::publicKeyDer(QStringLiteral("credential-rs256.key")), -257, 0, user},
        {id + '\x08', fuzz::keyFile(QStringLiteral("credential-ed25519.cose")), -8, 7, {}},
    };
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<fido::StoredCredential> stored = storedCredentials();
    static const fido::RelyingParty rp = [] {
        fido::RelyingParty p;
        p.rpId = fuzz::Fixed::kRpId;
        p.allowedOrigins = {fuzz::Fixed::kOrigin};
        p.allowCrossOrigin = true;
        p.allowedTopOrigins = {QStringLiteral("https://top.example")};
        return p;
    }();

    const QByteArray input = fuzz::bytes(data, size);
    // clientDataJSON on its own, as fido::ClientData reads it.
    try {
        fido::ClientData::parse(input);
    } catch (const fido::VerificationError &) {
    }
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();
    try {
        fido::verifyRegistration(rp, fuzz::Fixed::challenge(), json);
        fuzz::say(QStringLiteral("registration verified"));
    } catch (const fido::VerificationError &e) {
        fuzz::say(e.message());
    }
    try {
        fido::credentialIdOf(json);
    } catch (const fido::VerificationError &) {
    }
    for (const fido::StoredCredential &credential : stored) {
        try {
            const fido::AssertionResult result =
                fido::verifyAssertion(rp, fuzz::Fixed::challenge(), credential, json);
            MID_FUZZ_CHECK(result.signCount > credential.signCount ||
                               (result.signCount == 0 && credential.signCount == 0),
                           "an assertion whose counter did not grow passed");
            fuzz::say(QStringLiteral("assertion verified"));
        } catch (const fido::VerificationError &e) {
            fuzz::say(e.message());
        }
    }
    return 0;
}
