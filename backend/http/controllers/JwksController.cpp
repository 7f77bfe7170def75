#include "JwksController.h"

#include "core/ServiceError.h"
#include "core/Time.h"
#include "services/SigningKeyService.h"

namespace mid {

void JwksController::registerRoutes(Router &r)
{
    r.add({.method = "GET",
           .pattern = QStringLiteral("/dvs/jwks"),
           .access = Access::None,
           .rateGroup = RateGroup::PlanOnly,
           .summary = QStringLiteral("Public keys that sign idTokens and DVS certificates (JWKS)"),
           .tag = QStringLiteral("MPin"),
           .handler = bind(this, &JwksController::jwks),
           .doc = {.responseSchema = "Jwks",
                   .content = Content::Json,
                   .description = "RFC 7517 key set: the current RS256 key and, after a "
                                  "rotation, the retired one until its tokens expire."}});
    // Changing what every relying party must trust is a settings-level act (§1: admin only).
    r.add({.method = "POST",
           .pattern = QStringLiteral("/admin/v1/keys/rotate"),
           .access = Access::Operator,
           .role = Role::Admin,
           .notRateLimited = QStringLiteral("operators are not rate limited"),
           .action = QStringLiteral("signing_key.rotate"),
           .summary = QStringLiteral("Start signing with a new key"),
           .tag = QStringLiteral("Admin"),
           .handler = bind(this, &JwksController::rotate),
           .doc = {.responseSchema = "KeyRotated",
                   .description = "The old key stays published at `/dvs/jwks` for 24 h.",
                   .noBody = true}});
}

Reply JwksController::jwks(RequestContext &)
{
    return Reply::plainJson(m_keys.jwks());
}

Reply JwksController::rotate(RequestContext &ctx)
{
    const QString retired = m_keys.current().kid;
    const QString kid = m_keys.rotate();
    const auto &current = m_keys.current();
    ctx.auditResource = kid;
    ctx.auditDetails = {{QStringLiteral("retiredKid"), retired}};
    return Reply::ok(
        QJsonObject{{QStringLiteral("kid"), kid},
                    {QStringLiteral("alg"), current.alg},
                    {QStringLiteral("createdAt"), Time::rfc3339Ms(current.createdAt)},
                    {QStringLiteral("retiredKid"), retired},
                    {QStringLiteral("retiredPublishedUntil"),
                     Time::rfc3339Ms(current.createdAt + SigningKeyService::kRetiredPublishedMs)}},
        QStringLiteral("Signing key rotated"));
}

} // namespace mid
