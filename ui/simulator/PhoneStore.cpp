#include "PhoneStore.h"

#include "models/JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

namespace mid::ui {

namespace {

QString groupFor(const QUrl &server)
{
    QString name = QStringLiteral("%1_%2").arg(server.host()).arg(server.port());
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStringLiteral("simulator/") + name;
}

// QSettings keys cannot hold '+': a number is saved under its digits.
QString keyFor(const QString &mobile)
{
    return QStringLiteral("phones/") + mobile.mid(1);
}

const QString kCurrent = QStringLiteral("current");

} // namespace

PhoneStore::PhoneStore(const QUrl &server) : m_group(groupFor(server))
{
}

void PhoneStore::save(const SavedPhone &phone)
{
    const QJsonObject saved{{QStringLiteral("mobile"), phone.mobile},
                            {QStringLiteral("localDeviceId"), phone.localDeviceId},
                            {QStringLiteral("deviceId"), phone.deviceId},
                            {QStringLiteral("credentialId"), phone.credentialId},
                            {QStringLiteral("status"), phone.status},
                            {QStringLiteral("blockReason"), phone.blockReason},
                            {QStringLiteral("authenticator"), phone.authenticator.toJson()},
                            {QStringLiteral("mpinUserId"), phone.mpinUserId},
                            {QStringLiteral("hashMPinId"), phone.hashMPinId}};
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(keyFor(phone.mobile),
                      QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
    settings.setValue(kCurrent, phone.mobile);
}

std::optional<SavedPhone> PhoneStore::load(const QString &mobile, QString *damage) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    const QString json = settings.value(keyFor(mobile)).toString();
    if (json.isEmpty())
        return std::nullopt;
    const QJsonObject saved = QJsonDocument::fromJson(json.toUtf8()).object();
    auto authenticator = SoftwareAuthenticator::fromJson(
        saved.value(QStringLiteral("authenticator")).toObject(), damage);
    if (!authenticator || jsonText(saved, "deviceId").isEmpty()) {
        if (damage && damage->isEmpty())
            *damage = QStringLiteral("no device id"); // saved, so not the same as none
        return std::nullopt;
    }
    return SavedPhone{mobile,
                      jsonText(saved, "localDeviceId"),
                      jsonText(saved, "deviceId"),
                      jsonText(saved, "credentialId"),
                      jsonText(saved, "status"),
                      jsonText(saved, "blockReason"),
                      std::move(*authenticator),
                      jsonText(saved, "mpinUserId"),
                      jsonText(saved, "hashMPinId")};
}

void PhoneStore::forget(const QString &mobile)
{
    QSettings settings;
    settings.beginGroup(m_group);
    settings.remove(keyFor(mobile));
    if (settings.value(kCurrent).toString() == mobile)
        settings.remove(kCurrent);
}

QString PhoneStore::current() const
{
    return QSettings().value(m_group + QLatin1Char('/') + kCurrent).toString();
}

void PhoneStore::clearCurrent()
{
    QSettings().remove(m_group + QLatin1Char('/') + kCurrent);
}

} // namespace mid::ui
