#include "Clock.h"

#include <QDateTime>

namespace mid {

namespace {
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

const SystemClock kSystemClock;
std::atomic<const Clock *> g_installed{&kSystemClock};
} // namespace

const Clock &Clock::current()
{
    return *g_installed.load();
}

const Clock *Clock::install(const Clock *clock)
{
    return g_installed.exchange(clock ? clock : &kSystemClock);
}

ClockJumps &ClockJumps::instance()
{
    static ClockJumps jumps;
    return jumps;
}

ManualClock::ManualClock() : ManualClock(Clock::current().nowMs())
{
}

ManualClock::ManualClock(qint64 startMs) : m_ms(startMs), m_previous(install(this))
{
}

ManualClock::~ManualClock()
{
    install(m_previous);
}

void ManualClock::setMs(qint64 ms)
{
    m_ms.store(ms);
    Q_EMIT ClockJumps::instance().jumped();
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    m_ms.fetch_add(by.count());
    Q_EMIT ClockJumps::instance().jumped();
}

} // namespace mid
