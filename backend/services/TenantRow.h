#pragma once

#include "core/Ids.h"
#include "core/ServiceError.h"

#include <QString>

namespace mid {

// A tenant's row by id, the one way the §10 services read one: another tenant's row is
// reported exactly like a missing one (404, never 403), and an id without the row's prefix is
// not even looked up. An empty clientId (an operator) sees every tenant's. `find` is the
// store's lookup, returning std::optional<Row>.
template <typename Find>
auto tenantRow(const QString &clientId, const QString &id, const QString &prefix,
               const QString &what, Find find)
{
    decltype(find(id)) row;
    if (Ids::looksLike(id, prefix))
        row = find(id);
    if (!row || (!clientId.isEmpty() && row->clientId != clientId))
        throw ServiceError::notFound(what);
    return *row;
}

} // namespace mid
