#pragma once

#include "http/Controller.h"

namespace mid {

class AuthService;
class FidoService;

// FIDO2 / WebAuthn (§3) under both /v1/fido/… and /v1/auth/fido/…. Device-side: the
// registration and authentication ids, the consent session id and the enrollment token are
// the capabilities; register/begin also takes client credentials (scope fido).
class FidoController : public Controller
{
public:
    FidoController(FidoService &fido, AuthService &auth) : m_fido(fido), m_auth(auth) {}
    void registerRoutes(Router &router) override;

private:
    Reply registerBegin(RequestContext &ctx);
    Reply registerComplete(RequestContext &ctx);
    Reply authenticateBegin(RequestContext &ctx);
    Reply authenticateComplete(RequestContext &ctx);
    // The client of the request's credentials, when it sent any (401/403 for bad ones).
    std::optional<Client> callingClient(RequestContext &ctx);

    FidoService &m_fido;
    AuthService &m_auth;
};

} // namespace mid
