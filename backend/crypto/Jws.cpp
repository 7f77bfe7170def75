#include "Jws.h"

#include "Base64Url.h"
#include "SigningKey.h"

#include <QJsonDocument>

namespace mid::Jws {

namespace {
// A bound on what we parse before any signature check, far above any token we issue or read.
constexpr qsizetype kMaxTokenBytes = 64 * 1024;

std::optional<QJsonObject> jsonObject(QByteArrayView b64)
{
    const auto bytes = Base64Url::decode(b64);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QByteArray compactJson(const QJsonObject &object)
{
    return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QByteArray sign(const SigningKey &key, const QString &kid, const QJsonObject &payload)
{
    if (key.isNull() || !key.hasPrivate())
        return {};
    QJsonObject header{{QStringLiteral("alg"), key.alg()},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!kid.isEmpty())
        header.insert(QStringLiteral("kid"), kid);
    const QByteArray input = compactJson(header) + '.' + compactJson(payload);
    const QByteArray signature = key.sign(input);
    if (signature.isEmpty())
        return {};
    return input + '.' + Base64Url::encode(signature);
}

std::optional<Parts> decode(const QByteArray &compact)
{
    if (compact.size() > kMaxTokenBytes)
        return std::nullopt;
    const qsizetype first = compact.indexOf('.');
    const qsizetype second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    if (second < 0 || compact.indexOf('.', second + 1) >= 0)
        return std::nullopt;
    const QByteArrayView view(compact);
    const auto header = jsonObject(view.sliced(0, first));
    const auto payload = jsonObject(view.sliced(first + 1, second - first - 1));
    const auto signature = Base64Url::decode(view.sliced(second + 1));
    if (!header || !payload || !signature)
        return std::nullopt;
    return Parts{*header, *payload, compact.left(second), *signature};
}

std::optional<Parts> verify(const QByteArray &compact, const SigningKey &publicKey)
{
    if (publicKey.isNull())
        return std::nullopt;
    auto parts = decode(compact);
    if (!parts || parts->signature.isEmpty())
        return std::nullopt;
    // Compared as given: "none", "None", "RS256 " and a non-string alg all fail here.
    const QJsonValue alg = parts->header.value(QStringLiteral("alg"));
    if (!alg.isString() || alg.toString() != publicKey.alg())
        return std::nullopt;
    if (parts->header.contains(QStringLiteral("crit")))
        return std::nullopt;
    if (!publicKey.verify(parts->signingInput, parts->signature))
        return std::nullopt;
    return parts;
}

} // namespace mid::Jws
