#include "ServerSession.h"

#include "client/CertificatePin.h"

#include <QJsonArray>

namespace mid::ui {

ServerSession::ServerSession(QObject *parent) : QObject(parent)
{
    connect(&m_events, &EventStream::eventReceived, this, [this](const StreamEvent &event) {
        // After a reconnect the server says whether it could replay what we missed; when it
        // could not (it restarted, or we were away too long), every panel loads afresh.
        if (event.type == QLatin1String("stream.hello") && m_announced &&
            !event.data.value(QStringLiteral("replayed")).toBool())
            readOverview();
        Q_EMIT eventReceived(event);
    });
    connect(&m_events, &EventStream::stateChanged, this,
            [this](EventStream::State state, const QString &reason) {
                if (state == EventStream::State::Connected) {
                    Q_EMIT linkChanged(true, {});
                    if (!m_announced)
                        readOverview();
                } else if (state == EventStream::State::Disconnected) {
                    Q_EMIT linkChanged(false, reason);
                }
            });
    connect(&m_api, &AdminClient::unauthorized, this, &ServerSession::loginRequired);
}

void ServerSession::connectTo(const QUrl &baseUrl, const QString &operatorToken, bool remote,
                              const QString &pinnedFingerprint)
{
    m_announced = false;
    m_role.clear();
    m_webhookEvents.clear();
    m_operatorName.clear();
    m_publicUrl.clear();
    m_api.setServer(baseUrl, operatorToken, remote, pinnedFingerprint);
    m_events.open(baseUrl, operatorToken, pinnedFingerprint);
    Q_EMIT securityChanged();
}

void ServerSession::disconnectFromServer()
{
    m_events.close();
    m_api.setServer({}, {}, false, {});
    Q_EMIT securityChanged();
}

void ServerSession::certificateReplaced(const QString &fingerprint)
{
    if (!isEncrypted() || fingerprint.isEmpty() || fingerprint == certificateFingerprint())
        return;
    m_api.setPinnedFingerprint(fingerprint);
    m_events.setPinnedFingerprint(fingerprint);
    if (isRemote())
        CertificatePin::store(baseUrl(), fingerprint);
    Q_EMIT securityChanged();
}

void ServerSession::readOverview()
{
    m_api.overview(this, [this](const ApiResult &r) {
        if (!r.ok())
            return; // the stream's state already tells what is wrong
        const QJsonObject you = r.object().value(QStringLiteral("operator")).toObject();
        m_role = you.value(QStringLiteral("role")).toString();
        m_operatorName = you.value(QStringLiteral("username")).toString();
        m_publicUrl = r.object()
                          .value(QStringLiteral("server"))
                          .toObject()
                          .value(QStringLiteral("publicUrl"))
                          .toString();
        m_webhookEvents.clear();
        for (const QJsonValue &e : r.object().value(QStringLiteral("webhookEvents")).toArray())
            m_webhookEvents << e.toString();
        m_announced = true;
        Q_EMIT connected();
    });
}

} // namespace mid::ui
