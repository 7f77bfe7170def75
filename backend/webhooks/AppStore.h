#pragma once

#include "InboundEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mid::AppStore {

// A JWS of App Store Server Notifications V2 (the notification, and the transaction and
// renewal infos inside it): compact, ES256, its header's `x5c` (standard base64 DER, leaf
// first, then intermediates, the root optional) must lead to one of `rootsDer`, and the
// signature must verify with the leaf's key. The payload, or nullopt with *why.
// Apple's own certificates carry marker extensions (leaf 1.2.840.113635.100.6.11.1,
// intermediate 1.2.840.113635.100.6.2.1); they are not required here, so a test root works.
std::optional<QJsonObject> verifySigned(const QByteArray &compact,
                                        const QList<QByteArray> &rootsDer, QString *why);

// The body `{signedPayload}`: verified as above, then `notificationType`, `subtype`,
// `notificationUUID` (the event id) and `data.bundleId` (which must equal `bundleId` when
// one is configured). `data.signedTransactionInfo` and `data.signedRenewalInfo` are
// verified the same way and replaced in the decoded payload by `data.transactionInfo` and
// `data.renewalInfo`. The event type is `notificationType`, or `notificationType.subtype`.
std::optional<InboundEvent> decodeNotification(const QByteArray &body,
                                               const QList<QByteArray> &rootsDer,
                                               const QString &bundleId, QString *why);

} // namespace mid::AppStore
