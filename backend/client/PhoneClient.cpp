#include "PhoneClient.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace mid {

namespace {

QString encodedId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A ceremony the software authenticator refused, in the shape every callback expects.
ApiResult authenticatorFailure(const QString &error)
{
    ApiResult r;
    r.status = 0;
    r.errorType = QStringLiteral("authenticator");
    r.message = error;
    return r;
}

} // namespace

PhoneClient::PhoneClient(AdminClient &operatorApi, QObject *parent)
    : QObject(parent), m_operator(operatorApi)
{
}

AdminClient &PhoneClient::publicApi()
{
    // Follows the operator's client when the console switches servers, or the server its
    // certificate.
    if (m_public.baseUrl() != m_operator.baseUrl() ||
        m_public.pinnedFingerprint() != m_operator.pinnedFingerprint())
        m_public.setServer(m_operator.baseUrl(), QString(), m_operator.isRemote(),
                           m_operator.pinnedFingerprint());
    return m_public;
}

void PhoneClient::startEnrollment(const QString &mobile, const QString &deviceId,
                                  const QJsonObject &deviceInfo, QObject *context, Callback done)
{
    QJsonObject body{{QStringLiteral("mobile"), mobile}, {QStringLiteral("deviceId"), deviceId}};
    if (!deviceInfo.isEmpty())
        body.insert(QStringLiteral("deviceInfo"), deviceInfo);
    m_operator.post(QStringLiteral("/v1/enrollments"), body, context, std::move(done));
}

void PhoneClient::verifyEnrollment(const QString &enrollmentId, const QString &code,
                                   QObject *context, Callback done)
{
    publicApi().post(QStringLiteral("/v1/enrollments/%1/verify").arg(encodedId(enrollmentId)),
                     {{QStringLiteral("code"), code}}, context, std::move(done));
}

PhoneClient::VerificationLink PhoneClient::VerificationLink::parse(const QString &url)
{
    const QUrl link(url.trimmed());
    if (!link.isValid() || !link.path().endsWith(QLatin1String("/verification/confirmation")))
        return {};
    const QUrlQuery query(link);
    auto item = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    return {item("code"), item("user_id"), item("client_id")};
}

void PhoneClient::redeemVerification(const QString &code, QObject *context, Callback done)
{
    publicApi().post(QStringLiteral("/verification/confirmation"), {{QStringLiteral("code"), code}},
                     context, std::move(done));
}

void PhoneClient::beginRegistration(const QString &mobile, const QString &deviceId,
                                    const QJsonObject &deviceInfo, const Grant &grant,
                                    QObject *context, Callback done)
{
    const QString grantField = grant.kind == Grant::Kind::Activation
                                   ? QStringLiteral("activationToken")
                                   : QStringLiteral("enrollmentToken");
    const QJsonObject body{{QStringLiteral("mobile"), mobile},
                           {QStringLiteral("deviceId"), deviceId},
                           {QStringLiteral("deviceInfo"), deviceInfo},
                           {grantField, grant.token}};
    publicApi().post(QStringLiteral("/v1/fido/register/begin"), body, context, std::move(done));
}

void PhoneClient::completeRegistration(const QString &registrationId, const QJsonObject &credential,
                                       QObject *context, Callback done)
{
    const QJsonObject body{{QStringLiteral("registrationId"), registrationId},
                           {QStringLiteral("credential"), credential}};
    publicApi().post(QStringLiteral("/v1/fido/register/complete"), body, context, std::move(done));
}

void PhoneClient::registerPasskey(SoftwareAuthenticator *authenticator, const QString &mobile,
                                  const QString &deviceId, const QJsonObject &deviceInfo,
                                  const Grant &grant, QObject *context, Callback done)
{
    beginRegistration(mobile, deviceId, deviceInfo, grant, context,
                      [this, authenticator, context, done](const ApiResult &begin) {
                          if (!begin.ok()) {
                              done(begin);
                              return;
                          }
                          const QJsonObject answer = begin.object();
                          const QJsonObject options = optionsOf(answer);
                          const QString rpId = options.value(QStringLiteral("rp"))
                                                   .toObject()
                                                   .value(QStringLiteral("id"))
                                                   .toString();
                          // A P-256 key pair and one signature: well under a millisecond, so done
                          // here.
                          const SoftwareAuthenticator::Result made =
                              authenticator->create(options, originFor(baseUrl(), rpId));
                          if (!made.ok()) {
                              done(authenticatorFailure(made.error));
                              return;
                          }
                          QString registrationId = text(answer, "registrationId");
                          if (registrationId.isEmpty())
                              registrationId = text(options, "registrationId");
                          completeRegistration(registrationId, made.json, context, done);
                      });
}

void PhoneClient::beginAuthentication(const QString &sessionId, QObject *context, Callback done)
{
    publicApi().post(QStringLiteral("/v1/fido/authenticate/begin"),
                     {{QStringLiteral("sessionId"), sessionId}}, context, std::move(done));
}

void PhoneClient::completeAuthentication(const QString &authenticationId,
                                         const QJsonObject &credential, bool approve,
                                         QObject *context, Callback done)
{
    const QJsonObject body{{QStringLiteral("authenticationId"), authenticationId},
                           {QStringLiteral("credential"), credential},
                           {QStringLiteral("decision"),
                            approve ? QStringLiteral("approve") : QStringLiteral("reject")}};
    publicApi().post(QStringLiteral("/v1/fido/authenticate/complete"), body, context,
                     std::move(done));
}

void PhoneClient::decide(SoftwareAuthenticator *authenticator, const QString &sessionId,
                         bool approve, QObject *context, Callback done)
{
    beginAuthentication(
        sessionId, context, [this, authenticator, approve, context, done](const ApiResult &begin) {
            if (!begin.ok()) {
                done(begin);
                return;
            }
            const QJsonObject answer = begin.object();
            const QJsonObject options = optionsOf(answer);
            const SoftwareAuthenticator::Result assertion =
                authenticator->get(options, originFor(baseUrl(), text(options, "rpId")));
            if (!assertion.ok()) {
                done(authenticatorFailure(assertion.error));
                return;
            }
            QString authenticationId = text(answer, "authenticationId");
            if (authenticationId.isEmpty())
                authenticationId = text(options, "authenticationId");
            completeAuthentication(authenticationId, assertion.json, approve, context, done);
        });
}

QString PhoneClient::originFor(const QUrl &baseUrl, const QString &rpId)
{
    QUrl origin;
    origin.setScheme(baseUrl.scheme());
    origin.setHost(baseUrl.host());
    origin.setPort(baseUrl.port());
    const QHostAddress address(baseUrl.host());
    if (rpId == QLatin1String("localhost") && !address.isNull() && address.isLoopback())
        origin.setHost(QStringLiteral("localhost"));
    return origin.toString(QUrl::StripTrailingSlash);
}

QJsonObject PhoneClient::optionsOf(const QJsonObject &beginAnswer)
{
    for (const char *key : {"publicKey", "options", "publicKeyCredentialCreationOptions",
                            "publicKeyCredentialRequestOptions"}) {
        const QJsonObject nested = beginAnswer.value(QLatin1String(key)).toObject();
        if (!nested.isEmpty())
            return nested.contains(QStringLiteral("publicKey"))
                       ? nested.value(QStringLiteral("publicKey")).toObject()
                       : nested;
    }
    return beginAnswer;
}

} // namespace mid
