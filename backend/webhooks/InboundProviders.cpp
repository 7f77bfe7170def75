#include "InboundProviders.h"

#include "crypto/Pem.h"

#include <QJsonArray>

namespace mid {

QString InboundProviders::problem(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return {};
    QString why;
    if (name == QLatin1String("stripeWebhookSecret")) {
        if (!value.startsWith(QLatin1String("whsec_")) || value.size() < 10)
            return QStringLiteral("stripeWebhookSecret must be the endpoint's signing secret "
                                  "(whsec_…)");
    } else if (name == QLatin1String("appStoreRootCertificates")) {
        if (!Pem::certificates(value.toUtf8(), &why))
            return QStringLiteral("appStoreRootCertificates: %1").arg(why);
    } else if (name == QLatin1String("playStoreJwks")) {
        if (!PlayStore::parseJwks(value.toUtf8(), &why))
            return QStringLiteral("playStoreJwks: %1").arg(why);
    } else if (name == QLatin1String("playStoreToken")) {
        if (value.size() < 16)
            return QStringLiteral("playStoreToken must be at least 16 characters");
    }
    return {};
}

InboundProviders InboundProviders::from(const InboundSettings &settings, QString *why)
{
    InboundProviders out;
    out.m_settings = settings;
    QStringList problems;
    for (const InboundSettings::Field &f : InboundSettings::fields()) {
        const QString text = settings.*(f.member);
        const QString p = problem(QString::fromLatin1(f.name), text);
        if (!p.isEmpty()) {
            problems << p;
            out.m_settings.*(f.member) = QString();
        }
    }
    QString ignored;
    if (const auto roots =
            Pem::certificates(out.m_settings.appStoreRootCertificates.toUtf8(), &ignored))
        out.m_roots = *roots;
    if (const auto jwks = PlayStore::parseJwks(out.m_settings.playStoreJwks.toUtf8(), &ignored))
        out.m_jwks = *jwks;
    if (why)
        *why = problems.join(QStringLiteral("; "));
    return out;
}

QJsonObject InboundProviders::view() const
{
    auto set = [](bool isSet) { return QJsonObject{{QStringLiteral("set"), isSet}}; };
    auto valueOrNull = [](const QString &v) {
        return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    QJsonArray certificates;
    for (const QByteArray &der : m_roots)
        certificates.append(QJsonObject{{QStringLiteral("subject"), Pem::subject(der)},
                                        {QStringLiteral("sha256"), Pem::fingerprintSha256(der)}});
    QJsonObject roots = set(!m_roots.isEmpty());
    roots.insert(QStringLiteral("certificates"), certificates);
    QStringList kids = m_jwks.keys();
    kids.sort();
    QJsonObject jwks = set(!m_jwks.isEmpty());
    jwks.insert(QStringLiteral("kids"), QJsonArray::fromStringList(kids));
    return {{QStringLiteral("stripeWebhookSecret"), set(stripeConfigured())},
            {QStringLiteral("appStoreRootCertificates"), roots},
            {QStringLiteral("appStoreBundleId"), valueOrNull(m_settings.appStoreBundleId)},
            {QStringLiteral("playStoreAudience"), valueOrNull(m_settings.playStoreAudience)},
            {QStringLiteral("playStoreJwks"), jwks},
            {QStringLiteral("playStoreToken"), set(playTokenConfigured())}};
}

} // namespace mid
