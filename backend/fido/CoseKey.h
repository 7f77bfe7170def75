#pragma once

#include "PublicKey.h"

#include <QByteArray>
#include <QCborMap>

namespace mid::fido::CoseKey {

// COSE_Key labels and values (RFC 9052 §7, RFC 9053) used by WebAuthn credentials.
enum Label : qint64
{
    Kty = 1,
    Alg = 3,
    Crv = -1, // EC2 and OKP
    X = -2,   // EC2 and OKP
    Y = -3,   // EC2
    N = -1,   // RSA modulus
    E = -2,   // RSA public exponent
};
enum KeyType : qint64
{
    Okp = 1,
    Ec2 = 2,
    Rsa = 3,
};
enum Curve : qint64
{
    P256 = 1,
    Ed25519 = 6,
};

// Turns a credential's COSE_Key into a verifying key. The key's alg decides what it must
// be: ES256 → kty EC2, crv P-256, 32-byte x and y of a point on the curve; RS256 → kty RSA
// with n and e; EdDSA → kty OKP, crv Ed25519, 32-byte x. Throws VerificationError:
// credential.algorithm for an alg outside those three, credential.publicKey for anything
// else that does not fit (mismatched kty/crv, compressed or off-curve points, short keys).
PublicKey decode(const QCborMap &key);
// The same from the CBOR bytes, which must hold exactly one map.
PublicKey decode(const QByteArray &cbor);

} // namespace mid::fido::CoseKey
