#include "Pem.h"

#include "Hash.h"
#include "OpenSsl.h"

#include <openssl/bio.h>
#include <openssl/pem.h>

namespace mid::Pem {

namespace {
using Bio = std::unique_ptr<BIO, ossl::Deleter<BIO, BIO_free_all>>;

constexpr char kBegin[] = "-----BEGIN CERTIFICATE-----";
} // namespace

std::optional<QList<QByteArray>> certificates(const QByteArray &pem, QString *why)
{
    const qsizetype blocks = pem.count(kBegin);
    if (blocks == 0) {
        *why = QStringLiteral("no \"%1\" block").arg(QLatin1String(kBegin));
        return std::nullopt;
    }
    const Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio) {
        *why = QStringLiteral("out of memory");
        return std::nullopt;
    }
    QList<QByteArray> out;
    for (;;) {
        const ossl::Certificate certificate(
            PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate)
            break;
        const QByteArray der = ossl::der(i2d_X509, certificate.get());
        if (der.isEmpty())
            break;
        out.append(der);
    }
    ERR_clear_error(); // the read that ends the loop always leaves "no start line"
    if (out.size() != blocks) {
        *why = QStringLiteral("certificate %1 of %2 is not a valid PEM certificate")
                   .arg(out.size() + 1)
                   .arg(blocks);
        return std::nullopt;
    }
    return out;
}

QString subject(const QByteArray &der)
{
    const unsigned char *p = ossl::bytes(der);
    const ossl::Certificate certificate(d2i_X509(nullptr, &p, long(der.size())));
    if (!certificate)
        return ossl::failed(QString());
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate.get()), 0,
                                   XN_FLAG_RFC2253) < 0)
        return ossl::failed(QString());
    char *text = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &text);
    return QString::fromUtf8(text, qsizetype(length));
}

QString fingerprintSha256(const QByteArray &der)
{
    return QString::fromLatin1(Hash::sha256(der).toHex(':').toUpper());
}

} // namespace mid::Pem
