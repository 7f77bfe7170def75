#pragma once

#include "domain/Client.h"

#include <QString>
#include <QStringList>

namespace mid {

// Who is calling: nobody, a tenant (through one of the four credential schemes of §1), or an
// operator of the box.
struct Principal
{
    enum class Kind
    {
        Anonymous,
        Client,
        Operator
    };
    enum class Credential
    {
        None,
        BearerKey,
        MobidKey,
        Basic,
        AccessToken,
        OperatorToken
    };

    Kind kind = Kind::Anonymous;
    Credential credential = Credential::None;
    Client client;           // when kind == Client
    QStringList tokenScopes; // an access token may carry fewer scopes than its client
    QString operatorId;
    QString operatorName;
    QString role; // admin | operator | auditor

    bool isClient() const { return kind == Kind::Client; }
    bool isOperator() const { return kind == Kind::Operator; }
    bool hasScope(const QString &scope) const;
    // As written into audit rows: the client id, or "operator:<name>".
    QString actor() const;
};

} // namespace mid
