#include "DemoMode.h"

#include "ClientService.h"
#include "crypto/KeyFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace mid {

namespace {
const QStringList kRecipients = {QStringLiteral("+2348012345678"), QStringLiteral("+447700900123"),
                                 QStringLiteral("+14155550142"), QStringLiteral("+33612345678")};
const QStringList kIntents = {QStringLiteral("login"), QStringLiteral("transaction"),
                              QStringLiteral("data_sharing"), QStringLiteral("login")};
} // namespace

DemoMode::DemoMode(ClientService &clients, QString baseUrl, QString dataDir, QObject *parent)
    : QObject(parent), m_clients(clients), m_baseUrl(std::move(baseUrl)),
      m_dataDir(std::move(dataDir))
{
    connect(&m_timer, &QTimer::timeout, this, &DemoMode::tick);
}

bool DemoMode::seed(QString *error)
{
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("demo-credentials.json"));
    if (m_clients.list().isEmpty()) {
        QJsonArray tenants;
        const QList<QPair<QString, QString>> samples = {
            {QStringLiteral("Demo Bank"), QStringLiteral("growth")},
            {QStringLiteral("Acme Shop"), QStringLiteral("free")},
            {QStringLiteral("Northwind Telecom"), QStringLiteral("enterprise")}};
        for (const auto &[name, plan] : samples) {
            ClientInput in;
            in.name = name;
            in.plan = plan;
            const auto issued = m_clients.create(in);
            tenants.append(QJsonObject{{QStringLiteral("name"), name},
                                       {QStringLiteral("clientId"), issued.client.clientId},
                                       {QStringLiteral("apiKey"), issued.apiKey},
                                       {QStringLiteral("clientSecret"), issued.clientSecret}});
        }
        if (!KeyFiles::writePrivate(path, QJsonDocument(tenants).toJson(), error))
            return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // tenants made by hand: no live traffic without a demo key
    const QJsonArray tenants = QJsonDocument::fromJson(file.readAll()).array();
    for (const auto &t : tenants) {
        const QJsonObject o = t.toObject();
        if (m_clients.find(o.value(QStringLiteral("clientId")).toString())) {
            m_clientId = o.value(QStringLiteral("clientId")).toString();
            m_apiKey = o.value(QStringLiteral("apiKey")).toString();
            break;
        }
    }
    return true;
}

void DemoMode::startTraffic(int intervalMs)
{
    if (!m_apiKey.isEmpty())
        m_timer.start(intervalMs);
}

void DemoMode::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("X-Client-ID", m_clientId.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("MID-Demo/1.0"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const QJsonObject data = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        const QString id = data.value(QStringLiteral("sessionId")).toString();
        if (!id.isEmpty() &&
            data.value(QStringLiteral("status")).toString() == QLatin1String("pending") &&
            !m_recentConsents.contains(id)) {
            m_recentConsents.append(id);
            if (m_recentConsents.size() > 20)
                m_recentConsents.removeFirst();
        }
        reply->deleteLater();
    });
}

void DemoMode::tick()
{
    ++m_tick;
    // Mostly new sessions (which expire unless a device decides them), now and then a read
    // and a revocation, so every panel has something moving.
    if (m_tick % 5 == 0 && !m_recentConsents.isEmpty()) {
        send("DELETE", QStringLiteral("/v1/consents/") + m_recentConsents.takeFirst(), {});
        return;
    }
    if (m_tick % 3 == 0 && !m_recentConsents.isEmpty()) {
        send("GET", QStringLiteral("/v1/consents/") + m_recentConsents.constLast(), {});
        return;
    }
    const QJsonObject body{
        {QStringLiteral("recipient"), kRecipients.at(m_tick % kRecipients.size())},
        {QStringLiteral("intent"), kIntents.at(m_tick % kIntents.size())},
        {QStringLiteral("scope"), QJsonArray{QStringLiteral("name"), QStringLiteral("phone")}},
        {QStringLiteral("expiresIn"), 60},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("demo"), true}}}};
    send("POST", QStringLiteral("/v1/consents/auth"),
         QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace mid
