#pragma once

#include <QString>
#include <QThread>

namespace mid {

// Moves WAL checkpoints (copying pages back into the database file and fsync) off the
// request thread: the writer connection turns automatic checkpoints off and this thread,
// with its own connection, checkpoints once a second.
class Checkpointer : public QThread
{
    Q_OBJECT
public:
    explicit Checkpointer(QString path, QObject *parent = nullptr);
    ~Checkpointer() override;

protected:
    void run() override;

private:
    QString m_path;
};

} // namespace mid
