#pragma once

#include "crypto/OpenSsl.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace mid::test {

// COSE algorithm numbers of the keys tests make.
inline constexpr int kEs256 = -7;
inline constexpr int kEdDsa = -8;
inline constexpr int kRs256 = -257;

// A key pair of the test's own, shared (copyable) so builders can hold it by value.
struct TestKey
{
    std::shared_ptr<EVP_PKEY> key;
    int alg = 0;

    // Key generation (RSA especially) is slow: one key per algorithm and role, made once.
    static TestKey shared(int alg, int role = 0);

    QByteArray sign(const QByteArray &data) const;
    QCborMap cose() const;
    QByteArray spki() const;
    // PKCS#8 PEM of the private key, for a test TLS server (QSslKey reads it).
    QByteArray privateKeyPem() const;
};

// What a throwaway certificate says; the defaults make a valid FIDO attestation leaf.
struct CertSpec
{
    QString commonName = QStringLiteral("MID Test Authenticator");
    QString organizationalUnit = QStringLiteral("Authenticator Attestation");
    bool ca = false;
    long version = 2; // X.509 v3
    QByteArray aaguidExtension;
    bool aaguidCritical = false;
    QStringList dnsNames; // subjectAltName DNS entries: what a TLS client matches the host against
};

// Signed by issuerKey; issuer null makes it self-signed.
ossl::Certificate makeCertificate(const TestKey &subject, const CertSpec &spec,
                                  const TestKey &issuerKey, X509 *issuer);
QByteArray der(X509 *certificate);

// A root CA, an intermediate and attestation leaves below it, made once per run.
struct TestPki
{
    TestKey rootKey = TestKey::shared(kEs256, 101);
    TestKey intermediateKey = TestKey::shared(kEs256, 102);
    ossl::Certificate root;
    ossl::Certificate intermediate;
    QByteArray rootDer;
    QByteArray intermediateDer;

    static const TestPki &instance();
    QByteArray leaf(const TestKey &key, const CertSpec &spec = {}) const;

private:
    TestPki();
};

} // namespace mid::test
