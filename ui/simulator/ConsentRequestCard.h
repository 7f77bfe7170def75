#pragma once

#include <QFrame>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace mid::ui {

// One incoming consent request on the simulated phone's screen: who asks (client), for
// what (intent, scope; for a signature or a mandate, the document, the reason and its
// SHA-256), how long it stays open, and Approve / Reject. Once decided (here or elsewhere) or
// expired, the buttons give way to the outcome.
class ConsentRequestCard : public QFrame
{
    Q_OBJECT
public:
    // `clientName` is what the person recognises; the consent's own clientName wins.
    ConsentRequestCard(const QJsonObject &consent, const QString &clientName,
                       QWidget *parent = nullptr);

    QString sessionId() const { return m_id; }
    QString status() const { return m_status; }
    bool isOpen() const { return m_status == QLatin1String("pending") && !m_busy; }
    bool isFinished() const { return m_status != QLatin1String("pending"); }

    void setClientName(const QString &name);
    // Applies a newer state of the same consent (event or answer).
    void update(const QJsonObject &consent);
    // Refreshes the countdown; past expiry the card reads "Expired" even before the event.
    void tick();
    // While the phone talks to the server: buttons disabled, a line says what happens.
    void setBusy(const QString &what);
    // The phone's attempt failed: the server's (or the authenticator's) message.
    void setError(const QString &message);

    static QString intentLabel(const QString &intent);
    // What a consent asks the person to do, in words: "Sign mandate.pdf" for a signing or
    // mandate consent whose metadata names the document, else intentLabel().
    static QString requestLabel(const QJsonObject &consent);

Q_SIGNALS:
    void decisionRequested(const QString &sessionId, bool approve);

private:
    void showStatus();
    void showDocument(const QJsonObject &metadata);

    QString m_id;
    QString m_status;
    qint64 m_expiresMs = 0;
    bool m_busy = false;
    QLabel *m_client;
    QLabel *m_intent;
    QLabel *m_scope;
    QLabel *m_reason;
    QLabel *m_sha256;
    QLabel *m_countdown;
    QLabel *m_outcome;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace mid::ui
