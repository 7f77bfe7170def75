#include "FallbackController.h"

#include "http/ApiError.h"

namespace mid {

namespace {
Reply notFound(RequestContext &ctx)
{
    throw ApiError(ApiError::Kind::NotFound,
                   QStringLiteral("No endpoint at %1").arg(ctx.http.url().path()));
}
} // namespace

void FallbackController::registerRoutes(Router &r)
{
    r.add({.pattern = QStringLiteral("/v1/*"),
           .access = Access::None,
           .rateGroup = RateGroup::PlanOnly,
           .handler = notFound});
    r.add({.pattern = QStringLiteral("/*"),
           .access = Access::None,
           .notRateLimited = QStringLiteral("outside the API: nothing is served there"),
           .handler = notFound});
}

} // namespace mid
