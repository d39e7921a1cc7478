#pragma once

#include "domain/role.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace aduan {

/// A person who logs in. Passwords never leave the storage layer: only their Argon2id hash is
/// kept (see auth/password.h).
struct User {
    qint64 id = 0;
    QString username;
    QString fullName;
    QString nip;                     ///< 18 digits, or empty for non-civil-servants
    QList<Role> roles;
    bool active = true;
    bool canSeeConfidential = false; ///< the right to see identities of confidential complaints
    int rowVersion = 0;

    bool hasRole(Role role) const { return roles.contains(role); }
};

/// The head's signing delegated to an acting official (Plh. Kepala Dinas) for a range of office
/// dates, inclusive. A delegation adds a signer and removes no one.
struct Delegation {
    qint64 id = 0;
    qint64 delegateUserId = 0;
    Role role = Role::Head;
    QDate firstDay;
    QDate lastDay;
    QString reason;
    bool revoked = false;

    bool covers(QDate officeDate) const
    {
        return !revoked && officeDate >= firstDay && officeDate <= lastDay;
    }
};

} // namespace aduan
