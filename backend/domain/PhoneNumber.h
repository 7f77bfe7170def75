#pragma once

#include <QString>

namespace mid::PhoneNumber {

// The one E.164 rule (ITU-T E.164) that the server, the console's dialogs and the device
// simulator all apply: '+', a country code that does not start with 0, and 8 to 15 digits
// in all. Depends on QtCore only, so the console may link it without the backend.
bool isE164(const QString &number);

// What public pages show of a number (whoever holds the link sees it): the '+' and the last
// four digits, enough for its owner to recognise it.
QString masked(const QString &number);

} // namespace mid::PhoneNumber
