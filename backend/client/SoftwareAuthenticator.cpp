#include "SoftwareAuthenticator.h"

#include "crypto/OpenSsl.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/rand.h>

#include <algorithm>
#include <memory>

namespace mid {

namespace {
// From backend/crypto this file takes only the OpenSSL owners (crypto/OpenSsl.h). Its few
// primitives stay here: a failure must be a Failure the simulator shows (crypto's Random
// aborts the process), and decoding follows Qt's lenient rules, not the server's strict ones.

constexpr int kEs256 = -7;
constexpr int kEdDsa = -8;
constexpr int kRs256 = -257;
constexpr int kRsaBits = 2048;
constexpr int kCredentialIdBytes = 32;
constexpr qsizetype kAaguidBytes = 16;
constexpr int kFormatVersion = 1;
constexpr char kFormatName[] = "mid-software-authenticator";

constexpr quint8 kFlagUp = 0x01;
constexpr quint8 kFlagUv = 0x04;
constexpr quint8 kFlagAt = 0x40;

// How a ceremony fails inside this file; create()/get() turn it into a Result.
struct Failure
{
    QString error;
};

[[noreturn]] void fail(const char *domException, const QString &detail)
{
    ERR_clear_error();
    throw Failure{QLatin1String(domException) + QLatin1String(": ") + detail};
}

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> fromBase64Url(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), ossl::writableBytes(out), &length,
               EVP_sha256(), nullptr);
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(ossl::writableBytes(out), count) != 1)
        fail("UnknownError", QStringLiteral("no randomness"));
    return out;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray bigEndian16(quint16 value)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

// ---- keys -------------------------------------------------------------------------------

ossl::Pkey generateKey(int alg)
{
    switch (alg) {
    case kEs256:
        return ossl::Pkey(EVP_EC_gen("P-256"));
    case kEdDsa:
        return ossl::Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    case kRs256:
        return ossl::Pkey(EVP_RSA_gen(kRsaBits));
    default:
        return {};
    }
}

// The COSE algorithm a loaded key signs with; 0 for a key this authenticator never makes.
int algorithmOf(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "EC"))
        return kEs256;
    if (EVP_PKEY_is_a(key, "ED25519"))
        return kEdDsa;
    if (EVP_PKEY_is_a(key, "RSA"))
        return kRs256;
    return 0;
}

// ES256 signatures come out of OpenSSL DER-encoded, which is WebAuthn's form too.
QByteArray sign(EVP_PKEY *key, int alg, const QByteArray &data)
{
    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    const char *digest = alg == kEdDsa ? nullptr : "SHA256";
    size_t length = 0;
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), nullptr, digest, nullptr, nullptr, key, nullptr) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, ossl::bytes(data), size_t(data.size())) != 1)
        fail("UnknownError", QStringLiteral("cannot sign"));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), ossl::writableBytes(signature), &length, ossl::bytes(data),
                       size_t(data.size())) != 1)
        fail("UnknownError", QStringLiteral("cannot sign"));
    signature.truncate(qsizetype(length));
    return signature;
}

QByteArray bignumParam(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        fail("UnknownError", QStringLiteral("cannot read the public key"));
    const ossl::Bignum bn(raw);
    QByteArray out(padTo > 0 ? padTo : BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2binpad(bn.get(), ossl::writableBytes(out), int(out.size()));
    return out;
}

QByteArray rawPublicKey(EVP_PKEY *key)
{
    size_t length = 0;
    EVP_PKEY_get_raw_public_key(key, nullptr, &length);
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_get_raw_public_key(key, ossl::writableBytes(out), &length) != 1)
        fail("UnknownError", QStringLiteral("cannot read the public key"));
    return out;
}

// COSE_Key (RFC 9053) with labels in CTAP2 canonical order: kty, alg, then the negatives.
QByteArray coseKey(EVP_PKEY *key, int alg)
{
    QCborMap map;
    switch (alg) {
    case kEs256:
        map.insert(1, 2);
        map.insert(3, alg);
        map.insert(-1, 1);
        map.insert(-2, bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32));
        map.insert(-3, bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32));
        break;
    case kEdDsa:
        map.insert(1, 1);
        map.insert(3, alg);
        map.insert(-1, 6);
        map.insert(-2, rawPublicKey(key));
        break;
    case kRs256:
        map.insert(1, 3);
        map.insert(3, alg);
        map.insert(-1, bignumParam(key, OSSL_PKEY_PARAM_RSA_N));
        map.insert(-2, bignumParam(key, OSSL_PKEY_PARAM_RSA_E));
        break;
    }
    return map.toCborValue().toCbor();
}

QByteArray subjectPublicKeyInfo(EVP_PKEY *key)
{
    const QByteArray der = ossl::der(i2d_PUBKEY, key);
    if (der.isEmpty())
        fail("UnknownError", QStringLiteral("cannot encode the public key"));
    return der;
}

QByteArray privateKeyInfo(EVP_PKEY *key)
{
    const ossl::P8Info info(EVP_PKEY2PKCS8(key));
    const QByteArray der = ossl::der(i2d_PKCS8_PRIV_KEY_INFO, info.get());
    if (der.isEmpty())
        fail("UnknownError", QStringLiteral("cannot encode the private key"));
    return der;
}

ossl::Pkey fromPrivateKeyInfo(const QByteArray &der)
{
    const unsigned char *p = ossl::bytes(der);
    ossl::Pkey key(d2i_AutoPrivateKey(nullptr, &p, long(der.size())));
    if (!key)
        ERR_clear_error();
    return key;
}

// ---- what the browser adds --------------------------------------------------------------

QJsonObject unwrapped(const QJsonObject &options)
{
    const QJsonValue inner = options.value(QStringLiteral("publicKey"));
    return inner.isObject() ? inner.toObject() : options;
}

// The RP id must be the origin's host or a parent domain of it (WebAuthn L3 §5.1.3 step 8,
// without the public-suffix check), and the origin secure or localhost.
QString relyingPartyId(const QString &requested, const QString &origin)
{
    const QUrl url(origin);
    const QString host = url.host().toLower();
    const bool secure =
        url.scheme() == QLatin1String("https") ||
        (url.scheme() == QLatin1String("http") &&
         (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))));
    if (!url.isValid() || host.isEmpty() || !secure)
        fail("SecurityError", QStringLiteral("origin %1 is not a secure context").arg(origin));
    const QString rpId = requested.isEmpty() ? host : requested.toLower();
    if (host != rpId && !host.endsWith(QLatin1Char('.') + rpId))
        fail("SecurityError",
             QStringLiteral("RP id %1 does not belong to origin %2").arg(rpId, origin));
    return rpId;
}

QByteArray requiredBinary(const QJsonObject &object, const QString &key)
{
    const auto decoded = fromBase64Url(object.value(key));
    if (!decoded || decoded->isEmpty())
        fail("TypeError", QStringLiteral("%1 missing or not base64url").arg(key));
    return *decoded;
}

// Member order as browsers write it; the bytes are what gets hashed and signed.
QByteArray clientDataJson(const char *type, const QByteArray &challenge, const QString &origin)
{
    const QByteArray quotedOrigin =
        QJsonDocument(QJsonArray{origin}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return QByteArray(R"({"type":")") + type + R"(","challenge":")" +
           challenge.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
           R"(","origin":)" + quotedOrigin + R"(,"crossOrigin":false})";
}

bool requiresUserVerification(const QJsonObject &object)
{
    return object.value(QStringLiteral("userVerification")).toString() == QLatin1String("required");
}

QList<QByteArray> credentialIds(const QJsonValue &descriptors)
{
    QList<QByteArray> ids;
    for (const QJsonValue &descriptor : descriptors.toArray()) {
        if (const auto id = fromBase64Url(descriptor.toObject().value(QStringLiteral("id"))))
            ids.append(*id);
    }
    return ids;
}
} // namespace

struct SoftwareAuthenticator::Entry
{
    Credential info;
    ossl::Pkey key;
};

const QByteArray &SoftwareAuthenticator::defaultAaguid()
{
    // Fixed, so a relying party can recognise the simulator (and refuse it in production).
    static const QByteArray aaguid = QByteArray::fromHex("6d6964736f66747761726561757468ff");
    return aaguid;
}

SoftwareAuthenticator::SoftwareAuthenticator() : SoftwareAuthenticator(Options{})
{
}

SoftwareAuthenticator::SoftwareAuthenticator(Options options) : m_options(std::move(options))
{
    if (m_options.aaguid.size() != kAaguidBytes)
        m_options.aaguid = defaultAaguid();
}

SoftwareAuthenticator::~SoftwareAuthenticator() = default;
SoftwareAuthenticator::SoftwareAuthenticator(SoftwareAuthenticator &&other) noexcept = default;
SoftwareAuthenticator &
SoftwareAuthenticator::operator=(SoftwareAuthenticator &&other) noexcept = default;

SoftwareAuthenticator::Entry *SoftwareAuthenticator::find(const QByteArray &credentialId,
                                                          const QString &rpId)
{
    for (Entry &entry : m_entries) {
        if (entry.info.id == credentialId && entry.info.rpId == rpId)
            return &entry;
    }
    return nullptr;
}

namespace {
// The first of the RP's pubKeyCredParams this authenticator supports; an empty list means
// ES256 and RS256 (WebAuthn L3 §5.1.3 step 10).
int chooseAlgorithm(const QJsonValue &params, const QList<int> &supported)
{
    QList<int> offered;
    for (const QJsonValue &param : params.toArray()) {
        const QJsonObject object = param.toObject();
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("public-key"))
            offered.append(object.value(QStringLiteral("alg")).toInt());
    }
    if (offered.isEmpty())
        offered = {kEs256, kRs256};
    for (const int alg : offered) {
        if (supported.contains(alg))
            return alg;
    }
    fail("NotSupportedError", QStringLiteral("none of the offered algorithms is supported"));
}

QByteArray attestationObject(const QByteArray &authData, const QCborMap &statement,
                             const char *format)
{
    QCborMap object;
    object.insert(QLatin1String("fmt"), QLatin1String(format));
    object.insert(QLatin1String("attStmt"), statement);
    object.insert(QLatin1String("authData"), authData);
    return object.toCborValue().toCbor();
}
} // namespace

SoftwareAuthenticator::Result SoftwareAuthenticator::create(const QJsonObject &creationOptions,
                                                            const QString &origin)
{
    try {
        const QJsonObject options = unwrapped(creationOptions);
        const QJsonObject rp = options.value(QStringLiteral("rp")).toObject();
        const QJsonObject user = options.value(QStringLiteral("user")).toObject();
        const QString rpId = relyingPartyId(rp.value(QStringLiteral("id")).toString(), origin);
        const QByteArray challenge = requiredBinary(options, QStringLiteral("challenge"));
        const QByteArray userHandle = requiredBinary(user, QStringLiteral("id"));
        const int alg = chooseAlgorithm(options.value(QStringLiteral("pubKeyCredParams")),
                                        m_options.algorithms);
        for (const QByteArray &id :
             credentialIds(options.value(QStringLiteral("excludeCredentials")))) {
            if (find(id, rpId))
                fail("InvalidStateError",
                     QStringLiteral("a credential for this RP already exists"));
        }
        const QJsonObject selection =
            options.value(QStringLiteral("authenticatorSelection")).toObject();
        if (requiresUserVerification(selection) && !m_options.userVerification)
            fail("NotAllowedError", QStringLiteral("user verification is not available"));

        Entry entry;
        entry.key = generateKey(alg);
        if (!entry.key)
            fail("UnknownError", QStringLiteral("key generation failed"));
        entry.info = {randomBytes(kCredentialIdBytes),
                      rpId,
                      userHandle,
                      user.value(QStringLiteral("name")).toString(),
                      user.value(QStringLiteral("displayName")).toString(),
                      alg,
                      0,
                      QDateTime::currentDateTimeUtc()};

        const QByteArray clientData = clientDataJson("webauthn.create", challenge, origin);
        const QByteArray cose = coseKey(entry.key.get(), alg);
        const quint8 flags = kFlagUp | kFlagAt | (m_options.userVerification ? kFlagUv : 0);
        const QByteArray authData = sha256(rpId.toUtf8()) + char(flags) + bigEndian32(0) +
                                    m_options.aaguid + bigEndian16(kCredentialIdBytes) +
                                    entry.info.id + cose;
        QCborMap statement;
        const char *format = "none";
        if (m_options.attestation == Attestation::PackedSelf) {
            format = "packed";
            statement.insert(QLatin1String("alg"), alg);
            statement.insert(QLatin1String("sig"),
                             sign(entry.key.get(), alg, authData + sha256(clientData)));
        }

        QJsonObject response{
            {QStringLiteral("clientDataJSON"), base64Url(clientData)},
            {QStringLiteral("attestationObject"),
             base64Url(attestationObject(authData, statement, format))},
            {QStringLiteral("authenticatorData"), base64Url(authData)},
            {QStringLiteral("publicKey"), base64Url(subjectPublicKeyInfo(entry.key.get()))},
            {QStringLiteral("publicKeyAlgorithm"), alg},
            {QStringLiteral("transports"), QJsonArray::fromStringList(m_options.transports)},
        };
        QJsonObject extensions;
        if (options.value(QStringLiteral("extensions"))
                .toObject()
                .contains(QStringLiteral("credProps")))
            extensions.insert(QStringLiteral("credProps"),
                              QJsonObject{{QStringLiteral("rk"), true}});
        const QString id = base64Url(entry.info.id);
        const QJsonObject json{{QStringLiteral("id"), id},
                               {QStringLiteral("rawId"), id},
                               {QStringLiteral("type"), QStringLiteral("public-key")},
                               {QStringLiteral("response"), response},
                               {QStringLiteral("authenticatorAttachment"), m_options.attachment},
                               {QStringLiteral("clientExtensionResults"), extensions}};

        // A discoverable credential replaces the one the same user had at this RP.
        std::erase_if(m_entries, [&](const Entry &old) {
            return old.info.rpId == rpId && old.info.userHandle == userHandle;
        });
        m_entries.push_back(std::move(entry));
        return {json, {}};
    } catch (const Failure &failure) {
        return {{}, failure.error};
    }
}

SoftwareAuthenticator::Result SoftwareAuthenticator::get(const QJsonObject &requestOptions,
                                                         const QString &origin)
{
    try {
        const QJsonObject options = unwrapped(requestOptions);
        const QString rpId =
            relyingPartyId(options.value(QStringLiteral("rpId")).toString(), origin);
        const QByteArray challenge = requiredBinary(options, QStringLiteral("challenge"));
        if (requiresUserVerification(options) && !m_options.userVerification)
            fail("NotAllowedError", QStringLiteral("user verification is not available"));

        Entry *entry = nullptr;
        const QList<QByteArray> allowed =
            credentialIds(options.value(QStringLiteral("allowCredentials")));
        for (const QByteArray &id : allowed) {
            if ((entry = find(id, rpId)))
                break;
        }
        if (allowed.isEmpty()) {
            for (Entry &candidate : m_entries) {
                if (candidate.info.rpId == rpId)
                    entry = &candidate; // the newest wins
            }
        }
        if (!entry)
            fail("NotAllowedError", QStringLiteral("no credential for this RP"));

        const quint32 signCount = entry->info.signCount + 1;
        const quint8 flags = kFlagUp | (m_options.userVerification ? kFlagUv : 0);
        const QByteArray clientData = clientDataJson("webauthn.get", challenge, origin);
        const QByteArray authData = sha256(rpId.toUtf8()) + char(flags) + bigEndian32(signCount);
        const QByteArray signature =
            sign(entry->key.get(), entry->info.algorithm, authData + sha256(clientData));
        entry->info.signCount = signCount;

        const QJsonObject response{
            {QStringLiteral("clientDataJSON"), base64Url(clientData)},
            {QStringLiteral("authenticatorData"), base64Url(authData)},
            {QStringLiteral("signature"), base64Url(signature)},
            {QStringLiteral("userHandle"), base64Url(entry->info.userHandle)},
        };
        const QString id = base64Url(entry->info.id);
        return {QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("rawId"), id},
                            {QStringLiteral("type"), QStringLiteral("public-key")},
                            {QStringLiteral("response"), response},
                            {QStringLiteral("authenticatorAttachment"), m_options.attachment},
                            {QStringLiteral("clientExtensionResults"), QJsonObject()}},
                {}};
    } catch (const Failure &failure) {
        return {{}, failure.error};
    }
}

QList<SoftwareAuthenticator::Credential> SoftwareAuthenticator::credentials() const
{
    QList<Credential> out;
    for (const Entry &entry : m_entries)
        out.append(entry.info);
    return out;
}

bool SoftwareAuthenticator::remove(const QByteArray &credentialId)
{
    return std::erase_if(m_entries,
                         [&](const Entry &entry) { return entry.info.id == credentialId; }) > 0;
}

void SoftwareAuthenticator::clear()
{
    m_entries.clear();
}

// ---- persistence ------------------------------------------------------------------------

namespace {
QJsonObject optionsToJson(const SoftwareAuthenticator::Options &options)
{
    QJsonArray algorithms;
    for (const int alg : options.algorithms)
        algorithms.append(alg);
    return {{QStringLiteral("algorithms"), algorithms},
            {QStringLiteral("attestation"),
             options.attestation == SoftwareAuthenticator::Attestation::None
                 ? QStringLiteral("none")
                 : QStringLiteral("packed")},
            {QStringLiteral("aaguid"), base64Url(options.aaguid)},
            {QStringLiteral("transports"), QJsonArray::fromStringList(options.transports)},
            {QStringLiteral("attachment"), options.attachment},
            {QStringLiteral("userVerification"), options.userVerification}};
}

SoftwareAuthenticator::Options optionsFromJson(const QJsonObject &json)
{
    SoftwareAuthenticator::Options options;
    options.algorithms.clear();
    for (const QJsonValue &alg : json.value(QStringLiteral("algorithms")).toArray())
        options.algorithms.append(alg.toInt());
    if (json.value(QStringLiteral("attestation")).toString() == QLatin1String("none"))
        options.attestation = SoftwareAuthenticator::Attestation::None;
    options.aaguid = fromBase64Url(json.value(QStringLiteral("aaguid"))).value_or(QByteArray());
    options.transports.clear();
    for (const QJsonValue &transport : json.value(QStringLiteral("transports")).toArray())
        options.transports.append(transport.toString());
    options.attachment = json.value(QStringLiteral("attachment")).toString();
    options.userVerification = json.value(QStringLiteral("userVerification")).toBool(true);
    return options;
}

QJsonObject credentialToJson(const SoftwareAuthenticator::Credential &info, EVP_PKEY *key)
{
    return {{QStringLiteral("id"), base64Url(info.id)},
            {QStringLiteral("rpId"), info.rpId},
            {QStringLiteral("userHandle"), base64Url(info.userHandle)},
            {QStringLiteral("userName"), info.userName},
            {QStringLiteral("userDisplayName"), info.userDisplayName},
            {QStringLiteral("algorithm"), info.algorithm},
            {QStringLiteral("signCount"), qint64(info.signCount)},
            {QStringLiteral("created"), info.created.toString(Qt::ISODateWithMs)},
            {QStringLiteral("privateKey"), base64Url(privateKeyInfo(key))}};
}
} // namespace

QJsonObject SoftwareAuthenticator::toJson() const
{
    QJsonArray credentials;
    for (const Entry &entry : m_entries)
        credentials.append(credentialToJson(entry.info, entry.key.get()));
    return {{QStringLiteral("format"), QLatin1String(kFormatName)},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("options"), optionsToJson(m_options)},
            {QStringLiteral("credentials"), credentials}};
}

std::optional<SoftwareAuthenticator> SoftwareAuthenticator::fromJson(const QJsonObject &json,
                                                                     QString *error)
{
    const auto reject = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName) ||
        json.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return reject(QStringLiteral("not a saved software authenticator (version 1)"));

    SoftwareAuthenticator authenticator(
        optionsFromJson(json.value(QStringLiteral("options")).toObject()));
    for (const QJsonValue &value : json.value(QStringLiteral("credentials")).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        const auto der = fromBase64Url(object.value(QStringLiteral("privateKey")));
        entry.key = der ? fromPrivateKeyInfo(*der) : ossl::Pkey();
        entry.info.id = fromBase64Url(object.value(QStringLiteral("id"))).value_or(QByteArray());
        entry.info.algorithm = object.value(QStringLiteral("algorithm")).toInt();
        if (!entry.key || entry.info.id.isEmpty() ||
            algorithmOf(entry.key.get()) != entry.info.algorithm)
            return reject(QStringLiteral("credential %1 is damaged")
                              .arg(object.value(QStringLiteral("id")).toString()));
        entry.info.rpId = object.value(QStringLiteral("rpId")).toString();
        entry.info.userHandle =
            fromBase64Url(object.value(QStringLiteral("userHandle"))).value_or(QByteArray());
        entry.info.userName = object.value(QStringLiteral("userName")).toString();
        entry.info.userDisplayName = object.value(QStringLiteral("userDisplayName")).toString();
        entry.info.signCount = quint32(object.value(QStringLiteral("signCount")).toInteger());
        entry.info.created = QDateTime::fromString(
            object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
        authenticator.m_entries.push_back(std::move(entry));
    }
    return authenticator;
}

} // namespace mid
