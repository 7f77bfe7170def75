#pragma once

#include <QObject>

class QSocketNotifier;

namespace mid {

// Turns SIGINT and SIGTERM into a Qt signal through a self-pipe, so shutdown runs on the
// event loop instead of inside an async signal handler.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace mid
