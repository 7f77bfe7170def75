#pragma once

#include <QByteArray>

namespace mid::HttpStatus {

// The one reason-phrase table (RFC 9110 §15), for status lines we write ourselves and for an
// envelope whose handler gave no message.
QByteArray reasonPhrase(int status);

} // namespace mid::HttpStatus
