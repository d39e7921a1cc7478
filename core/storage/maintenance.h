#pragma once

#include <QString>
#include <QStringList>

namespace aduan {

class Database;

/// What `aduan-cli check` reports.
struct CheckReport {
    bool integrityOk = false;
    QStringList integrityFindings; ///< SQLite's `PRAGMA integrity_check` lines other than "ok"
    int schemaVersion = 0;
    int programSchemaVersion = 0;
    bool auditOk = false;
    qint64 auditEntries = 0;
    qint64 firstBrokenAuditEntry = 0;
    QString auditProblem;
    QString auditHead;
    bool ok() const
    {
        return integrityOk && auditOk && schemaVersion == programSchemaVersion;
    }
};

/// Full integrity check (`PRAGMA integrity_check`), schema version and the audit chain.
CheckReport checkDatabase(Database &db);

/// Writes a consistent copy of the open database to `destination` with SQLite's
/// `VACUUM INTO` (never by copying the file, which can catch a write half-done). Works while
/// other connections write: it reads one snapshot. `destination` must not exist.
/// Throws aduan::Error(Invalid) when it exists, Error(Storage/ReadOnly) when it cannot be written.
void backupDatabase(Database &db, const QString &destination);

} // namespace aduan
