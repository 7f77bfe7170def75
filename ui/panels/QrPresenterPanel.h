#pragma once

#include "panels/Panel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QComboBox;
class QLabel;
class QPushButton;

namespace mid {
struct StreamEvent;
}

namespace mid::ui {

class ClientDirectory;
class QrView;

// Shows one consent session's QR code large, for a phone or an audience: pick a pending
// session or start a new one, watch its state change live (pending → scanned → approved ✓ /
// rejected ✗ / expired / revoked) with a countdown to expiry, go full screen for a projector,
// save the code as PNG or SVG, or copy the approval link. "Set up this phone" shows instead the
// code of the box's /setup page, which walks a phone through trusting the box's certificate and
// approving with a passkey.
class QrPresenterPanel : public Panel
{
    Q_OBJECT
public:
    explicit QrPresenterPanel(ServerSession &session, QWidget *parent = nullptr);
    ~QrPresenterPanel() override;

    QString title() const override { return tr("QR presenter"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/ui/icons/qr.svg")); }
    void reload() override;

    // Shows this session (the main window calls it for "Show in QR presenter").
    void present(const QString &consentId);
    QString presentedId() const { return m_presentedId; }
    // Fetches the presented session's code as `format` ("png", 1024 px, or "svg") and writes
    // it to `path`. False when there is nothing to save or the format is unknown; otherwise
    // the outcome arrives as imageSaved or saveFailed (and is shown in the panel).
    bool saveImage(const QString &path, const QString &format);
    bool isFullScreenShown() const;
    // Whether the set-up code is shown (instead of the session's), and the address it encodes.
    bool isShowingSetup() const { return m_showingSetup; }
    QString setupUrl() const;

Q_SIGNALS:
    void imageSaved(const QString &path);
    void saveFailed(const QString &error);

private:
    class FullScreenView;
    // The widgets one rendering of the session goes to (the panel and the full-screen view).
    struct Display
    {
        QrView *view;
        QLabel *state;
        QLabel *countdown;
    };

    QWidget *buildPicker();
    QWidget *buildInfo();
    QWidget *buildButtons();
    void toggleSetup();
    void showSetup();
    void showSession();
    // Leaves the set-up code's mode without touching the view (a session is shown next).
    void endSetup();
    void loadPending();
    void onEvent(const mid::StreamEvent &event);
    void trackPending(const QJsonObject &consent);
    void addArrival(const QJsonObject &consent);
    void flushArrivals();
    QString pickerText(const QJsonObject &consent) const;
    void syncPicker();
    void fetchImage();
    void setConsent(const QJsonObject &consent);
    void refresh();
    void render(const Display &display) const;
    void tick();
    QString countdownText() const;
    qint64 secondsLeft() const;
    void showMessage(const QString &text, bool error);
    void toggleFullScreen();
    void askSave(const QString &format);
    void copyLink();
    void newSession();

    ClientDirectory *m_clients;
    QTimer m_countdown; // repaints the countdown only; states arrive as events
    QString m_presentedId;
    QJsonObject m_consent;
    QByteArray m_image; // the SVG shown, handed to the full-screen view

    QComboBox *m_picker = nullptr;
    static constexpr int kPickerLimit = 100;
    QSet<QString> m_pickerIds;     // the ids listed in m_picker
    QList<QJsonObject> m_arrivals; // new pending sessions waiting for the next picker update
    QSet<QString> m_arrivalIds;
    QTimer m_arrivalsFlush;
    static constexpr int kArrivalsMs = 250;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_setupButton = nullptr;
    QWidget *m_info = nullptr;
    QLabel *m_setupCaption = nullptr;
    bool m_showingSetup = false;
    Display m_display{};
    QLabel *m_recipient = nullptr;
    QLabel *m_client = nullptr;
    QLabel *m_intent = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_fullScreenButton = nullptr;
    QPushButton *m_savePngButton = nullptr;
    QPushButton *m_saveSvgButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPointer<FullScreenView> m_fullScreen;
};

} // namespace mid::ui
