#include "IdentityServices.h"

#include "core/Config.h"

namespace mid {

IdentityServices::IdentityServices(Database &db, Outbox &outbox, ConsentService &consents,
                                   ClientService &clients, SigningKeyService &keys,
                                   const QByteArray &dataKey, const ServerConfig &config)
    : messages(db, outbox), devices(db, outbox),
      enrollments(db, devices.store(), messages, outbox, dataKey, config.demo),
      mpin(db, clients, devices.store(), keys, config.effectivePublicUrl()),
      documents(db, config.dataDir, dataKey), verifications(db, documents, outbox),
      signing(db, consents, documents, outbox, keys, config.effectivePublicUrl()),
      fido(db, devices, enrollments, mpin, consents, signing, outbox, relyingParty(config))
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
