#include "IdentityDocument.h"

namespace mid::IdentityRules {

QString statusName(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Pending:
        return QStringLiteral("pending");
    case VerificationStatus::Verified:
        return QStringLiteral("verified");
    case VerificationStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<VerificationStatus> parseStatus(const QString &name)
{
    for (auto s : {VerificationStatus::Pending, VerificationStatus::Verified,
                   VerificationStatus::Rejected}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

const QStringList &verificationTypes()
{
    static const QStringList types = {QStringLiteral("passport"), QStringLiteral("id_card"),
                                      QStringLiteral("driving_licence"),
                                      QStringLiteral("residence_permit")};
    return types;
}

const QStringList &signingIntents()
{
    static const QStringList intents = {QStringLiteral("signing"), QStringLiteral("mandate")};
    return intents;
}

QString cleanFilename(const QString &given)
{
    QString name = given.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    name.removeIf([](QChar c) {
        return c.category() == QChar::Other_Control || c == QLatin1Char('"') ||
               c == QLatin1Char('\'');
    });
    return name.trimmed().left(kMaxFilenameLength);
}

QJsonObject checkJson(const VerificationCheck &check)
{
    return {{QStringLiteral("name"), check.name},
            {QStringLiteral("status"), check.status},
            {QStringLiteral("detail"), check.detail}};
}

QJsonArray checksJson(const QList<VerificationCheck> &checks)
{
    QJsonArray out;
    for (const VerificationCheck &c : checks)
        out.append(checkJson(c));
    return out;
}

QList<VerificationCheck> checksFrom(const QJsonArray &array)
{
    QList<VerificationCheck> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("status")).toString(),
                    o.value(QStringLiteral("detail")).toString()});
    }
    return out;
}

} // namespace mid::IdentityRules
