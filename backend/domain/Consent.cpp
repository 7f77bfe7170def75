#include "Consent.h"

#include <QHostAddress>
#include <QUrl>

namespace mid::ConsentRules {

QString statusName(ConsentStatus s)
{
    switch (s) {
    case ConsentStatus::Pending:
        return QStringLiteral("pending");
    case ConsentStatus::Approved:
        return QStringLiteral("approved");
    case ConsentStatus::Rejected:
        return QStringLiteral("rejected");
    case ConsentStatus::Expired:
        return QStringLiteral("expired");
    case ConsentStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<ConsentStatus> parseStatus(const QString &name)
{
    for (auto s : {ConsentStatus::Pending, ConsentStatus::Approved, ConsentStatus::Rejected,
                   ConsentStatus::Expired, ConsentStatus::Revoked}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

const QStringList &intents()
{
    static const QStringList i = {
        QStringLiteral("login"),        QStringLiteral("transaction"),
        QStringLiteral("data_sharing"), QStringLiteral("identity_verification"),
        QStringLiteral("signing"),      QStringLiteral("mandate")};
    return i;
}

bool canTransition(ConsentStatus from, ConsentStatus to)
{
    switch (from) {
    case ConsentStatus::Pending:
        return to != ConsentStatus::Pending;
    case ConsentStatus::Approved:
        return to == ConsentStatus::Revoked;
    case ConsentStatus::Rejected:
    case ConsentStatus::Expired:
    case ConsentStatus::Revoked:
        return false;
    }
    return false;
}

qint64 expiryFrom(qint64 nowMs, int expiresInSeconds)
{
    const qint64 at = nowMs + qint64(expiresInSeconds) * 1000;
    return (at + 999) / 1000 * 1000;
}

QString maskedNumber(const QString &number)
{
    const qsizetype keep = qMin<qsizetype>(4, number.size());
    const bool plus = number.startsWith(QLatin1Char('+'));
    const qsizetype hidden = qMax<qsizetype>(0, number.size() - keep - (plus ? 1 : 0));
    return (plus ? QStringLiteral("+") : QString()) + QString(hidden, QChar(0x2022)) +
           number.right(keep);
}

bool isE164(const QString &number)
{
    // '+', a non-zero country digit, 7 to 14 more digits (ITU-T E.164: at most 15 digits).
    if (number.size() < 9 || number.size() > 16 || number.at(0) != QLatin1Char('+'))
        return false;
    if (number.at(1) < QLatin1Char('1') || number.at(1) > QLatin1Char('9'))
        return false;
    for (qsizetype i = 2; i < number.size(); ++i) {
        if (!number.at(i).isDigit() || number.at(i).unicode() > 127)
            return false;
    }
    return true;
}

bool isAllowedCallbackUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QHostAddress host(url.host());
    return url.host() == QLatin1String("localhost") || host.isLoopback();
}

} // namespace mid::ConsentRules
