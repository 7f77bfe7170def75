// Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/) and, when they are
// missing, the test keys and certificates they are signed with (fuzz/keys/). Run it from the
// fuzz build (README, "Fuzzing"):
//   cmake --build build/fuzz --target fuzz_make_corpora && build/fuzz/fuzz/fuzz_make_corpora fuzz
// Seeds are real, valid inputs: WebAuthn ceremonies signed by the credential keys, attestation
// statements with x5c chains to the test root, JWS/JWT signed by the JWS keys, Stripe,
// App Store and Play notifications as the providers send them, HTTP requests for every body
// route, HTTP answers as receivers send them. Keys are made once and committed; re-running
// rewrites the seeds (same names) and keeps what libFuzzer added to the corpora.
#include "core/Cursor.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "crypto/Jws.h"
#include "crypto/OpenSsl.h"
#include "crypto/SigningKey.h"
#include "support/Fixed.h"
#include "webhooks/Stripe.h"
#include "webhooks/WebhookSigner.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/core_names.h>
#include <openssl/pem.h>

#include <cstdio>
#include <functional>

using namespace mid;
namespace Fixed = mid::fuzz::Fixed;

namespace {
QString g_keys;
QString g_corpus;

[[noreturn]] void fail(const QString &what)
{
    fprintf(stderr, "make_corpora: %s\n", qPrintable(what));
    std::exit(1);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write ") + path);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read ") + path);
    return file.readAll();
}

void seed(const char *target, const QString &name, const QByteArray &bytes)
{
    const QString dir = g_corpus + QLatin1Char('/') + QLatin1String(target);
    QDir().mkpath(dir);
    writeFile(dir + QLatin1Char('/') + name, bytes);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// ---- keys and certificates --------------------------------------------------------------

ossl::Pkey generate(const char *type, const std::function<void(EVP_PKEY_CTX *)> &configure = {})
{
    const ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        fail(QStringLiteral("keygen init"));
    if (configure)
        configure(ctx.get());
    if (EVP_PKEY_keygen(ctx.get(), &key) != 1)
        fail(QStringLiteral("keygen"));
    return ossl::Pkey(key);
}

ossl::Pkey generateKey(const QString &kind)
{
    if (kind == QLatin1String("ec"))
        return generate("EC", [](EVP_PKEY_CTX *c) { EVP_PKEY_CTX_set_group_name(c, "P-256"); });
    if (kind == QLatin1String("rsa"))
        return generate("RSA", [](EVP_PKEY_CTX *c) { EVP_PKEY_CTX_set_rsa_keygen_bits(c, 2048); });
    return generate("ED25519");
}

ossl::Pkey loadKey(const QString &name)
{
    const QByteArray pem = readFile(g_keys + QLatin1Char('/') + name);
    const ossl::Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    ossl::Pkey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        fail(QStringLiteral("no key in ") + name);
    return key;
}

// The key file `name`, made (kind: ec, rsa, ed25519) when it does not exist yet.
ossl::Pkey key(const QString &name, const QString &kind)
{
    const QString path = g_keys + QLatin1Char('/') + name;
    if (!QFile::exists(path)) {
        const ossl::Pkey made = generateKey(kind);
        const ossl::Bio bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_PKCS8PrivateKey(bio.get(), made.get(), nullptr, nullptr, 0, nullptr, nullptr);
        char *text = nullptr;
        const long length = BIO_get_mem_data(bio.get(), &text);
        writeFile(path, QByteArray(text, length));
        printf("made %s\n", qPrintable(name));
    }
    return loadKey(name);
}

QByteArray pkcs8(EVP_PKEY *pkey)
{
    const ossl::P8Info info(EVP_PKEY2PKCS8(pkey));
    return ossl::der(i2d_PKCS8_PRIV_KEY_INFO, info.get());
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    const ossl::Extension extension(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    if (!extension || X509_add_ext(cert, extension.get(), -1) != 1)
        fail(QStringLiteral("extension %1").arg(nid));
}

struct Name
{
    const char *c = "US";
    const char *o = "MID Fuzz";
    const char *ou = nullptr;
    const char *cn;
};

// Valid 2000–2099, so that the corpora verify whatever the date of the machine.
ossl::Certificate makeCertificate(EVP_PKEY *subjectKey, const Name &name, X509 *issuer,
                                  EVP_PKEY *issuerKey, long serial, bool ca,
                                  const QByteArray &aaguid = {})
{
    ossl::Certificate cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    ASN1_TIME_set_string(X509_getm_notBefore(cert.get()), "20000101000000Z");
    ASN1_TIME_set_string(X509_getm_notAfter(cert.get()), "20991231235959Z");
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME *subject = X509_get_subject_name(cert.get());
    auto add = [subject](const char *field, const char *value) {
        if (value)
            X509_NAME_add_entry_by_txt(subject, field, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(value), -1, -1, 0);
    };
    add("C", name.c);
    add("O", name.o);
    add("OU", name.ou);
    add("CN", name.cn);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : subject);
    addExtension(cert.get(), issuer, NID_basic_constraints,
                 ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    if (ca)
        addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    if (issuer)
        addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    if (!aaguid.isEmpty()) {
        // id-fido-gen-ce-aaguid: an OCTET STRING holding the 16 bytes, not critical.
        const QByteArray value = QByteArray::fromHex("0410") + aaguid;
        const ossl::Object oid(OBJ_txt2obj("1.3.6.1.4.1.45724.1.1.4", 1));
        const ossl::OctetString data(ASN1_OCTET_STRING_new());
        ASN1_OCTET_STRING_set(data.get(), ossl::bytes(value), int(value.size()));
        const ossl::Extension extension(
            X509_EXTENSION_create_by_OBJ(nullptr, oid.get(), 0, data.get()));
        X509_add_ext(cert.get(), extension.get(), -1);
    }
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        fail(QStringLiteral("cannot sign a certificate"));
    return cert;
}

ossl::Certificate loadCertificate(const QString &name)
{
    const QByteArray pem = readFile(g_keys + QLatin1Char('/') + name);
    const ossl::Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    ossl::Certificate cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        fail(QStringLiteral("no certificate in ") + name);
    return cert;
}

// The certificate file `name`, made with `make` when it does not exist yet.
ossl::Certificate certificate(const QString &name, const std::function<ossl::Certificate()> &make)
{
    const QString path = g_keys + QLatin1Char('/') + name;
    if (!QFile::exists(path)) {
        const ossl::Certificate made = make();
        const ossl::Bio bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509(bio.get(), made.get());
        char *text = nullptr;
        const long length = BIO_get_mem_data(bio.get(), &text);
        writeFile(path, QByteArray(text, length));
        printf("made %s\n", qPrintable(name));
    }
    return loadCertificate(name);
}

QByteArray der(X509 *cert)
{
    return ossl::der(i2d_X509, cert);
}

QByteArray bigNumber(EVP_PKEY *key, const char *name, int pad = 0)
{
    BIGNUM *raw = nullptr;
    EVP_PKEY_get_bn_param(key, name, &raw);
    const ossl::Bignum bn(raw);
    QByteArray out(pad ? pad : BN_num_bytes(bn.get()), '\0');
    BN_bn2binpad(bn.get(), ossl::writableBytes(out), int(out.size()));
    return out;
}

struct TestKey
{
    ossl::Pkey pkey;
    int alg = 0;

    QCborMap cose() const
    {
        QCborMap map;
        if (alg == -7) {
            map.insert(1, 2);
            map.insert(3, -7);
            map.insert(-1, 1);
            map.insert(-2, bigNumber(pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32));
            map.insert(-3, bigNumber(pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32));
        } else if (alg == -257) {
            map.insert(1, 3);
            map.insert(3, -257);
            map.insert(-1, bigNumber(pkey.get(), OSSL_PKEY_PARAM_RSA_N));
            map.insert(-2, bigNumber(pkey.get(), OSSL_PKEY_PARAM_RSA_E));
        } else {
            QByteArray x(32, '\0');
            size_t length = 32;
            EVP_PKEY_get_raw_public_key(pkey.get(), ossl::writableBytes(x), &length);
            map.insert(1, 1);
            map.insert(3, -8);
            map.insert(-1, 6);
            map.insert(-2, x);
        }
        return map;
    }

    // WebAuthn's signature forms: DER ECDSA, PKCS#1 v1.5, raw Ed25519.
    QByteArray sign(const QByteArray &data) const
    {
        const ossl::MdCtx ctx(EVP_MD_CTX_new());
        if (EVP_DigestSignInit(ctx.get(), nullptr, alg == -8 ? nullptr : EVP_sha256(), nullptr,
                               pkey.get()) != 1)
            fail(QStringLiteral("sign init"));
        size_t length = 0;
        EVP_DigestSign(ctx.get(), nullptr, &length, ossl::bytes(data), size_t(data.size()));
        QByteArray out(qsizetype(length), '\0');
        if (EVP_DigestSign(ctx.get(), ossl::writableBytes(out), &length, ossl::bytes(data),
                           size_t(data.size())) != 1)
            fail(QStringLiteral("sign"));
        out.truncate(qsizetype(length));
        return out;
    }
};

struct Material
{
    TestKey es256, rs256, ed25519;
    TestKey attestation; // the attestation leaf's key (ES256)
    SigningKey jwsRs256, jwsEs256, appStoreSigner;
    QByteArray rootDer, intermediateDer, appStoreLeafDer, attestationLeafDer;
    QByteArray rootPem, intermediatePem;
};

Material material()
{
    Material m;
    m.es256 = {key(QStringLiteral("credential-es256.key"), QStringLiteral("ec")), -7};
    m.rs256 = {key(QStringLiteral("credential-rs256.key"), QStringLiteral("rsa")), -257};
    m.ed25519 = {key(QStringLiteral("credential-ed25519.key"), QStringLiteral("ed25519")), -8};
    const ossl::Pkey jwsRs = key(QStringLiteral("jws-rs256.key"), QStringLiteral("rsa"));
    const ossl::Pkey jwsEs = key(QStringLiteral("jws-es256.key"), QStringLiteral("ec"));
    m.jwsRs256 = SigningKey::fromPrivateDer(pkcs8(jwsRs.get()));
    m.jwsEs256 = SigningKey::fromPrivateDer(pkcs8(jwsEs.get()));

    const ossl::Pkey rootKey = key(QStringLiteral("root.key"), QStringLiteral("ec"));
    const ossl::Pkey intermediateKey =
        key(QStringLiteral("intermediate.key"), QStringLiteral("ec"));
    const ossl::Pkey appStoreKey = key(QStringLiteral("appstore-leaf.key"), QStringLiteral("ec"));
    m.attestation = {key(QStringLiteral("attestation-leaf.key"), QStringLiteral("ec")), -7};
    m.appStoreSigner = SigningKey::fromPrivateDer(pkcs8(appStoreKey.get()));

    const ossl::Certificate root = certificate(QStringLiteral("root.pem"), [&] {
        return makeCertificate(rootKey.get(), {.cn = "MID Fuzz Root"}, nullptr, rootKey.get(), 1,
                               true);
    });
    const ossl::Certificate intermediate = certificate(QStringLiteral("intermediate.pem"), [&] {
        return makeCertificate(intermediateKey.get(), {.cn = "MID Fuzz Intermediate"}, root.get(),
                               rootKey.get(), 2, true);
    });
    const ossl::Certificate appStoreLeaf = certificate(QStringLiteral("appstore-leaf.pem"), [&] {
        return makeCertificate(appStoreKey.get(), {.cn = "MID Fuzz App Store Signer"},
                               intermediate.get(), intermediateKey.get(), 3, false);
    });
    const ossl::Certificate attestationLeaf =
        certificate(QStringLiteral("attestation-leaf.pem"), [&] {
            return makeCertificate(
                m.attestation.pkey.get(),
                {.ou = "Authenticator Attestation", .cn = "MID Fuzz Authenticator"},
                intermediate.get(), intermediateKey.get(), 4, false, Fixed::aaguid());
        });
    m.rootDer = der(root.get());
    m.intermediateDer = der(intermediate.get());
    m.appStoreLeafDer = der(appStoreLeaf.get());
    m.attestationLeafDer = der(attestationLeaf.get());
    m.rootPem = readFile(g_keys + QStringLiteral("/root.pem"));
    m.intermediatePem = readFile(g_keys + QStringLiteral("/intermediate.pem"));

    // What the targets read besides keys: the EdDSA credential as it is stored (COSE_Key), and
    // the Play JWKS (the RS256 JWS key, and an EC key the parser skips).
    writeFile(g_keys + QStringLiteral("/credential-ed25519.cose"),
              m.ed25519.cose().toCborValue().toCbor());
    const QJsonObject jwks{
        {QStringLiteral("keys"),
         QJsonArray{
             QJsonObject{
                 {QStringLiteral("kty"), QStringLiteral("RSA")},
                 {QStringLiteral("kid"), Fixed::kPlayKid},
                 {QStringLiteral("alg"), QStringLiteral("RS256")},
                 {QStringLiteral("use"), QStringLiteral("sig")},
                 {QStringLiteral("n"), Base64Url::encodeToString(m.jwsRs256.rsaModulus())},
                 {QStringLiteral("e"), Base64Url::encodeToString(m.jwsRs256.rsaExponent())}},
             QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                         {QStringLiteral("kid"), QStringLiteral("fuzz-ec-1")},
                         {QStringLiteral("crv"), QStringLiteral("P-256")},
                         {QStringLiteral("x"), Base64Url::encodeToString(m.jwsEs256.ecX())},
                         {QStringLiteral("y"), Base64Url::encodeToString(m.jwsEs256.ecY())}}}}};
    writeFile(g_keys + QStringLiteral("/play-jwks.json"),
              QJsonDocument(jwks).toJson(QJsonDocument::Indented));
    return m;
}

// ---- WebAuthn ----------------------------------------------------------------------------

constexpr quint8 kUp = 0x01, kUv = 0x04, kAt = 0x40, kEd = 0x80;

QByteArray bigEndian(quint32 value, int width)
{
    QByteArray out;
    for (int i = width - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
    return out;
}

QByteArray rpIdHash()
{
    return Hash::sha256(Fixed::kRpId.toUtf8());
}

QByteArray authData(const TestKey &key, quint8 flags, const QByteArray &aaguid,
                    const QByteArray &extensions = {}, quint32 signCount = 0)
{
    QByteArray data = rpIdHash() + char(flags) + bigEndian(signCount, 4);
    if (flags & kAt)
        data += aaguid + bigEndian(quint32(Fixed::credentialId().size()), 2) +
                Fixed::credentialId() + key.cose().toCborValue().toCbor();
    return data + extensions;
}

enum class Statement
{
    None,
    PackedSelf,
    PackedX5c,
    FidoU2f
};

QByteArray attestationObject(const Material &m, const TestKey &key, Statement statement,
                             const QByteArray &extensions = {})
{
    const bool u2f = statement == Statement::FidoU2f;
    const QByteArray aaguid = u2f ? QByteArray(16, '\0') : Fixed::aaguid();
    const quint8 flags = kUp | kUv | kAt | (extensions.isEmpty() ? 0 : kEd);
    const QByteArray data = authData(key, flags, aaguid, extensions);
    const QByteArray clientHash = Hash::sha256(Fixed::registrationClientData());
    QCborMap stmt;
    QString format = QStringLiteral("packed");
    switch (statement) {
    case Statement::None:
        format = QStringLiteral("none");
        break;
    case Statement::PackedSelf:
        stmt.insert(QLatin1String("alg"), key.alg);
        stmt.insert(QLatin1String("sig"), key.sign(data + clientHash));
        break;
    case Statement::PackedX5c:
        stmt.insert(QLatin1String("alg"), -7);
        stmt.insert(QLatin1String("sig"), m.attestation.sign(data + clientHash));
        stmt.insert(QLatin1String("x5c"), QCborArray{m.attestationLeafDer, m.intermediateDer});
        break;
    case Statement::FidoU2f: {
        format = QStringLiteral("fido-u2f");
        const QCborMap cose = key.cose();
        const QByteArray signedData = QByteArray(1, '\0') + rpIdHash() + clientHash +
                                      Fixed::credentialId() + '\x04' +
                                      cose.value(-2).toByteArray() + cose.value(-3).toByteArray();
        stmt.insert(QLatin1String("sig"), m.attestation.sign(signedData));
        stmt.insert(QLatin1String("x5c"), QCborArray{m.attestationLeafDer});
        break;
    }
    }
    QCborMap object;
    object.insert(QLatin1String("fmt"), format);
    object.insert(QLatin1String("attStmt"), stmt);
    object.insert(QLatin1String("authData"), data);
    return object.toCborValue().toCbor();
}

QJsonObject registrationJson(const QByteArray &attestationObject)
{
    const QString id = Base64Url::encodeToString(Fixed::credentialId());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("rawId"), id},
            {QStringLiteral("type"), QStringLiteral("public-key")},
            {QStringLiteral("authenticatorAttachment"), QStringLiteral("platform")},
            {QStringLiteral("clientExtensionResults"), QJsonObject()},
            {QStringLiteral("response"),
             QJsonObject{{QStringLiteral("clientDataJSON"),
                          Base64Url::encodeToString(Fixed::registrationClientData())},
                         {QStringLiteral("attestationObject"),
                          Base64Url::encodeToString(attestationObject)},
                         {QStringLiteral("transports"),
                          QJsonArray{QStringLiteral("internal"), QStringLiteral("hybrid")}}}}};
}

// For the stored credential of that algorithm (see fuzz_fido_response.cpp).
QJsonObject assertionJson(const TestKey &key, char idSuffix, quint32 signCount,
                          const QByteArray &userHandle)
{
    const QByteArray data = rpIdHash() + char(kUp | kUv) + bigEndian(signCount, 4);
    const QByteArray signature = key.sign(data + Hash::sha256(Fixed::assertionClientData()));
    const QString id = Base64Url::encodeToString(Fixed::credentialId() + idSuffix);
    QJsonObject response{
        {QStringLiteral("clientDataJSON"), Base64Url::encodeToString(Fixed::assertionClientData())},
        {QStringLiteral("authenticatorData"), Base64Url::encodeToString(data)},
        {QStringLiteral("signature"), Base64Url::encodeToString(signature)}};
    if (!userHandle.isEmpty())
        response.insert(QStringLiteral("userHandle"), Base64Url::encodeToString(userHandle));
    return {{QStringLiteral("id"), id},
            {QStringLiteral("rawId"), id},
            {QStringLiteral("type"), QStringLiteral("public-key")},
            {QStringLiteral("authenticatorAttachment"), QStringLiteral("cross-platform")},
            {QStringLiteral("response"), response}};
}

void webauthnSeeds(const Material &m)
{
    const QByteArray extensions =
        QCborMap{{QLatin1String("credProtect"), 2}}.toCborValue().toCbor();
    const struct
    {
        const char *name;
        const TestKey &key;
        Statement statement;
        QByteArray extensions;
    } registrations[] = {
        {"none-es256", m.es256, Statement::None, {}},
        {"packed-self-es256", m.es256, Statement::PackedSelf, {}},
        {"packed-self-rs256", m.rs256, Statement::PackedSelf, {}},
        {"packed-self-eddsa", m.ed25519, Statement::PackedSelf, {}},
        {"packed-self-es256-extensions", m.es256, Statement::PackedSelf, extensions},
        {"packed-x5c-es256", m.es256, Statement::PackedX5c, {}},
        {"fido-u2f-es256", m.es256, Statement::FidoU2f, {}},
    };
    for (const auto &r : registrations) {
        const QByteArray object = attestationObject(m, r.key, r.statement, r.extensions);
        const QString name = QString::fromLatin1(r.name);
        seed("fido_attestation", name, object);
        seed("fido_cbor", QStringLiteral("attestation-object-") + name, object);
        seed("fido_response", QStringLiteral("registration-") + name,
             json(registrationJson(object)));
    }
    seed("fido_response", QStringLiteral("assertion-es256"),
         json(assertionJson(m.es256, '\x07', 8, Fixed::userHandle())));
    seed("fido_response", QStringLiteral("assertion-rs256"),
         json(assertionJson(m.rs256, '\x01', 0, Fixed::userHandle())));
    seed("fido_response", QStringLiteral("assertion-eddsa"),
         json(assertionJson(m.ed25519, '\x08', 9, {})));
    seed("fido_response", QStringLiteral("client-data-create"), Fixed::registrationClientData());
    seed(
        "fido_response", QStringLiteral("client-data-cross-origin"),
        R"({"type":"webauthn.get","challenge":")" + Base64Url::encode(Fixed::challenge()) +
            R"(","origin":"https://mid.example","crossOrigin":true,"topOrigin":"https://top.example"})");

    for (const auto *k : {&m.es256, &m.rs256, &m.ed25519}) {
        const QByteArray cose = k->cose().toCborValue().toCbor();
        const QString alg = QString::number(-k->alg);
        seed("fido_cose_key", QStringLiteral("alg-minus-") + alg, cose);
        seed("fido_cbor", QStringLiteral("cose-alg-minus-") + alg, cose);
        seed("fido_authdata", QStringLiteral("attested-alg-minus-") + alg,
             authData(*k, kUp | kUv | kAt, Fixed::aaguid()));
    }
    QCborMap compressed = m.es256.cose();
    compressed.insert(-3, true);
    seed("fido_cose_key", QStringLiteral("es256-compressed-y"), compressed.toCborValue().toCbor());
    seed("fido_authdata", QStringLiteral("assertion"), authData(m.es256, kUp, {}, {}, 42));
    seed("fido_authdata", QStringLiteral("attested-with-extensions"),
         authData(m.es256, kUp | kUv | kAt | kEd, Fixed::aaguid(), extensions));
    seed("fido_authdata", QStringLiteral("extensions-only"),
         authData(m.es256, kUp | kEd, {}, extensions, 7));

    // CBOR items of every major type, definite and indefinite, tags, floats, simple values.
    const char *hex[] = {
        "00",
        "17",
        "1818",
        "19ffff",
        "1a00010000",
        "1b0000000100000000",
        "20",
        "3863",
        "40",
        "4401020304",
        "5f42010243030405ff",
        "60",
        "6449455446",
        "7f657374726561646d696e67ff",
        "80",
        "83010203",
        "9f018202039f0405ffff",
        "a0",
        "a201020304",
        "bf61610161629f0203ffff",
        "c074323031332d30332d32315432303a30343a30305a",
        "c249010000000000000000",
        "d82076687474703a2f2f7777772e6578616d706c652e636f6d",
        "f4",
        "f5",
        "f6",
        "f7",
        "f0",
        "f818",
        "f93c00",
        "f97e00",
        "fa47c35000",
        "fb3ff199999999999a",
        "a26161016161 02",
        "a1a1010203",
    };
    int i = 0;
    for (const char *h : hex)
        seed("fido_cbor", QStringLiteral("item-%1").arg(i++, 2, 10, QLatin1Char('0')),
             QByteArray::fromHex(QByteArray(h).replace(' ', "")));
}

// ---- JWS, Stripe, App Store, Play --------------------------------------------------------

QByteArray compact(const QJsonObject &header, const QJsonObject &payload, const SigningKey &key)
{
    const QByteArray input =
        Base64Url::encode(json(header)) + '.' + Base64Url::encode(json(payload));
    return input + '.' + Base64Url::encode(key.sign(input));
}

void jwsSeeds(const Material &m)
{
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("https://mid.example")},
                             {QStringLiteral("sub"), QStringLiteral("cons_fuzz")},
                             {QStringLiteral("aud"), QStringLiteral("mid_client_fuzz")},
                             {QStringLiteral("iat"), Fixed::kNowSeconds},
                             {QStringLiteral("exp"), Fixed::kNowSeconds + 3600}};
    seed("jws", QStringLiteral("rs256"), Jws::sign(m.jwsRs256, QStringLiteral("kid-rs"), claims));
    seed("jws", QStringLiteral("es256"), Jws::sign(m.jwsEs256, QStringLiteral("kid-es"), claims));
    const QByteArray none = Base64Url::encode(R"({"alg":"none","typ":"JWT"})") + '.' +
                            Base64Url::encode(json(claims)) + '.';
    seed("jws", QStringLiteral("alg-none"), none);
    seed("jws", QStringLiteral("crit"),
         compact({{QStringLiteral("alg"), QStringLiteral("RS256")},
                  {QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")}}},
                 claims, m.jwsRs256));
    seed("jws", QStringLiteral("hs256-confusion"),
         Base64Url::encode(R"({"alg":"HS256"})") + '.' + Base64Url::encode(json(claims)) + '.' +
             Base64Url::encode(Hash::hmacSha256("key", "data")));

    // Stripe: header line, then the body.
    auto stripe = [](const char *name, const QByteArray &body, qint64 t, bool extra = false) {
        QByteArray header = Stripe::signatureHeader(Fixed::kStripeSecret, t, body);
        if (extra)
            header += ",v1=" + QByteArray(64, 'a') + ",v0=" + QByteArray(64, 'b');
        seed("stripe", QString::fromLatin1(name), header + '\n' + body);
    };
    const QByteArray subscription =
        R"({"id":"evt_1Fuzz","object":"event","type":"customer.subscription.updated","created":1767225600,"livemode":false,"data":{"object":{"id":"sub_1","object":"subscription","customer":"cus_fuzz0001","status":"active","items":{"data":[{"price":{"lookup_key":"growth"}}]}}}})";
    const QByteArray invoice =
        R"({"id":"evt_2Fuzz","type":"invoice.payment_failed","data":{"object":{"id":"in_1","customer":{"id":"cus_fuzz0001","object":"customer"}}}})";
    stripe("subscription-updated", subscription, Fixed::kNowSeconds);
    stripe("invoice-expanded-customer", invoice, Fixed::kNowSeconds - 100, true);
    stripe("stale", subscription, Fixed::kNowSeconds - 301);
    seed("stripe", QStringLiteral("v0-only"), "t=1767225600,v0=abcd\n{}");

    // App Store: {signedPayload} with nested signed infos, x5c leaf + intermediate (+ root).
    auto signedApple = [&m](const QJsonObject &payload, bool withRoot) {
        QJsonArray x5c{QString::fromLatin1(m.appStoreLeafDer.toBase64()),
                       QString::fromLatin1(m.intermediateDer.toBase64())};
        if (withRoot)
            x5c.append(QString::fromLatin1(m.rootDer.toBase64()));
        return compact(
            {{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("x5c"), x5c}},
            payload, m.appStoreSigner);
    };
    const QJsonObject transaction{{QStringLiteral("transactionId"), QStringLiteral("2000000001")},
                                  {QStringLiteral("productId"), QStringLiteral("mid.growth")},
                                  {QStringLiteral("bundleId"), Fixed::kAppStoreBundleId},
                                  {QStringLiteral("expiresDate"), 1769904000000.0}};
    const QJsonObject renewal{{QStringLiteral("autoRenewStatus"), 1},
                              {QStringLiteral("productId"), QStringLiteral("mid.growth")}};
    const QJsonObject notification{
        {QStringLiteral("notificationType"), QStringLiteral("DID_RENEW")},
        {QStringLiteral("subtype"), QStringLiteral("BILLING_RECOVERY")},
        {QStringLiteral("notificationUUID"),
         QStringLiteral("002e14d5-51f5-4503-b5a8-c3a1af68eb20")},
        {QStringLiteral("version"), QStringLiteral("2.0")},
        {QStringLiteral("signedDate"), 1767225600000.0},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("bundleId"), Fixed::kAppStoreBundleId},
                     {QStringLiteral("environment"), QStringLiteral("Sandbox")},
                     {QStringLiteral("signedTransactionInfo"),
                      QString::fromLatin1(signedApple(transaction, false))},
                     {QStringLiteral("signedRenewalInfo"),
                      QString::fromLatin1(signedApple(renewal, true))}}}};
    const QByteArray payload = signedApple(notification, false);
    seed("appstore", QStringLiteral("did-renew"),
         json({{QStringLiteral("signedPayload"), QString::fromLatin1(payload)}}));
    seed("appstore", QStringLiteral("test-notification"),
         json({{QStringLiteral("signedPayload"),
                QString::fromLatin1(signedApple(
                    {{QStringLiteral("notificationType"), QStringLiteral("TEST")},
                     {QStringLiteral("notificationUUID"), QStringLiteral("uuid-test")},
                     {QStringLiteral("data"),
                      QJsonObject{{QStringLiteral("bundleId"), Fixed::kAppStoreBundleId}}}},
                    true))}}));
    seed("appstore", QStringLiteral("bare-jws"), signedApple(transaction, true));

    // Play: the Authorization value, then the push body.
    const QByteArray token =
        compact({{QStringLiteral("alg"), QStringLiteral("RS256")},
                 {QStringLiteral("kid"), Fixed::kPlayKid},
                 {QStringLiteral("typ"), QStringLiteral("JWT")}},
                {{QStringLiteral("iss"), QStringLiteral("https://accounts.google.com")},
                 {QStringLiteral("aud"), Fixed::kPlayAudience},
                 {QStringLiteral("email"), QStringLiteral("push@example.iam.gserviceaccount.com")},
                 {QStringLiteral("email_verified"), true},
                 {QStringLiteral("iat"), Fixed::kNowSeconds},
                 {QStringLiteral("exp"), 4102444800LL}},
                m.jwsRs256);
    auto push = [](const QJsonObject &developerNotification) {
        return json(
            {{QStringLiteral("message"),
              QJsonObject{
                  {QStringLiteral("data"),
                   QString::fromLatin1(json(developerNotification).toBase64())},
                  {QStringLiteral("messageId"), QStringLiteral("136969346945")},
                  {QStringLiteral("publishTime"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                  {QStringLiteral("attributes"),
                   QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}}},
             {QStringLiteral("subscription"), QStringLiteral("projects/mid/subscriptions/play")}});
    };
    const QJsonObject base{{QStringLiteral("version"), QStringLiteral("1.0")},
                           {QStringLiteral("packageName"), QStringLiteral("com.example.mid")},
                           {QStringLiteral("eventTimeMillis"), QStringLiteral("1767225600000")}};
    QJsonObject subscriptionNotification = base;
    subscriptionNotification.insert(
        QStringLiteral("subscriptionNotification"),
        QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")},
                    {QStringLiteral("notificationType"), 4},
                    {QStringLiteral("purchaseToken"), QStringLiteral("token-fuzz")},
                    {QStringLiteral("subscriptionId"), QStringLiteral("mid.growth")}});
    QJsonObject test = base;
    test.insert(QStringLiteral("testNotification"),
                QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")}});
    QJsonObject voided = base;
    voided.insert(QStringLiteral("voidedPurchaseNotification"),
                  QJsonObject{{QStringLiteral("purchaseToken"), QStringLiteral("t")},
                              {QStringLiteral("orderId"), QStringLiteral("GPA.1")},
                              {QStringLiteral("productType"), 1}});
    seed("playstore", QStringLiteral("subscription"),
         "Bearer " + token + '\n' + push(subscriptionNotification));
    seed("playstore", QStringLiteral("test"), "bearer  " + token + '\n' + push(test));
    seed("playstore", QStringLiteral("voided"), "Bearer " + token + '\n' + push(voided));
    seed("jws", QStringLiteral("play-oidc"), token);

    // Chains: 2-byte big-endian length, DER.
    auto chain = [](const QList<QByteArray> &certs) {
        QByteArray out;
        for (const QByteArray &c : certs)
            out += bigEndian(quint32(c.size()), 2) + c;
        return out;
    };
    seed("x509_chain", QStringLiteral("appstore-leaf-intermediate"),
         chain({m.appStoreLeafDer, m.intermediateDer}));
    seed("x509_chain", QStringLiteral("attestation-leaf-intermediate-root"),
         chain({m.attestationLeafDer, m.intermediateDer, m.rootDer}));
    seed("x509_chain", QStringLiteral("root"), chain({m.rootDer}));
    seed("x509_chain", QStringLiteral("attestation-leaf-alone"), chain({m.attestationLeafDer}));

    // Settings: PEM roots, JWKS, secrets.
    seed("inbound_settings", QStringLiteral("roots-pem"), m.rootPem + m.intermediatePem);
    seed("inbound_settings", QStringLiteral("jwks"),
         readFile(g_keys + QStringLiteral("/play-jwks.json")));
    seed("inbound_settings", QStringLiteral("stripe-secret"), Fixed::kStripeSecret);
    seed("inbound_settings", QStringLiteral("play-token"), Fixed::kPlayToken.toUtf8());
}

// ---- small text fields, webhook signatures ------------------------------------------------

void textSeeds()
{
    const QByteArray fields[] = {
        "+2348012345678",
        "+12025550123",
        "+447911123456",
        "2348012345678",
        "+0123456789",
        Cursor::encode(0).toLatin1(),
        Cursor::encode(42).toLatin1(),
        Cursor::encode(9007199254740993LL).toLatin1(),
        "2026-01-01T00:00:00Z",
        "2026-01-01T00:00:00.123+01:00",
        "2026-02-30T25:00:00Z",
        "https://hooks.example.com/mid?x=1",
        "http://localhost:8080/callback",
        "http://127.0.0.1:9/mid",
        "http://[::1]:8080/",
        "ftp://example.com/",
        Base64Url::encode("MID fuzz"),
        Base64Url::encode("MID fuzz") + "==",
        "AA==",
        "AAA=",
        Fixed::kWebhookSecret.toUtf8(),
        "mid_cs_plainclientsecret",
    };
    int i = 0;
    for (const QByteArray &f : fields)
        seed("text_fields", QStringLiteral("field-%1").arg(i++, 2, 10, QLatin1Char('0')), f);

    WebhookSigner::Event event{QStringLiteral("evt_fuzz0001"),
                               QStringLiteral("consent.approved"),
                               QStringLiteral("2026-01-01T00:00:00Z"),
                               {{QStringLiteral("consentId"), QStringLiteral("cons_fuzz")},
                                {QStringLiteral("amount"), 1e21},
                                {QStringLiteral("note"), QStringLiteral("caf\u00e9 \u2603")}}};
    auto signature = [&event](const char *name, const QStringList &secrets) {
        const WebhookSigner::Signed s = WebhookSigner::sign(event, secrets, Fixed::kNowSeconds);
        QJsonObject headers;
        for (const auto &[key, value] : s.headers)
            headers.insert(QString::fromLatin1(key), QString::fromLatin1(value));
        seed("signature_check", QString::fromLatin1(name), json(headers) + '\n' + s.body);
    };
    signature("current", {Fixed::kWebhookSecret});
    signature("rotation", {Fixed::kWebhookSecret, Fixed::kOldWebhookSecret});
    signature("previous-only", {Fixed::kOldWebhookSecret});
    seed("signature_check", QStringLiteral("no-headers"), "{}\n{\"a\":1}");
}

// ---- HTTP: the listener guard, the API, webhook receivers' answers ------------------------

void guardSeeds()
{
    const QByteArray body(300, 'b');
    const QByteArray seeds[] = {
        "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /v1/things HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
        "13\r\n\r\n{\"a\":[1,2,3]}",
        "POST /v1/things HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
        "chunked\r\n\r\n5\r\nhello\r\n6\r\n "
        "world\r\n0\r\n\r\n",
        "POST /v1/things HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
        "chunked\r\n\r\n5\r\nhel|CUT|lo\r\n0\r"
        "|CUT|\n\r\n",
        "PUT /v1/things/42 HTTP/1.1\r\nHost: x\r\nContent-Length: 300\r\n\r\n" + body,
        "GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /v1/things HTTP/1.1\r\nHost: x\r\nContent-Length: "
        "2\r\n\r\nokGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /cut HTTP/1.1\r\nHo|CUT|st: x\r\n\r|CUT|\n",
        "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 6000\r\n\r\n" + QByteArray(6000, 'u'),
        "POST /v1/things HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" +
            QByteArray(100, 'x'),
        "POST /v1/things HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1000\r\n" +
            QByteArray(4096, 'c') + "\r\n|CUT|1000\r\n" + QByteArray(4096, 'c') + "\r\n0\r\n\r\n",
        "GET /big HTTP/1.1\r\nHost: x\r\nX-Long: " + QByteArray(1100, 'h') + "\r\n\r\n",
        [] {
            QByteArray head = "GET /many HTTP/1.1\r\n";
            for (int i = 0; i < 25; ++i)
                head += "X-" + QByteArray::number(i) + ": v\r\n";
            return head + "\r\n";
        }(),
        "POST /v1/things HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: "
        "chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        "POST /v1/things?x=1 HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
        "4\r\n\r\n|CUT|abcd",
        "GET / HTTP/1.0\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
    };
    int i = 0;
    for (const QByteArray &s : seeds)
        seed("http_guard", QStringLiteral("request-%1").arg(i++, 2, 10, QLatin1Char('0')), s);
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &auth,
                   const QByteArray &body = {}, const QByteArray &contentType = "application/json")
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!auth.isEmpty())
        out += auth + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: " + contentType + "\r\nContent-Length: $LEN\r\n";
    return out + "\r\n" + body;
}

void apiSeeds(const Material &m)
{
    const QByteArray admin = "Authorization: Bearer $ADMIN";
    const QByteArray key = "X-Mobid-Key: $KEY";
    const QByteArray bearer = "Authorization: Bearer $KEY\r\nX-Client-ID: $CID";
    const QByteArray basic = "Authorization: Basic $BASIC";
    const QByteArray registration =
        json(registrationJson(attestationObject(m, m.es256, Statement::PackedSelf)));
    const QByteArray assertion = json(assertionJson(m.es256, '\x07', 8, Fixed::userHandle()));
    const QList<QPair<const char *, QByteArray>> seeds = {
        {"healthz", request("GET", "/healthz", {})},
        {"openapi", request("GET", "/v1/openapi.json", {})},
        {"not-found", request("GET", "/v1/nothing-here", key)},
        {"wrong-method", request("PATCH", "/v1/consents/auth", key, "{}")},
        {"preflight",
         "OPTIONS /v1/consents/auth HTTP/1.1\r\nHost: x\r\nOrigin: https://app.example\r\n"
         "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: "
         "x-mobid-key,content-type\r\n\r\n"},
        {"clients-create",
         request(
             "POST", "/v1/clients", admin,
             R"({"name":"Acme","plan":"growth","scopes":["consents","qr"],"allowedOrigins":["https://app.example"],"qrPayload":"deeplink","webhookUrl":"http://127.0.0.1:9/hook","webhookEvents":["consent.approved"],"stripeCustomerId":"cus_x","rateLimits":{"perMinute":60,"perDay":1000,"concurrent":5,"groups":{"fido":10,"consents":null}}})")},
        {"clients-list",
         request("GET", "/v1/clients?limit=5&cursor=" + Cursor::encode(1).toLatin1(), admin)},
        {"clients-get", request("GET", "/v1/clients/$CID", key)},
        {"clients-update",
         request(
             "PUT", "/v1/clients/$CID", admin,
             R"({"name":"Renamed","plan":"enterprise","allowedOrigins":["https://a.example"],"rateLimits":null,"status":"active"})")},
        {"clients-regenerate",
         request("POST", "/v1/clients/$CID/regenerate-key", admin, R"({"graceSeconds":60})")},
        {"consents-create-bearer",
         request(
             "POST", "/v1/consents/auth", bearer,
             R"({"recipient":"+2348012345678","intent":"login","scope":["openid","profile"],"metadata":{"order":"A-1","nested":{"x":[1,2.5,null,true]}},"expiresIn":120,"callbackUrl":"https://cb.example/mid"})")},
        {"consents-create-seed",
         request(
             "POST", "/v1/service/consents/search", key,
             R"({"recipient":"+2348012345678","purpose":"transaction","clientId":"$CID","sessionId":"ignored"})")},
        {"consents-create-basic",
         request("POST", "/v1/auth/sessions", basic, R"({"recipient":"+12025550123"})")},
        {"consents-list",
         request(
             "GET",
             "/v1/"
             "consents?status=pending&limit=2&from=2026-01-01T00:00:00Z&to=2099-01-01T00:00:00Z",
             key)},
        {"consents-get", request("GET", "/v1/consents/$CONSENT", key)},
        {"consents-update",
         request("PUT", "/v1/consents/$CONSENT", key,
                 R"({"intent":"signing","metadata":{"k":"v"},"expiresIn":600,"scope":["a"]})")},
        {"consents-verify", request("POST", "/v1/auth/verify", key, R"({"sessionId":"$CONSENT"})")},
        {"consents-delete", request("DELETE", "/v1/consents/$CONSENT", key)},
        {"admin-consents-create",
         request("POST", "/admin/v1/consents", admin,
                 R"({"clientId":"$CID","recipient":"+2348012345678","intent":"login"})")},
        {"admin-consents-list", request("GET", "/admin/v1/consents?clientId=$CID&limit=3", admin)},
        {"qr-generate",
         request(
             "POST", "/v1/qr/generate", key,
             R"({"type":"custom","data":"hello","size":200,"ecLevel":"H","format":"svg","expiresIn":60})")},
        {"qr-generate-session",
         request("POST", "/v1/qr/generate", key, R"({"type":"auth","sessionId":"$CONSENT"})")},
        {"qr-image", request("GET", "/v1/qr/$QR/image?size=64&format=png", {})},
        {"qr-consent", request("GET", "/v1/consents/qr/auth/$CONSENT?format=svg&ecLevel=L", key)},
        {"approver-page", request("GET", "/approve/$CONSENT", {})},
        {"enrollments-create",
         request(
             "POST", "/v1/enrollments", key,
             R"({"mobile":"+2348012345678","deviceId":"dev-seed-1","userId":"u-1","deviceInfo":{"model":"Pixel","os":"Android 14"}})")},
        {"enrollments-verify",
         request("POST", "/v1/enrollments/$ENROLL/verify", {}, R"({"code":"$CODE"})")},
        {"enrollments-get", request("GET", "/v1/enrollments/$ENROLL", key)},
        {"approver-enrollment",
         request("POST", "/approve/$CONSENT/enrollments", {},
                 R"({"deviceId":"dev-web-1","deviceInfo":{"browser":"Chromium"}})")},
        {"devices-create",
         request(
             "POST", "/v1/devices", key,
             R"({"mobile":"+2348012345678","model":"Pixel 8","os":"Android 14","appVersion":"1.2.3","deviceId":"dev-seed-2","pushToken":"tok"})")},
        {"devices-list", request("GET", "/v1/devices?limit=10", admin)},
        {"devices-block",
         request("POST", "/v1/devices/dev-seed-2/block", key, R"({"reason":"lost"})")},
        {"devices-unblock", request("POST", "/v1/devices/dev-seed-2/unblock", key)},
        {"fido-register-begin",
         request(
             "POST", "/v1/fido/register/begin", key,
             R"({"mobile":"+2348012345678","deviceId":"dev-seed-3","deviceInfo":{"model":"x"}})")},
        {"fido-register-begin-token",
         request("POST", "/v1/auth/fido/register/begin", {},
                 R"({"enrollmentToken":"enrt_x","deviceId":"dev-seed-3"})")},
        {"fido-register-complete",
         request("POST", "/v1/fido/register/complete", {},
                 R"({"registrationId":"reg_x","credential":)" + registration + "}")},
        {"fido-authenticate-begin", request("POST", "/v1/fido/authenticate/begin", {},
                                            R"({"sessionId":"$CONSENT","deviceId":"dev-seed-3"})")},
        {"fido-authenticate-complete",
         request("POST", "/v1/auth/fido/authenticate/complete", {},
                 R"({"authenticationId":"auth_x","decision":"approve","credential":)" + assertion +
                     "}")},
        {"token-form", request("POST", "/v1/auth/token", {},
                               "grant_type=client_credentials&client_id=$CID&client_secret=$SECRET&"
                               "scope=consents%20qr",
                               "application/x-www-form-urlencoded")},
        {"token-basic-json",
         request("POST", "/v1/auth/token", basic, R"({"grant_type":"client_credentials"})")},
        {"jwks", request("GET", "/dvs/jwks", {})},
        {"metrics", request("GET", "/metrics", admin)},
        {"operators-create",
         request("POST", "/admin/v1/operators", admin,
                 R"({"username":"seed-op","password":"seed-password-123","role":"auditor"})")},
        {"operators-update", request("PUT", "/admin/v1/operators/seed-op", admin,
                                     R"({"role":"operator","password":"another-password-1"})")},
        {"login", request("POST", "/admin/v1/login", {},
                          R"({"username":"seed-op","password":"seed-password-123"})")},
        {"login-wrong", request("POST", "/admin/v1/login", {},
                                R"({"username":"admin","password":"wrong-password-1"})")},
        {"settings-get", request("GET", "/admin/v1/settings", admin)},
        {"settings-put",
         request(
             "PUT", "/admin/v1/settings", admin,
             R"({"auditRetentionDays":0,"webhooksAllowPrivateNetworks":false,"appStoreBundleId":"com.example.mid","playStoreAudience":"https://mid.example/v1/webhooks/playstore","publicUrl":"http://localhost:8080","listen":"127.0.0.1:8080"})")},
        {"overview", request("GET", "/admin/v1/overview", admin)},
        {"audit", request("GET", "/admin/v1/audit?limit=5&action=consent.create", admin)},
        {"messages", request("GET", "/admin/v1/messages?limit=2", admin)},
        {"metrics-series", request("GET", "/admin/v1/metrics/series?minutes=5", admin)},
        {"endpoints-create",
         request(
             "POST", "/admin/v1/webhooks/endpoints", admin,
             R"({"clientId":"$CID","url":"http://127.0.0.1:9/x","description":"seed","events":["consent.approved","consent.rejected"]})")},
        {"endpoints-update",
         request("PUT", "/admin/v1/webhooks/endpoints/$ENDPOINT", admin,
                 R"({"url":"http://localhost:9/y","events":[],"description":"d"})")},
        {"endpoints-rotate", request("POST", "/admin/v1/webhooks/endpoints/$ENDPOINT/rotate", admin,
                                     R"({"graceSeconds":3600})")},
        {"endpoints-pause", request("POST", "/admin/v1/webhooks/endpoints/$ENDPOINT/pause", admin)},
        {"deliveries",
         request("GET", "/admin/v1/webhooks/deliveries?limit=5&status=failed", admin)},
        {"inbound-list", request("GET", "/admin/v1/webhooks/inbound?limit=5", admin)},
        {"stripe",
         "POST /v1/webhooks/stripe HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
         "Stripe-Signature: $STRIPE_SIGNATURE\r\nContent-Length: $LEN\r\n\r\n"
         R"({"id":"evt_seed_1","type":"customer.subscription.updated","data":{"object":{"customer":"cus_fuzz0001","status":"past_due","items":{"data":[{"price":{"lookup_key":"basic"}}]}}}})"},
        {"playstore-token",
         request("POST", "/v1/webhooks/playstore?token=" + Fixed::kPlayToken.toUtf8(), {},
                 readFile(g_corpus + QStringLiteral("/playstore/test")).split('\n').value(1))},
        {"playstore-oidc",
         request(
             "POST", "/v1/webhooks/playstore",
             "Authorization: " + readFile(g_corpus + QStringLiteral("/playstore/subscription"))
                                     .split('\n')
                                     .value(0),
             readFile(g_corpus + QStringLiteral("/playstore/subscription")).split('\n').value(1))},
        {"appstore", request("POST", "/v1/webhooks/appstore", {},
                             readFile(g_corpus + QStringLiteral("/appstore/did-renew")))},
        {"pipelined",
         request("GET", "/healthz", {}) + "|NEXT|" +
             request("POST", "/v1/consents/auth", key, R"({"recipient":"+2348012345678"})") +
             "|NEXT|" + request("GET", "/v1/consents/$CONSENT", key)},
        {"head", request("HEAD", "/v1/consents/$CONSENT", key)},
        {"events-stream", request("GET", "/admin/v1/events", admin + "\r\nLast-Event-ID: evt_0")},
        {"logout", request("POST", "/admin/v1/logout", admin)},
        {"request-id", "GET /v1/consents HTTP/1.1\r\nHost: x\r\nX-Request-ID: "
                       "abc-123\r\nX-Mobid-Key: $KEY\r\n\r\n"},
    };
    for (const auto &[name, bytes] : seeds)
        seed("http_api", QString::fromLatin1(name), bytes);
}

void answerSeeds()
{
    const QByteArray seeds[] = {
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        "11\r\n\r\n{\"ok\":true}",
        "HTTP/1.1 204 No Content\r\nDate: Thu, 01 Jan 2026 00:00:00 GMT\r\n\r\n",
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: "
        "chunked\r\n\r\n4\r\nWiki\r\n|CUT|5\r\npedia\r\nE\r\n in\r\n"
        "\r\nchunks.\r\n0\r\nX-Trailer: t\r\n\r\n",
        "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nclose-delimited body",
        "HTTP/1.1 410 Gone\r\nConnection: close\r\nContent-Length: 4\r\n\r\ngone",
        "HTTP/1.1 301 Moved Permanently\r\nLocation: https://elsewhere.example/\r\nContent-Length: "
        "0\r\n\r\n",
        "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 2000\r\n\r\n" +
            QByteArray(2000, 'e'),
        "HTTP/1.1 2|CUT|00 OK\r\nContent-|CUT|Length: 2\r\n\r|CUT|\nok",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n\r\n",
        "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
        "HTTP/1.1 200 OK\r\nX-Folded: a\r\n  b\r\nContent-Length: 0\r\n\r\n",
        "garbage\r\n\r\n",
    };
    int i = 0;
    for (const QByteArray &s : seeds)
        seed("delivery_answer", QStringLiteral("answer-%1").arg(i++, 2, 10, QLatin1Char('0')), s);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        fail(QStringLiteral("usage: fuzz_make_corpora <path of fuzz/ in the source tree>"));
    const QString fuzzDir = QString::fromLocal8Bit(argv[1]);
    g_keys = fuzzDir + QStringLiteral("/keys");
    g_corpus = fuzzDir + QStringLiteral("/corpus");
    QDir().mkpath(g_keys);
    const Material m = material();
    webauthnSeeds(m);
    jwsSeeds(m);
    textSeeds();
    guardSeeds();
    apiSeeds(m);
    answerSeeds();
    printf("corpora written under %s\n", qPrintable(g_corpus));
    return 0;
}
