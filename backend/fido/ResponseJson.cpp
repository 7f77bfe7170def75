#include "ResponseJson.h"

#include "VerificationError.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"

#include <QJsonArray>

namespace mid::fido {

namespace {
const QString kType = QStringLiteral("type");
const QString kResponse = QStringLiteral("response");

std::optional<QByteArray> decodeString(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return Base64Url::decode(value.toString().toLatin1());
}

QByteArray requiredBinary(const QJsonObject &object, const QString &key)
{
    const auto bytes = decodeString(object.value(key));
    if (!bytes || bytes->isEmpty())
        throw VerificationError(Step::CredentialResponse,
                                QStringLiteral("response.%1 missing or not base64url").arg(key));
    return *bytes;
}

QByteArray optionalBinary(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const auto bytes = decodeString(value);
    if (!bytes)
        throw VerificationError(Step::CredentialResponse,
                                QStringLiteral("response.%1 is not base64url").arg(key));
    return *bytes;
}

QJsonObject responseOf(const QJsonObject &json)
{
    if (json.value(kType).toString() != QLatin1String("public-key"))
        throw VerificationError(Step::CredentialType,
                                QStringLiteral("credential type must be \"public-key\""));
    const QJsonValue response = json.value(kResponse);
    if (!response.isObject())
        throw VerificationError(Step::CredentialResponse,
                                QStringLiteral("\"response\" missing or not an object"));
    return response.toObject();
}

QString attachmentOf(const QJsonObject &json)
{
    return json.value(QStringLiteral("authenticatorAttachment")).toString();
}

QStringList transportsOf(const QJsonObject &response)
{
    QStringList transports;
    const QJsonArray list = response.value(QStringLiteral("transports")).toArray();
    for (const QJsonValue &value : list) {
        if (value.isString() && !value.toString().isEmpty())
            transports.append(value.toString());
    }
    return transports;
}
} // namespace

QByteArray credentialIdOf(const QJsonObject &json)
{
    const QJsonValue idValue = json.value(QStringLiteral("id"));
    const QJsonValue rawIdValue = json.value(QStringLiteral("rawId"));
    const auto id = decodeString(idValue);
    const auto rawId = decodeString(rawIdValue);
    if ((!idValue.isUndefined() && !id) || (!rawIdValue.isUndefined() && !rawId))
        throw VerificationError(Step::CredentialId, QStringLiteral("id or rawId is not base64url"));
    if ((!id || id->isEmpty()) && (!rawId || rawId->isEmpty()))
        throw VerificationError(Step::CredentialId, QStringLiteral("id and rawId are missing"));
    if (id && rawId && !Hash::equalConstantTime(*id, *rawId))
        throw VerificationError(Step::CredentialId, QStringLiteral("id and rawId differ"));
    return rawId ? *rawId : *id;
}

RegistrationResponse RegistrationResponse::parse(const QJsonObject &json)
{
    const QJsonObject response = responseOf(json);
    RegistrationResponse out;
    out.credentialId = credentialIdOf(json);
    out.clientDataJson = requiredBinary(response, QStringLiteral("clientDataJSON"));
    out.attestationObject = requiredBinary(response, QStringLiteral("attestationObject"));
    out.transports = transportsOf(response);
    out.authenticatorAttachment = attachmentOf(json);
    return out;
}

AuthenticationResponse AuthenticationResponse::parse(const QJsonObject &json)
{
    const QJsonObject response = responseOf(json);
    AuthenticationResponse out;
    out.credentialId = credentialIdOf(json);
    out.clientDataJson = requiredBinary(response, QStringLiteral("clientDataJSON"));
    out.authenticatorData = requiredBinary(response, QStringLiteral("authenticatorData"));
    out.signature = requiredBinary(response, QStringLiteral("signature"));
    out.userHandle = optionalBinary(response, QStringLiteral("userHandle"));
    out.authenticatorAttachment = attachmentOf(json);
    return out;
}

} // namespace mid::fido
