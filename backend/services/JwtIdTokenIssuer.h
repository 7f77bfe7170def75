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

    JwtIdTokenIssuer(SigningKeyService &keys, QString issuer);
    QString issue(const Consent &consent) override;

    QJsonObject claims(const Consent &consent, qint64 nowSeconds) const;
    // The user id the approving device reported; without one, a stable pseudonym of the
    // recipient ("usr_" + base64url of the first 16 bytes of SHA-256(recipient)), so a
    // relying party always gets the same sub for the same person.
    static QString subjectFor(const Consent &consent);

private:
    SigningKeyService &m_keys;
    QString m_issuer;
};

} // namespace mid
