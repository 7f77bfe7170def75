// core/Clock: the system clock by default, a ManualClock installed for as long as it lives
// (nested ones restore the one before), Time::* reading whichever is installed, a jump signal
// on every move that reaches receivers on other threads, and reads from another thread while
// a test moves the time.
#include "core/Clock.h"
#include "core/Time.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QThread>
#include <QtConcurrent>
#include <QtTest>

using namespace mid;
using namespace std::chrono_literals;

namespace {
constexpr qint64 kStart = 1765000000000; // 2025-12-06T05:46:40Z

// Notes the thread it was told about a jump on.
class JumpWitness : public QObject
{
public:
    JumpWitness()
    {
        connect(&ClockJumps::instance(), &ClockJumps::jumped, this,
                [this] { m_thread.storeRelease(QThread::currentThread()); });
    }
    QThread *thread() const { return m_thread.loadAcquire(); }

private:
    QAtomicPointer<QThread> m_thread;
};
} // namespace

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void systemClockByDefault();
    void manualClockWhileAlive();
    void nestedClocksRestore();
    void startsWhereTimeIs();
    void moves_data();
    void moves();
    void jumpsOnMovesOnly();
    void jumpReachesOtherThreads();
    void readFromAnotherThread();
};

void TestClock::systemClockByDefault()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = Time::nowMs();
    QVERIFY(now >= before && now <= QDateTime::currentMSecsSinceEpoch());
}

void TestClock::manualClockWhileAlive()
{
    {
        ManualClock clock(kStart);
        QCOMPARE(&Clock::current(), &clock);
        QCOMPARE(Time::nowMs(), kStart);
        QCOMPARE(Time::now(), QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC));
        QCOMPARE(Time::nowRfc3339(), QStringLiteral("2025-12-06T05:46:40Z"));
    }
    QVERIFY(Time::nowMs() > kStart); // the system clock again
}

void TestClock::nestedClocksRestore()
{
    ManualClock outer(kStart);
    {
        ManualClock inner(kStart + 1000);
        QCOMPARE(Time::nowMs(), kStart + 1000);
    }
    QCOMPARE(&Clock::current(), &outer);
    QCOMPARE(Time::nowMs(), kStart);
}

void TestClock::startsWhereTimeIs()
{
    ManualClock outer(kStart);
    outer.advance(42ms);
    const ManualClock inner;
    QCOMPARE(inner.nowMs(), kStart + 42);
}

void TestClock::moves_data()
{
    QTest::addColumn<QList<qint64>>("stepsMs");
    QTest::addColumn<QString>("rfc3339");
    QTest::newRow("none") << QList<qint64>{} << QStringLiteral("2025-12-06T05:46:40Z");
    QTest::newRow("a millisecond short of a second")
        << QList<qint64>{999} << QStringLiteral("2025-12-06T05:46:40Z");
    QTest::newRow("a second in steps")
        << QList<qint64>{999, 1} << QStringLiteral("2025-12-06T05:46:41Z");
    QTest::newRow("ten minutes, then five")
        << QList<qint64>{10 * 60000, 5 * 60000} << QStringLiteral("2025-12-06T06:01:40Z");
    QTest::newRow("thirty days") << QList<qint64>{30LL * 24 * 3600000}
                                 << QStringLiteral("2026-01-05T05:46:40Z");
    QTest::newRow("back an hour") << QList<qint64>{-3600000}
                                  << QStringLiteral("2025-12-06T04:46:40Z");
}

void TestClock::moves()
{
    QFETCH(QList<qint64>, stepsMs);
    QFETCH(QString, rfc3339);
    ManualClock clock(kStart);
    qint64 expected = kStart;
    for (const qint64 step : stepsMs) {
        clock.advance(std::chrono::milliseconds(step));
        expected += step;
        QCOMPARE(Time::nowMs(), expected);
    }
    QCOMPARE(Time::nowRfc3339(), rfc3339);
}

void TestClock::jumpsOnMovesOnly()
{
    QSignalSpy jumps(&ClockJumps::instance(), &ClockJumps::jumped);
    ManualClock clock(kStart);
    QCOMPARE(jumps.count(), 0); // installing is not a move
    clock.advance(1ms);
    clock.setMs(kStart + 5000);
    QCOMPARE(jumps.count(), 2); // at once: a receiver on this thread is called directly
    (void)Time::nowMs();
    QCOMPARE(jumps.count(), 2);
}

void TestClock::jumpReachesOtherThreads()
{
    // A server on its worker thread re-checks what is due on that thread, not the test's.
    QThread worker;
    JumpWitness witness;
    witness.moveToThread(&worker);
    worker.start();
    ManualClock clock(kStart);
    clock.advance(1s);
    QTRY_COMPARE(witness.thread(), &worker);
    worker.quit();
    worker.wait();
}

void TestClock::readFromAnotherThread()
{
    ManualClock clock(kStart);
    constexpr int kMoves = 10000;
    QFuture<bool> reader = QtConcurrent::run([] {
        qint64 last = kStart;
        while (last < kStart + kMoves) {
            const qint64 now = Time::nowMs();
            if (now < last)
                return false; // a torn or reordered read
            last = now;
        }
        return true;
    });
    for (int i = 0; i < kMoves; ++i)
        clock.advance(1ms);
    QVERIFY(reader.result());
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
