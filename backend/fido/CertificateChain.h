#pragma once

// Internal to backend/fido: the X.509 side of attestation statements ("x5c").

#include "crypto/OpenSsl.h"
#include "PublicKey.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>

#include <vector>

namespace mid::fido {

// An attestation certificate chain as an authenticator sends it: leaf first, each further
// certificate the issuer of the one before; the root is usually left out.
class CertificateChain
{
public:
    // From an attStmt "x5c" member: a non-empty array of DER certificates. Throws
    // attestation.statement for the wrong shape, attestation.certificate for bad DER.
    static CertificateChain fromX5c(const QCborValue &x5c);

    qsizetype size() const { return qsizetype(m_certificates.size()); }
    const QList<QByteArray> &der() const { return m_der; }

    // The leaf's key, which must suit alg; throws attestation.certificate otherwise.
    PublicKey leafKey(int alg) const;
    // WebAuthn L3 §8.2.1: version 3; subject C, O, CN present and OU "Authenticator
    // Attestation"; not a CA; and the id-fido-gen-ce-aaguid extension, when present, not
    // critical and equal to the authenticator data's aaguid. Throws attestation.certificate.
    void checkPackedRequirements(const QByteArray &aaguid) const;
    // With trust anchors (DER certificates, roots or intermediates) the chain must lead to
    // one of them, or attestation.trust is thrown; returns true. Without anchors there is
    // nothing to trust: the chain is only checked to be internally consistent (each
    // certificate signed by the next) and false is returned.
    bool verifyTrust(const QList<QByteArray> &trustAnchors) const;

private:
    X509 *leaf() const { return m_certificates.front().get(); }
    void checkLinks() const;

    std::vector<ossl::Certificate> m_certificates;
    QList<QByteArray> m_der;
};

} // namespace mid::fido
