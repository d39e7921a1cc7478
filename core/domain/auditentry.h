#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace aduan {

/// One entry of the change history (the audit trail every change writes in its own
/// transaction: DESIGN.md "Storage"): who, when, what, old → new. Written and verified by
/// AuditLog (storage/auditlog.h); shown by the complaint's history and its print.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;          ///< UTC
    qint64 userId = 0;     ///< 0 for the system (setup, migrations)
    QString userName;
    QString action;        ///< the command: "register", "dispose", "void", "user.create", ...
    QString entity;        ///< "complaint", "user", "setting", ...
    qint64 entityId = 0;
    QJsonObject oldValue;  ///< the fields before the change (empty for a creation)
    QJsonObject newValue;  ///< the fields after it
    QString prevHash;      ///< the previous entry's hash (64 hex digits of SHA-256)
    QString hash;          ///< this entry's hash (64 hex digits of SHA-256)
    /// The digest of the entity's rows after the change (rowSeal()); empty for entities without
    /// sealed rows and for entries written before seals existed. Part of the hash when present.
    QString seal;
    /// The PostgreSQL login role of the person whose session made the change, for an entry the
    /// server wrote itself (a trigger of resources/sql/postgres/007_person_roles.sql, issue 17);
    /// empty for an entry the program wrote. Part of the hash when present.
    QString dbRole;
};

} // namespace aduan
