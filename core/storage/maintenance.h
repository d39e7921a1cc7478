#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace aduan {

class Database;

/// What `aduan-cli check` reports.
struct CheckReport {
    bool integrityOk = false;
    QStringList integrityFindings; ///< the store's full check (SqlDialect::fullCheck()), one line each
    int schemaVersion = 0;
    int programSchemaVersion = 0;
    bool auditOk = false;
    qint64 auditEntries = 0;
    qint64 firstBrokenAuditEntry = 0;
    QString auditProblem;
    QString auditHead;
    /// History entries whose time runs backwards (AuditVerification::backInTime).
    QStringList auditTimeFindings;
    /// Records whose rows no longer match their newest history entry (rowsChangedOutside()),
    /// then complaints whose closing instant disagrees with their steps (closingInstantFindings()),
    /// then agenda years whose stored count disagrees with their complaints
    /// (registerTotalFindings()).
    QStringList dataFindings;
    bool ok() const
    {
        return integrityOk && auditOk && auditTimeFindings.isEmpty() && dataFindings.isEmpty()
               && schemaVersion == programSchemaVersion;
    }
    /// Every finding in one line each (empty when ok()): integrity, schema, audit.
    QStringList findings() const;
};

/// Full check of an open database, reading one consistent snapshot while other PCs keep working:
/// - the store's full check, SqlDialect::fullCheck() (SQLite: `PRAGMA integrity_check` and
///   `PRAGMA foreign_key_check`, https://www.sqlite.org/pragma.html#pragma_integrity_check);
/// - the schema version against the program's;
/// - the audit chain (AuditLog::verify()): every entry's hash, every link, and the chain's end
///   against the length and head recorded in the meta table, so that a changed, removed or
///   truncated entry is named; the entries' times, which never run backwards; and the data
///   against the history: every record's rows against the seal of its newest history entry,
///   so that a complaint, step, output, user, role, right or setting changed outside Aduan is
///   named; and every complaint's stored closing instant against its last step's completion
///   (closingInstantFindings(), "data:" lines too); and the register's stored count of each
///   agenda year against its complaints (registerTotalFindings(), "data:" lines too).
/// Throws aduan::Error (Busy, Corrupt, Storage) only when the file cannot be read at all.
CheckReport checkDatabase(Database &db);

/// Writes a consistent copy of the open database to `destination` with the store's backup,
/// SqlDialect::backup() (SQLite's `VACUUM INTO`,
/// https://www.sqlite.org/lang_vacuum.html#vacuuminto), tried again like a write transaction
/// when a writer held the lock — never by copying the
/// file, which can catch a write half-done. Works while other connections write: it reads one
/// snapshot. `destination` must not exist.
/// Throws aduan::Error(Invalid) when it exists, Error(FileMissing) when its folder is not there,
/// Error(Busy) when the file stayed locked, Error(Storage/ReadOnly) when it cannot be written.
void backupDatabase(Database &db, const QString &destination);

/// Brings the backup file `backup` back as the database file `target`, keeping the current file
/// aside as "TARGET.before-restore-yyyyMMdd-HHmmss" (with its -journal/-wal/-shm companions, so
/// that nothing of it is lost). Steps: the backup is copied next to the target (the backup
/// itself is never changed), the copy is opened (migrated when older) and must pass
/// checkDatabase(); only then the current file is moved aside and the copy takes its place.
/// `now` names the kept file. Every PC should close Aduan first: a PC that is writing at that
/// moment makes the restore stop with Error(Busy); one that merely keeps the file open is not
/// noticed on every system (on Windows the move then fails with Error(ReadOnly)).
/// Returns the path of the file kept aside (empty when there was no current file).
/// Throws aduan::Error: FileMissing (no backup, no folder), NotADatabase/Corrupt/SchemaTooNew
/// (the backup is unusable: nothing was changed), Busy, ReadOnly (cannot move or write the
/// files: what was moved is moved back), Storage.
/// `beforeSwap`, when given, runs on the checked copy (open, writable) just before the swap,
/// with the path the current file will be kept as (empty when there is none): the place to
/// authorise the restore and to record it in the restored history. When it throws, nothing is
/// changed and its error is passed on (its message after "The backup ... cannot be restored").
using RestoreHook = std::function<void(Database &copy, const QString &keptAs)>;
QString restoreDatabase(const QString &backup, const QString &target, const QDateTime &now,
                        const RestoreHook &beforeSwap = {});

} // namespace aduan
