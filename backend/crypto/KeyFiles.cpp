#include "KeyFiles.h"

#include "Random.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace mid::KeyFiles {

bool writePrivate(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QByteArray loadOrCreateDataKey(const QString &dataDir, const QString &masterKeyBase64,
                               QString *error)
{
    if (!masterKeyBase64.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            masterKeyBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            *error = QStringLiteral("MID_MASTER_KEY must be 32 bytes in base64");
            return {};
        }
        return decoded.decoded;
    }
    const QString path = QDir(dataDir).filePath(QStringLiteral("data.key"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
        const QByteArray key = file.readAll();
        if (key.size() != 32) {
            *error = QStringLiteral("%1 is not a 32-byte key; refusing to guess").arg(path);
            return {};
        }
        return key;
    }
    const QByteArray key = Random::bytes(32);
    if (!writePrivate(path, key, error))
        return {};
    return key;
}

} // namespace mid::KeyFiles
