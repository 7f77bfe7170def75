#pragma once

#include <QList>
#include <QString>

namespace mid {

// Numbered schema migrations, applied in order at start and recorded in PRAGMA user_version.
// Never edit one that has shipped: add the next number.
struct Migration
{
    int version;
    const char *name;
    const char *sql;
};

const QList<Migration> &migrations();

} // namespace mid
