#pragma once

#include "http/Controller.h"

namespace mid {

class FidoService;

// FIDO2 / WebAuthn (§3) under both /v1/fido/… and /v1/auth/fido/…. Device-side: the
// registration and authentication ids, the consent session id and the enrollment token are
// the capabilities; register/begin also takes client credentials (scope fido).
class FidoController : public Controller
{
public:
    explicit FidoController(FidoService &fido) : m_fido(fido) {}
    void registerRoutes(Router &router) override;

private:
    Reply registerBegin(RequestContext &ctx);
    Reply registerComplete(RequestContext &ctx);
    Reply authenticateBegin(RequestContext &ctx);
    Reply authenticateComplete(RequestContext &ctx);

    FidoService &m_fido;
};

} // namespace mid
