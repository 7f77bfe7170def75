#include "AttestationObject.h"

#include "Cbor.h"
#include "VerificationError.h"

namespace mid::fido {

namespace {
[[noreturn]] void reject(const QString &detail)
{
    throw VerificationError(Step::AttestationObject, detail);
}
} // namespace

AttestationObject AttestationObject::parse(const QByteArray &cbor)
{
    const QCborValue value = Cbor::decodeWhole(cbor, Step::AttestationObject);
    if (!value.isMap())
        reject(QStringLiteral("not a CBOR map"));
    const QCborMap map = value.toMap();
    Cbor::requireUniqueKeys(map, Step::AttestationObject);

    const QCborValue fmt = map.value(QLatin1String("fmt"));
    const QCborValue statement = map.value(QLatin1String("attStmt"));
    const QCborValue authData = map.value(QLatin1String("authData"));
    if (!fmt.isString() || fmt.toString().isEmpty())
        reject(QStringLiteral("\"fmt\" missing or not text"));
    if (!statement.isMap())
        reject(QStringLiteral("\"attStmt\" missing or not a map"));
    if (!authData.isByteArray())
        reject(QStringLiteral("\"authData\" missing or not a byte string"));
    if (map.size() != 3)
        reject(QStringLiteral("unexpected members besides fmt, attStmt and authData"));

    AttestationObject object;
    object.format = fmt.toString();
    object.statement = statement.toMap();
    object.authData = authData.toByteArray();
    Cbor::requireUniqueKeys(object.statement, Step::AttestationStatement);
    return object;
}

} // namespace mid::fido
