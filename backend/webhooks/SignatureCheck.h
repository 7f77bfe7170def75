#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace mid {

// What a receiver holding `secrets` (current first, then those still in a rotation's grace)
// would conclude from a stored request: for each of §9's three signatures whether it
// verifies and with which secret. The console's inspector shows it; it checks the bytes that
// were sent, not how they were made.
namespace SignatureCheck {
// {"signature": {valid, detail}, "X-Mid-Signature": {…}, "webhook-signature": {…}}
QJsonObject check(const QByteArray &body, const QJsonObject &headers, const QStringList &secrets);
} // namespace SignatureCheck

} // namespace mid
