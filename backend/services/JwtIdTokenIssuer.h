#pragma once

#include "IdTokenIssuer.h"

#include <QJsonObject>
#include <QString>

namespace mid {

class SigningKeyService;

// The idToken of POST /v1/auth/verify: a JWT signed with the current server key (RS256),
// claims iss (the public URL), sub (the user), aud (the tenant), sid (the consent), iat, exp
// and mobile (the recipient the consent was sent to).
class JwtIdTokenIssuer : public IdTokenIssuer
{
public:
    static constexpr int kLifetimeSeconds = 300;

    // `subjectKey`: the HMAC key of the pseudonymous sub (derived from the data key, so it
    // survives restarts and never leaves the box).
    JwtIdTokenIssuer(SigningKeyService &keys, QString issuer, QByteArray subjectKey);
    QString issue(const Consent &consent) override;

    QJsonObject claims(const Consent &consent, qint64 nowSeconds) const;
    // The user id the approving device reported (§2); without one, a stable pseudonym of the
    // recipient: "usr_" + base64url of the first 16 bytes of HMAC-SHA256(subjectKey, clientId
    // ‖ 0 ‖ recipient). Keyed, so nobody can find the number by hashing candidates; per tenant,
    // so two tenants cannot join their users on it.
    QString subjectFor(const Consent &consent) const;
    // The subject key of a data key: a key of its own, so the data key only ever encrypts.
    static QByteArray subjectKeyOf(const QByteArray &dataKey);

private:
    SigningKeyService &m_keys;
    QString m_issuer;
    QByteArray m_subjectKey;
};

} // namespace mid
