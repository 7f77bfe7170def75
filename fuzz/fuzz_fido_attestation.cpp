// A registration's attestationObject (WebAuthn L3 §6.5.4) through the whole of §7.1:
// fido::verifyRegistration with the browser's other members fixed (clientDataJSON for the
// fixed challenge and origin), so every byte mutated is in the CBOR map, the authenticator
// data, the COSE key or the attestation statement ("none", "packed" self and x5c, "fido-u2f",
// x5c chains to the fixed test CA). Run twice: once with that CA as the trust anchors and
// trusted attestation required, once with no anchors (x5c is then "basic-untrusted").
#include "crypto/Base64Url.h"
#include "fido/AttestationObject.h"
#include "fido/AuthenticatorData.h"
#include "fido/Verifier.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

#include <QJsonArray>

using namespace mid;

namespace {
fido::RelyingParty relyingParty(bool anchored)
{
    fido::RelyingParty rp;
    rp.rpId = fuzz::Fixed::kRpId;
    rp.allowedOrigins = {fuzz::Fixed::kOrigin};
    if (anchored) {
        // The root, and the intermediate (fido-u2f statements carry the leaf alone).
        rp.attestationTrustAnchors = {fuzz::certificateDer(QStringLiteral("root.pem")),
                                      fuzz::certificateDer(QStringLiteral("intermediate.pem"))};
        rp.requireTrustedAttestation = true;
    }
    return rp;
}

// The id the authenticator data names, so that the response's id agrees with it (read with the
// production parser; anything it refuses leaves the fixed id, which §7.1 then refuses).
QByteArray credentialIdIn(const QByteArray &attestationObject)
{
    try {
        const auto object = fido::AttestationObject::parse(attestationObject);
        const auto data = fido::AuthenticatorData::parse(object.authData);
        if (data.attestedCredential)
            return data.attestedCredential->credentialId;
    } catch (const fido::VerificationError &) {
    }
    return fuzz::Fixed::credentialId();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const fido::RelyingParty anchored = relyingParty(true);
    static const fido::RelyingParty open = relyingParty(false);
    static const QString clientData =
        Base64Url::encodeToString(fuzz::Fixed::registrationClientData());

    const QByteArray attestationObject = fuzz::bytes(data, size);
    const QString id = Base64Url::encodeToString(credentialIdIn(attestationObject));
    const QJsonObject response{
        {QStringLiteral("id"), id},
        {QStringLiteral("rawId"), id},
        {QStringLiteral("type"), QStringLiteral("public-key")},
        {QStringLiteral("response"),
         QJsonObject{
             {QStringLiteral("clientDataJSON"), clientData},
             {QStringLiteral("attestationObject"), Base64Url::encodeToString(attestationObject)},
             {QStringLiteral("transports"), QJsonArray{QStringLiteral("usb")}}}}};
    for (const fido::RelyingParty *rp : {&anchored, &open}) {
        try {
            const fido::RegistrationResult result =
                fido::verifyRegistration(*rp, fuzz::Fixed::challenge(), response);
            MID_FUZZ_CHECK(!result.publicKeySpki.isEmpty(), "accepted without a key to store");
            MID_FUZZ_CHECK(result.aaguid.size() == 16, "accepted with a bad aaguid");
            MID_FUZZ_CHECK(rp == &open || result.attestationType == fido::AttestationType::Basic,
                           "untrusted attestation accepted where trust is required");
            result.aaguidString();
            fuzz::say(QStringLiteral("registered: %1, %2")
                          .arg(result.attestationFormat,
                               fido::attestationTypeName(result.attestationType)));
        } catch (const fido::VerificationError &e) {
            fuzz::say(e.message());
        }
    }
    return 0;
}
