#include "Cursor.h"

#include "ServiceError.h"

#include <QByteArray>

namespace mid::Cursor {

QString encode(qint64 position)
{
    return QString::fromLatin1(QByteArray::number(position).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 decode(const QString &cursor)
{
    bool ok = false;
    const qint64 position =
        QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    if (!ok || position < 0)
        throw ServiceError::invalid(QStringLiteral("cursor"), QStringLiteral("invalid"),
                                    QStringLiteral("cursor is not one this server issued"));
    return position;
}

} // namespace mid::Cursor
