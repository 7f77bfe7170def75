#include "SealVerifier.h"

#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "crypto/Jws.h"
#include "crypto/SigningKey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace mid {

// What the checks say, translated in the console's language.
class SealTexts
{
    Q_DECLARE_TR_FUNCTIONS(mid::SealVerifier)
};

namespace {

std::optional<QByteArray> base64UrlMember(const QJsonObject &o, const char *key)
{
    return Base64Url::decode(o.value(QLatin1String(key)).toString().toLatin1());
}

// The public key of `jwk` (RSA n/e or EC P-256 x/y); null when it is neither.
SigningKey keyOf(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    if (kty == QLatin1String("RSA")) {
        const auto n = base64UrlMember(jwk, "n");
        const auto e = base64UrlMember(jwk, "e");
        return n && e ? SigningKey::fromRsaPublic(*n, *e) : SigningKey();
    }
    if (kty == QLatin1String("EC") &&
        jwk.value(QStringLiteral("crv")).toString() == QLatin1String("P-256")) {
        const auto x = base64UrlMember(jwk, "x");
        const auto y = base64UrlMember(jwk, "y");
        return x && y ? SigningKey::fromP256Public(*x, *y) : SigningKey();
    }
    return {};
}

QJsonObject jwkById(const QJsonObject &jwks, const QString &kid)
{
    for (const QJsonValue &v : jwks.value(QStringLiteral("keys")).toArray())
        if (v.toObject().value(QStringLiteral("kid")).toString() == kid)
            return v.toObject();
    return {};
}

// Step 4: the signer's own signature. Empty when it verifies; *note set when it could not be
// checked here.
QString assertionProblem(const QJsonObject &payload, const QByteArray &clientDataJson,
                         QString *note)
{
    const QString algorithm = payload.value(QStringLiteral("algorithm")).toString();
    const auto spki = base64UrlMember(payload, "credentialPublicKey");
    const auto authenticatorData = base64UrlMember(payload, "authenticatorData");
    const auto signature = base64UrlMember(payload, "signature");
    if (!spki || spki->isEmpty() || !authenticatorData || authenticatorData->isEmpty() ||
        !signature || signature->isEmpty())
        return SealTexts::tr("The seal lacks the signer's assertion (credential public key, "
                             "authenticatorData or signature).");
    if (algorithm == QLatin1String("EdDSA")) {
        *note = SealTexts::tr("Assertion signature: EdDSA not checked offline.");
        return {};
    }
    QByteArray sig = *signature;
    if (algorithm == QLatin1String("ES256"))
        sig = SigningKey::ecdsaDerToJose(sig); // WebAuthn writes ECDSA signatures as DER
    else if (algorithm != QLatin1String("RS256"))
        return SealTexts::tr(
                   "The signer's assertion uses an algorithm this console does not know (%1).")
            .arg(algorithm.isEmpty() ? SealTexts::tr("none named") : algorithm);
    const SigningKey credential = SigningKey::fromPublicDer(*spki);
    if (credential.isNull() || credential.alg() != algorithm)
        return SealTexts::tr("The signer's credential public key is not a valid %1 key.")
            .arg(algorithm);
    const QByteArray signedData = *authenticatorData + Hash::sha256(clientDataJson);
    if (sig.isEmpty() || !credential.verify(signedData, sig))
        return SealTexts::tr(
            "The signer's assertion signature does not verify with the credential's "
            "public key: the evidence was altered.");
    return {};
}

} // namespace

SealVerification verifySeal(const QByteArray &jws, const QJsonObject &jwks,
                            const QString &documentSha256Hex)
{
    SealVerification r;
    const auto fail = [&r](const QString &problem) {
        r.valid = false;
        r.problem = problem;
        return r;
    };

    // 1. The server's signature.
    const auto parts = Jws::decode(jws.trimmed());
    if (!parts)
        return fail(
            SealTexts::tr("The seal is not a compact JWS (three base64url parts with a JSON header "
                          "and payload)."));
    r.kid = parts->header.value(QStringLiteral("kid")).toString();
    r.payload = parts->payload;
    if (r.kid.isEmpty())
        return fail(SealTexts::tr("The seal's header names no key (kid)."));
    const QJsonObject jwk = jwkById(jwks, r.kid);
    if (jwk.isEmpty())
        return fail(
            SealTexts::tr("Key %1 is not among the server's published keys (/dvs/jwks): the seal "
                          "was made by another server, or with a key retired since.")
                .arg(r.kid));
    const SigningKey key = keyOf(jwk);
    if (key.isNull())
        return fail(SealTexts::tr("Key %1 of the server's key set cannot be read.").arg(r.kid));
    if (!Jws::verify(jws.trimmed(), key))
        return fail(SealTexts::tr("The seal's signature does not verify with key %1: the seal was "
                                  "altered, or not made with that key.")
                        .arg(r.kid));

    // 2. The document it seals.
    const QByteArray expected = QByteArray::fromHex(documentSha256Hex.toLatin1());
    const QString sealed = r.payload.value(QStringLiteral("documentSha256")).toString();
    if (expected.size() != 32)
        return fail(
            SealTexts::tr("The document's SHA-256 is not known, so the seal cannot be matched to "
                          "it."));
    if (QByteArray::fromHex(sealed.toLatin1()) != expected)
        return fail(
            SealTexts::tr("The seal is for another document: it names SHA-256 %1, this document's "
                          "is %2.")
                .arg(sealed.isEmpty() ? SealTexts::tr("none") : sealed, documentSha256Hex));

    // 3. The signer's challenge commits to it.
    const auto clientDataJson = base64UrlMember(r.payload, "clientDataJSON");
    const QJsonDocument clientData =
        clientDataJson ? QJsonDocument::fromJson(*clientDataJson) : QJsonDocument();
    if (!clientDataJson || !clientData.isObject())
        return fail(SealTexts::tr("The signer's clientDataJSON cannot be decoded."));
    if (clientData.object().value(QStringLiteral("type")).toString() !=
        QLatin1String("webauthn.get"))
        return fail(
            SealTexts::tr("The signer's clientDataJSON is not an assertion (webauthn.get)."));
    const auto challenge = base64UrlMember(clientData.object(), "challenge");
    if (!challenge || challenge->size() < 32 || challenge->left(32) != expected)
        return fail(
            SealTexts::tr("The signer's challenge does not commit to this document's SHA-256: "
                          "the assertion approved something else."));

    // 4. The signer's assertion.
    const QString problem = assertionProblem(r.payload, *clientDataJson, &r.note);
    if (!problem.isEmpty())
        return fail(problem);
    r.valid = true;
    return r;
}

} // namespace mid
