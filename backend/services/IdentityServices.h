#pragma once

#include "DeviceService.h"
#include "EnrollmentService.h"
#include "FidoService.h"
#include "MessageChannel.h"

namespace mid {

class ConsentService;
class Database;
class Outbox;
struct ServerConfig;

// The people side of the box, wired together: the message channel, devices, enrollments and
// the FIDO2 relying party (§3–§5), in the order they depend on each other.
class IdentityServices
{
public:
    IdentityServices(Database &db, Outbox &outbox, ConsentService &consents,
                     const QByteArray &dataKey, const ServerConfig &config);

    MessageChannel messages;
    DeviceService devices;
    EnrollmentService enrollments;
    FidoService fido;

    // The relying party of a server started with `config`: RP id and origins from the
    // settings (default: the public URL's host and origin); UV required; ES256, RS256, EdDSA.
    static fido::RelyingParty relyingParty(const ServerConfig &config);
};

} // namespace mid
