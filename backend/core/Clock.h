#pragma once

#include <QObject>

#include <atomic>
#include <chrono>

namespace mid {

// The time of the server. Everything that expires or counts in windows reads it, through
// Time::nowMs(): consent sessions and their expiry timer, enrollments, their codes and
// tokens, FIDO ceremonies, QR codes, audit retention, rate-limit windows, access and operator
// token lifetimes, failed-login bans, and the times written into rows and events.
//
// Installed once per process rather than passed to each service: time is read in every
// layer (services, stores' rows through their callers, the HTTP envelope, event timestamps),
// and all of them must read the same clock. A service handed another clock than the store,
// controller or rate limiter beside it would expire what they still show alive, and nothing
// but review would notice the one constructor that got the wrong one. A process-wide clock
// cannot disagree with itself, and keeps constructors free of a parameter only tests vary.
// The price: servers in one process share one time, which is what tests want anyway.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    // The installed clock: the system clock unless a ManualClock is alive.
    static const Clock &current();

protected:
    // Returns the clock that was installed before.
    static const Clock *install(const Clock *clock);
};

// Tells that the installed clock's time jumped (a test moved a ManualClock). A QTimer counts
// real time, so whatever schedules work by the clock (the consent expiry timer, the audit
// retention run) connects to `jumped` and re-checks what is due. Emitted on the thread that
// moved the clock: receivers on another thread (a server on its worker thread) get it queued,
// receivers on the same thread at once, before advance() returns.
class ClockJumps : public QObject
{
    Q_OBJECT
public:
    static ClockJumps &instance();

Q_SIGNALS:
    void jumped();
};

// A clock a test sets and moves; it is the process's clock from construction to destruction
// (create it before the server it drives, let it outlive that server). Time stands still
// between moves, so a test can say "exactly at expiresAt". Thread-safe: the server may read
// it on its own thread while the test moves it.
class ManualClock final : public Clock
{
public:
    // Starts where the installed clock is now, so rows written before it go on making sense.
    ManualClock();
    explicit ManualClock(qint64 startMs);
    ~ManualClock() override;
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;

    qint64 nowMs() const override { return m_ms.load(); }
    void setMs(qint64 ms);
    void advance(std::chrono::milliseconds by);

private:
    std::atomic<qint64> m_ms;
    const Clock *m_previous;
};

} // namespace mid
