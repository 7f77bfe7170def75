#pragma once

#include "domain/Webhook.h"

#include <QByteArray>
#include <QStringList>

namespace mid {

class Database;
class WebhookStore;

// An endpoint's signing secrets, sealed under the data key with the endpoint id as
// associated data (a sealed secret moved to another endpoint's row does not open).
namespace EndpointSecrets {
QString newSecret();
QByteArray seal(const QByteArray &dataKey, const QString &endpointId, const QString &secret);
QString open(const QByteArray &dataKey, const QString &endpointId, const QByteArray &sealed);
// The current secret first, then every previous one still inside its rotation grace.
QStringList valid(const QByteArray &dataKey, WebhookStore &store, const WebhookEndpoint &endpoint,
                  qint64 nowMs);
// The secrets that sign a delivery: its endpoint's; for a consent's callbackUrl, those of the
// client's first receiving endpoint, else the client's own secret. Empty when none opens.
QStringList forDelivery(const QByteArray &dataKey, Database &db, const WebhookDelivery &delivery,
                        qint64 nowMs);
} // namespace EndpointSecrets

} // namespace mid
