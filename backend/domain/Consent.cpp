#include "Consent.h"

#include "Webhook.h"

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

bool isAllowedCallbackUrl(const QString &text)
{
    return WebhookRules::isAllowedUrl(text);
}

} // namespace mid::ConsentRules
