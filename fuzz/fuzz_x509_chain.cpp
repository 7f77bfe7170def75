// X.509 chains as the x5c of a JWS (App Store) or of a WebAuthn attestation statement arrive:
// crypto/CertificateChain (DER parsing, leaf accessors, links, trust to the fixed test root),
// fido's AttestationChain (the packed §8.2.1 requirements, the leaf key), and crypto/Pem's
// subject line. Input: certificates as 2-byte big-endian lengths each followed by its DER.
#include "crypto/CertificateChain.h"
#include "crypto/Pem.h"
#include "fido/AttestationChain.h"
#include "fido/PublicKey.h"
#include "fido/VerificationError.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

#include <QCborArray>

using namespace mid;

namespace {
QList<QByteArray> certificates(const QByteArray &input)
{
    QList<QByteArray> out;
    qsizetype offset = 0;
    while (offset + 2 <= input.size() && out.size() <= CertificateChain::kMaxLength) {
        const qsizetype length = (quint8(input.at(offset)) << 8) | quint8(input.at(offset + 1));
        out.append(input.mid(offset + 2, length));
        offset += 2 + length;
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<QByteArray> roots{fuzz::certificateDer(QStringLiteral("root.pem"))};

    const QList<QByteArray> der = certificates(fuzz::bytes(data, size));
    if (der.isEmpty())
        return 0;
    for (const QByteArray &certificate : der)
        Pem::subject(certificate);
    try {
        const CertificateChain chain = CertificateChain::fromDer(der);
        MID_FUZZ_CHECK(chain.size() == der.size(), "chain length differs from the input's");
        chain.leafPublicKey();
        chain.leafVersion();
        for (const char *field : {"C", "O", "OU", "CN"})
            chain.leafSubjectField(field);
        chain.leafExtensionsValid();
        chain.leafIsCa();
        chain.leafExtension("1.3.6.1.4.1.45724.1.1.4");
        try {
            chain.verifyTrust({});
        } catch (const CertificateChain::Error &) {
        }
        try {
            MID_FUZZ_CHECK(chain.verifyTrust(roots), "trusted without saying so");
            fuzz::say(QStringLiteral("chain trusted"));
        } catch (const CertificateChain::Error &e) {
            fuzz::say(e.message());
        }
    } catch (const CertificateChain::Error &) {
    }
    QCborArray x5c;
    for (const QByteArray &certificate : der)
        x5c.append(certificate);
    try {
        const fido::AttestationChain chain = fido::AttestationChain::fromX5c(x5c);
        try {
            chain.checkPackedRequirements(fuzz::Fixed::aaguid());
        } catch (const fido::VerificationError &) {
        }
        for (int alg : {-7, -257, -8}) {
            try {
                chain.leafKey(alg);
            } catch (const fido::VerificationError &) {
            }
        }
        chain.verifyTrust(roots);
        fuzz::say(QStringLiteral("attestation chain trusted"));
    } catch (const fido::VerificationError &e) {
        fuzz::say(e.message());
    }
    return 0;
}
