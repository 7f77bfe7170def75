#include "PlayStore.h"

#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "crypto/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mid::PlayStore {

namespace {
const char *const kKinds[] = {"subscriptionNotification", "oneTimeProductNotification",
                              "voidedPurchaseNotification", "testNotification"};
} // namespace

std::optional<Jwks> parseJwks(const QByteArray &json, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QStringLiteral("keys")).isArray()) {
        *why = QStringLiteral("not a JWKS document ({\"keys\": [...]})");
        return std::nullopt;
    }
    Jwks out;
    for (const QJsonValue &entry : doc.object().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject jwk = entry.toObject();
        if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("RSA"))
            continue;
        const QString kid = jwk.value(QStringLiteral("kid")).toString();
        const auto n = Base64Url::decode(jwk.value(QStringLiteral("n")).toString().toLatin1());
        const auto e = Base64Url::decode(jwk.value(QStringLiteral("e")).toString().toLatin1());
        if (kid.isEmpty() || !n || !e)
            continue;
        auto key = std::make_shared<SigningKey>(SigningKey::fromRsaPublic(*n, *e));
        if (!key->isNull())
            out.insert(kid, std::move(key));
    }
    if (out.isEmpty()) {
        *why = QStringLiteral("the JWKS holds no RSA key with a kid");
        return std::nullopt;
    }
    return out;
}

bool isGoogleIssuer(const QString &iss)
{
    return iss == QLatin1String("accounts.google.com") ||
           iss == QLatin1String("https://accounts.google.com");
}

InboundCheck verifyBearer(const QByteArray &authorization, const Jwks &jwks,
                          const QString &audience, qint64 nowSeconds)
{
    const QByteArray value = authorization.trimmed();
    if (!value.toLower().startsWith("bearer "))
        return InboundCheck::fail(QStringLiteral("Authorization is not a Bearer token"));
    const QByteArray token = value.mid(7).trimmed();
    const auto parts = Jws::decode(token);
    if (!parts)
        return InboundCheck::fail(QStringLiteral("the Bearer token is not a JWT"));
    const QString kid = parts->header.value(QStringLiteral("kid")).toString();
    const auto key = jwks.value(kid);
    if (!key)
        return InboundCheck::fail(
            QStringLiteral("the token's kid \"%1\" is not in the configured JWKS").arg(kid));
    if (parts->header.value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return InboundCheck::fail(QStringLiteral("the token's alg must be RS256"));
    const auto verified = Jws::verify(token, *key);
    if (!verified)
        return InboundCheck::fail(QStringLiteral("the token's signature does not verify"));
    const QJsonObject &claims = verified->payload;
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    const bool audienceMatches =
        aud.isArray() ? aud.toArray().contains(QJsonValue(audience)) : aud.toString() == audience;
    if (!audienceMatches)
        return InboundCheck::fail(QStringLiteral("the token's aud is not the configured audience"));
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return InboundCheck::fail(QStringLiteral("the token has no exp"));
    if (qint64(exp.toDouble()) <= nowSeconds)
        return InboundCheck::fail(
            QStringLiteral("the token expired %1 s ago").arg(nowSeconds - qint64(exp.toDouble())));
    if (!isGoogleIssuer(claims.value(QStringLiteral("iss")).toString()))
        return InboundCheck::fail(QStringLiteral("the token's iss is not accounts.google.com"));
    return InboundCheck::pass();
}

std::optional<InboundEvent> decodePush(const QByteArray &body, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject message = doc.object().value(QStringLiteral("message")).toObject();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || message.isEmpty()) {
        *why = QStringLiteral("the body is not a Pub/Sub push ({message, subscription})");
        return std::nullopt;
    }
    InboundEvent out;
    out.eventId = message.value(QStringLiteral("messageId")).toString();
    if (out.eventId.isEmpty())
        out.eventId = message.value(QStringLiteral("message_id")).toString();
    if (out.eventId.isEmpty()) {
        *why = QStringLiteral("message.messageId is missing");
        return std::nullopt;
    }
    const auto data =
        QByteArray::fromBase64Encoding(message.value(QStringLiteral("data")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    const QJsonDocument inner = data ? QJsonDocument::fromJson(*data, &error) : QJsonDocument();
    if (!data || (*data).isEmpty() || !inner.isObject()) {
        *why = QStringLiteral("message.data is not base64 of a DeveloperNotification (JSON)");
        return std::nullopt;
    }
    const QJsonObject notification = inner.object();
    for (const char *kind : kKinds) {
        if (notification.contains(QLatin1String(kind)))
            out.eventType = QString::fromLatin1(kind);
    }
    if (out.eventType.isEmpty()) {
        *why = QStringLiteral("the DeveloperNotification holds none of subscriptionNotification, "
                              "oneTimeProductNotification, voidedPurchaseNotification, "
                              "testNotification");
        return std::nullopt;
    }
    out.decoded = {
        {QStringLiteral("subscription"), doc.object().value(QStringLiteral("subscription"))},
        {QStringLiteral("messageId"), out.eventId},
        {QStringLiteral("publishTime"), message.value(QStringLiteral("publishTime"))},
        {QStringLiteral("attributes"), message.value(QStringLiteral("attributes"))},
        {QStringLiteral("developerNotification"), notification}};
    return out;
}

} // namespace mid::PlayStore
