#include "Controller.h"

namespace mid {

Paging Paging::from(const RequestContext &ctx)
{
    return {ctx.queryInt(QStringLiteral("limit"), 50, 1, 500), ctx.queryValue(QStringLiteral("cursor"))};
}

} // namespace mid
