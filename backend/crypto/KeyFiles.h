#pragma once

#include <QByteArray>
#include <QString>

namespace mid::KeyFiles {

// Writes a file readable by its owner only (0600), creating it atomically.
bool writePrivate(const QString &path, const QByteArray &content, QString *error);

// The data key of §0: base64 from MID_MASTER_KEY if given, else <dataDir>/data.key,
// created with 32 random bytes on first start. Empty with *error set when unusable.
QByteArray loadOrCreateDataKey(const QString &dataDir, const QString &masterKeyBase64,
                               QString *error);

} // namespace mid::KeyFiles
