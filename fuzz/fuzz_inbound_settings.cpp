// What an operator pastes into the inbound webhook settings (PUT /admin/v1/settings, mid.conf,
// MID_* variables): webhooks/InboundProviders checks each value (App Store root certificates as
// PEM through crypto/Pem, the Play JWKS through PlayStore::parseJwks, the Stripe secret and the
// Play token) and builds the providers, whose view GET /admin/v1/settings shows.
#include "support/Check.h"
#include "support/FuzzSupport.h"
#include "webhooks/InboundProviders.h"

using namespace mid;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString value = QString::fromUtf8(fuzz::bytes(data, size));
    InboundSettings settings;
    for (const InboundSettings::Field &field : InboundSettings::fields()) {
        InboundProviders::problem(QString::fromLatin1(field.name), value);
        settings.*(field.member) = value;
    }
    QString why;
    const InboundProviders providers = InboundProviders::from(settings, &why);
    MID_FUZZ_CHECK(
        !providers.appStoreConfigured() ||
            InboundProviders::problem(QStringLiteral("appStoreRootCertificates"), value).isEmpty(),
        "roots configured from a value that has a problem");
    providers.view();
    return 0;
}
