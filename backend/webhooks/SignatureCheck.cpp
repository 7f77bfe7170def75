#include "SignatureCheck.h"

#include "WebhookSigner.h"
#include "crypto/Hash.h"
#include "domain/Webhook.h"

#include <QJsonDocument>
#include <openssl/crypto.h>

namespace mid::SignatureCheck {

namespace {
bool same(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString headerValue(const QJsonObject &headers, const QString &name)
{
    for (auto it = headers.begin(); it != headers.end(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value().toString();
    return {};
}

QString whichSecret(int index)
{
    return index == 0 ? QStringLiteral("the current secret")
                      : QStringLiteral("a previous secret (rotation grace)");
}

// Index of the first secret whose `expected(key)` matches one of `candidates`, or -1.
template <typename Expected>
int matchingSecret(const QStringList &secrets, const QByteArrayList &candidates, Expected expected)
{
    for (int i = 0; i < secrets.size(); ++i) {
        const QByteArray mine = expected(WebhookRules::hmacKey(secrets.at(i)));
        for (const QByteArray &candidate : candidates)
            if (same(mine, candidate))
                return i;
    }
    return -1;
}

QJsonObject verdict(bool valid, const QString &detail)
{
    return {{QStringLiteral("valid"), valid}, {QStringLiteral("detail"), detail}};
}

QJsonObject bodySignature(const QByteArray &body, const QStringList &secrets)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString signature = object.take(QStringLiteral("signature")).toString();
    if (!signature.startsWith(QLatin1String("sha256=")))
        return verdict(false, QStringLiteral("the body has no sha256= signature"));
    const QByteArray canonical = WebhookSigner::canonicalJson(object);
    const int i = matchingSecret(secrets, {signature.mid(7).toLatin1()}, [&](const QByteArray &k) {
        return Hash::hmacSha256(k, canonical).toHex();
    });
    return i < 0 ? verdict(false, QStringLiteral("matches no valid secret"))
                 : verdict(true, QStringLiteral("matches %1").arg(whichSecret(i)));
}

QJsonObject midSignature(const QByteArray &body, const QJsonObject &headers,
                         const QStringList &secrets)
{
    const QString value = headerValue(headers, QStringLiteral("X-Mid-Signature"));
    if (!value.startsWith(QLatin1String("sha256=")))
        return verdict(false, QStringLiteral("no X-Mid-Signature header"));
    const int i = matchingSecret(secrets, {value.mid(7).toLatin1()}, [&](const QByteArray &k) {
        return Hash::hmacSha256(k, body).toHex();
    });
    return i < 0 ? verdict(false, QStringLiteral("matches no valid secret"))
                 : verdict(true, QStringLiteral("matches %1").arg(whichSecret(i)));
}

QJsonObject standardSignature(const QByteArray &body, const QJsonObject &headers,
                              const QStringList &secrets)
{
    const QString id = headerValue(headers, QStringLiteral("webhook-id"));
    const QString timestamp = headerValue(headers, QStringLiteral("webhook-timestamp"));
    const QStringList parts = headerValue(headers, QStringLiteral("webhook-signature"))
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QByteArrayList candidates;
    for (const QString &part : parts)
        if (part.startsWith(QLatin1String("v1,")))
            candidates << part.mid(3).toLatin1();
    if (id.isEmpty() || timestamp.isEmpty() || candidates.isEmpty())
        return verdict(false, QStringLiteral("webhook-id, webhook-timestamp or a v1 signature "
                                             "is missing"));
    const QByteArray content = id.toUtf8() + '.' + timestamp.toUtf8() + '.' + body;
    QStringList matched;
    for (int i = 0; i < secrets.size(); ++i)
        if (matchingSecret({secrets.at(i)}, candidates, [&](const QByteArray &k) {
                return Hash::hmacSha256(k, content).toBase64();
            }) >= 0)
            matched << whichSecret(i);
    if (matched.isEmpty())
        return verdict(false, QStringLiteral("none of its %1 signature(s) matches a valid secret")
                                  .arg(candidates.size()));
    return verdict(true, QStringLiteral("%1 signature(s); matches %2")
                             .arg(candidates.size())
                             .arg(matched.join(QStringLiteral(" and "))));
}
} // namespace

QJsonObject check(const QByteArray &body, const QJsonObject &headers, const QStringList &secrets)
{
    if (secrets.isEmpty()) {
        const QJsonObject unknown = verdict(false, QStringLiteral("no secret to check with"));
        return {{QStringLiteral("signature"), unknown},
                {QStringLiteral("X-Mid-Signature"), unknown},
                {QStringLiteral("webhook-signature"), unknown}};
    }
    return {{QStringLiteral("signature"), bodySignature(body, secrets)},
            {QStringLiteral("X-Mid-Signature"), midSignature(body, headers, secrets)},
            {QStringLiteral("webhook-signature"), standardSignature(body, headers, secrets)}};
}

} // namespace mid::SignatureCheck
