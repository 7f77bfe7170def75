#include "AppStore.h"

#include "crypto/CertificateChain.h"
#include "crypto/Jws.h"
#include "crypto/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mid::AppStore {

std::optional<QJsonObject> verifySigned(const QByteArray &compact,
                                        const QList<QByteArray> &rootsDer, QString *why)
{
    if (rootsDer.isEmpty()) {
        *why = QStringLiteral("no root certificate is configured");
        return std::nullopt;
    }
    const auto parts = Jws::decode(compact);
    if (!parts) {
        *why = QStringLiteral("not a compact JWS");
        return std::nullopt;
    }
    if (parts->header.value(QStringLiteral("alg")).toString() != QLatin1String("ES256")) {
        *why = QStringLiteral("JWS alg must be ES256");
        return std::nullopt;
    }
    const QJsonArray x5c = parts->header.value(QStringLiteral("x5c")).toArray();
    if (x5c.isEmpty() || x5c.size() > CertificateChain::kMaxLength) {
        *why = QStringLiteral("JWS header has no x5c certificate chain");
        return std::nullopt;
    }
    QList<QByteArray> der;
    for (const QJsonValue &entry : x5c) {
        const auto decoded = QByteArray::fromBase64Encoding(
            entry.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!entry.isString() || !decoded || (*decoded).isEmpty()) {
            *why = QStringLiteral("x5c[%1] is not base64 DER").arg(der.size());
            return std::nullopt;
        }
        der.append(*decoded);
    }
    try {
        const CertificateChain chain = CertificateChain::fromDer(der);
        chain.verifyTrust(rootsDer);
        const SigningKey key = SigningKey::fromPublicDer(chain.leafPublicKey());
        if (key.type() != SigningKey::Type::EcP256) {
            *why = QStringLiteral("the x5c leaf certificate's key is not P-256");
            return std::nullopt;
        }
        const auto verified = Jws::verify(compact, key);
        if (!verified) {
            *why = QStringLiteral("the JWS signature does not verify with the x5c leaf's key");
            return std::nullopt;
        }
        return verified->payload;
    } catch (const CertificateChain::Error &e) {
        *why = QStringLiteral("x5c: %1").arg(e.message());
        return std::nullopt;
    }
}

std::optional<InboundEvent> decodeNotification(const QByteArray &body,
                                               const QList<QByteArray> &rootsDer,
                                               const QString &bundleId, QString *why)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QString signedPayload = doc.object().value(QStringLiteral("signedPayload")).toString();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || signedPayload.isEmpty()) {
        *why = QStringLiteral("the body is not {\"signedPayload\": \"<JWS>\"}");
        return std::nullopt;
    }
    QString inner;
    auto payload = verifySigned(signedPayload.toLatin1(), rootsDer, &inner);
    if (!payload) {
        *why = QStringLiteral("signedPayload: %1").arg(inner);
        return std::nullopt;
    }
    InboundEvent out;
    out.eventId = payload->value(QStringLiteral("notificationUUID")).toString();
    const QString type = payload->value(QStringLiteral("notificationType")).toString();
    const QString subtype = payload->value(QStringLiteral("subtype")).toString();
    if (out.eventId.isEmpty() || type.isEmpty()) {
        *why = QStringLiteral("signedPayload has no notificationUUID or notificationType");
        return std::nullopt;
    }
    out.eventType = subtype.isEmpty() ? type : type + QLatin1Char('.') + subtype;
    QJsonObject data = payload->value(QStringLiteral("data")).toObject();
    const QString given = data.value(QStringLiteral("bundleId")).toString();
    if (!bundleId.isEmpty() && given != bundleId) {
        *why = given.isEmpty()
                   ? QStringLiteral("the notification names no data.bundleId")
                   : QStringLiteral("data.bundleId %1 is not the configured bundle id").arg(given);
        return std::nullopt;
    }
    const struct
    {
        const char *signedName;
        const char *decodedName;
    } nested[] = {{"signedTransactionInfo", "transactionInfo"},
                  {"signedRenewalInfo", "renewalInfo"}};
    for (const auto &n : nested) {
        const QString name = QString::fromLatin1(n.signedName);
        if (!data.contains(name))
            continue;
        auto decoded = verifySigned(data.value(name).toString().toLatin1(), rootsDer, &inner);
        if (!decoded) {
            *why = QStringLiteral("data.%1: %2").arg(name, inner);
            return std::nullopt;
        }
        data.remove(name);
        data.insert(QString::fromLatin1(n.decodedName), *decoded);
    }
    if (payload->contains(QStringLiteral("data")))
        payload->insert(QStringLiteral("data"), data);
    out.decoded = *payload;
    return out;
}

} // namespace mid::AppStore
