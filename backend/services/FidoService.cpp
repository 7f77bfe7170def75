#include "FidoService.h"

#include "ConsentService.h"
#include "DeviceService.h"
#include "EnrollmentService.h"
#include "MpinService.h"
#include "SigningService.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "crypto/Base64Url.h"
#include "crypto/Random.h"
#include "domain/Consent.h"
#include "domain/PhoneNumber.h"
#include "fido/PublicKey.h"
#include "fido/ResponseJson.h"
#include "storage/Database.h"
#include "webhooks/Outbox.h"

#include <QJsonArray>

namespace mid {

namespace {
constexpr qint64 kKeepEndedCeremoniesMs = 24LL * 3600 * 1000;

QString b64(const QByteArray &bytes)
{
    return Base64Url::encodeToString(bytes);
}

QJsonArray credentialDescriptors(const QList<QByteArray> &ids, DeviceStore &store)
{
    QJsonArray out;
    for (const QByteArray &id : ids) {
        QJsonObject d{{QStringLiteral("type"), QStringLiteral("public-key")},
                      {QStringLiteral("id"), b64(id)}};
        if (const auto c = store.credential(id); c && !c->transports.isEmpty())
            d.insert(QStringLiteral("transports"), QJsonArray::fromStringList(c->transports));
        out.append(d);
    }
    return out;
}

DeviceDetails detailsFrom(const QJsonObject &info)
{
    return {info.value(QStringLiteral("model")).toString(),
            info.value(QStringLiteral("os")).toString(),
            info.value(QStringLiteral("appVersion")).toString(), std::nullopt};
}

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("mobile"), user.mobile},
            {QStringLiteral("verified"), user.isVerified()}};
}
} // namespace

FidoService::FidoService(Database &db, DeviceService &devices, EnrollmentService &enrollments,
                         MpinService &mpin, ConsentService &consents, SigningService &signing,
                         Outbox &outbox, fido::RelyingParty rp)
    : m_ceremonies(db), m_db(db), m_devices(devices), m_enrollments(enrollments), m_mpin(mpin),
      m_consents(consents), m_signing(signing), m_outbox(outbox), m_rp(std::move(rp))
{
}

// ---- Ceremonies --------------------------------------------------------------------------

Ceremony FidoService::newCeremony(const char *kind, const QString &prefix)
{
    const qint64 now = Time::nowMs();
    m_ceremonies.prune(now - kKeepEndedCeremoniesMs);
    Ceremony c;
    c.id = Ids::make(prefix);
    c.kind = QString::fromLatin1(kind);
    c.challenge = fido::makeChallenge();
    c.createdAt = now;
    c.expiresAt = now + kTimeoutMs;
    return c;
}

Ceremony FidoService::takeCeremony(const QString &id, const char *kind)
{
    const QString prefix = qstrcmp(kind, Ceremony::kRegistration) == 0 ? QStringLiteral("reg")
                                                                       : QStringLiteral("authn");
    std::optional<Ceremony> c;
    if (Ids::looksLike(id, prefix))
        c = m_ceremonies.find(id);
    if (!c || c->kind != QLatin1String(kind))
        throw ServiceError::notFound(qstrcmp(kind, Ceremony::kRegistration) == 0
                                         ? QStringLiteral("Registration ceremony")
                                         : QStringLiteral("Authentication ceremony"));
    const qint64 now = Time::nowMs();
    // Taken before anything is verified, whatever the outcome: a challenge is single use.
    if (!m_ceremonies.take(c->id, now))
        refuse(*c, QStringLiteral("challenge.used"),
               QStringLiteral("this challenge was already used; begin a new ceremony"));
    if (c->expiresAt <= now)
        refuse(*c, QStringLiteral("challenge.expired"),
               QStringLiteral("the challenge expired; begin a new ceremony"));
    return *c;
}

void FidoService::refuse(const Ceremony &c, const QString &step, const QString &message,
                         const QString &clientId)
{
    if (c.kind == QLatin1String(Ceremony::kAuthentication)) {
        m_outbox.record(QStringLiteral("auth.failed"), clientId.isEmpty() ? c.clientId : clientId,
                        {{QStringLiteral("authenticationId"), c.id},
                         {QStringLiteral("sessionId"), c.sessionId},
                         {QStringLiteral("step"), step},
                         {QStringLiteral("reason"), message}},
                        {c.sessionId});
    }
    throw ServiceError(ServiceError::Kind::Unauthenticated,
                       QStringLiteral("FIDO verification failed: %1").arg(message),
                       {QJsonObject{{QStringLiteral("field"), QStringLiteral("credential")},
                                    {QStringLiteral("issue"), step}}});
}

// ---- Registration ------------------------------------------------------------------------

QString FidoService::enrollmentClient(const RegistrationStart &start, Ceremony *c)
{
    const Enrollment e = m_enrollments.peekToken(start.enrollmentToken);
    if (!start.mobile.isEmpty() && start.mobile != e.mobile)
        throw ServiceError::invalid(QStringLiteral("mobile"), QStringLiteral("mismatch"),
                                    QStringLiteral("mobile is not the enrollment's number"));
    if (!start.deviceKey.isEmpty() && start.deviceKey != e.deviceKey)
        throw ServiceError::invalid(QStringLiteral("deviceId"), QStringLiteral("mismatch"),
                                    QStringLiteral("deviceId is not the enrollment's device"));
    m_devices.checkCanRegister(e.mobile, e.deviceKey);
    m_enrollments.redeemToken(e);
    c->enrollmentId = e.id;
    c->mobile = e.mobile;
    c->deviceKey = e.deviceKey;
    c->deviceInfo = start.deviceInfo.value_or(e.deviceInfo);
    return e.clientId;
}

QString FidoService::activationClient(const RegistrationStart &start, Ceremony *c)
{
    const MpinIdentity identity = m_mpin.pendingForToken(start.activationToken);
    const bool numberIsUser = PhoneNumber::isE164(identity.userId);
    if (start.mobile.isEmpty() && !numberIsUser)
        throw ServiceError::invalid(QStringLiteral("mobile"), QStringLiteral("required"),
                                    QStringLiteral("mobile is required: the identity's user id "
                                                   "is not a phone number"));
    if (!start.mobile.isEmpty() && numberIsUser && start.mobile != identity.userId)
        throw ServiceError::invalid(QStringLiteral("mobile"), QStringLiteral("mismatch"),
                                    QStringLiteral("mobile is not the identity's user id"));
    if (start.deviceKey.isEmpty())
        throw ServiceError::invalid(QStringLiteral("deviceId"), QStringLiteral("required"),
                                    QStringLiteral("deviceId is required"));
    c->mobile = start.mobile.isEmpty() ? identity.userId : start.mobile;
    m_devices.checkCanRegister(c->mobile, start.deviceKey);
    m_mpin.takeActivationToken(identity);
    c->mpinIdentity = identity.hash;
    c->deviceKey = start.deviceKey;
    c->deviceInfo = start.deviceInfo.value_or(QJsonObject());
    if (c->deviceInfo.value(QStringLiteral("model")).toString().isEmpty() &&
        !identity.deviceName.isEmpty())
        c->deviceInfo.insert(QStringLiteral("model"), identity.deviceName);
    return identity.clientId;
}

QJsonObject FidoService::beginRegistration(const RegistrationStart &start)
{
    Ceremony c = newCeremony(Ceremony::kRegistration, QStringLiteral("reg"));
    if (!start.enrollmentToken.isEmpty()) {
        c.clientId = enrollmentClient(start, &c);
    } else if (!start.activationToken.isEmpty()) {
        c.clientId = activationClient(start, &c);
    } else {
        if (!start.client)
            throw ServiceError::unauthenticated(
                QStringLiteral("register/begin needs client credentials, an enrollmentToken or "
                               "an activationToken"));
        m_devices.checkCanRegister(start.mobile, start.deviceKey);
        c.clientId = start.client->clientId;
        c.mobile = start.mobile;
        c.deviceKey = start.deviceKey;
        c.deviceInfo = start.deviceInfo.value_or(QJsonObject());
    }
    const User user = m_devices.store().ensureUser(c.mobile, c.createdAt);
    c.userId = user.id;
    QList<QByteArray> exclude;
    if (const auto device = m_devices.store().liveDeviceByKey(c.deviceKey)) {
        c.deviceId = device->id;
        // An MPin activation adds an identity to a phone that may hold others: excluding
        // them would make the authenticator refuse the new credential.
        for (const FidoCredential &cred : m_devices.store().credentialsOfDevice(device->id)) {
            if (!cred.isRevoked() && c.mpinIdentity.isEmpty())
                exclude << cred.id;
        }
    }
    m_ceremonies.insert(c);
    return registrationOptions(c, exclude);
}

QJsonObject FidoService::registrationOptions(const Ceremony &c, const QList<QByteArray> &exclude)
{
    QJsonArray params;
    for (const int alg : m_rp.allowedAlgorithms)
        params.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                  {QStringLiteral("alg"), alg}});
    const QString uv =
        m_rp.requireUserVerification ? QStringLiteral("required") : QStringLiteral("preferred");
    return {
        {QStringLiteral("registrationId"), c.id},
        {QStringLiteral("challenge"), b64(c.challenge)},
        {QStringLiteral("rp"), QJsonObject{{QStringLiteral("name"), QString::fromLatin1(kRpName)},
                                           {QStringLiteral("id"), m_rp.rpId}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), b64(c.userId.toUtf8())},
                                             {QStringLiteral("name"), c.mobile},
                                             {QStringLiteral("displayName"), c.mobile}}},
        {QStringLiteral("pubKeyCredParams"), params},
        {QStringLiteral("timeout"), kTimeoutMs},
        {QStringLiteral("attestation"), QStringLiteral("direct")},
        {QStringLiteral("authenticatorSelection"),
         QJsonObject{{QStringLiteral("residentKey"), QStringLiteral("preferred")},
                     {QStringLiteral("requireResidentKey"), false},
                     {QStringLiteral("userVerification"), uv}}},
        {QStringLiteral("excludeCredentials"), credentialDescriptors(exclude, m_devices.store())},
        {QStringLiteral("expiresAt"), Time::rfc3339Ms(c.expiresAt)}};
}

QJsonObject FidoService::completeRegistration(const QString &registrationId,
                                              const QJsonObject &credential)
{
    const Ceremony c = takeCeremony(registrationId, Ceremony::kRegistration);
    fido::RegistrationResult result;
    try {
        result = fido::verifyRegistration(m_rp, c.challenge, credential);
    } catch (const fido::VerificationError &e) {
        refuse(c, e.step(), e.message());
    }
    DeviceStore &store = m_devices.store();
    if (store.credentialExists(result.credentialId))
        refuse(c, QString::fromLatin1(fido::Step::CredentialId),
               QStringLiteral("this credential is already registered"));

    Transaction tx(m_db);
    const auto [device, created] =
        m_devices.upsert(c.mobile, c.deviceKey, detailsFrom(c.deviceInfo), c.clientId);
    FidoCredential cred;
    cred.id = result.credentialId;
    cred.deviceId = device.id;
    cred.userId = device.userId;
    cred.publicKey = result.publicKeySpki;
    cred.algorithm = result.algorithm;
    cred.aaguid = result.aaguidString();
    cred.signCount = result.signCount;
    cred.transports = result.transports;
    cred.attestationFormat = result.attestationFormat;
    cred.createdAt = Time::nowMs();
    store.insertCredential(cred);
    if (!c.enrollmentId.isEmpty())
        m_enrollments.complete(c.enrollmentId, device.id);
    QJsonObject event = m_devices.toJson(device);
    event.insert(QStringLiteral("credentialId"), b64(cred.id));
    event.insert(QStringLiteral("newDevice"), created);
    QJsonObject data{{QStringLiteral("credentialId"), b64(cred.id)},
                     {QStringLiteral("deviceId"), device.deviceKey},
                     {QStringLiteral("userId"), device.userId},
                     {QStringLiteral("status"), QStringLiteral("registered")},
                     {QStringLiteral("device"), DeviceService::summary(device)},
                     {QStringLiteral("enrollmentId"), c.enrollmentId.isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(c.enrollmentId)}};
    if (!c.mpinIdentity.isEmpty()) {
        const MpinIdentity identity =
            m_mpin.activate(c.mpinIdentity, cred.id, device.id, cred.algorithm);
        event.insert(QStringLiteral("mpin"), MpinService::deviceJson(identity));
        data.insert(QStringLiteral("mpin"), MpinService::deviceJson(identity));
    }
    m_outbox.record(QStringLiteral("device.registered"), device.enrolledByClient, event,
                    {device.id});
    tx.commit();
    return data;
}

// ---- Authentication ----------------------------------------------------------------------

Consent FidoService::decidableConsent(const QString &sessionId)
{
    const auto consent = m_consents.find(sessionId);
    if (!consent)
        throw ServiceError::notFound(QStringLiteral("Consent session"));
    const bool lapsed =
        consent->status == ConsentStatus::Pending && consent->expiresAt <= Time::nowMs();
    if (consent->status != ConsentStatus::Pending || lapsed)
        throw ServiceError::conflict(
            QStringLiteral("Consent session is %1 and can no longer be decided")
                .arg(lapsed ? QStringLiteral("expired")
                            : ConsentRules::statusName(consent->status)));
    return *consent;
}

QList<QByteArray> FidoService::usableCredentialIds(const QList<Device> &devices, const Ceremony &c,
                                                   QString *clientId)
{
    QList<QByteArray> ids;
    bool blocked = false;
    for (const Device &d : devices) {
        blocked |= d.isBlocked();
        if (!d.isActive())
            continue;
        if (clientId->isEmpty())
            *clientId = d.enrolledByClient;
        for (const FidoCredential &cred : m_devices.store().credentialsOfDevice(d.id)) {
            if (!cred.isRevoked())
                ids << cred.id;
        }
    }
    if (ids.isEmpty() && blocked) {
        m_outbox.record(QStringLiteral("auth.failed"), *clientId,
                        {{QStringLiteral("sessionId"), c.sessionId},
                         {QStringLiteral("step"), QStringLiteral("device.blocked")},
                         {QStringLiteral("reason"), QStringLiteral("the device is blocked")}},
                        {c.sessionId});
        throw ServiceError::forbidden(QStringLiteral("This device is blocked"));
    }
    return ids;
}

QJsonObject FidoService::beginAuthentication(const AuthenticationStart &start)
{
    Ceremony c = newCeremony(Ceremony::kAuthentication, QStringLiteral("authn"));
    QList<Device> candidates;
    if (!start.sessionId.isEmpty()) {
        const Consent consent = decidableConsent(start.sessionId);
        c.sessionId = consent.id;
        c.clientId = consent.clientId;
        // A signing session's challenge commits to its document: the hash, then fresh bytes.
        if (const auto documentHash = m_signing.challengeCommitment(consent.id))
            c.challenge = *documentHash + Random::bytes(16);
        c.mobile = consent.recipient;
        candidates = m_devices.store().liveDevicesOfMobile(consent.recipient);
        if (!start.deviceKey.isEmpty())
            candidates.removeIf([&](const Device &d) { return d.deviceKey != start.deviceKey; });
    } else if (!start.deviceKey.isEmpty()) {
        const auto device = m_devices.store().liveDeviceByKey(start.deviceKey);
        if (!device || (!start.mobile.isEmpty() && device->mobile != start.mobile))
            throw ServiceError::notFound(QStringLiteral("Device"));
        candidates = {*device};
        c.mobile = device->mobile;
    } else {
        candidates = m_devices.store().liveDevicesOfMobile(start.mobile);
        c.mobile = start.mobile;
    }
    c.allowed = usableCredentialIds(candidates, c, &c.clientId);
    if (c.allowed.isEmpty()) {
        for (const Device &d : candidates) {
            for (const FidoCredential &cred : m_devices.store().credentialsOfDevice(d.id)) {
                if (const QString why = mpinRevocationOf(cred.id); !why.isEmpty())
                    throw ServiceError::forbidden(QStringLiteral("No usable credential: ") + why);
            }
        }
        if (!c.sessionId.isEmpty())
            throw ServiceError::conflict(
                QStringLiteral("No active device with a FIDO credential is registered to the "
                               "recipient of this session"));
        throw ServiceError::notFound(QStringLiteral("Active device with a FIDO credential"));
    }
    if (candidates.size() == 1)
        c.deviceKey = candidates.constFirst().deviceKey;
    m_ceremonies.insert(c);
    return requestOptions(c);
}

QJsonObject FidoService::requestOptions(const Ceremony &c)
{
    QJsonObject o{
        {QStringLiteral("authenticationId"), c.id},
        {QStringLiteral("challenge"), b64(c.challenge)},
        {QStringLiteral("rpId"), m_rp.rpId},
        {QStringLiteral("allowCredentials"), credentialDescriptors(c.allowed, m_devices.store())},
        {QStringLiteral("userVerification"),
         m_rp.requireUserVerification ? QStringLiteral("required") : QStringLiteral("preferred")},
        {QStringLiteral("timeout"), kTimeoutMs},
        {QStringLiteral("expiresAt"), Time::rfc3339Ms(c.expiresAt)}};
    if (!c.sessionId.isEmpty())
        o.insert(QStringLiteral("sessionId"), c.sessionId);
    return o;
}

QJsonObject FidoService::mpinIdentityOf(const QJsonObject &credential)
{
    try {
        if (const auto identity = m_mpin.identityOfCredential(fido::credentialIdOf(credential)))
            return MpinService::deviceJson(*identity);
    } catch (const fido::VerificationError &) {
        // Not a credential id: completeAuthentication refuses it with the step.
    }
    return {};
}

QJsonObject FidoService::mpinIdentityOfToken(const QString &activationToken)
{
    const auto identity = m_mpin.identityOfToken(activationToken);
    return identity ? MpinService::deviceJson(*identity) : QJsonObject();
}

QString FidoService::mpinRevocationOf(const QByteArray &credentialId)
{
    const auto identity = m_mpin.identityOfCredential(credentialId);
    if (!identity || !identity->isRevoked())
        return {};
    return identity->revokeReason.isEmpty()
               ? QStringLiteral("this MPin identity was revoked")
               : QStringLiteral("this MPin identity was revoked (%1)").arg(identity->revokeReason);
}

FidoCredential FidoService::allowedCredential(const Ceremony &c, const QByteArray &credentialId,
                                              const QString &clientId)
{
    const auto cred = m_devices.store().credential(credentialId);
    if (!cred)
        refuse(c, QStringLiteral("credential.unknown"),
               QStringLiteral("this credential is not registered"), clientId);
    if (cred->isRevoked()) {
        const QString mpin = mpinRevocationOf(cred->id);
        refuse(c, QStringLiteral("credential.revoked"),
               mpin.isEmpty()
                   ? QStringLiteral("this credential was revoked (its device was deregistered)")
                   : mpin,
               clientId);
    }
    if (!c.allowed.contains(credentialId))
        refuse(c, QStringLiteral("credential.notAllowed"),
               QStringLiteral("this credential was not offered for this ceremony (it belongs to "
                              "another number's device)"),
               clientId);
    return *cred;
}

void FidoService::verifyAssertion(const Ceremony &c, const FidoCredential &cred,
                                  const QJsonObject &response, const QString &clientId)
{
    const fido::StoredCredential stored{cred.id, cred.publicKey, cred.algorithm, cred.signCount,
                                        cred.userId.toUtf8()};
    try {
        const fido::AssertionResult result =
            fido::verifyAssertion(m_rp, c.challenge, stored, response);
        m_devices.store().recordAssertion(cred.id, result.signCount, Time::nowMs());
    } catch (const fido::VerificationError &e) {
        if (e.isCloneWarning())
            m_devices.store().flagCredential(cred.id, Time::nowMs());
        refuse(c, e.step(), e.message(), clientId);
    }
}

SignatureAssertion FidoService::signatureOf(const Ceremony &c, const FidoCredential &cred,
                                            const Device &device, const QJsonObject &credential)
{
    const fido::AuthenticationResponse response = fido::AuthenticationResponse::parse(credential);
    return {c.challenge,
            cred.id,
            cred.publicKey,
            fido::CoseAlgorithm::name(cred.algorithm),
            response.authenticatorData,
            response.clientDataJson,
            response.signature,
            cred.userId,
            device.id};
}

QJsonObject FidoService::completeAuthentication(const QString &authenticationId,
                                                const QJsonObject &credential, bool approve)
{
    const Ceremony c = takeCeremony(authenticationId, Ceremony::kAuthentication);
    QByteArray credentialId;
    try {
        credentialId = fido::credentialIdOf(credential);
    } catch (const fido::VerificationError &e) {
        refuse(c, e.step(), e.message());
    }
    const FidoCredential cred = allowedCredential(c, credentialId, c.clientId);
    DeviceStore &store = m_devices.store();
    const auto device = store.device(cred.deviceId);
    if (!device || !device->isActive()) {
        if (device && device->isBlocked()) {
            m_outbox.record(QStringLiteral("auth.failed"), c.clientId,
                            {{QStringLiteral("authenticationId"), c.id},
                             {QStringLiteral("sessionId"), c.sessionId},
                             {QStringLiteral("deviceId"), device->id},
                             {QStringLiteral("step"), QStringLiteral("device.blocked")},
                             {QStringLiteral("reason"), QStringLiteral("the device is blocked")}},
                            {c.sessionId});
            throw ServiceError::forbidden(QStringLiteral("This device is blocked"));
        }
        refuse(c, QStringLiteral("credential.revoked"),
               QStringLiteral("this credential's device is deregistered"));
    }
    if (!c.sessionId.isEmpty())
        decidableConsent(c.sessionId);
    verifyAssertion(c, cred, credential, c.clientId);
    // The decision, its consent event and auth.success commit together.
    Transaction tx(m_db);
    store.touchDevice(device->id, Time::nowMs());
    const User user = store.user(cred.userId).value_or(User{cred.userId, device->mobile, 0, 0});

    QJsonObject data{{QStringLiteral("verified"), true},
                     {QStringLiteral("userId"), user.id},
                     {QStringLiteral("deviceId"), device->deviceKey},
                     {QStringLiteral("device"), DeviceService::summary(*device)},
                     {QStringLiteral("credentialId"), b64(cred.id)}};
    if (!c.sessionId.isEmpty()) {
        const Consent decided = m_consents.decide(c.sessionId, approve, userJson(user),
                                                  DeviceService::summary(*device));
        store.grantVisibility(device->id, decided.clientId, QStringLiteral("decided"),
                              Time::nowMs());
        data.insert(QStringLiteral("sessionId"), decided.id);
        data.insert(QStringLiteral("status"), ConsentRules::statusName(decided.status));
        data.insert(QStringLiteral("decision"),
                    approve ? QStringLiteral("approve") : QStringLiteral("reject"));
        m_signing.consentDecided(decided, approve, signatureOf(c, cred, *device, credential));
    }
    QJsonObject event = data;
    event.insert(QStringLiteral("authenticationId"), c.id);
    m_outbox.record(QStringLiteral("auth.success"), c.clientId, event, {c.sessionId});
    tx.commit();
    return data;
}

} // namespace mid
