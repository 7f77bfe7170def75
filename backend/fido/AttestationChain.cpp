#include "AttestationChain.h"

#include "VerificationError.h"
#include "crypto/OpenSsl.h"

#include <QCborArray>

#include <openssl/crypto.h>

namespace mid::fido {

namespace {
constexpr char kAaguidExtensionOid[] = "1.3.6.1.4.1.45724.1.1.4";
constexpr qsizetype kAaguidLength = 16;

[[noreturn]] void reject(const QString &detail)
{
    throw VerificationError(Step::AttestationCertificate, detail);
}

VerificationError asVerificationError(const CertificateChain::Error &e)
{
    return VerificationError(e.kind() == CertificateChain::Error::Kind::Trust
                                 ? Step::AttestationTrust
                                 : Step::AttestationCertificate,
                             e.message());
}

QList<QByteArray> certificatesOf(const QCborValue &x5c)
{
    const QCborArray array = x5c.toArray();
    if (!x5c.isArray() || array.isEmpty() || array.size() > CertificateChain::kMaxLength)
        throw VerificationError(Step::AttestationStatement,
                                QStringLiteral("x5c must be an array of 1..%1 certificates")
                                    .arg(CertificateChain::kMaxLength));
    QList<QByteArray> der;
    for (const QCborValue &item : array) {
        if (!item.isByteArray())
            throw VerificationError(Step::AttestationStatement,
                                    QStringLiteral("x5c holds something other than bytes"));
        der.append(item.toByteArray());
    }
    return der;
}

// The extension's value is an OCTET STRING holding the 16 aaguid bytes.
QByteArray aaguidOf(const QByteArray &extensionValue)
{
    const unsigned char *p = ossl::bytes(extensionValue);
    const ossl::OctetString inner(d2i_ASN1_OCTET_STRING(nullptr, &p, long(extensionValue.size())));
    if (!inner || p != ossl::bytes(extensionValue) + extensionValue.size() ||
        ASN1_STRING_length(inner.get()) != kAaguidLength) {
        ERR_clear_error();
        reject(QStringLiteral("aaguid extension is malformed"));
    }
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(inner.get())),
                      kAaguidLength);
}
} // namespace

AttestationChain AttestationChain::fromX5c(const QCborValue &x5c)
{
    const QList<QByteArray> der = certificatesOf(x5c);
    try {
        return AttestationChain(CertificateChain::fromDer(der));
    } catch (const CertificateChain::Error &e) {
        throw asVerificationError(e);
    }
}

PublicKey AttestationChain::leafKey(int alg) const
{
    return PublicKey::fromSpki(m_chain.leafPublicKey(), alg, Step::AttestationCertificate);
}

void AttestationChain::checkPackedRequirements(const QByteArray &aaguid) const
{
    if (m_chain.leafVersion() != 3)
        reject(QStringLiteral("attestation certificate is not X.509 version 3"));
    for (const char *field : {"C", "O", "CN"}) {
        if (m_chain.leafSubjectField(field).isEmpty())
            reject(QStringLiteral("subject has no %1").arg(QLatin1String(field)));
    }
    if (m_chain.leafSubjectField("OU") != QLatin1String("Authenticator Attestation"))
        reject(QStringLiteral("subject OU is not \"Authenticator Attestation\""));
    if (!m_chain.leafExtensionsValid())
        reject(QStringLiteral("attestation certificate has invalid extensions"));
    if (m_chain.leafIsCa())
        reject(QStringLiteral("attestation certificate must have basic constraints CA false"));
    checkAaguidExtension(aaguid);
}

void AttestationChain::checkAaguidExtension(const QByteArray &aaguid) const
{
    const auto extension = m_chain.leafExtension(kAaguidExtensionOid);
    if (!extension)
        return;
    if (extension->critical)
        reject(QStringLiteral("aaguid extension must not be critical"));
    const QByteArray certified = aaguidOf(extension->value);
    if (aaguid.size() != kAaguidLength ||
        CRYPTO_memcmp(certified.constData(), aaguid.constData(), size_t(kAaguidLength)) != 0)
        reject(QStringLiteral("aaguid extension differs from the authenticator data's aaguid"));
}

bool AttestationChain::verifyTrust(const QList<QByteArray> &trustAnchors) const
{
    try {
        return m_chain.verifyTrust(trustAnchors);
    } catch (const CertificateChain::Error &e) {
        throw asVerificationError(e);
    }
}

} // namespace mid::fido
