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

/// The automatic backups in `folder`, oldest first (file names only; only names of the form
/// autoBackupFileName() count).
QStringList autoBackups(const QString &folder);

/// The automatic backup at the first start of each office day, for the program to call after
/// opening the database.
///
/// When `folder` holds no backup for today — the office date of `now` in `officeZone`, so that
/// the day turns at midnight in Blitar whatever the PC's zone — writes one, named
/// autoBackupFileName(today), with backupDatabase() (SQLite's `VACUUM INTO`, a consistent
/// snapshot taken while other PCs keep working: https://www.sqlite.org/lang_vacuum.html#vacuuminto).
/// It is written under a temporary name first and then renamed, so a half-written or crashed
/// backup never carries the final name, and when two PCs start at once only one file results.
/// Then removes the oldest automatic backups beyond `keepCopies` (at least 1 is kept), and
/// temporary files left by an earlier day. Other files in the folder are never touched.
///
/// Returns the path of the backup written, or std::nullopt when today's existed already.
/// Creates `folder` when missing. Throws aduan::Error: FileMissing (the folder cannot be
/// created), Busy (the database stayed locked), Storage/ReadOnly (the backup cannot be written).
std::optional<QString> backupIfDue(Database &db, const QString &folder, int keepCopies,
                                   const QDateTime &now, const QTimeZone &officeZone);

} // namespace aduan
