#include "DocumentVault.h"

#include "StorageError.h"
#include "crypto/AesGcm.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace mid {

DocumentVault::DocumentVault(QString directory, QByteArray dataKey)
    : m_directory(std::move(directory)), m_dataKey(std::move(dataKey))
{
}

QString DocumentVault::pathOf(const QString &id) const
{
    // Ids are ours (doc_ + base62), never a path a client chose.
    return m_directory + QLatin1Char('/') + id;
}

void DocumentVault::write(const QString &id, const QByteArray &plaintext) const
{
    if (!QDir().mkpath(m_directory))
        throw StorageError(StorageError::Cause::Unavailable,
                           QStringLiteral("cannot create the document directory ") + m_directory);
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(pathOf(id));
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(StorageError::Cause::Unavailable,
                           QStringLiteral("cannot write document ") + id + QStringLiteral(": ") +
                               file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray sealed = AesGcm::seal(m_dataKey, plaintext, id.toLatin1());
    if (file.write(sealed) != sealed.size() || !file.commit())
        throw StorageError(StorageError::Cause::Unavailable,
                           QStringLiteral("cannot write document ") + id + QStringLiteral(": ") +
                               file.errorString());
}

std::optional<QByteArray> DocumentVault::read(const QString &id) const
{
    QFile file(pathOf(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return AesGcm::open(m_dataKey, file.readAll(), id.toLatin1());
}

bool DocumentVault::remove(const QString &id)
{
    QFile file(pathOf(id));
    return !file.exists() || file.remove();
}

} // namespace mid
