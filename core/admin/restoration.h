#pragma once

#include <QString>

namespace aduan {

class Clock;

/// Brings a backup back over the database file `target` on behalf of an administrator
/// (restoreDatabase() does the copying, checking and keeping aside).
///
/// Who may: a user holding the Administrator role, with that user's password checked by the
/// Authenticator (failures count towards the lockout) in the current database — or, when the
/// current file is missing or cannot be opened (the usual reason to restore), in the backup.
/// The restore is recorded in the restored database's history ("database.restore": the backup's
/// path, where the current file was kept, who, and the length and head of the history it
/// replaces, so that a PC that saw the longer history knows why it ends; at `clock`'s now, UTC) before it takes the
/// current file's place, so that the history of the file in use says it was restored.
/// Returns the path the current file was kept as (empty when there was none).
///
/// A database on a server (`target` a `postgresql://` location: not a file) is restored in place
/// by the store (SqlDialect::restore(): PostgreSQL's pg_restore of a pg_dump custom-format
/// backup, checked with `pg_restore --list` first, then in one transaction — a failure leaves
/// the database as it was): the administrator must log in to the current database (an empty
/// database is restored by the server's administrator with pg_restore, see the README); the
/// restore is recorded in the restored history as above (without "keptAs"), then
/// checkDatabase() must be clean, else Error(Corrupt) names the findings (the restore has then
/// taken place: restore an older backup). Returns an empty path.
/// Throws aduan::Error: Forbidden (wrong password, unknown/inactive/locked user, not an
/// administrator: nothing changed), and the errors of restoreDatabase().
QString restoreAsAdministrator(const QString &backup, const QString &target,
                               const QString &username, const QString &password,
                               const Clock &clock);

} // namespace aduan
