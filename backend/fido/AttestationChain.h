#pragma once

// Internal to backend/fido: the "x5c" certificate chain of an attestation statement, checked
// by the WebAuthn rules and refused with their steps.

#include "PublicKey.h"
#include "crypto/CertificateChain.h"

#include <QCborValue>

namespace mid::fido {

class AttestationChain
{
public:
    // From an attStmt "x5c" member: a non-empty array of DER certificates. Throws
    // attestation.statement for the wrong shape, attestation.certificate for bad DER.
    static AttestationChain fromX5c(const QCborValue &x5c);

    const QList<QByteArray> &der() const { return m_chain.der(); }

    // The leaf's key, which must suit alg; throws attestation.certificate otherwise.
    PublicKey leafKey(int alg) const;
    // WebAuthn L3 §8.2.1: version 3; subject C, O, CN present and OU "Authenticator
    // Attestation"; not a CA; and the id-fido-gen-ce-aaguid extension, when present, not
    // critical and equal to the authenticator data's aaguid. Throws attestation.certificate.
    void checkPackedRequirements(const QByteArray &aaguid) const;
    // CertificateChain::verifyTrust, refused as attestation.trust (or .certificate for a
    // chain whose certificates do not sign each other).
    bool verifyTrust(const QList<QByteArray> &trustAnchors) const;

private:
    explicit AttestationChain(CertificateChain chain) : m_chain(std::move(chain)) {}
    void checkAaguidExtension(const QByteArray &aaguid) const;

    CertificateChain m_chain;
};

} // namespace mid::fido
