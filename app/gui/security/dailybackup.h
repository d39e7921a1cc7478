#pragma once

#include <QString>

namespace aduan {
class Clock;
class Database;
} // namespace aduan

namespace aduan::gui {

/// What the automatic backup of the day did, in words for the status bar.
struct DailyBackupOutcome {
    enum class Result { Written, AlreadyDone, Failed };
    Result result = Result::AlreadyDone;
    QString message; ///< empty for AlreadyDone; the core's Error::message() when it failed
};

/// The automatic backup at the first start of an office day (backupIfDue), into this PC's
/// backup folder, keeping its number of copies (AppSettings::backupFolder(), backupCopies();
/// defaults <AppDataLocation>/backups and 14), the day turning at midnight in the office zone.
/// Never throws: a failure is returned for a non-blocking status message, and work goes on.
DailyBackupOutcome runDailyBackup(Database &db, const Clock &clock);

} // namespace aduan::gui
