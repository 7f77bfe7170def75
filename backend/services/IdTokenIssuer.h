#pragma once

#include <QString>

namespace mid {

struct Consent;

// Issues the idToken of POST /v1/auth/verify for an approved consent: a JWT (RS256) signed
// with the server key published at /dvs/jwks, claims sub, aud, sid, iat, exp.
class IdTokenIssuer
{
public:
    virtual ~IdTokenIssuer() = default;
    virtual QString issue(const Consent &consent) = 0;
};

} // namespace mid
