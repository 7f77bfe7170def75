#include "Principal.h"

namespace mid {

bool Principal::hasScope(const QString &scope) const
{
    if (kind != Kind::Client)
        return false;
    if (!client.hasScope(scope))
        return false;
    return credential != Credential::AccessToken || tokenScopes.contains(scope);
}

QString Principal::actor() const
{
    switch (kind) {
    case Kind::Client:
        return client.clientId;
    case Kind::Operator:
        return QStringLiteral("operator:") + operatorName;
    case Kind::Anonymous:
        break;
    }
    return QStringLiteral("anonymous");
}

} // namespace mid
