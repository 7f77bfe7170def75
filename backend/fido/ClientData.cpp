#include "ClientData.h"

#include "VerificationError.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mid::fido {

namespace {
QString requiredString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        throw VerificationError(Step::ClientDataJson,
                                QStringLiteral("member \"%1\" missing or not a string").arg(key));
    return value.toString();
}
} // namespace

ClientData ClientData::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw VerificationError(Step::ClientDataJson, QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();

    ClientData data;
    data.type = requiredString(object, QStringLiteral("type"));
    data.origin = requiredString(object, QStringLiteral("origin"));
    const auto challenge =
        Base64Url::decode(requiredString(object, QStringLiteral("challenge")).toLatin1());
    if (!challenge || challenge->isEmpty())
        throw VerificationError(Step::ClientDataChallenge,
                                QStringLiteral("challenge is not base64url"));
    data.challenge = *challenge;

    const QJsonValue crossOrigin = object.value(QStringLiteral("crossOrigin"));
    if (!crossOrigin.isUndefined() && !crossOrigin.isBool())
        throw VerificationError(Step::ClientDataJson,
                                QStringLiteral("member \"crossOrigin\" is not a boolean"));
    data.crossOrigin = crossOrigin.toBool(false);
    if (object.contains(QStringLiteral("topOrigin")))
        data.topOrigin = requiredString(object, QStringLiteral("topOrigin"));

    data.hash = Hash::sha256(json);
    return data;
}

} // namespace mid::fido
