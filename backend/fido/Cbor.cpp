#include "Cbor.h"

#include "VerificationError.h"

#include <QCborStreamReader>

#include <algorithm>

namespace mid::fido::Cbor {

QCborValue decodeItem(const QByteArray &data, qsizetype offset, qsizetype *end, const char *step,
                      const char *truncatedStep)
{
    if (!truncatedStep)
        truncatedStep = step;
    if (offset >= data.size())
        throw VerificationError(truncatedStep, QStringLiteral("CBOR item missing"));
    QCborStreamReader reader(data.constData() + offset, data.size() - offset);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() == QCborError::EndOfFile)
        throw VerificationError(truncatedStep, QStringLiteral("data ends inside a CBOR item"));
    if (reader.lastError() != QCborError::NoError || value.isInvalid())
        throw VerificationError(
            step, QStringLiteral("malformed CBOR: %1").arg(reader.lastError().toString()));
    *end = offset + reader.currentOffset();
    return value;
}

QCborValue decodeWhole(const QByteArray &data, const char *step)
{
    qsizetype end = 0;
    QCborValue value = decodeItem(data, 0, &end, step);
    if (end != data.size())
        throw VerificationError(
            step, QStringLiteral("%1 unexpected bytes after the CBOR item").arg(data.size() - end));
    return value;
}

void requireUniqueKeys(const QCborMap &map, const char *step)
{
    QList<QCborValue> keys = map.keys();
    std::sort(keys.begin(), keys.end());
    if (std::adjacent_find(keys.cbegin(), keys.cend()) != keys.cend())
        throw VerificationError(step, QStringLiteral("CBOR map has a duplicate key"));
}

} // namespace mid::fido::Cbor
