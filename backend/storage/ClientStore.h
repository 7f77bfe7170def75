#pragma once

#include "domain/Client.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace mid {

class Database;

// Rows of the clients table.
class ClientStore
{
public:
    explicit ClientStore(Database &db) : m_db(db) {}

    QList<Client> loadAll();
    void insert(const Client &client);
    void update(const Client &client);
    void remove(const QString &clientId);

private:
    Database &m_db;
};

} // namespace mid
