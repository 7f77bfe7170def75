#pragma once

#include "core/ServiceError.h"

#include <QLoggingCategory>

class QSqlError;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace mid {

// What the database layer reports when SQLite fails a statement. It is a ServiceError, so a
// use case passes it on untouched and every caller above (the HTTP layer's table, a timer, a
// worker) handles it like any failure: kind Unavailable when the database is busy or cannot
// be reached (it may pass: try again), Internal otherwise. Its message is fixed; the driver's
// own words stay in driverText(), for the log and for an operator's start-up error, and never
// reach a client (they may quote SQL).
class StorageError : public ServiceError
{
public:
    enum class Cause
    {
        Unavailable,      // busy or locked past the busy timeout, cannot open, disk full, I/O
        ConstraintBroken, // a UNIQUE, FOREIGN KEY, NOT NULL or CHECK rule refused a row
        Failed,           // anything else: a statement that does not prepare or run
    };

    StorageError(Cause cause, QString driverText);
    // Classifies what the driver reported and logs it under mid.storage with `context` (what
    // was being done; SQL text at most, never a bound value).
    static StorageError fromSql(const QSqlError &error, const QString &context);
    // The same for a result code of SQLite's own API and its message.
    static StorageError fromSqlite(int code, const char *message, const QString &context);

    Cause cause() const { return m_cause; }
    const QString &driverText() const { return m_driverText; }

    const char *what() const noexcept override { return "mid::StorageError"; }

private:
    Cause m_cause;
    QString m_driverText;
};

} // namespace mid
