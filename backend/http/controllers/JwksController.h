#pragma once

#include "http/Controller.h"

namespace mid {

class SigningKeyService;

// The server's public signing keys (GET /dvs/jwks, §8) and their rotation from the console
// (POST /admin/v1/keys/rotate, admin role only).
class JwksController : public Controller
{
public:
    explicit JwksController(SigningKeyService &keys) : m_keys(keys) {}
    void registerRoutes(Router &router) override;

private:
    Reply jwks(RequestContext &ctx);
    Reply rotate(RequestContext &ctx);

    SigningKeyService &m_keys;
};

} // namespace mid
