#pragma once

#include "InboundEvent.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace mid {

class SigningKey;

namespace PlayStore {

// The RSA keys of a JWKS document ({"keys": [{kty, kid, n, e, …}]}) by kid; keys of other
// types are skipped.
using Jwks = QHash<QString, std::shared_ptr<const SigningKey>>;

// nullopt with *why when the text is not a JWKS or holds no usable RSA key with a kid.
std::optional<Jwks> parseJwks(const QByteArray &json, QString *why);

// The issuers Google writes into Pub/Sub push OIDC tokens.
bool isGoogleIssuer(const QString &iss);

// `Authorization: Bearer <JWT>` of a Pub/Sub push subscription with authentication: RS256
// under the JWKS key its header's kid names, `aud` equal to `audience` (a string, or an array
// holding it), `exp` not past `nowSeconds`, `iss` accounts.google.com or
// https://accounts.google.com.
InboundCheck verifyBearer(const QByteArray &authorization, const Jwks &jwks,
                          const QString &audience, qint64 nowSeconds);

// The push body {message: {data (base64), messageId, publishTime, attributes?},
// subscription}: `data` holds a DeveloperNotification (version, packageName, eventTimeMillis
// and one of subscriptionNotification, oneTimeProductNotification,
// voidedPurchaseNotification, testNotification). The event id is messageId, the type the
// notification's kind; the decoded payload is {subscription, messageId, publishTime,
// attributes, developerNotification}.
std::optional<InboundEvent> decodePush(const QByteArray &body, QString *why);

} // namespace PlayStore
} // namespace mid
