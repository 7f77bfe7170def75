#pragma once

#include "client/PhoneClient.h"
#include "simulator/PhoneStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace mid {
class AdminClient;
struct ApiResult;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

// The simulated phone itself, without a single widget: what the MID app on a phone does,
// through the public API only. It enrolls a mobile number (the OTP arrives as an SMS, read
// from the box's message channel), registers a FIDO2 passkey made by a software
// authenticator (real P-256 keys, packed self attestation), then reports the consent requests
// sent to that number as they arrive and approves or rejects them with real assertions.
//
// Its state machine is the app's: Welcome (no number) → Code (waiting for the SMS code) →
// Register (number verified, no passkey yet) → Home (registered); or Welcome → Activate (a
// service's verification link, §8: redeemed, then the passkey registered with its activation
// token for that MPin identity) → Home. The screens show it and
// call its slots; it tells them what happened through signals. The phone is saved per server
// and number (PhoneStore), so it is still registered after a restart.
class PhoneModel : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Welcome,
        Code,
        Register,
        Home,
        Activate,
    };
    Q_ENUM(Step)

    // `api` is the console's connection to the server; the phone uses its base URL and, to
    // start an enrollment and read its SMS, the operator's rights (as the box's channel does).
    explicit PhoneModel(AdminClient &api, QObject *parent = nullptr);
    ~PhoneModel() override;

    Step step() const { return m_step; }
    // Between asking the server for the next step and its answer.
    bool isBusy() const { return m_busy; }
    QString mobile() const { return m_phone.mobile; }
    QString deviceId() const { return m_phone.deviceId; } // empty until registered
    bool isRegistered() const { return !m_phone.deviceId.isEmpty(); }
    bool isBlocked() const { return m_phone.status == QLatin1String("blocked"); }
    QString blockReason() const { return m_phone.blockReason; }
    // The newest passkey on the phone, once registered.
    std::optional<SoftwareAuthenticator::Credential> passkey() const;
    // The MPin identity a verification link activated on this phone (empty: none).
    QString mpinUserId() const { return m_phone.mpinUserId; }
    QString hashMPinId() const { return m_phone.hashMPinId; }

    // A verification link whose user id is not a phone number (or not given): the phone must be
    // told its own number to register.
    static bool linkNeedsNumber(const QString &link);

public Q_SLOTS:
    // A (new) server is connected: the phone last used with it comes back as it was.
    void reload();
    // The server's live events: requests for this number, operator actions on this device,
    // and SMS sent to it.
    void applyEvent(const mid::StreamEvent &event);

    // Welcome → Code: `typedNumber` may hold spaces. A number already registered with this
    // server is opened again instead (→ Home).
    void enroll(const QString &typedNumber);
    // Code → Register, with the 6 digits of the SMS.
    void verifyCode(const QString &code);
    // Register → Home.
    void registerPasskey();
    // Welcome → Activate.
    void startActivation();
    // Activate → Home: redeems the link and registers a new passkey for its identity, as a
    // new device. `typedNumber` is this phone's number, needed only when linkNeedsNumber().
    void activate(const QString &link, const QString &typedNumber);
    // Approves or rejects a request with the passkey.
    void decide(const QString &sessionId, bool approve);
    // Back to Welcome for another number; this one stays saved.
    void switchNumber();
    // Forgets this number's passkey and ids (the private key is destroyed), back to Welcome.
    void forget();

Q_SIGNALS:
    void stepChanged(mid::ui::PhoneModel::Step step);
    void busyChanged(bool busy);
    // The number, the device, its passkey or its state changed.
    void changed();
    // What went wrong at `step`, in words for the person holding the phone.
    void failed(mid::ui::PhoneModel::Step step, const QString &message);
    // The number the Welcome screen should offer (the same one after a reset or a
    // deregistration, so that enrolling again is one click).
    void numberOffered(const QString &mobile);

    // The verification SMS arrived (its text), or did not come at all.
    void smsReceived(const QString &body);
    void smsMissing();

    // The requests shown so far belong to another number or server: drop them.
    void requestsCleared();
    // A request for this number (new, or still pending when the phone opened).
    void requestReceived(const QJsonObject &consent);
    // A newer state of a request already received (an event, or the answer to a decision).
    void requestChanged(const QJsonObject &consent);
    void decisionStarted(const QString &sessionId, bool approve);
    void decisionFailed(const QString &sessionId, const QString &message);

    // One line of what the phone did, for its activity log.
    void logged(const QString &line, bool error);

private:
    void setStep(Step step);
    void setBusy(bool busy);
    void log(const QString &line, bool error = false);
    QString failureText(const ApiResult &result) const;
    bool accepted(const ApiResult &result, Step step, const QString &logLine,
                  const QString &shown = QStringLiteral("%1"));
    // `handler` for an answer, unless the phone moved on (another number or server) meanwhile.
    std::function<void(const ApiResult &)>
    unlessMovedOn(std::function<void(const ApiResult &)> handler);
    PhoneStore store() const;
    void save();
    bool restore(const QString &mobile);
    void startOver(const QString &mobile);
    void startNewPhone(const QString &mobile);
    static QString e164Hint();
    void clearRequests();

    void onEnrollmentStarted(const ApiResult &result);
    void fetchSms(int attemptsLeft);
    void readSms(const ApiResult &messages, int attemptsLeft);
    void receiveSms(const QString &body);
    void onCodeVerified(const ApiResult &result);
    void onLinkRedeemed(const ApiResult &result);
    void onPasskeyRegistered(const ApiResult &result);
    void loadPendingRequests();
    void onDecided(const QString &sessionId, bool approve, const ApiResult &result);
    void applyConsentEvent(const StreamEvent &event);
    void applyDeviceEvent(const StreamEvent &event);
    bool isThisDevice(const QJsonObject &device) const;

    AdminClient &m_api;
    PhoneClient *m_client;
    SavedPhone m_phone;
    Step m_step = Step::Welcome;
    bool m_busy = false;
    quint64 m_generation = 0; // answers for a previous number or server are dropped

    // The enrollment (or activation) under way.
    QString m_enrollmentId;
    PhoneClient::Grant m_grant; // what lets it register its passkey
    QString m_demoCode;
    QDateTime m_enrolledAt;
    QString m_sms; // the last SMS shown: the log and the stream may both bring it
};

} // namespace mid::ui
