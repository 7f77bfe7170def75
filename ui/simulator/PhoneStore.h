#pragma once

#include "client/SoftwareAuthenticator.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace mid::ui {

// What a simulated phone keeps across restarts: who it is to the server and its passkey.
struct SavedPhone
{
    QString mobile;
    QString localDeviceId; // what the app generated on first start
    QString deviceId;      // what the server calls the device after registration (dev_…)
    QString credentialId;
    QString status; // active, blocked
    QString blockReason;
    SoftwareAuthenticator authenticator;
    // The MPin identity (§8) a verification link activated on this phone; empty for a phone
    // that enrolled its number.
    QString mpinUserId;
    QString hashMPinId;
};

// The simulated phones registered with one server, kept in the console's settings: one per
// number, and which number the phone used last (it comes back as it was after a restart).
//
// A saved phone holds the passkey's private key, unencrypted (SoftwareAuthenticator::toJson).
// What a real phone keeps in its secure hardware, this simulated one keeps in the console's
// own settings (QSettings: the user's configuration directory, e.g.
// ~/.config/mid/mid-console.conf), readable by that user only as far as the file's mode
// allows. It is a demonstration phone: never register it for a real person's account.
class PhoneStore
{
public:
    explicit PhoneStore(const QUrl &server);

    // Saves the phone and makes it the current one.
    void save(const SavedPhone &phone);
    // The phone saved for `mobile`; nullopt when there is none, or, with *damage saying why
    // (never empty then), when what is saved for it cannot be read back.
    std::optional<SavedPhone> load(const QString &mobile, QString *damage) const;
    void forget(const QString &mobile);

    QString current() const;
    void clearCurrent();

private:
    QString m_group; // simulator/<host>_<port>
};

} // namespace mid::ui
