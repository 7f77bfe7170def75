#include "StorageError.h"

#include <QSqlError>

Q_LOGGING_CATEGORY(lcDb, "mid.storage")

namespace mid {

namespace {
// SQLite's primary result codes (an extended code keeps its primary one in the low byte).
enum SqliteCode
{
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoError = 10,
    kFull = 13,
    kCantOpen = 14,
    kConstraint = 19,
};

StorageError::Cause causeOfCode(int code)
{
    switch (code & 0xff) {
    case kBusy:
    case kLocked:
    case kReadOnly:
    case kFull:
    case kCantOpen:
    case kIoError:
        return StorageError::Cause::Unavailable;
    case kConstraint:
        return StorageError::Cause::ConstraintBroken;
    default:
        return StorageError::Cause::Failed;
    }
}

StorageError::Cause causeOf(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric) // no SQLite code at all: the driver never reached the file
        return error.type() == QSqlError::ConnectionError ? StorageError::Cause::Unavailable
                                                          : StorageError::Cause::Failed;
    return causeOfCode(code);
}

ServiceError asServiceError(StorageError::Cause cause)
{
    // A broken constraint is Internal, not Conflict: every write runs on the server thread
    // after its service checked for duplicates, so one reaching SQLite is a fault of ours.
    if (cause == StorageError::Cause::Unavailable)
        return {ServiceError::Kind::Unavailable,
                QStringLiteral("The database is busy or unreachable; try again shortly")};
    return ServiceError::internal(QStringLiteral("internal error"));
}
} // namespace

StorageError::StorageError(Cause cause, QString driverText)
    : ServiceError(asServiceError(cause)), m_cause(cause), m_driverText(std::move(driverText))
{
}

StorageError StorageError::fromSql(const QSqlError &error, const QString &context)
{
    StorageError e(causeOf(error), error.text());
    qCWarning(lcDb).noquote() << context << "failed:" << e.driverText();
    return e;
}

StorageError StorageError::fromSqlite(int code, const char *message, const QString &context)
{
    StorageError e(causeOfCode(code), QString::fromUtf8(message));
    qCWarning(lcDb).noquote() << context << "failed:" << e.driverText();
    return e;
}

} // namespace mid
