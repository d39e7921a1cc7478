#pragma once

#include "storage/maintenance.h"
#include "storage/storecopy.h"

#include <QString>

#include <functional>

namespace aduan {

class Clock;

/// What moving an office's shared file onto a server did (migrateToServer()).
struct MigrationReport {
    QString source;         ///< the file, absolute path
    QString target;         ///< the server database, as shown (without its password)
    StoreCopyReport copy;   ///< per table counts, sample compared, differences
    CheckReport check;      ///< checkDatabase() of the target after the commit
    qint64 elapsedMs = 0;   ///< wall-clock milliseconds of the whole move
    /// True when the copy was committed, verified without a difference, and the target's
    /// check (integrity, schema, history chain, data against its history) is clean.
    bool ok() const { return copy.ok() && check.ok(); }
};

/// How migrateToServer() works.
struct MigrationOptions {
    /// StoreCopyOptions::sampleEvery.
    int sampleEvery = 25;
    /// StoreCopyOptions::progress: may throw to stop the move (nothing is committed).
    std::function<void(const QString &table, qint64 rows)> progress;
};

/// Moves an office from its shared SQLite file `sourceFile` onto the empty PostgreSQL database
/// at `target` (a `postgresql://` location), on behalf of an administrator (issue 16, item 3).
///
/// - The file is opened read-only (OpenOptions::readOnly) and is byte for byte unchanged
///   afterwards; it must be at this program's schema version (an older file: open it once with
///   this version first).
/// - Who may: a user of the FILE holding the Administrator role, with that user's password
///   (Authenticator; as restoreAsAdministrator() asks of a restore). A wrong password cannot be
///   counted towards the lockout in a read-only file: it is refused all the same.
/// - The target must be empty: no tables (the schema is made, OpenOptions::CreateNew), or
///   Aduan's tables without rows (a database made empty by Aduan, or left by an interrupted
///   move). Anything else is refused, nothing changed.
/// - copyStore(): every row of every table with its ids, in ONE transaction on the server; an
///   error, Ctrl-C or a killed process leaves the target without rows. Verified inside that
///   transaction (counts, a sample compared column by column); then recorded in the target's
///   history ("database.migrate": the file, who, tables and rows, at `clock`'s now, UTC) and
///   committed. A difference rolls it back (report.copy.differences, committed false).
/// - After the commit, checkDatabase() on the target: the server's check, the schema version,
///   the history chain (now one entry longer), the data against its history (report.check).
///
/// Throws aduan::Error: Invalid (the source is not a file or the target not a server, the
/// target holds data or another schema), Forbidden (wrong password, unknown, inactive or
/// locked user, not an administrator: nothing changed), FileMissing (no file, server not
/// reachable), ReadOnly (the file needs a migration), and the storage errors of the copy.
MigrationReport migrateToServer(const QString &sourceFile, const QString &target,
                                const QString &username, const QString &password,
                                const Clock &clock, const MigrationOptions &options = {});

} // namespace aduan
