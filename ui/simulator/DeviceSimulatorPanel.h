#pragma once

#include "client/SoftwareAuthenticator.h"
#include "panels/Panel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace mid {
class PhoneClient;
struct ApiResult;
struct StreamEvent;
} // namespace mid

namespace mid::ui {

class ClientDirectory;
class ConsentRequestCard;
class PhoneFrame;

// A phone inside the console, for demos and tests. It does what the MID app on a phone does,
// through the public API only: enroll a mobile number (the OTP arrives as an SMS on its
// screen, read from the box's message channel), register a FIDO2 passkey made by a software
// authenticator (real P-256 keys, packed self attestation), then show the consent requests
// sent to that number as they arrive and approve or reject them with real assertions.
//
// The phone (its keys and ids) is saved per server and number in the console's settings, so
// it is still registered after a restart.
class DeviceSimulatorPanel : public Panel
{
    Q_OBJECT
public:
    enum class Screen
    {
        Welcome,
        Code,
        Register,
        Home,
    };
    Q_ENUM(Screen)

    explicit DeviceSimulatorPanel(ServerSession &session, QWidget *parent = nullptr);
    ~DeviceSimulatorPanel() override;

    QString title() const override { return tr("Device simulator"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/simulator.svg")); }
    void reload() override;

    Screen screen() const { return m_screenId; }
    QString mobile() const { return m_mobile; }
    QString deviceId() const { return m_serverDeviceId; }
    // The request card of a consent session on the phone's screen, or null.
    ConsentRequestCard *card(const QString &sessionId) const;

    // E.164: "+", a country code not starting with 0, 8 to 15 digits in all.
    static bool isE164(const QString &number);

private:
    QWidget *buildScreen();
    QWidget *buildWelcome();
    QWidget *buildCode();
    QWidget *buildRegister();
    QWidget *buildHome();
    QWidget *buildSidePane();
    void showScreen(Screen screen);

    void enroll();
    void fetchSms(int attemptsLeft);
    void showSms(const QString &body);
    void verifyCode();
    void registerPasskey();
    void loadPendingRequests();
    void decide(const QString &sessionId, bool approve);
    void onEvent(const mid::StreamEvent &event);
    void addOrUpdateCard(const QJsonObject &consent);
    void tickCards();
    void updateHome();
    void updateSidePane();
    void resetPhone();
    void switchNumber();
    void log(const QString &line, bool error = false);
    QString failureText(const ApiResult &result) const;

    // Persistence: one saved phone per server and number.
    QString settingsGroup() const;
    void savePhone();
    bool restorePhone(const QString &mobile);
    void forgetPhone(const QString &mobile);

    PhoneClient *m_phone;
    ClientDirectory *m_clients;
    SoftwareAuthenticator m_authenticator;
    QTimer m_countdown; // repaints the cards' time left once a second while any is open
    QPointer<QTimer> m_smsRetry;

    // The phone's state.
    Screen m_screenId = Screen::Welcome;
    QString m_mobile;
    QString m_localDeviceId;  // what the app generated on first start
    QString m_serverDeviceId; // what the server calls the device after registration
    QString m_credentialId;
    QString m_deviceStatus; // active, blocked
    QString m_blockReason;
    QString m_enrollmentId;
    QString m_enrollmentToken;
    QString m_demoCode;
    QDateTime m_enrolledAt;
    quint64 m_generation = 0; // answers for a previous number are dropped

    // Screen widgets.
    QStackedWidget *m_pages = nullptr;
    PhoneFrame *m_frame = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberError = nullptr;
    QPushButton *m_enrollButton = nullptr;
    QLabel *m_codeIntro = nullptr;
    QLabel *m_smsSender = nullptr;
    QLabel *m_sms = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeError = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QLabel *m_registerError = nullptr;
    QPushButton *m_registerButton = nullptr;
    QLabel *m_phoneStatus = nullptr;
    QLabel *m_homeNumber = nullptr;
    QLabel *m_blockedBanner = nullptr;
    QLabel *m_noRequests = nullptr;
    QVBoxLayout *m_cards = nullptr;
    QHash<QString, ConsentRequestCard *> m_cardById;

    // Side pane.
    QLabel *m_sideNumber = nullptr;
    QLabel *m_sideDevice = nullptr;
    QLabel *m_sideCredential = nullptr;
    QLabel *m_sideState = nullptr;
    QPushButton *m_resetButton = nullptr;
    QListWidget *m_activity = nullptr;
    QLabel *m_activityEmpty = nullptr;
};

} // namespace mid::ui
