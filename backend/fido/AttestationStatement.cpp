#include "AttestationStatement.h"

#include "VerificationError.h"

#include <algorithm>

namespace mid::fido::AttestationStatement {

void allowOnly(const QCborMap &statement, std::initializer_list<QLatin1String> allowed,
               const char *format)
{
    for (auto it = statement.cbegin(); it != statement.cend(); ++it) {
        const QCborValue key = it.key();
        const bool known = key.isString() &&
                           std::any_of(allowed.begin(), allowed.end(),
                                       [&](QLatin1String name) { return key.toString() == name; });
        if (!known)
            throw VerificationError(
                Step::AttestationStatement,
                QStringLiteral("unexpected member in a \"%1\" attStmt").arg(QLatin1String(format)));
    }
}

QByteArray signature(const QCborMap &statement)
{
    const QCborValue sig = statement.value(QLatin1String("sig"));
    if (!sig.isByteArray() || sig.toByteArray().isEmpty())
        throw VerificationError(Step::AttestationStatement,
                                QStringLiteral("\"sig\" missing or not a byte string"));
    return sig.toByteArray();
}

} // namespace mid::fido::AttestationStatement
