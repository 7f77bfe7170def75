#include "MpinService.h"

#include "ClientService.h"
#include "SigningKeyService.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/AesGcm.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "crypto/SigningKey.h"
#include "fido/PublicKey.h"
#include "storage/Database.h"
#include "storage/DeviceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace mid {

namespace {
QByteArray hashOfSecret(const QString &value)
{
    return Hash::sha256(value.toUtf8()).toHex();
}

QString randomHex(int bytes)
{
    return QString::fromLatin1(Random::bytes(bytes).toHex());
}

QString sixDigits()
{
    const QByteArray r = Random::bytes(4);
    const quint32 n = (quint32(quint8(r[0])) << 24 | quint32(quint8(r[1])) << 16 |
                       quint32(quint8(r[2])) << 8 | quint32(quint8(r[3])));
    // 2^32 mod 10^6 is small next to 2^32: the bias is below 0.03 %.
    return QStringLiteral("%1").arg(n % 1000000, 6, 10, QLatin1Char('0'));
}

ServiceError unauthorized(const QString &message)
{
    return ServiceError::unauthenticated(message);
}

std::optional<QByteArray> fromHex(const QString &text)
{
    if (text.isEmpty() || text.size() % 2 != 0)
        return std::nullopt;
    for (const QChar c : text) {
        if (!c.isDigit() && (c.toLower() < QLatin1Char('a') || c.toLower() > QLatin1Char('f')))
            return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}

QByteArray hexField(const QString &text, const QString &field)
{
    const auto bytes = fromHex(text);
    if (!bytes)
        throw ServiceError::invalid(QStringLiteral("signature.") + field, QStringLiteral("format"),
                                    QStringLiteral("signature.%1 must be hexadecimal").arg(field));
    return *bytes;
}
} // namespace

QByteArray MpinService::makeMpinId(const QString &clientId, const QString &userId, qint64 nowMs)
{
    const QJsonObject document{
        {QStringLiteral("iat"), nowMs / 1000},
        {QStringLiteral("userID"), userId},
        {QStringLiteral("cID"), clientId},
        {QStringLiteral("salt"),
         QString::fromLatin1(Random::bytes(16).toBase64(QByteArray::Base64UrlEncoding |
                                                        QByteArray::OmitTrailingEquals))},
        {QStringLiteral("v"), 5},
        {QStringLiteral("scope"), QJsonArray{QStringLiteral("dvs")}},
        {QStringLiteral("dta"), QJsonArray()},
        {QStringLiteral("vt"), QStringLiteral("dvs")}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QString MpinService::hashOf(const QByteArray &mpinId)
{
    return QString::fromLatin1(Hash::sha256(mpinId).toHex());
}

QString MpinService::hashFromPathName(const QString &name)
{
    const QString lower = name.toLower();
    for (const QChar c : lower) {
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return {};
    }
    if (lower.size() == 64)
        return lower;
    if (lower.size() > 64 && lower.size() % 2 == 0)
        return hashOf(QByteArray::fromHex(lower.toLatin1()));
    return {};
}

MpinService::MpinService(Database &db, ClientService &clients, DeviceStore &devices,
                         SigningKeyService &keys, QString publicUrl)
    : m_db(db), m_store(db), m_clients(clients), m_devices(devices), m_keys(keys),
      m_publicUrl(std::move(publicUrl))
{
}

// ---- Activation --------------------------------------------------------------------------

MpinService::Activation MpinService::initiate(const Client &client, const QString &userId,
                                              const QString &deviceName, const QString &ip)
{
    const qint64 now = Time::nowMs();
    Activation a;
    a.actToken = randomHex(16);
    MpinIdentity &i = a.identity;
    i.mpinId = makeMpinId(client.clientId, userId, now);
    i.hash = hashOf(i.mpinId);
    i.clientId = client.clientId;
    i.userId = userId;
    i.deviceName = deviceName;
    i.status = MpinRules::kPending;
    i.actTokenHash = hashOfSecret(a.actToken);
    i.actExpiresAt = now + MpinRules::kActivationLifetimeMs;
    i.ip = ip;
    i.createdAt = i.updatedAt = now;
    m_store.insert(i);
    return a;
}

std::optional<MpinIdentity> MpinService::identityOfToken(const QString &activationToken)
{
    return m_store.byActivationToken(hashOfSecret(activationToken));
}

MpinIdentity MpinService::pendingForToken(const QString &token)
{
    const auto i = identityOfToken(token);
    if (!i)
        throw unauthorized(QStringLiteral("activationToken is not valid"));
    if (i->isRevoked())
        throw unauthorized(QStringLiteral("This MPin identity was revoked"));
    if (i->actUsedAt || i->isActive())
        throw unauthorized(QStringLiteral("activationToken was already used"));
    if (i->actExpiresAt <= Time::nowMs())
        throw unauthorized(QStringLiteral("activationToken has expired; initiate a new one"));
    return *i;
}

void MpinService::takeActivationToken(const MpinIdentity &identity)
{
    if (!m_store.takeActivationToken(identity.hash, Time::nowMs()))
        throw unauthorized(QStringLiteral("activationToken was already used"));
}

QJsonObject MpinService::deviceJson(const MpinIdentity &i)
{
    return {{QStringLiteral("mpinId"), QString::fromLatin1(i.mpinId.toHex())},
            {QStringLiteral("hashMPinId"), i.hash},
            {QStringLiteral("clientId"), i.clientId},
            {QStringLiteral("userId"), i.userId},
            {QStringLiteral("deviceName"), i.deviceName},
            {QStringLiteral("dvs"), i.dvs}};
}

MpinIdentity MpinService::activate(const QString &hash, const QByteArray &credentialId,
                                   const QString &deviceId, int algorithm)
{
    auto i = m_store.byHash(hash);
    if (!i || i->status != MpinRules::kPending)
        throw ServiceError::conflict(QStringLiteral("The MPin identity is no longer pending"));
    const qint64 now = Time::nowMs();
    i->status = MpinRules::kActive;
    i->credentialId = credentialId;
    i->deviceId = deviceId;
    i->dvs = algorithm == fido::CoseAlgorithm::ES256;
    i->activatedAt = i->updatedAt = now;
    m_store.save(*i);
    return *i;
}

std::optional<MpinIdentity> MpinService::identityOfCredential(const QByteArray &credentialId)
{
    return m_store.byCredential(credentialId);
}

// ---- Verification URLs and OTPs ----------------------------------------------------------

QString MpinService::createVerificationUrl(const Client &client, const VerificationRequest &request)
{
    const qint64 now = Time::nowMs();
    const QString code = randomHex(16);
    MpinCode c;
    c.codeHash = hashOfSecret(code);
    c.kind = MpinRules::kVerificationCode;
    c.clientId = client.clientId;
    c.userId = request.userId;
    c.deviceName = request.deviceName;
    c.redirectUri = request.redirectUri;
    c.state = request.state;
    c.expiresAt = request.expiresAt ? request.expiresAt : now + MpinRules::kVerificationDefaultMs;
    c.createdAt = now;
    m_store.insertCode(c);

    auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    return m_publicUrl + QStringLiteral("/verification/confirmation?client_id=") +
           encoded(client.clientId) + QStringLiteral("&code=") + code +
           QStringLiteral("&redirect_uri=") + encoded(request.redirectUri) +
           QStringLiteral("&stage=auth&user_id=") + encoded(request.userId);
}

MpinCode MpinService::liveCode(const QString &code)
{
    const auto c = code.isEmpty() ? std::nullopt : m_store.codeByHash(hashOfSecret(code));
    if (!c || c->kind != MpinRules::kVerificationCode)
        throw ServiceError::notFound(QStringLiteral("Verification code"));
    if (c->usedAt)
        throw ServiceError::conflict(
            QStringLiteral("This verification link was already used; ask for a new one"));
    if (c->expiresAt <= Time::nowMs())
        throw ServiceError::conflict(
            QStringLiteral("This verification link has expired; ask for a new one"));
    return *c;
}

MpinCode MpinService::inspectCode(const QString &code)
{
    return liveCode(code);
}

MpinService::Activation MpinService::activationFor(const MpinCode &code, const QString &ip)
{
    const auto client = m_clients.find(code.clientId);
    if (!client || client->status != QLatin1String("active"))
        throw ServiceError::forbidden(QStringLiteral("The project of this link is not active"));
    Activation a = initiate(*client, code.userId, code.deviceName, ip);
    a.redirectUri = code.redirectUri;
    a.state = code.state;
    return a;
}

MpinService::Activation MpinService::redeemCode(const QString &code, const QString &ip)
{
    const MpinCode c = liveCode(code);
    Transaction tx(m_db);
    if (!m_store.takeCode(c.seq, Time::nowMs()))
        throw ServiceError::conflict(
            QStringLiteral("This verification link was already used; ask for a new one"));
    Activation a = activationFor(c, ip);
    tx.commit();
    return a;
}

QJsonObject MpinService::issueOtp(const OtpRequest &r, qint64 nowMs)
{
    const auto client = m_clients.find(r.clientId);
    const QString secret = client ? m_clients.secretOf(*client) : QString();
    const QByteArray expected =
        Hash::hmacSha256(secret.toUtf8(), (r.clientId + r.userId + r.expires).toUtf8()).toHex();
    // Compared before anything else is said, so the answer does not tell which ids exist.
    if (!client || secret.isEmpty() ||
        !Hash::equalConstantTime(expected, r.signature.toLower().toLatin1()))
        throw unauthorized(QStringLiteral("signature does not match client_id, user_id and "
                                          "expires under the client secret"));
    if (client->status != QLatin1String("active"))
        throw ServiceError::forbidden(QStringLiteral("This client is suspended"));
    const qint64 expires = Time::parseUnixOrRfc3339Ms(r.expires);
    if (expires <= nowMs || expires > nowMs + kOtpAheadMs + 60000)
        throw ServiceError(ServiceError::Kind::Malformed, // §8: 400
                           QStringLiteral("expires must be in the future and at most 1 hour "
                                          "ahead (RFC 3339 UTC)"),
                           {QJsonObject{{QStringLiteral("field"), QStringLiteral("expires")},
                                        {QStringLiteral("issue"), QStringLiteral("range")}}});
    const QString otp = sixDigits();
    MpinCode c;
    c.codeHash = hashOfSecret(r.clientId + QLatin1Char('\n') + r.userId + QLatin1Char('\n') + otp);
    c.kind = MpinRules::kOtp;
    c.clientId = r.clientId;
    c.userId = r.userId;
    c.deviceName = r.deviceName;
    c.expiresAt = qMin(expires, nowMs + MpinRules::kOtpLifetimeMs);
    c.createdAt = nowMs;
    m_store.insertCode(c);

    const QByteArray plaintext =
        QJsonDocument(QJsonObject{{QStringLiteral("otp"), otp},
                                  {QStringLiteral("expireTime"), c.expiresAt / 1000}})
            .toJson(QJsonDocument::Compact);
    const AesGcm::Parts sealed =
        AesGcm::encrypt(Hash::sha256(secret.toUtf8()), Random::bytes(12), plaintext);
    return {{QStringLiteral("ciphertext"), QString::fromLatin1(sealed.ciphertext.toBase64())},
            {QStringLiteral("tag"), QString::fromLatin1(sealed.tag.toBase64())},
            {QStringLiteral("iv"), QString::fromLatin1(sealed.iv.toBase64())}};
}

MpinService::Activation MpinService::redeemOtp(const QString &clientId, const QString &userId,
                                               const QString &otp, const QString &ip)
{
    const qint64 now = Time::nowMs();
    const auto c = m_store.liveOtp(clientId, userId, now);
    if (!c)
        throw ServiceError::notFound(QStringLiteral("One-time code for this user"));
    const QByteArray given =
        hashOfSecret(clientId + QLatin1Char('\n') + userId + QLatin1Char('\n') + otp);
    if (!Hash::equalConstantTime(given, c->codeHash)) {
        m_store.countAttempt(c->seq);
        const int left = MpinRules::kOtpMaxAttempts - c->attempts - 1;
        if (left <= 0)
            m_store.takeCode(c->seq, now);
        throw ServiceError::invalid(
            QStringLiteral("otp"), QStringLiteral("mismatch"),
            left > 0 ? QStringLiteral("The code is incorrect; %1 attempts left").arg(left)
                     : QStringLiteral("The code is incorrect; ask for a new one"))
            .withField(QStringLiteral("attemptsRemaining"), qMax(0, left));
    }
    Transaction tx(m_db);
    if (!m_store.takeCode(c->seq, now))
        throw ServiceError::conflict(QStringLiteral("This code was already used"));
    Activation a = activationFor(*c, ip);
    tx.commit();
    return a;
}

// ---- Identities --------------------------------------------------------------------------

MpinIdentity MpinService::owned(const QString &clientId, const QString &pathName)
{
    const QString hash = hashFromPathName(pathName);
    const auto i = hash.isEmpty() ? std::nullopt : m_store.byHash(hash);
    // Another project's identity is as unknown as a missing one; so is one never activated.
    if (!i || (!clientId.isEmpty() && i->clientId != clientId) || i->status == MpinRules::kPending)
        throw ServiceError::notFound(QStringLiteral("MPin identity"));
    return *i;
}

MpinIdentity MpinService::identityOf(const QString &clientId, const QString &pathName)
{
    return owned(clientId, pathName);
}

MpinIdentity MpinService::rename(const QString &clientId, const QString &pathName,
                                 const QString &deviceName)
{
    MpinIdentity i = owned(clientId, pathName);
    i.deviceName = deviceName;
    i.updatedAt = Time::nowMs();
    m_store.save(i);
    return i;
}

MpinIdentity MpinService::revoke(const QString &clientId, const QString &pathName,
                                 const QString &reason)
{
    MpinIdentity i = owned(clientId, pathName);
    if (i.isRevoked())
        return i; // revocation is idempotent: the first reason stands
    const qint64 now = Time::nowMs();
    Transaction tx(m_db);
    i.status = MpinRules::kRevoked;
    i.revokeReason = reason;
    i.revokedAt = i.updatedAt = now;
    m_store.save(i);
    // The identity is its credential: revoked, it can no longer authenticate anywhere.
    if (!i.credentialId.isEmpty())
        m_devices.revokeCredential(i.credentialId, now);
    tx.commit();
    return i;
}

// ---- DVS ---------------------------------------------------------------------------------

QString MpinService::verifyDvs(const Client &client, const DvsRequest &r, qint64 nowMs,
                               MpinIdentity *identity)
{
    const QByteArray hash = hexField(r.hashHex, QStringLiteral("hash"));
    const QByteArray u = hexField(r.uHex, QStringLiteral("u"));
    const QByteArray v = hexField(r.vHex, QStringLiteral("v"));
    const QByteArray mpinId = hexField(r.mpinIdHex, QStringLiteral("mpinId"));

    const auto i = m_store.byHash(hashOf(mpinId));
    if (!i || i->clientId != client.clientId || i->status == MpinRules::kPending)
        throw unauthorized(QStringLiteral("Unknown MPin identity"));
    *identity = *i;
    if (i->isRevoked())
        throw unauthorized(QStringLiteral("This MPin identity was revoked"));
    if (!i->dvs)
        throw unauthorized(QStringLiteral("This MPin identity has no DVS key (its credential is "
                                          "not ES256)"));
    if (qAbs(nowMs / 1000 - r.timestamp) > kDvsSkewSeconds)
        throw unauthorized(QStringLiteral("timestamp is more than %1 s away from the server's "
                                          "clock")
                               .arg(kDvsSkewSeconds));
    const auto credential = m_devices.credential(i->credentialId);
    if (!credential || credential->isRevoked())
        throw unauthorized(QStringLiteral("This MPin identity's credential was revoked"));
    const SigningKey key = SigningKey::fromPublicDer(credential->publicKey);
    if (key.isNull() || u != QByteArray(1, '\x04') + key.ecX() + key.ecY())
        throw unauthorized(QStringLiteral("u is not this identity's DVS public key"));
    if (!key.verify(hash + QByteArray::number(r.timestamp), v))
        throw unauthorized(QStringLiteral("The DVS signature does not verify"));

    const qint64 now = nowMs / 1000;
    return m_keys.sign({{QStringLiteral("cAt"), now},
                        {QStringLiteral("exp"), now + kDvsCertificateSeconds},
                        {QStringLiteral("hash"), r.hashHex.toLower()}});
}

} // namespace mid
