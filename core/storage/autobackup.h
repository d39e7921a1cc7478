#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace aduan {

class Database;

/// The file name of the automatic backup of an office day: "aduan-YYYY-MM-DD.sqlite".
QString autoBackupFileName(QDate officeDay);

/// Where the automatic backups go unless the administrator chose another folder: beside the
/// database, in the same shared folder, named after it ("aduan.sqlite" → "aduan-backups"), so
/// that the copies stay behind the same permissions as the database itself (README, threat
/// model) instead of sitting on each PC.
QString defaultBackupFolder(const QString &databasePath);

/// The warning for a backup folder outside the database's own folder (a folder on this PC, or
/// elsewhere): each backup is a full copy of the database — every identity, address and
/// accusation — readable by whoever can read that folder. Empty for the default folder or any
/// folder inside the database's folder.
QString backupFolderWarning(const QString &folder, const QString &databasePath);

/// The folder the administrator chose for the automatic backups (Administration::
/// setBackupFolder(), the setting "backup_folder"); empty when none was chosen.
QString officeBackupFolder(Database &db);

/// Where the automatic backups of `db` go: the administrator's choice (officeBackupFolder()),
/// else `pcFolder` (a folder set in this PC's own settings by an older version; empty for
/// none), else defaultBackupFolder() beside the database.
QString backupFolderFor(Database &db, const QString &pcFolder);

/// The automatic backups in `folder`, oldest first (file names only; only names of the form
/// autoBackupFileName() count).
QStringList autoBackups(const QString &folder);

/// The automatic backup at the first start of each office day, for the program to call after
/// opening the database.
///
/// When `folder` holds no backup for today — the office date of `now` in `officeZone`, so that
/// the day turns at midnight in Blitar whatever the PC's zone — writes one, named
/// autoBackupFileName(today), with backupDatabase() (SqlDialect::backup(): SQLite's `VACUUM INTO`, a consistent
/// snapshot taken while other PCs keep working: https://www.sqlite.org/lang_vacuum.html#vacuuminto).
/// Once a day by whichever PC comes first: that PC claims the day by creating
/// "aduan-YYYY-MM-DD.sqlite.claim" exclusively; a PC that finds the claim (another PC is
/// writing, even when several start together) writes nothing. A claim older than two hours is
/// taken as left by a crash and taken over. The copy is written in a private temporary folder
/// and then renamed, so a half-written or crashed backup never carries the final name.
/// The backup file is readable and writable by its owner only (mode 0600 where the file system
/// has modes; on Windows it inherits the folder's permissions). A folder it creates gets the
/// permissions of the database's folder.
/// Then removes the oldest automatic backups beyond `keepCopies` (at least 1 is kept), and
/// temporary files left by an earlier day. Other files in the folder are never touched.
///
/// Returns the path of the backup written, or std::nullopt when today's existed already — or
/// when the database is on a server (SqlDialect::isFile() false): nothing is written there, no
/// folder is made; the server's administrator schedules its dumps.
/// Creates `folder` when missing. Throws aduan::Error: FileMissing (the folder cannot be
/// created), Busy (the database stayed locked), Storage/ReadOnly (the backup cannot be written).
std::optional<QString> backupIfDue(Database &db, const QString &folder, int keepCopies,
                                   const QDateTime &now, const QTimeZone &officeZone);

} // namespace aduan
