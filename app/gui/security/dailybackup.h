#pragma once

#include <QString>

#include <functional>

class QObject;

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

/// The automatic backup at the first start of an office day (backupIfDue) of the database at
/// `databasePath`, through a connection of its own (opened without the quick check), into the
/// folder the administrator chose for the office, else `pcFolder` (this PC's own setting; empty
/// for none), else the one beside the database (backupFolderFor()), keeping `keep` copies, the day turning at midnight in the office zone. Never throws:
/// a failure is returned for a non-blocking status message, and work goes on. Runs on any thread.
DailyBackupOutcome runDailyBackup(const QString &databasePath, const QString &pcFolder,
                                  int keep, const Clock &clock);

/// Starts runDailyBackup() on a worker thread with this PC's settings
/// (the office's folder, else AppSettings::backupFolder(); backupCopies(); defaults: beside
/// the database, and 14), so that a large shared file (a copy of 2 GB takes tens of seconds) never freezes the
/// window. `done` is called on the GUI thread with the outcome, unless `context` is gone by
/// then. When the application quits, it waits for the copy to end (the copy is never cut off).
/// `clock` must outlive the application's event loop.
void startDailyBackup(const QString &databasePath, const Clock &clock, QObject *context,
                      std::function<void(const DailyBackupOutcome &)> done);

} // namespace aduan::gui
