#pragma once

#include "http/Controller.h"

namespace mid {

class AuditLog;
class ClientService;
class MpinService;
struct MpinIdentity;

// The MPin-compatible API of §8 (seed 004's paths, Basic credentials, its raw shapes), the
// verification page a verificationURL opens, and the console's view of the identities.
class MpinController : public Controller
{
public:
    MpinController(MpinService &mpin, ClientService &clients, AuditLog &audit)
        : m_mpin(mpin), m_clients(clients), m_audit(audit)
    {
    }
    void registerRoutes(Router &router) override;

private:
    void addSeedRoutes(Router &r);
    void addDeviceRoutes(Router &r);
    void addOperatorRoutes(Router &r);

    Reply initiate(RequestContext &ctx);
    Reply createVerification(RequestContext &ctx);
    Reply audit(RequestContext &ctx);
    Reply listIdentities(RequestContext &ctx);
    Reply renameIdentity(RequestContext &ctx);
    Reply revokeIdentity(RequestContext &ctx);
    Reply verifyDvs(RequestContext &ctx);
    Reply issueOtp(RequestContext &ctx);

    Reply confirmationPage(RequestContext &ctx);
    Reply confirmationScript(RequestContext &ctx);
    Reply redeem(RequestContext &ctx);

    Reply adminList(RequestContext &ctx);
    Reply adminRename(RequestContext &ctx);
    Reply adminRevoke(RequestContext &ctx);

    // The caller's own project: :projectId naming another is a 404 (§1: never reveal it).
    QString ownProject(const RequestContext &ctx) const;
    static void describe(RequestContext &ctx, const MpinIdentity &identity);
    QJsonObject adminJson(const MpinIdentity &identity) const;

    MpinService &m_mpin;
    ClientService &m_clients;
    AuditLog &m_audit;
};

} // namespace mid
