#include "AuditEntry.h"

#include "core/Time.h"

#include <QJsonDocument>

namespace mid {

QByteArray AuditEntry::canonical() const
{
    // Netstrings ("<length>:<bytes>,") of the fields in a fixed order: unambiguous whatever
    // the fields contain, and cheap enough to compute on every request.
    QByteArray out;
    out.reserve(256);
    auto field = [&out](const QByteArray &bytes) {
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
        out += ',';
    };
    field(id.toUtf8());
    field(QByteArray::number(at));
    field(actor.toUtf8());
    field(action.toUtf8());
    field(resource.toUtf8());
    field(QByteArray::number(outcome));
    field(ip.toUtf8());
    field(userAgent.toUtf8());
    field(requestId.toUtf8());
    field(detailsJson());
    return out;
}

QByteArray AuditEntry::detailsJson() const
{
    return detailsText.isEmpty() ? QJsonDocument(details).toJson(QJsonDocument::Compact)
                                 : detailsText;
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("at"), Time::rfc3339Ms(at)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("action"), action},
            {QStringLiteral("resource"), resource},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("ip"), ip},
            {QStringLiteral("userAgent"), userAgent},
            {QStringLiteral("requestId"), requestId},
            {QStringLiteral("details"), details},
            {QStringLiteral("hash"), hash}};
}

} // namespace mid
