#pragma once

#include <QThreadPool>

namespace mid {

// The threads that take slow work off the server thread (password hashing, integrity walks
// over the audit table), so one such request never holds up the others. A server waits for
// them before it stops.
QThreadPool &workerPool();

} // namespace mid
