#pragma once

#include "DeviceService.h"
#include "DocumentService.h"
#include "EnrollmentService.h"
#include "FidoService.h"
#include "MessageChannel.h"
#include "MpinService.h"
#include "SigningService.h"
#include "VerificationService.h"

namespace mid {

class ClientService;
class ConsentService;
class Database;
class SigningKeyService;
class Outbox;
struct ServerConfig;

// The people side of the box, wired together: the message channel, devices, enrollments, the
// MPin identities of §8, identity documents, verifications and signing sessions (§10) and the
// FIDO2 relying party (§3–§5), in the order they depend on each other.
class IdentityServices
{
public:
    IdentityServices(Database &db, Outbox &outbox, ConsentService &consents, ClientService &clients,
                     SigningKeyService &keys, const QByteArray &dataKey,
                     const ServerConfig &config);

    MessageChannel messages;
    DeviceService devices;
    EnrollmentService enrollments;
    MpinService mpin;
    DocumentService documents;
    VerificationService verifications;
    SigningService signing;
    FidoService fido;

    // The relying party of a server started with `config`: RP id and origins from the
    // settings (default: the public URL's host and origin); UV required; ES256, RS256, EdDSA.
    static fido::RelyingParty relyingParty(const ServerConfig &config);
};

} // namespace mid
