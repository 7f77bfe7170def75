#include "WebhookEvents.h"

namespace mid {

const QStringList &webhookEventNames()
{
    static const QStringList e = {QStringLiteral("consent.created"),
                                  QStringLiteral("consent.approved"),
                                  QStringLiteral("consent.rejected"),
                                  QStringLiteral("consent.expired"),
                                  QStringLiteral("consent.revoked"),
                                  QStringLiteral("auth.success"),
                                  QStringLiteral("auth.failed"),
                                  QStringLiteral("device.registered"),
                                  QStringLiteral("device.deregistered"),
                                  QStringLiteral("device.blocked"),
                                  QStringLiteral("enrollment.completed"),
                                  QStringLiteral("mandate.signed"),
                                  QStringLiteral("authentication.completed"),
                                  QStringLiteral("verification.completed"),
                                  QStringLiteral("signing.completed"),
                                  QStringLiteral("ping")};
    return e;
}

} // namespace mid
