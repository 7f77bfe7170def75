#include "JwtIdTokenIssuer.h"

#include "SigningKeyService.h"
#include "core/Time.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "domain/Consent.h"

namespace mid {

JwtIdTokenIssuer::JwtIdTokenIssuer(SigningKeyService &keys, QString issuer, QByteArray subjectKey)
    : m_keys(keys), m_issuer(std::move(issuer)), m_subjectKey(std::move(subjectKey))
{
}

QByteArray JwtIdTokenIssuer::subjectKeyOf(const QByteArray &dataKey)
{
    return Hash::hmacSha256(dataKey, QByteArrayLiteral("mid idToken subject v1"));
}

QString JwtIdTokenIssuer::subjectFor(const Consent &consent) const
{
    const QString userId = consent.user.value(QStringLiteral("id")).toString();
    if (!userId.isEmpty())
        return userId;
    const QByteArray pseudonym = Hash::hmacSha256(m_subjectKey, consent.clientId.toUtf8() + '\0' +
                                                                    consent.recipient.toUtf8());
    return QStringLiteral("usr_") + Base64Url::encodeToString(pseudonym.left(16));
}

QJsonObject JwtIdTokenIssuer::claims(const Consent &consent, qint64 nowSeconds) const
{
    return {{QStringLiteral("iss"), m_issuer},
            {QStringLiteral("sub"), subjectFor(consent)},
            {QStringLiteral("aud"), consent.clientId},
            {QStringLiteral("sid"), consent.id},
            {QStringLiteral("iat"), nowSeconds},
            {QStringLiteral("exp"), nowSeconds + kLifetimeSeconds},
            {QStringLiteral("mobile"), consent.recipient},
            // When the person actually approved (OIDC auth_time): a relying party can refuse
            // a token minted long after the decision.
            {QStringLiteral("auth_time"), consent.decidedAt / 1000}};
}

QString JwtIdTokenIssuer::issue(const Consent &consent)
{
    return m_keys.sign(claims(consent, Time::nowMs() / 1000));
}

} // namespace mid
