#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <exception>
#include <memory>
#include <optional>
#include <vector>

struct x509_st; // OpenSSL's X509, kept out of every includer's view

namespace mid {

// A certificate chain in the "x5c" order of JWS (RFC 7515 §4.1.6) and WebAuthn attestation
// statements: leaf first, each further certificate the issuer of the one before; the root is
// usually left out. It knows X.509, not the profile its user applies (the FIDO packed rules,
// App Store's Apple OIDs): those read the leaf through the accessors below.
class CertificateChain
{
public:
    // Why a chain is refused. Certificate: one of them is not a certificate, or is not signed
    // by the next; Trust: the chain does not lead to a given anchor. The message names
    // certificates by their x5c index, as both JWS and WebAuthn number them.
    class Error : public std::exception
    {
    public:
        enum class Kind
        {
            Certificate,
            Trust
        };
        Error(Kind kind, const QString &message);
        Kind kind() const { return m_kind; }
        QString message() const { return m_message; }
        const char *what() const noexcept override { return m_what.constData(); }

    private:
        Kind m_kind;
        QString m_message;
        QByteArray m_what;
    };

    struct Extension
    {
        bool critical = false;
        QByteArray value; // the DER inside extnValue's OCTET STRING
    };

    // Bounds the work a hostile chain can cause; real chains have 1–3 certificates.
    static constexpr qsizetype kMaxLength = 8;

    // From 1..kMaxLength DER certificates, leaf first. Throws Error (Certificate).
    static CertificateChain fromDer(const QList<QByteArray> &der);

    CertificateChain(CertificateChain &&other) noexcept;
    CertificateChain &operator=(CertificateChain &&other) noexcept;
    ~CertificateChain();

    qsizetype size() const { return qsizetype(m_certificates.size()); }
    const QList<QByteArray> &der() const { return m_der; }

    // The leaf's SubjectPublicKeyInfo (DER).
    QByteArray leafPublicKey() const;
    // As certificates print it: 3 for X.509 v3.
    int leafVersion() const;
    // A subject attribute by short name ("C", "O", "OU", "CN"); empty when absent.
    QString leafSubjectField(const char *shortName) const;
    bool leafExtensionsValid() const;
    // Basic constraints CA true.
    bool leafIsCa() const;
    // The extension with the dotted `oid`, when the leaf has it.
    std::optional<Extension> leafExtension(const char *oid) const;

    // With trust anchors (DER certificates, roots or intermediates) the chain must lead to
    // one of them, or Error (Trust) is thrown; returns true. Without anchors there is
    // nothing to trust: the chain is only checked to be internally consistent (each
    // certificate signed by the next; Error (Certificate) otherwise) and false is returned.
    bool verifyTrust(const QList<QByteArray> &trustAnchors) const;

private:
    struct Free
    {
        void operator()(x509_st *certificate) const;
    };
    using Certificate = std::unique_ptr<x509_st, Free>;

    CertificateChain() = default;
    x509_st *leaf() const { return m_certificates.front().get(); }
    void checkLinks() const;

    std::vector<Certificate> m_certificates;
    QList<QByteArray> m_der;
};

} // namespace mid
