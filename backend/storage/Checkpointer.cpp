#include "Checkpointer.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace mid {

Checkpointer::Checkpointer(QString path, QObject *parent) : QThread(parent), m_path(std::move(path))
{
    setObjectName(QStringLiteral("mid-checkpointer"));
}

Checkpointer::~Checkpointer()
{
    quit();
    wait();
}

void Checkpointer::run()
{
    const QString name = QStringLiteral("mid-checkpoint-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open()) {
            qCWarning(lcDb) << "checkpointer cannot open the database:" << db.lastError().text();
            return;
        }
        QTimer timer;
        timer.setInterval(1000);
        QObject::connect(&timer, &QTimer::timeout, [&db] {
            QSqlQuery q(db);
            // PASSIVE never blocks the writer; what it cannot copy now is copied next time.
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                qCWarning(lcDb) << "checkpoint failed:" << q.lastError().text();
        });
        timer.start();
        exec();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace mid
