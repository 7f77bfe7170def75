#include "Stripe.h"

#include "crypto/Hash.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mid::Stripe {

namespace {
bool allDigits(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}
} // namespace

std::optional<SignatureHeader> parseHeader(const QByteArray &header, QString *why)
{
    if (header.trimmed().isEmpty()) {
        *why = QStringLiteral("Stripe-Signature header is missing");
        return std::nullopt;
    }
    SignatureHeader out;
    bool badTimestamp = false;
    for (const QByteArray &item : header.split(',')) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq).trimmed();
        const QByteArray value = item.mid(eq + 1).trimmed();
        if (key == "t") {
            if (allDigits(value))
                out.timestamp = value.toLongLong();
            else
                badTimestamp = true;
        } else if (key == "v1" && !value.isEmpty()) {
            out.v1.append(value);
        }
    }
    if (out.timestamp < 0) {
        *why = badTimestamp ? QStringLiteral("Stripe-Signature timestamp t is not a number")
                            : QStringLiteral("Stripe-Signature has no timestamp (t=)");
        return std::nullopt;
    }
    if (out.v1.isEmpty()) {
        *why = QStringLiteral("Stripe-Signature has no v1 signature (the only scheme accepted)");
        return std::nullopt;
    }
    return out;
}

QByteArray signature(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    return Hash::hmacSha256(secret, QByteArray::number(timestamp) + '.' + body).toHex();
}

QByteArray signatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + signature(secret, timestamp, body);
}

InboundCheck verify(const QByteArray &header, const QByteArray &body, const QByteArray &secret,
                    qint64 nowSeconds, qint64 tolerance)
{
    QString why;
    const auto parsed = parseHeader(header, &why);
    if (!parsed)
        return InboundCheck::fail(why);
    const QByteArray expected = signature(secret, parsed->timestamp, body);
    bool matched = false;
    for (const QByteArray &candidate : parsed->v1)
        matched |= Hash::equalConstantTime(candidate.toLower(), expected);
    if (!matched)
        return InboundCheck::fail(
            QStringLiteral("no v1 signature in Stripe-Signature matches the body and secret"));
    const qint64 age = nowSeconds - parsed->timestamp;
    if (age > tolerance || -age > tolerance)
        return InboundCheck::fail(
            QStringLiteral(
                "Stripe-Signature timestamp is %1 s %2 the server clock (tolerance %3 s)")
                .arg(age > 0 ? age : -age)
                .arg(age > 0 ? QStringLiteral("behind") : QStringLiteral("ahead of"))
                .arg(tolerance));
    return InboundCheck::pass();
}

std::optional<InboundEvent> decodeEvent(const QByteArray &body, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject event = doc.object();
    InboundEvent out;
    out.eventId = event.value(QStringLiteral("id")).toString();
    out.eventType = event.value(QStringLiteral("type")).toString();
    if (out.eventId.isEmpty() || out.eventType.isEmpty()) {
        *why = QStringLiteral("the body is not a Stripe event (no id or type)");
        return std::nullopt;
    }
    const QJsonObject object =
        event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    const QJsonValue customer = object.value(QStringLiteral("customer"));
    out.customer = customer.isObject() ? customer.toObject().value(QStringLiteral("id")).toString()
                                       : customer.toString();
    out.decoded = event;
    return out;
}

} // namespace mid::Stripe
