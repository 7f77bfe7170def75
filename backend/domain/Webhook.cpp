#include "Webhook.h"

#include <QHostAddress>
#include <QUrl>

namespace mid::WebhookRules {

bool wants(const WebhookEndpoint &endpoint, const QString &eventType)
{
    if (eventType == QLatin1String("ping"))
        return false;
    return endpoint.events.isEmpty() || endpoint.events.contains(eventType);
}

bool isAllowedUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

QByteArray hmacKey(const QString &secret)
{
    if (secret.startsWith(QLatin1String("whsec_")))
        return QByteArray::fromBase64(secret.mid(6).toLatin1());
    return secret.toUtf8();
}

} // namespace mid::WebhookRules
