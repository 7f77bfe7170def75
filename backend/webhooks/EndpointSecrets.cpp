#include "EndpointSecrets.h"

#include "crypto/AesGcm.h"
#include "crypto/Random.h"
#include "storage/DeliveryQueue.h"
#include "storage/WebhookStore.h"

namespace mid::EndpointSecrets {

QString newSecret()
{
    // Standard Webhooks form: whsec_ + base64 of 24 random key bytes.
    return QStringLiteral("whsec_") + QString::fromLatin1(Random::bytes(24).toBase64());
}

QByteArray seal(const QByteArray &dataKey, const QString &endpointId, const QString &secret)
{
    return AesGcm::seal(dataKey, secret.toUtf8(), endpointId.toUtf8());
}

QString open(const QByteArray &dataKey, const QString &endpointId, const QByteArray &sealed)
{
    const auto clear = AesGcm::open(dataKey, sealed, endpointId.toUtf8());
    return clear ? QString::fromUtf8(*clear) : QString();
}

QStringList valid(const QByteArray &dataKey, WebhookStore &store, const WebhookEndpoint &endpoint,
                  qint64 nowMs)
{
    QStringList out;
    const QString current = open(dataKey, endpoint.id, endpoint.secretSealed);
    if (!current.isEmpty())
        out << current;
    for (const QByteArray &sealed : store.oldSecrets(endpoint.id, nowMs)) {
        const QString old = open(dataKey, endpoint.id, sealed);
        if (!old.isEmpty() && !out.contains(old))
            out << old;
    }
    return out;
}

QStringList forDelivery(const QByteArray &dataKey, Database &db, const WebhookDelivery &d,
                        qint64 nowMs)
{
    WebhookStore endpoints(db);
    if (!d.endpointId.isEmpty()) {
        const auto e = endpoints.find(d.endpointId);
        return e ? valid(dataKey, endpoints, *e, nowMs) : QStringList();
    }
    const auto receiving = endpoints.receiving(d.clientId);
    if (!receiving.isEmpty())
        return valid(dataKey, endpoints, receiving.first(), nowMs);
    const QByteArray sealed = DeliveryQueue(db).clientSecretSealed(d.clientId);
    if (sealed.isEmpty())
        return {};
    const auto clear = AesGcm::open(dataKey, sealed, d.clientId.toUtf8());
    return clear ? QStringList{QString::fromUtf8(*clear)} : QStringList();
}

} // namespace mid::EndpointSecrets
