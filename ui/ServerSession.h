#pragma once

#include "client/AdminClient.h"
#include "client/EventStream.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace mid::ui {

// The console's connection to one MID server (the embedded one or a remote mid-server):
// the typed API client, the live event stream, and who we are logged in as. Panels hold a
// reference to it; when the console switches servers, `connected()` fires again and every
// panel reloads.
class ServerSession : public QObject
{
    Q_OBJECT
public:
    explicit ServerSession(QObject *parent = nullptr);

    // Points the API client and the event stream at a server and starts following it. With an
    // https URL, `pinnedFingerprint` is the SHA-256 of the only certificate accepted from it
    // (CertificatePin), on every request and on the event stream.
    void connectTo(const QUrl &baseUrl, const QString &operatorToken, bool remote,
                   const QString &pinnedFingerprint);
    void disconnectFromServer();
    // The server serves a new certificate, as it said over the pinned connection (Settings →
    // Regenerate or Load): follow it, and remember it for a remote server's next connections.
    void certificateReplaced(const QString &fingerprint);

    AdminClient &api() { return m_api; }
    EventStream &events() { return m_events; }
    QUrl baseUrl() const { return m_api.baseUrl(); }
    bool isRemote() const { return m_api.isRemote(); }
    // Whether the connection is encrypted (https), and the fingerprint it is held to.
    bool isEncrypted() const { return baseUrl().scheme() == QLatin1String("https"); }
    QString certificateFingerprint() const { return m_api.pinnedFingerprint(); }
    bool isConnected() const { return m_events.state() == EventStream::State::Connected; }
    // Role of the logged-in operator (admin, operator, auditor), from /admin/v1/overview.
    QString role() const { return m_role; }
    // The events a webhook endpoint may subscribe to, as the server names them (overview).
    QStringList webhookEvents() const { return m_webhookEvents; }
    QString operatorName() const { return m_operatorName; }
    // What the server's links and QR codes point at (its public URL), from the overview.
    QString publicUrl() const { return m_publicUrl; }
    bool canWrite() const { return m_role != QLatin1String("auditor"); }

Q_SIGNALS:
    // A (new) server is connected and its overview read: panels reload everything.
    void connected();
    // The live stream dropped (it is retried) or came back; panels may grey out.
    void linkChanged(bool up, const QString &reason);
    // Every event of the live stream, as it arrives.
    void eventReceived(const mid::StreamEvent &event);
    // The server answered 401: the token is no longer valid.
    void loginRequired();
    // Another server, or the same one with a new certificate: the status bar's padlock.
    void securityChanged();

private:
    void readOverview();

    AdminClient m_api;
    EventStream m_events;
    QString m_role;
    QStringList m_webhookEvents;
    QString m_operatorName;
    QString m_publicUrl;
    bool m_announced = false;
};

} // namespace mid::ui
