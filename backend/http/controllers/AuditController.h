#pragma once

#include "http/Controller.h"

namespace mid {

class AuditLog;
class AuthService;

// /admin/v1/audit (§12) and the operator session calls of §13 that the foundation needs.
class AuditController : public Controller
{
public:
    AuditController(AuditLog &audit, AuthService &auth) : m_audit(audit), m_auth(auth) {}
    void registerRoutes(Router &router) override;

private:
    Reply list(RequestContext &ctx);
    Reply verify(RequestContext &ctx);
    Reply logout(RequestContext &ctx);

    AuditLog &m_audit;
    AuthService &m_auth;
};

} // namespace mid
