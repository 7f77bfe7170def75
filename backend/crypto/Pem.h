#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mid::Pem {

// Every CERTIFICATE block of PEM text, as DER, in order. nullopt (with *why) when the text
// holds no certificate, or a block that is not one (a truncated or corrupted block is not
// skipped quietly: the operator meant every block they pasted).
std::optional<QList<QByteArray>> certificates(const QByteArray &pem, QString *why);

// The subject of a DER certificate, one line as RFC 2253 writes it ("CN=…,O=…,C=…").
QString subject(const QByteArray &der);

// SHA-256 of the DER in the form `openssl x509 -fingerprint -sha256` prints: uppercase hex
// pairs joined by ':'.
QString fingerprintSha256(const QByteArray &der);

} // namespace mid::Pem
