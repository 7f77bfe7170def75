#include "PhoneModel.h"

#include "client/AdminClient.h"
#include "client/EventStream.h"
#include "client/PhoneClient.h"
#include "domain/PhoneNumber.h"
#include "models/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace mid::ui {

namespace {

// What the simulated app tells the server about the phone it runs on.
QJsonObject deviceInfo()
{
    return {{QStringLiteral("model"), QStringLiteral("MID Device Simulator")},
            {QStringLiteral("os"), QStringLiteral("SimOS 1.0")},
            {QStringLiteral("appVersion"), QCoreApplication::applicationVersion().isEmpty()
                                               ? QStringLiteral("1.0")
                                               : QCoreApplication::applicationVersion()}};
}

QString newLocalDeviceId()
{
    return QStringLiteral("sim-") + QString::number(QRandomGenerator::system()->generate64(), 16);
}

// A number as typed ("+44 7700 900123") as the API takes it.
QString typedE164(const QString &typed)
{
    return QString(typed).remove(QLatin1Char(' ')).trimmed();
}

constexpr int kSmsAttempts = 10;
constexpr int kSmsRetryMs = 400;
constexpr int kCodeLength = 6;

} // namespace

PhoneModel::PhoneModel(AdminClient &api, QObject *parent)
    : QObject(parent), m_api(api), m_client(new PhoneClient(api, this))
{
}

PhoneModel::~PhoneModel() = default;

std::optional<SoftwareAuthenticator::Credential> PhoneModel::passkey() const
{
    const auto credentials = m_phone.authenticator.credentials();
    if (!isRegistered() || credentials.isEmpty())
        return std::nullopt;
    return credentials.constLast();
}

// --- state ---------------------------------------------------------------------------------

void PhoneModel::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step);
    Q_EMIT changed();
}

void PhoneModel::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void PhoneModel::log(const QString &line, bool error)
{
    Q_EMIT logged(line, error);
}

QString PhoneModel::failureText(const ApiResult &result) const
{
    if (result.errorType == QLatin1String("authenticator")) {
        QString text = tr("The passkey could not be used (%1).").arg(result.message);
        if (result.message.startsWith(QLatin1String("SecurityError")))
            // WebAuthn takes no IP address as relying party: a server reached as 127.0.0.1
            // must name itself "localhost" (or a real domain) for any phone to register.
            text += QLatin1Char(' ') +
                    tr("Passkeys need the server's relying party to be a domain name: start the "
                       "server with --rp-id localhost --rp-origins http://localhost:<port> (or "
                       "its public domain) and try again.");
        return text;
    }
    return result.errorText();
}

std::function<void(const ApiResult &)>
PhoneModel::unlessMovedOn(std::function<void(const ApiResult &)> handler)
{
    return [this, handler = std::move(handler), generation = m_generation](const ApiResult &r) {
        if (generation == m_generation)
            handler(r);
    };
}

// The server answered the step under way: the phone stops waiting. A refusal is told to the
// person at `step` (`shown`, %1 the reason) and logged (`logLine`, the same). True: accepted.
bool PhoneModel::accepted(const ApiResult &result, Step step, const QString &logLine,
                          const QString &shown)
{
    setBusy(false);
    if (result.ok())
        return true;
    const QString why = failureText(result);
    Q_EMIT failed(step, shown.arg(why));
    log(logLine.arg(why), true);
    return false;
}

void PhoneModel::clearRequests()
{
    ++m_generation; // answers still on their way belong to the previous number
    Q_EMIT requestsCleared();
}

// --- persistence ---------------------------------------------------------------------------

PhoneStore PhoneModel::store() const
{
    return PhoneStore(m_api.baseUrl());
}

void PhoneModel::save()
{
    if (!m_phone.mobile.isEmpty() && isRegistered())
        store().save(m_phone);
}

bool PhoneModel::restore(const QString &mobile)
{
    QString damage;
    std::optional<SavedPhone> saved = store().load(mobile, &damage);
    if (!saved) {
        if (!damage.isEmpty())
            log(tr("The saved phone for %1 is damaged (%2); enroll again.").arg(mobile, damage),
                true);
        return false;
    }
    clearRequests();
    m_phone = std::move(*saved);
    return true;
}

void PhoneModel::reload()
{
    clearRequests();
    const QString current = store().current();
    if (!current.isEmpty() && restore(current)) {
        Q_EMIT numberOffered(current);
        setStep(Step::Home);
        loadPendingRequests();
    } else if (m_step == Step::Home) {
        setStep(Step::Welcome);
    }
    Q_EMIT changed();
}

void PhoneModel::switchNumber()
{
    clearRequests();
    store().clearCurrent();
    m_phone = SavedPhone();
    setStep(Step::Welcome);
}

void PhoneModel::forget()
{
    const QString mobile = m_phone.mobile;
    store().forget(mobile);
    log(tr("Forgot the passkey for %1.").arg(mobile));
    switchNumber();
    Q_EMIT numberOffered(mobile);
}

// The server no longer knows this device: its passkey is worth nothing, enroll again.
void PhoneModel::startOver(const QString &mobile)
{
    store().forget(mobile);
    m_phone.deviceId.clear();
    m_phone.credentialId.clear();
    m_phone.status.clear();
    m_phone.authenticator = SoftwareAuthenticator();
    Q_EMIT numberOffered(mobile);
    setStep(Step::Welcome);
    Q_EMIT failed(Step::Welcome, tr("This phone was deregistered. Enroll again to use it."));
}

// A phone that has nothing yet but its number.
void PhoneModel::startNewPhone(const QString &mobile)
{
    clearRequests();
    m_phone = SavedPhone();
    m_phone.mobile = mobile;
    m_phone.localDeviceId = newLocalDeviceId();
}

// --- enrollment ----------------------------------------------------------------------------

QString PhoneModel::e164Hint()
{
    return tr("Enter the number in international (E.164) format: “+”, the country code and the "
              "number, digits only — for example +447700900123.");
}

void PhoneModel::enroll(const QString &typedNumber)
{
    const QString number = typedE164(typedNumber);
    if (!PhoneNumber::isE164(number)) {
        Q_EMIT failed(Step::Welcome, e164Hint());
        return;
    }
    // A phone already registered with this server under that number is simply opened again.
    if (restore(number)) {
        log(tr("Opened the passkey saved for %1.").arg(number));
        save();
        setStep(Step::Home);
        loadPendingRequests();
        return;
    }
    startNewPhone(number);
    m_enrolledAt = QDateTime::currentDateTimeUtc();
    m_sms.clear();
    setBusy(true);
    m_client->startEnrollment(
        m_phone.mobile, m_phone.localDeviceId, deviceInfo(), this,
        unlessMovedOn(std::bind_front(&PhoneModel::onEnrollmentStarted, this)));
}

void PhoneModel::onEnrollmentStarted(const ApiResult &r)
{
    if (!accepted(r, Step::Welcome, tr("Enrollment refused: %1"),
                  tr("The enrollment could not start: %1")))
        return;
    const QJsonObject d = r.object();
    m_enrollmentId = jsonText(d, "enrollmentId");
    m_demoCode = jsonText(d, "demoCode");
    log(tr("Enrollment %1 started; a code was sent to %2.").arg(m_enrollmentId, m_phone.mobile));
    setStep(Step::Code);
    fetchSms(kSmsAttempts);
}

// The phone reads its SMS from the box's message log, as the box's channel delivers it.
void PhoneModel::fetchSms(int attemptsLeft)
{
    m_api.listMessages(m_phone.mobile, 20, this,
                       unlessMovedOn([this, attemptsLeft](const ApiResult &r) {
                           if (m_step == Step::Code)
                               readSms(r, attemptsLeft);
                       }));
}

void PhoneModel::readSms(const ApiResult &r, int attemptsLeft)
{
    static const QRegularExpression sixDigits(QStringLiteral("\\b\\d{6}\\b"));
    const QString since =
        m_enrolledAt.addSecs(-5).toString(Qt::ISODate); // text compare of RFC 3339
    QString newest, newestAt;
    for (const QJsonValue &v : r.items()) {
        const QJsonObject m = v.toObject();
        const QString body = jsonText(m, "body");
        const QString at = jsonText(m, "createdAt");
        if (jsonText(m, "to") != m_phone.mobile || !sixDigits.match(body).hasMatch())
            continue;
        if (!at.isEmpty() && at.left(19) < since.left(19))
            continue;
        if (newest.isEmpty() || at > newestAt) {
            newest = body;
            newestAt = at;
        }
    }
    if (!newest.isEmpty()) {
        receiveSms(newest);
        return;
    }
    if (attemptsLeft > 0 && (r.ok() || r.unreachable())) {
        QTimer::singleShot(kSmsRetryMs, this, [this, attemptsLeft] { fetchSms(attemptsLeft - 1); });
        return;
    }
    if (!m_demoCode.isEmpty()) // demo mode also hands the code back directly
        receiveSms(
            tr("Your MID verification code is %1. It expires in 10 minutes.").arg(m_demoCode));
    else
        Q_EMIT smsMissing();
}

void PhoneModel::receiveSms(const QString &body)
{
    if (body == m_sms)
        return; // the log and the stream may both bring it
    m_sms = body;
    Q_EMIT smsReceived(body);
    log(tr("SMS received."));
}

void PhoneModel::verifyCode(const QString &code)
{
    const QString digits = code.trimmed();
    if (digits.size() != kCodeLength) {
        Q_EMIT failed(Step::Code, tr("The code has 6 digits: type all of them."));
        return;
    }
    setBusy(true);
    m_client->verifyEnrollment(m_enrollmentId, digits, this,
                               unlessMovedOn(std::bind_front(&PhoneModel::onCodeVerified, this)));
}

void PhoneModel::onCodeVerified(const ApiResult &r)
{
    if (!accepted(r, Step::Code, tr("Code refused: %1")))
        return;
    m_grant = {PhoneClient::Grant::Kind::Enrollment, jsonText(r.object(), "enrollmentToken")};
    log(tr("Number %1 verified.").arg(m_phone.mobile));
    setStep(Step::Register);
}

void PhoneModel::registerPasskey()
{
    setBusy(true);
    m_client->registerPasskey(
        &m_phone.authenticator, m_phone.mobile, m_phone.localDeviceId, deviceInfo(), m_grant, this,
        unlessMovedOn(std::bind_front(&PhoneModel::onPasskeyRegistered, this)));
}

void PhoneModel::onPasskeyRegistered(const ApiResult &r)
{
    // At Register after an enrollment, at Activate after a verification link.
    if (!accepted(r, m_step, tr("Registration failed: %1")))
        return;
    const QJsonObject d = r.object();
    // data.deviceId echoes the phone's own id; device.id is the server's dev_… id.
    m_phone.deviceId = jsonText(d.value(QStringLiteral("device")).toObject(), "id");
    m_phone.credentialId = jsonText(d, "credentialId");
    m_phone.status = QStringLiteral("active");
    const QJsonObject mpin = d.value(QStringLiteral("mpin")).toObject();
    if (!mpin.isEmpty()) {
        m_phone.mpinUserId = jsonText(mpin, "userId");
        m_phone.hashMPinId = jsonText(mpin, "hashMPinId");
    }
    m_grant = {};
    save();
    log(mpin.isEmpty()
            ? tr("Passkey registered: device %1.").arg(m_phone.deviceId)
            : tr("Identity %1 activated: device %2.").arg(m_phone.mpinUserId, m_phone.deviceId));
    setStep(Step::Home);
    loadPendingRequests();
}

// --- activation with a verification link (§8) ----------------------------------------------

bool PhoneModel::linkNeedsNumber(const QString &link)
{
    const PhoneClient::VerificationLink parsed = PhoneClient::VerificationLink::parse(link);
    return !parsed.code.isEmpty() && !PhoneNumber::isE164(parsed.userId);
}

void PhoneModel::startActivation()
{
    setStep(Step::Activate);
}

void PhoneModel::activate(const QString &link, const QString &typedNumber)
{
    const PhoneClient::VerificationLink parsed = PhoneClient::VerificationLink::parse(link);
    if (parsed.code.isEmpty()) {
        Q_EMIT failed(Step::Activate,
                      tr("This is not a verification link. Paste the whole link the service "
                         "gave you: it contains /verification/confirmation?…&code=…"));
        return;
    }
    // The link's user id is the phone's number when it is one (the server holds it to that).
    const QString number =
        PhoneNumber::isE164(parsed.userId) ? parsed.userId : typedE164(typedNumber);
    if (!PhoneNumber::isE164(number)) {
        Q_EMIT failed(Step::Activate, e164Hint());
        return;
    }
    // A link activates a new device: a fresh one, even for a number saved before.
    startNewPhone(number);
    setBusy(true);
    m_client->redeemVerification(parsed.code, this,
                                 unlessMovedOn(std::bind_front(&PhoneModel::onLinkRedeemed, this)));
}

void PhoneModel::onLinkRedeemed(const ApiResult &r)
{
    if (!accepted(r, Step::Activate, tr("Verification link refused: %1"),
                  tr("The link could not be used: %1")))
        return;
    const QJsonObject d = r.object();
    m_grant = {PhoneClient::Grant::Kind::Activation, jsonText(d, "activationToken")};
    log(tr("Verification link redeemed for %1.").arg(jsonText(d, "userId")));
    registerPasskey();
}

// --- requests ------------------------------------------------------------------------------

void PhoneModel::loadPendingRequests()
{
    AdminClient::ConsentQuery q;
    q.recipient = m_phone.mobile;
    q.status = QStringLiteral("pending");
    q.limit = 50;
    m_api.listConsents(q, this, unlessMovedOn([this](const ApiResult &r) {
                           if (!r.ok())
                               return;
                           const QJsonArray items = r.items();
                           // Oldest first, so the newest ends up on top.
                           for (qsizetype i = items.size() - 1; i >= 0; --i) {
                               const QJsonObject consent = items.at(i).toObject();
                               if (jsonText(consent, "recipient") == m_phone.mobile)
                                   Q_EMIT requestReceived(consent);
                           }
                           Q_EMIT changed();
                       }));
}

void PhoneModel::decide(const QString &sessionId, bool approve)
{
    Q_EMIT decisionStarted(sessionId, approve);
    const auto answered = unlessMovedOn(
        [this, sessionId, approve](const ApiResult &r) { onDecided(sessionId, approve, r); });
    m_client->decide(&m_phone.authenticator, sessionId, approve, this,
                     [this, answered](const ApiResult &r) {
                         save(); // the signature counter moved on
                         answered(r);
                     });
}

void PhoneModel::onDecided(const QString &sessionId, bool approve, const ApiResult &r)
{
    if (!r.ok()) {
        const QString why = failureText(r);
        Q_EMIT decisionFailed(sessionId, why);
        log(tr("Could not %1 %2: %3").arg(approve ? tr("approve") : tr("reject"), sessionId, why),
            true);
        if (r.status == 403 && why.contains(QLatin1String("block"), Qt::CaseInsensitive)) {
            m_phone.status = QStringLiteral("blocked");
            Q_EMIT changed();
        }
        return;
    }
    QString status = jsonText(r.object(), "status");
    if (status.isEmpty() || status == QLatin1String("verified"))
        status = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    Q_EMIT requestChanged({{QStringLiteral("id"), sessionId}, {QStringLiteral("status"), status}});
    log(approve ? tr("Approved %1.").arg(sessionId) : tr("Rejected %1.").arg(sessionId));
    Q_EMIT changed();
}

// --- events --------------------------------------------------------------------------------

void PhoneModel::applyEvent(const StreamEvent &event)
{
    if (event.type.startsWith(QLatin1String("consent.")))
        applyConsentEvent(event);
    else if (event.type.startsWith(QLatin1String("device.")))
        applyDeviceEvent(event);
    // An SMS to this number. message.sent leaves the body out (it holds the code): the
    // phone reads it from the message log.
    else if (event.type == QLatin1String("message.sent") && m_step == Step::Code &&
             jsonText(event.data, "to") == m_phone.mobile)
        fetchSms(0);
}

void PhoneModel::applyConsentEvent(const StreamEvent &event)
{
    if (m_step != Step::Home || jsonText(event.data, "recipient") != m_phone.mobile)
        return;
    if (event.type == QLatin1String("consent.created"))
        Q_EMIT requestReceived(event.data);
    else
        Q_EMIT requestChanged(event.data);
    Q_EMIT changed();
}

// The server's dev_… id, or the deviceId this phone named itself with.
bool PhoneModel::isThisDevice(const QJsonObject &device) const
{
    const QStringList ids{jsonText(device, "id"), jsonText(device, "deviceId")};
    return isRegistered() &&
           (ids.contains(m_phone.deviceId) ||
            (!m_phone.localDeviceId.isEmpty() && ids.contains(m_phone.localDeviceId)));
}

void PhoneModel::applyDeviceEvent(const StreamEvent &event)
{
    const QJsonObject &device = event.data; // device.* events carry the device itself
    if (!isThisDevice(device))
        return;
    if (event.type == QLatin1String("device.blocked")) {
        m_phone.status = QStringLiteral("blocked");
        m_phone.blockReason = jsonText(device, "blockReason");
        log(tr("An operator blocked this device."), true);
    } else if (event.type == QLatin1String("device.unblocked")) {
        m_phone.status = QStringLiteral("active");
        m_phone.blockReason.clear();
        log(tr("An operator unblocked this device."));
    } else if (event.type == QLatin1String("device.deregistered")) {
        log(tr("An operator deregistered this device; its passkey no longer works."), true);
        startOver(m_phone.mobile);
        return;
    }
    save();
    Q_EMIT changed();
}

} // namespace mid::ui
