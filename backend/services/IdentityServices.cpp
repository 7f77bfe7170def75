#include "IdentityServices.h"

#include "core/Config.h"

namespace mid {

IdentityServices::IdentityServices(Database &db, EventBus &bus, ConsentService &consents,
                                   const QByteArray &dataKey, const ServerConfig &config)
    : messages(db, bus), devices(db, bus),
      enrollments(db, devices.store(), messages, bus, dataKey, config.demo),
      fido(db, devices, enrollments, consents, bus, relyingParty(config))
{
}

fido::RelyingParty IdentityServices::relyingParty(const ServerConfig &config)
{
    fido::RelyingParty rp;
    rp.rpId = config.effectiveRpId();
    rp.allowedOrigins = config.effectiveRpOrigins();
    rp.requireUserVerification = true;
    return rp;
}

} // namespace mid
