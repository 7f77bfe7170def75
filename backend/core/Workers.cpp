#include "Workers.h"

namespace mid {

QThreadPool &workerPool()
{
    // Its own pool, not the global one: a server that stops waits for this work only.
    static QThreadPool pool;
    return pool;
}

} // namespace mid
