#include "EndpointSecrets.h"

#include "crypto/AesGcm.h"
#include "crypto/Random.h"
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

} // namespace mid::EndpointSecrets
