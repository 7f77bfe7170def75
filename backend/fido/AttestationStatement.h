#pragma once

// Internal to backend/fido: member checks shared by the attestation statement formats.

#include <QByteArray>
#include <QCborMap>
#include <QLatin1String>

#include <initializer_list>

namespace mid::fido::AttestationStatement {

// Throws attestation.statement naming the first member not in allowed; the formats' CDDL
// (WebAuthn L3 §8) allows nothing else.
void allowOnly(const QCborMap &statement, std::initializer_list<QLatin1String> allowed,
               const char *format);
// "sig": a non-empty byte string, or attestation.statement.
QByteArray signature(const QCborMap &statement);

} // namespace mid::fido::AttestationStatement
