#pragma once

#include "http/Controller.h"

namespace mid {

class AuthService;
class ClientService;

// POST /v1/auth/token: OAuth 2.0 client credentials (RFC 6749 §4.4, seed 002). Answers in
// RFC 6749's own shape, without the envelope.
class TokenController : public Controller
{
public:
    TokenController(AuthService &auth, ClientService &clients) : m_auth(auth), m_clients(clients) {}
    void registerRoutes(Router &router) override;

private:
    Reply token(RequestContext &ctx);

    AuthService &m_auth;
    ClientService &m_clients;
};

} // namespace mid
